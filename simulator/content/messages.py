"""Pydantic's validation errors, translated into problems a teacher can act on."""

from __future__ import annotations

from pydantic import BaseModel, ValidationError

from simulator.content import model as m
from simulator.content.problems import Probleem, suggest
from simulator.content.yaml_source import SourceMap

_TYPES = {
    "string_type": "een tekst",
    "int_type": "een geheel getal",
    "int_parsing": "een geheel getal",
    "int_from_float": "een geheel getal",
    "float_type": "een getal",
    "float_parsing": "een getal",
    "bool_type": "true of false",
    "bool_parsing": "true of false",
    "dict_type": "een blok met sleutels",
    "list_type": "een lijst (regels die met '- ' beginnen)",
    "model_type": "een blok met sleutels",
    "model_attributes_type": "een blok met sleutels",
}


def _all_field_names() -> set[str]:
    names: set[str] = set()
    for obj in vars(m).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel):
            for name, info in obj.model_fields.items():
                names.add(info.alias or name)
    return names


FIELD_NAMES = _all_field_names()


def _real_path(loc: tuple, data) -> tuple:
    """Pydantic's location reduced to a path in the data: union branch names and step tags dropped."""
    path: list = []
    node = data
    for part in loc:
        if node is None:
            break
        is_step = len(path) == 2 and path[0] == "stappen"
        if is_step and part in m.STAP_SOORTEN:
            continue  # the discriminator's tag
        if isinstance(node, dict) and part in node:
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            path.append(part)
            node = node[part]
        elif isinstance(part, str) and part in FIELD_NAMES:
            path.append(part)  # a key that is missing
            node = None
    return tuple(path)


def _show(value) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "…'"


def translate(error: ValidationError, data, smap: SourceMap) -> list[Probleem]:
    problems: dict[tuple, Probleem] = {}
    for err in error.errors():
        path = _real_path(err["loc"], data)
        problem = _one(err, path, smap)
        # A union gives one error per branch; the first one for a path is enough.
        problems.setdefault(path if err["type"] != "missing" else path + ("?",), problem)
    return list(problems.values())


def _where(path: tuple) -> str:
    shown = [str(p) if not isinstance(p, int) else f"[{p + 1}]" for p in path]
    return " → ".join(shown) if shown else "het bestand"


def _one(err: dict, path: tuple, smap: SourceMap) -> Probleem:
    kind = err["type"]
    value = err.get("input")
    name = path[-1] if path else ""
    if kind == "missing":
        parent = path[:-1]
        key = err["loc"][-1]
        hint = {
            "naar": "Elke keuze en elk antwoord zegt met 'naar:' welke stap volgt.",
            "tekst": "Geef de zin die gezegd wordt, of de tekst van de keuze.",
            "duur_minuten": "Schat hoe lang het scenario duurt, bv. 'duur_minuten: 8'.",
            "anders": "Geef onder 'invoer:' ook 'anders:' voor elk ander antwoord.",
            "klaar": "Een werkbank zegt met 'klaar:' wanneer het werk af is, bv. {variabele: kastdeksel, is: dicht}.",
            "acties": "Een werkbank heeft 'acties': welk gereedschap op welke zone wat doet.",
            "gereedschap": "Noem het gereedschap met zijn id uit assets/gereedschap.yaml, bv. kastmes.",
            "zone": "Noem de zone waarop het gereedschap werkt, bv. kastdeksel.",
        }.get(key, "")
        return smap.probleem(parent, "J201", f"In {_where(parent)} ontbreekt de verplichte sleutel '{key}'.", hint)
    if kind == "extra_forbidden":
        hint = suggest(name, FIELD_NAMES) or "Controleer de spelling en het inspringen."
        return smap.probleem(path, "J202", f"Onbekende sleutel '{name}' in {_where(path[:-1])}.", hint)
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        soorten = ", ".join(m.STAP_SOORTEN)
        return smap.probleem(
            path, "J203", f"Ik kan niet zien wat voor stap '{name}' is.",
            "Een stap heeft 'keuzes' (dialoog), 'naar' (vertelling), 'invoer', 'einde', "
            "'werkbank' (handelingen met gereedschap) of 'inspectie' (kijken met de loep). "
            f"Of schrijf 'soort:' met een van: {soorten}.",
        )
    if kind in _TYPES:
        return smap.probleem(path, "J204", f"Bij '{_where(path)}' hoort {_TYPES[kind]}, maar er staat {_show(value)}.")
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        hint = suggest(value, [e.strip(" '") for e in expected.replace(" or ", ",").split(",")])
        return smap.probleem(path, "J205", f"{_show(value)} mag hier niet; kies uit {expected.replace(' or ', ' of ')}.", hint)
    if kind == "string_pattern_mismatch":
        return smap.probleem(
            path, "J206", f"{_show(value)} is geen geldige naam.",
            "Gebruik letters, cijfers en streepjes, zonder spaties, bv. 'vraag-naar-bon'.",
        )
    if kind == "too_short":
        return smap.probleem(path, "J207", f"'{_where(path)}' mag niet leeg zijn.")
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        ctx = err.get("ctx", {})
        grens = {"greater_than": ("groter dan", ctx.get("gt")), "greater_than_equal": ("minstens", ctx.get("ge")),
                 "less_than": ("kleiner dan", ctx.get("lt")), "less_than_equal": ("hoogstens", ctx.get("le"))}[kind]
        return smap.probleem(path, "J208", f"'{_where(path)}' moet {grens[0]} {grens[1]} zijn, maar is {_show(value)}.")
    if kind == "inspectie_antwoord":
        return smap.probleem(path, "J210", err["msg"], "Geef 'keuzes:' zoals bij een dialoog, of 'invoer:' voor een getal.")
    if kind in ("tekst_type", "tekst_leeg"):
        return smap.probleem(path, "J209", f"Bij '{_where(path)}': {err['msg']}")
    return smap.probleem(path, "J299", f"Bij '{_where(path)}': {err['msg']}")
