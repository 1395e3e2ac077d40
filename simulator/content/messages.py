"""Pydantic's validation errors, translated into problems a teacher can act on."""

from __future__ import annotations

import typing
from typing import Iterable

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails, ErrorType

from simulator.content import model as m
from simulator.content.problems import Probleem, suggest
from simulator.content.yaml_source import SourceMap

_TYPES = {
    "string_type": "een tekst",
    "int_type": "een geheel getal",
    "int_parsing": "een geheel getal",
    "int_from_float": "een geheel getal (zonder komma)",
    "float_type": "een getal",
    "float_parsing": "een getal",
    "bool_type": "true of false",
    "bool_parsing": "true of false",
    "dict_type": "een blok met sleutels",
    "mapping_type": "een blok met sleutels",
    "list_type": "een lijst (regels die met '- ' beginnen)",
    "iterable_type": "een lijst (regels die met '- ' beginnen)",
    "tuple_type": "een lijst (regels die met '- ' beginnen)",
    "set_type": "een lijst (regels die met '- ' beginnen)",
    "frozen_set_type": "een lijst (regels die met '- ' beginnen)",
    "model_type": "een blok met sleutels",
    "model_attributes_type": "een blok met sleutels",
    "dataclass_type": "een blok met sleutels",
    "none_required": "niets (laat de waarde weg)",
}
"""Pydantic error types that mean 'a value of the wrong kind' -> what belongs there, for J204."""

_BOUNDS = {
    "greater_than": ("groter dan", "gt"), "greater_than_equal": ("minstens", "ge"),
    "less_than": ("kleiner dan", "lt"), "less_than_equal": ("hoogstens", "le"),
}

_OWN_TYPES = {"tekst_type": "J209", "tekst_leeg": "J209", "inspectie_antwoord": "J210", "veld_verwacht": "J211", "personage_naam": "J212"}
"""Errors our own validators raise, with a Dutch text of their own."""

_PYDANTIC_TYPES = frozenset(typing.get_args(ErrorType))
"""Every error type pydantic itself has: its text is English, so it is never shown."""

STAP_MODELLEN: dict[str, type[BaseModel]] = m.STAP_MODELLEN


def _all_field_names() -> set[str]:
    names: set[str] = set()
    for obj in m.alle_modellen():
        for name, info in obj.model_fields.items():
            names.add(info.alias or name)
    return names


FIELD_NAMES = _all_field_names()


def _real_path(loc: tuple, data) -> tuple:
    """Pydantic's location reduced to a path in the data: union branch names and step tags dropped."""
    path: list = []
    node = data
    tagged = False
    for part in loc:
        if node is None:
            break
        is_step = len(path) == 2 and path[0] == "stappen"
        if is_step and not tagged and part in m.STAP_SOORTEN:
            tagged = True  # the discriminator's tag, once: a kind's own key may have the same name ('invoer')
            continue
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
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number(value)
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "…'"


def _number(value: object) -> str:
    """A number as a Dutch teacher writes it (0 rather than 0.0, −0,605 rather than -0.605); anything else as is."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return str(value)
    from simulator.engine.getal import schrijf_getal  # lazily, as varianten.schrijf: the engine imports content

    return schrijf_getal(float(value))


def translate(error: ValidationError, data, smap: SourceMap) -> list[Probleem]:
    return translate_errors(error.errors(), data, smap)


def translate_errors(errors: Iterable[ErrorDetails], data, smap: SourceMap) -> list[Probleem]:
    """Pydantic's errors as Dutch problems, one per place."""
    problems: dict[tuple, Probleem] = {}
    for err in errors:
        path = _real_path(err["loc"], data)
        problem = _one(err, path, smap, data)
        # A union gives one error per branch; the first one for a path is enough.
        problems.setdefault(path if err["type"] != "missing" else path + ("?",), problem)
    return list(problems.values())


def _where(path: tuple) -> str:
    shown = [str(p) if not isinstance(p, int) else f"[{p + 1}]" for p in path]
    return " → ".join(shown) if shown else "het bestand"


