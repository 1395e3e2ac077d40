"""An ending: how it went (`afloop`) and a last line; the rating per criterion comes from the choices."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Mapping, Optional

from pydantic import Field

from simulator.content.parts import StapBasis, beschrijving
from simulator.content.steps.base import Inhoud, Onmogelijk, StapSoort
from simulator.content.text import Tekst, Weergave

Afloop = Literal["geslaagd", "matig", "mislukt", "escalatie"]


class Einde(StapBasis):
    """An ending. `afloop` tells how it went; the rating per criterion comes from the choices."""

    model_config = beschrijving(
        "Een einde. 'afloop' zegt hoe het afliep; het oordeel per criterium volgt uit de keuzes."
    )

    soort: Literal["einde"] = "einde"
    tekst: Optional[Tekst] = Field(None, description="een laatste zin van wie spreekt (optioneel)")
    einde: Tekst
    afloop: Afloop = "geslaagd"


@dataclass(frozen=True)
class EindeView(Inhoud):
    einde: Weergave
    afloop: Afloop


class EindeSoort(StapSoort[Einde, EindeView]):
    naam = "einde"
    sleutel = "einde"
    model = Einde

    def opties(self, stap: Einde, variabelen: Mapping) -> list:
        return []

    def inhoud(self, stap: Einde, sid: str, variabelen: Mapping, log, tijdsdruk: bool, wereld) -> EindeView:
        return EindeView(stap.einde, stap.afloop)

    def einde(self, stap: Einde) -> bool:
        return True

    def kies(self, stap: Einde, sid: str, actie, variabelen: Mapping, wereld):
        raise Onmogelijk(f"het scenario is afgelopen (stap {sid!r})")

    def afloop(self, stap: Einde) -> Optional[str]:
        return stap.afloop
