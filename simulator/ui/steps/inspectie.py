"""An inspection: first the loupe over the item, then the answer (choices or a number) with what was seen."""

from __future__ import annotations

from simulator.content.steps.dialoog import KeuzesView
from simulator.content.steps.inspectie import InspectieView
from simulator.ui.messages import Message
from simulator.ui.scenes.common import icon_line
from simulator.ui.steps import dialoog, invoer
from simulator.ui.widgets import Picture, Text

def answers(scene, col, view) -> str:
    ctx = scene.ctx
    inspectie = view.inhoud_als(InspectieView)
    col.add(Text(ctx, ctx.t("dialoog.loep"), col.width, "bold"), gap=6)
    for d in inspectie.details:
        words = ctx.tekst(d.tekst) + (f"  ({ctx.tekst(d.omschrijving)})" if d.omschrijving else "")
        col.add(Picture(icon_line(ctx, "check", words, col.width), words, stop=True), gap=8)
    if isinstance(inspectie.antwoord, KeuzesView):
        return dialoog.choices(scene, col, inspectie.antwoord)
    from simulator.ui.scenes import number_answer
    return number_answer.build(scene, col, inspectie.antwoord.eenheid)


def handle(scene, action: Message) -> bool:
    antwoord = scene.session.step.inhoud_als(InspectieView).antwoord
    if isinstance(antwoord, KeuzesView):
        return dialoog.handle(scene, action)
    return invoer.number(scene, action, antwoord.eenheid)


def opens(scene, view):
    visit = (view.id, len(scene.session.state.log))  # the loupe opens once per visit to the step
    if getattr(scene, "loep_bezoek", None) == visit:
        return None
    scene.loep_bezoek = visit
    from simulator.ui.scenes.workbench import LoupeScene
    return LoupeScene(scene.ctx, scene)


def press(pilot, view, token: str) -> None:
    antwoord = view.inhoud_als(InspectieView).antwoord
    if isinstance(antwoord, KeuzesView):
        dialoog.press_choice(pilot, antwoord, token)
    else:
        invoer.press_number(pilot, token)


def concept(scene) -> None:
    return None  # nothing is filled in here before it is handed in
