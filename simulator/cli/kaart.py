"""`juwelier kaart SCENARIO`: the scenario as a map: a PNG picture, or Mermaid text with --mermaid."""

from __future__ import annotations

import sys
from pathlib import Path

from simulator import content
from simulator.cli.common import print_problems
from simulator.content import ScenarioError, graph

NAME = "kaart"
ALIASES = ["graph"]
HELP = ("Teken een scenario als kaart: stappen, keuzes (goed/zwak/kritiek) met hun voorwaarden, de acties aan "
        "de werkbank, eindes; problemen in rood.")


def add_arguments(parser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="pad naar een .yaml-bestand")
    parser.add_argument("--uit", metavar="PAD", help="PNG-bestand (standaard: <scenario>.png naast het bestand)")
    parser.add_argument("--mermaid", action="store_true", help="druk Mermaid-tekst af (voor GitHub, GitLab, Teams-wiki)")


def run(args) -> int:
    path = Path(args.scenario)
    try:
        geladen = content.load(path, strict=False)  # read safely; a crash while checking is a problem (J199)
    except ScenarioError as exc:
        print_problems(exc.problemen, sys.stderr)
        return 1
    if args.mermaid:
        print(graph.mermaid(geladen), end="")
        return 0
    out = Path(args.uit) if args.uit else path.with_suffix(".png")
    from simulator.ui.kaart import render_map  # pygame only when a picture is asked for

    render_map(geladen, out)
    print(f"Kaart geschreven: {out}")
    return 0
