"""Display text in a scenario: a plain string, or one string per language ({nl: ..., en: ...})."""

from __future__ import annotations

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
    """The text to show in the given language, falling back to Dutch, then to any language."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return value.get(taal) or value.get("nl") or next(iter(value.values()), "")
