"""`juwelier speel SCENARIO`: play a scenario in the game, or headless along a path (`--pad`)."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from simulator.cli.common import fail, find_scenario, print_problems
from simulator.cli.profiel import record_play
from simulator.content import ScenarioError, tekst
from simulator.content.steps import SOORT
from simulator.content.steps.einde import EindeView
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
    parser.add_argument("--profiel", metavar="NAAM", help="sla het gespeelde pad op als poging van dit profiel")
    parser.add_argument("--saves", metavar="MAP", help="map met de opslag (standaard: JUWELIER_SAVES of saves/)")
    parser.add_argument("--modus", choices=["oefenen", "toets"], default="oefenen", help="modus van de poging")
    parser.add_argument("--headless", action="store_true", help="speel het pad zonder venster door het echte spel")
    parser.add_argument("--screenshot", metavar="PAD.png", help="met --headless: sla het laatste beeld op als PNG")
    parser.add_argument("--volg", "--watch", action="store_true",
                        help="voorbeeld voor wie een scenario schrijft: het spel laadt het bestand opnieuw zodra je "
                             "het opslaat (als gast: er wordt niets bewaard)")
    parser.add_argument("--zaad", metavar="N", type=int,
                        help="bij een scenario dat per keer verschilt: speel het geval van dit zaad (ook in het spel)")
    parser.add_argument("--stap", metavar="ID", help="begin bij deze stap")
    parser.add_argument("--zet", metavar="VAR=WAARDE", action="append", default=[],
                        help="geef een variabele vooraf een waarde (mag vaker), bijvoorbeeld --zet korting=10")


def run(args) -> int:
    try:
        geladen = find_scenario(args.scenario)
    except ScenarioError as exc:
        print_problems(exc.problemen, sys.stderr)
        if args.volg and args.pad is None and Path(args.scenario).is_file():
            return start_broken_preview(args, exc.problemen)  # the game waits for the fix
        return 1
    if args.zaad is not None and geladen.varieert:
        try:  # this case only, also when the game starts a new play
            geladen = replace(geladen.variant(args.zaad), zaden=(args.zaad,))
        except ScenarioError as exc:
            print_problems(exc.problemen, sys.stderr)
            return 1
    if args.headless and (args.pad is None or not args.screenshot):
        return fail("--headless werkt samen met --pad en --screenshot")
    try:
        stap, zet = preset(args, geladen)
    except ValueError as exc:
        return fail(str(exc))
    if args.pad is None:
        if args.volg or stap is not None or zet:
            return start_preview(args, geladen, stap, zet)
        return start_game(args, geladen)
    from simulator.ui.preview import start_session
    session = start_session(geladen, stap, zet)
    try:
        moves = play(session, parse_plan(args.pad))
    except PlanError as exc:
        return fail(str(exc))
    result = session.result()
    if args.profiel and (code := record_play(args, geladen, session)):
        return code
    if args.json:
        print(json.dumps(result_json(session, moves, args.taal), ensure_ascii=False, indent=2))
    else:
        print_transcript(session, moves, args.taal)
    if args.headless:
        return headless_screenshot(args, geladen)
    return 0


def start_game(args, geladen=None) -> int:
    try:
        from simulator.ui import run_game
    except ImportError as exc:
        return fail(f"het spel kan niet starten: {exc}")
    return run_game(args, geladen)


def preset(args, geladen):
    """(--stap, --zet as a dict), checked against the scenario; warnings for unknown variables go to stderr."""
    from simulator.ui.preview import check_stap, parse_zet, zet_warnings  # no pygame: only the option logic
    zet = parse_zet(args.zet)
    check_stap(geladen, args.stap)
    for warning in zet_warnings(geladen, zet):
        print(f"juwelier: {warning}", file=sys.stderr)
    return args.stap, zet


def start_preview(args, geladen, stap, zet) -> int:
    """The game as a guest on this file, with the Voorbeeld badge; with --volg it reloads on every save."""
    if args.volg and not Path(geladen.bestand).is_file():
        return fail(f"--volg heeft een scenario-bestand nodig; '{geladen.bestand}' is geen bestand")
    try:
        from simulator.ui.preview import run_preview
    except ImportError as exc:
        return fail(f"het spel kan niet starten: {exc}")
    return run_preview(geladen.bestand, geladen, stap=stap, zet=zet, volg=args.volg)


def start_broken_preview(args, problemen) -> int:
    """--volg on a file that does not load yet: the game shows the problems and starts when the file is fixed."""
    from simulator.ui.preview import PreviewError, parse_zet, run_preview
    try:
        zet = parse_zet(args.zet)
    except PreviewError as exc:
        return fail(str(exc))
    return run_preview(args.scenario, None, stap=args.stap, zet=zet, problemen=problemen)


def soort(view):
    """The kind of the step a view shows (to ask it for its transcript lines)."""
    return SOORT[view.soort]


def result_json(session: Session, moves, taal: str) -> dict:
    result = session.result()
    return {
        "scenario": result.scenario,
        "klaar": result.afgelopen,
        "zaad": session.state.zaad,
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
    def zeg(value) -> str:
        return tekst(value, taal)

    for move in moves:
        view = move.stap
        who = f"{zeg(view.spreker.naam)} ({view.spreker.stemming})" if view.spreker else "Verteller"
        print(f"[{view.id}] {who}: {zeg(view.tekst)}")
        for line in soort(view).transcript(view.inhoud, move.uitkomst, zeg):
            print(line)
        if move.uitkomst.feedback:
            print(f"    feedback: {zeg(move.uitkomst.feedback)}")
        if move.uitkomst.punten:
            print("    " + ", ".join(f"{p:+d} {c}" for c, p in move.uitkomst.punten.items())
                  + ("  [KRITIEK: " + ", ".join(move.uitkomst.kritiek) + "]" if move.uitkomst.kritiek else ""))
    view = session.step
    result = session.result()
    if view.afgelopen:
        if view.tekst:
            print(f"[{view.id}] {zeg(view.spreker.naam) if view.spreker else 'Verteller'}: {zeg(view.tekst)}")
        print(f"EINDE ({result.afloop}): {zeg(view.inhoud_als(EindeView).einde)}")
    else:
        print(f"(gestopt bij stap '{view.id}': het pad is op)")
    print()
    if session.state.zaad is not None:
        print(f"(dit scenario verschilt per keer; dit was geval {session.state.zaad}: speel het na met --zaad {session.state.zaad})")
    print(f"Resultaat: score {result.score:.0%}, {'geslaagd' if result.geslaagd else 'niet geslaagd'}")
    for c in result.criteria:
        flag = " (kritieke fout)" if c.kritiek else ""
        print(f"  {c.id:<12} {c.oordeel:<11} {c.punten:>3}/{c.max:<3} {c.tekst}{flag}")


def headless_screenshot(args, geladen) -> int:
    """Play the path by key presses through the real game under the dummy driver; save the last frame."""
    import os
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from simulator.ui.screenshot import play_path
    print(play_path(geladen, args.pad, args.screenshot, modus=args.modus), file=sys.stderr)
    return 0
