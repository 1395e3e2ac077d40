"""One attempt read back: the rating per criterion, then step by step what was asked, what the student did,
the points it gave and the feedback. Opened from Mijn voortgang and from the teacher's overview.
"""

from __future__ import annotations

from simulator.ui.scenes.base import Column, FormScene
from simulator.ui.scenes.common import criterium_text, icon_line, points_line, rating_colour, stack_surfaces
from simulator.ui.scenes.progress import titel_of, when
from simulator.engine.session import beschrijf
from simulator.ui.widgets import Picture, Text

class TranscriptScene(FormScene):
    name = "transcript"

    def __init__(self, ctx, attempt, naam: str | None = None):
        super().__init__(ctx)
        self.attempt = attempt
        self.naam = naam
        self.plek = "kantoor"

    def title(self) -> str:
        title = self.ctx.t("transcript.titel", titel=titel_of(self.ctx, self.attempt))
        return f"{self.naam}: {title}" if self.naam else title

    def build(self, col: Column) -> None:
        ctx, t, theme, fonts = self.ctx, self.ctx.t, self.ctx.theme, self.ctx.fonts
        a = self.attempt
        width = col.width - 40
        if a.klaar:
            head = t("voortgang.geslaagd" if a.geslaagd else "voortgang.niet_geslaagd", pct=round(a.score * 100))
        else:
            head = t("voortgang.gestopt")
        minutes = max(1, round(a.duur.total_seconds() / 60))
        sub = t("transcript.wanneer", wanneer=when(ctx, a.eind), minuten=minutes, modus=t(f"voortgang.modus_{a.modus}"))
        parts = [icon_line(ctx, "check" if a.geslaagd else "onvoldoende", head, width, "bold",
                           icon_colour=theme.good if a.geslaagd else theme.bad),
                 fonts.block(sub, "small", theme.soft, width)]
        col.add(Picture(stack_surfaces(parts, width, 8), head, panel=True, stop=True, key="kop", pad=20))
        col.add(Text(ctx, t("resultaten.per_criterium"), col.width, "heading", theme.accent), gap=8)
        rows = []
        for c in a.criteria:
            words = f"{t(f'oordeel.{c.oordeel}')} · {criterium_text(ctx, c.id)} ({c.id})"
            if c.kritiek:
                words += " · " + t("transcript.kritiek")
            rows.append(icon_line(ctx, c.oordeel, words, width, "body", icon_colour=rating_colour(theme, c.oordeel)))
        if rows:
            col.add(Picture(stack_surfaces(rows, width, 10), t("resultaten.per_criterium"), panel=True, stop=True,
                            key="criteria", pad=20))
        col.add(Text(ctx, t("transcript.stappen"), col.width, "heading", theme.accent), gap=8)
        geladen = ctx.library.scenarios.get(a.scenario)
        if geladen is None or geladen.hash != a.hash:
            col.add(Text(ctx, t("transcript.ander_bestand"), col.width, "small", theme.soft), gap=10)
        if geladen is not None and a.zaad is not None:  # the case this student had (a scenario that varies)
            col.add(Text(ctx, t("transcript.geval", zaad=a.zaad), col.width, "small", theme.soft), gap=10)
            try:
                geladen = geladen.variant(a.zaad)
            except ValueError:
                geladen = None
        n = 0
        for regel in a.log:
            if regel.keuze in ("verder", "tempo"):
                continue  # reading on is no move; the work time shows under the criteria
            n += 1
            surface, words = self._step(n, geladen, regel, width)
            col.add(Picture(surface, words, panel=True, stop=True, key=f"stap-{n}", pad=20))
        if n == 0:
            col.add(Text(ctx, t("transcript.geen_stappen"), col.width, "body"))

    def _step(self, n, geladen, regel, width):
        ctx, t, theme, fonts = self.ctx, self.ctx.t, self.ctx.theme, self.ctx.fonts
        parts = []
        line = beschrijf(geladen, regel) if geladen is not None else None
        asked = ctx.tekst(line.vraag) if line is not None else ""
        if asked:
            parts.append(fonts.block(f"{n}. {asked}", "small", theme.soft, width))
        did = ctx.tekst(line.gedaan) if line is not None else regel.keuze
        parts.append(icon_line(ctx, "pijl-rechts", t("transcript.jij", wat=did), width, "bold"))
        for cid, punten in regel.punten.items():
            icon = "plus" if punten > 0 else "min"
            words = points_line(ctx, punten, cid)
            parts.append(icon_line(ctx, icon, words, width, "small", icon_colour=theme.good if punten > 0 else theme.bad))
        for cid in regel.kritiek:
            parts.append(icon_line(ctx, "kritiek", t("transcript.kritiek_bij", criterium=criterium_text(ctx, cid)),
                                   width, "small", icon_colour=theme.bad))
        words = t("transcript.jij", wat=did)
        feedback = line.feedback if line is not None else None
        if feedback:
            said_back = t("transcript.feedback", tekst=ctx.tekst(feedback))
            parts.append(fonts.block(said_back, "small", theme.text, width))
            words += " " + said_back
        return stack_surfaces(parts, width, 6), words
