"""Warnings about how a scenario is written: points off the guide's scale, a file name that is not the id, texts
left from the template, a best choice a student can spot by its place or length, amounts and dates written so
that they mislead. None of these stops a scenario from playing, except points no one could mean (J415).

The texts are read from the scenario as loaded (a scenario that varies per play: each case), with the path of
each text, so every message points at the line to change.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

from simulator.content.model import Scenario
from simulator.content.problems import Probleem
from simulator.content.steps import Uitwegen, alle_uitwegen, soort_van
from simulator.content.steps.base import KeuzeLabel, Pad
from simulator.content.template import is_plaatshouder
from simulator.content.text import tekst
from simulator.content.yaml_source import SourceMap

GEWOON = 2
"""The guide's scale: 2 clearly professional, 1 reasonable, -1 weak, -2 wrong."""
ONZIN = 10
"""From this many points up (or down) a value is a slip of the keyboard, not a judgement: an error."""
MIN_KEUZESTAPPEN = 3
"""A pattern in where the best choice stands counts from this many steps with a clear best choice."""

_NOT_TEXT = {"naar", "start", "id", "werkproces", "ook", "beoordeelt", "portret", "zegt", "wie", "gereedschap",
             "zone", "voorwerp", "variabele", "soort", "afloop", "stemming", "taal", "plek", "profielen", "zet",
             "tel", "als", "variabelen"}
"""Keys whose values are names of things in the file, never text a student reads."""


def style_problems(scenario: Scenario, smap: SourceMap, data: Optional[dict] = None,
                   uitwegen: Optional[Uitwegen] = None) -> list[Probleem]:
    """J414-J420 for one scenario (J416 only when the file is on disk under another name). `data`: the file's own
    data, when the caller has it (walking it is much cheaper than dumping the scenario); `uitwegen`: every step's
    outcomes, when the caller has them."""
    texts = _texts(scenario, data)
    outcomes = uitwegen if uitwegen is not None else alle_uitwegen(scenario.stappen)
    return (_points(scenario, smap, outcomes) + _file_name(scenario, smap) + _placeholders(texts, smap)
            + _best_choice(scenario, smap, outcomes) + _amounts(texts, smap) + _weekdays(texts, smap))



# -- points ---------------------------------------------------------------------------------------------

def _points(scenario: Scenario, smap: SourceMap, uitwegen: Uitwegen) -> list[Probleem]:
    problems = []
    for sid, stap in scenario.stappen.items():
        kind = soort_van(stap)
        scored = [(u.pad + ("gedrag", cid), cid, p) for u in uitwegen[sid] for cid, p in u.gevolg.gedrag.items()]
        scored += [(("stappen", sid, "werkbank", "tempo", cid), cid, p) for cid, p in kind.tempo(stap).items()]
        for path, cid, p in scored:
            if abs(p) >= ONZIN:
                problems.append(smap.probleem(
                    path, "J415", f"{_signed(p)} punten voor {cid} kan niet kloppen: de schaal loopt van -2 tot 2.",
                    "Geef 2 voor een duidelijk vakkundige keuze, 1 voor een redelijke, -1 voor een zwakke en -2 voor "
                    "een foute. Een ernstige fout krijgt 'kritiek: true', geen groot getal."))
            elif abs(p) > GEWOON:
                problems.append(smap.probleem(
                    path, "J414", f"{_signed(p)} punten voor {cid}: de handleiding gebruikt -2 tot 2.",
                    "Met grotere getallen weegt deze keuze zwaarder dan alle andere samen. Gebruik 2, 1, -1 of -2; "
                    "een ernstige fout krijgt 'kritiek: true'.", "waarschuwing"))
    return problems


def _signed(p: int) -> str:
    return f"+{p}" if p > 0 else str(p)


# -- the file's name -------------------------------------------------------------------------------------

def _file_name(scenario: Scenario, smap: SourceMap) -> list[Probleem]:
    """Only for a file on disk: a text parsed on its own has no name to compare."""
    path = Path(smap.bestand)
    if path.suffix.lower() not in (".yaml", ".yml") or path.stem == scenario.id or not path.is_file():
        return []
    if path.is_symlink() and path.resolve().stem == scenario.id:
        return []  # a link to the real file: that one carries the name
    return [smap.probleem(("id",), "J416", f"Het id '{scenario.id}' is niet gelijk aan de bestandsnaam '{path.name}'.",
                          f"Noem het bestand '{scenario.id}{path.suffix}', of schrijf 'id: {path.stem}'. Zo vind je "
                          "een scenario uit een melding of een resultaat terug.", "waarschuwing")]


# -- texts ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Tekst:
    pad: Pad
    tekst: str
    taal: str


def _texts(scenario: Scenario, data: Optional[dict] = None) -> list[_Tekst]:
    """Every text in the scenario with where it stands and its language, in the order of the file."""
    if data is None:
        data = scenario.model_dump(by_alias=True, exclude_none=True, exclude_defaults=True)
    found: list[_Tekst] = []
    _walk_texts(((k, v) for k, v in data.items() if k not in _NOT_TEXT), (), scenario.taal, False, found)
    return found


