"""The scenario format: frozen pydantic models for the YAML a teacher writes (keys in Dutch).

The JSON Schema printed by `juwelier schema` is generated from these models, so they are the truth.
A step is a discriminated union: a new kind of step is a new model here plus a scene in the UI.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, field_validator

from simulator.content.text import Tekst

Stemming = Literal["neutraal", "blij", "bezorgd", "boos"]
STEMMINGEN: tuple[str, ...] = ("boos", "bezorgd", "neutraal", "blij")
"""Moods from worst to best; a number in `stemming:` moves a character along this scale."""

Waarde = Union[bool, int, float, str]
Id = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$", max_length=80)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Voorwaarde(Model):
    """A condition on a variable, written as data (never code): `{variabele: geduld, minstens: 2}`.

    Give exactly one comparison, or combine conditions with `alle` / `een_van`.
    """

    variabele: Optional[str] = None
    is_: Optional[Waarde] = Field(None, alias="is", description="gelijk aan")
    niet: Optional[Waarde] = Field(None, description="ongelijk aan")
    minstens: Optional[float] = None
    hoogstens: Optional[float] = None
    alle: Optional[list["Voorwaarde"]] = Field(None, description="alle voorwaarden moeten gelden")
    een_van: Optional[list["Voorwaarde"]] = Field(None, description="minstens één voorwaarde moet gelden")

    def holds(self, variables: dict) -> bool:
        if self.alle is not None:
            return all(c.holds(variables) for c in self.alle)
        if self.een_van is not None:
            return any(c.holds(variables) for c in self.een_van)
        value = variables.get(self.variabele)
        if self.is_ is not None:
            return value == self.is_
        if self.niet is not None:
            return value != self.niet
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            value = 0
        if self.minstens is not None and value < self.minstens:
            return False
        if self.hoogstens is not None and value > self.hoogstens:
            return False
        return True

    def variables(self) -> set[str]:
        found = {self.variabele} if self.variabele else set()
        for c in (self.alle or []) + (self.een_van or []):
            found |= c.variables()
        return found


Als = Union[Voorwaarde, list[Voorwaarde]]


def als_holds(als: Optional[Als], variables: dict) -> bool:
    if als is None:
        return True
    if isinstance(als, list):
        return all(c.holds(variables) for c in als)
    return als.holds(variables)


class Route(Model):
    """One branch of a conditional `naar`: the first route whose `als` holds is taken."""

    als: Optional[Als] = None
    naar: Id


Naar = Union[Id, list[Route]]
"""The next step: a step id, or a list of routes with conditions (the last one without `als`)."""


class Gevolg(Model):
    """What follows from a choice, an answer or an action: evidence, feedback and the next step."""

    gedrag: dict[str, int] = Field(default_factory=dict, description="punten per gedragscriterium, bv. {B1-K2-W1.1: 2}")
    kritiek: Union[bool, str, list[str]] = Field(
        False,
        description="kritieke fout: true = voor elk criterium met minpunten hier; of de ids van criteria",
    )
    feedback: Optional[Tekst] = Field(None, description="waarom dit goed of fout is, in één of twee zinnen")
    stemming: Union[Stemming, int, None] = Field(None, description="nieuwe stemming, of +1/-1 langs boos-bezorgd-neutraal-blij")
    wie: Optional[str] = Field(None, description="wiens stemming verandert (standaard: wie er sprak)")
    zet: dict[str, Waarde] = Field(default_factory=dict, description="variabelen die een waarde krijgen")
    tel: dict[str, int] = Field(default_factory=dict, description="variabelen die ophogen (of verlagen)")
    naar: Naar

    def kritieke_criteria(self) -> tuple[str, ...]:
        if self.kritiek is True:
            return tuple(c for c, p in self.gedrag.items() if p < 0)
        if isinstance(self.kritiek, str):
            return (self.kritiek,)
        if isinstance(self.kritiek, list):
            return tuple(self.kritiek)
        return ()


class Keuze(Gevolg):
    """An option the student can pick in a dialogue step."""

    id: Optional[Id] = Field(None, description="vaste naam van de keuze (standaard: het volgnummer)")
    tekst: Tekst
    als: Optional[Als] = Field(None, description="de keuze is er alleen als deze voorwaarde geldt")


class Antwoord(Gevolg):
    """An expected numeric answer (or a common mistake) with its tolerance."""

    waarde: float
    marge: float = Field(0.0, ge=0, description="toegestane afwijking, bv. 0.01 voor een cent")


class Invoer(Model):
    """A numeric answer to fill in: the right answer, known mistakes, and what happens otherwise."""

    eenheid: Optional[str] = Field(None, description="bv. euro, mm, %")
    antwoorden: list[Antwoord] = Field(min_length=1)
    anders: Gevolg = Field(description="elk ander antwoord")


class _Stap(Model):
    zegt: Optional[str] = Field(None, description="wie spreekt: een sleutel uit personages (leeg = verteller)")
    stemming: Optional[Stemming] = Field(None, description="de stemming van wie spreekt bij deze tekst")


class Dialoog(_Stap):
    """Someone says something; the student picks one of the choices."""

    soort: Literal["dialoog"] = "dialoog"
    tekst: Tekst
    keuzes: list[Keuze] = Field(min_length=1)


class Vertelling(_Stap):
    """Narration or a line without a choice; the student reads it and goes on."""

    soort: Literal["vertelling"] = "vertelling"
    tekst: Tekst
    zet: dict[str, Waarde] = Field(default_factory=dict)
    naar: Naar


class InvoerStap(_Stap):
    """A question with a numeric answer (prices with btw, margins, ring sizes…)."""

    soort: Literal["invoer"] = "invoer"
    tekst: Tekst
    invoer: Invoer


Afloop = Literal["geslaagd", "matig", "mislukt", "escalatie"]


class Einde(_Stap):
    """An ending. `afloop` tells how it went; the rating per criterion comes from the choices."""

    soort: Literal["einde"] = "einde"
    tekst: Optional[Tekst] = Field(None, description="een laatste zin van wie spreekt (optioneel)")
    einde: Tekst
    afloop: Afloop = "geslaagd"


STAP_SOORTEN = {"dialoog": "keuzes", "invoer": "invoer", "einde": "einde", "vertelling": "naar"}
"""Step kind -> the key that gives it away when `soort` is not written."""


def _stap_soort(value) -> Optional[str]:
    if not isinstance(value, dict):
        return getattr(value, "soort", None)
    if "soort" in value:
        return value["soort"]
    for soort, key in STAP_SOORTEN.items():
        if key in value:
            return soort
    return None


Stap = Annotated[
    Union[
        Annotated[Dialoog, Tag("dialoog")],
        Annotated[Vertelling, Tag("vertelling")],
        Annotated[InvoerStap, Tag("invoer")],
        Annotated[Einde, Tag("einde")],
    ],
    Discriminator(_stap_soort),
]


class Personage(Model):
    """Someone in the scenario: a customer, a colleague, a supplier."""

    naam: Tekst
    portret: Optional[str] = Field(None, description="id van een portret uit assets/portretten.yaml")
    stemming: Stemming = "neutraal"
    rol: Optional[Tekst] = Field(None, description="bv. klant, collega, leidinggevende")


class Beoordeling(Model):
    """Thresholds as a share of the best total a criterion can reach in this scenario."""

    goed: float = Field(0.8, gt=0, le=1)
    voldoende: float = Field(0.5, gt=0, le=1)


Plek = Literal["verkoopruimte", "werkplaats", "kantoor"]


class Scenario(Model):
    """One scenario: metadata, characters and the steps of the story."""

    id: Id
    titel: Tekst
    werkproces: str = Field(description="code uit het dossier, bv. B1-K2-W1")
    ook: list[str] = Field(default_factory=list, description="andere werkprocessen waarvan criteria meetellen")
    profielen: list[Literal["P1", "P2"]] = Field(default_factory=lambda: ["P1", "P2"], min_length=1)
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
    start: Id
    stappen: dict[Id, Stap] = Field(min_length=1)

    @field_validator("werkproces")
    @classmethod
    def _upper(cls, v: str) -> str:
        return v.strip()

    def werkprocessen(self) -> list[str]:
        return [self.werkproces, *self.ook]

    def waar(self) -> str:
        """The place in the shop: from `plek`, else from the werkproces."""
        if self.plek:
            return self.plek
        if self.werkproces.startswith("B1-K2"):
            return "verkoopruimte"
        if self.werkproces.startswith("P2-K2"):
            return "kantoor"
        return "werkplaats"


def keuze_id(keuze: Keuze, index: int) -> str:
    """A choice's stable id: its own `id`, else its 1-based position."""
    return keuze.id or str(index + 1)


def volgende(naar: Naar, variables: dict) -> Optional[str]:
    """Resolve a `naar` to a step id given the variables (None if no route applies)."""
    if isinstance(naar, str):
        return naar
    for route in naar:
        if als_holds(route.als, variables):
            return route.naar
    return None


def alle_volgende(naar: Naar) -> list[str]:
    return [naar] if isinstance(naar, str) else [r.naar for r in naar]


def gevolgen(stap) -> list[tuple[str, Gevolg]]:
    """Every outcome a step can have, with a label: its choices, answers or its single `naar`."""
    if isinstance(stap, Dialoog):
        return [(keuze_id(k, i), k) for i, k in enumerate(stap.keuzes)]
    if isinstance(stap, InvoerStap):
        return [(f"antwoord {i + 1}", a) for i, a in enumerate(stap.invoer.antwoorden)] + [("anders", stap.invoer.anders)]
    return []
