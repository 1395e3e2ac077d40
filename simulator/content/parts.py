"""The building blocks every kind of step is made of: conditions, routes, evidence, choices, answers.

The kinds of step themselves live in simulator/content/steps/ (one module each); the scenario around them in
model.py. All are frozen pydantic models of the YAML a teacher writes (keys in Dutch).
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator
from typing_extensions import Self

from simulator.content.text import Tekst

Stemming = Literal["neutraal", "blij", "bezorgd", "boos"]
STEMMINGEN: tuple[str, ...] = ("boos", "bezorgd", "neutraal", "blij")
"""Moods from worst to best; a number in `stemming:` moves a character along this scale."""

Waarde = Union[bool, int, float, str]
Id = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$", max_length=80)]


_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
ALLEEN_CONTROLEREN: dict = {}
"""The validation context for a model that is checked and then dropped (another case of a varying scenario)."""


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _shared_fields_set(self, info: ValidationInfo) -> Self:
        """Pydantic keeps per instance the set of fields the file gave (for `exclude_unset`): some 400 bytes for each
        of the ~70 models of a scenario, a fifth of a big library's memory. A frozen model never changes it (a copy
        gets its own), so instances given the same fields share one set. (It must stay a set: the serializer says so.)
        Not for a model only checked and then dropped (validated with the context `ALLEEN_CONTROLEREN`)."""
        if info.context is ALLEEN_CONTROLEREN:
            return self
        given = self.__pydantic_fields_set__
        object.__setattr__(self, "__pydantic_fields_set__", _FIELDS_SETS.setdefault(frozenset(given), given))
        return self


def beschrijving(tekst: str) -> ConfigDict:
    """A model's Dutch description for the JSON Schema (VS Code shows it on hover; the docstring is for programmers)."""
    return ConfigDict(json_schema_extra={"description": tekst})


class Voorwaarde(Model):
    """A condition on a variable, written as data (never code): `{variabele: geduld, minstens: 2}`.

    Give exactly one comparison, or combine conditions with `alle` / `een_van`.
    """

    model_config = beschrijving(
        "Een voorwaarde op een variabele, als gegevens geschreven (nooit als code): {variabele: geduld, "
        "minstens: 2}. Geef precies één vergelijking, of combineer voorwaarden met 'alle' of 'een_van'."
    )

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

    model_config = beschrijving(
        "Eén tak van een 'naar' met voorwaarden: de eerste route waarvan 'als' geldt, wordt gevolgd."
    )

    als: Optional[Als] = None
    naar: Id


Naar = Union[Id, list[Route]]
"""The next step: a step id, or a list of routes with conditions (the last one without `als`)."""


class Bewijsstuk(Model):
    """Evidence for the gedrag criteria, with the feedback that explains it."""

    model_config = beschrijving("Punten voor de gedragscriteria, met de feedback die ze uitlegt.")

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


class Werking(Bewijsstuk):
    """Evidence plus what an outcome does to the play: a mood, variables, and where it leads.

    A Gevolg must say where it leads; a workbench action (simulator.content.steps.werkbank.Actie) may leave
    `naar` out: the student then stays at the workbench.
    """

    stemming: Union[Stemming, int, None] = Field(None, description="nieuwe stemming, of +1/-1 langs boos-bezorgd-neutraal-blij")
    wie: Optional[str] = Field(None, description="wiens stemming verandert (standaard: wie er sprak)")
    zet: dict[str, Waarde] = Field(default_factory=dict, description="variabelen die een waarde krijgen")
    tel: dict[str, int] = Field(default_factory=dict, description="variabelen die ophogen (of verlagen)")
    naar: Optional[Naar] = None


class Gevolg(Werking):
    """What follows from a choice or an answer: evidence, feedback and the next step."""

    model_config = beschrijving(
        "Wat volgt uit een keuze, een antwoord of een actie: punten, feedback en de volgende stap."
    )

    naar: Naar


class Keuze(Gevolg):
    """An option the student can pick in a dialogue step."""

    model_config = beschrijving("Een keuze die de student in een dialoogstap kan maken.")

    id: Optional[Id] = Field(None, description="vaste naam van de keuze (standaard: het volgnummer)")
    tekst: Tekst
    als: Optional[Als] = Field(None, description="de keuze is er alleen als deze voorwaarde geldt")


class Antwoord(Gevolg):
    """An expected numeric answer (or a common mistake) with its tolerance."""

    model_config = beschrijving("Een verwacht getal (of een bekende fout) met de toegestane afwijking.")

    waarde: float
    marge: float = Field(0.0, ge=0, description="toegestane afwijking, bv. 0.01 voor een cent")


class Invoer(Model):
    """A numeric answer to fill in: the right answer, known mistakes, and what happens otherwise."""

    model_config = beschrijving(
        "Een getal om in te vullen: het goede antwoord, bekende fouten en wat er bij elk ander antwoord "
        "gebeurt."
    )

    eenheid: Optional[str] = Field(None, description="bv. euro, mm, %")
    antwoorden: list[Antwoord] = Field(min_length=1)
    anders: Gevolg = Field(description="elk ander antwoord")


class StapBasis(Model):
    """What every step has: who speaks, and in what mood."""

    def regel(self) -> Optional[Tekst]:
        """The line shown at this step (what is said, or the task); every kind has a `tekst`."""
        return getattr(self, "tekst", None)

    zegt: Optional[str] = Field(None, description="wie spreekt: een sleutel uit personages (leeg = verteller)")
    stemming: Optional[Stemming] = Field(None, description="de stemming van wie spreekt bij deze tekst")


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
