"""Lessons ("Opdrachten van je docent"): a teacher's small YAML file in opdrachten/ of the saves or a shared folder.

    titel: "Klanten ontvangen"
    klas: JW3A                 # or a list of classes; leave out for everyone
    scenarios: [klant-ontvangen, klacht-horlogeband-breekt]
    modus: toets               # oefenen (default) or toets: then only the first attempt counts
    tot: 2025-03-14            # until and including this day
    vanaf: 2025-03-03          # optional: attempts before this day do not count
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterable, Literal, Optional, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from simulator.progress.models import Attempt

MAX_BYTES = 64_000


class Opdracht(BaseModel):
    """One lesson a teacher prepared."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    titel: str = Field(min_length=1, max_length=120)
    klas: Union[str, list[str], None] = None
    scenarios: list[str] = Field(min_length=1)
    modus: Literal["oefenen", "toets"] = "oefenen"
    tot: Optional[date] = None
    vanaf: Optional[date] = None
    bestand: str = ""
    """The file it came from (filled in when loading)."""

    @property
    def klassen(self) -> tuple[str, ...]:
        if self.klas is None:
            return ()
        return tuple(_norm(k) for k in ([self.klas] if isinstance(self.klas, str) else self.klas))

    @property
    def verlopen(self) -> bool:
        return self.tot is not None and self.tot < date.today()

    def voor(self, klas: Optional[str]) -> bool:
        """For a student of this class? Lessons without a class are for everyone; a student without a class sees all."""
        return not self.klassen or klas is None or _norm(klas) in self.klassen


def load(folders: Iterable[Path], klas: Optional[str] = None, include_past: bool = False) -> list[Opdracht]:
    found = []
    for folder in folders:
        for opdracht, _ in _read(Path(folder)):
            if opdracht is not None and opdracht.voor(klas) and (include_past or not opdracht.verlopen):
                found.append(opdracht)
    return sorted(found, key=lambda o: (o.tot or date.max, o.titel))


def check(folders: Iterable[Path]) -> list[tuple[str, str]]:
    """(file, Dutch problem) for every lesson file that cannot be used: for the teacher, not the student."""
    return [(str(path), problem) for folder in folders for (_, problem), path in _read_with_paths(Path(folder))
            if problem]


def status(opdracht: Opdracht, attempts: list[Attempt]) -> dict[str, Optional[Attempt]]:
    """scenario id -> the attempt that counts: in toets mode the first toets attempt, else the best one."""
    counted: dict[str, Optional[Attempt]] = {s: None for s in opdracht.scenarios}
    for a in sorted(attempts, key=lambda a: a.eind):
        if a.scenario not in counted or not a.klaar:
            continue
        day = a.eind.date()
        if (opdracht.tot and day > opdracht.tot) or (opdracht.vanaf and day < opdracht.vanaf):
            continue
        if opdracht.modus == "toets":
            if a.modus == "toets" and counted[a.scenario] is None:
                counted[a.scenario] = a
        else:
            best = counted[a.scenario]
            if best is None or a.score > best.score:
                counted[a.scenario] = a
    return counted


def _read(folder: Path):
    return [item for item, _ in _read_with_paths(folder)]


def _read_with_paths(folder: Path):
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml"))
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return []
    out = []
    for path in files:
        out.append((_parse(path), path))
    return out


def _parse(path: Path) -> tuple[Optional[Opdracht], str]:
    try:
        raw = path.read_bytes()
        if len(raw) > MAX_BYTES:
            return None, "Het bestand is te groot voor een opdracht."
        data = yaml.safe_load(raw.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return None, f"Het bestand is geen leesbare YAML: {exc}"
    if not isinstance(data, dict):
        return None, "Een opdracht is een blok met titel:, scenarios: en eventueel klas:, modus: en tot:."
    try:
        return Opdracht.model_validate({**data, "bestand": str(path)}), ""
    except ValidationError as exc:
        where = ", ".join(".".join(str(p) for p in e["loc"]) or "?" for e in exc.errors())
        return None, f"Klopt niet bij: {where}."


def _norm(klas: str) -> str:
    return " ".join(str(klas).split()).casefold()
