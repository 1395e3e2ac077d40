"""Scenarios that vary per play: a seed draws one value for each thing that may vary, and fills it in.

A scenario declares what may vary under `varianten:` - a list of values, or a list of alternatives that each set
several things at once (a customer with a name, a portrait and pronouns):

    varianten:
      klant:
        - {naam: "Meneer Yilmaz", portret: klant-man-50, hij: hij, zijn: zijn}
        - {naam: "Mevrouw Bakker", portret: klant-vrouw-55, hij: zij, zijn: haar}
      prijs: [45, 55, 65]

Texts use them in braces: "{klant.naam}", "{Klant.hij}" (a capital first letter), "{prijs:euro}" (€ 45,50 the
Dutch way; in an English scenario €45.50, unless the text says "{prijs:euro:nl}"), "{prijs * 1.21:euro}". A value that is only a placeholder ("waarde: '{prijs * 1.21}'") becomes the
number itself, so answers follow the drawn values. Expressions are arithmetic on the declared names (+ - * / and
round, min, max, abs, omhoog, omlaag), read by a small parser: nothing in a file is ever run as code.
"""

from __future__ import annotations

import ast
import math
import operator
import random
import re
from functools import lru_cache
from typing import Any, Callable, Mapping, Optional

PLACEHOLDER = re.compile(r"\{([^{}\n]+)\}")
MAX_ZADEN = 8
"""Variants checked per scenario at most: enough to meet every value of every list at least once."""
_OPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
}
def _round(value: float, decimals: int = 0) -> float | int:
    """Rounding as people do it (half up, on the written digits): round(73.205, 2) is 73.21, not 73.2."""
    from decimal import ROUND_HALF_UP, Decimal

    exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-int(decimals)), rounding=ROUND_HALF_UP)
    return float(exact) if decimals else int(exact)  # round(x) is a whole number: 6, not 6.0


_FUNCTIONS: dict[str, Callable[..., Any]] = {"round": _round, "min": min, "max": max, "abs": abs,
                                             "omhoog": math.ceil, "omlaag": math.floor}
"""round (half up), min, max, abs, and omhoog/omlaag: to the whole number above or below (whole boxes of 10:
omhoog(stuks / 10) * 10)."""


class VariantFout(ValueError):
    """A placeholder that cannot be filled in (an unknown name, a division by zero, a value of the wrong kind)."""


def trek(varianten: Mapping[str, list], zaad: int) -> dict[str, Any]:
    """One value for each thing that may vary, drawn from the seed (the same seed always gives the same case)."""
    rng = random.Random(zaad)
    return {naam: rng.choice(list(waarden)) for naam, waarden in sorted(varianten.items()) if waarden}


def dekkende_zaden(varianten: Mapping[str, list], hoogstens: int = MAX_ZADEN) -> list[int]:
    """Seeds whose cases together use every value of every list (seed 0 first): what the checker plays through."""
    missing = {(naam, i) for naam, waarden in varianten.items() for i in range(len(waarden))}
    seeds: list[int] = []
    for zaad in range(2000):
        if not missing or len(seeds) >= hoogstens:
            break
        drawn = trek(varianten, zaad)
        new = {(naam, i) for naam, waarden in varianten.items() for i, w in enumerate(waarden)
               if drawn.get(naam) is w or drawn.get(naam) == w} & missing
        if new or zaad == 0:
            seeds.append(zaad)
            missing -= new
    return seeds


def vul_tekst(text: str, waarden: Mapping[str, Any], taal: str = "nl") -> Any:
    """A text with its placeholders filled in; a text that is one placeholder becomes its value (a number stays a
    number). Braces around anything that does not name a declared value are left as written."""
    if "{" not in text:
        return text
    return _tekstvuller(text, frozenset(_known(waarden)), taal)(waarden, None)


_Vul = Callable[[Mapping[str, Any], Optional[dict]], Any]
"""A text read once, filled in for any drawn values (with what the case's placeholders were written as so far)."""


