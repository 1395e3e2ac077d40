"""What a widget says when the player activates it: small frozen message classes, matched with `match` in the scenes.

A widget carries one of these as its `action`; the Form hands it to the scene (attributes down, messages up, as
Textual's messages). An overlay pops the message it got as its result, so the scene that pushed it matches the
same classes. Fields carry ids, never objects: a message is a value that can be compared and printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


class Message:
    """Base of every widget action."""


# -- everywhere ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Back(Message):
    """The back button of a page (the same as Esc)."""


@dataclass(frozen=True)
class Proceed(Message):
    """'Verder': close this panel and go on (pause, feedback, a problem in preview, reading on)."""


@dataclass(frozen=True)
class OpenSettings(Message):
    pass


@dataclass(frozen=True)
class Restart(Message):
    """Start the scenario again from the beginning."""


@dataclass(frozen=True)
class Stop(Message):
    """Leave: the game (start screen) or the scenario, saved to resume (pause)."""


@dataclass(frozen=True)
class Pause(Message):
    pass


@dataclass(frozen=True)
class FromPause(Message):
    """A scene of its own (the workbench) closed because the pause menu asked for this."""

    choice: Message


@dataclass(frozen=True)
class TypeKey(Message):
    """An on-screen key: a letter, digit, sign, ' ' or 'wis' (erase)."""

    key: str


@dataclass(frozen=True)
class Picked(Message):
    """A choice from a list (PickerScene's result): the option's value."""

    value: object


# -- start, shop and lists ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChooseProfile(Message):
    profile_id: str


@dataclass(frozen=True)
class CreateProfile(Message):
    """'Maak profiel' (or Enter in the name or klas field)."""


@dataclass(frozen=True)
class ToggleKeys(Message):
    """Show or hide the on-screen letters."""


@dataclass(frozen=True)
class OpenTeacher(Message):
    pass


@dataclass(frozen=True)
class OpenProgress(Message):
    pass


@dataclass(frozen=True)
class OpenRoom(Message):
    """A room of the shop map: its scenarios."""

    room: str


@dataclass(frozen=True)
class OpenWerkproces(Message):
    code: str


@dataclass(frozen=True)
class OpenAllScenarios(Message):
    pass


@dataclass(frozen=True)
class OpenScenario(Message):
    """A scenario's introduction."""

    scenario_id: str


@dataclass(frozen=True)
class OpenLesson(Message):
    """A scenario of the teacher's lesson, in the lesson's mode."""

    scenario_id: str
    modus: str


@dataclass(frozen=True)
class ResumeScenario(Message):
    """Go on with the scenario that was stopped halfway."""


@dataclass(frozen=True)
class FilterProfiel(Message):
    """Show the scenarios of one dossier profiel (P1/P2), or all (None)."""

    profiel: Optional[str]


@dataclass(frozen=True)
class PickWerkproces(Message):
    pass


@dataclass(frozen=True)
class ClearRoom(Message):
    pass


# -- a scenario ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StartScenario(Message):
    modus: str
    """'oefenen' or 'toets'."""


@dataclass(frozen=True)
class ToggleTimePressure(Message):
    pass


@dataclass(frozen=True)
class PickChoice(Message):
    """A numbered answer of a dialogue step."""

    keuze_id: str


@dataclass(frozen=True)
class CheckAnswer(Message):
    """'Controleer' (or Enter) under a number answer."""


@dataclass(frozen=True)
class PickReading(Message):
    """Which of the readings of a typed number was meant ('34.400': 34400 or 34,4)."""

    index: int


@dataclass(frozen=True)
class NextField(Message):
    """Enter in a form's text field: on to the next field, as Tab."""


@dataclass(frozen=True)
class PickOption(Message):
    """A choice or a tick of a form field."""

    veld: str
    optie: str


@dataclass(frozen=True)
class MoveDate(Message):
    """A form's date a day earlier (-1) or later (+1)."""

    veld: str
    days: int


@dataclass(frozen=True)
class HandIn(Message):
    """Hand the filled-in form in."""


@dataclass(frozen=True)
class ShowResults(Message):
    pass


@dataclass(frozen=True)
class OpenHistory(Message):
    """The conversation so far (geschiedenis): what was said, what the student chose, the feedback."""


@dataclass(frozen=True)
class StepBack(Message):
    """Take the last move back (practice mode only; the result says so)."""


@dataclass(frozen=True)
class ResumePaused(Message):
    """Go on with one of the scenarios the student paused."""

    scenario_id: str


@dataclass(frozen=True)
class DiscardPaused(Message):
    """Throw away one paused scenario (asks once more first)."""

    scenario_id: str


@dataclass(frozen=True)
class PickTool(Message):
    tool: str


@dataclass(frozen=True)
class PickZone(Message):
    """A spot on the workbench's item."""

    zone: str


@dataclass(frozen=True)
class ApplyTool(Message):
    """Use the chosen tool on the chosen spot."""


@dataclass(frozen=True)
class LookAt(Message):
    """Put the loupe on a detail of the item."""

    index: int


@dataclass(frozen=True)
class BackToShop(Message):
    pass


@dataclass(frozen=True)
class OtherScenario(Message):
    pass


# -- settings, progress, teacher ------------------------------------------------------------------------

@dataclass(frozen=True)
class SetSetting(Message):
    """One setting to a new value (text size, theme, ...)."""

    field: str
    value: object


@dataclass(frozen=True)
class TestSound(Message):
    pass


@dataclass(frozen=True)
class SetPin(Message):
    """Set or change the student's own PIN."""


@dataclass(frozen=True)
class RemovePin(Message):
    pass


@dataclass(frozen=True)
class SubmitPin(Message):
    pass


@dataclass(frozen=True)
class OpenAttempt(Message):
    attempt_id: str


@dataclass(frozen=True)
class ExportStudentData(Message):
    """AVG: the student's saved data as a file."""


@dataclass(frozen=True)
class DeleteStudentData(Message):
    """AVG: delete the student (asks once more first)."""


@dataclass(frozen=True)
class FilterKlas(Message):
    klas: Optional[str]


@dataclass(frozen=True)
class OpenStudent(Message):
    profile_id: str


@dataclass(frozen=True)
class Export(Message):
    """The class's results as CSV."""


@dataclass(frozen=True)
class NoticesRead(Message):
    pass


@dataclass(frozen=True)
class OpenFolders(Message):
    pass


@dataclass(frozen=True)
class OpenMaps(Message):
    pass


@dataclass(frozen=True)
class OpenMap(Message):
    scenario_id: str


@dataclass(frozen=True)
class AddFolder(Message):
    pass


@dataclass(frozen=True)
class RemoveFolder(Message):
    path: str


@dataclass(frozen=True)
class ShowProblems(Message):
    """Preview: show the problems of the scenario file again."""
