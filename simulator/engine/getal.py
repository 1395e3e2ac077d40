"""Numbers the way Dutch people write them: read a typed answer, write a number back.

`lees_getal(tekst)` reads what a student typed; `schrijf_getal(waarde, decimalen)` writes "−34.400" or
"1.234,50"; `getal_in_woorden(waarde, decimalen)` spells a number out ("vierendertigduizend vierhonderd"),
so a question about an unclear answer cannot be misread.

What is read (spaces anywhere between the parts are ignored):

- a sign in front: "-" (hyphen), "−" (U+2212, minus) or "–" (U+2013, en dash), or "+";
- "€" once, before or after the number; the sign may stand before or after it: "−€ 5" and "€ -5";
- the digits: "," is the decimal mark; "." groups thousands, and so does a space (also a non-breaking,
  narrow or thin space): "1.234,50", "34 400", "1.234.567";
- ",-" (or ",–", ",−", ",--") after whole euros, the Dutch price notation: "12,-" is 12.

Thousands groups must be whole: the first group has 1 to 3 digits, every group after a "." or a space has
exactly 3 ("1.23,5" and "12 34" are refused with the reason). After the decimal comma come only digits.

When is an answer read two ways? Only when it has exactly one "." and no ",": in Dutch a "." is never a decimal
mark, but many students type one (English habit, the numeric keypad). So the game asks instead of guessing:

- "34.400": a thousands group (34400), or a decimal point (34,4). The thousands reading comes first, because
  it is the Dutch one, whenever the grouping is whole (1 to 3 digits, ".", exactly 3 digits);
- "45.50", "3.1415", "1234.5": a decimal point (45,5), or a misplaced thousands dot (4550). The decimal
  reading comes first; a Dutch reader who ignores the dot gets the second, so we ask.

Never ambiguous: a "." after "0" or at the start ("0.5", ".5": a thousands group never starts with 0, so it
must be a decimal point), several dots ("1.234.567": a number has one decimal mark, so they group
thousands), and "." together with "," ("1.234,50"). An answer with a "," after a "." is Dutch and clear; a
"." after the "," ("1,234.50", English) is refused with a reason, never guessed.

Anything else gets a `Fout` with a `code` the game turns into a sentence a student understands
(assets/strings, key "getal.<code>"), with `teken` (the odd character) where it helps.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Optional, Union

MINUS_SIGNS = "-\u2212\u2013"
"""Hyphen-minus, the minus sign (U+2212) and the en dash (U+2013): all three are typed as a minus."""
PRICE_ENDINGS = (",--", ",-", ",\u2212", ",\u2013")
"""'12,-': whole euros, as on a Dutch price tag."""
MAX_DIGITS = 15
"""More digits than a float keeps exactly; no answer in a jeweller's shop needs them."""
MINUS = "\u2212"
"""The minus sign the game writes: wider and clearer than a hyphen."""


@dataclass(frozen=True)
class Lezing:
    """One way to read the typed text: the number and how many decimals were written."""

    waarde: float
    decimalen: int

    @property
    def tekst(self) -> str:
        """The number written the Dutch way: '34.400', '34,4'."""
        return schrijf_getal(self.waarde, self.decimalen)

    @property
    def woorden(self) -> str:
        """The number in words: 'vierendertigduizend vierhonderd', 'vierendertig komma vier'."""
        return getal_in_woorden(self.waarde, self.decimalen)


@dataclass(frozen=True)
class Fout:
    """Why a text is not a number: a code for the strings table, and the odd character if there is one."""

    code: str
    teken: str = ""


@dataclass(frozen=True)
class Gelezen:
    """What `lees_getal` found: one reading, two (ask which one is meant), or none with the reason."""

    lezingen: tuple[Lezing, ...] = ()
    fout: Optional[Fout] = None

    @property
    def ok(self) -> bool:
        """Exactly one reading: the number is clear."""
        return len(self.lezingen) == 1

    @property
    def dubbelzinnig(self) -> bool:
        return len(self.lezingen) > 1

    @property
    def waarde(self) -> Optional[float]:
        """The number when it is clear, else None."""
        return self.lezingen[0].waarde if self.ok else None


def _fout(code: str, teken: str = "") -> Gelezen:
    return Gelezen(fout=Fout(code, teken))


