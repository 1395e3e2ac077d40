"""What every kind of step answers for: the protocol the loader, the engine, the analysis and the tools ask.

A kind of step (dialoog, invoer, werkbank, …) is one module in this package with one `StapSoort` subclass.
Callers never switch on the kind: they look it up (`soort_van(stap)`) and ask it. Defaults here fit the
simple kinds; a kind overrides what it does differently.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Generic, Mapping, Optional, Protocol, Sequence, TypeVar

from simulator.content.parts import Als, Bewijsstuk, Naar, StapBasis, Waarde, Werking, volgende
from simulator.content.steps.actions import Move
from simulator.content.text import Weergave

if TYPE_CHECKING:
    from simulator.content.problems import Probleem
    from simulator.content.wereld import Wereld
    from simulator.content.yaml_source import SourceMap

S = TypeVar("S", bound=StapBasis)
Pad = tuple
"""A path into the scenario's data, for messages with a line and column: ("stappen", "groet", "keuzes", 2)."""


class Regel(Protocol):
    """One line of a session's log, as the kinds read it (simulator.engine.state.LogRegel)."""

    @property
    def stap(self) -> str: ...
    @property
    def keuze(self) -> str:
        """The option's label in its stable form (see Label)."""
    @property
    def waarde(self) -> Optional[float]: ...
    @property
    def actie(self) -> Optional[int]:
        """Which outcome applied when the label alone does not say (a workbench action's place in `acties`)."""
    @property
    def velden(self) -> Optional[Mapping[str, Any]]: ...
    @property
    def punten(self) -> Mapping[str, int]: ...
    @property
    def kritiek(self) -> tuple[str, ...]: ...
    @property
    def seconden(self) -> Optional[float]: ...


class Inhoud:
    """The kind's own part of what the session shows now (`StapView.inhoud`): each kind's view derives from this
    (KeuzesView, GetalView, WerkbankView…), so the UI of a kind asks for its own view by type."""


V = TypeVar("V", bound=Inhoud)
"""A kind's view (see StapSoort)."""

Verandering = tuple[str, Optional[Waarde], Optional[Waarde]]
"""Something a move changed that the student should see (a workbench's zone): (name, before, after)."""


@dataclass(frozen=True)
class Tempo:
    """How long the work at a step (a workbench) took against its norm time, and what that scored: the evidence
    when the step's work ends (`StapSoort.afronding`)."""

    seconden: float
    normtijd: int
    punten: Mapping[str, int]
    """Tempo evidence per criterion (empty without time pressure)."""
    max: Mapping[str, int]
    """What working within the norm time would have scored."""
    feedback: Weergave


class Gebeurd(Protocol):
    """What a move caused, as a kind's transcript reads it (simulator.engine.views.Uitkomst)."""

    @property
    def keuze(self) -> str: ...
    @property
    def gedaan(self) -> Optional[Weergave]: ...
    @property
    def veranderd(self) -> tuple[Verandering, ...]: ...
    @property
    def tempo(self) -> Optional[Tempo]: ...


class Onmogelijk(ValueError):
    """An action that does not fit the step (a choice that is not open, a tool not on the tray…)."""


# -- labels: which option was taken, as the log and the plans store it ----------------------------------

@dataclass(frozen=True)
class Label:
    """Which option of a step was taken. `str(label)` is its stable form in saves, logs and plans."""

    def __str__(self) -> str:  # pragma: no cover - every label says its own form
        raise NotImplementedError


@dataclass(frozen=True)
class KeuzeLabel(Label):
    id: str
    """The choice's own `id`, or its 1-based place in the file."""

    def __str__(self) -> str:
        return self.id


@dataclass(frozen=True)
class AntwoordLabel(Label):
    nummer: int
    """1-based place of the expected answer in `antwoorden`."""

    def __str__(self) -> str:
        return f"antwoord-{self.nummer}"


@dataclass(frozen=True)
class AndersLabel(Label):
    """Any other answer, or a tool on a zone that no action names."""

    def __str__(self) -> str:
        return "anders"


@dataclass(frozen=True)
class VerderLabel(Label):
    """Reading on after narration."""

    def __str__(self) -> str:
        return "verder"


# -- what a step offers and where it leads -----------------------------------------------------------

@dataclass(frozen=True)
class Optie:
    """An option that is open now: its label, its evidence and effects, and which outcome of the step it is."""

    label: Label
    gevolg: Bewijsstuk
    bron: int = 0
    """Its place in the step's `uitwegen`: the analysis reports outcomes that are never open by this number."""


