"""Extra scenario folders for this PC (a teacher's share, a USB stick), kept in the saves folder as
scenariomappen.json, and the notice for files there that could not be loaded (listed, never fatal)."""

from __future__ import annotations

from pathlib import Path

FILE = "scenariomappen.json"
SOORT = "scenariomappen"


def extra_folders(store) -> list[Path]:
    if store is None:
        return []
    try:
        data = store.read_json(FILE, SOORT) or {}
    except Exception:  # noqa: BLE001 - a broken settings file: just the shipped library
        return []
    return [Path(p) for p in data.get("mappen", []) if isinstance(p, str) and p.strip()]


def save_folders(store, folders: list[str]) -> None:
    with store.lock():
        store.write_json(FILE, {"mappen": list(dict.fromkeys(folders))}, SOORT)


def report_broken(ctx, library) -> list[str]:
    """One Dutch line per file that failed to load: its name and the first problem."""
    out = []
    for path, problems in sorted(library.mislukt.items()):
        first = problems[0] if problems else None
        why = f"regel {first.regel}: {first.bericht}" if first is not None and first.regel else \
            (first.bericht if first is not None else "?")
        out.append(ctx.strings("mappen.kapot", bestand=Path(path).name, fout=why))
    return out
