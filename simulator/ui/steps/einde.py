"""An ending: how it went, the last words, and the way to the results."""

from __future__ import annotations

from simulator.content.steps.einde import EindeView
from simulator.ui.messages import Message, ShowResults
from simulator.ui.scenes.common import icon_line, stack_surfaces
from simulator.ui.widgets import Button, Picture


def answers(scene, col, view) -> str:
    ctx = scene.ctx
    ending = view.inhoud_als(EindeView)
    words = {"geslaagd": "goed", "matig": "voldoende"}.get(ending.afloop, "onvoldoende")
    head = icon_line(ctx, words, ctx.t(f"afloop.{ending.afloop}"), col.width - 40, "bold")
    body = ctx.fonts.block(ctx.tekst(ending.einde), "body", ctx.theme.text, col.width - 40)
    col.add(Picture(stack_surfaces([head, body], col.width - 40, 10), ctx.tekst(ending.einde), panel=True, stop=True,
                    pad=20))
    col.add(Button(ctx, ctx.t("dialoog.resultaat"), ShowResults(), style="primary", icon="pijl-rechts", key="resultaat"))
    return "resultaat"


def handle(scene, action: Message) -> bool:
    if isinstance(action, ShowResults):
        scene.show_results()
        return True
    return False


def opens(scene, view):
    return None


def press(pilot, view, token: str) -> None:
    pilot.press("return")


def concept(scene) -> None:
    return None  # nothing is filled in here before it is handed in
