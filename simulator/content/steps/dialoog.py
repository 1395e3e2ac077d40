"""Dialogue: someone says something and the student picks one of the choices. Also the choice part of an inspection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Mapping, Optional, Sequence

from pydantic import Field

from simulator.content.parts import Keuze, StapBasis, als_holds, keuze_id, beschrijving
from simulator.content.steps.actions import Move, Choose
from simulator.content.steps.base import (
    Controle, Gebeurd, Inhoud, KeuzeLabel, Keuzeplek, Onmogelijk, Optie, Pad, Regel, StapSoort, Uitweg,
)
from simulator.content.text import Tekst, Weergave


class Dialoog(StapBasis):
    """Someone says something; the student picks one of the choices."""

    model_config = beschrijving("Iemand zegt iets; de student kiest een van de keuzes.")

    soort: Literal["dialoog"] = "dialoog"
    tekst: Tekst
    keuzes: list[Keuze] = Field(min_length=1)


@dataclass(frozen=True)
class KeuzeView:
    nummer: int
    """1-based position among the open choices: the key a student presses."""
    id: str
    tekst: Weergave


@dataclass(frozen=True)
class KeuzesView(Inhoud):
    """The choices that are open now."""

    keuzes: tuple[KeuzeView, ...]


# -- choices, shared with the inspection ----------------------------------------------------------------

def uitwegen(keuzes: Sequence[Keuze], base: Pad) -> list[Uitweg]:
    return [Uitweg(KeuzeLabel(keuze_id(k, i)), k, base + ("keuzes", i), f"Keuze {i + 1}", k.tekst, k.als, k.naar)
            for i, k in enumerate(keuzes)]


def opties(keuzes: Sequence[Keuze], variabelen: Mapping) -> list[Optie]:
    values = dict(variabelen)
    return [Optie(KeuzeLabel(keuze_id(k, i)), k, i) for i, k in enumerate(keuzes) if als_holds(k.als, values)]


def view(keuzes: Sequence[Keuze], variabelen: Mapping) -> KeuzesView:
    return KeuzesView(tuple(KeuzeView(n, str(o.label), keuzes[o.bron].tekst)
                            for n, o in enumerate(opties(keuzes, variabelen), 1)))


def kies(keuzes: Sequence[Keuze], sid: str, actie: Move, variabelen: Mapping) -> Keuzeplek:
    if not isinstance(actie, Choose):
        raise Onmogelijk(f"stap {sid!r} vraagt een keuze")
    open_options = opties(keuzes, variabelen)
    if isinstance(actie.keuze, int):
        if not 1 <= actie.keuze <= len(open_options):
            raise Onmogelijk(f"keuze {actie.keuze} bestaat niet (kies 1 t/m {len(open_options)})")
        return Keuzeplek(open_options[actie.keuze - 1])
    for optie in open_options:
        if str(optie.label) == actie.keuze:
            return Keuzeplek(optie)
    raise Onmogelijk(f"keuze {actie.keuze!r} staat niet open in stap {sid!r}")


def gedaan(keuzes: Sequence[Keuze], label: str) -> Weergave:
    return next((k.tekst for i, k in enumerate(keuzes) if keuze_id(k, i) == label), label)


def beter(keuzes: Sequence[Keuze], punten: Mapping[str, int], cid: str) -> Optional[Weergave]:
    top = max(keuzes, key=lambda k: k.gedrag.get(cid, 0))
    return top.tekst if top.gedrag.get(cid, 0) > punten.get(cid, 0) else None


def dubbele_ids(keuzes: Sequence[Keuze], sid: str, base: Pad, ctx: Controle) -> list:
    ids = [keuze_id(k, i) for i, k in enumerate(keuzes)]
    return [ctx.smap.probleem(base + ("keuzes",), "J311", f"Twee keuzes in stap '{sid}' hebben dezelfde id '{dup}'.",
                              "Geef elke keuze een eigen 'id:', of laat 'id:' weg (dan telt het volgnummer).")
            for dup in sorted({i for i in ids if ids.count(i) > 1})]


def transcript(view: KeuzesView, gekozen: str, zeg) -> list[str]:
    return [f"  {'>' if k.id == gekozen else ' '} {k.nummer}. {zeg(k.tekst)}" for k in view.keuzes]


def token(keuzes: Sequence[Keuze], actie: Move, variabelen: Mapping) -> str:
    """A choice as its number among the open choices: the key a student presses, and what a --pad list reads."""
    if not isinstance(actie, Choose):
        return type(actie).__name__
    if isinstance(actie.keuze, int):
        return str(actie.keuze)
    open_ids = [str(o.label) for o in opties(keuzes, variabelen)]
    return str(open_ids.index(actie.keuze) + 1) if actie.keuze in open_ids else actie.keuze


def uit_token(token: str) -> Choose:
    token = token.strip()
    return Choose(int(token)) if token.isdigit() else Choose(token)


def uit_plan(zet: Mapping) -> Choose:
    if "kies" not in zet:
        raise Onmogelijk(f"verwacht een keuze ('kies:'), niet {dict(zet)}")
    keuze = zet["kies"]
    return Choose(int(keuze) if str(keuze).isdigit() else str(keuze))


class DialoogSoort(StapSoort[Dialoog, KeuzesView]):
    naam = "dialoog"
    sleutel = "keuzes"
    model = Dialoog

    def uitwegen(self, stap: Dialoog, sid: str) -> list[Uitweg]:
        return uitwegen(stap.keuzes, ("stappen", sid))

    def controleer(self, stap: Dialoog, sid: str, ctx: Controle) -> list:
        return dubbele_ids(stap.keuzes, sid, ("stappen", sid), ctx)

    def opties(self, stap: Dialoog, variabelen: Mapping) -> list[Optie]:
        return opties(stap.keuzes, variabelen)

    def kies(self, stap: Dialoog, sid: str, actie: Move, variabelen: Mapping, wereld) -> Keuzeplek:
        return kies(stap.keuzes, sid, actie, variabelen)

    def inhoud(self, stap: Dialoog, sid: str, variabelen: Mapping, log, tijdsdruk: bool, wereld) -> KeuzesView:
        return view(stap.keuzes, variabelen)

    def gedaan(self, stap: Dialoog, regel: Regel, wereld) -> Weergave:
        return gedaan(stap.keuzes, regel.keuze)

    def beter(self, stap: Dialoog, regel: Regel, cid: str, wereld) -> Optional[Weergave]:
        return beter(stap.keuzes, regel.punten, cid)

    def route_actie(self, stap: Dialoog, label: str) -> Choose:
        return Choose(label)

    def uit_token(self, stap: Dialoog, token: str) -> Choose:
        return uit_token(token)

    def uit_plan(self, stap: Dialoog, zet: Mapping) -> Choose:
        return uit_plan(zet)

    def token(self, stap: Dialoog, actie: Move, variabelen: Mapping) -> str:
        return token(stap.keuzes, actie, variabelen)

    def transcript(self, inhoud: KeuzesView, uitkomst: Gebeurd, zeg) -> list[str]:
        return transcript(inhoud, uitkomst.keuze, zeg)

    def opnieuw(self, stap: Dialoog, regel: Regel) -> Choose:
        return Choose(regel.keuze)
