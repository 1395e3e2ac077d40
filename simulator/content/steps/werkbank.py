"""Hands-on work at the workbench: tools on zones of an item until the work is done, against a norm time.

A zone's state is a variable with the zone's name: actions change it with `zet`, conditions read it. The
student stays at the workbench until `klaar` holds (or an action's own `naar` leads away); then the work time
(the seconds the UI reported with each action) is rated against the norm time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal, Mapping, Optional, Sequence, Union

from pydantic import Field, field_validator

from simulator.content.parts import (
    Als, Bewijsstuk, Gevolg, Id, Model, Naar, StapBasis, Waarde, Werking, als_holds, beschrijving, volgende,
)
from simulator.content.problems import suggest
from simulator.content.steps.actions import Move, UseTool
from simulator.content.steps.base import (
    AndersLabel, Controle, Gebeurd, Inhoud, Keuzeplek, Label, Onmogelijk, Optie, Regel, StapSoort, Tempo, Uitweg,
    Verandering, Zet, apply,
)
from simulator.content.text import Bericht, Tekst, Weergave

TEMPO_HALF = 1.5
"""Up to this many times the norm time a workbench's tempo points are halved; beyond it they are 0."""


class Zone(Model):
    """A named part of the item on the workbench (case back, battery, gasket, link…) and its state.

    The state is a variable with the zone's name: actions change it with `zet`, conditions read it.
    Short form in a file: `kastdeksel: dicht`.
    """

    model_config = beschrijving(
        "Een deel van het voorwerp op de werkbank (kastdeksel, batterij, pakking, schakel, grif…) en zijn "
        "staat. De staat is een variabele met de naam van de zone: acties veranderen hem met 'zet', "
        "voorwaarden lezen hem. Kort: 'kastdeksel: dicht'."
    )

    naam: Optional[Tekst] = Field(None, description="naam op het scherm (standaard: de naam van de zone)")
    staat: Optional[Waarde] = Field(None, description="de beginstaat, bv. dicht, oud, heel")


class Werkblad(Model):
    """What lies on the workbench: the item, its zones with their start states, the tray, the norm time."""

    model_config = beschrijving(
        "Wat er op de werkbank ligt: het voorwerp, zijn zones met hun beginstaat, de gereedschapsbak en de "
        "normtijd."
    )

    voorwerp: Id = Field(description="een voorwerp uit de catalogus (assets/gereedschap.yaml of de eigen wereld.yaml), bv. horloge-drukdeksel")
    zones: dict[Id, Union[Zone, Waarde, None]] = Field(
        min_length=1,
        description="zone: beginstaat, of zone: {naam, staat}; leeg (zone:) als de staat van een eerdere werkbank doorloopt",
    )
    gereedschap: list[Id] = Field(min_length=1, description="gereedschap en onderdelen op de bak (ids uit de catalogus)")
    normtijd: Optional[int] = Field(None, gt=0, le=3600, description="normtijd in seconden voor deze handelingen")
    tempo: dict[str, int] = Field(
        default_factory=dict,
        description="punten voor werken binnen de normtijd, bv. {B1-K1-W2.4: 2}; tot 1,5 × de normtijd de helft",
    )

    @field_validator("zones")
    @classmethod
    def _zones(cls, zones: dict) -> dict:
        return {k: v if isinstance(v, Zone) else Zone(staat=v) if v is not None else Zone() for k, v in zones.items()}

    def zone(self, zid: str) -> Zone:
        found = self.zones.get(zid)
        return found if isinstance(found, Zone) else Zone()


class Actie(Werking):
    """A tool (or part) on a zone, and what it does: new zone states, evidence, feedback.

    The first action in the list for this tool and zone whose `als` holds applies. Without `naar`
    the student stays at the workbench until the step's `klaar` holds.
    """

    model_config = beschrijving(
        "Gereedschap (of een onderdeel) op een zone, en wat het doet: nieuwe staten van zones, punten, "
        "feedback. De eerste actie voor dit gereedschap en deze zone waarvan 'als' geldt, telt. Zonder 'naar'"
        " blijft de student aan de werkbank tot 'klaar' geldt."
    )

    gereedschap: Id
    zone: Id
    als: Optional[Als] = Field(None, description="de actie geldt alleen als deze voorwaarde geldt (bv. het deksel is open)")
    naar: Optional[Naar] = Field(None, description="verlaat de werkbank meteen naar deze stap (bv. na een onherstelbare fout)")


