"""`juwelier pakket maak|installeer|bekijk`: share scenarios between schools as one checked zip (a pack)."""

from __future__ import annotations

import re
from pathlib import Path

from simulator.cli.common import fail, print_problems
from simulator.content import pakket
from simulator.content.pakket import PakketFout

NAME = "pakket"
ALIASES = ["pack"]
HELP = "Deel scenario's met andere scholen: maak een pakket van een map, of installeer er een."

USAGE = """Gebruik:
  juwelier pakket maak MAP --versie 1.0 --auteur "Naam, school" --licentie "CC BY-SA 4.0" [--naam NAAM] [--uit PAKKET.zip]
  juwelier pakket installeer PAKKET.zip [--naar SCENARIOMAP] [--forceer]
  juwelier pakket bekijk PAKKET.zip"""


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="actie", metavar="ACTIE")
    maak = sub.add_parser("maak", help="maak een pakket van een map (eerst gecontroleerd; met fouten: geen pakket)")
    maak.add_argument("map", metavar="MAP", help="de map met je scenario's en eventueel je wereld.yaml")
    maak.add_argument("--uit", metavar="PAKKET.zip", help="waar het pakket komt (standaard: NAAM-VERSIE.zip hier)")
    maak.add_argument("--naam", help="de naam van het pakket, ook de map waarin het komt (standaard: de naam van MAP)")
    maak.add_argument("--titel", default="", help="een leesbare titel, bv. \"Horlogebanden wisselen\"")
    maak.add_argument("--versie", help="het versienummer, bv. 1.0; een nieuwe versie vervangt bij installeren de oude")
    maak.add_argument("--auteur", action="append", default=[], help="wie het maakte, bv. \"J. de Vries, ROC West\" "
                                                                     "(mag vaker)")
    maak.add_argument("--licentie", default="", help="onder welke licentie je het deelt, bv. \"CC BY-SA 4.0\"")
    maak.add_argument("--overschrijf", action="store_true", help="vervang een bestaand pakket met dezelfde naam")
    inst = sub.add_parser("installeer", help="controleer een pakket en zet het in de scenariomap van de school")
    inst.add_argument("zip", metavar="PAKKET.zip")
    inst.add_argument("--naar", metavar="MAP", help="de scenariomap (standaard: de eerste scenariomap van de school)")
    inst.add_argument("--school", metavar="MAP", help="de map met schoolinstellingen (voor de standaard scenariomap)")
    inst.add_argument("--forceer", action="store_true",
                      help="installeer ook een oudere of dezelfde versie, en vervang bestanden die in de map veranderd zijn")
    show = sub.add_parser("bekijk", help="toon wat er in een pakket zit, zonder te installeren")
    show.add_argument("zip", metavar="PAKKET.zip")


def run(args) -> int:
    actie = getattr(args, "actie", None)
    try:
        if actie == "maak":
            return _maak(args)
        if actie == "installeer":
            return _installeer(args)
        if actie == "bekijk":
            return _bekijk(args)
    except PakketFout as exc:
        return _refused(exc)
    print(USAGE)
    return 2


def _refused(exc: PakketFout) -> int:
    print_problems(exc.problemen)
    for line in exc.details:
        print(f"    {line}")
    return fail(exc.bericht, 1)


def _slug(name: str) -> str:
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", name.lower())).strip("-")[:60]


def _maak(args) -> int:
    missing = [flag for flag, value in (("--versie", args.versie), ("--auteur", args.auteur), ("--licentie", args.licentie))
               if not value]
    if missing:
        return fail("een pakket noemt zijn versie, makers en licentie; geef ook " + ", ".join(missing) + ".\n" + USAGE)
    folder = Path(args.map)
    naam = args.naam or _slug(folder.resolve().name)
    uit = Path(args.uit) if args.uit else Path(f"{naam}-{args.versie}.zip")
    made = pakket.maak(folder, uit, naam=naam, versie=args.versie, auteurs=args.auteur, licentie=args.licentie,
                       titel=args.titel, overschrijf=args.overschrijf)
    m = made.manifest
    print(f"Pakket gemaakt: {made.pad}")
    print(f"  {m.naam} versie {m.versie}, {len(m.bestanden)} bestand(en), door {', '.join(m.auteurs)}, licentie {m.licentie}")
    if made.waarschuwingen:
        print(f"  {made.waarschuwingen} waarschuwing(en); 'juwelier controleer {folder}' toont ze.")
    if made.overgeslagen:
        print(f"  niet meegenomen (geen scenario of wereld.yaml): {', '.join(made.overgeslagen)}")
    return 0


def _installeer(args) -> int:
    naar = Path(args.naar) if args.naar else _school_folder(args)
    if naar is None:
        return fail("geef met --naar de scenariomap waarin het pakket moet komen (de school heeft er nog geen "
                    "ingesteld: 'juwelier docent --scenariomap MAP').")
    done = pakket.installeer(Path(args.zip), naar, forceer=args.forceer)
    m = done.manifest
    if done.vorige is None:
        print(f"Geïnstalleerd: {m.naam} versie {m.versie} in {done.map} ({len(m.bestanden)} bestand(en)).")
    else:
        print(f"Bijgewerkt: {m.naam} van versie {done.vorige} naar {m.versie} in {done.map}.")
        for words, names in (("nieuw", done.nieuw), ("gewijzigd", done.gewijzigd), ("verwijderd", done.verwijderd),
                             ("overschreven (was in de map veranderd)", done.overschreven)):
            if names:
                print(f"  {words}: {', '.join(names)}")
        if not (done.nieuw or done.gewijzigd or done.verwijderd):
            print("  de bestanden zijn niet veranderd.")
    print(f"  door {', '.join(m.auteurs)}; licentie {m.licentie}.")
    if done.waarschuwingen:
        print(f"  {done.waarschuwingen} waarschuwing(en); 'juwelier controleer {done.map}' toont ze.")
    for note in done.notities:
        print(f"  let op: {note}")
    return 0


def _school_folder(args):
    from simulator.progress.school import School

    try:
        folders = School.find(args).scenario_folders()
    except Exception:  # noqa: BLE001 - a damaged school configuration just means: ask for --naar
        return None
    return folders[0] if folders else None


def _bekijk(args) -> int:
    p = pakket.lees(Path(args.zip))
    m = p.manifest
    print(f"{m.naam} versie {m.versie}" + (f": {m.titel}" if m.titel else ""))
    print(f"  door {', '.join(m.auteurs)}; licentie {m.licentie}; gemaakt met Juwelier-simulator {m.simulator}"
          + (f" op {m.gemaakt}" if m.gemaakt else ""))
    for rel, info in sorted(m.bestanden.items()):
        print(f"  {rel}  ({max(1, info.grootte // 1024)} kB)")
    return 0
