"""The scenario format: frozen pydantic models for the YAML a teacher writes (keys in Dutch).

The JSON Schema printed by `juwelier schema` is generated from these models, so they are the truth.
A step is a discriminated union: a new kind of step is a new model here plus a scene in the UI.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, field_validator, model_validator
from pydantic_core import PydanticCustomError

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


class Bewijsstuk(Model):
    """Evidence for the gedrag criteria, with the feedback that explains it."""

    gedrag: dict[str, int] = Field(default_factory=dict, description="punten per gedragscriterium, bv. {B1-K2-W1.1: 2}")
    kritiek: Union[bool, str, list[str]] = Field(
        False,
        description="kritieke fout: true = voor elk criterium met minpunten hier; of de ids van criteria",
    )
    feedback: Optional[Tekst] = Field(None, description="waarom dit goed of fout is, in één of twee zinnen")

    def kritieke_criteria(self) -> tuple[str, ...]:
        if self.kritiek is True:
            return tuple(c for c, p in self.gedrag.items() if p < 0)
        if isinstance(self.kritiek, str):
            return (self.kritiek,)
        if isinstance(self.kritiek, list):
            return tuple(self.kritiek)
        return ()


class Gevolg(Bewijsstuk):
    """What follows from a choice, an answer or an action: evidence, feedback and the next step."""

    stemming: Union[Stemming, int, None] = Field(None, description="nieuwe stemming, of +1/-1 langs boos-bezorgd-neutraal-blij")
    wie: Optional[str] = Field(None, description="wiens stemming verandert (standaard: wie er sprak)")
    zet: dict[str, Waarde] = Field(default_factory=dict, description="variabelen die een waarde krijgen")
    tel: dict[str, int] = Field(default_factory=dict, description="variabelen die ophogen (of verlagen)")
    naar: Naar


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


class Zone(Model):
    """A named part of the item on the workbench (case back, battery, gasket, link…) and its state.

    The state is a variable with the zone's name: actions change it with `zet`, conditions read it.
    Short form in a file: `kastdeksel: dicht`.
    """

    naam: Optional[Tekst] = Field(None, description="naam op het scherm (standaard: de naam van de zone)")
    staat: Optional[Waarde] = Field(None, description="de beginstaat, bv. dicht, oud, heel")


class Werkblad(Model):
    """What lies on the workbench: the item, its zones with their start states, the tray, the norm time."""

    voorwerp: Id = Field(description="een voorwerp uit assets/gereedschap.yaml, bv. horloge-drukdeksel")
    zones: dict[Id, Union[Zone, Waarde, None]] = Field(
        min_length=1,
        description="zone: beginstaat, of zone: {naam, staat}; leeg (zone:) als de staat van een eerdere werkbank doorloopt",
    )
    gereedschap: list[Id] = Field(min_length=1, description="gereedschap en onderdelen op de bak (ids uit assets/gereedschap.yaml)")
    normtijd: Optional[int] = Field(None, gt=0, le=3600, description="normtijd in seconden voor deze handelingen")
    tempo: dict[str, int] = Field(
        default_factory=dict,
        description="punten voor werken binnen de normtijd, bv. {B1-K1-W2.4: 2}; tot 1,5 × de normtijd de helft",
    )

    @field_validator("zones")
    @classmethod
    def _zones(cls, zones: dict) -> dict:
        return {k: v if isinstance(v, Zone) else Zone(staat=v) if v is not None else Zone() for k, v in zones.items()}


class Actie(Gevolg):
    """A tool (or part) on a zone, and what it does: new zone states, evidence, feedback.

    The first action in the list for this tool and zone whose `als` holds applies. Without `naar`
    the student stays at the workbench until the step's `klaar` holds.
    """

    gereedschap: Id
    zone: Id
    als: Optional[Als] = Field(None, description="de actie geldt alleen als deze voorwaarde geldt (bv. het deksel is open)")
    naar: Optional[Naar] = Field(None, description="verlaat de werkbank meteen naar deze stap (bv. na een onherstelbare fout)")


class Misgreep(Bewijsstuk):
    """What happens when the student uses a tool on a zone that no action names."""


class WerkbankStap(_Stap):
    """Hands-on work: the student puts tools on zones of an item until the work is done (`klaar`)."""

    soort: Literal["werkbank"] = "werkbank"
    tekst: Tekst = Field(description="de opdracht, bv. 'Vervang de batterij.'")
    werkbank: Werkblad
    acties: list[Actie] = Field(min_length=1)
    anders: Optional[Misgreep] = Field(None, description="gereedschap op een zone zonder actie (standaard: 'dat werkt zo niet', geen punten)")
    klaar: Als = Field(description="wanneer het werk af is, bv. {variabele: kastdeksel, is: dicht}")
    naar: Naar

    def actie_label(self, actie: "Actie") -> str:
        return f"{actie.gereedschap}>{actie.zone}"


class Detail(Model):
    """Something too small to read without the loupe."""

    zone: Id = Field(description="waar op het voorwerp, bv. batterij, binnenkant, kastdeksel")
    tekst: Tekst = Field(description="wat je door de loep ziet, bv. SR626SW of 585")
    omschrijving: Optional[Tekst] = Field(None, description="wat het is, bv. 'de code op de oude batterij'")


class Loep(Model):
    voorwerp: Id
    details: list[Detail] = Field(min_length=1)


class Inspectie(_Stap):
    """Look closely with the loupe, then answer: with choices (like a dialogue) or a number (like input)."""

    soort: Literal["inspectie"] = "inspectie"
    tekst: Tekst
    inspectie: Loep
    keuzes: Optional[list[Keuze]] = Field(None, min_length=1)
    invoer: Optional[Invoer] = None

    @model_validator(mode="after")
    def _one_answer(self):
        if (self.keuzes is None) == (self.invoer is None):
            raise PydanticCustomError("inspectie_antwoord", "Een inspectie heeft 'keuzes' of 'invoer' (één van de twee).")
        return self


Afloop = Literal["geslaagd", "matig", "mislukt", "escalatie"]


class Einde(_Stap):
    """An ending. `afloop` tells how it went; the rating per criterion comes from the choices."""

    soort: Literal["einde"] = "einde"
    tekst: Optional[Tekst] = Field(None, description="een laatste zin van wie spreekt (optioneel)")
    einde: Tekst
    afloop: Afloop = "geslaagd"


STAP_SOORTEN = {
    "werkbank": "werkbank", "inspectie": "inspectie",
    "dialoog": "keuzes", "invoer": "invoer", "einde": "einde", "vertelling": "naar",
}
"""Step kind -> the key that gives it away when `soort` is not written (checked in this order)."""


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
        Annotated[WerkbankStap, Tag("werkbank")],
        Annotated[Inspectie, Tag("inspectie")],
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

    def beginwaarden(self) -> dict:
        """The variables at the start: `variabelen`, plus each workbench zone's start state."""
        values = dict(self.variabelen)
        for stap in self.stappen.values():
            if isinstance(stap, WerkbankStap):
                for zone, z in stap.werkbank.zones.items():
                    if z.staat is not None:
                        values.setdefault(zone, z.staat)
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