class Misgreep(Bewijsstuk):
    """What happens when the student uses a tool on a zone that no action names."""

    model_config = beschrijving(
        "Wat er gebeurt als de student gereedschap gebruikt op een zone waarvoor geen actie is."
    )


STANDAARD_MISGREEP = Misgreep()
"""A tool on a zone without an action when the step has no `anders`: nothing happens, no points."""


class WerkbankStap(StapBasis):
    """Hands-on work: the student puts tools on zones of an item until the work is done (`klaar`)."""

    model_config = beschrijving(
        "Handwerk: de student gebruikt gereedschap op zones van een voorwerp, tot het werk af is ('klaar')."
    )

    soort: Literal["werkbank"] = "werkbank"
    tekst: Tekst = Field(description="de opdracht, bv. 'Vervang de batterij.'")
    werkbank: Werkblad
    acties: list[Actie] = Field(min_length=1)
    anders: Optional[Misgreep] = Field(
        None, description="gereedschap op een zone zonder actie (standaard: 'dat werkt zo niet', geen punten); "
                          "staat naast 'acties:', op dezelfde hoogte")
    klaar: Als = Field(description="wanneer het werk af is, bv. {variabele: kastdeksel, is: dicht}")
    naar: Naar


@dataclass(frozen=True)
class HandelingLabel(Label):
    """A tool on a zone: 'kastmes>kastdeksel' in logs and plans."""

    gereedschap: str
    zone: str

    def __str__(self) -> str:
        return f"{self.gereedschap}>{self.zone}"


@dataclass(frozen=True)
class KlaarLabel(Label):
    """The way on once the work is done (for the map and the lint; never a move of its own)."""

    def __str__(self) -> str:
        return "klaar"


TEMPO = "tempo"
"""The label of the log line with the work time, added when a workbench's work is done."""


# -- views ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ZoneView:
    id: str
    naam: Weergave
    staat: Optional[Waarde]
    """The zone's state now (its variable), e.g. 'dicht', 'open', 'bekrast'."""


@dataclass(frozen=True)
class GereedschapView:
    """A tool or part on the tray, as the catalogue describes it."""

    id: str
    naam: Weergave
    """Its name: {nl: the Dutch name, en: the English trade term}."""
    engels: str
    """The English trade term (the dossier asks students to know them)."""
    soort: str
    omschrijving: str
    code: Optional[str] = None
    tekening: Optional[Mapping] = None
    """How the tray draws it ({vorm, kleur}), from the catalogue; None: by its id."""


@dataclass(frozen=True)
class Handelingsverslag:
    """An earlier action at this workbench, as it was shown then (zone changes are not kept)."""

    keuze: str
    feedback: Optional[Weergave]
    punten: Mapping[str, int]
    kritiek: tuple[str, ...]
    veranderd: tuple[Verandering, ...] = ()


@dataclass(frozen=True)
class WerkbankView(Inhoud):
    """The workbench: the item and its zones, the tray, and what happened so far."""

    voorwerp: str
    zones: tuple[ZoneView, ...]
    gereedschap: tuple[GereedschapView, ...]
    laatste: tuple[Handelingsverslag, ...]
    """What the student did at this workbench so far, oldest first."""
    seconden: float
    """Work time so far, as the UI reported it with each action."""
    normtijd: Optional[int]
    tijdsdruk: bool
    tekening: Optional[Mapping] = None
    """The item's drawing described by parameters (a teacher's ring, a loose stone); None: drawn by its id."""

    def zone(self, zone_id: str) -> ZoneView:
        return next(z for z in self.zones if z.id == zone_id)


# -- words (codes for the string tables; the UI says them in the player's language) ------------------------

