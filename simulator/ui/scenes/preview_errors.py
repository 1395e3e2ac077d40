"""Preview mode: the problems of a scenario file that was saved with errors, in a calm panel over the last good version.

Each problem says where (file, line), what is wrong and how to fix it (the loader's Probleem). The panel closes
by itself when the file is fixed; the teacher may also close it and play on with the last good version.
When the file was broken from the start there is no good version yet: the WaitingScene stands in for it.
"""

from __future__ import annotations

from pathlib import Path

from simulator.ui.messages import Message, Proceed, ShowProblems
from simulator.ui.preview import tekst
from simulator.ui.scenes.base import Column, FormScene
from simulator.ui.scenes.overlay import OverlayScene
from simulator.ui.widgets import Button, Text

SHOWN = 5
"""Problems listed in the panel; more are counted (one fix often clears several)."""


class PreviewErrorScene(OverlayScene):
    name = "voorbeeld-fout"
    width = 900

    def __init__(self, ctx, problemen):
        super().__init__(ctx)
        self.problemen = tuple(problemen)

    @property
    def text(self) -> str:
        """Everything the panel says, as plain text (tests and screen readers)."""
        self.ensure_layout()
        return "\n".join(w.label for w in self.form.widgets)

    def build(self, col: Column):
        ctx, theme = self.ctx, self.ctx.theme
        fouten = [p for p in self.problemen if p.ernst == "fout"] or list(self.problemen)
        titel = tekst(ctx, "titel_een") if len(fouten) == 1 else tekst(ctx, "titel", n=len(fouten))
        col.add(Text(ctx, titel, col.width, "heading", theme.accent), gap=8)
        col.add(Text(ctx, tekst(ctx, "uitleg"), col.width, "body", stop=True, key="uitleg"), gap=18)
        for i, p in enumerate(fouten[:SHOWN]):
            bestand = Path(p.bestand).name
            if p.regel:
                waar = tekst(ctx, "regel", bestand=bestand, regel=p.regel)
            else:
                waar = tekst(ctx, "heel_bestand", bestand=bestand)
            col.add(Text(ctx, f"{waar}  ({p.code})", col.width, "bold", key=f"waar-{i}"), gap=4)
            col.add(Text(ctx, p.bericht, col.width, "body", stop=True, key=f"bericht-{i}"), gap=4 if p.hint else 16)
            if p.hint:
                col.add(Text(ctx, tekst(ctx, "tip", hint=p.hint), col.width, "small", theme.soft, key=f"tip-{i}"), gap=16)
        if len(fouten) > SHOWN:
            bestand = Path(fouten[0].bestand).name
            col.add(Text(ctx, tekst(ctx, "meer", n=len(fouten) - SHOWN, bestand=bestand), col.width, "small", theme.soft))
        col.space(4)
        col.add(Button(ctx, tekst(ctx, "verder"), Proceed(), icon="pijl-rechts", key="verder"))
        return "verder"


class WaitingScene(FormScene):
    """Preview started on a file that does not load yet: the shop, and a line saying the game waits for a fix."""

    name = "voorbeeld-wacht"
    back_key = None

    def title(self) -> str:
        return tekst(self.ctx, "badge", bestand="").rstrip(" ·")

    def build(self, col: Column) -> None:
        col.add(Text(self.ctx, tekst(self.ctx, "wacht"), col.width, "body", stop=True, key="wacht"))
        col.add(Button(self.ctx, tekst(self.ctx, "toon_fouten"), ShowProblems(), key="fouten"))

    def on_action(self, action: Message) -> None:
        preview = getattr(self.ctx.app, "preview", None)
        if isinstance(action, ShowProblems) and preview is not None and preview.problemen:
            self.stack.push(PreviewErrorScene(self.ctx, preview.problemen))
