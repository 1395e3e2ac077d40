"""Peak memory of the game with a library of 1,000 scenarios loaded, beside the game's modules alone.

    python benchmarks/memory.py [--aantal 1000] [--json FILE]

Each figure comes from a fresh Python process (resource.getrusage ru_maxrss: the most memory the process
ever held). The floor is the same process importing everything the game imports, without the library.
With the content cache, the first start (filling the cache) and a start from the cache are measured too;
the row gives the highest of the peaks.
Target: at most 150 MB with the library loaded. Linux and macOS only (Windows has no `resource`).
"""

from __future__ import annotations

import argparse
import inspect
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from library import generate  # noqa: E402
from rows import Row, write_json  # noqa: E402
from simulator import content  # noqa: E402

LIMIT_MB = 150

# Everything the game imports on its way to the first frame and while playing, then (optionally) the library.
CHILD = """
import resource, sys
import pygame
import simulator.cli, simulator.ui.game, simulator.ui.app, simulator.progress, simulator.reporting
from simulator import content
from simulator.engine import Session
cache, folders = sys.argv[1] or None, sys.argv[2:]
count = len(content.load_library(folders, **({"cache_dir": cache} if cache else {})).scenarios) if folders else 0
print(count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_mb(*folders: Path, cache: Path | None = None) -> tuple[float, int]:
    """(peak resident memory in MB, scenarios loaded) of a fresh process (with the content cache in `cache`)."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1",
               PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", CHILD, str(cache or ""), *map(str, folders)], capture_output=True, text=True,
                         env=env, cwd=ROOT, check=True).stdout.split()
    count, kb = int(out[0]), int(out[1])
    if sys.platform == "darwin":  # ru_maxrss is in bytes there, in kilobytes on Linux
        kb //= 1024
    return kb / 1024, count


def measure(count: int) -> list[Row]:
    floor, _ = peak_mb()
    shipped, n_shipped = peak_mb(ROOT / "scenarios")
    with tempfile.TemporaryDirectory(prefix="juwelier-bibliotheek-") as tmp:
        library = Path(tmp) / "scenarios"
        generate(library, count)
        peak, loaded = peak_mb(library)
        print(f"alleen de modules van het spel: {floor:.0f} MB")
        print(f"met de meegeleverde bibliotheek ({n_shipped} scenario's): {shipped:.0f} MB")
        print(f"met {loaded} scenario's, zonder cache: {peak:.0f} MB")
        if "cache_dir" in inspect.signature(content.load_library).parameters:
            first, _ = peak_mb(library, cache=Path(tmp) / "cache")
            warm, _ = peak_mb(library, cache=Path(tmp) / "cache")
            print(f"met {loaded} scenario's, eerste start (cache vullen): {first:.0f} MB; uit de cache: {warm:.0f} MB")
            peak = max(peak, first, warm)
    print(f"hoogste piek met {loaded} scenario's: {peak:.0f} MB (doel <= {LIMIT_MB} MB): "
          f"{'gehaald' if peak <= LIMIT_MB else 'NIET gehaald'}")
    row = Row.against(f"piekgeheugen met {count} scenario's", peak, "MB", floor, f"<= {LIMIT_MB} MB", LIMIT_MB,
                      on_ratio=False)
    row.met = row.met and loaded == count
    return [row]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=1000)
    parser.add_argument("--json", metavar="BESTAND")
    args = parser.parse_args(argv)
    rows = measure(args.aantal)
    if args.json:
        write_json(rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
