"""What a widget says when the player activates it: small frozen message classes, matched with `match` in the scenes.

A widget carries one of these as its `action`; the Form hands it to the scene (attributes down, messages up, as
Textual's messages). An overlay pops the message it got as its result, so the scene that pushed it matches the
same classes. Fields carry ids, never objects: a message is a value that can be compared and printed.
"""

from __future__ import annotations

import sys
from typing import Any, Optional, TypeVar

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pydantic depends on typing_extensions, so it is there
    from typing_extensions import dataclass_transform

M = TypeVar("M", bound=type)


class Message:
    """Base of every widget action: a frozen value, equal to another of its class with the same fields.

    The classes are made by `message` rather than `dataclasses.dataclass(frozen=True)`: sixty dataclasses cost
    some 25 ms at start-up (each writes and compiles its methods); these share one set of methods instead.
    """

    __match_args__: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        names = type(self).__match_args__
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__} takes {len(names)} fields, got {len(args)}")
        values = dict(zip(names, args))
        for name, value in kwargs.items():
            if name not in names or name in values:
                raise TypeError(f"{type(self).__name__}: unexpected or repeated field {name!r}")
            values[name] = value
        missing = [name for name in names if name not in values]
        if missing:
            raise TypeError(f"{type(self).__name__}: missing {', '.join(missing)}")
        for name in names:
            object.__setattr__(self, name, values[name])

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__match_args__)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message) or type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self), self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{type(self).__name__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")


@dataclass_transform(frozen_default=True, eq_default=True)
def message(cls: M) -> M:
    """Make cls a message: its annotated fields, in order, are its constructor's arguments and its match args."""
    own = tuple(cls.__annotations__)  # its own only (Python 3.10+), as strings
    inherited = tuple(name for base in reversed(cls.__mro__[1:]) for name in base.__dict__.get("__match_args__", ()))
    setattr(cls, "__match_args__", tuple(dict.fromkeys(inherited + own)))  # mypy will not let a class be assigned to
    return cls


# -- everywhere ---------------------------------------------------------------------------------------

@message
class Back(Message):
    """The back button of a page (the same as Esc)."""


@message
class Proceed(Message):
    """'Verder': close this panel and go on (pause, feedback, a problem in preview, reading on)."""


@message
class OpenSettings(Message):
    pass


@message
class Restart(Message):
    """Start the scenario again from the beginning."""


@message
class Stop(Message):
    """Leave: the game (start screen) or the scenario, saved to resume (pause)."""


@message
class Pause(Message):
    pass


@message
class FromPause(Message):
    """A scene of its own (the workbench) closed because the pause menu asked for this."""

    choice: Message


@message
class TypeKey(Message):
    """An on-screen key: a letter, digit, sign, ' ' or 'wis' (erase)."""

    key: str


@message
class Picked(Message):
    """A choice from a list (PickerScene's result): the option's value."""

    value: object


# -- start, shop and lists ------------------------------------------------------------------------------

@message
class ChooseProfile(Message):
    profile_id: str


@message
class CreateProfile(Message):
    """'Maak profiel' (or Enter in the name or klas field)."""


@message
class ToggleKeys(Message):
    """Show or hide the on-screen letters."""


@message
class OpenTeacher(Message):
    pass


@message
class OpenProgress(Message):
    pass


@message
class OpenRoom(Message):
    """A room of the shop map: its scenarios."""

    room: str


@message
class OpenWerkproces(Message):
    code: str


@message
class OpenAllScenarios(Message):
    pass


@message
class OpenScenario(Message):
    """A scenario's introduction."""

    scenario_id: str


@message
class OpenLesson(Message):
    """A scenario of the teacher's lesson, in the lesson's mode."""

    scenario_id: str
    modus: str


@message
class ResumeScenario(Message):
    """Go on with the scenario that was stopped halfway."""


@message
class FilterProfiel(Message):
    """Show the scenarios of one dossier profiel (P1/P2), or all (None)."""

    profiel: Optional[str]


@message
class PickWerkproces(Message):
    pass


@message
class ClearRoom(Message):
    pass


# -- a scenario ----------------------------------------------------------------------------------------

@message
class StartScenario(Message):
    modus: str
    """'oefenen' or 'toets'."""


@message
class ToggleTimePressure(Message):
    pass


@message
class PickChoice(Message):
    """A numbered answer of a dialogue step."""

    keuze_id: str


@message
class CheckAnswer(Message):
    """'Controleer' (or Enter) under a number answer."""


@message
class PickReading(Message):
    """Which of the readings of a typed number was meant ('34.400': 34400 or 34,4)."""

    index: int


@message
class NextField(Message):
    """Enter in a form's text field: on to the next field, as Tab."""


@message
class PickOption(Message):
    """A choice or a tick of a form field."""

    veld: str
    optie: str


@message
class MoveDate(Message):
    """A form's date a day earlier (-1) or later (+1)."""

    veld: str
    days: int


@message
class HandIn(Message):
    """Hand the filled-in form in."""


@message
class ShowResults(Message):
    pass


@message
class OpenHistory(Message):
    """The conversation so far (geschiedenis): what was said, what the student chose, the feedback."""


@message
class StepBack(Message):
    """Take the last move back (practice mode only; the result says so)."""


@message
class ResumePaused(Message):
    """Go on with one of the scenarios the student paused."""

    scenario_id: str


@message
class DiscardPaused(Message):
    """Throw away one paused scenario (asks once more first)."""

    scenario_id: str


@message
class PickTool(Message):
    tool: str


@message
class PickZone(Message):
    """A spot on the workbench's item."""

    zone: str


@message
class ApplyTool(Message):
    """Use the chosen tool on the chosen spot."""


@message
class LookAt(Message):
    """Put the loupe on a detail of the item."""

    index: int


@message
class BackToShop(Message):
    pass


@message
class OtherScenario(Message):
    pass


# -- settings, progress, teacher ------------------------------------------------------------------------

@message
class SetSetting(Message):
    """One setting to a new value (text size, theme, ...)."""

    field: str
    value: object


@message
class TestSound(Message):
    pass


@message
class SetPin(Message):
    """Set or change the student's own PIN."""


@message
class RemovePin(Message):
    pass


@message
class SubmitPin(Message):
    pass


@message
class OpenAttempt(Message):
    attempt_id: str


@message
class ExportStudentData(Message):
    """AVG: the student's saved data as a file."""


@message
class DeleteStudentData(Message):
    """AVG: delete the student (asks once more first)."""


@message
class FilterKlas(Message):
    klas: Optional[str]


@message
class OpenStudent(Message):
    profile_id: str


@message
class Export(Message):
    """The class's results as CSV."""


@message
class NoticesRead(Message):
    pass


@message
class OpenFolders(Message):
    pass


@message
class OpenMaps(Message):
    pass


@message
class OpenMap(Message):
    scenario_id: str


@message
class AddFolder(Message):
    pass


@message
class RemoveFolder(Message):
    path: str


@message
class ShowProblems(Message):
    """Preview: show the problems of the scenario file again."""
