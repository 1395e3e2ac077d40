"""Mastery per werkproces and gedrag criterion, derived from attempts (never stored), and "wat oefen je nu?".

A criterion's mastery is the mean share of the best score over its latest three finished attempts
(a critical mistake counts 0). Levels: nieuw (never rated), oefenen, op weg, beheerst (at least two
recent attempts, mean >= 0.8, none onvoldoende). A werkproces is the mean over all its criteria in
the dossier, so its bar only fills up when every criterion has been shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Iterable, Literal, Optional, TypedDict

from simulator.dossier import Dossier, load_dossier
from simulator.progress.models import Attempt
from simulator.content.text import Bericht

if TYPE_CHECKING:
    from simulator.content import GeladenScenario

RECENT = 3
Niveau = Literal["nieuw", "oefenen", "op weg", "beheerst"]


@dataclass(frozen=True)
class CriteriumBeheersing:
    id: str
    werkproces: str
    waarde: float
    """0..1: mean share over the latest RECENT ratings."""
    niveau: Niveau
    pogingen: int
    """How many finished attempts rated this criterion."""
    recent: tuple[str, ...]
    """The latest ratings (onvoldoende/voldoende/goed), newest first: the heat strip."""
    laatst: Optional[datetime]


@dataclass(frozen=True)
class WerkprocesBeheersing:
    code: str
    waarde: float
    """0..1: mean of its criteria's waarde, criteria never rated counting 0."""
    niveau: Niveau
    criteria: tuple[str, ...]
    geoefend: int
    """How many of its criteria have been rated at least once."""
    pogingen: int
    laatst: Optional[datetime]


@dataclass(frozen=True)
class Suggestie:
    """What to practise next, and why (a Bericht: the UI says it in the player's language)."""

    werkproces: str
    criteria: tuple[str, ...]
    """The weakest criteria first (at most three)."""
    scenario: Optional[str]
    """A scenario to play, when the caller passed the library."""
    reden: Bericht


class Beheersing(TypedDict):
    """Mastery for the whole dossier: per werkproces code and per criterion id."""

    werkprocessen: dict[str, WerkprocesBeheersing]
    criteria: dict[str, CriteriumBeheersing]


def mastery(attempts: Iterable[Attempt]) -> Beheersing:
    """{"werkprocessen": {code: WerkprocesBeheersing}, "criteria": {id: CriteriumBeheersing}} for the whole dossier."""
    dossier = load_dossier()
    ratings: dict[str, list[tuple[datetime, str, float]]] = {}
    per_wp: dict[str, list[Attempt]] = {}
    for a in attempts:
        if not a.klaar:
            continue
        per_wp.setdefault(a.werkproces, []).append(a)
        for c in a.criteria:
            ratings.setdefault(c.id, []).append((a.eind, c.oordeel, c.aandeel))
    criteria: dict[str, CriteriumBeheersing] = {}
    ids = [c.id for c in dossier.criteria] + sorted(set(ratings) - {c.id for c in dossier.criteria})
    for cid in ids:
        rows = sorted(ratings.get(cid, ()), key=lambda r: r[0], reverse=True)
        recent = rows[:RECENT]
        waarde = round(sum(r[2] for r in recent) / len(recent), 4) if recent else 0.0
        oordelen = tuple(r[1] for r in recent)
        criteria[cid] = CriteriumBeheersing(cid, cid.rsplit(".", 1)[0], waarde, _niveau(waarde, oordelen),
                                            len(rows), oordelen, rows[0][0] if rows else None)
    werkprocessen: dict[str, WerkprocesBeheersing] = {}
    codes = [w.code for w in dossier.werkprocessen] + sorted(set(per_wp) - {w.code for w in dossier.werkprocessen})
    for code in codes:
        cids = tuple(c.id for c in dossier.criteria_van(code)) if dossier.heeft_werkproces(code) else \
            tuple(sorted(c for c in criteria if criteria[c].werkproces == code))
        rated = [criteria[c] for c in cids if criteria[c].niveau != "nieuw"]
        waarde = round(sum(criteria[c].waarde for c in cids) / len(cids), 4) if cids else 0.0
        played = per_wp.get(code, [])
        if not rated:
            niveau: Niveau = "nieuw"
        elif all(criteria[c].niveau == "beheerst" for c in cids):
            niveau = "beheerst"
        else:
            niveau = "op weg" if waarde >= 0.5 else "oefenen"
        werkprocessen[code] = WerkprocesBeheersing(code, waarde, niveau, cids, len(rated), len(played),
                                                   max((a.eind for a in played), default=None))
    return {"werkprocessen": werkprocessen, "criteria": criteria}


