"""`juwelier schema`: the JSON Schema of the scenario format (or, with --wereld, of a folder's wereld.yaml), for
editors (completion, checking and Dutch hover text)."""

from __future__ import annotations

import json

from simulator.content.model import Scenario

NAME = "schema"
ALIASES: list[str] = []
HELP = "Druk het JSON Schema van het scenario-formaat af (voor VS Code en andere editors)."


def schema() -> dict:
    result = Scenario.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Juwelier-scenario", **result}


def wereld_schema() -> dict:
    """The schema of a folder's own world file (wereld.yaml)."""
    from simulator.content.wereldbestand import WereldBestand

    result = WereldBestand.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **result, "title": "Juwelier-wereld"}


def add_arguments(parser) -> None:
    parser.add_argument("--uit", metavar="PAD", help="schrijf naar dit bestand in plaats van het scherm")
    parser.add_argument("--wereld", action="store_true",
                        help="het schema van een wereld.yaml (eigen gereedschap, voorwerpen en portretten)")


def run(args) -> int:
    text = json.dumps(wereld_schema() if getattr(args, "wereld", False) else schema(), ensure_ascii=False, indent=2)
    if args.uit:
        with open(args.uit, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    else:
        print(text)
    return 0
