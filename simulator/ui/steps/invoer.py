"""A number to fill in: the field with its unit, 'Controleer' and the on-screen keypad."""

from __future__ import annotations

from simulator.content.steps.invoer import GetalView
from simulator.ui.messages import CheckAnswer, Message, TypeKey
from simulator.ui.scenes import number_answer


def answers(scene, col, view) -> str:
    return number_answer.build(scene, col, view.inhoud_als(GetalView).eenheid)


def number(scene, action: Message, eenheid) -> bool:
    match action:
        case TypeKey(key):
            number_answer.press_key(scene, key)
            return True
        case CheckAnswer():
            number_answer.submit(scene, eenheid)  # read the Dutch way; asks when it reads two ways
            return True
    return False


def handle(scene, action: Message) -> bool:
    return number(scene, action, scene.session.step.inhoud_als(GetalView).eenheid)


def opens(scene, view):
    return None


def press_number(pilot, token: str) -> None:
    """A path's move by keyboard: type the number the Dutch way, then Enter."""
    pilot.type(token.replace(".", ","))
    pilot.press("return")


def press(pilot, view, token: str) -> None:
    press_number(pilot, token)


def concept(scene) -> None:
    return None  # nothing is filled in here before it is handed in
