"""Display text in a scenario: a plain string, or one string per language ({nl: ..., en: ...})."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Union

from pydantic import PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

TALEN = ("nl", "en")


def _check_tekst(value):
    if isinstance(value, str):
        if not value.strip():
            raise PydanticCustomError("tekst_leeg", "De tekst is leeg.")
        return value
    if isinstance(value, dict) and value and all(k in TALEN and isinstance(v, str) for k, v in value.items()):
        return dict(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise PydanticCustomError(
        "tekst_type",
        "Hier hoort een tekst, of per taal een tekst ({nl: ..., en: ...}).",
    )


Tekst = Annotated[
    Union[str, dict],
    PlainValidator(_check_tekst),
    WithJsonSchema({
        "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "object", "properties": {t: {"type": "string"} for t in TALEN}, "additionalProperties": False},
        ],
        "description": "Tekst, of per taal een tekst: {nl: ..., en: ...}",
    }),
]
"""A display text as written in the scenario file."""


def tekst(value, taal: str = "nl") -> str:
    """The text to show in the given language, falling back to Dutch, then to any language.

    A Bericht (words of the program itself) is looked up in the string tables of that language.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Bericht):
        from simulator.strings import zeg

        return zeg(value, taal)
    return value.get(taal) or value.get("nl") or next(iter(value.values()), "")


@dataclass(frozen=True)
class Bericht:
    """Words the program itself says (not the scenario): a key in the string tables and its values.

    The engine and the progress layer return these instead of sentences, so the English game shows English:
    the UI (and the CLI) look the key up in assets/strings/<taal>.yaml, as Yarn Spinner's line provider does.
    A value may itself be a Bericht or a scenario Tekst; it is resolved in the same language.
    """

    sleutel: str
    waarden: tuple[tuple[str, object], ...] = ()

    @classmethod
    def van(cls, sleutel: str, **waarden: object) -> "Bericht":
        return cls(sleutel, tuple(waarden.items()))


Weergave = Union[str, dict, Bericht]
"""Anything the UI turns into words: a scenario text (str or {nl, en}) or a Bericht."""
