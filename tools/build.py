"""Build dist/juwelier/ with PyInstaller (one folder, two programs): `python tools/build.py`.

PyInstaller empties its output folder, so it builds into the work folder first; then only the build's own parts
(`_internal/` and the two programs) are swapped into dist/juwelier/. Whatever else is there - the portable
`saves/` with students' work, a school's configuration folder - stays. Checks that every font the game loads is
in the build, prints the size (each file once) and the time. Needs PyInstaller: `pip install -e ".[build]"`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT_MB = 120
PROGRAMS = ("juwelier", "juwelier-docent")
OURS = {"_internal", *PROGRAMS, *(f"{name}.exe" for name in PROGRAMS)}
"""What a build puts in dist/juwelier/ (on any system); only these names are ever replaced there."""
SCHOOL_OWNED = {"saves", "schoolinstellingen"}
"""Folders a school keeps beside the program; a build must never ship (and so replace) one of these."""


class BuildError(Exception):
    """A Dutch message for whoever runs the build."""


def folder_size(path: Path) -> int:
    """Bytes on disk under path: symlinks skipped and hard links counted once (a library is often both)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            info = os.lstat(os.path.join(folder, name))
            if os.path.islink(os.path.join(folder, name)) or (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            total += info.st_size
    return total


def missing_fonts(built: Path) -> list[str]:
    """Font files the game loads (simulator.ui.fonts) that are not in the built folder."""
    sys.path.insert(0, str(ROOT))
    from simulator.ui.fonts import used_font_files

    return sorted(f"{package}/files/{name}" for package, name in used_font_files()
                  if not (built / "_internal" / package / "files" / name).is_file())


def install(built: Path, target: Path, spare: Path) -> list[str]:
    """Move the build's parts from built/ into target/, replacing only ours; returns the names left as they were.

    The old parts go to spare/ first and come back if the swap fails halfway (e.g. the game still runs from
    target/ on Windows and holds its files open).
    """
    shipped = {child.name for child in built.iterdir()}
    if shipped & SCHOOL_OWNED:
        raise BuildError(f"de build bevat {', '.join(sorted(shipped & SCHOOL_OWNED))}: die map is van de school "
                         "en mag niet in de build staan (tools/juwelier.spec).")
    replaced = (shipped | OURS) & {child.name for child in target.iterdir()} if target.is_dir() else set()
    target.mkdir(parents=True, exist_ok=True)
    if spare.exists():
        shutil.rmtree(spare)
    spare.mkdir(parents=True)
    moved_in: list[str] = []
    try:
        for name in sorted(replaced):
            shutil.move(str(target / name), str(spare / name))
        for name in sorted(shipped):
            shutil.move(str(built / name), str(target / name))
            moved_in.append(name)
    except OSError as exc:
        _put_back(target, spare, moved_in)
        raise BuildError(f"{target} kon niet worden bijgewerkt ({exc}). Draait het spel nog vanuit deze map? "
                         "Sluit het en bouw opnieuw.") from exc
    shutil.rmtree(spare, ignore_errors=True)
    return sorted(child.name for child in target.iterdir() if child.name not in shipped)


def _put_back(target: Path, spare: Path, moved_in: list[str]) -> None:
    for name in moved_in:
        path = target / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    for old in spare.iterdir():
        if not (target / old.name).exists():
            shutil.move(str(old), str(target / old.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw dist/juwelier/ (een map, twee programma's). Alleen "
                                     "_internal/ en de programma's worden vervangen; saves/ en andere mappen blijven.")
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="waar de map juwelier/ komt")
    parser.add_argument("--werkmap", default=str(ROOT / "build" / "pyinstaller"), help="tijdelijke bestanden")
    args = parser.parse_args(argv)
    # The spec and the font check import pygame (fonts, icon); its greeting is noise in a build log.
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    target = Path(args.dist) / "juwelier"
    work = Path(args.werkmap)
    staging = work / "dist"
    if subprocess.run([sys.executable, "-m", "PyInstaller", "--version"], capture_output=True).returncode != 0:
        print("PyInstaller ontbreekt: pip install -e \".[build]\"", file=sys.stderr)
        return 2
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                          "--distpath", str(staging), "--workpath", str(work), str(ROOT / "tools" / "juwelier.spec")])
    if run.returncode != 0:
        print(f"De build is mislukt; zie de meldingen hierboven. {target} is niet veranderd.", file=sys.stderr)
        return run.returncode
    built = staging / "juwelier"
    try:
        missing = missing_fonts(built)
        if missing:
            raise BuildError("deze lettertypen ontbreken in de build: " + ", ".join(missing)
                             + ". Controleer tools/juwelier.spec.")
        size = folder_size(built) / 1_000_000
        if size > LIMIT_MB:
            raise BuildError(f"de build is {size:.1f} MB, meer dan de grens van {LIMIT_MB} MB: kijk wat er nieuw "
                             f"in {built / '_internal'} staat.")
        kept = install(built, target, work / "vorige")
    except BuildError as exc:
        print(f"Build gestopt: {exc} {target} is niet veranderd.", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    print(f"Klaar: {target} ({size:.1f} MB; grens {LIMIT_MB} MB; {seconds:.0f} s)")
    if kept:
        print("Blijven staan (niet van de build): " + ", ".join(kept))
    return 0


if __name__ == "__main__":
    sys.exit(main())
