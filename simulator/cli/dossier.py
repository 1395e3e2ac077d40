"""`juwelier dossier`: shows the kwalificatiedossier's werkprocessen and gedragscriteria, as text or JSON.

Teachers use it to look up a criterium id ("B1-K2-W1.3") that a report or scenario mentions.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import textwrap

from simulator.dossier import Dossier, Kerntaak, Werkproces, load_dossier

NAME = "dossier"
ALIASES: list[str] = []
HELP = "Toon de werkprocessen en gedragscriteria van het kwalificatiedossier Juwelier."

WIDTH = 100


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="geef het dossier als JSON")
    parser.add_argument(
        "--werkproces",
        metavar="CODE",
        help="toon alleen dit werkproces, bijvoorbeeld B1-K2-W1",
    )
    parser.add_argument(
        "--volledig",
        action="store_true",
        help="toon ook de omschrijving en het resultaat van elk werkproces",
    )


def run(args: argparse.Namespace) -> int:
    dossier = load_dossier()
    if args.werkproces is not None:
        code = args.werkproces.strip().upper()
        if not dossier.heeft_werkproces(code):
            print(_unknown_werkproces(dossier, args.werkproces), file=sys.stderr)
            return 2
        wp = dossier.werkproces(code)
        if args.json:
            _print_json(wp.model_dump(mode="json"))
        else:
            print("\n".join(_werkproces_lines(wp, volledig=True)))
        return 0
    if args.json:
        _print_json(dossier.model_dump(mode="json"))
    else:
        print("\n".join(_dossier_lines(dossier, volledig=args.volledig)))
    return 0


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _unknown_werkproces(dossier: Dossier, given: str) -> str:
    codes = [w.code for w in dossier.werkprocessen]
    message = f"juwelier dossier: onbekend werkproces {given!r}."
    close = difflib.get_close_matches(given.strip().upper(), codes, n=3, cutoff=0.6)
    if close:
        options = close[0] if len(close) == 1 else f"{', '.join(close[:-1])} of {close[-1]}"
        return f"{message} Bedoel je {options}?"
    return f"{message} Kies uit: {', '.join(codes)}."


def _dossier_lines(dossier: Dossier, *, volledig: bool) -> list[str]:
    lines = ["Kwalificatiedossier Juwelier", "", "Profielen:"]
    for p in dossier.profielen:
        lines.append(f"  {p.code}  {p.naam} (mbo-niveau {p.niveau})")

    alle = {p.code for p in dossier.profielen}
    shown: set[str] = set()

    basis = [k for k in dossier.kerntaken if set(k.profielen) == alle]
    if basis:
        lines += ["", "", f"Basisdeel, voor alle profielen ({', '.join(sorted(alle))})"]
        lines += _kerntaken_lines(dossier, basis, volledig=volledig)
        shown.update(k.code for k in basis)

    for p in dossier.profielen:
        eigen = [k for k in dossier.kerntaken if k.code not in shown and tuple(k.profielen) == (p.code,)]
        lines += ["", "", f"Profieldeel {p.code} {p.naam}"]
        if eigen:
            lines += _kerntaken_lines(dossier, eigen, volledig=volledig)
        else:
            lines.append("  Geen extra kerntaken en werkprocessen.")
        shown.update(k.code for k in eigen)

    overig = [k for k in dossier.kerntaken if k.code not in shown]
    if overig:
        lines += ["", "", "Overige kerntaken"]
        lines += _kerntaken_lines(dossier, overig, volledig=volledig)

    lines += ["", f"{len(dossier.werkprocessen)} werkprocessen, {len(dossier.criteria)} gedragscriteria."]
    return lines


def _kerntaken_lines(dossier: Dossier, kerntaken: list[Kerntaak], *, volledig: bool) -> list[str]:
    lines: list[str] = []
    for kt in kerntaken:
        lines += ["", f"Kerntaak {kt.code}  {kt.titel}  (profielen: {', '.join(kt.profielen)})"]
        for wp in dossier.werkprocessen_van_kerntaak(kt.code):
            lines.append("")
            lines += _werkproces_lines(wp, volledig=volledig, indent="  ")
    return lines


def _werkproces_lines(wp: Werkproces, *, volledig: bool, indent: str = "") -> list[str]:
    inner = indent + "  "
    lines = [f"{indent}{wp.code}  {wp.titel}"]
    if volledig:
        lines += _wrap("Omschrijving: ", wp.omschrijving, inner)
        lines += _wrap("Resultaat: ", wp.resultaat, inner)
    lines.append(f"{inner}Gedrag (de beginnend beroepsbeoefenaar):")
    id_width = max(len(c.id) for c in wp.criteria)
    for crit in wp.criteria:
        lines += _wrap(f"{crit.id:<{id_width}}  ", crit.tekst, inner + "  ")
    lines += _wrap("Competenties: ", ", ".join(wp.competenties), inner)
    return lines


def _wrap(label: str, text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=indent + label,
        subsequent_indent=indent + " " * len(label),
        break_on_hyphens=False,
        break_long_words=False,
    )