def _walk_texts(items: Iterable[tuple[Any, Any]], path: Pad, taal: str, pair: bool, found: list[_Tekst]) -> None:
    """The texts among the items, into `found` (pair: the items are the two languages of one text, {nl: …, en: …},
    each in its own language). A function of its own, not a closure: a closure that calls itself is a reference
    cycle, and while a library loads the cycle collector rests."""
    for key, value in items:
        kind = type(value)
        if kind is str:
            found.append(_Tekst(path + (key,), value, key if pair else taal))
        elif kind is dict:
            pair_below = bool(value) and value.keys() <= {"nl", "en"} and all(type(v) is str for v in value.values())
            _walk_texts(((k, v) for k, v in value.items() if k not in _NOT_TEXT), path + (key,), taal, pair_below,
                        found)
        elif kind is list:
            _walk_texts(enumerate(value), path + (key,), taal, False, found)


def _placeholders(texts: list[_Tekst], smap: SourceMap) -> list[Probleem]:
    left = sorted((t for t in texts if is_plaatshouder(t.tekst)), key=lambda t: smap.waar(t.pad))
    if not left:
        return []
    lines = sorted({smap.waar(t.pad)[0] for t in left})
    more = f" Nog {len(left) - 1} zulke teksten, op regel {_lines(lines[1:])}." if len(left) > 1 else ""
    return [smap.probleem(left[0].pad, "J417", "Deze tekst komt nog uit het sjabloon van 'juwelier nieuw'." + more,
                          "Vervang elke tekst tussen haakjes door je eigen verhaal: wat de klant zegt, wat de student "
                          "kan kiezen en waarom dat goed of fout is.", "waarschuwing")]


def _lines(lines: list[int], most: int = 8) -> str:
    shown = ", ".join(map(str, lines[:most]))
    return shown + (" en verder" if len(lines) > most else "")


# -- where the best choice stands ---------------------------------------------------------------------------

def _best_choice(scenario: Scenario, smap: SourceMap, uitwegen: Uitwegen) -> list[Probleem]:
    """The best choice always first, or always the longest: a student can then score without reading."""
    first = longest = 0
    where: Optional[Pad] = None
    steps = 0
    for sid in scenario.stappen:
        choices = [u for u in uitwegen[sid] if isinstance(u.label, KeuzeLabel)]
        if len(choices) < 2:
            continue
        totals = [-100 if u.gevolg.kritieke_criteria() else sum(u.gevolg.gedrag.values()) for u in choices]
        best = max(totals)
        if totals.count(best) > 1:
            continue  # no clear best: nothing to give away here
        i = totals.index(best)
        if is_plaatshouder(tekst(choices[i].kort, scenario.taal)):
            continue  # still the template's text: J417 says so
        lengths = [len(tekst(u.kort, scenario.taal)) for u in choices]
        steps += 1
        first += i == 0
        longest += lengths[i] > max(n for j, n in enumerate(lengths) if j != i)
        where = where or choices[i].pad
    if steps < MIN_KEUZESTAPPEN or where is None:
        return []
    problems = []
    if first == steps:
        problems.append(smap.probleem(
            where, "J418", f"In alle {steps} keuzestappen staat de beste keuze bovenaan: wie steeds de eerste kiest, "
                           "haalt alles goed zonder te lezen.",
            "Wissel de plek van de beste keuze af: het spel toont de keuzes in de volgorde van het bestand.",
            "waarschuwing"))
    if longest == steps:
        problems.append(smap.probleem(
            where, "J418", f"In alle {steps} keuzestappen is de beste keuze ook de langste: een student raadt het "
                           "goede antwoord aan de lengte.",
            "Maak de beste keuze korter, of geef de andere keuzes de redenen die mensen echt geven, zodat ze even "
            "lang zijn. Laat in een paar stappen een kortere keuze de beste zijn.", "waarschuwing"))
    return problems


# -- amounts of money ----------------------------------------------------------------------------------------

_SPACE = " \u00a0\u202f"
_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:,[-\u2013]{1,2})?(?![\d])")
_WORD_AFTER = re.compile(r"[ \u00a0\u202f]?(€|euro(?:'s)?\b|EUR\b)", re.I)
"""Matched right after a number (`match(text, end)`)."""
_EUR_BEFORE = re.compile(r"\bEUR[ \u00a0\u202f]?$")
"""Searched in the few characters before a number: 'EUR', a space, a line end ($ allows one) and the character
before 'EUR' (for the word boundary)."""
_CENTS_AFTER_POINT = re.compile(r"\.\d{1,2}$")


def _eur_before(text: str, start: int) -> Optional[int]:
    """Where 'EUR' starts when it stands right before `start` (with one space at most), else None."""
    tail = max(0, start - 6)
    found = _EUR_BEFORE.search(text[tail:start])
    return tail + found.start() if found else None


