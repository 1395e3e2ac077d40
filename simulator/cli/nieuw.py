"""`juwelier nieuw`: write a new scenario skeleton that already passes `juwelier controleer`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from simulator.cli.common import fail
from simulator.cli.schema import schema
from simulator.content import assets, template
from simulator.content.problems import suggest
from simulator.dossier import load_dossier

NAME = "nieuw"
ALIASES = ["new"]
HELP = "Maak een nieuw scenario uit een sjabloon (werkproces, titel en klant)."


def add_arguments(parser) -> None:
    parser.add_argument("--werkproces", help="code uit het dossier, bv. B1-K2-W1")
    parser.add_argument("--titel", help="de titel van het scenario")
    parser.add_argument("--klant", help="naam van de klant, bv. 'Mevrouw Jansen'")
    parser.add_argument("--portret", help="portret-id uit assets/portretten.yaml (standaard: passend bij niets, klant-vrouw-45)")
    parser.add_argument("--uit", metavar="PAD", help="waar het bestand komt (standaard: <id>.yaml in deze map)")
    parser.add_argument("--overschrijf", action="store_true", help="een bestaand bestand vervangen")


def _ask(question: str, default: str | None = None) -> str:
    if not sys.stdin.isatty():
        return default or ""
    answer = input(f"{question}{f' [{default}]' if default else ''}: ").strip()
    return answer or default or ""


def run(args) -> int:
    dossier = load_dossier()
    codes = [w.code for w in dossier.werkprocessen]
    werkproces = args.werkproces or _ask("Werkproces (bv. B1-K2-W1; 'juwelier dossier' toont ze)")
    if werkproces.upper() not in codes:
        hint = suggest(werkproces, codes)
        return fail(f"onbekend werkproces '{werkproces}'." + (f" {hint[0].upper()}{hint[1:]}" if hint else " Zie 'juwelier dossier'."))
    werkproces = werkproces.upper()
    titel = args.titel or _ask("Titel", "Nieuw scenario")
    klant = args.klant or _ask("Naam van de klant", "Mevrouw Jansen")
    portraits = assets.portraits()
    portret = args.portret or _ask("Portret (zie assets/portretten.yaml)", "klant-vrouw-45")
    if portret not in portraits:
        return fail(f"onbekend portret '{portret}'. {suggest(portret, portraits) or 'Kies er een uit assets/portretten.yaml.'}")
    out = Path(args.uit) if args.uit else Path(f"{template.slug(titel)}.yaml")
    if out.exists() and not args.overschrijf:
        return fail(f"{out} bestaat al; kies een andere naam met --uit, of gebruik --overschrijf.")
    out.parent.mkdir(parents=True, exist_ok=True)
    text = template.skeleton(werkproces, titel, klant, portret)
    text = text.replace(f"id: {template.slug(titel)} ", f"id: {out.stem} ", 1)
    out.write_text(text, encoding="utf-8")
    schema_path = out.parent / template.SCHEMA_FILE
    schema_path.write_text(json.dumps(schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"Nieuw scenario: {out}")
    print(f"Ernaast staat {schema_path.name}: daarmee vult VS Code sleutels aan en ziet het fouten terwijl je typt.")
    print("Vervang de teksten tussen haakjes door je eigen verhaal.")
    print(f"Controleer het met:  juwelier controleer {out}")
    print(f"Speel het met:       juwelier speel {out}")
    return 0
