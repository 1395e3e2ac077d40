"""`juwelier docent`: the school configuration (teacher PIN, extra scenario folders) and the notices about the saves.

    juwelier docent                        where the school configuration is, what is set up, notices
    juwelier docent --instellen            set or change the teacher PIN (asked twice, not shown)
    juwelier docent --scenariomap MAP      read extra scenarios from MAP (--geen-scenariomap MAP: no longer)
    juwelier docent --meldingen-gelezen    clear the notices about damaged saves

Writing needs write rights to the school folder: that is the point. Students may only read it.
"""

from __future__ import annotations

import getpass
import os
import secrets
import sys
from pathlib import Path

from simulator.cli.common import fail
from simulator.cli.profiel import add_saves_arguments, school_for, teacher_ok, tell, tell_teacher
from simulator.progress import School, Store, saves_dir
from simulator.progress import assignments
from simulator.progress.school import ENV, PIN_MIN
from simulator.reporting.config import load_lrs

NAME = "docent"
ALIASES = ["teacher"]
HELP = "Schoolinstellingen: de docentpincode en extra scenariomappen instellen, en zien wat er is ingesteld."


def add_arguments(parser) -> None:
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--instellen", action="store_true", help="stel de docentpincode in of wijzig hem")
    action.add_argument("--scenariomap", metavar="MAP", help="lees ook de scenario's in deze map (voor alle pc's)")
    action.add_argument("--geen-scenariomap", metavar="MAP", dest="geen_scenariomap",
                        help="lees de scenario's in deze map niet meer")
    action.add_argument("--meldingen-gelezen", action="store_true", dest="gelezen",
                        help="haal de meldingen over beschadigde opslag weg")
    parser.add_argument("--pin", metavar="PIN",
                        help=f"de nieuwe docentpincode bij --instellen (minstens {PIN_MIN} tekens; zonder deze optie "
                             "vraagt het programma erom zonder hem te tonen)")
    add_saves_arguments(parser)


def run(args) -> int:
    store = Store(saves_dir(args))
    school = school_for(args, store)
    try:
        if args.instellen:
            return _set_pin(school, args)
        if args.scenariomap or args.geen_scenariomap:
            return _folders(school, args)
        if args.gelezen:
            if not teacher_ok(school, args):
                return 2
            store.clear_teacher_notices()
            print("De meldingen over de opslag zijn weggehaald.")
            return 0
        return _status(school, store)
    except (ValueError, OSError) as exc:  # OSError: SaveFailed, in Dutch
        return fail(str(exc))
    finally:
        tell(store)


def _set_pin(school: School, args) -> int:
    if school.teacher().open and not teacher_ok(school, args, prompt="Huidige docentpincode: "):
        return 2
    pin = args.pin
    if pin is None:
        if not sys.stdin.isatty():
            return fail("geef de nieuwe docentpincode met --pin, of start deze opdracht in een opdrachtvenster")
        pin = getpass.getpass(f"Nieuwe docentpincode (minstens {PIN_MIN} tekens): ")
        if getpass.getpass("Nog een keer: ") != pin:
            return fail("de twee pincodes zijn niet hetzelfde; er is niets veranderd")
    school.set_teacher_pin(pin)
    print(f"De docentpincode is ingesteld in {school.folder / 'docent.json'}.")
    print("Controleer dat studenten deze map alleen kunnen lezen (zie de installatiehandleiding).")
    return 0


def _folders(school: School, args) -> int:
    if not teacher_ok(school, args):
        return 2
    current = [str(p) for p in school.scenario_folders()]
    if args.scenariomap:
        folder = Path(args.scenariomap).expanduser()
        if not folder.is_dir():
            return fail(f"deze map bestaat niet (of is geen map): {folder}")
        school.save_scenario_folders(current + [str(folder)])
        print(f"Het spel leest voortaan ook de scenario's in {folder}.")
    else:
        kept = [f for f in current if f != args.geen_scenariomap]
        if kept == current:
            return fail(f"{args.geen_scenariomap} staat niet in de lijst: {', '.join(current) or '(leeg)'}")
        school.save_scenario_folders(kept)
        print(f"Het spel leest de scenario's in {args.geen_scenariomap} niet meer.")
    return 0


def _status(school: School, store: Store) -> int:
    where = "" if school.folder.is_dir() else " (bestaat nog niet)"
    print(f"Schoolinstellingen: {school.folder}{where}")
    print(f"  (kies een andere map met de omgevingsvariabele {ENV} of met --school MAP)")
    slot = school.teacher()
    print("Docentpincode: ingesteld" if slot.open else f"Docentpincode: {slot.reden}")
    if school.folder.is_dir():
        print("Schrijfrechten: " + ("deze gebruiker mag hier schrijven. Draai deze opdracht ook eens als student: "
                                    "dan hoort hier 'alleen-lezen' te staan." if _writable(school.folder) else
                                    "alleen-lezen voor deze gebruiker (zo hoort het voor studenten)."))
    config = load_lrs(school)
    print(f"LRS: {config.endpoint}" if config else "LRS: geen (er wordt niets verstuurd)")
    folders = school.scenario_folders()
    print("Extra scenariomappen: " + (", ".join(str(f) for f in folders) if folders else "geen"))
    lessons = school.lesson_folders()
    found = assignments.load(lessons, include_past=True)
    print(f"Opdrachten: {len(found)} in {lessons[0] if lessons else '-'}")
    for path, problem in assignments.check(lessons):
        print(f"  {Path(path).name}: {problem}")
    print(f"Opslagmap: {store.folder}")
    tell_teacher(school, store)
    return 0


def _writable(folder: Path) -> bool:
    probe = folder / f".schrijftest-{os.getpid()}-{secrets.token_hex(3)}.tmp"
    try:
        with open(probe, "xb"):
            pass
        os.unlink(probe)
    except OSError:
        return False
    return True
