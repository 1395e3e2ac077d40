"""What a student can do at a step, as small typed values: the one verb `Session.do(actie)` takes.

Like ink's `ChooseChoiceIndex`, but one value per kind of move. The step's kind says which ones it accepts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Union

from simulator.content.parts import Waarde


@dataclass(frozen=True)
class Choose:
    """Pick a choice: by its id (str), or by its number (int, 1-based) among the choices that are open."""

    keuze: Union[str, int]


@dataclass(frozen=True)
class Answer:
    """Give a number (already read from what the student typed: see simulator.engine.getal)."""

    waarde: float


@dataclass(frozen=True)
class GoOn:
    """Read on after narration."""


@dataclass(frozen=True)
class UseTool:
    """Put a tool (or part) from the tray on a zone of the item at the workbench."""

    gereedschap: str
    zone: str


@dataclass(frozen=True)
class FillIn:
    """Hand in a form: a value per field id (text, a choice id, a number, a day offset, a list of ticked ids)."""

    velden: Mapping[str, object] = field(default_factory=dict)


Move = Union[Choose, Answer, GoOn, UseTool, FillIn]
__all__ = ["Move", "Answer", "Choose", "FillIn", "GoOn", "UseTool", "Waarde"]
