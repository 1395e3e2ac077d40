"""The rules of the format that both the engine and the analysis follow: effects, routes, ratings."""

from __future__ import annotations

from typing import Literal, Optional

from simulator.content.model import (
    STEMMINGEN, Actie, Bewijsstuk, Dialoog, Einde, Inspectie, InvoerStap, Misgreep, Vertelling,
    Werkblad, WerkbankStap, als_holds, keuze_id, volgende,
)

Oordeel = Literal["onvoldoende", "voldoende", "goed"]

TEMPO_HALF = 1.5
"""Up to this many times the norm time a workbench's tempo points are halved; beyond it they are 0."""

STANDAARD_MISGREEP = Misgreep()
"""What a tool on a zone without an action does when the step has no `anders`: nothing, no points
(the engine words the feedback with the tool's and the zone's names)."""


def apply(gevolg, variables: dict) -> tuple[dict, Optional[str]]:
    """Variables after an outcome's `zet` and `tel`, and the step it leads to (None: no route applies,
    or a workbench action that stays at the workbench; see `step_apply`)."""
    new = dict(variables)
    new.update(getattr(gevolg, "zet", {}) or {})
    for name, delta in (getattr(gevolg, "tel", {}) or {}).items():
        current = new.get(name, 0)
        new[name] = (current if isinstance(current, (int, float)) and not isinstance(current, bool) else 0) + delta
    naar = getattr(gevolg, "naar", None)
    return new, (volgende(naar, new) if naar is not None else None)


def step_apply(stap, step_id: str, gevolg, variables: dict) -> tuple[dict, Optional[str], bool]:
    """Like `apply`, at a given step: (variables, next step, whether a workbench's work ends here).

    A workbench action without its own `naar` stays at the workbench until the step's `klaar` holds,
    then follows the step's `naar`. Leaving a workbench (either way) is when its tempo is scored.
    """
    new, nxt = apply(gevolg, variables)
    if not isinstance(stap, WerkbankStap):
        return new, nxt, False
    if getattr(gevolg, "naar", None) is not None:
        return new, nxt, True
    if als_holds(stap.klaar, new):
        return new, volgende(stap.naar, new), True
    return new, step_id, False


def options(stap, variables: dict) -> list[tuple[str, object]]:
    """What the student can do at a step: (label, outcome) pairs, conditions evaluated.

    Dialogue (and an inspection with choices): the open choices by id; numeric input (and an inspection
    with a number): each expected answer and `anders`; narration: one outcome, 'verder'; a workbench:
    per tool and zone ('kastmes>kastdeksel') the first action whose `als` holds, in the file's order
    (a tool on a zone without an action does nothing and is no option); an ending: none.
    """
    if isinstance(stap, Dialoog) or (isinstance(stap, Inspectie) and stap.keuzes is not None):
        return [(keuze_id(k, i), k) for i, k in enumerate(stap.keuzes) if als_holds(k.als, variables)]
    if isinstance(stap, (InvoerStap, Inspectie)):
        return [(f"antwoord-{i + 1}", a) for i, a in enumerate(stap.invoer.antwoorden)] + [("anders", stap.invoer.anders)]
    if isinstance(stap, Vertelling):
        return [("verder", stap)]
    if isinstance(stap, WerkbankStap):
        found: dict[str, Actie] = {}
        for actie in stap.acties:
            label = stap.actie_label(actie)
            if label not in found and als_holds(actie.als, variables):
                found[label] = actie
        return list(found.items())
    if isinstance(stap, Einde):
        return []
    raise TypeError(f"unknown step kind {type(stap).__name__}")


def workbench_action(stap: WerkbankStap, tool: str, zone: str, variables: dict) -> tuple[Optional[int], Bewijsstuk]:
    """The action a tool on a zone triggers now: (its index in `acties`, the action), or (None, the misgreep)."""
    for index, actie in enumerate(stap.acties):
        if actie.gereedschap == tool and actie.zone == zone and als_holds(actie.als, variables):
            return index, actie
    return None, stap.anders or STANDAARD_MISGREEP


def tempo_points(werkblad: Werkblad, seconden: float) -> dict[str, int]:
    """A workbench's tempo evidence for the time it took: within the norm all points, up to
    1.5 × the norm half (rounded down), slower none."""
    if not werkblad.tempo or werkblad.normtijd is None:
        return {}
    if seconden <= werkblad.normtijd + 1e-9:
        return dict(werkblad.tempo)
    if seconden <= werkblad.normtijd * TEMPO_HALF + 1e-9:
        return {c: p // 2 for c, p in werkblad.tempo.items()}
    return {c: 0 for c in werkblad.tempo}


def shift_mood(current: str, change) -> str:
    """A mood after a choice's `stemming`: a mood name sets it, a number moves along the scale."""
    if change is None:
        return current
    if isinstance(change, str):
        return change
    index = STEMMINGEN.index(current) if current in STEMMINGEN else STEMMINGEN.index("neutraal")
    return STEMMINGEN[max(0, min(len(STEMMINGEN) - 1, index + int(change)))]


def rate(total: int, best: int, critical: bool, goed: float, voldoende: float) -> Oordeel:
    """A criterion's rating: a critical mistake fails it; otherwise the share of the best total decides."""
    if critical or best <= 0:
        return "onvoldoende"
    share = total / best
    if share >= goed - 1e-9:
        return "goed"
    if share >= voldoende - 1e-9:
        return "voldoende"
    return "onvoldoende"


def kritiek_of(gevolg) -> tuple[str, ...]:
    return gevolg.kritieke_criteria() if isinstance(gevolg, Bewijsstuk) else ()


def punten_of(gevolg) -> dict[str, int]:
    return dict(gevolg.gedrag) if isinstance(gevolg, Bewijsstuk) else {}
