"""Frozen views the engine hands to whoever presents it: what to show now, what happened, the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

Soort = Literal["dialoog", "vertelling", "invoer", "einde"]


@dataclass(frozen=True)
class Spreker:
    """Who speaks the current line, as the UI shows them."""

    sleutel: str
    naam: object
    """Display text (str or {nl, en}); resolve with simulator.content.tekst."""
    portret: Optional[str]
    stemming: str


@dataclass(frozen=True)
class KeuzeView:
    nummer: int
    """1-based position among the open choices: the key a student presses."""
    id: str
    tekst: object


@dataclass(frozen=True)
class StapView:
    """Where the session is now."""

    id: str
    soort: Soort
    spreker: Optional[Spreker]
    tekst: object
    keuzes: tuple[KeuzeView, ...] = ()
    eenheid: Optional[str] = None
    """For a numeric answer: the unit to show beside the input."""
    einde: object = None
    afloop: Optional[str] = None

    @property
    def klaar(self) -> bool:
        return self.soort == "einde"


@dataclass(frozen=True)
class Uitkomst:
    """What one action of the student caused."""

    stap: str
    keuze: str
    feedback: object
    punten: dict
    kritiek: tuple[str, ...]
    stemming: Optional[tuple[str, str, str]]
    """(character, mood before, mood after) when a mood changed."""
    volgende: str


@dataclass(frozen=True)
class Bewijs:
    """One piece of evidence for a criterion: what the student did, and why it counts."""

    stap: str
    tekst: object
    """The choice text, or the answer given."""
    punten: int
    feedback: object
    kritiek: bool = False


@dataclass(frozen=True)
class CriteriumOordeel:
    id: str
    tekst: str
    """The criterion in the dossier's own words."""
    oordeel: Literal["onvoldoende", "voldoende", "goed"]
    punten: int
    max: int
    kritiek: bool
    bewijs: tuple[Bewijs, ...]
    beter: tuple[object, ...] = ()
    """What a professional would have done where the student lost points (choice texts)."""


@dataclass(frozen=True)
class Resultaat:
    """The assessment so far; final once `klaar`."""

    scenario: str
    klaar: bool
    afloop: Optional[str]
    criteria: tuple[CriteriumOordeel, ...]
    score: float
    """0..1: the mean share of the best total over the criteria, a critical mistake counting 0."""

    @property
    def geslaagd(self) -> bool:
        """Passed: no criterion rated onvoldoende."""
        return self.klaar and all(c.oordeel != "onvoldoende" for c in self.criteria)

    def oordeel(self, criterium_id: str) -> str:
        return next(c.oordeel for c in self.criteria if c.id == criterium_id)
