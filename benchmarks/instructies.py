"""Loading the shipped scenarios counted in machine instructions instead of seconds: a figure that a busy or shared
machine does not move.

    python benchmarks/instructies.py          # Linux with valgrind; about 3 minutes

Three fresh processes run under `valgrind --tool=callgrind`: one only starts (imports, the dossier), one also
parses every file with PyYAML's C loader (the floor of content.py), one also runs load_library. The floor and the
load are what each adds to the start. Python does less per instruction than the C loader, so the ratio in time
(content.py) comes out somewhat higher than the ratio in instructions.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CHILD = """
import sys
from pathlib import Path
import yaml
from simulator import content
content.load_library([Path(sys.argv[2]) / "B1-K2-W6"])  # imports and the dossier: part of every run
files = sorted(Path(sys.argv[2]).rglob("*.yaml"))
if sys.argv[1] == "vloer":
    for f in files:
        yaml.load(f.read_bytes(), Loader=yaml.CSafeLoader)
elif sys.argv[1] == "laden":
    content.load_library([Path(sys.argv[2])])
"""


def instructions(what: str, folder: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out",
                               sys.executable, "-c", CHILD, what, str(folder)],
                              capture_output=True, text=True, cwd=ROOT, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"valgrind gaf geen telling:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind ontbreekt (Debian/Ubuntu: apt-get install valgrind)")
        return 1
    folder = ROOT / "scenarios"
    start = instructions("start", folder)
    floor = instructions("vloer", folder) - start
    load = instructions("laden", folder) - start
    print(f"{len(list(folder.rglob('*.yaml')))} bestanden: vloer {floor / 1e9:.2f} G instructies, "
          f"load_library {load / 1e9:.2f} G: {load / floor:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
