"""Narration: the line, then 'Verder'."""

from __future__ import annotations

from simulator.engine import GoOn
from simulator.ui.messages import Message, Proceed
from simulator.ui.widgets import Button


ANYWHERE = Proceed()
"""A click anywhere or the wheel turned down reads on, as 'Verder' does."""


def answers(scene, col, view) -> str:
    col.add(Button(scene.ctx, scene.ctx.t("dialoog.verder"), Proceed(), style="primary", icon="pijl-rechts",
                   key="verder"))
    return "verder"


def handle(scene, action: Message) -> bool:
    if isinstance(action, Proceed):
        scene.submit(GoOn())
        return True
    return False


def opens(scene, view):
    return None


def press(pilot, view, token: str) -> None:
    pilot.press("return")


def concept(scene) -> None:
    return None  # nothing is filled in here before it is handed in
