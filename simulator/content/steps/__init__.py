"""The kinds of step, one module each, and the one registry that maps a kind to its module.

Adding a kind of step is its module here, one line in SOORTEN, and its scene in simulator/ui/steps/.
Everyone else asks the kind (`soort_van(stap)`) and never switches on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Iterator, Mapping, Optional, Union

from pydantic import Discriminator, Tag

from simulator.content.parts import StapBasis
from simulator.content.steps import dialoog, einde, formulier, inspectie, invoer, vertelling, werkbank
from simulator.content.steps.base import Optie, StapSoort, Uitweg, Zet

SOORTEN: tuple[StapSoort, ...] = (
    werkbank.WerkbankSoort(),
    inspectie.InspectieSoort(),
    formulier.FormulierSoort(),
    dialoog.DialoogSoort(),
    invoer.InvoerSoort(),
    einde.EindeSoort(),
    vertelling.VertellingSoort(),
)
"""Every kind of step. When a step does not say its `soort:`, the first kind whose key it has wins: keep kinds
with a key that others share (vertelling's `naar`) last."""

SOORT: dict[str, StapSoort] = {k.naam: k for k in SOORTEN}
STAP_SOORTEN: dict[str, str] = {k.naam: k.sleutel for k in SOORTEN}
"""Step kind -> the key that gives it away when `soort` is not written (checked in this order)."""
_BY_MODEL: dict[type, StapSoort] = {k.model: k for k in SOORTEN}


def soort_van(stap: StapBasis) -> StapSoort:
    """The kind of a step, to ask it what to do."""
    return _BY_MODEL[type(stap)]


def _stap_soort(value: Any) -> Optional[str]:
    if not isinstance(value, dict):
        return getattr(value, "soort", None)
    if "soort" in value:
        return value["soort"]
    for naam, key in STAP_SOORTEN.items():
        if key in value:
            return naam
    return None


if TYPE_CHECKING:
    Stap = StapBasis
else:
    Stap = Annotated[
        Union[tuple(Annotated[k.model, Tag(k.naam)] for k in SOORTEN)],
        Discriminator(_stap_soort),
    ]
"""A step in a scenario file: one of the kinds, told apart by `soort:` or by the key that gives it away."""


Uitwegen = dict[str, list[Uitweg]]
"""Per step, its outcomes as written in the file (`StapSoort.uitwegen`)."""


def alle_uitwegen(stappen: Mapping[str, StapBasis]) -> Uitwegen:
    """Every step's outcomes, read once for the checks that each go over all of them."""
    return {sid: soort_van(stap).uitwegen(stap, sid) for sid, stap in stappen.items()}


def zetten(stap: StapBasis, sid: str, variabelen: Mapping) -> Iterator[tuple[Optie, Zet]]:
    """Every move open at a step now, with what it does: what the analysis walks and a random player picks from."""
    kind = soort_van(stap)
    for optie in kind.opties(stap, variabelen):
        yield optie, kind.zet(stap, sid, optie.gevolg, variabelen)


__all__ = ["SOORT", "SOORTEN", "STAP_SOORTEN", "Stap", "StapSoort", "Uitwegen", "alle_uitwegen", "soort_van", "zetten"]