def _form(text: str, match: re.Match, taal: str) -> Optional[str]:
    """How the amount around this number is written, or None when the number is no amount of money."""
    start = match.start()  # no copies of the text before the number: a long text has many numbers
    after = _WORD_AFTER.match(text, match.end())
    if text.endswith("€", 0, start):
        form = "teken_vast"
    elif start > 0 and text[start - 1] in _SPACE and text.endswith("€", 0, start - 1):
        form = "teken"
    elif _eur_before(text, start) is not None:
        form = "eur"
    elif after is not None:
        word = after.group(1)
        form = "teken_achter" if word == "€" else "eur" if word == "EUR" else "woord"
    else:
        return None
    if taal == "nl" and _CENTS_AFTER_POINT.search(match.group(0)):
        return "punt"  # in Dutch a point groups thousands: '12.50' reads wrong
    return form


def _amounts(texts: list[_Tekst], smap: SourceMap) -> list[Probleem]:
    """Euro amounts written in more than one way (a student cannot tell if '€ 45' and '45 euro' differ), or
    with a decimal point in Dutch."""
    seen: dict[str, list[tuple[_Tekst, str]]] = {}
    for t in texts:
        if "€" not in t.tekst and "eur" not in t.tekst.lower():
            continue  # no amount without a euro sign or word: most texts are skipped without a regex
        for match in _NUMBER.finditer(t.tekst):
            form = _form(t.tekst, match, t.taal)
            if form is not None:
                seen.setdefault(form, []).append((t, _around(t.tekst, match)))
    if len(seen) < 2 and "punt" not in seen:
        return []
    first = {f: seen[f][0] for f in seen}
    line = {f: smap.waar(first[f][0].pad)[0] for f in seen}
    usual = max(seen, key=lambda f: (len(seen[f]), f == "teken"))
    others = sorted((f for f in seen if f != usual), key=lambda f: line[f])
    odd = "punt" if "punt" in seen else others[0]
    shown = _and([f"'{first[f][1]}' (regel {line[f]})" for f in [usual, *others]])
    if len(seen) == 1:
        bericht = f"Bedragen staan met een punt voor de centen, zoals {shown}; in het Nederlands is dat een komma."
    else:
        bericht = f"Bedragen staan op meer dan één manier in de teksten: {shown}."
    return [smap.probleem(first[odd][0].pad, "J419", bericht,
                          "Schrijf elk bedrag op dezelfde manier, het liefst zoals '€ 12,50': het euroteken, een "
                          "spatie en een komma voor de centen.", "waarschuwing")]


def _around(text: str, match: re.Match) -> str:
    """The amount as written: the number with its euro sign or word."""
    start = spaced = match.start()
    while spaced > 0 and text[spaced - 1] in _SPACE:
        spaced -= 1
    start = spaced if text.endswith("€", 0, spaced) else start
    start = start - 1 if text[start - 1: start] == "€" else start
    word = _eur_before(text, match.start())
    start = word if word is not None else start
    after = _WORD_AFTER.match(text, match.end())
    return text[start: match.end() + (after.end() - match.end() if after else 0)]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


# -- dates with a weekday ------------------------------------------------------------------------------------

_DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_ORD = r"(?:st|nd|rd|th|e|ste|de)?"
_DATUM = re.compile(
    rf"\b(?P<dag>{'|'.join(_DAGEN + _DAYS)}),?\s+(?:de\s+|the\s+)?"
    rf"(?:(?P<nummer>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<maand>{'|'.join(_MAANDEN + _MONTHS)})"
    rf"|(?P<maand2>{'|'.join(_MONTHS)})\s+(?P<nummer2>\d{{1,2}}){_ORD})"
    rf"(?:,?\s+(?P<jaar>\d{{4}}))?\b",
    re.I,
)


def _weekdays(texts: list[_Tekst], smap: SourceMap) -> list[Probleem]:
    """'maandag 16 december' is right in one year only: next school year the scenario says something false."""
    problems = []
    for t in texts:
        lower = t.tekst.lower()
        if "dag" not in lower and "day" not in lower:
            continue  # every weekday ends in -dag or -day: most texts are skipped without a regex
        for match in _DATUM.finditer(t.tekst):
            day = match.group("dag").lower()
            weekday = (_DAGEN.index(day) if day in _DAGEN else _DAYS.index(day))
            month_name = (match.group("maand") or match.group("maand2")).lower()
            month = (_MAANDEN.index(month_name) if month_name in _MAANDEN else _MONTHS.index(month_name)) + 1
            number = int(match.group("nummer") or match.group("nummer2"))
            year = match.group("jaar")
            if year:
                try:
                    real = datetime.date(int(year), month, number).weekday()
                except ValueError:
                    continue  # not a date at all; the text says something else
                if real == weekday:
                    continue  # a date in a named year: right for good
                problems.append(smap.probleem(
                    t.pad, "J420", f"'{match.group(0)}' klopt niet: die dag is een {_DAGEN[real]}.",
                    "Verbeter de weekdag, of noem alleen de datum.", "waarschuwing"))
                continue
            problems.append(smap.probleem(
                t.pad, "J420", f"'{match.group(0)}' noemt een weekdag bij een datum: dat klopt maar in één jaar.",
                "Noem de dag ('op maandag') of de datum ('16 december'), niet allebei; of schrijf iets als "
                "'de maandag voor kerst'.", "waarschuwing"))
    return problems
