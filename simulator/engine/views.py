"""Frozen views the engine hands to whoever presents it: what to show now, what happened, the result.

The part of a view that belongs to one kind of step (its choices, its workbench…) is that kind's own view
(`StapView.inhoud`), defined beside the kind in simulator/content/steps/.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional, TypeVar

from simulator.content.steps.base import Inhoud, Tempo, Verandering
from simulator.content.text import Weergave

Oordeel = Literal["onvoldoende", "voldoende", "goed"]
I = TypeVar("I", bound=Inhoud)


@dataclass(frozen=True)
class Spreker:
    """Who speaks the current line, as the UI shows them."""

    sleutel: str
    naam: Weergave
    portret: Optional[str]
    stemming: str


@dataclass(frozen=True)
class StapView:
    """Where the session is now: who says what, and the kind's own part (`inhoud`)."""

    id: str
    soort: str
    """The kind of step (dialoog, invoer, werkbank…): the UI finds the scene for it by this name."""
    spreker: Optional[Spreker]
    tekst: Optional[Weergave]
    inhoud: Optional[Inhoud] = None
    """The kind's view: KeuzesView, GetalView, WerkbankView, InspectieView, EindeView… (None for narration)."""
    afgelopen: bool = False
    """True at an ending: the session is over."""

    def inhoud_als(self, soort: type[I]) -> I:
        """The kind's view as the type the kind's own UI expects; another kind here is a mistake in the caller."""
        if not isinstance(self.inhoud, soort):
            raise TypeError(f"stap {self.id!r} ({self.soort}) toont geen {soort.__name__}")
        return self.inhoud


@dataclass(frozen=True)
class Uitkomst:
    """What one move of the student caused."""

    stap: str
    keuze: str
    """The option's label as the log stores it (a choice id, 'antwoord-N', 'anders', 'verder', 'kastmes>kastdeksel')."""
    feedback: Optional[Weergave]
    punten: dict[str, int]
    kritiek: tuple[str, ...]
    stemming: Optional[tuple[str, str, str]]
    """(character, mood before, mood after) when a mood changed."""
    volgende: str
    """The step that comes next; at a workbench the same step while the work is not done."""
    veranderd: tuple[Verandering, ...] = ()
    """What changed that the student should see (a workbench's zones): (name, before, after)."""
    tempo: Optional[Tempo] = None
    """Set when this move finished work with a norm time: a workbench's work time against its norm."""
    gedaan: Optional[Weergave] = None
    """What the student did, as the student reads it (the choice's text, the number typed…)."""


@dataclass(frozen=True)
class Bewijs:
    """One piece of evidence for a criterion: what the student did, and why it counts."""

    stap: str
    tekst: Weergave
    """The choice text, or the answer given."""
    punten: int
    feedback: Optional[Weergave]
    kritiek: bool = False


@dataclass(frozen=True)
class CriteriumOordeel:
    id: str
    tekst: str
    """The criterion in the dossier's own words."""
    oordeel: Oordeel
    punten: int
    max: int
    kritiek: bool
    bewijs: tuple[Bewijs, ...]
    beter: tuple[Weergave, ...] = ()
    """What a professional would have done where the student lost points."""
    opmerking: Optional[Weergave] = None
    """A note on how it was rated, e.g. without time pressure: on precision only, not on tempo."""


@dataclass(frozen=True)
class Resultaat:
    """The assessment so far; final once `afgelopen`."""

    scenario: str
    afgelopen: bool
    afloop: Optional[str]
    criteria: tuple[CriteriumOordeel, ...]
    score: float
    """0..1: the mean share of the best total over the criteria, a critical mistake counting 0."""
    tijdsdruk: bool = True
    """False when played without time pressure: workbench tempo was not scored."""
    teruggenomen: tuple["Beschrijving", ...] = ()
    """Moves the student took back (practice mode), so the result says so."""

    @property
    def geslaagd(self) -> bool:
        """Passed: no criterion rated onvoldoende."""
        return self.afgelopen and all(c.oordeel != "onvoldoende" for c in self.criteria)

    def oordeel(self, criterium_id: str) -> str:
        return next(c.oordeel for c in self.criteria if c.id == criterium_id)


@dataclass(frozen=True)
class Beschrijving:
    """One line of the log as a transcript shows it: what was asked, what the student did, and why it counts."""

    stap: str
    spreker: Optional[Weergave]
    vraag: Optional[Weergave]
    gedaan: Weergave
    feedback: Optional[Weergave]
    punten: dict[str, int]
    kritiek: tuple[str, ...]
    terug: bool = False
    """True for a move the student took back (practice mode): it no longer counts."""
