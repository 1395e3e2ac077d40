"""What a student reaches for while playing, beside the answer itself: the conversation so far (G or H, the wheel
turned up, a button), a step back in practice (Z, a button), the quick menu (Esc or the right mouse button), and
reading on with a click anywhere or the wheel turned down where a step only asks to read on.

The dialogue scene hands each intent to `intercept` first; the workbench uses the same menu and history.
"""

from __future__ import annotations

from typing import Optional

from simulator.ui import intents as I
from simulator.ui import messages as M
from simulator.ui import steps
from simulator.ui.widgets import Button

HISTORY_KEYS = ("g", "h")
BACK_KEYS = ("z",)
SETTLE_S = 0.3
"""A click or wheel notch this soon after a new step does not read on yet (a double click, a fast wheel)."""


def tools(scene, form, room, top: bool = False) -> None:
    """Buttons for the conversation so far and, in practice, a step back (each names its key), on the stage on
    the left (`room`): at its bottom over the counter, or at its top when large text moved the mood tag into the
    panel (the face is small then and stands low): never over the face, and out of the answers' way."""
    ctx = scene.ctx
    buttons = [Button(ctx, ctx.t("dialoog.geschiedenis"), M.OpenHistory(), key="geschiedenis", max_width=room.w)]
    if can_step_back(scene):
        buttons.append(Button(ctx, ctx.t("dialoog.stap_terug"), M.StepBack(), icon=None if top else "terug",
                              key="stap-terug", max_width=room.w))
    gap = ctx.px(12)
    if sum(b.rect.w for b in buttons) + gap * (len(buttons) - 1) <= room.w:
        x = room.left  # side by side
        for button in buttons:
            if top:
                button.rect.topleft = (x, room.top)
            else:
                button.rect.bottomleft = (x, room.bottom)
            x += button.rect.w + gap
    elif top:
        y = room.top  # above each other
        for button in buttons:
            button.rect.topleft = (room.left, y)
            y += button.rect.h + gap
    else:
        y = room.bottom
        for button in reversed(buttons):
            button.rect.bottomleft = (room.left, y)
            y -= button.rect.h + gap
    for button in buttons:
        form.add(button)


def can_step_back(scene) -> bool:
    """Only in practice mode, and only when there is a move of the student's own to take back."""
    return scene.modus == "oefenen" and scene.session.kan_terug


def anywhere(scene) -> Optional[M.Message]:
    """What a click anywhere or the wheel turned down means at this step: 'Verder' where the step only asks to
    read on (the kind's module says so with ANYWHERE), else nothing."""
    if scene.session.afgelopen:
        return None
    return getattr(steps.for_step(scene.session.step), "ANYWHERE", None)


def intercept(scene, intent) -> bool:
    """Act on the intents that are the same at every step; True when this intent was used up here."""
    kind = intent.kind
    if kind == I.MENU:
        scene._pause()
        return True
    if kind == I.TEXT and _in_number_field(scene) and intent.text.strip().lower() in HISTORY_KEYS + BACK_KEYS:
        # a number field takes no letters: there G, H and Z are the shortcuts still (as the buttons say)
        intent = I.Intent(I.LETTER, key=intent.text.strip().lower())
        kind = I.LETTER
    if kind == I.LETTER and (not scene.wants_text or _in_number_field(scene)):
        letter = intent.key.lower()
        if letter in HISTORY_KEYS:
            open_history(scene)
            return True
        if letter in BACK_KEYS and can_step_back(scene):
            step_back(scene)
            return True
        return False
    if kind == I.PRESS:
        scene.press_was_empty = _empty(scene, intent.pos)
        return False
    if kind == I.CLICK:
        pressed_empty, scene.press_was_empty = getattr(scene, "press_was_empty", False), False
        if pressed_empty and _empty(scene, intent.pos) and scene.elapsed >= SETTLE_S:
            message = anywhere(scene)
            if message is not None:
                scene.on_action(message)
                return True
        return False
    if kind == I.SCROLL and intent.key != "page":
        region = _panel_region(scene)
        if intent.n < 0 and (region is None or region.scroll <= 0):
            open_history(scene)
            return True
        if intent.n > 0 and (region is None or region.scroll >= region.max_scroll):
            message = anywhere(scene)
            if message is not None:
                if scene.elapsed >= SETTLE_S:
                    scene.on_action(message)
                return True
    return False


def _in_number_field(scene) -> bool:
    focused = scene.form.focused
    return focused is not None and focused.takes_text and bool(getattr(focused, "numeric", False))


def _panel_region(scene):
    regions = scene.form.regions
    return regions[0] if regions else None


def _empty(scene, pos) -> bool:
    """Nothing to press at pos: no button, no field, no scrollbar."""
    form = scene.form
    widget = form.widget_at(pos)
    if widget is not None and (widget.action is not None or widget.takes_text):
        return False
    for region in form.regions:
        bar = region.scrollbar()
        if bar is not None and bar[0].inflate(8, 0).collidepoint(pos):
            return False
    return True


# -- the conversation so far, and a step back -----------------------------------------------------

def open_history(scene) -> None:
    """Show the conversation so far over this scene (the dialogue or the workbench)."""
    from simulator.ui.scenes.history import HistoryScene
    d = getattr(scene, "dialogue", scene)
    scene.stack.push(HistoryScene(scene.ctx, d.geladen, scene.session, d.modus), lambda _: _shown(scene))


def _shown(scene) -> None:
    scene.dirty = True


def step_back(scene) -> None:
    """Take the last own move back (practice mode): the step before it shows again, and a line says it will be in
    the result. The dialogue scene does this; a scene of its own (the workbench) closes first and asks it."""
    if not can_step_back(scene):
        return
    scene.session.terug()
    scene.mood_note = None
    scene.last = None
    scene.ctx.autosave(scene.geladen, scene.session, scene.modus, scene.started)
    scene._new_step(fresh=False)
    scene.error = scene.ctx.t("dialoog.stap_terug_gedaan")
    scene.ensure_layout()
    _start_at_the_line(scene)
    scene.ctx.sounds.play("klik")


def _start_at_the_line(scene) -> None:
    """Show the step from its top (the line, then the note that the move was taken back), not scrolled down to
    the first answer: when it does not all fit, the line is a reading stop with the focus, as at a new step."""
    from simulator.ui.widgets.typed import TypedText
    form = scene.form
    if not form.regions:
        return
    region = form.regions[0]
    line = next((w for w in form.widgets if isinstance(w, TypedText)), None)
    if line is not None and region.max_scroll > 0:
        line.focusable = True
        form.focus(line)
    region.scroll = 0
