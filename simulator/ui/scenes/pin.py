"""Typing a PIN: a masked field plus on-screen digit keys for mouse users. The caller decides what a PIN opens.

`PinScene(ctx, title, prompt, on_pin)`: on_pin(pin) returns None when it handled the PIN (and changed the
stack), or a Dutch message to show (wrong PIN, too short), after which the field is emptied.
"""

from __future__ import annotations

from simulator.ui import messages as M
from simulator.ui.scenes.base import Column, FormScene, notice
from simulator.ui.widgets import Button, Picture, Text, TextField, keys

DIGITS = list("1234567890") + ["wis"]


class PinField(TextField):
    """A numeric field that shows dots, not the digits."""

    def draw(self, surface, ctx, rect, focused, hovered, pressed) -> None:
        shown, self.value = self.value, "•" * len(self.value)
        try:
            super().draw(surface, ctx, rect, focused, hovered, pressed)
        finally:
            self.value = shown


class PinScene(FormScene):
    name = "pincode"

    def __init__(self, ctx, title: str, prompt: str, on_pin, ok_key: str = "docent.pin_ok"):
        super().__init__(ctx)
        self.ok_key = ok_key
        self._title_text = title
        self.prompt = prompt
        self.on_pin = on_pin
        self.error = ""
        self.value = ""

    def title(self) -> str:
        return self._title_text

    def initial_focus(self):
        return "pin"

    def build(self, col: Column) -> None:
        ctx, t = self.ctx, self.ctx.t
        col.add(Text(ctx, self.prompt, col.width, "body"))
        self.field = col.add(PinField(ctx, min(col.width, ctx.px(360)), M.SubmitPin(), value=self.value, max_len=12, key="pin",
                                      label=self.prompt))
        self.field.numeric = True
        if self.error:
            col.add(Picture(notice(ctx, self.error, col.width), self.error))
        key_w = max(ctx.px(64), ctx.fonts.width("Wis", "button") + ctx.px(44))
        col.row(keys(ctx, DIGITS, key_w, prefix="cijfer"), gap=8)
        col.row([Button(ctx, t(self.ok_key), M.SubmitPin(), style="primary", icon="slot", key="ok")])

    def on_action(self, action: M.Message) -> None:
        match action:
            case M.TypeKey("wis"):
                self.field.erase()
                self.value = self.field.value
                self.dirty = True
            case M.TypeKey(key):
                self.field.insert(key)
                self.value = self.field.value
                self.dirty = True
            case M.SubmitPin():
                pin, self.value = self.field.value.strip(), ""
                message = self.on_pin(pin)
                if message:
                    self.error = message
                    self.relayout()


def teacher_gate(scene) -> None:
    """Open the teacher overview behind the teacher PIN of the school configuration.

    Without a usable teacher file (none yet, damaged, or in the saves folder) the gate stays locked: it says why
    and how IT or a teacher sets the PIN up. It never offers to choose one: whoever clicked first would own it.
    """
    ctx = scene.ctx
    school = ctx.school
    slot = school.teacher()
    if not slot.open:
        scene.stack.push(TeacherLockedScene(ctx, slot.reden))
        return

    def check(pin):
        if school.check_teacher_pin(pin):
            from simulator.ui.scenes.teacher import TeacherScene
            gate.stack.replace(TeacherScene(ctx))
            return None
        return ctx.t("docent.pin_fout")
    gate = PinScene(ctx, ctx.t("docent.titel"), ctx.t("docent.pin_vraag"), check)
    scene.stack.push(gate)


class TeacherLockedScene(FormScene):
    """The teacher functions are locked: why, and what a teacher or IT does about it (no way in from here)."""

    name = "docent-op-slot"
    title_key = "docent.titel"

    def __init__(self, ctx, reason: str):
        super().__init__(ctx)
        self.reason = reason

    def build(self, col: Column) -> None:
        ctx = self.ctx
        col.add(Picture(notice(ctx, self.reason, col.width, icon="slot"), self.reason))
        store = ctx.store
        for kind, line in ctx.school.left_in_saves(store.folder) if store is not None else ():
            if kind == "docent":  # a teacher who updated sees why the old PIN no longer opens this
                col.add(Picture(notice(ctx, line, col.width), line))
        col.add(Text(ctx, ctx.t("docent.op_slot"), col.width, "small", ctx.theme.soft))
