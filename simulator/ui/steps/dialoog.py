"""A dialogue: big numbered choice buttons (keys 1-9)."""

from __future__ import annotations

from simulator.content.steps.dialoog import KeuzesView
from simulator.engine import Choose
from simulator.ui.messages import Message, PickChoice
from simulator.ui.widgets import Button


def choices(scene, col, keuzes: KeuzesView) -> str:
    ctx = scene.ctx
    for k in keuzes.keuzes:
        col.add(Button(ctx, ctx.tekst(k.tekst), PickChoice(k.id), col.width, number=k.nummer, style="choice",
                       key=f"keuze-{k.nummer}"), gap=12)
    return "keuze-1"


def answers(scene, col, view) -> str:
    return choices(scene, col, view.inhoud_als(KeuzesView))


def handle(scene, action: Message) -> bool:
    match action:
        case PickChoice(keuze_id):
            scene.submit(Choose(keuze_id))
            return True
    return False


def opens(scene, view):
    return None


def press_choice(pilot, keuzes: KeuzesView, token: str) -> None:
    """A path's move by keyboard: the choice's number key."""
    number = int(token) if token.isdigit() else next(k.nummer for k in keuzes.keuzes if k.id == token)
    pilot.press(str(number))


def press(pilot, view, token: str) -> None:
    press_choice(pilot, view.inhoud_als(KeuzesView), token)


def concept(scene) -> None:
    return None  # nothing is filled in here before it is handed in