def _is_space(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) == "Zs"


def lees_getal(tekst: str) -> Gelezen:
    """Read a number as a Dutch person writes it (see the module docstring for the exact rules)."""
    text = "".join(" " if _is_space(ch) else ch for ch in tekst).strip()
    if not text:
        return _fout("leeg")
    negative, text, problem = _sign_and_euro(text)
    if problem is not None:
        return problem
    whole_euros = False
    for ending in PRICE_ENDINGS:
        if text.endswith(ending) and text[: -len(ending)].rstrip():
            text, whole_euros = text[: -len(ending)].rstrip(), True
            if "," in text:
                return _fout("twee_kommas")
            break
    for ch in text:
        if not (ch.isdigit() and ch.isascii()) and ch not in "., ":
            if ch in MINUS_SIGNS or ch in "+€":
                return _fout("teken_plek", ch)
            return _fout("teken", ch)
    if not any(ch.isdigit() for ch in text):
        return _fout("geen_cijfers")
    if sum(ch.isdigit() for ch in text) > MAX_DIGITS:
        return _fout("te_lang")
    readings = _digits(text, whole_euros)
    if isinstance(readings, Gelezen):
        return readings
    if negative:
        readings = tuple(Lezing(-r.waarde if r.waarde else 0.0, r.decimalen) for r in readings)
    return Gelezen(lezingen=readings)


def _sign_and_euro(text: str) -> tuple[bool, str, Optional[Gelezen]]:
    """Take the sign and the euro sign off the ends: (negative, the rest, a Fout or None)."""
    negative = False
    seen_sign = seen_euro = False
    while text and (text[0] in MINUS_SIGNS + "+€"):
        ch = text[0]
        if ch == "€":
            if seen_euro:
                return False, text, _fout("teken_plek", ch)
            seen_euro = True
        else:
            if seen_sign:
                return False, text, _fout("teken_plek", ch)
            seen_sign, negative = True, ch != "+"
        text = text[1:].lstrip()
    if text.endswith("€"):
        if seen_euro:
            return False, text, _fout("teken_plek", "€")
        text = text[:-1].rstrip()
    return negative, text, None


def _digits(text: str, whole_euros: bool = False) -> Union[tuple[Lezing, ...], Gelezen]:
    """The readings of digits with '.', ',' and spaces (no sign, no euro). After ',-' (whole euros) a
    '.' can only group thousands."""
    if text.count(",") > 1:
        return _fout("twee_kommas")
    whole, comma, fraction = text.partition(",")
    fraction = fraction.strip()
    if comma:
        if "." in fraction:
            return _fout("punt_na_komma")
        if not fraction:
            return _fout("komma_aan_eind")
        if not fraction.isdigit():
            return _fout("groepen")
    whole = whole.strip()
    if comma or whole_euros or " " in whole or whole.count(".") != 1:
        if not _grouped(whole):
            return _fout("groepen")
        digits = whole.replace(".", "").replace(" ", "") or "0"
        return (_reading(digits, fraction),)
    # exactly one '.', no ',': the only input that can be read two ways
    before, _, after = whole.partition(".")
    if not after:
        return _fout("punt_aan_eind")
    if not before or before.startswith("0"):
        return (_reading(before or "0", after),)  # a thousands group never starts with 0: a decimal point
    # asked as "34,4", not "34,400": zeros at the end say nothing, except in a price like 45,50
    decimal = _reading(before, after if len(after) == 2 else after.rstrip("0"))
    thousands = _reading(before + after, "")
    if len(after) == 3 and len(before) <= 3:
        return (thousands, decimal)
    return (decimal, thousands)


def _grouped(whole: str) -> bool:
    """Digits, optionally grouped in thousands by '.' or a space: '1.234.567', '34 400', '12'."""
    if whole == "":
        return True
    groups = whole.replace(" ", ".").split(".")
    if not all(g.isdigit() for g in groups):
        return False
    if len(groups) == 1:
        return True
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _reading(whole: str, fraction: str) -> Lezing:
    value = Decimal(f"{whole}.{fraction}" if fraction else whole)
    return Lezing(float(value), len(fraction))


# -- writing ---------------------------------------------------------------------------------------

