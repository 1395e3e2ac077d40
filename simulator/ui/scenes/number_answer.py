"""The answer to a number question: the field, the unit, 'Controleer' and the on-screen keypad.

What the student typed is read the way Dutch people write numbers (simulator.engine.getal). A clear number is
scored at once; one that reads two ways ("34.400") opens the question of which_number.py and the chosen reading
is scored; anything else shows the reason above the field, and that reason goes away as soon as the field holds
a number again (its space stays, so nothing under the mouse moves while the student is clicking keys).
"""

from __future__ import annotations

import pygame

from simulator.engine import Answer
from simulator.engine.getal import Fout, Gelezen, schrijf_antwoord
from simulator.ui.messages import CheckAnswer, PickReading
from simulator.ui.scenes.base import Column
from simulator.ui.widgets import Button, Text, TextField, Widget, keys

KEYPAD = (("7", "8", "9"), ("4", "5", "6"), ("1", "2", "3"), ("-", "0", ",", "wis"))
FIELD = "antwoord"
MAX_LEN = 20
"""Room for '−€ 1.234.567,50' and a few spaces."""


def build(scene, col: Column, eenheid) -> str:
    """The field with its unit and the check button, then the keypad; returns the key to focus."""
    ctx = scene.ctx
    t = ctx.t
    col.add(Text(ctx, t("dialoog.jouw_antwoord"), col.width, "bold"), gap=6)
    field = TextField(ctx, min(ctx.px(320), col.width), CheckAnswer(), value=scene.answer_text, numeric=True,
                      max_len=MAX_LEN, key=FIELD, label=t("dialoog.jouw_antwoord"),
                      placeholder=t("dialoog.getal_voorbeeld"))
    row: list[Widget] = [field]
    if eenheid:
        unit = Text(ctx, eenheid, ctx.fonts.width(eenheid, "body") + 4, "body")
        unit.rect.h = field.rect.h
        row.append(unit)
    row.append(Button(ctx, t("dialoog.controleer"), CheckAnswer(), style="primary", key="controleer"))
    col.row(row)
    key_w = max(ctx.px(72), ctx.fonts.width(t("veld.wis"), "button") + ctx.px(44))
    for chars in KEYPAD:
        col.row(keys(ctx, list(chars), key_w, prefix="cijfer"), gap=8)
    return FIELD


def reason(ctx, fout: Fout) -> str:
    """Why the typed text is no number, in the player's language."""
    return ctx.t(f"getal.{fout.code}", teken=fout.teken)


def press_key(scene, key: str) -> None:
    """An on-screen key. After a mouse click the cursor goes back to the field (without scrolling), so
    Enter checks the answer instead of pressing the last key again."""
    form = scene.form
    field = form.find_key(FIELD)
    if field is None:
        return
    field.press_key(key)
    scene.answer_text = field.value
    if not form.keyboard:
        form.focused = field
    form.dirty = scene.dirty = True
    refresh(scene)


def submit(scene, unit) -> None:
    """'Controleer' or Enter: score a clear number, ask about one that reads two ways, else say why."""
    field = scene.form.find_key(FIELD)
    if field is None:
        return
    scene.answer_text = field.value
    found = field.reading()
    if found.fout is not None:
        scene.error = reason(scene.ctx, found.fout)
        scene.relayout()
        return
    scene.error = ""
    if found.ok:
        _score(scene, found.lezingen[0].waarde, unit)
        return
    from simulator.ui.scenes.which_number import WhichNumberScene
    scene.stack.push(WhichNumberScene(scene.ctx, field.value.strip(), found, unit),
                     lambda result: _chosen(scene, found, result, unit))


def _chosen(scene, found: Gelezen, result, unit) -> None:
    if isinstance(result, PickReading):
        _score(scene, found.lezingen[result.index].waarde, unit)
        return
    field = scene.form.find_key(FIELD)   # back to the answer: the text stays, the cursor in the field
    if field is not None:
        scene.form.focus(field)


def _score(scene, value: float, unit) -> None:
    scene.submit(Answer(value))
    shown = scene.stack.top if scene.on_stack else None
    if shown is not None and shown is not scene and hasattr(shown, "answered"):   # the feedback: which number
        shown.answered = schrijf_antwoord(value, unit)
        shown.relayout()


def refresh(scene) -> None:
    """Once the field holds a number (clear or to be asked about), the reason above it has done its work:
    blank it in place, keeping its height, so the field and the keys stay where the mouse expects them."""
    if not scene.error:
        return
    form = scene.form
    field = form.find_key(FIELD)
    if field is None or field.reading().fout is not None:
        return
    for widget in form.widgets:
        if widget.label == scene.error and hasattr(widget, "surface"):
            widget.surface = pygame.Surface(widget.surface.get_size(), pygame.SRCALPHA)
            widget.label = widget.key = ""
    scene.error = ""
    form.dirty = scene.dirty = True
