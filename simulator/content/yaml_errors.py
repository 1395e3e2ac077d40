"""YAML's syntax errors, told the way a teacher with a text editor can act on them.

The parser reports where it got stuck, which is often not where the mistake is: a missing colon shows up on
the next line, text with ': ' looks like a new key, a line indented 6 instead of 8 makes it expect a list
item. Here we look at the lines around that spot to name the real mistake, on the line it is on.
"""

from __future__ import annotations

import re

import yaml

from simulator.content.problems import Probleem

CURLY = "“”„‟‘’‚‛"
"""Quotes Word and Outlook put in automatically; YAML only knows the straight ones (\" and ')."""

_KEY = re.compile(r"^((?:- +)*)([\w.\-]+)\s*:(\s|$)")
"""A key at the start of a line's content (after any list dashes)."""

_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""What YAML refuses to read: control characters (and lone surrogates)."""

_TABLE = [
    (re.compile(r"found character '\\t'"), "Hier staat een tab; YAML accepteert alleen spaties.",
     "Vervang de tab door spaties."),
    (re.compile(r"found undefined alias"), "Verwijzing naar een anker (*naam) dat niet bestaat.",
     "Gebruik liever geen ankers; schrijf de waarde uit."),
    (re.compile(r"found unexpected end of stream|while scanning a quoted scalar"), "Een aanhalingsteken wordt niet afgesloten.",
     "Controleer of elke tekst die met \" begint ook met \" eindigt."),
    (re.compile(r"did not find expected key|expected <block end>"), "Het inspringen klopt hier niet.",
     "Sleutels in hetzelfde blok moeten precies even ver inspringen."),
    (re.compile(r"did not find expected '-' indicator"), "Het inspringen van deze lijst klopt niet.",
     "Elk item van een lijst begint met '- ' op dezelfde inspringing."),
    (re.compile(r"exceeded maximum nesting depth"), "De gegevens zijn te diep genest.",
     "Controleer het inspringen en de haakjes [ ] en { }."),
    (re.compile(r"expected a single document"), "Het bestand bevat meer dan één YAML-document (een regel met '---' ertussen).",
     "Zet één scenario per bestand."),
    (re.compile(r"found unknown escape character"), "Een backslash '\\' in tekst tussen dubbele aanhalingstekens.",
     "Gebruik enkele aanhalingstekens of schrijf '\\\\'."),
    (re.compile(r"while scanning a block scalar"), "Na het teken '>' of '|' (tekst over meer regels) mag op deze regel "
     "niets anders staan.", "Zet de tekst zelf op de regels eronder, verder ingesprongen dan de sleutel."),
    (re.compile(r"while scanning an? (alias|anchor)"), "Een '*' of '&' aan het begin van een waarde betekent in YAML een "
     "verwijzing of anker.", "Zet tekst die met * of & begint tussen aanhalingstekens."),
    (re.compile(r"found duplicate anchor"), "Hetzelfde anker (&naam) staat twee keer in het bestand.",
     "Gebruik liever geen ankers (&) en verwijzingen (*); schrijf de waarde uit."),
    (re.compile(r"found character that cannot start any token|found unexpected ':'|while scanning a directive"),
     "Hier staat een teken waarmee een waarde niet mag beginnen (zoals @, ` of %).",
     "Zet de tekst tussen aanhalingstekens."),
    (re.compile(r"mapping values are not allowed"), "Er staat een dubbele punt ':' op een plek waar YAML die niet verwacht.",
     "Zet tekst met een dubbele punt erin tussen aanhalingstekens: tekst: \"Let op: dit is een citaat\"."),
]


def translate(exc: yaml.MarkedYAMLError, bestand: str, text: str) -> Probleem:
    """One Dutch problem for a YAML syntax error, on the line where the teacher has to change something."""
    lines = text.splitlines()
    mark = exc.problem_mark or exc.context_mark
    regel, kolom = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    quote_line = _unclosed_quote(lines, regel)
    if quote_line:
        return Probleem(bestand, quote_line, 1, "J110", "Op deze regel wordt een aanhalingsteken (\") niet afgesloten.",
                        "Elke tekst die met \" begint, eindigt ook met \" op dezelfde regel.")
    english = f"{exc.context or ''} {exc.problem or ''}"
    found = _diagnose(exc, english, lines, regel, kolom)
    if found is not None:
        line, col, bericht, hint = found
        return Probleem(bestand, line, col, "J110", bericht, hint)
    for pattern, bericht, hint in _TABLE:
        if pattern.search(english):
            return Probleem(bestand, regel, kolom, "J110", bericht, hint)
    return Probleem(bestand, regel, kolom, "J110", "Dit is geen geldige YAML.",
                    "Controleer inspringen, dubbele punten en aanhalingstekens rond deze plek.")


def translate_other(exc: yaml.YAMLError, bestand: str, text: str) -> Probleem:
    """A YAML error without a mark: in practice the reader refusing an invisible control character."""
    found = _NOT_PRINTABLE.search(text)  # the reader's own position counts bytes in one loader, characters in the other
    if found is not None:
        position, code = found.start(), ord(found.group())
        regel = text[:position].count("\n") + 1
        kolom = position - (text.rfind("\n", 0, position) + 1) + 1
        return Probleem(bestand, regel, kolom, "J110",
                        f"Hier staat een onzichtbaar stuurteken (code {code:#04x}) dat niet in een tekstbestand hoort.",
                        "Haal het weg: zet de cursor erop en druk op Delete, of typ de regel opnieuw. Zulke tekens "
                        "komen vaak mee bij kopiëren uit een pdf of een webpagina.")
    return Probleem(bestand, 0, 0, "J110", "Dit is geen geldige YAML.",
                    "Controleer inspringen, dubbele punten en aanhalingstekens.")


Found = tuple[int, int, str, str]
"""(line, column, message, hint)."""


def _diagnose(exc: yaml.MarkedYAMLError, english: str, lines: list[str], regel: int, kolom: int) -> Found | None:
    """The real mistake behind the parser's complaint, or None when the table's text is the best we can say."""
    hard_space = _hard_space(lines, regel)
    if hard_space is not None:
        return hard_space
    if "could not find expected ':'" in english and exc.context_mark is not None:
        return _missing_colon(lines, exc.context_mark.line + 1)  # the key's line, not where YAML gave up
    if "mapping values are not allowed" in english:
        return _colon_in_value(lines, regel, kolom)
    if re.search(r"did not find expected key|expected <block end>|did not find expected '-' indicator", english):
        return _indentation(lines, regel, kolom)
    if re.search(r"while parsing a flow|did not find expected ',' or", english):
        opened = exc.context_mark.line + 1 if exc.context_mark is not None else regel
        return _unclosed_flow(lines, opened, kolom if opened == regel else 0)
    if "expected <document start>" in english:
        return _indented_first_line(lines)
    return None


def _unclosed_quote(lines: list[str], before_line: int) -> int:
    """The first line (1-based) up to before_line with an odd number of double quotes, or 0.

    Only asked after YAML failed: an unclosed quote makes the parser complain much later, about indentation.
    """
    for number, line in enumerate(lines[:before_line], 1):
        if line.lstrip().startswith("#"):
            continue
        if (line.count('"') - line.count('\\"')) % 2:
            return number
    return 0


def _line(lines: list[str], number: int) -> str:
    return lines[number - 1] if 0 < number <= len(lines) else ""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content_col(line: str) -> int:
    """0-based column where the line's content starts after its indentation and any list dashes ('- ')."""
    match = re.match(r"^ *(?:- +)*", line)
    return match.end() if match else 0