@dataclass(frozen=True)
class Uitweg:
    """An outcome as written in the file: for the checks, the lint and the map."""

    label: Label
    gevolg: Bewijsstuk
    pad: Pad
    """Where it stands in the file."""
    naam: str
    """How a teacher finds it back: "Keuze 2", "Antwoord 1", "'anders'", "Move 3 (kastmes op kastdeksel)"."""
    kort: Weergave = ""
    """A short line for the map: the choice's text, "= 30 euro", "kastmes op kastdeksel"."""
    als: Optional[Als] = None
    """When the outcome is open at all (a choice's or an action's `als`)."""
    naar: Optional[Naar] = None
    """Where it leads; None: it stays at the step (a workbench action without its own `naar`)."""
    feedback_verwacht: bool = True
    """False where feedback makes no sense (reading on after narration, the end of a workbench's work)."""


@dataclass(frozen=True)
class Zet:
    """What taking an option does: the variables after it, the next step, and whether the step's work ended."""

    variabelen: dict
    volgende: Optional[str]
    """None: no route applies (the lint reports this)."""
    af: bool = False
    """True when this move ends a workbench's work (its tempo is scored then)."""


@dataclass(frozen=True)
class Keuzeplek:
    """One resolved action: the option it takes and the value typed (a number, or a form's fields)."""

    optie: Optie
    waarde: Optional[float] = None
    velden: Optional[Mapping[str, Any]] = None


@dataclass
class Controle:
    """What a kind's checks may look at besides the step: the scenario's parts and the world it may name."""

    wereld: "Wereld"
    smap: "SourceMap"
    variabelen: set[str] = field(default_factory=set)
    """Variables given a value anywhere (filled in while checking; conditions are checked against it after)."""


