"""The other cases of a scenario that varies only in texts: validated only where they differ from the first case.

Such a case is the first one with other texts and answers filled in (`Invuller.alleen_tekst`). Its steps and
characters without a placeholder are the first case's, already validated; the ones with a placeholder (four in
ten steps in the shipped library) are validated again, each as the field of the scenario it stands in, so a
problem has the same place and words as when the whole file is validated.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Optional

from pydantic import BaseModel, ValidationError, create_model
from pydantic_core import ErrorDetails

from simulator.content.model import Scenario
from simulator.content.parts import ALLEEN_CONTROLEREN

_PER_ITEM = ("stappen", "personages")
"""Fields whose items are validated one by one: a step or a character with a placeholder, not all of them."""


Delen = dict[str, Optional[set]]
"""Per top-level key of a scenario that holds placeholders: the items (steps, characters) that do, or None when the
whole value does."""


class GevalFout(Exception):
    """The case does not validate: pydantic's errors, placed in the whole file."""

    def __init__(self, errors: list[ErrorDetails]):
        super().__init__(f"{len(errors)} fout(en)")
        self.errors = errors


def delen(paths: Iterable[tuple]) -> Delen:
    """Which parts of the scenario hold placeholders, from the placeholders' paths."""
    found: Delen = {}
    for path in paths:
        key = str(path[0])
        if key in _PER_ITEM and len(path) > 1:
            items = found.setdefault(key, set())
            if items is not None:
                items.add(path[1])
        else:
            found[key] = None
    return found


def valideer(first: Scenario, data: dict, parts: Delen) -> Scenario:
    """The case's scenario: the first case's, with the parts that hold placeholders validated from `data`.
    Raises GevalFout with every problem."""
    if not parts.keys() <= _APART:
        return _whole(data)  # a field with a check of its own on the scenario: the whole file, as usual
    updates: dict[str, Any] = {}
    errors: list[ErrorDetails] = []
    for key, items in parts.items():
        value = data[key]
        if items is not None:
            value = {item: value[item] for item in value if item in items}
        try:
            validated = getattr(_field_model(key).model_validate({key: value}, context=ALLEEN_CONTROLEREN), key)
        except ValidationError as exc:
            errors += exc.errors()
            continue
        updates[key] = validated if items is None else {**getattr(first, key), **validated}
    if errors:
        raise GevalFout(errors)
    return first.model_copy(update=updates)


def _whole(data: dict) -> Scenario:
    try:
        return Scenario.model_validate(data, context=ALLEEN_CONTROLEREN)
    except ValidationError as exc:
        raise GevalFout(exc.errors()) from None


def _apart() -> frozenset[str]:
    """The scenario's fields that can be validated on their own: no field validator of the scenario's own, and
    the scenario has no model validator but the shared one every model has."""
    decorators = Scenario.__pydantic_decorators__
    if set(decorators.model_validators) - {"_shared_fields_set"}:
        return frozenset()
    own = {name for v in decorators.field_validators.values() for name in v.info.fields}
    return frozenset(name for name, f in Scenario.model_fields.items() if f.alias is None and name not in own)


_APART = _apart()


@lru_cache(maxsize=None)
def _field_model(key: str) -> type[BaseModel]:
    """A model with only this field of the scenario, as the scenario declares it: same type, same constraints,
    and pydantic's errors at the same place (key first)."""
    field = Scenario.model_fields[key]
    return create_model(f"Scenario_{key}", **{key: (field.annotation, field)})  # type: ignore[call-overload]