def _previous(lines: list[str], number: int) -> int:
    """The nearest line above `number` with content (not blank, not only a comment), or 0."""
    for n in range(number - 1, 0, -1):
        stripped = _line(lines, n).strip()
        if stripped and not stripped.startswith("#"):
            return n
    return 0


def _spaties(n: int) -> str:
    return "1 spatie" if n == 1 else f"{n} spaties"


def _short(text: str, size: int = 70) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _missing_colon(lines: list[str], number: int) -> Found | None:
    line = _line(lines, number)
    start = _content_col(line)
    words = line[start:].split(None, 1)
    if not words:
        return None
    word, rest = words[0], (words[1].strip() if len(words) > 1 else "")
    hint = f"Schrijf '{word}: {_short(rest)}'." if rest else f"Schrijf '{word}:' met de waarde erachter."
    return (number, start + len(word) + 1, f"Op deze regel mist een dubbele punt ':' na '{word}'.",
            hint + " Elke regel in een blok is 'sleutel: waarde'.")


def _colon_in_value(lines: list[str], number: int, kolom: int) -> Found | None:
    """': ' where YAML does not expect it: a missing colon on the line above, an indent, or text to quote."""
    line = _line(lines, number)
    before = line[_content_col(line): kolom - 1].strip()
    if re.fullmatch(r"[\w.\-]+", before):  # this line starts with a key: the trouble is the line above
        above = _previous(lines, number)
        prev = _line(lines, above)
        if above and not _KEY.match(prev.lstrip(" ")) and _content_col(prev) == _content_col(line):
            return _missing_colon(lines, above)
        if above and _KEY.match(prev.lstrip(" ")) and _content_col(line) > _content_col(prev):
            odd = _odd_lines_above(lines, number)
            if odd is not None:
                return odd
            return (number, _indent(line) + 1,
                    f"Deze regel springt {_spaties(_content_col(line))} in, en regel {above} erboven "
                    f"{_spaties(_content_col(prev))}. Voor YAML hoort deze regel daardoor bij "
                    f"'{_short(prev.strip(), 40)}' op regel {above}, en dat kan niet.",
                    "Sleutels van hetzelfde blok moeten precies even ver inspringen: zet ze recht onder elkaar.")
    return _quote_the_text(line, number)


