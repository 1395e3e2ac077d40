"""`juwelier speel SCENARIO`: play a scenario in the game, or headless along a path (`--pad`)."""

from __future__ import annotations

import json
import sys

from simulator.cli.common import fail, find_scenario, print_problems
from simulator.content import ScenarioError, tekst
from simulator.engine import Session
from simulator.engine.autoplay import PlanError, parse_plan, play

NAME = "speel"
ALIASES = ["play"]
HELP = "Speel een scenario: in het spel, of zonder venster langs een pad (--pad)."


def add_arguments(parser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="pad naar een .yaml-bestand, of een scenario-id")
    parser.add_argument("--pad", metavar="P",
                        help="speel zonder venster: keuzenummers en antwoorden (1,2,45.50,1), "
                             "'beste', 'slechtste' of 'willekeurig:ZAAD'")
    parser.add_argument("--json", action="store_true", help="het resultaat als JSON")
    parser.add_argument("--taal", choices=["nl", "en"], default="nl", help="taal van de teksten")


def run(args) -> int:
    try:
        geladen = find_scenario(args.scenario)
    except ScenarioError as exc:
        print_problems(exc.problemen, sys.stderr)
        return 1
    if args.pad is None:
        return start_game(args, geladen)
    session = Session(geladen.scenario, analysis=geladen.analyse)
    try:
        moves = play(session, parse_plan(args.pad))
    except PlanError as exc:
        return fail(str(exc))
    result = session.result()
    if args.json:
        print(json.dumps(result_json(session, moves, args.taal), ensure_ascii=False, indent=2))
    else:
        print_transcript(session, moves, args.taal)
    return 0


def start_game(args, geladen=None) -> int:
    try:
        from simulator.ui import run_game
    except ImportError as exc:
        return fail(f"het spel kan niet starten: {exc}")
    return run_game(args, geladen)


def result_json(session: Session, moves, taal: str) -> dict:
    result = session.result()
    return {
        "scenario": result.scenario,
        "klaar": result.klaar,
        "afloop": result.afloop,
        "geslaagd": result.geslaagd,
        "score": result.score,
        "criteria": [{
            "id": c.id,
            "tekst": c.tekst,
            "oordeel": c.oordeel,
            "punten": c.punten,
            "max": c.max,
            "kritiek": c.kritiek,
            "bewijs": [{"stap": b.stap, "tekst": tekst(b.tekst, taal), "punten": b.punten,
                        "feedback": tekst(b.feedback, taal), "kritiek": b.kritiek} for b in c.bewijs],
        } for c in result.criteria],
        "transcript": [{"stap": z.stap.id, "gedaan": z.gedaan, "keuze": z.uitkomst.keuze,
                        "feedback": tekst(z.uitkomst.feedback, taal)} for z in moves],
    }


def print_transcript(session: Session, moves, taal: str) -> None:
    for move in moves:
        view = move.stap
        who = f"{tekst(view.spreker.naam, taal)} ({view.spreker.stemming})" if view.spreker else "Verteller"
        print(f"[{view.id}] {who}: {tekst(view.tekst, taal)}")
        if view.soort == "dialoog":
            for k in view.keuzes:
                mark = ">" if k.id == move.uitkomst.keuze else " "
                print(f"  {mark} {k.nummer}. {tekst(k.tekst, taal)}")
        elif view.soort == "invoer":
            print(f"  > antwoord: {move.gedaan}" + (f" {view.eenheid}" if view.eenheid else ""))
        if move.uitkomst.feedback:
            print(f"    feedback: {tekst(move.uitkomst.feedback, taal)}")
        if move.uitkomst.punten:
            print("    " + ", ".join(f"{p:+d} {c}" for c, p in move.uitkomst.punten.items())
                  + ("  [KRITIEK: " + ", ".join(move.uitkomst.kritiek) + "]" if move.uitkomst.kritiek else ""))
    view = session.step
    if view.klaar:
        if view.tekst:
            print(f"[{view.id}] {tekst(view.spreker.naam, taal) if view.spreker else 'Verteller'}: {tekst(view.tekst, taal)}")
        print(f"EINDE ({view.afloop}): {tekst(view.einde, taal)}")
    else:
        print(f"(gestopt bij stap '{view.id}': het pad is op)")
    result = session.result()
    print()
    print(f"Resultaat: score {result.score:.0%}, {'geslaagd' if result.geslaagd else 'niet geslaagd'}")
    for c in result.criteria:
        flag = " (kritieke fout)" if c.kritiek else ""
        print(f"  {c.id:<12} {c.oordeel:<11} {c.punten:>3}/{c.max:<3} {c.tekst}{flag}")
