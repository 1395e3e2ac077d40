"""The `juwelier` command: opens the game, or runs a teacher subcommand.

Each subcommand lives in its own module with NAME, ALIASES, HELP, add_arguments(parser)
and run(args) -> exit code; add a new one to SUBCOMMANDS below.
"""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from pathlib import Path

from simulator import __version__

# Module names under simulator.cli, in the order `juwelier --help` lists them.
SUBCOMMANDS = [
    "controleer",
    "speel",
    "schema",
    "dossier",
    "dekking",
    "nieuw",
    "kaart",
    "export", "profiel", "docent", "lrs",
    "screenshot",
    "wereld", "pakket",
]


def _load_commands():
    commands = []
    for name in SUBCOMMANDS:
        try:
            commands.append(importlib.import_module(f"simulator.cli.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"simulator.cli.{name}":
                raise
    return commands


def build_parser() -> argparse.ArgumentParser:
    prog = program_name()
    parser = argparse.ArgumentParser(prog=prog, description="Juwelier-simulator. Zonder opdracht start het spel.")
    parser.add_argument("--version", action="version", version=f"{prog} (Juwelier-simulator) {__version__}",
                        help="toon de naam en de versie van het programma")
    # read by game_options before this parser; listed here so --help shows them (and `--scenarios X --help` works)
    parser.add_argument("--scenarios", metavar="MAP", action="append", default=[], dest="spel_scenarios",
                        help="start het spel met ook de scenario's in deze map (mag vaker), bijvoorbeeld je eigen "
                             "map om die te proberen")
    parser.add_argument("--saves", metavar="MAP", dest="spel_saves", help="bewaar profielen en resultaten in deze map")
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT")
    for module in _load_commands():
        p = sub.add_parser(module.NAME, aliases=module.ALIASES, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    _utf8_stdout()
    argv = sys.argv[1:] if argv is None else argv
    game = game_options(argv)
    if game is not None:  # the game: skip importing every subcommand (and pydantic) before its first frame
        from simulator.ui import run_game
        return run_game(game)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.opdracht is not None and (args.spel_scenarios or args.spel_saves):
        # the game's own options: before an opdracht they would be ignored without a word
        from simulator.cli.common import fail
        return fail(f"--saves en --scenarios horen bij het spel, niet vóór '{args.opdracht}'. "
                    f"Geef ze na de opdracht als die ze kent (bijvoorbeeld: juwelier {args.opdracht} --help).")
    if getattr(args, "_run", None) is None:
        from simulator.cli import speel

        return speel.start_game(args)
    try:
        return args._run(args)
    except BrokenPipeError:  # `juwelier dossier | head`: the reader stopped; that is no error of ours
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def program_name() -> str:
    """The name the user typed: `juwelier`, or in the build `juwelier-docent` when that program runs."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).stem
    return "juwelier"


def game_options(argv: list[str]):
    """`juwelier [--saves DIR] [--scenarios DIR]...`: the game's own options (a namespace), or None when argv
    holds anything else (a subcommand, --help), which then goes to the full parser."""
    saves, scenarios, rest = None, [], list(argv)
    while rest:
        arg = rest.pop(0)
        name, eq, value = arg.partition("=")
        if name not in ("--saves", "--scenarios"):
            return None
        if not eq:
            if not rest:
                return None
            value = rest.pop(0)
        if name == "--saves":
            saves = value
        else:
            scenarios.append(value)
    return argparse.Namespace(saves=saves, scenarios=scenarios)


def _utf8_stdout() -> None:
    # Output redirected to a file (`lrs --verstuur > log.txt` from Task Scheduler) gets Windows' ANSI code page,
    # which has no ĳ or →: write such files as UTF-8. A terminal keeps its own encoding; a character it cannot
    # show becomes '?' rather than a crash. The windowed game on Windows has no streams at all (None).
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue
        try:
            if stream.isatty():
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, OSError):
            pass