_OPENS_BLOCK = re.compile(r"^ *(?:- +)?[^\s:#][^:#]*: *(?:#.*)?$")
"""A key with nothing after it: the lines below belong to its block."""


def _odd_lines_above(lines: list[str], number: int) -> Found | None:
    """The line just above (or a run of lines, as far in as each other) indented less than the lines around it:
    YAML only stumbles on the line after, but the mistake is there."""
    line, above = _line(lines, number), _previous(lines, number)
    col = _content_col(_line(lines, above)) if above else 0
    if not above or col >= _content_col(line):
        return None
    first = above
    while _previous(lines, first) and _content_col(_line(lines, _previous(lines, first))) == col \
            and not _OPENS_BLOCK.match(_line(lines, _previous(lines, first))):
        first = _previous(lines, first)
    before = _previous(lines, first)
    if not before:
        return None
    which, these = ("Deze regel springt", f"'{_first_word(_line(lines, first))}'") if first == above else (
        f"Regels {first} {'en' if _previous(lines, above) == first else 'tot en met'} {above} springen", "die regels")
    want = _spaties(_content_col(line))
    hint = f"Laat {these} even ver inspringen als regel {number} ({want}): sleutels van hetzelfde blok staan recht " \
           "onder elkaar."
    if _content_col(_line(lines, before)) == _content_col(line):
        return (first, _indent(_line(lines, first)) + 1,
                f"{which} {_spaties(col)} in, maar de regels erboven en eronder {want}.", hint)
    if _content_col(_line(lines, before)) == col and _OPENS_BLOCK.match(_line(lines, before)):
        return (first, _indent(_line(lines, first)) + 1,
                f"{which} {_spaties(col)} in, even ver als '{_first_word(_line(lines, before))}' op regel {before}; "
                f"wat in dat blok hoort, springt verder in.", hint)
    return None


def _quote_the_text(line: str, number: int) -> Found:
    key = _KEY.match(line.lstrip(" "))
    value_col = _indent(line) + (key.end() if key else _content_col(line) - _indent(line))
    prefix, value = line[:value_col].strip(), line[value_col:].strip()
    if any(c in value for c in CURLY):
        inner = value.strip(CURLY + " ").replace('"', '\\"')
        return (number, value_col + 1,
                "Deze tekst staat tussen gekrulde aanhalingstekens (“ ”), zoals Word die maakt. YAML ziet die niet als "
                "aanhalingstekens, en leest de dubbele punt ': ' in de tekst als een nieuwe sleutel.",
                f"Zet aanhalingstekens om de tekst, en gebruik rechte aanhalingstekens \"…\": {_quoted(prefix, inner)}")
    inner = value.strip('"').replace('"', '\\"') if value.startswith('"') else value.replace('"', '\\"')
    return (number, value_col + 1,
            "Deze tekst bevat een dubbele punt met een spatie erna (': '). Dan denkt YAML dat hier een nieuwe sleutel "
            "begint.",
            f"Zet aanhalingstekens om de tekst: {_quoted(prefix, inner)}")


def _quoted(prefix: str, text: str) -> str:
    """The line as it should be: 'tekst: "…"' (the key and any '- ' kept)."""
    return " ".join(part for part in (prefix, f'"{_short(text)}"') if part)


def _hard_space(lines: list[str], number: int) -> Found | None:
    """A non-breaking space (Word, a web page) where YAML needs a normal one: in the indentation or after a ':'."""
    for n in (number, _previous(lines, number)):
        line = _line(lines, n)
        found = re.search("^ *\u00a0|:\u00a0|^ *-\u00a0", line)
        if found:
            return (n, line.index("\u00a0") + 1, "Op deze regel staat een vaste spatie (uit Word of een webpagina) "
                    "waar YAML een gewone spatie nodig heeft.",
                    "Haal de spatie weg en typ een gewone spatie, of typ het begin van de regel opnieuw.")
    return None


