"""Narration, or a line without a choice: the student reads it and goes on."""

from __future__ import annotations

from functools import cached_property
from typing import Literal, Mapping

from pydantic import Field

from simulator.content.parts import Gevolg, Naar, StapBasis, Waarde, beschrijving
from simulator.content.steps.actions import Move, GoOn
from simulator.content.steps.base import Inhoud, Keuzeplek, Onmogelijk, Optie, Regel, StapSoort, Uitweg, VerderLabel
from simulator.content.text import Bericht, Tekst, Weergave


class Vertelling(StapBasis):
    """Narration or a line without a choice; the student reads it and goes on."""

    model_config = beschrijving("Een vertelling of een zin zonder keuze; de student leest hem en gaat verder.")

    soort: Literal["vertelling"] = "vertelling"
    tekst: Tekst
    zet: dict[str, Waarde] = Field(default_factory=dict, description="variabelen die een waarde krijgen")
    naar: Naar

    @cached_property
    def verder(self) -> Gevolg:
        """Reading on as an outcome: it sets `zet` and follows `naar`, and is worth no points."""
        return Gevolg(zet=self.zet, naar=self.naar)


class VertellingSoort(StapSoort[Vertelling, Inhoud]):
    naam = "vertelling"
    sleutel = "naar"
    model = Vertelling

    def uitwegen(self, stap: Vertelling, sid: str) -> list[Uitweg]:
        return [Uitweg(VerderLabel(), stap.verder, ("stappen", sid), "Verder", Bericht.van("kaart.verder"),
                       naar=stap.naar, feedback_verwacht=False)]

    def opties(self, stap: Vertelling, variabelen: Mapping) -> list[Optie]:
        return [Optie(VerderLabel(), stap.verder)]

    def kies(self, stap: Vertelling, sid: str, actie: Move, variabelen: Mapping, wereld) -> Keuzeplek:
        if not isinstance(actie, GoOn):
            raise Onmogelijk(f"stap {sid!r} is een vertelling: lees verder")
        return Keuzeplek(Optie(VerderLabel(), stap.verder))

    def gedaan(self, stap: Vertelling, regel: Regel, wereld) -> Weergave:
        return Bericht.van("antwoord.verder")

    def route_actie(self, stap: Vertelling, label: str) -> GoOn:
        return GoOn()

    def opnieuw(self, stap: Vertelling, regel: Regel) -> GoOn:
        return GoOn()

    def vanzelf(self, stap: Vertelling) -> bool:
        return True

    def token(self, stap, actie: Move, variabelen: Mapping) -> str:
        return "verder"
