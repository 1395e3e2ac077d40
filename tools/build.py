"""Build dist/juwelier/ with PyInstaller (one folder, two programs): `python tools/build.py`.

Prints the folder's size; school IT copies the folder to Program Files or a share. Needs
`pip install pyinstaller` (in the `build` extra: `pip install -e ".[build]"`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT_MB = 120


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw dist/juwelier/ (een map, twee programma's).")
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="waar de map juwelier/ komt")
    parser.add_argument("--werkmap", default=str(ROOT / "build" / "pyinstaller"), help="tijdelijke bestanden")
    args = parser.parse_args(argv)
    dist = Path(args.dist)
    if shutil.which("pyinstaller") is None and subprocess.run([sys.executable, "-m", "PyInstaller", "--version"],
                                                               capture_output=True).returncode != 0:
        print("PyInstaller ontbreekt: pip install -e \".[build]\"", file=sys.stderr)
        return 2
    run = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                          "--distpath", str(dist), "--workpath", args.werkmap, str(ROOT / "tools" / "juwelier.spec")])
    if run.returncode != 0:
        return run.returncode
    size = folder_size(dist / "juwelier") / 1_000_000
    print(f"Klaar: {dist / 'juwelier'} ({size:.1f} MB; grens {LIMIT_MB} MB)")
    return 0 if size <= LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
