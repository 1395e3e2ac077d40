"""The workbench: its own scene, where tools go on zones of the item."""

from __future__ import annotations


def answers(scene, col, view):
    return None


def handle(scene, action) -> bool:
    return False


def opens(scene, view):
    from simulator.ui.scenes.workbench import WorkbenchScene
    return WorkbenchScene(scene.ctx, scene)


def press(pilot, view, token: str) -> None:
    pilot.press("return")


def concept(scene) -> None:
    return None  # nothing is filled in here before it is handed in
