"""`juwelier lrs`: connect the school to a Learning Record Store, send the queue, or switch it off.

The LRS is kept in the school configuration (simulator.progress.school), where students cannot write; an
lrs.json in the saves folder is ignored and the teacher told. Privacy (AVG): until a teacher runs
`juwelier lrs --instellen`, nothing leaves the PC.
"""

from __future__ import annotations

from urllib.parse import urlparse

from simulator.cli.common import fail
from simulator.cli.profiel import add_saves_arguments, school_for, teacher_ok, tell, tell_teacher
from simulator.progress import Store, saves_dir
from simulator.reporting import lrs
from simulator.reporting.config import HOMEPAGE, LrsConfig, load_lrs, save_lrs

NAME = "lrs"
ALIASES: list[str] = []
HELP = "Koppel een LRS (xAPI) om resultaten te versturen; zonder koppeling verlaat niets de computer."


def add_arguments(parser) -> None:
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--instellen", metavar="URL", help="het xAPI-adres van het LRS, bv. https://lrs.school.nl/xAPI/")
    action.add_argument("--verstuur", action="store_true", help="verstuur wat in de wachtrij staat")
    action.add_argument("--uitzetten", action="store_true", help="verstuur niets meer")
    parser.add_argument("--gebruiker", default="", help="gebruikersnaam (Basic auth)")
    parser.add_argument("--wachtwoord", default="", help="wachtwoord (Basic auth)")
    parser.add_argument("--homepage", default=HOMEPAGE, help="adres van de school of de ELO, voor de accounts")
    parser.add_argument("--met-namen", action="store_true", dest="met_namen",
                        help="stuur namen mee in plaats van een vaste code (alleen met toestemming)")
    add_saves_arguments(parser)


def run(args) -> int:
    store = Store(saves_dir(args))
    school = school_for(args, store)
    try:
        if args.instellen or args.uitzetten:
            if not teacher_ok(school, args):
                return 2
            if args.uitzetten:
                save_lrs(school, None)
                print("Het LRS is losgekoppeld: er wordt niets meer verstuurd.")
                return 0
            url = urlparse(args.instellen)
            if url.scheme not in ("http", "https") or not url.netloc:
                return fail(f"geen geldig adres: {args.instellen}")
            save_lrs(school, LrsConfig(args.instellen, args.gebruiker, args.wachtwoord, args.homepage.rstrip("/"),
                                       not args.met_namen))
            print(f"Gekoppeld aan {args.instellen}. Nieuwe resultaten gaan daar voortaan heen.")
            # Students can read the school configuration (the game sends from their PCs): limit what the account may do.
            print(f"Tip: gebruik een LRS-account dat alleen statements mag schrijven; het wachtwoord staat in "
                  f"{school.folder / 'lrs.json'}, en die map kunnen studenten lezen.")
            if url.scheme == "http" and url.hostname not in ("localhost", "127.0.0.1", "::1"):
                print("Let op: zonder https gaan wachtwoord en resultaten onversleuteld over het netwerk.")
            return 0
        config = load_lrs(school)
        if config is None:
            print("Er is geen LRS gekoppeld: de resultaten blijven op deze computer.")
            tell_teacher(school, store)
            return 0
        if args.verstuur:
            result = lrs.sync(store, config)
            print(f"{result.verstuurd} statement(s) verstuurd, {result.wachtrij} in de wachtrij.")
            if result.fout:
                return fail(result.fout, 1)
            return 0
        print(f"Gekoppeld aan {config.endpoint} ({'met namen' if not config.pseudoniem else 'met vaste codes'}); "
              f"{lrs.queued(store)} statement(s) in de wachtrij.")
        tell_teacher(school, store)
        return 0
    except OSError as exc:  # SaveFailed: a read-only school or saves folder, in Dutch
        return fail(str(exc))
    finally:
        tell(store)
