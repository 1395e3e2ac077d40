"""`juwelier dekking`: which werkprocessen and gedrag criteria the scenario library assesses, and the gaps."""

from __future__ import annotations

import json
import sys

from simulator import content, paths
from simulator.content.lint import claimed
from simulator.dossier import load_dossier

NAME = "dekking"
ALIASES = ["coverage"]
HELP = "Toon per werkproces en gedragscriterium hoeveel scenario's het beoordelen (en wat ontbreekt)."

MINIMUM = 2
"""A criterion counts as covered when at least this many scenarios assess it."""


def add_arguments(parser) -> None:
    parser.add_argument("paden", nargs="*", metavar="PAD", help="mappen met scenario's (standaard: de meegeleverde)")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.add_argument("--markdown", action="store_true", help="de bibliotheek als tabel (voor docs/scenarios.md)")


def coverage(library: content.Bibliotheek) -> dict:
    """Per werkproces its scenarios, per criterion the scenarios that assess it (score it positively)."""
    dossier = load_dossier()
    by_criterion = {c.id: [] for c in dossier.criteria}
    by_werkproces = {w.code: [] for w in dossier.werkprocessen}
    for sid, geladen in sorted(library.scenarios.items()):
        scenario = geladen.scenario
        by_werkproces.setdefault(scenario.werkproces, []).append(sid)
        assessed = set(claimed(scenario)) | set(geladen.analyse.beste)
        for cid in sorted(assessed):
            if geladen.analyse.beste.get(cid, 0) > 0 and cid in by_criterion:
                by_criterion[cid].append(sid)
    werkprocessen = []
    for w in dossier.werkprocessen:
        criteria = [{"id": c.id, "tekst": c.tekst, "scenarios": by_criterion[c.id],
                     "gedekt": len(by_criterion[c.id]) >= MINIMUM} for c in w.criteria]
        werkprocessen.append({
            "code": w.code, "titel": w.titel, "kerntaak": w.kerntaak, "profielen": list(w.profielen),
            "scenarios": by_werkproces.get(w.code, []),
            "gedekt": len(by_werkproces.get(w.code, [])) >= MINIMUM and all(c["gedekt"] for c in criteria),
            "criteria": criteria,
        })
    criteria_all = [c for w in werkprocessen for c in w["criteria"]]
    return {
        "minimum": MINIMUM,
        "scenarios": len(library.scenarios),
        "werkprocessen_gedekt": sum(1 for w in werkprocessen if len(w["scenarios"]) >= MINIMUM),
        "werkprocessen": werkprocessen,
        "criteria_gedekt": sum(1 for c in criteria_all if c["gedekt"]),
        "criteria_totaal": len(criteria_all),
        "mislukt": sorted(library.mislukt),
    }


def markdown(library: content.Bibliotheek) -> str:
    """The library as a Markdown page: per werkproces its scenarios, profiel, duration and what they teach."""
    dossier = load_dossier()
    report = coverage(library)
    lines = [
        "# De scenario-bibliotheek",
        "",
        "Gemaakt met `juwelier dekking --markdown`; een test controleert dat deze pagina bij de scenario's past.",
        "",
        f"{report['scenarios']} scenario's. Werkprocessen met minstens {MINIMUM} scenario's: "
        f"{report['werkprocessen_gedekt']} van {len(report['werkprocessen'])}. Gedragscriteria die minstens "
        f"{MINIMUM} scenario's beoordelen: {report['criteria_gedekt']} van {report['criteria_totaal']}.",
        "",
        "| Werkproces | Scenario | Profiel | Duur | Wat de student leert |",
        "|---|---|---|---|---|",
    ]
    for w in dossier.werkprocessen:
        for sid in sorted(s for s, g in library.scenarios.items() if g.scenario.werkproces == w.code):
            sc = library.scenarios[sid].scenario
            taal = " (Engels)" if sc.taal == "en" else ""
            leert = "; ".join(content.tekst(d).rstrip(". ") for d in sc.leerdoelen[:2]) or content.tekst(sc.samenvatting)
            lines.append(f"| {w.code} {w.titel} | **{content.tekst(sc.titel)}**{taal} (`{sid}`) | "
                         f"{', '.join(sc.profielen)} | {sc.duur_minuten} min | {leert.replace('|', '/')} |")
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
        mark = "  " if len(w["scenarios"]) >= MINIMUM else "!!"
        print(f"{mark} {w['code']:<9} {w['titel']}  ({len(w['scenarios'])} scenario's: {', '.join(w['scenarios']) or '-'})")
        for c in w["criteria"]:
            flag = "  " if c["gedekt"] else "!!"
            print(f"   {flag} {c['id']:<12} {len(c['scenarios'])}×  {c['tekst']}")
    total = len(report["werkprocessen"])
    print(f"\n{report['scenarios']} scenario's. Werkprocessen met minstens {MINIMUM} scenario's: "
          f"{report['werkprocessen_gedekt']} van {total}. "
          f"Criteria beoordeeld door minstens {MINIMUM} scenario's: {report['criteria_gedekt']} van {report['criteria_totaal']}.")
    print("'!!' = nog niet gedekt.")
    if report["mislukt"]:
        print(f"Let op: {len(report['mislukt'])} bestand(en) met fouten tellen niet mee; draai 'juwelier controleer'.", file=sys.stderr)
    return 0