def alle_volgende(naar: Optional[Naar]) -> list[str]:
    if naar is None:
        return []  # a workbench action without `naar` stays at the workbench
    return [naar] if isinstance(naar, str) else [r.naar for r in naar]


def gevolgen(stap) -> list[tuple[str, Gevolg]]:
    """Every outcome a step can have, with a label: its choices, answers or its single `naar`.

    A workbench gives its actions ('tool>zone'), its `anders`, and 'klaar': the way on once the work is done.
    """
    if isinstance(stap, Dialoog) or (isinstance(stap, Inspectie) and stap.keuzes is not None):
        return [(keuze_id(k, i), k) for i, k in enumerate(stap.keuzes)]
    if isinstance(stap, (InvoerStap, Inspectie)):
        return [(f"antwoord {i + 1}", a) for i, a in enumerate(stap.invoer.antwoorden)] + [("anders", stap.invoer.anders)]
    if isinstance(stap, WerkbankStap):
        found: list = [(stap.actie_label(a), a) for a in stap.acties]
        if stap.anders is not None:
            found.append(("anders", Gevolg(gedrag=stap.anders.gedrag, kritiek=stap.anders.kritiek,
                                           feedback=stap.anders.feedback, naar=[])))
        return found + [("klaar", Gevolg(naar=stap.naar))]
    return []
