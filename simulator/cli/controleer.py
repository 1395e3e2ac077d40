"""`juwelier controleer PAD…`: validate and lint scenario files; exit 1 when any has errors."""

from __future__ import annotations

import json

from simulator import content
from simulator.cli.common import print_problems

NAME = "controleer"
ALIASES = ["check"]
HELP = "Controleer scenario-bestanden of mappen op fouten en waarschuwingen."


def add_arguments(parser) -> None:
    parser.add_argument("paden", nargs="+", metavar="PAD", help="scenario-bestanden of mappen")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")


def run(args) -> int:
    checks = content.check_all(args.paden)  # each file on its own: one broken or hostile file stops nothing
    missing = [p for p in args.paden if not __import__("pathlib").Path(p).exists()]
    errors = sum(len(c.fouten) for c in checks)
    warnings = sum(len(c.problemen) - len(c.fouten) for c in checks)
    if args.json:
        print(json.dumps({
            "bestanden": [{"bestand": c.bestand, "ok": not c.fouten,
                           "id": c.geladen.scenario.id if c.geladen else None,
                           "problemen": [p.as_dict() for p in c.problemen]} for c in checks],
            "fouten": errors, "waarschuwingen": warnings,
        }, ensure_ascii=False, indent=2))
    else:
        for c in checks:
            print_problems(c.problemen)
        bad = sum(1 for c in checks if c.fouten)
        print(f"{len(checks)} bestand(en) gecontroleerd: {len(checks) - bad} in orde, {bad} met fouten; "
              f"{errors} fout(en), {warnings} waarschuwing(en).")
    if not checks:
        print("Geen scenario-bestanden (.yaml) gevonden in: " + ", ".join(args.paden))
        return 1
    return 1 if errors or missing else 0
