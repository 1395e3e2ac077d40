"""The scenario map in the game, for teachers: choose a scenario, see its steps and where each choice leads
(simulator.ui.kaart draws the same picture as `juwelier kaart`)."""

from __future__ import annotations

import pygame

from simulator.ui.messages import Message, OpenMap
from simulator.ui.scenes.base import Column, FormScene
from simulator.ui.widgets import Button, Picture, Text


class MapListScene(FormScene):
    name = "kaarten"
    title_key = "docent.kaart_kies"
    plek = "kantoor"

    def build(self, col: Column) -> None:
        ctx = self.ctx
        items = sorted(ctx.library.scenarios.values(), key=lambda g: (g.scenario.werkproces, g.scenario.id))
        for g in items:
            col.add(Button(ctx, f"{g.scenario.werkproces} · {ctx.tekst(g.scenario.titel)}", OpenMap(g.scenario.id),
                           col.width, key=f"kaart-{g.scenario.id}", align="left"), gap=10)

    def on_action(self, action: Message) -> None:
        match action:
            case OpenMap(scenario_id) if scenario_id in self.ctx.library.scenarios:
                self.stack.push(MapScene(self.ctx, self.ctx.library.scenarios[scenario_id]))


class MapScene(FormScene):
    name = "kaart"
    plek = "kantoor"

    def __init__(self, ctx, geladen):
        super().__init__(ctx)
        self.geladen = geladen
        self._map = None

    def title(self) -> str:
        return self.ctx.t("docent.kaart_titel", titel=self.ctx.tekst(self.geladen.scenario.titel))

    def build(self, col: Column) -> None:
        ctx = self.ctx
        col.add(Text(ctx, ctx.t("docent.kaart_uitleg"), col.width, "small", ctx.theme.soft))
        if self._map is None:
            from simulator.ui.kaart import draw_map
            self._map = draw_map(self.geladen)
        w, h = self._map.get_size()
        scale = min(1.0, col.width / w)
        surf = pygame.transform.smoothscale(self._map, (max(1, int(w * scale)), max(1, int(h * scale)))) \
            if scale < 1.0 else self._map
        col.add(Picture(surf, ctx.t("docent.kaart_titel", titel=ctx.tekst(self.geladen.scenario.titel)), stop=True,
                        key="kaart"))
