"""`juwelier lrs`: connect the saves folder to a Learning Record Store, send the queue, or switch it off.

Privacy (AVG): until a teacher runs `juwelier lrs --instellen`, nothing leaves the PC.
"""

from __future__ import annotations

from urllib.parse import urlparse

from simulator.cli.common import fail
from simulator.cli.profiel import add_saves_arguments, teacher_ok, tell
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
    try:
        if args.instellen or args.uitzetten:
            if not teacher_ok(store, args):
                return 2
            if args.uitzetten:
                save_lrs(store, None)
                print("Het LRS is losgekoppeld: er wordt niets meer verstuurd.")
                return 0
            url = urlparse(args.instellen)
            if url.scheme not in ("http", "https") or not url.netloc:
                return fail(f"geen geldig adres: {args.instellen}")
            save_lrs(store, LrsConfig(args.instellen, args.gebruiker, args.wachtwoord, args.homepage.rstrip("/"),
                                      not args.met_namen))
            print(f"Gekoppeld aan {args.instellen}. Nieuwe resultaten gaan daar voortaan heen.")
            # lrs.json lies in the saves folder, which students can often read: limit what the account may do.
            print("Tip: gebruik een LRS-account dat alleen statements mag schrijven; het wachtwoord staat in de opslagmap.")
            if url.scheme == "http" and url.hostname not in ("localhost", "127.0.0.1", "::1"):
                print("Let op: zonder https gaan wachtwoord en resultaten onversleuteld over het netwerk.")
            return 0
        config = load_lrs(store)
        if config is None:
            print("Er is geen LRS gekoppeld: de resultaten blijven op deze computer.")
            return 0
        if args.verstuur:
            result = lrs.sync(store, config)
            print(f"{result.verstuurd} statement(s) verstuurd, {result.wachtrij} in de wachtrij.")
            if result.fout:
                return fail(result.fout, 1)
            return 0
        print(f"Gekoppeld aan {config.endpoint} ({'met namen' if not config.pseudoniem else 'met vaste codes'}); "
              f"{lrs.queued(store)} statement(s) in de wachtrij.")
        return 0
    finally:
        tell(store)
