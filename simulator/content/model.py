"""The scenario format: frozen pydantic models for the YAML a teacher writes (keys in Dutch).

The JSON Schema printed by `juwelier schema` is generated from these models, so they are the truth. The
building blocks are in parts.py, each kind of step in its own module in steps/ (the registry builds `Stap`).
"""

from __future__ import annotations

import typing
from typing import Literal, Optional, Union

from pydantic import BaseModel, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from simulator.content.parts import (  # noqa: F401 - the format's building blocks, importable from here too
    STEMMINGEN, Als, Antwoord, Bewijsstuk, Gevolg, Id, Invoer, Keuze, Model, Naar, Route, StapBasis, Stemming, Voorwaarde,
    Waarde, alle_volgende, als_holds, beschrijving, keuze_id, volgende,
)
from simulator.content.steps import SOORTEN, STAP_SOORTEN, Stap, soort_van  # noqa: F401
from simulator.content.steps.dialoog import Dialoog  # noqa: F401 - the kinds' models, for tests and tools
from simulator.content.steps.einde import Afloop, Einde  # noqa: F401
from simulator.content.steps.inspectie import Detail, Inspectie, Loep  # noqa: F401
from simulator.content.steps.invoer import InvoerStap  # noqa: F401
from simulator.content.steps.vertelling import Vertelling  # noqa: F401
from simulator.content.steps.werkbank import Actie, Misgreep, Werkblad, WerkbankStap, Zone  # noqa: F401
from simulator.content.text import Tekst

Profiel = Literal["P1", "P2"]
PROFIELEN: tuple[Profiel, ...] = ("P1", "P2")

STAP_MODELLEN: dict[str, type[BaseModel]] = {k.naam: k.model for k in SOORTEN}
"""Step kind -> its model."""


class Personage(Model):
    """Someone in the scenario: a customer, a colleague, a supplier."""

    model_config = beschrijving("Iemand in het scenario: een klant, een collega, een leverancier.")

    model_config = beschrijving("Iemand in het scenario: een klant, een collega, een leverancier.")

    vast: Optional[Id] = Field(None, description="iemand van de vaste mensen van de winkel (assets/winkel.yaml), bv. "
                                                 "ruud of daan: naam, portret en rol komen dan daarvandaan")
    naam: Optional[Tekst] = Field(None, description="de naam (niet nodig bij 'vast')")
    portret: Optional[str] = Field(None, description="id van een portret uit assets/portretten.yaml of uit de wereld.yaml "
                                                   "van je map ('juwelier wereld' toont ze)")
    stemming: Stemming = "neutraal"
    rol: Optional[Tekst] = Field(None, description="bv. klant, collega, leidinggevende")

    @model_validator(mode="after")
    def _naam(self) -> "Personage":
        if self.naam is None and self.vast is None:
            raise PydanticCustomError("personage_naam", "Een personage heeft een 'naam:', of 'vast:' voor iemand van de winkel.")
        return self


class Beoordeling(Model):
    """Thresholds as a share of the best total a criterion can reach in this scenario."""

    model_config = beschrijving("Grenzen als deel van het beste totaal dat in dit scenario per criterium te halen is.")

    model_config = beschrijving("Grenzen als deel van het beste totaal dat in dit scenario per criterium te halen is.")

    goed: float = Field(0.8, gt=0, le=1)
    voldoende: float = Field(0.5, gt=0, le=1)


Plek = Literal["verkoopruimte", "werkplaats", "kantoor"]


class Scenario(Model):
    """One scenario: metadata, characters and the steps of the story."""

    model_config = beschrijving("Eén scenario: de gegevens erover, de personages en de stappen van het verhaal.")

    model_config = beschrijving("Eén scenario: de gegevens erover, de personages en de stappen van het verhaal.")

    id: Id
    titel: Tekst
    werkproces: str = Field(description="code uit het dossier, bv. B1-K2-W1")
    ook: list[str] = Field(default_factory=list, description="andere werkprocessen waarvan criteria meetellen")
    profielen: list[Profiel] = Field(default_factory=lambda: list(PROFIELEN), min_length=1)
    niveau: int = Field(3, ge=2, le=4)
    duur_minuten: int = Field(ge=1, le=60)
    samenvatting: Tekst
    leerdoelen: list[Tekst] = Field(default_factory=list)
    taal: Literal["nl", "en"] = "nl"
    plek: Optional[Plek] = Field(None, description="waar het speelt (standaard volgt uit het werkproces)")
    beoordeelt: Optional[list[str]] = Field(None, description="criteria die dit scenario beoordeelt (standaard: alle van het werkproces)")
    beoordeling: Beoordeling = Field(default_factory=Beoordeling)
    personages: dict[Id, Personage] = Field(default_factory=dict)
    variabelen: dict[str, Waarde] = Field(default_factory=dict, description="beginwaarden van variabelen")
    varianten: dict[str, list[Union[Waarde, dict[str, Waarde]]]] = Field(
        default_factory=dict,
        description="wat per keer spelen mag verschillen: per naam een lijst waarden, of een lijst alternatieven die "
                    "elk meer dingen tegelijk zetten (bv. een klant met naam, portret en voornaamwoorden); in teksten "
                    "'{prijs}', '{klant.naam}', '{prijs * 1.21:euro}'")
    start: Id
    stappen: dict[Id, Stap] = Field(min_length=1)

    @field_validator("werkproces")
    @classmethod
    def _upper(cls, v: str) -> str:
        return v.strip()

    def werkprocessen(self) -> list[str]:
        return [self.werkproces, *self.ook]

    def beginwaarden(self) -> dict:
        """The variables at the start: `variabelen`, plus what the steps bring (a workbench's zones)."""
        values = dict(self.variabelen)
        for stap in self.stappen.values():
            for name, value in soort_van(stap).beginwaarden(stap).items():
                values.setdefault(name, value)
        return values

    def waar(self) -> str:
        """The place in the shop: from `plek`, else from the werkproces."""
        if self.plek:
            return self.plek
        if self.werkproces.startswith("B1-K2"):
            return "verkoopruimte"
        if self.werkproces.startswith("P2-K2"):
            return "kantoor"
        return "werkplaats"


def alle_modellen() -> list[type[BaseModel]]:
    """Every model a scenario file can contain, found by walking the Scenario's fields (for messages)."""
    found: list[type[BaseModel]] = []
    todo: list = [Scenario, *STAP_MODELLEN.values()]
    while todo:
        t = todo.pop()
        if isinstance(t, type) and issubclass(t, BaseModel):
            if t in found:
                continue
            found.append(t)
            todo.extend(info.annotation for info in t.model_fields.values())
        else:
            todo.extend(typing.get_args(t))
    return found
