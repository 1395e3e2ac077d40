"""An inspection: look closely with the loupe, then answer with choices (like a dialogue) or a number (like input)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Mapping, Optional, Union

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from simulator.content.parts import Id, Invoer, Keuze, Model, StapBasis, beschrijving
from simulator.content.problems import suggest
from simulator.content.steps import dialoog, invoer
from simulator.content.steps.actions import Answer, Choose, Move
from simulator.content.steps.base import Controle, Gebeurd, Inhoud, Keuzeplek, Label, Optie, Regel, StapSoort, Uitweg
from simulator.content.text import Tekst, Weergave


class Detail(Model):
    """Something too small to read without the loupe."""

    model_config = beschrijving("Iets wat te klein is om zonder loep te lezen.")

    zone: Id = Field(description="waar op het voorwerp, bv. batterij, binnenkant, kastdeksel")
    tekst: Tekst = Field(description="wat je door de loep ziet, bv. SR626SW of 585")
    omschrijving: Optional[Tekst] = Field(None, description="wat het is, bv. 'de code op de oude batterij'")


class Loep(Model):
    """Wat er onder de loep ligt: het voorwerp en de details die je pas met de loep kunt lezen."""

    voorwerp: Id = Field(description="een voorwerp uit de catalogus, bv. horloge-drukdeksel")
    details: list[Detail] = Field(min_length=1)


class Inspectie(StapBasis):
    """Look closely with the loupe, then answer: with choices (like a dialogue) or a number (like input)."""

    model_config = beschrijving(
        "Goed kijken met de loep, dan antwoorden: met keuzes (zoals bij een dialoog) of met een getal (zoals "
        "bij invoer)."
    )

    soort: Literal["inspectie"] = "inspectie"
    tekst: Tekst
    inspectie: Loep
    keuzes: Optional[list[Keuze]] = Field(None, min_length=1)
    invoer: Optional[Invoer] = None

    @model_validator(mode="after")
    def _one_answer(self) -> "Inspectie":
        if (self.keuzes is None) == (self.invoer is None):
            raise PydanticCustomError("inspectie_antwoord", "Een inspectie heeft 'keuzes' of 'invoer' (één van de twee).")
        return self


@dataclass(frozen=True)
class DetailView:
    zone: str
    tekst: Weergave
    """What the loupe shows, e.g. 'SR626SW'."""
    omschrijving: Optional[Weergave]


@dataclass(frozen=True)
class InspectieView(Inhoud):
    """An item to look at through the loupe, then the answer: choices or a number."""

    voorwerp: str
    details: tuple[DetailView, ...]
    staten: Mapping[str, object]
    """Current states of the item's zones (variables), so the drawing matches the work done."""
    antwoord: Union[dialoog.KeuzesView, invoer.GetalView]
    tekening: Optional[Mapping] = None
    """The item's drawing described by parameters (a loose stone, a teacher's ring); None: drawn by its id."""


