"""Extra scenario folders: listed in the school configuration (scenariomappen.json there, never in the saves
folder, which any student can write), and the notice for files there that could not be loaded (never fatal)."""

from __future__ import annotations

from pathlib import Path


def extra_folders(school) -> list[Path]:
    """The folders the school lists (some may not exist on this PC)."""
    if school is None:
        return []
    try:
        return school.scenario_folders()
    except Exception:  # noqa: BLE001 - a broken settings file: just the shipped library
        return []


def readable_folders(school) -> list[Path]:
    """The listed folders that are folders here: a FIFO, a file or a looping link is never opened."""
    found = []
    for folder in extra_folders(school):
        try:
            if folder.is_dir():
                found.append(folder)
        except OSError:
            continue
    return found


def save_folders(school, folders: list[str]) -> None:
    """Raises SaveFailed (Dutch) where this PC may not write the school configuration (a student's PC)."""
    school.save_scenario_folders(folders)


def report_broken(ctx, library) -> list[str]:
    """One Dutch line per file that failed to load: its name and the first problem."""
    out = []
    for path, problems in sorted(library.mislukt.items()):
        first = problems[0] if problems else None
        why = f"regel {first.regel}: {first.bericht}" if first is not None and first.regel else \
            (first.bericht if first is not None else "?")
        out.append(ctx.strings("mappen.kapot", bestand=Path(path).name, fout=why))
    return out
