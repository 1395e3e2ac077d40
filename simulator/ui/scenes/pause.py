"""Pause (Esc): go on, settings, start again, or stop (the scenario is saved and can be resumed)."""

from __future__ import annotations

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
        for key, icon, style in (("verder", "pijl-rechts", "primary"), ("instellingen", None, "normal"),
                                 ("opnieuw", None, "normal"), ("stoppen", "terug", "normal")):
            col.add(Button(ctx, t(f"pauze.{key}"), key, col.width, style=style, icon=icon, key=key), gap=12)
        return "verder"

    def on_back(self) -> None:
        self.stack.pop("verder")

    def on_action(self, action) -> None:
        if action == "instellingen":
            from simulator.ui.scenes.settings import SettingsScene
            self.stack.push(SettingsScene(self.ctx))
            return
        self.stack.pop(action)
