"""What the saves hold, as value objects: a profile, an attempt and its result per gedrag criterion."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from typing import Callable, Literal, NamedTuple, Optional, Union

from simulator.engine import LogRegel

Modus = Literal["oefenen", "toets"]
MODI: tuple[str, ...] = ("oefenen", "toets")
OORDELEN: tuple[str, ...] = ("onvoldoende", "voldoende", "goed")


@dataclass(frozen=True)
class Profile:
    """A student on this PC (or on the shared folder)."""

    id: str
    """Stable folder name, e.g. 'anna-3f9c2a'; never shown, never changes when the name does."""
    naam: str
    """Name or nickname, as the student typed it."""
    klas: Optional[str] = None
    pin_hash: Optional[str] = None
    """A salted scrypt hash of the optional PIN (see simulator.progress.pin); never the PIN itself."""
    aangemaakt: Optional[str] = None
    """ISO time the profile was made."""

    @property
    def heeft_pin(self) -> bool:
        return bool(self.pin_hash)

    def to_json(self) -> dict:
        return {"id": self.id, "naam": self.naam, "klas": self.klas, "pin_hash": self.pin_hash,
                "aangemaakt": self.aangemaakt}

    @classmethod
    def from_json(cls, data: dict, folder_id: str) -> "Profile":
        return cls(folder_id, str(data.get("naam") or folder_id), data.get("klas"), data.get("pin_hash"),
                   data.get("aangemaakt"))


class CriteriumResultaat(NamedTuple):
    """How one gedrag criterion was rated in one attempt."""

    # A NamedTuple, not a dataclass: a class overview builds tens of thousands of these at once.
    id: str
    oordeel: Literal["onvoldoende", "voldoende", "goed"]
    punten: int
    max: int
    kritiek: bool = False
    """A critical mistake on this criterion: rated onvoldoende whatever else happened."""

    @property
    def werkproces(self) -> str:
        return self.id.rsplit(".", 1)[0]

    @property
    def aandeel(self) -> float:
        """0..1: the points as a share of the best the scenario allowed; 0 after a critical mistake."""
        if self.kritiek or self.max <= 0:
            return 0.0
        return max(0.0, min(1.0, self.punten / self.max))

    def to_json(self) -> dict:
        return {"id": self.id, "oordeel": self.oordeel, "punten": self.punten, "max": self.max, "kritiek": self.kritiek}


@dataclass(frozen=True, eq=False)
class Attempt:
    """One play of one scenario by one profile, as recorded at its end."""

    id: str
    """Unique (uuid hex); also the xAPI registration and the key that keeps statements from being sent twice."""
    profiel: str
    scenario: str
    hash: str
    """sha256 of the scenario file played: results stay tied to the exact content."""
    werkproces: str
    titel: Optional[Union[str, dict[str, str]]]
    """The scenario's title as display text (str or {nl, en}); resolve with simulator.content.tekst. None in an
    attempt saved without one."""
    modus: Modus
    begin: datetime
    eind: datetime
    klaar: bool
    """The scenario reached an ending (False: stopped halfway)."""
    afloop: Optional[str]
    score: float
    """0..1, as the engine computed it."""
    geslaagd: bool
    criteria: tuple[CriteriumResultaat, ...]
    _log: Union[list, Callable[[], list]] = field(default_factory=list, repr=False)
    zaad: Optional[int] = None
    """For a scenario that varies per play: the seed of the case the student had (a teacher can replay it)."""

    @cached_property
    def log(self) -> tuple[LogRegel, ...]:
        """The full choice log (read from disk on first use: a class overview never needs it)."""
        raw = self._log() if callable(self._log) else self._log
        return tuple(_log_regels(raw))

    @property
    def duur(self) -> timedelta:
        return self.eind - self.begin

    def criterium(self, cid: str) -> Optional[CriteriumResultaat]:
        return next((c for c in self.criteria if c.id == cid), None)

    def __eq__(self, other) -> bool:
        return isinstance(other, Attempt) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.id)

    def summary_json(self) -> dict:
        return {
            "id": self.id, "profiel": self.profiel, "scenario": self.scenario, "hash": self.hash,
            "werkproces": self.werkproces, "titel": self.titel, "modus": self.modus,
            "begin": self.begin.isoformat(), "eind": self.eind.isoformat(), "klaar": self.klaar,
            "afloop": self.afloop, "score": self.score, "geslaagd": self.geslaagd,
            "criteria": [c.to_json() for c in self.criteria], "zaad": self.zaad,
        }

    def to_json(self) -> dict:
        return {**self.summary_json(), "log": [r.model_dump(mode="json", exclude_defaults=True) for r in self.log]}

    def row(self) -> list:
        """The summary as a list in ROW order (packs store rows: they parse much faster than objects)."""
        return [self.id, self.scenario, self.hash, self.werkproces, self.titel, self.modus, self.begin.isoformat(),
                self.eind.isoformat(), self.klaar, self.afloop, self.score, self.geslaagd,
                [list(c) for c in self.criteria], self.zaad]

    @classmethod
    def from_row(cls, row: list, profiel: str, log: Union[list, Callable[[], list]]) -> "Attempt":
        """An attempt from a pack row in ROW order: the fast path, so a class's 5,000 attempts load in a blink."""
        aid, scenario, hash_, werkproces, titel, modus, begin, eind, klaar, afloop, score, geslaagd, criteria, zaad = row
        self = object.__new__(cls)
        self.__dict__.update(
            id=aid, profiel=profiel, scenario=scenario, hash=hash_, werkproces=werkproces, titel=titel, modus=modus,
            begin=_time(begin), eind=_time(eind), klaar=klaar, afloop=afloop, score=score, geslaagd=geslaagd,
            criteria=tuple(map(_make_criterium, criteria)), _log=log, zaad=zaad,
        )
        return self

    @classmethod
    def from_json(cls, data: dict, profiel: str, log: Union[list, Callable[[], list], None] = None) -> "Attempt":
        self = object.__new__(cls)
        # Filled in directly rather than through the frozen __init__: loading a class's 5,000 attempts
        # must stay well under 200 ms, and the frozen __setattr__ path costs most of that.
        self.__dict__.update(
            id=data["id"], profiel=profiel, scenario=data["scenario"], hash=data.get("hash", ""),
            werkproces=data.get("werkproces", ""), titel=data.get("titel"), modus=data.get("modus", "oefenen"),
            begin=_time(data["begin"]), eind=_time(data["eind"]), klaar=bool(data.get("klaar")),
            afloop=data.get("afloop"), score=float(data.get("score", 0.0)), geslaagd=bool(data.get("geslaagd")),
            criteria=tuple(_criterium(c) for c in data.get("criteria", ())),
            _log=data.get("log", []) if log is None else log,
            zaad=data["zaad"] if isinstance(data.get("zaad"), int) and not isinstance(data.get("zaad"), bool) else None,
        )
        return self


ROW = ["id", "scenario", "hash", "werkproces", "titel", "modus", "begin", "eind", "klaar", "afloop", "score",
       "geslaagd", "criteria", "zaad"]
"""The columns of Attempt.row(); criteria as [id, oordeel, punten, max, kritiek]. Packs written before `zaad`
name their own columns and are read the slower, forgiving way."""


_make_criterium = CriteriumResultaat._make


def _log_regels(raw) -> list[LogRegel]:
    """The choices of a log; a damaged entry is left out, so a transcript shows what is still readable."""
    out = []
    for r in raw if isinstance(raw, list) else ():
        try:
            out.append(LogRegel.model_validate(r))
        except ValueError:
            continue
    return out


def _criterium(c) -> CriteriumResultaat:
    if isinstance(c, list):
        return CriteriumResultaat(c[0], c[1], int(c[2]), int(c[3]), bool(c[4]) if len(c) > 4 else False)
    return CriteriumResultaat(c["id"], c["oordeel"], int(c["punten"]), int(c["max"]), bool(c.get("kritiek", False)))


def _time(value: str) -> datetime:
    when = datetime.fromisoformat(value)
    return when if when.tzinfo else when.astimezone()
