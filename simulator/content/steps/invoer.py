"""A question with a numeric answer (prices with btw, margins, ring sizes…). Also the number part of an inspection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Mapping, Optional

from simulator.content.parts import Invoer, StapBasis, beschrijving
from simulator.content.steps.actions import Move, Answer
from simulator.content.steps.base import (
    AndersLabel, Controle, AntwoordLabel, Gebeurd, Inhoud, Keuzeplek, Label, Onmogelijk, Optie, Pad, Regel, StapSoort, Uitweg,
)
from simulator.content.text import Bericht, Tekst, Weergave


class InvoerStap(StapBasis):
    """A question with a numeric answer (prices with btw, margins, ring sizes…)."""

    model_config = beschrijving("Een vraag met een getal als antwoord (prijzen met btw, marges, ringmaten…).")

    soort: Literal["invoer"] = "invoer"
    tekst: Tekst
    invoer: Invoer


@dataclass(frozen=True)
class GetalView(Inhoud):
    """A number to fill in."""

    eenheid: Optional[str]
    """The unit to show beside the field (euro, mm, %)."""


# -- numbers, shared with the inspection ----------------------------------------------------------------

def _kort(waarde: float, eenheid: str) -> Bericht:
    """An expected answer on the map: '= € 399,30' for money (the way prices are written), else '= 6,8 mm'."""
    if eenheid.strip().lower().startswith(("euro", "€")):
        rest = eenheid.strip()[4 if eenheid.strip().lower().startswith("euro") else 1:].strip()
        return Bericht.van("kaart.bedrag", getal=float(waarde), eenheid=eenheid, rest=rest)
    return Bericht.van("kaart.antwoord", getal=waarde, eenheid=eenheid)


def uitwegen(invoer: Invoer, base: Pad) -> list[Uitweg]:
    unit = invoer.eenheid or ""
    found = [Uitweg(AntwoordLabel(i + 1), a, base + ("invoer", "antwoorden", i), f"Antwoord {i + 1}",
                    _kort(a.waarde, unit), naar=a.naar)
             for i, a in enumerate(invoer.antwoorden)]
    found.append(Uitweg(AndersLabel(), invoer.anders, base + ("invoer", "anders"), "'anders'",
                        Bericht.van("kaart.ander_antwoord"), naar=invoer.anders.naar))
    return found


def overlap(invoer: Invoer, base: Pad, ctx: Controle) -> list:
    """J326: two expected answers whose margins overlap (a number in both counts for the first): in a scenario that
    varies, checked in every case."""
    problems = []
    answers = invoer.antwoorden
    for j, later in enumerate(answers):
        for i, earlier in enumerate(answers[:j]):
            if abs(earlier.waarde - later.waarde) <= earlier.marge + later.marge + 1e-9:
                problems.append(ctx.smap.probleem(
                    base + ("invoer", "antwoorden", j), "J326",
                    f"Antwoord {j + 1} ({later.waarde:g}) ligt binnen de marge van antwoord {i + 1} ({earlier.waarde:g}): "
                    f"wie dat typt, krijgt antwoord {i + 1}.",
                    "Maak de marges kleiner, of laat de twee antwoorden verder uit elkaar liggen.", "waarschuwing"))
                break
    return problems


def opties(invoer: Invoer) -> list[Optie]:
    return [Optie(AntwoordLabel(i + 1), a, i) for i, a in enumerate(invoer.antwoorden)] + [
        Optie(AndersLabel(), invoer.anders, len(invoer.antwoorden))]


def kies(invoer: Invoer, sid: str, actie: Move) -> Keuzeplek:
    """The first expected answer within its margin, else `anders`."""
    if not isinstance(actie, Answer):
        raise Onmogelijk(f"stap {sid!r} vraagt een getal")
    value = float(actie.waarde)
    *expected, anders = opties(invoer)
    for optie, antwoord in zip(expected, invoer.antwoorden):
        if abs(value - antwoord.waarde) <= antwoord.marge + 1e-9:
            return Keuzeplek(optie, waarde=value)
    return Keuzeplek(anders, waarde=value)


def gedaan(invoer: Invoer, regel: Regel) -> Weergave:
    """The number typed; for a route (no number typed) the expected answer, or 'another number'."""
    waarde = regel.waarde
    if waarde is None:
        found = [a.waarde for i, a in enumerate(invoer.antwoorden) if str(AntwoordLabel(i + 1)) == regel.keuze]
        if not found:
            return Bericht.van("route.ander_getal")
        waarde = found[0]
    return Bericht.van("antwoord.getal", getal=float(waarde), eenheid=invoer.eenheid or "")


def beter(invoer: Invoer, punten: Mapping[str, int], cid: str) -> Optional[Weergave]:
    """For a number a professional's answer is a number: 'anders' (any other number) is never suggested."""
    top = max(invoer.antwoorden, key=lambda a: a.gedrag.get(cid, 0))
    if top.gedrag.get(cid, 0) > punten.get(cid, 0):
        return Bericht.van("antwoord.getal", getal=top.waarde, eenheid=invoer.eenheid or "")
    return None


