"""`juwelier profiel`: list, create, export and delete student profiles; set the teacher PIN.

Also holds what other subcommands share about the saves: recording a headless play
(`juwelier speel --pad … --profiel NAAM`), the --saves/--school/--docent options, and asking for the teacher
PIN, which lives in the school configuration (simulator.progress.school): without one, teacher functions
are locked, never open.
"""

from __future__ import annotations

import getpass
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

from simulator.cli.common import fail
from simulator.progress import ProfileExists, SaveBusy, School, Store, saves_dir
from simulator.progress.filenames import safe_file_name
from simulator.reporting import lrs
from simulator.reporting.config import load_lrs

NAME = "profiel"
ALIASES = ["profile"]
HELP = "Profielen van leerlingen: tonen, aanmaken, exporteren en verwijderen (AVG); docentpincode instellen."


def add_arguments(parser) -> None:
    add_saves_arguments(parser)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--nieuw", metavar="NAAM", help="maak een profiel aan")
    action.add_argument("--exporteer", metavar="NAAM", help="alle gegevens van een leerling als JSON (inzagerecht)")
    action.add_argument("--verwijder", metavar="NAAM", help="verwijder een leerling en al zijn of haar gegevens")
    action.add_argument("--docentpin-instellen", metavar="PIN", dest="nieuwe_docentpin",
                        help="stel de docentpincode in (of wijzig hem); hetzelfde als: docent --instellen --pin PIN")
    parser.add_argument("--klas", metavar="KLAS",
                        help="klas bij --nieuw; bij --exporteer/--verwijder: kies de leerling uit deze klas")
    parser.add_argument("--pin", metavar="PIN", help="pincode van de leerling bij --nieuw (optioneel)")
    parser.add_argument("--uit", metavar="BESTAND", help="bestand voor --exporteer (standaard: NAAM.json)")
    parser.add_argument("--ja", action="store_true", help="verwijder zonder het nog eens te vragen")


def add_saves_arguments(parser) -> None:
    parser.add_argument("--saves", metavar="MAP", help="map met de opslag (standaard: JUWELIER_SAVES of saves/)")
    parser.add_argument("--school", metavar="MAP",
                        help="map met de schoolinstellingen (standaard: JUWELIER_SCHOOL of schoolinstellingen/ "
                             "naast het programma)")
    parser.add_argument("--docent", metavar="PIN", help="de docentpincode (zonder deze optie vraagt het programma erom)")


def run(args) -> int:
    store = Store(saves_dir(args))
    school = school_for(args, store)
    try:
        if args.nieuw:
            profile = store.create_profile(args.nieuw, klas=args.klas, pin=args.pin)
            print(f"Profiel aangemaakt: {profile.naam}" + (f" (klas {profile.klas})" if profile.klas else ""))
            return 0
        if args.nieuwe_docentpin:
            if school.teacher().open and not teacher_ok(school, args):
                return 2
            school.set_teacher_pin(args.nieuwe_docentpin)
            print(f"De docentpincode is ingesteld in {school.folder / 'docent.json'}.")
            return 0
        if args.exporteer or args.verwijder:
            return _export_or_delete(store, school, args)
        return _list(store)
    except (ProfileExists, SaveBusy, ValueError, OSError) as exc:  # OSError: SaveFailed, in Dutch
        return fail(str(exc))
    finally:
        tell(store)


def _list(store: Store) -> int:
    profiles = store.profiles()
    if not profiles:
        print(f"Nog geen profielen in {store.folder}.")
        return 0
    for p in profiles:
        attempts = store.attempts(p.id)
        last = max((a.eind for a in attempts), default=None)
        print(f"{p.naam:<24} {p.klas or '-':<8} {len(attempts):>4} poging(en)"
              + (f", laatst {last:%d-%m-%Y}" if last else ""))
    return 0


