"""`juwelier screenshot --scherm NAAM --uit PAD.png`: render a screen of the game to PNG, without a window.

It also checks the screen's layout (every text fits its box, no two widgets overlap), prints one line
`opmaak: N teksten gecontroleerd, K afgekapt, M overlappen` with each offender under it, and exits with 1 when
anything is cut off or overlaps (the PNG is made either way, so the problem can be looked at).
"""

from __future__ import annotations

SCHERMEN = ("start", "home", "lijst", "intro", "dialoog", "feedback", "resultaten", "instellingen", "pauze",
            "voortgang", "docent", "werkbank", "loep", "formulier", "geschiedenis")

NAME = "screenshot"
ALIASES = ["schermafbeelding"]
HELP = "Maak een afbeelding (PNG) van een scherm van het spel, zonder venster, en controleer de opmaak."


def add_arguments(parser) -> None:
    parser.add_argument("--scherm", required=True, choices=SCHERMEN, help="welk scherm")
    parser.add_argument("--uit", required=True, metavar="PAD.png", help="waar de PNG komt")
    parser.add_argument("--breedte", type=int, default=1280, help="breedte van het venster (standaard 1280)")
    parser.add_argument("--hoogte", type=int, default=720, help="hoogte van het venster (standaard 720)")
    parser.add_argument("--tekstgrootte", type=int, default=100, choices=[100, 125, 150, 175, 200],
                        help="tekstgrootte in procent")
    parser.add_argument("--scenario", metavar="ID", help="het scenario voor intro, dialoog, feedback, resultaten, pauze, werkbank, loep, formulier, geschiedenis")
    parser.add_argument("--taal", choices=["nl", "en"], default="nl", help="taal van het spel")
    parser.add_argument("--thema", choices=["creme", "contrast"], default="creme", help="kleuren")
    parser.add_argument("--lettertype", choices=["standaard", "leesbaar"], default="standaard", help="lettertype")


def run(args) -> int:
    import os
    import sys

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from simulator.cli.common import fail
    from simulator.ui import pygame_problem
    problem = pygame_problem()
    if problem:
        return fail(problem)
    from simulator.ui.screenshot import ScreenshotError, render_and_check
    if not (200 <= args.breedte <= 7680 and 150 <= args.hoogte <= 4320):
        return fail("kies een breedte van 200 tot 7680 en een hoogte van 150 tot 4320")
    try:
        out, opmaak = render_and_check(args.scherm, args.uit, args.breedte, args.hoogte, args.tekstgrootte,
                                       args.scenario, args.taal, args.thema, args.lettertype)
    except ScreenshotError as exc:
        return fail(str(exc))
    print(out, file=sys.stdout)
    print(opmaak.verslag(), file=sys.stdout)
    return 0 if opmaak.ok else 1