def _one(err: ErrorDetails, path: tuple, smap: SourceMap, data=None) -> Probleem:
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    name = path[-1] if path else ""
    if kind == "missing":
        parent = path[:-1]
        key = str(err["loc"][-1])
        soort = _soort(data, path) if _step_of(path) else None
        hint = (f"Een stap met 'soort: {soort}' heeft '{key}' nodig. Klopt dat soort wel? Zonder 'soort:' blijkt het "
                "soort uit de sleutels." if soort else _MISSING_HINTS.get(key, ""))
        return smap.probleem(parent, "J201", f"In {_where(parent)} ontbreekt de verplichte sleutel '{key}'.", hint)
    if kind == "extra_forbidden":
        return _unknown_key(path, smap, _soort(data, path))
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return _unknown_step_kind(path, value, smap)
    if kind in _TYPES:
        return smap.probleem(path, "J204", f"Bij '{_where(path)}' hoort {_TYPES[kind]}, maar er staat {_show(value)}.")
    if kind == "int_parsing_size":
        return smap.probleem(path, "J204", f"Bij '{_where(path)}' hoort een geheel getal, maar dit getal is veel te lang.")
    if kind == "finite_number":
        return smap.probleem(path, "J204", f"Bij '{_where(path)}' hoort een gewoon getal, maar er staat {_show(value)}.",
                             "Oneindig (.inf) en 'geen getal' (.nan) kunnen niet; schrijf een getal zoals 2 of 0.5.")
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", ""))
        hint = suggest(str(value), [e.strip(" '") for e in expected.replace(" or ", ",").split(",")])
        return smap.probleem(path, "J205", f"{_show(value)} mag niet bij '{_where(path)}'; kies uit "
                                           f"{expected.replace(' or ', ' of ') or 'de waarden in de handleiding'}.", hint)
    if kind == "string_pattern_mismatch":
        return smap.probleem(
            path, "J206", f"{_show(value)} is geen geldige naam.",
            "Gebruik letters, cijfers en streepjes, zonder spaties, bv. 'vraag-naar-bon'.",
        )
    if kind == "string_too_long":
        return smap.probleem(path, "J206", f"De naam bij '{_where(path)}' is te lang (hooguit {ctx.get('max_length')} tekens).",
                             "Kies een korte naam met letters, cijfers en streepjes, bv. 'vraag-naar-bon'.")
    if kind in ("too_short", "string_too_short"):
        return smap.probleem(path, "J207", f"'{_where(path)}' mag niet leeg zijn.")
    if kind == "too_long":
        return smap.probleem(path, "J207", f"In '{_where(path)}' staan te veel items (hooguit {ctx.get('max_length')}).")
    if kind in _BOUNDS:
        words, key = _BOUNDS[kind]
        return smap.probleem(path, "J208", f"'{_where(path)}' moet {words} {_number(ctx.get(key))} zijn, maar is {_show(value)}.")
    if kind == "multiple_of":
        return smap.probleem(path, "J208", f"'{_where(path)}' moet een veelvoud van {_number(ctx.get('multiple_of'))} zijn, "
                                           f"maar is {_show(value)}.")
    if kind in _OWN_TYPES:
        hint = {"inspectie_antwoord": "Geef 'keuzes:' zoals bij een dialoog, of 'invoer:' voor een getal.",
                "veld_verwacht": "Schrijf wat een vakman invult, bv. 'verwacht: 75' of 'sleutelwoorden: [kras, glas]'."
                }.get(kind, "")
        bericht = err["msg"] if kind == "inspectie_antwoord" else f"Bij '{_where(path)}': {err['msg']}"
        return smap.probleem(path, _OWN_TYPES[kind], bericht, hint)
    if kind not in _PYDANTIC_TYPES:  # raised by our own validators, written in Dutch
        return smap.probleem(path, "J299", f"Bij '{_where(path)}': {err['msg']}")
    if kind == "value_error" and isinstance(ctx.get("error"), ValueError):
        return smap.probleem(path, "J299", f"Bij '{_where(path)}': {ctx['error']}")  # our validators' Dutch text
    return smap.probleem(
        path, "J299", f"De waarde bij '{_where(path)}' klopt niet: {_show(value)}.",
        "Vergelijk dit deel met een voorbeeld in docs/scenario-schrijven.md of in de map scenarios.",
    )