def duur(seconds: float) -> str:
    """A work time as people say it: '45 s', '4 min', '3 min 20 s' (the same in Dutch and English)."""
    seconds = int(round(seconds))
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def _klein(name: str) -> str:
    """A name inside a sentence: lower-case first letter, unless it is an abbreviation (SR626SW)."""
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].lower() + name[1:]


def _in_zin(naam: Weergave) -> Weergave:
    if isinstance(naam, str):
        return _klein(naam)
    if isinstance(naam, dict):
        return {taal: _klein(tekst) for taal, tekst in naam.items()}
    return naam


def tool_naam(wereld, tool: str) -> dict:
    t = wereld.catalogus.tool(tool)
    return {"nl": t.naam, "en": t.engels or t.naam}


def zone_naam(wereld, bank: Werkblad, zone: str) -> Weergave:
    own = bank.zone(zone).naam
    return own if own else wereld.catalogus.zone_naam(bank.voorwerp, zone)


def action_text(wereld, bank: Werkblad, tool: str, zone: str, in_zin: bool = False) -> Bericht:
    """A tool on a zone as a student reads it: 'Kastmes op kastdeksel' (in a sentence: 'kastmes op kastdeksel')."""
    naam: Weergave = tool_naam(wereld, tool)
    return Bericht.van("werkbank.actie", gereedschap=_in_zin(naam) if in_zin else naam,
                       zone=_in_zin(zone_naam(wereld, bank, zone)))


def tempo_feedback(seconds: float, norm: int, tijdsdruk: bool) -> Bericht:
    t, n = duur(seconds), duur(norm)
    if not tijdsdruk:
        return Bericht.van("werkbank.tempo_zonder", tijd=t)
    if seconds <= norm + 1e-9:
        return Bericht.van("werkbank.tempo_binnen", tijd=t, norm=n)
    if seconds <= norm * TEMPO_HALF + 1e-9:
        return Bericht.van("werkbank.tempo_wat_trager", tijd=t, norm=n)
    return Bericht.van("werkbank.tempo_te_traag", tijd=t, norm=n)