def _tekstvuller(text: str, known: frozenset[str], taal: str) -> _Vul:
    """How to fill in a text: read once per template, used for every case."""
    whole = PLACEHOLDER.fullmatch(text.strip())
    if whole is not None and _names(whole.group(1)) and _names(whole.group(1)) <= known:
        expr, spec = _split(whole.group(1))
        if not spec:
            def value(waarden: Mapping[str, Any], said: Optional[dict] = None) -> Any:
                found = waarde(expr, waarden)
                return round(found, 6) if isinstance(found, float) else found
            return value
    pieces: list[Any] = []
    """Text as written, and (expression, format, language) for each placeholder to fill in."""
    written = 0
    for match in PLACEHOLDER.finditer(text):
        names = _names(match.group(1))
        if not names or not names <= known:
            continue  # not one of ours: left as written
        expr, spec = _split(match.group(1))
        pieces += [text[written:match.start()], (expr, *_language(spec, taal))]
        written = match.end()
    pieces.append(text[written:])

    def fill(waarden: Mapping[str, Any], said: Optional[dict] = None) -> str:
        said = {} if said is None else said  # a placeholder written out once per case: names come back often
        out = []
        for p in pieces:
            if isinstance(p, str):
                out.append(p)
                continue
            found = said.get(p)
            if found is None:
                found = said[p] = schrijf(waarde(p[0], waarden), p[1], p[2])
            out.append(found)
        return "".join(out)
    return fill


def _known(waarden: Mapping[str, Any]) -> set[str]:
    return {k for k in waarden} | {k[:1].upper() + k[1:] for k in waarden}


def _split(inner: str) -> tuple[str, str]:
    expr, _, spec = inner.partition(":")
    return expr.strip(), spec.strip()


def _language(spec: str, taal: str) -> tuple[str, str]:
    """A format may name its language ('euro:nl' in the Dutch feedback of an English scenario)."""
    kind, _, lang = spec.partition(":")
    return kind.strip(), (lang.strip() if lang.strip() in ("nl", "en") else taal)


@lru_cache(maxsize=4096)
def _names(inner: str) -> frozenset[str]:
    expr, _ = _split(inner)
    tree = _parse(expr)
    if tree is None:
        return frozenset()
    return frozenset(n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id not in _FUNCTIONS)


@lru_cache(maxsize=4096)
def _parse(expr: str) -> Optional[ast.Expression]:
    """An expression's syntax tree, read once (the same placeholders come back in every case)."""
    try:
        return ast.parse(expr, mode="eval")
    except SyntaxError:
        return None


def waarde(expr: str, waarden: Mapping[str, Any]) -> Any:
    """The value of a placeholder's expression (arithmetic on the drawn values only)."""
    capital: list[bool] = []  # a name written with a capital ({Klant.hij}) makes a text start with one
    result = _compiled(expr)(waarden, capital)
    if isinstance(result, float) and not math.isfinite(result):
        raise VariantFout(f"'{{{expr}}}' geeft geen getal")
    if capital and isinstance(result, str):
        return result[:1].upper() + result[1:]
    return result


_Eval = Callable[[Mapping[str, Any], list], Any]
"""A compiled part of an expression: its value for the drawn values (noting a capitalised name in the list)."""


@lru_cache(maxsize=4096)
def _compiled(expr: str) -> _Eval:
    """The expression as nested functions, made once: every case of every scenario fills in the same placeholders."""
    tree = _parse(expr)
    if tree is None:
        raise VariantFout(f"'{{{expr}}}' is geen geldige berekening")
    return _compile(tree.body, expr)