def _niveau(waarde: float, oordelen: tuple[str, ...]) -> Niveau:
    if not oordelen:
        return "nieuw"
    if len(oordelen) >= 2 and waarde >= 0.8 and "onvoldoende" not in oordelen:
        return "beheerst"
    return "op weg" if waarde >= 0.5 else "oefenen"


def suggestion(attempts: list[Attempt], scenarios: Optional[Iterable[GeladenScenario]] = None) -> Optional[Suggestie]:
    """The werkproces and criteria that need work most; None before the first finished attempt.

    `scenarios` (GeladenScenario objects, e.g. Bibliotheek.scenarios.values()) lets it name a scenario:
    one that assesses the weak criteria, the least played first.
    """
    dossier = load_dossier()
    m = mastery(attempts)
    wps, crits = m["werkprocessen"], m["criteria"]
    practised = [w for w in wps.values() if w.niveau != "nieuw"]
    if not practised:
        return None
    library = list(scenarios or [])
    open_wps = [w for w in practised if w.niveau != "beheerst"]
    if open_wps:
        wp = min(open_wps, key=lambda w: (min((crits[c].waarde for c in w.criteria if crits[c].niveau != "nieuw"),
                                              default=1.0), w.waarde))
        weak = sorted((crits[c] for c in wp.criteria if crits[c].niveau in ("oefenen", "op weg")),
                      key=lambda c: (c.waarde, c.id))
        if not weak:
            weak = [crits[c] for c in wp.criteria if crits[c].niveau == "nieuw"]
        chosen = tuple(c.id for c in weak[:3])
        first = chosen[0] if chosen else None
        if first and crits[first].niveau != "nieuw" and dossier.heeft_criterium(first):
            # rated well every time, but not often enough yet to count as mastered: say that, not "lukt nog niet"
            wel = crits[first].waarde >= 0.8 and "onvoldoende" not in crits[first].recent
            reden = Bericht.van("voortgang.reden_herhalen" if wel else "voortgang.reden_zwak",
                                werkproces=_titel(dossier, wp.code), criterium=dossier.criterium(first).tekst)
        else:
            reden = Bericht.van("voortgang.reden_onvolledig", werkproces=_titel(dossier, wp.code))
    else:
        fresh = [w for w in wps.values() if w.niveau == "nieuw"]
        if library:
            have = {g.scenario.werkproces for g in library}
            fresh = [w for w in fresh if w.code in have]
        if not fresh:
            return None
        wp = fresh[0]
        chosen = wp.criteria[:3]
        reden = Bericht.van("voortgang.reden_nieuw", werkproces=_titel(dossier, wp.code))
    return Suggestie(wp.code, chosen, _pick_scenario(library, wp.code, chosen, attempts), reden)


def _pick_scenario(library: list[GeladenScenario], werkproces: str, criteria: tuple[str, ...],
                   attempts: list[Attempt]) -> Optional[str]:
    if not library:
        return None
    played: dict[str, int] = {}
    for a in attempts:
        played[a.scenario] = played.get(a.scenario, 0) + 1

    def covers(g: GeladenScenario) -> int:
        best = g.analyse.beste
        return sum(1 for c in criteria if best.get(c, 0) > 0)

    fitting = [g for g in library if g.scenario.werkproces == werkproces or covers(g)]
    if not fitting:
        return None
    best = max(fitting, key=lambda g: (covers(g), -played.get(g.scenario.id, 0), g.scenario.id == werkproces))
    return best.scenario.id


def _titel(dossier: Dossier, code: str) -> str:
    return dossier.werkproces(code).titel if dossier.heeft_werkproces(code) else code
