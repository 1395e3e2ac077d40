"""Read a teacher's YAML file safely into plain data, remembering where every value stands.

PyYAML alone is not enough for files written by hand: it keeps the last of two equal keys without a
word, expands aliases without limit and reports errors in English. Here we compose the node tree with
the C loader when present, then build plain dicts and lists ourselves, so that we can refuse duplicate
keys, unknown tags and alias bombs, and can tell the line and column of every path in the data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional, Union

import yaml
from yaml.constructor import SafeConstructor

from simulator.content import yaml_errors
from simulator.content.problems import Probleem, ScenarioError

_Base: Union[type[yaml.CSafeLoader], type[yaml.SafeLoader]] = \
    yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
"""PyYAML's safe loader in C (much faster), or in pure Python where the platform's PyYAML has no libyaml."""


class SafeLoader(_Base):  # type: ignore[valid-type,misc]
    """The safe loader, with PyYAML's own tag resolving made quicker: the parser asks it for every value in the
    file, and the general version builds two lists per question and looks for path resolvers nobody set."""

    _implicit = {first: tuple(resolvers + _Base.yaml_implicit_resolvers.get(None, []))
                 for first, resolvers in _Base.yaml_implicit_resolvers.items() if first is not None}
    _wildcard = tuple(_Base.yaml_implicit_resolvers.get(None, []))

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in self._implicit.get(value[:1], self._wildcard):
                    if regexp.match(value):
                        return tag
            return _Base.DEFAULT_SCALAR_TAG
        return _Base.DEFAULT_MAPPING_TAG if kind is yaml.MappingNode else _Base.DEFAULT_SEQUENCE_TAG

MAX_BYTES = 1_000_000
"""A scenario is a few hundred lines; a megabyte is a mistake (or an attack)."""
MAX_NODES = 50_000
"""Values built, counting every alias use: stops a 'billion laughs' file fast. The largest real scenario has
about 1,500, so this leaves ample room."""
MAX_DEPTH = 40
"""Nesting depth of the data; real scenarios stay below 12."""

MAX_INT_BITS = 64
"""Whole numbers in a scenario are points, minutes, prices: far below 2**63."""

Path = tuple  # a path into the data: keys and list indices

_CONSTRUCTOR = SafeConstructor()
_NUMBER = re.compile(r"^[-+]?(0[xob])?[0-9a-fA-F_:.]+$")

_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
_INT = "tag:yaml.org,2002:int"
_PLAIN_INT = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")
"""A whole number written plainly (no octal 0…, no _, no +, no 60-base 1:30): int() reads it as YAML does."""
_SCALAR_TAGS = {
    _STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}


def _key(node) -> object:
    """A mapping key as the builder makes it: text, or the value written as text (1: -> '1'); no key for a list,
    a block or a merge ('<<')."""
    if node.__class__ is not yaml.ScalarNode or node.tag == _MERGE:
        return None
    if node.tag == _STR:
        return node.value
    try:
        value = SafeConstructor.yaml_constructors[node.tag](_CONSTRUCTOR, node)
    except Exception:  # noqa: BLE001 - a value the builder refused (it told the teacher): it keys as None did
        value = None
    return value if isinstance(value, str) else str(value)


@dataclass
class SourceMap:
    """Where each path of the data stands in the file (1-based line and column).

    Found when asked, in the file's node tree (`wortel`): most values never need their place, only the few a
    message is about. A path stands where its key is written; a list item or the whole file where it starts."""

    bestand: str
    posities: dict[Path, tuple[int, int]] = field(default_factory=dict)
    """Places known without the tree (given, or found before)."""
    wortel: Any = field(default=None, repr=False, compare=False)
    """The composed node tree of the file (yaml nodes), where places are looked up."""

    def waar(self, path: Path) -> tuple[int, int]:
        """Position of the longest known prefix of path."""
        path = tuple(path)
        while path:
            found = self.posities.get(path) or self._find(path)
            if found is not None:
                return found
            path = path[:-1]
        if () not in self.posities and self.wortel is not None:
            mark = self.wortel.start_mark
            self.posities[()] = (mark.line + 1, mark.column + 1)
        return self.posities.get((), (1, 1))

    def _find(self, path: Path) -> Optional[tuple[int, int]]:
        node = self.wortel
        mark = None
        for part in path:
            if node.__class__ is yaml.MappingNode:
                entry = next((pair for pair in node.value if _key(pair[0]) == part), None)
                if entry is None:
                    return None
                mark, node = entry[0].start_mark, entry[1]
            elif node.__class__ is yaml.SequenceNode and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
                mark = node.start_mark
            else:
                return None
        if mark is None:
            return None
        self.posities[path] = found = (mark.line + 1, mark.column + 1)
        return found

    def probleem(self, path: Path, code: str, bericht: str, hint: str = "", ernst="fout") -> Probleem:
        regel, kolom = self.waar(path)
        return Probleem(self.bestand, regel, kolom, code, bericht, hint, ernst)


def decode(raw: bytes, bestand: str) -> tuple[str, list[Probleem]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 with a warning."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        regel = raw[: exc.start].count(b"\n") + 1
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise ScenarioError([Probleem(
                bestand, regel, 0, "J102",
                "Dit bestand is geen leesbare tekst (geen UTF-8).",
                "Open het in een teksteditor en kies 'Opslaan als' met codering UTF-8.",
            )]) from None
        return text, [Probleem(
            bestand, regel, 0, "J103",
            "Dit bestand is niet als UTF-8 opgeslagen (waarschijnlijk Windows-1252); ik heb het toch gelezen.",
            "Kies in Kladblok 'Opslaan als' en zet 'Codering' op UTF-8, dan blijven letters als ë en é goed.",
            "waarschuwing",
        )]


def utf8(raw: bytes, bestand: str) -> bytes:
    """The file's bytes as UTF-8 (a file saved as Windows-1252 or UTF-16 is read as read_yaml reads it)."""
    return decode(raw, bestand)[0].encode("utf-8")


