"""The workbench and the loupe for the Session: their views, work time, tempo feedback and wording.

Kept apart from session.py so the Session stays readable; no pygame, no files (the catalogue of
tools is read once by the content layer).
"""

from __future__ import annotations

from simulator.content.model import Inspectie, WerkbankStap
from simulator.content.rules import TEMPO_HALF
from simulator.content.workbench import catalogue
from simulator.engine.state import LogRegel
from simulator.engine.views import DetailView, GereedschapView, InspectieView, WerkbankView, ZoneView

ZONDER_TIJDSDRUK = {
    "nl": "Gespeeld zonder tijdsdruk: beoordeeld op nauwkeurigheid, niet op tempo.",
    "en": "Played without time pressure: rated on precision, not on speed.",
}


def visit(sid: str, log) -> list[LogRegel]:
    """The actions of the current (or last) stay at workbench `sid`: the log's tail at that step."""
    found = []
    for regel in reversed(log):
        if regel.stap != sid or regel.keuze == "tempo":
            break
        found.append(regel)
    return found[::-1]


def work_time(sid: str, log) -> float:
    """The seconds the UI reported for the actions of this stay at the workbench."""
    return sum(r.seconden or 0.0 for r in visit(sid, log))


def werkbank_view(stap: WerkbankStap, variables: dict, done: tuple, seconds: float, tijdsdruk: bool) -> WerkbankView:
    cat, bank = catalogue(), stap.werkbank
    zones = tuple(
        ZoneView(zid, z.naam or cat.zone_naam(bank.voorwerp, zid), variables.get(zid, z.staat))
        for zid, z in bank.zones.items()
    )
    tools = tuple(
        GereedschapView(t.id, t.naam, t.engels, t.soort, t.omschrijving, t.code)
        for t in (cat.tool(tid) for tid in bank.gereedschap)
    )
    return WerkbankView(bank.voorwerp, zones, tools, done, seconds, bank.normtijd, tijdsdruk)


def inspectie_view(stap: Inspectie, variables: dict) -> InspectieView:
    loep = stap.inspectie
    item = catalogue().voorwerpen.get(loep.voorwerp)
    zones = set(item.zones if item else ()) | {d.zone for d in loep.details}
    return InspectieView(
        loep.voorwerp,
        tuple(DetailView(d.zone, d.tekst, d.omschrijving) for d in loep.details),
        {z: variables[z] for z in sorted(zones) if z in variables},
    )


def tool_naam(tool: str) -> str:
    return catalogue().tool(tool).naam


def zone_naam(stap: WerkbankStap, zone: str) -> str:
    z = stap.werkbank.zones.get(zone)
    naam = z.naam if z is not None and z.naam else catalogue().zone_naam(stap.werkbank.voorwerp, zone)
    return naam if isinstance(naam, str) else (naam.get("nl") or next(iter(naam.values())))


def action_text(stap: WerkbankStap, label: str) -> str:
    """'kastmes>kastdeksel' as a student reads it: 'Kastmes op kastdeksel'."""
    tool, _, zone = label.partition(">")
    return f"{tool_naam(tool)} op {_klein(zone_naam(stap, zone))}"


def misgreep_feedback(stap: WerkbankStap, label: str) -> dict:
    """Feedback for a tool on a zone that no action names, when the step gives none."""
    what = action_text(stap, label)
    return {"nl": f"Dat werkt zo niet ({_klein(what)}). Kies ander gereedschap of een andere plek.",
            "en": f"That does not work ({_klein(what)}). Choose another tool or another spot."}


def duur(seconds: float) -> str:
    """A work time as people say it: '45 s', '4 min', '3 min 20 s' (the same in Dutch and English)."""
    seconds = int(round(seconds))
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def tempo_said(seconds: float, norm: int) -> dict:
    return {"nl": f"Werktijd {duur(seconds)} (normtijd {duur(norm)})",
            "en": f"Work time {duur(seconds)} (norm time {duur(norm)})"}


def tempo_better(norm: int) -> dict:
    return {"nl": f"Werken binnen de normtijd ({duur(norm)})", "en": f"Working within the norm time ({duur(norm)})"}


def tempo_feedback(seconds: float, norm: int, tijdsdruk: bool) -> dict:
    t, n = duur(seconds), duur(norm)
    if not tijdsdruk:
        return {"nl": f"Zonder tijdsdruk: je werktijd ({t}) telt niet mee.",
                "en": f"Without time pressure: your work time ({t}) does not count."}
    if seconds <= norm + 1e-9:
        return {"nl": f"Je werkte binnen de normtijd: {t} (normtijd {n}).",
                "en": f"You worked within the norm time: {t} (norm {n})."}
    if seconds <= norm * TEMPO_HALF + 1e-9:
        return {"nl": f"Je had {t} nodig; de normtijd is {n}. Werk wat vlotter, zonder slordig te worden.",
                "en": f"You took {t}; the norm time is {n}. Work a little faster, without getting careless."}
    return {"nl": f"Je had {t} nodig, veel langer dan de normtijd van {n}. Oefen de handelingen tot ze vlot gaan.",
            "en": f"You took {t}, much longer than the norm time of {n}. Practise the steps until they go smoothly."}


def _klein(name: str) -> str:
    """A name inside a sentence: lower-case first letter, unless it is an abbreviation (SR626SW)."""
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].lower() + name[1:]