def _decimal(waarde: float, decimalen: Optional[int]) -> Decimal:
    """The value as an exact decimal: rounded half up to `decimalen`, or up to 6 places without float noise."""
    value = Decimal(repr(float(waarde)))
    if decimalen is None:
        value = value.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP).normalize()
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
        return value
    return value.quantize(Decimal(1).scaleb(-decimalen), rounding=ROUND_HALF_UP)


def schrijf_getal(waarde: float, decimalen: Optional[int] = None) -> str:
    """'−34.400', '1.234,50', '0,05': dots between thousands, a decimal comma, the minus sign U+2212.

    With `decimalen` the number is rounded (half up) to that many decimals; without, it gets as many as it
    needs (at most 6).
    """
    if not math.isfinite(waarde):
        return str(waarde)
    try:
        value = _decimal(waarde, decimalen)
    except (InvalidOperation, ValueError, OverflowError):
        return str(waarde)
    sign = MINUS if value < 0 and value != 0 else ""
    text = f"{abs(value):f}"
    whole, _, fraction = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + fraction if fraction else "")


def is_bedrag(eenheid: Optional[str]) -> bool:
    """An amount of money ('euro', 'euro per uur', '€'): written with cents when it has them."""
    return bool(eenheid) and str(eenheid).strip().lower().startswith(("euro", "€"))


def decimalen_voor(waarde: float, eenheid: Optional[str], anders: Optional[int] = None) -> Optional[int]:
    """How many decimals to show: 2 for an amount with cents (34,40 euro), else `anders`."""
    return 2 if is_bedrag(eenheid) and float(waarde) != round(float(waarde)) else anders


def schrijf_antwoord(waarde: float, eenheid: Optional[str] = None, decimalen: Optional[int] = None) -> str:
    """A typed answer with its unit: '−34.400 euro', '1.234,50 euro' (cents when an amount has them), '6,8 mm'."""
    text = schrijf_getal(waarde, decimalen_voor(waarde, eenheid, decimalen))
    return f"{text} {eenheid}" if eenheid else text


# -- words -----------------------------------------------------------------------------------------

UNITS = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
         "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien")
TENS = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
BIG = ((10**18, "triljoen"), (10**15, "biljard"), (10**12, "biljoen"), (10**9, "miljard"), (10**6, "miljoen"))


def _below_hundred(n: int) -> str:
    if n < 20:
        return UNITS[n]
    unit, ten = n % 10, TENS[n // 10]
    if unit == 0:
        return ten
    joint = "ën" if UNITS[unit].endswith("e") else "en"  # tweeëntwintig, drieëntwintig
    return UNITS[unit] + joint + ten


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    head = "" if hundreds == 0 else ("honderd" if hundreds == 1 else UNITS[hundreds] + "honderd")
    return head + (_below_hundred(rest) if rest or not head else "")


def _whole_words(n: int) -> str:
    """Words for a whole number >= 0: one word up to a thousand, a space after 'duizend' and around
    'miljoen' (the Dutch spelling rule): 'vierendertigduizend vierhonderd', 'twee miljoen vijftig'."""
    if n == 0:
        return "nul"
    parts = []
    for size, word in BIG:
        count, n = divmod(n, size)
        if count:
            parts.append(f"{'één' if count == 1 else _whole_words(count)} {word}")
    thousands, rest = divmod(n, 1000)
    if thousands:
        parts.append("duizend" if thousands == 1 else _below_thousand(thousands) + "duizend")
    if rest:
        parts.append("één" if rest == 1 else _below_thousand(rest))
    return " ".join(parts)


def getal_in_woorden(waarde: float, decimalen: Optional[int] = None) -> str:
    """'min vierendertigduizend vierhonderd', 'vierendertig komma vier', 'nul komma nul vijf'."""
    text = schrijf_getal(waarde, decimalen)
    sign = "min " if text.startswith(MINUS) else ""
    whole, _, fraction = text.lstrip(MINUS).partition(",")
    words = _whole_words(int(whole.replace(".", "")))
    if fraction:
        zeros = len(fraction) - len(fraction.lstrip("0"))
        rest = fraction.lstrip("0")
        spoken = ["nul"] * zeros + ([_whole_words(int(rest))] if rest else [])
        words += " komma " + " ".join(spoken)
    return sign + words