def tempo_points(bank: Werkblad, seconden: float) -> dict[str, int]:
    """Tempo evidence for the time the work took: within the norm all points, up to 1.5 × the norm half
    (rounded down), slower none."""
    if not bank.tempo or bank.normtijd is None:
        return {}
    if seconden <= bank.normtijd + 1e-9:
        return dict(bank.tempo)
    if seconden <= bank.normtijd * TEMPO_HALF + 1e-9:
        return {c: p // 2 for c, p in bank.tempo.items()}
    return {c: 0 for c in bank.tempo}


def visit(sid: str, log: Sequence[Regel]) -> list[Regel]:
    """The actions of the current (or last) stay at workbench `sid`: the log's tail at that step."""
    found = []
    for regel in reversed(log):
        if regel.stap != sid or regel.keuze == TEMPO:
            break
        found.append(regel)
    return found[::-1]


def work_time(sid: str, log: Sequence[Regel]) -> float:
    """The seconds the UI reported for the actions of this stay at the workbench."""
    return sum(r.seconden or 0.0 for r in visit(sid, log))


# -- the kind ------------------------------------------------------------------------------------------

class WerkbankSoort(StapSoort[WerkbankStap, WerkbankView]):
    naam = "werkbank"
    sleutel = "werkbank"
    model = WerkbankStap
    bron_in_log = True
    heeft_werk = True

    def uitwegen(self, stap: WerkbankStap, sid: str) -> list[Uitweg]:
        base = ("stappen", sid)
        found = [Uitweg(HandelingLabel(a.gereedschap, a.zone), a, base + ("acties", i),
                        f"Actie {i + 1} ({a.gereedschap} op {a.zone})", f"{a.gereedschap} → {a.zone}", a.als, a.naar)
                 for i, a in enumerate(stap.acties)]
        if stap.anders is not None:
            found.append(Uitweg(AndersLabel(), stap.anders, base + ("anders",), "'anders'",
                                Bericht.van("kaart.misgreep")))
        found.append(Uitweg(KlaarLabel(), Gevolg(naar=stap.naar), base, "Klaar",
                            Bericht.van("kaart.klaar"), naar=stap.naar, feedback_verwacht=False))
        return found

    def voorwaarden(self, stap: WerkbankStap, sid: str) -> list:
        return [(("stappen", sid, "klaar"), stap.klaar)]

    def beginwaarden(self, stap: WerkbankStap) -> dict:
        return {zid: z.staat for zid, z in stap.werkbank.zones.items() if isinstance(z, Zone) and z.staat is not None}

    def tempo(self, stap: WerkbankStap) -> dict[str, int]:
        return dict(stap.werkbank.tempo)

    def controleer(self, stap: WerkbankStap, sid: str, ctx: Controle) -> list:
        """The item, the tray, and the tools and zones its actions name, against the catalogue."""
        cat, bank, smap = ctx.wereld.catalogus, stap.werkbank, ctx.smap
        base = ("stappen", sid)
        problems: list = []
        add = problems.append
        ctx.variabelen.update(bank.zones)
        item = cat.voorwerpen.get(bank.voorwerp)
        if item is None:
            add(smap.probleem(base + ("werkbank", "voorwerp"), "J313", f"Voorwerp '{bank.voorwerp}' staat niet in de catalogus.",
                              suggest(bank.voorwerp, cat.voorwerpen) or "Kies uit: " + ", ".join(cat.voorwerpen) + "."))
        else:
            for zone in bank.zones:
                if zone not in item.zones:
                    add(smap.probleem(base + ("werkbank", "zones", zone), "J317",
                                      f"De tekening van '{bank.voorwerp}' kent zone '{zone}' niet; die wordt alleen als naam getoond.",
                                      suggest(zone, item.zones) or "Zones van dit voorwerp: " + ", ".join(item.zones) + ".",
                                      "waarschuwing"))
        for i, tool in enumerate(bank.gereedschap):
            if tool not in cat.gereedschap:
                add(smap.probleem(base + ("werkbank", "gereedschap", i), "J314", f"Gereedschap '{tool}' staat niet in de catalogus.",
                                  suggest(tool, cat.gereedschap)
                                  or "Kies een bestaand id ('juwelier wereld' toont ze), of beschrijf het in de wereld.yaml van je map."))
        if bank.tempo and bank.normtijd is None:
            add(smap.probleem(base + ("werkbank", "tempo"), "J320", "Punten voor tempo zonder normtijd.",
                              "Geef onder 'werkbank:' ook 'normtijd:' in seconden, bv. 'normtijd: 300'."))
        for cid, points in bank.tempo.items():
            if points <= 0:
                add(smap.probleem(base + ("werkbank", "tempo", cid), "J320", f"Tempopunten voor {cid} moeten groter dan 0 zijn.",
                                  "Binnen de normtijd krijgt de student deze punten; langzamer minder."))
        for i, actie in enumerate(stap.acties):
            path = base + ("acties", i)
            if actie.gereedschap not in bank.gereedschap:
                hint = (f"Zet '{actie.gereedschap}' onder 'werkbank: gereedschap:'." if actie.gereedschap in cat.gereedschap
                        else suggest(actie.gereedschap, bank.gereedschap) or "Noem een id van de gereedschapsbak.")
                add(smap.probleem(path + ("gereedschap",), "J315", f"'{actie.gereedschap}' ligt niet op de gereedschapsbak van deze werkbank.", hint))
            if actie.zone not in bank.zones:
                add(smap.probleem(path + ("zone",), "J316", f"Zone '{actie.zone}' staat niet onder 'werkbank: zones:'.",
                                  suggest(actie.zone, bank.zones) or "Voeg de zone toe met haar beginstaat, bv. 'kastdeksel: dicht'."))
        return problems

    def controleer_scenario(self, scenario, ctx: Controle) -> list:
        """A zone is a variable shared by every workbench that names it: one start state, given once or alike."""
        problems: list = []
        start: dict[str, object] = {}
        where: dict[str, tuple] = {}
        for sid, stap in scenario.stappen.items():
            if not isinstance(stap, WerkbankStap):
                continue
            for zone in stap.werkbank.zones:
                z = stap.werkbank.zone(zone)
                path = ("stappen", sid, "werkbank", "zones", zone)
                if z.staat is None:
                    where.setdefault(zone, path)
                    continue
                if zone in scenario.variabelen and scenario.variabelen[zone] != z.staat:
                    problems.append(ctx.smap.probleem(
                        path, "J318", f"Zone '{zone}' begint hier als '{z.staat}', maar onder 'variabelen:' als '{scenario.variabelen[zone]}'.",
                        "Een zone is een variabele: geef haar beginstaat één keer."))
                elif zone in start and start[zone] != z.staat:
                    problems.append(ctx.smap.probleem(
                        path, "J318", f"Zone '{zone}' begint hier als '{z.staat}', maar in stap '{where[zone][1]}' als '{start[zone]}'.",
                        "Een zone houdt haar staat van werkbank tot werkbank: geef de beginstaat één keer (of overal gelijk)."))
                elif zone not in start:
                    start[zone] = z.staat
                    where[zone] = path
        for zone, path in where.items():
            if zone not in start and zone not in scenario.variabelen:
                problems.append(ctx.smap.probleem(
                    path, "J319", f"Zone '{zone}' heeft nergens een beginstaat.",
                    f"Schrijf bijvoorbeeld '{zone}: heel', of geef '{zone}' een beginwaarde onder 'variabelen:'."))
        return problems

    def lint(self, stap: WerkbankStap, sid: str, analyse, smap) -> list:
        """The work must be able to end, must not be done before it starts, and every action must apply somewhere."""
        base = ("stappen", sid)
        problems = []
        if sid not in analyse.klaar and not analyse.onvolledig:
            problems.append(smap.probleem(base + ("klaar",), "J409", f"Het werk in stap '{sid}' kan nooit klaar zijn: geen reeks acties maakt 'klaar' waar.",
                                          "Controleer of de acties de zones in de staat zetten die 'klaar' vraagt (spelling van de staten!).", "fout"))
        if sid in analyse.al_klaar:
            problems.append(smap.probleem(base + ("klaar",), "J413", f"Het werk in stap '{sid}' is al klaar voordat de student begint: de eerste actie beëindigt de werkbank.",
                                          "Noem in 'klaar:' ook wat het werk verandert. Begint het voorwerp al dicht, schrijf dan bijvoorbeeld "
                                          "'klaar: [{variabele: batterij, is: nieuw}, {variabele: kastdeksel, is: dicht}]' (alles moet gelden).",
                                          "waarschuwing"))
        for i, actie in enumerate(stap.acties):
            if (sid, i) not in analyse.acties:
                problems.append(smap.probleem(base + ("acties", i), "J410",
                                              f"Actie {i + 1} ({actie.gereedschap} op {actie.zone}) in stap '{sid}' kan nooit gebeuren.",
                                              "Haar 'als' geldt nooit, of een eerdere actie met hetzelfde gereedschap op dezelfde zone gaat voor.",
                                              "waarschuwing"))
        return problems

    # -- play --------------------------------------------------------------------------------------------

    def opties(self, stap: WerkbankStap, variabelen: Mapping) -> list[Optie]:
        """Per tool and zone the first action whose `als` holds (a tool on a zone without one is no option)."""
        values = dict(variabelen)
        found: dict[str, Optie] = {}
        for i, actie in enumerate(stap.acties):
            label = HandelingLabel(actie.gereedschap, actie.zone)
            if str(label) not in found and als_holds(actie.als, values):
                found[str(label)] = Optie(label, actie, i)
        return list(found.values())

    def zet(self, stap: WerkbankStap, sid: str, gevolg: Bewijsstuk, variabelen: Mapping) -> Zet:
        """An action without its own `naar` stays at the workbench until `klaar` holds, then follows the
        step's `naar`: the work is done, and its tempo is scored. An action with its own `naar` leaves the bench
        (a scratched case, a job handed over); its tempo counts only if `klaar` holds then: speed on a job that
        is not done is no tempo."""
        new, nxt = apply(gevolg, variabelen)
        if isinstance(gevolg, Werking) and gevolg.naar is not None:
            return Zet(new, nxt, als_holds(stap.klaar, new))
        if als_holds(stap.klaar, new):
            return Zet(new, volgende(stap.naar, new), True)
        return Zet(new, sid, False)

    def al_af(self, stap: WerkbankStap, variabelen: Mapping) -> bool:
        return als_holds(stap.klaar, dict(variabelen))

    def kies(self, stap: WerkbankStap, sid: str, actie: Move, variabelen: Mapping, wereld) -> Keuzeplek:
        if not isinstance(actie, UseTool):
            raise Onmogelijk(f"stap {sid!r} is een werkbank: gebruik gereedschap op een zone")
        if actie.gereedschap not in stap.werkbank.gereedschap:
            raise Onmogelijk(f"gereedschap {actie.gereedschap!r} ligt niet op de werkbank in stap {sid!r}")
        if actie.zone not in stap.werkbank.zones:
            raise Onmogelijk(f"zone {actie.zone!r} hoort niet bij het voorwerp in stap {sid!r}")
        label = HandelingLabel(actie.gereedschap, actie.zone)
        values = dict(variabelen)
        for i, a in enumerate(stap.acties):
            if a.gereedschap == actie.gereedschap and a.zone == actie.zone and als_holds(a.als, values):
                return Keuzeplek(Optie(label, a, i))
        return Keuzeplek(Optie(label, stap.anders or STANDAARD_MISGREEP, -1))

    def afronding(self, stap: WerkbankStap, sid: str, log: Sequence[Regel], tijdsdruk: bool) -> Optional[Tempo]:
        """The work time against the norm, when the work is done (None without a norm time)."""
        bank = stap.werkbank
        if bank.normtijd is None:
            return None
        seconds = work_time(sid, log)
        punten = tempo_points(bank, seconds) if tijdsdruk else {}
        return Tempo(seconds, bank.normtijd, punten, dict(bank.tempo) if tijdsdruk else {},
                     tempo_feedback(seconds, bank.normtijd, tijdsdruk))

    def veranderd(self, stap: WerkbankStap, voor: Mapping, na: Mapping) -> tuple[Verandering, ...]:
        return tuple((z, voor.get(z), na.get(z)) for z in stap.werkbank.zones if voor.get(z) != na.get(z))

    def optie_uit_log(self, stap: WerkbankStap, regel: Regel) -> Optional[Bewijsstuk]:
        if regel.keuze == TEMPO:
            return None
        if regel.actie is not None and 0 <= regel.actie < len(stap.acties):
            return stap.acties[regel.actie]
        return stap.anders or STANDAARD_MISGREEP

    def feedback(self, stap: WerkbankStap, regel: Regel, gevolg, wereld, tijdsdruk: bool = True) -> Optional[Weergave]:
        if regel.keuze == TEMPO:
            return tempo_feedback(regel.waarde or 0, stap.werkbank.normtijd or 0, bool(regel.punten) or tijdsdruk)
        if gevolg is not None and gevolg.feedback is not None:
            return gevolg.feedback
        if regel.actie is None or regel.actie < 0:
            tool, _, zone = regel.keuze.partition(">")
            return Bericht.van("werkbank.misgreep", actie=action_text(wereld, stap.werkbank, tool, zone, in_zin=True))
        return None

    def gedaan(self, stap: WerkbankStap, regel: Regel, wereld) -> Weergave:
        if regel.keuze == TEMPO:
            return Bericht.van("werkbank.werktijd", tijd=duur(regel.waarde or 0), norm=duur(stap.werkbank.normtijd or 0))
        tool, _, zone = regel.keuze.partition(">")
        return action_text(wereld, stap.werkbank, tool, zone)

    def beter(self, stap: WerkbankStap, regel: Regel, cid: str, wereld) -> Optional[Weergave]:
        """After working too slowly: working within the norm time; after a mistake (minus points): the best
        action on the same zone."""
        bank = stap.werkbank
        if regel.keuze == TEMPO:
            if cid in regel.punten and regel.punten[cid] < bank.tempo.get(cid, 0):
                return Bericht.van("werkbank.tempo_beter", norm=duur(bank.normtijd or 0))
            return None
        if regel.punten.get(cid, 0) >= 0:
            return None
        zone = regel.keuze.partition(">")[2]
        top = max((a for a in stap.acties if a.zone == zone), key=lambda a: a.gedrag.get(cid, 0), default=None)
        if top is not None and top.gedrag.get(cid, 0) > 0:
            return action_text(wereld, bank, top.gereedschap, top.zone)
        return None

    def inhoud(self, stap: WerkbankStap, sid: str, variabelen: Mapping, log: Sequence[Regel], tijdsdruk: bool,
               wereld) -> WerkbankView:
        cat, bank = wereld.catalogus, stap.werkbank
        zones = tuple(ZoneView(zid, zone_naam(wereld, bank, zid), variabelen.get(zid, z.staat if isinstance(z, Zone) else None))
                      for zid, z in bank.zones.items())
        tools = tuple(GereedschapView(t.id, tool_naam(wereld, t.id), t.engels, t.soort, t.omschrijving, t.code,
                                      t.tekening)
                      for t in (cat.tool(tid) for tid in bank.gereedschap))
        done = tuple(Handelingsverslag(r.keuze, self.feedback(stap, r, self.optie_uit_log(stap, r), wereld, tijdsdruk),
                                       dict(r.punten), tuple(r.kritiek)) for r in visit(sid, log))
        return WerkbankView(bank.voorwerp, zones, tools, done, work_time(sid, log), bank.normtijd, tijdsdruk,
                            cat.tekening(bank.voorwerp))

    # -- automatic play --------------------------------------------------------------------------------------

    def route_actie(self, stap: WerkbankStap, label: str) -> Optional[Move]:
        tool, sep, zone = label.partition(">")
        return UseTool(tool, zone) if sep else None

    def uit_token(self, stap: WerkbankStap, token: str) -> UseTool:
        move = token.partition("@")[0]
        tool, sep, zone = move.partition(">")
        if not sep:
            raise Onmogelijk(f"verwacht gereedschap>zone (bv. kastmes>kastdeksel), niet '{token}'")
        if tool not in stap.werkbank.gereedschap:
            raise Onmogelijk(f"'{tool}' ligt niet op de werkbank")
        if zone not in stap.werkbank.zones:
            raise Onmogelijk(f"het voorwerp heeft geen zone '{zone}'")
        return UseTool(tool, zone)

    def uit_plan(self, stap: WerkbankStap, zet: Mapping) -> UseTool:
        if "doe" not in zet:
            raise Onmogelijk(f"verwacht een werkbankactie ('doe: gereedschap>zone'), niet {dict(zet)}")
        return self.uit_token(stap, str(zet["doe"]))

    def willekeurig(self, stap: WerkbankStap, sid: str, variabelen: Mapping, rng: random.Random) -> Optional[Move]:
        """A random action that changes something (a random student still gets the work done)."""
        opties = self.opties(stap, variabelen)
        moving = [o for o in opties if (lambda z: (z.variabelen, z.volgende) != (dict(variabelen), sid))(
            self.zet(stap, sid, o.gevolg, variabelen))]
        chosen = rng.choice(moving or opties) if opties else None
        return self.route_actie(stap, str(chosen.label)) if chosen is not None else None

    def token(self, stap, actie: Move, variabelen: Mapping) -> str:
        return f"{actie.gereedschap}>{actie.zone}" if isinstance(actie, UseTool) else super().token(stap, actie, variabelen)

    def transcript(self, inhoud: WerkbankView, uitkomst: Gebeurd, zeg) -> list[str]:
        """The tool on the zone, what changed, and at the end the work time."""
        changes = ", ".join(f"{z}: {a} → {b}" for z, a, b in uitkomst.veranderd)
        lines = [f"  > {zeg(uitkomst.gedaan)}" + (f"  ({changes})" if changes else "")]
        if uitkomst.tempo is not None:
            lines.append(f"    tijd: {zeg(uitkomst.tempo.feedback)}")
        return lines

    def opnieuw(self, stap: WerkbankStap, regel: Regel) -> UseTool:
        tool, _, zone = regel.keuze.partition(">")
        return UseTool(tool, zone)

    def tijd(self, stap: WerkbankStap) -> Optional[int]:
        """The norm time: the slowest plan (`--pad slechtste`) takes twice this per action."""
        return stap.werkbank.normtijd