def route_actie(invoer: Invoer, label: str) -> Answer:
    """A number that lands in the band of this outcome ('antwoord-N', or 'anders')."""
    for i, a in enumerate(invoer.antwoorden):
        if str(AntwoordLabel(i + 1)) == label:
            return Answer(a.waarde)
    return Answer(max(a.waarde + a.marge for a in invoer.antwoorden) + 1000.0)


def uit_token(token: str) -> Answer:
    try:
        return Answer(float(token.strip().replace(",", ".")))
    except ValueError:
        raise Onmogelijk(f"verwacht een getal, niet '{token}'") from None


def uit_plan(zet: Mapping) -> Answer:
    if "antwoord" not in zet:
        raise Onmogelijk(f"verwacht een getal ('antwoord:'), niet {dict(zet)}")
    return Answer(float(zet["antwoord"]))


def token(actie: Move) -> str:
    return repr(actie.waarde) if isinstance(actie, Answer) else type(actie).__name__


def transcript(uitkomst: Gebeurd, zeg) -> list[str]:
    return [f"  > antwoord: {zeg(uitkomst.gedaan)}"]


class InvoerSoort(StapSoort[InvoerStap, GetalView]):
    naam = "invoer"
    sleutel = "invoer"
    model = InvoerStap

    def uitwegen(self, stap: InvoerStap, sid: str) -> list[Uitweg]:
        return uitwegen(stap.invoer, ("stappen", sid))

    def controleer(self, stap: InvoerStap, sid: str, ctx: Controle) -> list:
        return overlap(stap.invoer, ("stappen", sid), ctx)

    def opties(self, stap: InvoerStap, variabelen: Mapping) -> list[Optie]:
        return opties(stap.invoer)

    def kies(self, stap: InvoerStap, sid: str, actie: Move, variabelen: Mapping, wereld) -> Keuzeplek:
        return kies(stap.invoer, sid, actie)

    def inhoud(self, stap: InvoerStap, sid: str, variabelen: Mapping, log, tijdsdruk: bool, wereld) -> GetalView:
        return GetalView(stap.invoer.eenheid)

    def gedaan(self, stap: InvoerStap, regel: Regel, wereld) -> Weergave:
        return gedaan(stap.invoer, regel)

    def beter(self, stap: InvoerStap, regel: Regel, cid: str, wereld) -> Optional[Weergave]:
        return beter(stap.invoer, regel.punten, cid)

    def route_actie(self, stap: InvoerStap, label: str) -> Answer:
        return route_actie(stap.invoer, label)

    def uit_token(self, stap: InvoerStap, token: str) -> Answer:
        return uit_token(token)

    def uit_plan(self, stap: InvoerStap, zet: Mapping) -> Answer:
        return uit_plan(zet)

    def token(self, stap, actie: Move, variabelen: Mapping) -> str:
        return token(actie)

    def transcript(self, inhoud: GetalView, uitkomst: Gebeurd, zeg) -> list[str]:
        return transcript(uitkomst, zeg)

    def opnieuw(self, stap: InvoerStap, regel: Regel) -> Answer:
        return Answer(regel.waarde or 0.0)