def _unclosed_flow(lines: list[str], number: int, kolom: int) -> Found:
    """A { } or [ ] on one line that is not closed, or lacks a comma between its parts."""
    line = _line(lines, number)
    col = kolom or next((i + 1 for i, c in enumerate(line) if c in "{["), _indent(line) + 1)
    return (number, col, "Een blok tussen { } of een lijst tussen [ ] wordt hier niet goed afgesloten, of er mist een "
            "komma tussen de onderdelen.",
            "Controleer of elke { een } heeft en elke [ een ], en of er een komma staat tussen de onderdelen. Staat "
            "er tekst met een komma of dubbele punt in, zet die dan tussen aanhalingstekens.")


def _indented_first_line(lines: list[str]) -> Found | None:
    first = next((n for n, line in enumerate(lines, 1) if line.strip() and not line.strip().startswith("#")), 0)
    if first and _indent(_line(lines, first)) > 0:
        return (first, 1, "De eerste regel springt in, maar de sleutels bovenaan (id, titel, werkproces, …) staan "
                "helemaal vooraan.", "Haal de spaties aan het begin van deze regel weg.")
    return None


def _indentation(lines: list[str], number: int, kolom: int) -> Found | None:
    """The parser expected another key or list item. Say how far the line is indented and how far the
    blocks above it are, so the teacher can line it up."""
    line = _line(lines, number)
    indent = _indent(line)
    if re.match(r"^ *-[^\s-]", line):
        return (number, indent + 2, "Na het streepje '-' van een lijstitem hoort een spatie.",
                f"Schrijf '- {_short(line.strip()[1:])}'.")
    if kolom - 1 > indent:  # YAML got stuck in the middle of the line: something after a quoted text
        return _after_quoted_text(line, number, kolom)
    levels = _levels_above(lines, number)
    if not levels:
        return None
    if levels[0][1] == indent:  # as far as the text of a list item above: nothing can stand there
        outer = next((lvl for lvl in levels[1:] if lvl[1] < indent), None)
        if outer is None or _KEY.match(_line(lines, levels[0][0]).lstrip(" ")):
            return None
        return (number, indent + 1,
                f"Deze regel springt {_spaties(indent)} in, even ver als de tekst op regel {levels[0][0]}; daar kan "
                "geen sleutel staan.",
                f"Hoort '{_first_word(line)}' bij een hoger blok, laat hem dan zo ver inspringen als '{outer[2]}' op "
                f"regel {outer[0]} ({_spaties(outer[1])}).")
    first_line, first_col, first_key = levels[0]
    if indent > first_col:
        odd = _odd_lines_above(lines, number)
        if odd is not None:
            return odd
    hint = f"Laat '{_first_word(line)}' precies zo ver inspringen als '{first_key}' op regel {first_line} " \
           f"({_spaties(first_col)})"
    outer = next((lvl for lvl in levels[1:] if lvl[1] < indent), None)
    if indent < first_col and outer is not None:
        hint += f"; hoort hij bij een hoger blok, dan zoals '{outer[2]}' op regel {outer[0]} ({_spaties(outer[1])})"
    return (number, indent + 1,
            f"Deze regel springt {_spaties(indent)} in, maar het blok erboven {_spaties(first_col)}: "
            f"'{first_key}' op regel {first_line} staat in kolom {first_col + 1}.",
            hint + ".")


def _levels_above(lines: list[str], number: int) -> list[tuple[int, int, str]]:
    """(line, column of its keys, first key) of the block just above `number` and of each block around it."""
    levels: list[tuple[int, int, str]] = []
    n = number
    while True:
        n = _previous(lines, n)
        if not n:
            return levels
        col = _content_col(_line(lines, n))
        if not levels or col < levels[-1][1]:
            levels.append((n, col, _first_word(_line(lines, n))))


def _first_word(line: str) -> str:
    content = line[_content_col(line):].lstrip("{[")
    key = re.match(r"[^:\s,]+", content)
    return key.group(0) if key else content.strip()


def _after_quoted_text(line: str, number: int, kolom: int) -> Found | None:
    key = _KEY.match(line.lstrip(" "))
    value = line[_indent(line) + key.end():].strip() if key else line[_content_col(line):].strip()
    prefix = line[: _indent(line) + key.end()].strip() if key else ""
    if value.startswith("'"):
        return (number, kolom,
                "In deze tekst tussen enkele aanhalingstekens (') staat zelf een apostrof, zoals in zo'n of foto's. "
                "Daar houdt de tekst voor YAML op.",
                "Zet de tekst tussen dubbele aanhalingstekens: "
                + _quoted(prefix, value[1:-1] if value.endswith("'") else value[1:]))
    if value.startswith('"'):
        return (number, kolom,
                "Na de tekst tussen aanhalingstekens staat nog iets op deze regel.",
                "Zet aanhalingstekens om de hele tekst. Staan er aanhalingstekens in de tekst zelf, zet de tekst "
                "dan tussen enkele aanhalingstekens: tekst: 'Hij zei \"ja\".'")
    return None
