"""'Welk getal bedoel je?': asked when a typed answer reads two ways ("34.400": 34400 or 34,4).

Each reading is a numbered button with the number the Dutch way and in words, so the two cannot be
confused. Keys 1 and 2, the arrows and Enter, or a click choose; Esc goes back to the answer with the text
kept. The scene returns PickReading(index), or Back() / None for going back.
"""

from __future__ import annotations

from typing import Optional

from simulator.engine.getal import Gelezen, decimalen_voor, getal_in_woorden, schrijf_antwoord
from simulator.ui.messages import Back, PickReading
from simulator.ui.scenes.base import Column
from simulator.ui.scenes.overlay import OverlayScene
from simulator.ui.widgets import Button, Text


class WhichNumberScene(OverlayScene):
    name = "welk_getal"

    def __init__(self, ctx, typed: str, found: Gelezen, unit: Optional[str] = None):
        super().__init__(ctx)
        self.typed = typed
        self.found = found
        self.unit = unit

    def build(self, col: Column):
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        col.add(Text(ctx, t("getal.vraag_titel"), col.width, "heading", theme.accent), gap=10)
        col.add(Text(ctx, t("getal.vraag", tekst=self.typed), col.width, "body"), gap=14)
        for i, lezing in enumerate(self.found.lezingen):
            decimals = decimalen_voor(lezing.waarde, self.unit, lezing.decimalen)   # an amount: 34,40 euro
            figures = schrijf_antwoord(lezing.waarde, self.unit, decimals)
            words = t("getal.keuze", tekst=figures, woorden=getal_in_woorden(lezing.waarde, decimals))
            col.add(Button(ctx, words, PickReading(i), col.width, number=i + 1, style="choice",
                           key=f"lezing-{i + 1}"), gap=12)
        col.add(Text(ctx, t("getal.tip"), col.width, "small", theme.soft), gap=14)
        col.add(Button(ctx, t("getal.terug"), Back(), icon="terug", key="terug"))
        return "lezing-1"
