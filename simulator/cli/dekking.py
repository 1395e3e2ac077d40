"""`juwelier dekking`: which werkprocessen and gedrag criteria the scenario library assesses, and the gaps."""

from __future__ import annotations

import json
import sys
from typing import TypedDict

from simulator import content, paths
from simulator.content.lint import claimed
from simulator.content.steps import soort_van
from simulator.dossier import load_dossier

NAME = "dekking"
ALIASES = ["coverage"]
HELP = "Toon per werkproces en gedragscriterium hoeveel scenario's het beoordelen (en wat ontbreekt)."

MINIMUM = 4
"""A criterion counts as covered when at least this many scenarios assess it."""
PER_WERKPROCES = 5
"""Scenarios a werkproces needs for a school year of practice."""
START = {"B1-K2-W1": 8, "B1-K2-W6": 8, "B1-K1-W2": 8}
"""The werkprocessen the programme starts with need more."""


def needed(code: str) -> int:
    return START.get(code, PER_WERKPROCES)


def add_arguments(parser) -> None:
    parser.add_argument("paden", nargs="*", metavar="PAD", help="mappen met scenario's (standaard: de meegeleverde)")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.add_argument("--markdown", action="store_true", help="de bibliotheek als tabel (voor docs/scenarios.md)")


class CriteriumDekking(TypedDict):
    id: str
    tekst: str
    scenarios: list[str]
    gedekt: bool


class WerkprocesDekking(TypedDict):
    code: str
    titel: str
    kerntaak: str
    profielen: list[str]
    scenarios: list[str]
    nodig: int
    gedekt: bool
    criteria: list[CriteriumDekking]


def coverage(library: content.Bibliotheek) -> dict:
    """Per werkproces its scenarios, per criterion the scenarios that assess it (score it positively)."""
    dossier = load_dossier()
    by_criterion: dict[str, list[str]] = {c.id: [] for c in dossier.criteria}
    by_werkproces: dict[str, list[str]] = {w.code: [] for w in dossier.werkprocessen}
    for sid, geladen in sorted(library.scenarios.items()):
        scenario = geladen.scenario
        by_werkproces.setdefault(scenario.werkproces, []).append(sid)
        assessed = set(claimed(scenario)) | set(geladen.analyse.beste)
        for cid in sorted(assessed):
            if geladen.analyse.beste.get(cid, 0) > 0 and cid in by_criterion:
                by_criterion[cid].append(sid)
    werkprocessen: list[WerkprocesDekking] = []
    for w in dossier.werkprocessen:
        criteria: list[CriteriumDekking] = [{"id": c.id, "tekst": c.tekst, "scenarios": by_criterion[c.id],
                     "gedekt": len(by_criterion[c.id]) >= MINIMUM} for c in w.criteria]
        werkprocessen.append({
            "code": w.code, "titel": w.titel, "kerntaak": w.kerntaak, "profielen": list(w.profielen),
            "scenarios": by_werkproces.get(w.code, []),
            "nodig": needed(w.code),
            "gedekt": len(by_werkproces.get(w.code, [])) >= needed(w.code) and all(c["gedekt"] for c in criteria),
            "criteria": criteria,
        })
    criteria_all = [c for w in werkprocessen for c in w["criteria"]]
    return {
        "minimum": MINIMUM,
        "scenarios": len(library.scenarios),
        "werkprocessen_gedekt": sum(1 for w in werkprocessen if len(w["scenarios"]) >= w["nodig"]),
        "werkprocessen": werkprocessen,
        "criteria_gedekt": sum(1 for c in criteria_all if c["gedekt"]),
        "criteria_totaal": len(criteria_all),
        "mislukt": sorted(library.mislukt),
        "varieert": sorted(sid for sid, g in library.scenarios.items() if g.varieert),
        "engels": sorted(sid for sid, g in library.scenarios.items() if g.scenario.taal == "en"),
        "formulier": sorted(sid for sid, g in library.scenarios.items()
                            if any(soort_van(st).naam == "formulier" for st in g.scenario.stappen.values())),
    }


def what_varies(sjabloon: dict) -> str:
    """'ja: klant, prijs': the names of what varies (the fields of alternatives that set several things at once)."""
    names: list[str] = []
    for name, values in sorted((sjabloon.get("varianten") or {}).items()):
        fields = [k for k in values[0]] if values and isinstance(values[0], dict) else []
        names += ["klant" if "naam" in fields else k for k in fields] if fields and len(name) <= 2 else [name]
    shown = list(dict.fromkeys(n for n in names if n not in ("portret", "hij", "hem", "zijn", "klein")))
    return "ja: " + ", ".join(shown[:5]) + (", …" if len(shown) > 5 else "")