def _export_or_delete(store: Store, school: School, args) -> int:
    if not teacher_ok(school, args):
        return 2
    naam = args.exporteer or args.verwijder
    key = naam.strip().casefold()
    same = [p for p in store.profiles() if p.naam.casefold() == key and (args.klas is None or (p.klas or "") == args.klas)]
    if len(same) > 1:  # never guess which student's data to hand out or delete
        options = ", ".join(f"{p.naam} (klas {p.klas or '-'}, id {p.id})" for p in same)
        return fail(f"er zijn {len(same)} profielen met de naam {naam!r}: {options}. "
                    "Kies met --klas, of geef het id in plaats van de naam.")
    profile = store.find_profile(naam, args.klas)
    if profile is None:
        return fail(f"geen profiel met de naam {naam!r} in {store.folder}")
    if args.exporteer:
        # The name is what a student typed: only its letters and digits become a file name here.
        target = Path(args.uit or f"{safe_file_name(profile.naam, profile.id)}.json")
        try:
            target.write_text(json.dumps(store.export_profile(profile.id), ensure_ascii=False, indent=2),
                              encoding="utf-8")
        except OSError as exc:
            return fail(f"kan {target} niet schrijven ({exc.strerror or exc}).")
        print(f"Alle gegevens van {profile.naam} staan in {target}.")
        return 0
    if not args.ja:
        if not sys.stdin.isatty():
            return fail("verwijderen vraagt om bevestiging: voeg --ja toe")
        answer = input(f"Alle gegevens van {profile.naam} verwijderen? Typ ja: ")
        if answer.strip().lower() != "ja":
            print("Niets verwijderd.")
            return 1
    store.delete_profile(profile.id)
    print(f"{profile.naam} en alle gegevens zijn verwijderd.")
    return 0


def school_for(args, store: Store) -> School:
    """The school configuration for this command (--school, JUWELIER_SCHOOL, beside the program)."""
    return School.find(args, saves=store.folder)


def teacher_ok(school: School, args, prompt: str = "Docentpincode: ") -> bool:
    """True only when the school configuration has a teacher PIN and the right one was given (--docent, or typed
    in). A missing or damaged teacher file locks: it says why and how to set one up."""
    slot = school.teacher()
    if not slot.open:
        fail(slot.reden)
        return False
    pin = getattr(args, "docent", None)
    if pin is None and sys.stdin.isatty():
        pin = getpass.getpass(prompt)
    if pin is not None and school.check_teacher_pin(pin):
        return True
    fail("deze opdracht vraagt de juiste docentpincode (--docent PIN)")
    return False


def tell_teacher(school: School, store: Store) -> None:
    """What the teacher should know: files an older version left in the saves folder, a damaged school file,
    and the notices about damaged saves (with the student's name)."""
    for line in [text for _, text in school.left_in_saves(store.folder)] + school.problems():
        print(f"Let op: {line}", file=sys.stderr)
    notices = store.teacher_notices()
    if notices:
        names = {p.id: p.naam for p in store.profiles()}
        print(f"Meldingen over de opslag ({len(notices)}; weghalen met: docent --meldingen-gelezen):", file=sys.stderr)
        for m in notices:
            who = f"{names.get(m.profiel, m.profiel)}: " if m.profiel else ""
            print(f"  {m.tijd[:16].replace('T', ' ')}  {who}{m.tekst}", file=sys.stderr)


def record_play(args, geladen, session) -> int:
    """Save a headless play as an attempt of profile args.profiel (made if it does not exist); 0 when saved."""
    store = Store(saves_dir(args))
    try:
        profile = store.find_or_create_profile(args.profiel)
        ended = datetime.now().astimezone()
        took = sum(r.seconden or 0 for r in session.state.log)
        attempt = store.record_attempt(profile.id, geladen, session, args.modus, ended - timedelta(seconds=took), ended)
    except (SaveBusy, ValueError, OSError) as exc:
        tell(store)
        return fail(f"de poging is niet opgeslagen: {exc}")
    print(f"Poging opgeslagen bij {profile.naam}: score {attempt.score:.0%}.", file=sys.stderr)
    try:
        sent = lrs.sync(store, load_lrs(school_for(args, store)))
    except OSError as exc:  # SaveFailed: the queue could not be written; the attempt itself is saved
        print(f"LRS: {exc}", file=sys.stderr)
    else:
        if sent.ingesteld and sent.fout:
            print(f"LRS: {sent.fout}", file=sys.stderr)
    tell(store)
    return 0


def tell(store: Store) -> None:
    """Every message of this run, for the teacher at the command line (also those about a student's files)."""
    for message in dict.fromkeys(store.messages):
        print(message, file=sys.stderr)
    store.messages.clear()