def _compile(node: ast.AST, expr: str) -> _Eval:
    """One node of the syntax tree. What is not allowed fails when evaluated, in the order a reader meets it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str)):
        constant = node.value
        return lambda waarden, capital: constant
    if isinstance(node, ast.Name):
        return _name(node.id)
    if isinstance(node, ast.Attribute):
        owner, attr = _compile(node.value, expr), node.attr

        def attribute(waarden: Mapping[str, Any], capital: list) -> Any:
            found = owner(waarden, capital)
            if not isinstance(found, Mapping) or attr not in found:
                raise VariantFout(f"'{attr}' hoort niet bij deze variant")
            return found[attr]
        return attribute
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        left, right, op = _compile(node.left, expr), _compile(node.right, expr), _OPS[type(node.op)]

        def arithmetic(waarden: Mapping[str, Any], capital: list) -> Any:
            a, b = left(waarden, capital), right(waarden, capital)
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (a, b)):
                raise VariantFout(f"'{{{expr}}}' rekent met iets dat geen getal is")
            try:
                return op(a, b)
            except ZeroDivisionError:
                raise VariantFout(f"'{{{expr}}}' deelt door nul") from None
        return arithmetic
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        operand, negate = _compile(node.operand, expr), isinstance(node.op, ast.USub)

        def sign(waarden: Mapping[str, Any], capital: list) -> Any:
            v = operand(waarden, capital)
            return -v if negate else v
        return sign
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCTIONS \
            and not node.keywords and len(node.args) <= 4:
        function, args = _FUNCTIONS[node.func.id], [_compile(a, expr) for a in node.args]
        return lambda waarden, capital: function(*(arg(waarden, capital) for arg in args))

    def refused(waarden: Mapping[str, Any], capital: list) -> Any:
        raise VariantFout(f"'{{{expr}}}': alleen rekenen (+ - * /, round, min, max, abs, omhoog, omlaag) met de "
                          "varianten mag")
    return refused


def _name(written: str) -> _Eval:
    lower = written[:1].lower() + written[1:]

    def name(waarden: Mapping[str, Any], capital: list) -> Any:
        if written in waarden:
            return waarden[written]
        if lower in waarden:
            capital.append(True)
            return waarden[lower]
        raise VariantFout(f"'{written}' staat niet onder 'varianten:'")
    return name


def schrijf(value: Any, spec: str = "", taal: str = "nl") -> str:
    """A filled-in value as text: numbers the way the scenario's language writes them. Formats: 'euro' (€ 12,50;
    a loss −€ 34.400), a number of decimals ('2'), 'nr' (digits only, for a register or order number), 'klein'
    (a name in mid-sentence: 'meneer Wang')."""
    if spec == "klein" and isinstance(value, str):
        return value[:1].lower() + value[1:]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if spec == "nr":
        return str(int(round(value))) if float(value).is_integer() else str(value)
    from simulator.engine.getal import MINUS, schrijf_getal

    euro = spec == "euro"
    cents = euro and round(float(value), 2) != round(float(value))
    places = spec.isascii() and spec.isdigit() and len(spec) <= 2  # '²' is a digit to isdigit, not to int
    decimals: Optional[int] = 2 if cents else 0 if euro else int(spec) if places else None
    amount = abs(float(value)) if euro else float(value)
    if taal == "en":
        plain = int(amount) if float(amount).is_integer() else amount
        number = f"{amount:,.{decimals}f}" if decimals is not None else f"{plain:,}"
    else:
        number = schrijf_getal(amount, decimals)
    if not euro:
        return number
    sign = (MINUS if taal == "nl" else "-") if value < 0 else ""
    return f"{sign}€ {number}" if taal == "nl" else f"{sign}€{number}"


# -- for the loader -------------------------------------------------------------------------------------

def varianten_van(data: Mapping) -> Optional[dict[str, list]]:
    """The scenario's `varianten` when they have the right shape (a name per list of values); None otherwise
    (then the file's shape check reports what is wrong)."""
    found = data.get("varianten")
    if not isinstance(found, dict) or not found:
        return None
    if not all(isinstance(k, str) and isinstance(v, list) and v for k, v in found.items()):
        return None
    return found


def placeholders(data: Mapping) -> list[tuple[tuple, str]]:
    """Where the template has text with braces in it (outside `varianten:` itself), and that text, in the order of
    the file: the only places a case differs."""
    found: list[tuple[tuple, str]] = []
    _walk_braces(((k, v) for k, v in data.items() if k != "varianten"), (), found)
    return found


def _walk_braces(items: Any, path: tuple, found: list[tuple[tuple, str]]) -> None:
    """Texts with braces among the items, into `found`; a path is made only where one is needed. (A function of
    its own: a closure that calls itself is a reference cycle, and while a library loads the collector rests.)"""
    for key, value in items:
        kind = type(value)
        if kind is str:
            if "{" in value:
                found.append((path + (key,), value))
        elif kind is dict:
            _walk_braces(value.items(), path + (key,), found)
        elif kind is list:
            _walk_braces(enumerate(value), path + (key,), found)


DUTCH_KEYS = frozenset({"feedback", "samenvatting", "leerdoelen"})
"""Texts written for the Dutch student, also in a scenario whose conversation is English: numbers the Dutch way."""


def _taal_van(path: tuple, taal: str) -> str:
    """The language a text is written in: 'nl'/'en' when it is one of a {nl, en} pair, Dutch for the explanations
    to the student, else the scenario's language."""
    keys = [k for k in path if isinstance(k, str)]
    if keys and keys[-1] in ("nl", "en"):
        return keys[-1]
    return "nl" if any(k in DUTCH_KEYS for k in keys) else taal


class Invuller:
    """A scenario's template read once (where its placeholders stand, and how to fill in each), to make the data
    of any case. A placeholder that cannot be filled in is problem J330 where it stands.

    Only the containers on the way to a placeholder are copied; the rest is shared with the template (nothing
    downstream changes the data it is given)."""

    def __init__(self, data: Mapping, varianten: Mapping[str, list], smap: Any):
        self.data, self.varianten, self.smap = data, varianten, smap
        known = frozenset(_known(varianten))
        taal = str(data.get("taal") or "nl")
        found = placeholders(data)
        self.plekken: list[tuple[tuple, _Vul]] = [(path, _tekstvuller(text, known, _taal_van(path, taal)))
                                                  for path, text in found]
        self.alleen_tekst = all(_in_text(path, text, known) for path, text in found)
        """Every placeholder stands in text or an expected answer (not in variables, conditions, points or
        routes): then one analysis holds for every case."""

    def geval(self, zaad: int) -> dict:
        """The data of the case of this seed."""
        from simulator.content.problems import ScenarioError

        waarden = trek(self.varianten, zaad)
        said: dict = {}
        root = dict(self.data)
        copied = {id(root)}
        for path, fill in self.plekken:
            node: Any = root
            for key in path[:-1]:
                child = node[key]
                if id(child) not in copied:
                    child = dict(child) if isinstance(child, dict) else list(child)
                    copied.add(id(child))
                    node[key] = child
                node = child
            try:
                node[path[-1]] = fill(waarden, said)
            except VariantFout as exc:
                raise ScenarioError([self.smap.probleem(
                    path, "J330", f"{exc} (in het geval met {_case(waarden)}).",
                    "In een variant mag: '{naam}', '{klant.naam}', '{prijs:euro}', '{prijs * 1.21}'; de namen "
                    "staan onder 'varianten:'.")]) from None
        return root


def fill_variant(data: Mapping, varianten: Mapping[str, list], zaad: int, smap: Any) -> dict:
    """The data of one case (see `Invuller`, which reads the template once for many cases)."""
    return Invuller(data, varianten, smap).geval(zaad)


def in_variant(problems: list, data: Mapping, zaad: Optional[int]) -> list:
    """Problems of one case, saying which case (the values drawn) so a teacher can find it."""
    varianten = varianten_van(data)
    if zaad is None or varianten is None:
        return list(problems)
    from dataclasses import replace

    note = f" (in het geval met {_case(trek(varianten, zaad))}; speel het met --zaad {zaad})"
    return [replace(p, bericht=p.bericht + note) for p in problems]


def _case(waarden: Mapping[str, Any]) -> str:
    def show(v: Any) -> str:
        if isinstance(v, Mapping):
            return str(next(iter(v.values()), ""))
        return schrijf(v) if isinstance(v, (int, float)) else str(v)
    return ", ".join(f"{k} = {show(v)}" for k, v in waarden.items())


TEXT_KEYS = frozenset({"tekst", "feedback", "einde", "naam", "rol", "titel", "samenvatting", "omschrijving", "label",
                       "leerdoelen", "portret", "waarde", "marge", "verwacht", "ook_goed", "sleutelwoorden", "eenheid"})
"""Keys whose values never change the scenario's graph: what is said, who says it, and which number is right.
A scenario whose placeholders all stand under these keys has the same analysis in every case."""


def _in_text(path: tuple, text: str, known: frozenset[str]) -> bool:
    """Whether a placeholder's text cannot change the scenario's graph: it stands under one of `TEXT_KEYS` (the
    key nearest above it), or none of its braces names a declared value."""
    key = next((k for k in reversed(path) if isinstance(k, str)), None)
    return key in TEXT_KEYS or not any(_names(m.group(1)) & known for m in PLACEHOLDER.finditer(text))
