"""Pause (Esc): go on, settings, start again, or stop (the scenario is saved and can be resumed)."""

from __future__ import annotations

from simulator.ui import messages as M
from simulator.ui.scenes.base import Column
from simulator.ui.scenes.overlay import OverlayScene
from simulator.ui.widgets import Button, Text


class PauseScene(OverlayScene):
    name = "pauze"
    width = 640

    def build(self, col: Column):
        ctx, t = self.ctx, self.ctx.t
        col.add(Text(ctx, t("pauze.titel"), col.width, "heading", ctx.theme.accent), gap=8)
        col.add(Text(ctx, t("pauze.bewaard") if ctx.profile is not None else t("pauze.gast"), col.width, "body"))
        for key, message, icon, style in (("verder", M.Proceed(), "pijl-rechts", "primary"),
                                          ("instellingen", M.OpenSettings(), None, "normal"),
                                          ("opnieuw", M.Restart(), None, "normal"),
                                          ("stoppen", M.Stop(), "terug", "normal")):
            col.add(Button(ctx, t(f"pauze.{key}"), message, col.width, style=style, icon=icon, key=key), gap=12)
        return "verder"

    def on_back(self) -> None:
        self.stack.pop(M.Proceed())

    def on_action(self, action: M.Message) -> None:
        """Settings open over the pause; the rest closes it with the choice: Proceed, Restart or Stop."""
        if isinstance(action, M.OpenSettings):
            from simulator.ui.scenes.settings import SettingsScene
            self.stack.push(SettingsScene(self.ctx))
            return
        self.stack.pop(action)