class StapSoort(Generic[S, V]):
    """One kind of step: S is its model, V its view. Subclasses set `naam`, `model` and `sleutel` and override
    what they do differently."""

    naam: ClassVar[str]
    """The kind's name, as in `soort:` (dialoog, invoer, werkbank…)."""
    sleutel: ClassVar[str]
    """The key that gives the kind away when `soort:` is not written (keuzes, invoer, werkbank…)."""
    model: ClassVar[type]
    heeft_werk: ClassVar[bool] = False
    """True when the student stays at the step until its work is done (a workbench's `klaar`)."""
    bron_in_log: ClassVar[bool] = False
    """True when a label alone does not say which outcome applied (two workbench actions for one tool and
    zone): the log then keeps the outcome's place too."""

    # -- the file ------------------------------------------------------------------------------------

    def uitwegen(self, stap: S, sid: str) -> list[Uitweg]:
        """Every outcome the file gives this step, in the file's order."""
        return []

    def voorwaarden(self, stap: S, sid: str) -> list[tuple[Pad, Als]]:
        """Conditions besides the outcomes' own `als` and routes (a workbench's `klaar`)."""
        return []

    def controleer(self, stap: S, sid: str, ctx: Controle) -> list["Probleem"]:
        """Checks only this kind needs (the catalogue's tools, duplicate choice ids…)."""
        return []

    def controleer_scenario(self, scenario: Any, ctx: Controle) -> list["Probleem"]:
        """Checks over all steps of this kind at once (a workbench zone's one start state)."""
        return []

    def lint(self, stap: S, sid: str, analyse: Any, smap: "SourceMap") -> list["Probleem"]:
        """Warnings only this kind can give from the analysis of a reachable step (work that never ends…)."""
        return []

    def beginwaarden(self, stap: S) -> dict:
        """Start values of variables this step brings (a workbench's zones)."""
        return {}

    def tempo(self, stap: S) -> dict[str, int]:
        """Points for finishing this step's work within its norm time, per criterion (a workbench's `tempo`)."""
        return {}

    # -- play ----------------------------------------------------------------------------------------

    def opties(self, stap: S, variabelen: Mapping) -> list[Optie]:
        """What the student can do now, conditions evaluated."""
        return [Optie(u.label, u.gevolg, i) for i, u in enumerate(self.uitwegen(stap, "")) if _open(u.als, variabelen)]

    def zet(self, stap: S, sid: str, gevolg: Bewijsstuk, variabelen: Mapping) -> Zet:
        """The effect of taking an outcome: `zet` and `tel`, then `naar`."""
        return Zet(*apply(gevolg, variabelen))

    def al_af(self, stap: S, variabelen: Mapping) -> bool:
        """True when the step's work is done before the student starts it (a workbench's `klaar` holds)."""
        return False

    def kies(self, stap: S, sid: str, actie: Move, variabelen: Mapping, wereld: "Wereld") -> Keuzeplek:
        """The option an action takes; raises Onmogelijk when it does not fit this step."""
        raise Onmogelijk(f"stap {sid!r} ({self.naam}) neemt deze zet niet aan")

    def optie_uit_log(self, stap: S, regel: Regel) -> Optional[Bewijsstuk]:
        """The outcome a log line names by its label (None when the file changed and it is gone)."""
        for u in self.uitwegen(stap, ""):
            if str(u.label) == regel.keuze:
                return u.gevolg
        return None

    def feedback(self, stap: S, regel: Regel, gevolg: Optional[Bewijsstuk], wereld: "Wereld",
                 tijdsdruk: bool = True) -> Optional[Weergave]:
        """Why this move counts, as the student read it after the move."""
        return gevolg.feedback if gevolg is not None else None

    def gedaan(self, stap: S, regel: Regel, wereld: "Wereld") -> Weergave:
        """What the student did, as a student reads it: the choice's text, the number typed…"""
        return regel.keuze

    def beter(self, stap: S, regel: Regel, cid: str, wereld: "Wereld") -> Optional[Weergave]:
        """What scores best on `cid` at this step when the student's move scored less (None: nothing better)."""
        return None

    def veranderd(self, stap: S, voor: Mapping, na: Mapping) -> tuple[Verandering, ...]:
        """What changed that the student should see (a workbench's zones): (name, before, after) triples."""
        return ()

    def afronding(self, stap: S, sid: str, log: Sequence[Regel], tijdsdruk: bool) -> Optional[Tempo]:
        """Evidence when the step's work ends (a workbench's tempo), logged as a line of its own; None when
        there is none."""
        return None

    def inhoud(self, stap: S, sid: str, variabelen: Mapping, log: Sequence, tijdsdruk: bool,
               wereld: "Wereld") -> Optional[V]:
        """The kind's part of the view (choices, the unit, the workbench…), a frozen dataclass; None for a kind
        that shows only its line (narration)."""
        return None

    # -- automatic play and plans ---------------------------------------------------------------------

    def route_actie(self, stap: S, label: str) -> Optional[Move]:
        """The move that takes the outcome with this label (for `--pad beste`, which follows the analysis)."""
        return None

    def uit_token(self, stap: S, token: str) -> Move:
        """A move typed in a `--pad` list (`3`, `45,50`, `kastmes>kastdeksel@40`)."""
        raise Onmogelijk(f"deze stap ({self.naam}) verwacht geen zet, niet '{token}'")

    def uit_plan(self, stap: S, zet: Mapping[str, Any]) -> Move:
        """A move in a golden plan file (`kies:`, `antwoord:`, `doe:`, `vul:`)."""
        raise Onmogelijk(f"deze stap ({self.naam}) verwacht geen zet, niet {dict(zet)}")

    def willekeurig(self, stap: S, sid: str, variabelen: Mapping, rng: random.Random) -> Optional[Move]:
        """A random move (for `--pad willekeurig:N` and the soak tests)."""
        opties = self.opties(stap, variabelen)
        return self.route_actie(stap, str(rng.choice(opties).label)) if opties else None

    def token(self, stap: S, actie: Move, variabelen: Mapping) -> str:
        """How a move reads in a `--pad` list, so that the list plays it again (the inverse of `uit_token`)."""
        return type(actie).__name__

    def transcript(self, inhoud: V, uitkomst: Gebeurd, zeg: Callable[[object], str]) -> list[str]:
        """Lines for a text-only transcript (`juwelier speel --pad`) under the step's line: the choices with
        the one taken marked, the answer given, the tool used… `zeg` turns a text into words."""
        return []

    def tijd(self, stap: S) -> Optional[int]:
        """A norm time in seconds for this step's moves, if it has one (the slowest plan takes twice it)."""
        return None

    def vanzelf(self, stap: S) -> bool:
        """True when the student only reads on (narration): players and plans take it without a move."""
        return False

    def einde(self, stap: S) -> bool:
        """True for an ending."""
        return False

    def afloop(self, stap: S) -> Optional[str]:
        """How it went, at an ending (geslaagd, matig, mislukt, escalatie)."""
        return None

    def opnieuw(self, stap: S, regel: Regel) -> Move:
        """The move a log line records, to play it again (taking a later move back replays the log)."""
        raise Onmogelijk(f"een zet in een {self.naam}-stap kan niet opnieuw worden gespeeld")


def _open(als: Optional[Als], variabelen: Mapping) -> bool:
    from simulator.content.parts import als_holds

    return als_holds(als, dict(variabelen))


def apply(gevolg: Bewijsstuk, variabelen: Mapping) -> tuple[dict, Optional[str]]:
    """Variables after an outcome's `zet` and `tel`, and the step its `naar` leads to (None: no route applies
    or the outcome has no `naar`)."""
    new = dict(variabelen)
    if isinstance(gevolg, Werking):
        new.update(gevolg.zet)
        for name, delta in gevolg.tel.items():
            current = new.get(name, 0)
            new[name] = (current if isinstance(current, (int, float)) and not isinstance(current, bool) else 0) + delta
        naar = gevolg.naar
        return new, (volgende(naar, new) if naar is not None else None)
    return new, None

