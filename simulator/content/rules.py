"""The rules of the format that both the engine and the analysis follow: effects, routes, ratings."""

from __future__ import annotations

from typing import Literal, Optional

from simulator.content.model import (
    STEMMINGEN, Dialoog, Einde, Gevolg, InvoerStap, Vertelling, als_holds, keuze_id, volgende,
)

Oordeel = Literal["onvoldoende", "voldoende", "goed"]


def apply(gevolg, variables: dict) -> tuple[dict, Optional[str]]:
    """Variables after an outcome's `zet` and `tel`, and the step it leads to (None: no route applies)."""
    new = dict(variables)
    new.update(getattr(gevolg, "zet", {}) or {})
    for name, delta in (getattr(gevolg, "tel", {}) or {}).items():
        current = new.get(name, 0)
        new[name] = (current if isinstance(current, (int, float)) and not isinstance(current, bool) else 0) + delta
    return new, volgende(gevolg.naar, new)


def options(stap, variables: dict) -> list[tuple[str, object]]:
    """What the student can do at a step: (label, outcome) pairs, conditions evaluated.

    Dialogue: the open choices by id; numeric input: each expected answer and `anders`;
    narration: one outcome, 'verder'; an ending: none.
    """
    if isinstance(stap, Dialoog):
        return [(keuze_id(k, i), k) for i, k in enumerate(stap.keuzes) if als_holds(k.als, variables)]
    if isinstance(stap, InvoerStap):
        return [(f"antwoord-{i + 1}", a) for i, a in enumerate(stap.invoer.antwoorden)] + [("anders", stap.invoer.anders)]
    if isinstance(stap, Vertelling):
        return [("verder", stap)]
    if isinstance(stap, Einde):
        return []
    raise TypeError(f"unknown step kind {type(stap).__name__}")


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
    return gevolg.kritieke_criteria() if isinstance(gevolg, Gevolg) else ()


def punten_of(gevolg) -> dict[str, int]:
    return dict(gevolg.gedrag) if isinstance(gevolg, Gevolg) else {}