def customer(scenario) -> str:
    """Who the student deals with, in a few words: the first person of the scenario, with their role and mood."""
    if not scenario.personages:
        return "-"
    persoon = next(iter(scenario.personages.values()))
    rol = content.tekst(persoon.rol) if persoon.rol else ""
    mood = "" if persoon.stemming == "neutraal" else persoon.stemming
    words = ", ".join(w for w in (rol, mood) if w)
    return f"{content.tekst(persoon.naam)}" + (f" ({words})" if words else "")


def markdown(library: content.Bibliotheek) -> str:
    """The library as a Markdown page: per werkproces its scenarios, level, customer, whether it varies, what it teaches."""
    dossier = load_dossier()
    report = coverage(library)
    lines = [
        "# De scenario-bibliotheek",
        "",
        "Gemaakt met `juwelier dekking --markdown`; een test controleert dat deze pagina bij de scenario's past.",
        "",
        f"{report['scenarios']} scenario's. Werkprocessen met genoeg scenario's (minstens {PER_WERKPROCES}, en "
        f"{max(START.values())} voor {', '.join(START)}): {report['werkprocessen_gedekt']} van {len(report['werkprocessen'])}. "
        f"Gedragscriteria die minstens {MINIMUM} scenario's beoordelen: {report['criteria_gedekt']} van "
        f"{report['criteria_totaal']}. Per keer anders: {len(report['varieert'])}; in het Engels: {len(report['engels'])}; "
        f"met een formulier: {len(report['formulier'])}.",
        "",
        "Bij 'Klant' staat de eerste persoon van het scenario, met rol en stemming bij het begin (de naam van een "
        "scenario dat per keer verschilt is die van het eerste geval).",
        "",
        "| Werkproces | Scenario | Niveau | Klant | Per keer anders | Wat de student leert |",
        "|---|---|---|---|---|---|",
    ]
    for w in dossier.werkprocessen:
        for sid in sorted(s for s, g in library.scenarios.items() if g.scenario.werkproces == w.code):
            geladen = library.scenarios[sid]
            sc = geladen.scenario
            taal = " (Engels)" if sc.taal == "en" else ""
            leert = "; ".join(content.tekst(d).rstrip(". ") for d in sc.leerdoelen[:2]) or content.tekst(sc.samenvatting)
            varies = what_varies(geladen.sjabloon) if geladen.varieert and geladen.sjabloon else "nee"
            cells = [f"{w.code} {w.titel}", f"**{content.tekst(sc.titel)}**{taal} (`{sid}`)",
                     f"{sc.niveau} ({', '.join(sc.profielen)})", customer(sc), varies, leert]
            lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def run(args) -> int:
    library = content.load_library(args.paden or [paths.SCENARIOS_DIR])
    if args.markdown:
        print(markdown(library), end="")
        return 0
    report = coverage(library)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    kerntaak = None
    for w in report["werkprocessen"]:
        if w["kerntaak"] != kerntaak:
            kerntaak = w["kerntaak"]
            print(f"\n{kerntaak}")
        mark = "  " if len(w["scenarios"]) >= w["nodig"] else "!!"
        print(f"{mark} {w['code']:<9} {w['titel']}  ({len(w['scenarios'])} scenario's: {', '.join(w['scenarios']) or '-'})")
        for c in w["criteria"]:
            flag = "  " if c["gedekt"] else "!!"
            print(f"   {flag} {c['id']:<12} {len(c['scenarios'])}×  {c['tekst']}")
    total = len(report["werkprocessen"])
    print(f"\n{report['scenarios']} scenario's. Werkprocessen met genoeg scenario's (minstens {PER_WERKPROCES}, "
          f"{max(START.values())} voor {', '.join(START)}): {report['werkprocessen_gedekt']} van {total}. "
          f"Criteria beoordeeld door minstens {MINIMUM} scenario's: {report['criteria_gedekt']} van {report['criteria_totaal']}.")
    print(f"Per keer anders: {len(report['varieert'])} scenario's; in het Engels: {len(report['engels'])}; "
          f"met een formulier: {len(report['formulier'])}.")
    print("'!!' = nog niet gedekt.")
    if report["mislukt"]:
        print(f"Let op: {len(report['mislukt'])} bestand(en) met fouten tellen niet mee; draai 'juwelier controleer'.", file=sys.stderr)
    return 0