_MISSING_HINTS = {
    "naar": "Elke keuze en elk antwoord zegt met 'naar:' welke stap volgt.",
    "tekst": "Geef de zin die gezegd wordt, of de tekst van de keuze.",
    "duur_minuten": "Schat hoe lang het scenario duurt, bv. 'duur_minuten: 8'.",
    "anders": "Geef onder 'invoer:' ook 'anders:' voor elk ander antwoord.",
    "klaar": "Een werkbank zegt met 'klaar:' wanneer het werk af is, bv. {variabele: kastdeksel, is: dicht}.",
    "acties": "Een werkbank heeft 'acties': welk gereedschap op welke zone wat doet.",
    "gereedschap": "Noem het gereedschap met zijn id uit assets/gereedschap.yaml, bv. kastmes.",
    "zone": "Noem de zone waarop het gereedschap werkt, bv. kastdeksel.",
}


def _step_of(path: tuple) -> bool:
    """Whether path is a key directly in a step (stappen → <id> → key)."""
    return len(path) == 3 and path[0] == "stappen"


def _kinds_with(key: str) -> list[str]:
    return [soort for soort, model in sorted(STAP_MODELLEN.items())
            if any((info.alias or field) == key for field, info in model.model_fields.items())]


def _of(words: list[str]) -> str:
    """'a', 'a of b', 'a, b of c'."""
    return " of ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)


def _soort(data, path: tuple):
    """The `soort:` the teacher wrote in the step that path is in, or None."""
    if not _step_of(path) or not isinstance(data, dict) or not isinstance(data.get("stappen"), dict):
        return None
    stap = data["stappen"].get(path[1])
    return stap.get("soort") if isinstance(stap, dict) else None


def _unknown_key(path: tuple, smap: SourceMap, soort=None) -> Probleem:
    """J202. A typo gets a did-you-mean; a real key in the wrong place says where it does belong."""
    name = str(path[-1]) if path else ""
    where = _where(path[:-1])
    if name not in FIELD_NAMES:
        hint = suggest(name, FIELD_NAMES) or "Controleer de spelling en het inspringen."
        return smap.probleem(path, "J202", f"Onbekende sleutel '{name}' in {where}.", hint)
    kinds = _kinds_with(name)
    if _step_of(path) and kinds:
        told = f" met 'soort: {soort}'" if soort else ""
        return smap.probleem(
            path, "J202", f"De sleutel '{name}' hoort niet bij deze stap{told}.",
            f"'{name}' hoort bij een stap van soort {_of(kinds)}. 'soort:' hoef je alleen te schrijven als "
            f"het soort stap niet al blijkt uit de sleutels; laat het weg of kies het soort dat bij '{name}' past.",
        )
    return smap.probleem(path, "J202", f"De sleutel '{name}' hoort niet in {where}.",
                         "Controleer het inspringen: hoort hij bij het blok erboven of eronder?")


def _unknown_step_kind(path: tuple, value, smap: SourceMap) -> Probleem:
    """J203: no kind to be seen, or a `soort:` that does not exist."""
    soorten = ", ".join(m.STAP_SOORTEN)
    name = path[-1] if path else ""
    if isinstance(value, dict) and "soort" in value:
        soort = value["soort"]
        hint = suggest(str(soort), m.STAP_SOORTEN)
        return smap.probleem(
            path + ("soort",), "J203", f"Stap '{name}' heeft 'soort: {soort}', maar dat soort stap bestaat niet.",
            (hint + " " if hint else "") + f"Kies uit {soorten}, of laat 'soort:' weg: het soort blijkt meestal al "
            "uit de sleutels (keuzes, naar, invoer, einde, werkbank, inspectie).",
        )
    return smap.probleem(
        path, "J203", f"Ik kan niet zien wat voor stap '{name}' is.",
        "Een stap heeft 'keuzes' (dialoog), 'naar' (vertelling), 'invoer', 'einde', "
        "'werkbank' (handelingen met gereedschap) of 'inspectie' (kijken met de loep). "
        f"Of schrijf 'soort:' met een van: {soorten}.",
    )
