"""Read a teacher's YAML file safely into plain data, remembering where every value stands.

PyYAML alone is not enough for files written by hand: it keeps the last of two equal keys without a
word, expands aliases without limit and reports errors in English. Here we compose the node tree with
the C loader when present, then build plain dicts and lists ourselves, so that we can refuse duplicate
keys, unknown tags and alias bombs, and keep a line and column for every path in the data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
from yaml.constructor import SafeConstructor

from simulator.content.problems import Probleem, ScenarioError

try:  # the C loader is much faster; fall back to pure Python where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the platform's PyYAML build
    from yaml import SafeLoader as _Loader

MAX_BYTES = 1_000_000
"""A scenario is a few hundred lines; a megabyte is a mistake (or an attack)."""
MAX_NODES = 50_000
"""Values built, counting every alias use: stops a 'billion laughs' file fast. The largest real scenario has
about 1,500, so this leaves ample room."""
MAX_DEPTH = 40
"""Nesting depth of the data; real scenarios stay below 12."""

Path = tuple  # a path into the data: keys and list indices

_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}


@dataclass
class SourceMap:
    """Where each path of the data stands in the file (1-based line and column)."""

    bestand: str
    posities: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def waar(self, path: Path) -> tuple[int, int]:
        """Position of the longest known prefix of path."""
        path = tuple(path)
        while path:
            if path in self.posities:
                return self.posities[path]
            path = path[:-1]
        return self.posities.get((), (1, 1))

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


def read_yaml(raw: bytes, bestand: str) -> tuple[object, SourceMap, list[Probleem]]:
    """Parse raw bytes; returns the data, its source map and warnings, or raises ScenarioError."""
    if len(raw) > MAX_BYTES:
        raise ScenarioError([Probleem(
            bestand, 0, 0, "J101",
            f"Het bestand is te groot ({len(raw) // 1024} kB; hooguit {MAX_BYTES // 1024} kB).",
            "Een scenario is meestal een paar honderd regels. Splits het op in meerdere scenario's.",
        )])
    text, warnings = decode(raw, bestand)
    tab = _leading_tab(text)
    if tab:
        raise ScenarioError([Probleem(
            bestand, tab, 1, "J104",
            "Deze regel springt in met een tab; YAML accepteert alleen spaties.",
            "Vervang de tab door spaties (bijvoorbeeld 2 of 4). In veel editors: 'Tabs omzetten naar spaties'.",
        )])
    try:
        node = _Loader(text).get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise ScenarioError([_translate_yaml_error(exc, bestand, text)]) from None
    except yaml.YAMLError as exc:
        raise ScenarioError([Probleem(bestand, 0, 0, "J110", f"Dit is geen geldige YAML: {exc}")]) from None
    except RecursionError:
        raise ScenarioError([_too_deep(bestand, 0, 0)]) from None
    smap = SourceMap(bestand)
    if node is None:
        raise ScenarioError([Probleem(
            bestand, 1, 1, "J105", "Het bestand is leeg.",
            "Begin met 'id:', 'titel:' en 'werkproces:'; kijk naar een voorbeeld in de map scenarios.",
        )])
    builder = _Builder(smap)
    data = builder.build(node, (), 0)
    if builder.problemen:
        raise ScenarioError(builder.problemen)
    return data, smap, warnings


def _leading_tab(text: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            return number
    return 0


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

    def build(self, node, path: Path, depth: int):
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ScenarioError([Probleem(
                self.smap.bestand, node.start_mark.line + 1, node.start_mark.column + 1, "J106",
                "Het bestand bevat te veel waarden (door verwijzingen met & en * die zich steeds herhalen).",
                "Gebruik geen ankers (&) en verwijzingen (*); schrijf de tekst gewoon uit.",
            )])
        if depth > MAX_DEPTH:
            raise ScenarioError([_too_deep(self.smap.bestand, node.start_mark.line + 1, node.start_mark.column + 1)])
        self.smap.posities.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _COLLECTION_TAGS:
            self._unsafe_tag(node)
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _mapping(self, node, path: Path, depth: int) -> dict:
        result: dict = {}
        first_line: dict = {}
        for key_node, value_node in node.value:
            line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self.problemen.append(Probleem(self.smap.bestand, line, col, "J108", "Een sleutel moet een woord zijn, geen lijst of blok."))
                continue
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problemen.append(Probleem(
                    self.smap.bestand, line, col, "J109", "Samenvoegen met '<<' wordt niet ondersteund.",
                    "Schrijf de sleutels gewoon uit in dit blok.",
                ))
                continue
            key = self._scalar(key_node, path)
            key = key if isinstance(key, str) else str(key)
            if key in result:
                self.problemen.append(Probleem(
                    self.smap.bestand, line, col, "J111",
                    f"De sleutel '{key}' staat twee keer in hetzelfde blok (regel {first_line[key]} en regel {line}).",
                    "YAML zou de eerste stilletjes negeren. Verwijder of hernoem een van de twee.",
                ))
                continue
            first_line[key] = line
            self.smap.posities[path + (key,)] = (line, col)
            result[key] = self.build(value_node, path + (key,), depth + 1)
        return result

    def _scalar(self, node, path: Path):
        if node.tag not in _SCALAR_TAGS:
            line, col = node.start_mark.line + 1, node.start_mark.column + 1
            if node.tag.startswith("tag:yaml.org,2002:") and node.tag.split(":")[-1] in ("timestamp", "binary", "omap", "pairs", "set"):
                return str(node.value)  # a date or the like: keep the text as the teacher wrote it
            self._unsafe_tag(node)
            return None
        try:
            return self._scalars.construct_object(node)
        except ValueError:  # e.g. an integer of thousands of digits, past Python's safe limit
            self.problemen.append(Probleem(
                self.smap.bestand, node.start_mark.line + 1, node.start_mark.column + 1, "J114",
                "Deze waarde is geen bruikbaar getal (veel te lang).",
                "Schrijf een gewoon getal, of zet tekst tussen aanhalingstekens.",
            ))
            return None

    def _unsafe_tag(self, node) -> None:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self.problemen.append(Probleem(
            self.smap.bestand, node.start_mark.line + 1, node.start_mark.column + 1, "J112",
            f"Onbekende of onveilige YAML-tag '{tag}'; die wordt niet uitgevoerd.",
            "Laat tags met '!' weg; een scenario bevat alleen tekst, getallen, lijsten en blokken.",
        ))


_YAML_MESSAGES = [
    (re.compile(r"could not find expected ':'"), "Hier mist een dubbele punt ':' na de sleutel.",
     "Elke regel in een blok is 'sleutel: waarde'. Staat er tekst met een dubbele punt in? Zet die tussen aanhalingstekens."),
    (re.compile(r"mapping values are not allowed here"), "Er staat een dubbele punt ':' op een plek waar YAML die niet verwacht.",
     "Zet tekst met een dubbele punt erin tussen aanhalingstekens: tekst: \"Let op: dit is een citaat\"."),
    (re.compile(r"found character '\\t'"), "Hier staat een tab; YAML accepteert alleen spaties.",
     "Vervang de tab door spaties."),
    (re.compile(r"found undefined alias"), "Verwijzing naar een anker (*naam) dat niet bestaat.",
     "Gebruik liever geen ankers; schrijf de waarde uit."),
    (re.compile(r"found unexpected end of stream|while scanning a quoted scalar"), "Een aanhalingsteken wordt niet afgesloten.",
     "Controleer of elke tekst die met \" begint ook met \" eindigt."),
    (re.compile(r"did not find expected key|expected <block end>"), "Het inspringen klopt hier niet.",
     "Sleutels in hetzelfde blok moeten precies even ver inspringen; een lijstitem begint met '- '."),
    (re.compile(r"did not find expected '-' indicator"), "Het inspringen van deze lijst klopt niet.",
     "Elk item van een lijst begint met '- ' op dezelfde inspringing."),
    (re.compile(r"exceeded maximum nesting depth"), f"De gegevens zijn te diep genest.",
     "Controleer het inspringen en de haakjes [ ] en { }."),
    (re.compile(r"expected a single document"), "Het bestand bevat meer dan één YAML-document (een regel met '---' ertussen).",
     "Zet één scenario per bestand."),
    (re.compile(r"found unknown escape character"), "Een backslash '\\' in tekst tussen dubbele aanhalingstekens.",
     "Gebruik enkele aanhalingstekens of schrijf '\\\\'."),
    (re.compile(r"found character that cannot start any token|found unexpected ':'"), "Hier staat een teken waarmee een waarde niet mag beginnen (zoals @, ` of %).",
     "Zet de tekst tussen aanhalingstekens."),
]


def _unclosed_quote(text: str, before_line: int) -> int:
    """The first line (1-based) up to before_line with an odd number of double quotes, or 0.

    Only asked after YAML failed: an unclosed quote makes the parser complain much later, about indentation.
    """
    for number, line in enumerate(text.splitlines()[:before_line], 1):
        if line.lstrip().startswith("#"):
            continue
        if (line.count('"') - line.count('\\"')) % 2:
            return number
    return 0


def _translate_yaml_error(exc: yaml.MarkedYAMLError, bestand: str, text: str = "") -> Probleem:
    mark = exc.problem_mark or exc.context_mark
    regel, kolom = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    quote_line = _unclosed_quote(text, regel)
    if quote_line:
        return Probleem(bestand, quote_line, 1, "J110", "Op deze regel wordt een aanhalingsteken (\") niet afgesloten.",
                        "Elke tekst die met \" begint, eindigt ook met \" op dezelfde regel.")
    english = f"{exc.context or ''} {exc.problem or ''}"
    for pattern, bericht, hint in _YAML_MESSAGES:
        if pattern.search(english):
            return Probleem(bestand, regel, kolom, "J110", bericht, hint)
    return Probleem(bestand, regel, kolom, "J110", f"Dit is geen geldige YAML ({(exc.problem or '').strip()}).",
                    "Controleer inspringen, dubbele punten en aanhalingstekens rond deze plek.")