def read_yaml(raw: bytes, bestand: str) -> tuple[object, SourceMap, list[Probleem]]:
    """Parse raw bytes; returns the data, its source map and warnings, or raises ScenarioError."""
    if len(raw) > MAX_BYTES:
        raise ScenarioError([too_big(bestand, len(raw))])
    text, warnings = decode(raw, bestand)
    tab = _leading_tab(text)
    if tab:
        raise ScenarioError([Probleem(
            bestand, tab, 1, "J104",
            "Deze regel springt in met een tab; YAML accepteert alleen spaties.",
            "Vervang de tab door spaties (bijvoorbeeld 2 of 4). In veel editors: 'Tabs omzetten naar spaties'.",
        )])
    try:
        node = SafeLoader(text).get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise ScenarioError([yaml_errors.translate(exc, bestand, text)]) from None
    except yaml.YAMLError as exc:  # the reader's: a control character; its English text is never shown
        raise ScenarioError([yaml_errors.translate_other(exc, bestand, text)]) from None
    except RecursionError:
        raise ScenarioError([_too_deep(bestand, 0, 0)]) from None
    smap = SourceMap(bestand, wortel=node)
    if node is None:
        raise ScenarioError([Probleem(
            bestand, 1, 1, "J105", "Het bestand is leeg.",
            "Begin met 'id:', 'titel:' en 'werkproces:'; kijk naar een voorbeeld in de map scenarios.",
        )])
    builder = _Builder(smap)
    data = builder.build(node, 0)
    if builder.problemen:
        raise ScenarioError(builder.problemen)
    return data, smap, warnings


def too_big(bestand: str, size: int) -> Probleem:
    return Probleem(
        bestand, 0, 0, "J101",
        f"Het bestand is te groot ({size // 1024} kB; hooguit {MAX_BYTES // 1024} kB).",
        "Een scenario is meestal een paar honderd regels. Splits het op in meerdere scenario's.",
    )


def _leading_tab(text: str) -> int:
    """The first line that is indented with a tab (0: none)."""
    if "\t" not in text:
        return 0  # most files: no tab anywhere, and no need to split them into lines
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            return number
    return 0


def _short(text: str) -> str:
    return f"'{text}'" if len(text) <= 40 else f"'{text[:37]}…'"


def _too_deep(bestand: str, regel: int, kolom: int) -> Probleem:
    return Probleem(
        bestand, regel, kolom, "J107",
        f"De gegevens zijn te diep genest (meer dan {MAX_DEPTH} niveaus).",
        "Controleer het inspringen: staat elke stap direct onder 'stappen:'?",
    )


