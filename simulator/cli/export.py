"""`juwelier export --csv FILE | --xapi FILE`: the results of the saves folder for a teacher.

CSV opens right in Dutch Excel; names can be replaced by stable pseudonyms (`--pseudoniem`).
xAPI statements (JSON lines) are pseudonymised unless `--met-namen` is given.
"""

from __future__ import annotations

import json
from pathlib import Path

from simulator.cli.common import fail
from simulator.cli.profiel import add_saves_arguments, school_for, teacher_ok, tell
from simulator.progress import SaveFailed, Store, saves_dir
from simulator.reporting import csv_export, xapi
from simulator.reporting.config import HOMEPAGE, load_lrs, pseudonymiser

NAME = "export"
ALIASES: list[str] = []
HELP = "Exporteer de resultaten: CSV voor Excel, of xAPI-statements (JSON-regels)."


def add_arguments(parser) -> None:
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", metavar="BESTAND", help="resultaten als CSV (voor Excel: ; en UTF-8)")
    target.add_argument("--xapi", metavar="BESTAND", help="xAPI-statements, één per regel")
    parser.add_argument("--pseudoniem", action="store_true", help="CSV: vervang namen door een vaste code")
    parser.add_argument("--met-namen", action="store_true", dest="met_namen",
                        help="xAPI: met naam en profiel-id in plaats van een code")
    parser.add_argument("--per", choices=["poging", "criterium"], default="poging",
                        help="CSV: een regel per poging (standaard) of per poging per criterium")
    parser.add_argument("--klas", metavar="KLAS", help="alleen deze klas")
    add_saves_arguments(parser)


def run(args) -> int:
    store = Store(saves_dir(args))
    school = school_for(args, store)
    try:
        if not teacher_ok(school, args):
            return 2
        profiles = [p for p in store.profiles()
                    if args.klas is None or (p.klas or "").casefold() == args.klas.casefold()]
        if not profiles:
            return fail(f"geen profielen gevonden in {store.folder}" + (f" voor klas {args.klas}" if args.klas else ""))
        if args.csv:
            data = [(p, store.attempts(p.id)) for p in profiles]
            table = csv_export.rows(data, pseudonymiser(store) if args.pseudoniem else None, args.per)
            csv_export.write(Path(args.csv), table)
            print(f"{len(table) - 1} regel(s) van {len(profiles)} leerling(en) geschreven naar {args.csv}.")
            return 0
        config = load_lrs(school)
        homepage = config.homepage if config else HOMEPAGE
        pseudonym = None if args.met_namen else pseudonymiser(store)
        count = 0
        with open(args.xapi, "w", encoding="utf-8", newline="\n") as out:
            for statement in xapi.all_statements(store, homepage, pseudonym, profiles):
                out.write(json.dumps(statement, ensure_ascii=False) + "\n")
                count += 1
        print(f"{count} xAPI-statement(s) van {len(profiles)} leerling(en) geschreven naar {args.xapi}.")
        return 0
    except OSError as exc:
        return fail(f"kan niet schrijven: {exc.strerror or exc}" if not isinstance(exc, SaveFailed) else str(exc))
    finally:
        tell(store)
