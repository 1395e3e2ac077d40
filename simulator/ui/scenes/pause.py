"""Pause and quick menu (Esc or the right mouse button): go on, the conversation so far, a step back (practice
only), settings, start again, or stop (the scenario is saved and can be resumed). Each button names its key."""

from __future__ import annotations

from typing import Optional

from simulator.ui import intents as I, messages as M
from simulator.ui.scenes.base import Column
from simulator.ui.scenes.dialogue_tools import BACK_KEYS, HISTORY_KEYS
from simulator.ui.scenes.overlay import OverlayScene
from simulator.ui.widgets import Button, Text


class PauseScene(OverlayScene):
    name = "pauze"
    width = 640

    def __init__(self, ctx, session=None, modus: str = "oefenen"):
        """With the session, the menu offers the history and, in practice mode, a step back."""
        super().__init__(ctx)
        self.session = session
        self.modus = modus

    def build(self, col: Column):
        ctx, t = self.ctx, self.ctx.t
        col.add(Text(ctx, t("pauze.titel"), col.width, "heading", ctx.theme.accent), gap=8)
        col.add(Text(ctx, t("pauze.bewaard") if ctx.profile is not None else t("pauze.gast"), col.width, "body"))
        buttons: list[tuple[str, M.Message, Optional[str], str]] = [("verder", M.Proceed(), "pijl-rechts", "primary")]
        if self.session is not None:
            buttons.append(("geschiedenis", M.OpenHistory(), None, "normal"))
            if self.modus == "oefenen" and self.session.kan_terug:
                buttons.append(("stap_terug", M.StepBack(), "terug", "normal"))
        buttons += [("instellingen", M.OpenSettings(), None, "normal"), ("opnieuw", M.Restart(), None, "normal"),
                    ("stoppen", M.Stop(), "terug", "normal")]
        for key, message, icon, style in buttons:
            col.add(Button(ctx, t(f"pauze.{key}"), message, col.width, style=style, icon=icon, key=key), gap=12)
        if self.session is not None:
            col.add(Text(ctx, t("pauze.toetsen" if self.modus == "oefenen" else "pauze.toetsen_toets"), col.width,
                         "small", ctx.theme.soft, key="toetsen"))
        return "verder"

    def on_back(self) -> None:
        self.stack.pop(M.Proceed())

    def update(self, dt, intents) -> None:
        """The right mouse button that opened the menu closes it again, as Esc does; G (or H) and Z do what their
        buttons say."""
        if any(i.kind == I.MENU for i in intents) and self.on_stack:
            self.on_back()
            return
        for intent in intents:
            if intent.kind != I.LETTER or self.session is None or not self.on_stack:
                continue
            if intent.key.lower() in HISTORY_KEYS:
                self.stack.pop(M.OpenHistory())
                return
            if intent.key.lower() in BACK_KEYS and self.modus == "oefenen" and self.session.kan_terug:
                self.stack.pop(M.StepBack())
                return
        super().update(dt, intents)

    def on_action(self, action: M.Message) -> None:
        """Settings open over the pause; the rest closes it with the choice: Proceed, OpenHistory, StepBack,
        Restart or Stop."""
        if isinstance(action, M.OpenSettings):
            from simulator.ui.scenes.settings import SettingsScene
            self.stack.push(SettingsScene(self.ctx))
            return
        self.stack.pop(action)
