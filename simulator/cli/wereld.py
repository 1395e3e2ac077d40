"""`juwelier wereld [MAP]`: what the scenarios in a folder can use: tools, items with their zones, portraits."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.cli.common import fail, print_problems
from simulator.content.problems import ScenarioError
from simulator.content.wereld import Wereld
from simulator.content.wereldbestand import Werelden

NAME = "wereld"
ALIASES = ["world"]
HELP = "Toon het gereedschap, de voorwerpen (met zones) en de portretten die de scenario's in een map kunnen gebruiken."

DELEN = ("gereedschap", "voorwerpen", "portretten")


def add_arguments(parser) -> None:
    parser.add_argument("map", nargs="?", metavar="MAP",
                        help="een scenariomap met een eigen wereld.yaml (zonder: alleen de ingebouwde wereld)")
    parser.add_argument("--alleen", choices=DELEN, help="toon alleen dit deel")
    parser.add_argument("--eigen", action="store_true", help="toon alleen wat de wereld.yaml van de map toevoegt")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")


def run(args) -> int:
    werelden = Werelden()
    if args.map is None:
        wereld = werelden.basis
    else:
        folder = Path(args.map)
        if not folder.is_dir():
            return fail(f"'{args.map}' is geen map. Geef de map waarin je scenario's (en je wereld.yaml) staan.")
        try:
            wereld = werelden.voor(folder / "scenario.yaml", root=folder)
        except ScenarioError:
            for deel in werelden.delen.values():
                print_problems(deel.problemen)
            return fail("de wereld.yaml heeft fouten (zie hierboven); los die eerst op.", 1)
        for deel in werelden.delen.values():
            print_problems(deel.problemen)  # warnings: the world loads, but the teacher should know
    listing = _listing(wereld, args.eigen)
    if args.alleen:
        listing = {args.alleen: listing[args.alleen]}
    if args.json:
        print(json.dumps({"bronnen": list(wereld.bronnen), **listing}, ensure_ascii=False, indent=2))
        return 0
    sources = " + ".join(("ingebouwd", *wereld.bronnen)) if not args.eigen else " + ".join(wereld.bronnen) or "(niets eigens)"
    print(f"Wereld: {sources}")
    for part, entries in listing.items():
        print(f"\n{part.capitalize()} ({len(entries)}):")
        for entry in entries:
            print(_line(part, entry))
    return 0


def _listing(wereld: Wereld, own_only: bool) -> dict[str, list[dict]]:
    cat = wereld.catalogus
    tools = [{"id": t.id, "naam": t.naam, "engels": t.engels, "soort": t.soort, "bron": t.bron}
             for t in cat.gereedschap.values() if t.bron or not own_only]
    items = [{"id": v.id, "naam": v.naam, "zones": dict(v.zones), "tekening": (v.tekening or {}).get("soort"),
              "bron": v.bron} for v in cat.voorwerpen.values() if v.bron or not own_only]
    people = [{"id": pid, "beschrijving": str(p.get("beschrijving", "")), "bron": wereld.portret_bron.get(pid, "")}
              for pid, p in wereld.portretten.items() if wereld.portret_bron.get(pid) or not own_only]
    return {"gereedschap": tools, "voorwerpen": items, "portretten": people}


def _line(deel: str, e: dict) -> str:
    own = f"   [eigen: {e['bron']}]" if e["bron"] else ""
    if deel == "gereedschap":
        english = f" ({e['engels']})" if e["engels"] else ""
        return f"  {e['id']:<24} {e['naam']}{english}, {e['soort']}{own}"
    if deel == "voorwerpen":
        return f"  {e['id']:<24} {e['naam']}{own}\n  {'':<24} zones: {', '.join(e['zones']) or '(geen)'}"
    return f"  {e['id']:<28} {e['beschrijving']}{own}"
