"""The rules of the format that both the engine and the analysis follow: moods, ratings, evidence.

What each kind of step allows and does lives with the kind (simulator/content/steps/); `options` and
`step_apply` below only ask it, for callers that think in (label, outcome) pairs.
"""

from __future__ import annotations

from typing import Literal, Mapping, Optional, Union

from simulator.content.parts import STEMMINGEN, Bewijsstuk, StapBasis
from simulator.content.steps import soort_van
from simulator.content.steps.base import apply  # noqa: F401 - part of this module's interface

Oordeel = Literal["onvoldoende", "voldoende", "goed"]


def options(stap: StapBasis, variables: Mapping) -> list[tuple[str, Bewijsstuk]]:
    """What the student can do at a step now: (label, outcome) pairs, conditions evaluated."""
    return [(str(o.label), o.gevolg) for o in soort_van(stap).opties(stap, variables)]


def step_apply(stap: StapBasis, step_id: str, gevolg: Bewijsstuk, variables: Mapping) -> tuple[dict, Optional[str], bool]:
    """Taking an outcome at a step: (variables, next step, whether the step's work ends here)."""
    zet = soort_van(stap).zet(stap, step_id, gevolg, variables)
    return zet.variabelen, zet.volgende, zet.af


def shift_mood(current: str, change: Union[str, int, None]) -> str:
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


def kritiek_of(gevolg: object) -> tuple[str, ...]:
    return gevolg.kritieke_criteria() if isinstance(gevolg, Bewijsstuk) else ()


def punten_of(gevolg: object) -> dict[str, int]:
    return dict(gevolg.gedrag) if isinstance(gevolg, Bewijsstuk) else {}
