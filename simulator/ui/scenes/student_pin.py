"""A student's own PIN: asked on the start screen when the profile has one; set, changed or removed in settings.

What it protects, said where it is set: a classmate at the same PC clicking your name. Not your files: anyone
who can open the saves folder can read (or delete) them; the PIN is only a salted hash there.
"""

from __future__ import annotations

from simulator.ui.messages import Message, RemovePin, SetPin
from simulator.ui.scenes.pin import PinScene
from simulator.ui.widgets import Button, Text


def ask_pin(scene, profile, then) -> None:
    """Push the PIN screen for this profile; `then()` runs after the right PIN (the PIN screen is gone by then)."""
    ctx = scene.ctx

    def check(pin):
        if ctx.store.check_pin(profile.id, pin):
            gate.stack.pop(None)
            then()
            return None
        return ctx.t("pin.fout")
    gate = PinScene(ctx, ctx.t("pin.titel", naam=profile.naam), ctx.t("pin.vraag"), check)
    scene.stack.push(gate)


def add_pin_section(ctx, col) -> None:
    """In settings, for a student with a profile: set or change the PIN, or remove it."""
    profile = ctx.profile
    if profile is None or ctx.store is None:
        return
    t = ctx.t
    col.add(Text(ctx, t("pin.kop"), col.width, "bold"), gap=8)
    col.add(Text(ctx, t("pin.wat_het_doet"), col.width, "small", ctx.theme.soft), gap=8)
    buttons = [Button(ctx, t("pin.wijzigen" if profile.heeft_pin else "pin.instellen"), SetPin(), icon="slot",
                      key="pin-zet")]
    if profile.heeft_pin:
        buttons.append(Button(ctx, t("pin.weg"), RemovePin(), key="pin-weg"))
    col.row(buttons, gap=12)


def pin_action(scene, action: Message) -> None:
    ctx = scene.ctx
    if isinstance(action, RemovePin):
        ctx.profile = ctx.store.update_profile(ctx.profile.id, pin=None)
        scene.relayout()
        return

    def choose(pin):
        if len(pin) < 4:
            return ctx.t("docent.pin_kort")
        ctx.profile = ctx.store.update_profile(ctx.profile.id, pin=pin)
        gate.stack.pop(None)
        return None
    prompt = f'{ctx.t("pin.nieuw")} {ctx.t("pin.wat_het_doet")}'
    gate = PinScene(ctx, ctx.t("pin.titel", naam=ctx.profile.naam), prompt, choose, ok_key="knop.klaar")
    scene.stack.push(gate)