class InspectieSoort(StapSoort[Inspectie, InspectieView]):
    naam = "inspectie"
    sleutel = "inspectie"
    model = Inspectie

    def uitwegen(self, stap: Inspectie, sid: str) -> list[Uitweg]:
        base = ("stappen", sid)
        if stap.keuzes is not None:
            return dialoog.uitwegen(stap.keuzes, base)
        assert stap.invoer is not None
        return invoer.uitwegen(stap.invoer, base)

    def controleer(self, stap: Inspectie, sid: str, ctx: Controle) -> list:
        base = ("stappen", sid)
        problems = dialoog.dubbele_ids(stap.keuzes, sid, base, ctx) if stap.keuzes is not None else []
        if stap.invoer is not None:
            problems += invoer.overlap(stap.invoer, base, ctx)
        loep = stap.inspectie
        item = ctx.wereld.catalogus.voorwerpen.get(loep.voorwerp)
        if item is None:
            return problems + [ctx.smap.probleem(
                base + ("inspectie", "voorwerp"), "J313", f"Voorwerp '{loep.voorwerp}' staat niet in de catalogus.",
                suggest(loep.voorwerp, ctx.wereld.catalogus.voorwerpen)
                or "Kies uit: " + ", ".join(ctx.wereld.catalogus.voorwerpen) + ".")]
        return problems + [ctx.smap.probleem(
            base + ("inspectie", "details", i, "zone"), "J317",
            f"De tekening van '{loep.voorwerp}' kent zone '{d.zone}' niet; de loep toont dan het hele voorwerp.",
            suggest(d.zone, item.zones) or "Zones van dit voorwerp: " + ", ".join(item.zones) + ".", "waarschuwing")
            for i, d in enumerate(loep.details) if d.zone not in item.zones]

    def opties(self, stap: Inspectie, variabelen: Mapping) -> list[Optie]:
        if stap.keuzes is not None:
            return dialoog.opties(stap.keuzes, variabelen)
        assert stap.invoer is not None
        return invoer.opties(stap.invoer)

    def kies(self, stap: Inspectie, sid: str, actie: Move, variabelen: Mapping, wereld) -> Keuzeplek:
        if stap.keuzes is not None:
            return dialoog.kies(stap.keuzes, sid, actie, variabelen)
        assert stap.invoer is not None
        return invoer.kies(stap.invoer, sid, actie)

    def inhoud(self, stap: Inspectie, sid: str, variabelen: Mapping, log, tijdsdruk: bool, wereld) -> InspectieView:
        loep = stap.inspectie
        item = wereld.catalogus.voorwerpen.get(loep.voorwerp)
        zones = set(item.zones if item else ()) | {d.zone for d in loep.details}
        antwoord: Union[dialoog.KeuzesView, invoer.GetalView]
        if stap.keuzes is not None:
            antwoord = dialoog.view(stap.keuzes, variabelen)
        else:
            assert stap.invoer is not None
            antwoord = invoer.GetalView(stap.invoer.eenheid)
        return InspectieView(loep.voorwerp, tuple(DetailView(d.zone, d.tekst, d.omschrijving) for d in loep.details),
                             {z: variabelen[z] for z in sorted(zones) if z in variabelen}, antwoord,
                             item.tekening if item else None)

    def gedaan(self, stap: Inspectie, regel: Regel, wereld) -> Weergave:
        if stap.keuzes is not None:
            return dialoog.gedaan(stap.keuzes, regel.keuze)
        assert stap.invoer is not None
        return invoer.gedaan(stap.invoer, regel)

    def beter(self, stap: Inspectie, regel: Regel, cid: str, wereld) -> Optional[Weergave]:
        if stap.keuzes is not None:
            return dialoog.beter(stap.keuzes, regel.punten, cid)
        assert stap.invoer is not None
        return invoer.beter(stap.invoer, regel.punten, cid)

    def route_actie(self, stap: Inspectie, label: str) -> Move:
        if stap.keuzes is not None:
            return Choose(label)
        assert stap.invoer is not None
        return invoer.route_actie(stap.invoer, label)

    def uit_token(self, stap: Inspectie, token: str) -> Move:
        return dialoog.uit_token(token) if stap.keuzes is not None else invoer.uit_token(token)

    def uit_plan(self, stap: Inspectie, zet: Mapping) -> Move:
        return dialoog.uit_plan(zet) if stap.keuzes is not None else invoer.uit_plan(zet)

    def transcript(self, inhoud: InspectieView, uitkomst: Gebeurd, zeg) -> list[str]:
        seen = [f"  (loep: {zeg(d.tekst)})" for d in inhoud.details]
        if isinstance(inhoud.antwoord, dialoog.KeuzesView):
            return seen + dialoog.transcript(inhoud.antwoord, uitkomst.keuze, zeg)
        return seen + invoer.transcript(uitkomst, zeg)

    def opnieuw(self, stap: Inspectie, regel: Regel) -> Move:
        return Choose(regel.keuze) if stap.keuzes is not None else Answer(regel.waarde or 0.0)

    def token(self, stap, actie: Move, variabelen: Mapping) -> str:
        if stap.keuzes is not None:
            return dialoog.token(stap.keuzes, actie, variabelen)
        return invoer.token(actie)
