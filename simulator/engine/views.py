"""Frozen views the engine hands to whoever presents it: what to show now, what happened, the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

Soort = Literal["dialoog", "vertelling", "invoer", "einde", "werkbank", "inspectie"]


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
class Tempo:
    """How long the work at a workbench took against its norm time, and what that scored."""

    seconden: float
    normtijd: int
    punten: dict
    """Tempo evidence per criterion (empty without time pressure)."""
    max: dict
    """What working within the norm time would have scored."""
    feedback: object


@dataclass(frozen=True)
class Uitkomst:
    """What one action of the student caused."""

    stap: str
    keuze: str
    """The choice id, 'antwoord-N', 'anders', 'verder', or at a workbench 'tool>zone'."""
    feedback: object
    punten: dict
    kritiek: tuple[str, ...]
    stemming: Optional[tuple[str, str, str]]
    """(character, mood before, mood after) when a mood changed."""
    volgende: str
    """The step that comes next; at a workbench the same step while the work is not done."""
    veranderd: tuple[tuple[str, object, object], ...] = ()
    """Workbench zones whose state changed: (zone, before, after)."""
    tempo: Optional[Tempo] = None
    """Set when this action finished a workbench that has a norm time."""


@dataclass(frozen=True)
class ZoneView:
    id: str
    naam: object
    staat: object
    """The zone's state now (its variable), e.g. 'dicht', 'open', 'bekrast'."""


@dataclass(frozen=True)
class GereedschapView:
    """A tool or part on the tray, as the catalogue describes it."""

    id: str
    naam: str
    engels: str
    """The English trade term."""
    soort: str
    omschrijving: str
    code: Optional[str] = None


@dataclass(frozen=True)
class WerkbankView:
    """The workbench: the item and its zones, the tray, and what happened so far."""

    voorwerp: str
    """The drawing's id (assets/gereedschap.yaml), e.g. horloge-drukdeksel."""
    zones: tuple[ZoneView, ...]
    gereedschap: tuple[GereedschapView, ...]
    laatste: tuple[Uitkomst, ...]
    """What the student did at this workbench so far, oldest first."""
    seconden: float
    """Work time so far, as the UI reported it with each action."""
    normtijd: Optional[int]
    tijdsdruk: bool

    def zone(self, zone_id: str) -> ZoneView:
        return next(z for z in self.zones if z.id == zone_id)


@dataclass(frozen=True)
class DetailView:
    zone: str
    tekst: object
    """What the loupe shows, e.g. 'SR626SW'."""
    omschrijving: object


@dataclass(frozen=True)
class InspectieView:
    """An item to look at through the loupe before answering."""

    voorwerp: str
    details: tuple[DetailView, ...]
    staten: dict
    """Current states of the item's zones (variables), so the drawing matches the work done."""


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
    werkbank: Optional[WerkbankView] = None
    inspectie: Optional[InspectieView] = None
    """For an inspection: what to show through the loupe (then answer by `keuzes` or a number)."""

    @property
    def klaar(self) -> bool:
        return self.soort == "einde"


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
    opmerking: object = None
    """A note on how it was rated, e.g. without time pressure: on precision only, not on tempo."""


@dataclass(frozen=True)
class Resultaat:
    """The assessment so far; final once `klaar`."""

    scenario: str
    klaar: bool
    afloop: Optional[str]
    criteria: tuple[CriteriumOordeel, ...]
    score: float
    """0..1: the mean share of the best total over the criteria, a critical mistake counting 0."""
    tijdsdruk: bool = True
    """False when played without time pressure: workbench tempo was not scored."""

    @property
    def geslaagd(self) -> bool:
        """Passed: no criterion rated onvoldoende."""
        return self.klaar and all(c.oordeel != "onvoldoende" for c in self.criteria)

    def oordeel(self, criterium_id: str) -> str:
        return next(c.oordeel for c in self.criteria if c.id == criterium_id)