class _Builder:
    """Turns composed nodes into dicts, lists and scalars, checking as it goes."""

    def __init__(self, smap: SourceMap):
        self.smap = smap
        self.nodes = 0
        self.problemen: list[Probleem] = []
        self._scalars = SafeConstructor()
        self._failed: set[int] = set()

    def build(self, node, depth: int):
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ScenarioError([Probleem(
                self.smap.bestand, node.start_mark.line + 1, node.start_mark.column + 1, "J106",
                "Het bestand bevat te veel waarden (door verwijzingen met & en * die zich steeds herhalen).",
                "Gebruik geen ankers (&) en verwijzingen (*); schrijf de tekst gewoon uit.",
            )])
        if depth > MAX_DEPTH:
            raise ScenarioError([_too_deep(self.smap.bestand, node.start_mark.line + 1, node.start_mark.column + 1)])
        cls = node.__class__
        if cls is yaml.ScalarNode:
            return node.value if node.tag == _STR else self._scalar(node)  # most values are text
        if node.tag not in _COLLECTION_TAGS:
            self._unsafe_tag(node)
            return None
        if cls is yaml.MappingNode:
            return self._mapping(node, depth)
        return [self.build(item, depth + 1) for item in node.value]

    def _mapping(self, node, depth: int) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not yaml.ScalarNode:
                self._problem(key_node, "J108", "Een sleutel moet een woord zijn, geen lijst of blok.")
                continue
            if key_node.tag == _STR:
                key = key_node.value
            elif key_node.tag == _MERGE:
                self._problem(key_node, "J109", "Samenvoegen met '<<' wordt niet ondersteund.",
                              "Schrijf de sleutels gewoon uit in dit blok.")
                continue
            else:
                key = self._scalar(key_node)
                key = key if isinstance(key, str) else str(key)
            if key in result:
                first = next((k for k, _ in node.value if _key(k) == key), key_node)
                self._problem(key_node, "J111", f"De sleutel '{key}' staat twee keer in hetzelfde blok "
                              f"(regel {first.start_mark.line + 1} en regel {key_node.start_mark.line + 1}).",
                              "YAML zou de eerste stilletjes negeren. Verwijder of hernoem een van de twee.")
                continue
            if value_node.__class__ is yaml.ScalarNode and value_node.tag == _STR and depth < MAX_DEPTH \
                    and self.nodes < MAX_NODES:
                self.nodes += 1  # a text, the most common value: what build would do, without the call
                result[key] = value_node.value
            else:
                result[key] = self.build(value_node, depth + 1)
        return result

    def _problem(self, node, code: str, bericht: str, hint: str = "") -> None:
        self.problemen.append(Probleem(self.smap.bestand, node.start_mark.line + 1, node.start_mark.column + 1,
                                       code, bericht, hint))

    def _scalar(self, node):
        if node.tag == _STR:
            return node.value  # most values are text: skip the constructor's bookkeeping
        if node.tag == _INT and _PLAIN_INT.fullmatch(node.value):
            return int(node.value)  # points, minutes, prices: what PyYAML's constructor makes of them too
        if node.tag not in _SCALAR_TAGS:
            line, col = node.start_mark.line + 1, node.start_mark.column + 1
            if node.tag.startswith("tag:yaml.org,2002:") and node.tag.split(":")[-1] in ("timestamp", "binary", "omap", "pairs", "set"):
                return str(node.value)  # a date or the like: keep the text as the teacher wrote it
            self._unsafe_tag(node)
            return None
        if id(node) in self._failed:
            return None  # told once; an alias (*naam) to the same value says nothing new
        try:
            # the tag's own constructor, called directly: construct_object's bookkeeping is for collections
            value = SafeConstructor.yaml_constructors[node.tag](self._scalars, node)
        except (ValueError, KeyError, TypeError, OverflowError, yaml.YAMLError):
            # an integer of thousands of digits (past Python's safe limit), or '!!bool misschien'
            self._failed.add(id(node))
            self.problemen.append(self._bad_value(node))
            return None
        if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
            self._failed.add(id(node))  # 0x with 4,000 digits: every later sum or print of it fails
            self.problemen.append(self._bad_value(node))
            return None
        return value

    def _bad_value(self, node) -> Probleem:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        if len(str(node.value)) > 20 and _NUMBER.match(str(node.value)):
            return Probleem(self.smap.bestand, line, col, "J114", "Deze waarde is geen bruikbaar getal (veel te lang).",
                            "Schrijf een gewoon getal, of zet tekst tussen aanhalingstekens.")
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        return Probleem(
            self.smap.bestand, line, col, "J115", f"De waarde {_short(str(node.value))} past niet bij de tag '{tag}'.",
            "Laat de tag (het woord met '!!') weg; schrijf gewoon true of false, een getal of een tekst.",
        )

    def _unsafe_tag(self, node) -> None:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self.problemen.append(Probleem(
            self.smap.bestand, node.start_mark.line + 1, node.start_mark.column + 1, "J112",
            f"Onbekende of onveilige YAML-tag '{tag}'; die wordt niet uitgevoerd.",
            "Laat tags met '!' weg; een scenario bevat alleen tekst, getallen, lijsten en blokken.",
        ))
