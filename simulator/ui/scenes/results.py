"""The results: every criterion in the dossier's words with its rating (word + icon), the evidence, what a
professional would do, and the student's route beside the best route. Retry, or back to the shop.
"""

from __future__ import annotations

import pygame

from simulator.content.steps.einde import EindeView
from simulator.engine import LogRegel
from simulator.ui import messages as M
from simulator.ui.scenes.base import Column, FormScene
from simulator.ui.scenes.common import icon_line, points_text, rating_colour, stack_surfaces
from simulator.ui.widgets import Button, Picture, Text
from simulator.ui.variation import new_seed


class ResultsScene(FormScene):
    name = "resultaten"
    back_key = "knop.terug"

    def __init__(self, ctx, geladen, session, modus: str = "oefenen"):
        super().__init__(ctx)
        self.geladen = geladen
        self.session = session
        self.modus = modus
        self.plek = geladen.scenario.waar()
        self.result = session.result()

    def title(self) -> str:
        return self.ctx.t("resultaten.titel", titel=self.ctx.tekst(self.geladen.scenario.titel))

    def initial_focus(self):
        return "samenvatting"

    def build(self, col: Column) -> None:
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        r = self.result
        passed = r.geslaagd
        head = t("resultaten.geslaagd" if passed else "resultaten.niet_geslaagd", pct=round(r.score * 100))
        parts = [icon_line(ctx, "goed" if passed else "onvoldoende", head, col.width - 40, "bold",
                           icon_colour=theme.good if passed else theme.bad)]
        step = self.session.step
        if step.afgelopen:
            parts.append(ctx.fonts.block(ctx.tekst(step.inhoud_als(EindeView).einde), "body", theme.text, col.width - 40))
        label = head
        for c in r.criteria:
            if c.oordeel == "onvoldoende":  # why not passed, at the top: the ending may read as a good one
                words = t("resultaten.nog_onvoldoende", criterium=c.tekst)
                parts.append(icon_line(ctx, "onvoldoende", words, col.width - 40, "body", icon_colour=theme.bad))
                label = f"{label} {words}"
        if r.teruggenomen:
            # practice with steps back: said plainly, in bold, so a teacher reading over a shoulder sees it too
            words = ctx.count("resultaten.teruggenomen", len(r.teruggenomen))
            parts.append(icon_line(ctx, "terug", words, col.width - 40, "bold", icon_colour=theme.accent))
            label = f"{head} {words}"
        parts.append(ctx.fonts.block(t(f"resultaten.modus_{self.modus}"), "small", theme.soft, col.width - 40))
        col.add(Picture(stack_surfaces(parts, col.width - 40, 8), label, panel=True, stop=True, key="samenvatting", pad=20))
        col.row([
            Button(ctx, t("resultaten.opnieuw"), M.Restart(), style="primary", key="opnieuw"),
            Button(ctx, t("resultaten.winkel"), M.BackToShop(), key="winkel"),
            Button(ctx, t("resultaten.andere"), M.OtherScenario(), key="andere"),
        ])
        col.add(Text(ctx, t("resultaten.per_criterium"), col.width, "heading", theme.accent), gap=8)
        for c in r.criteria:
            col.add(Picture(self._card(c, col.width - 40), f"{c.id} {c.oordeel}", panel=True, stop=True,
                            key=f"criterium-{c.id}", pad=20))
        col.add(Text(ctx, t("resultaten.routes"), col.width, "heading", theme.accent), gap=8)
        col.add(Text(ctx, t("resultaten.routes_uitleg"), col.width, "small", theme.soft), gap=10)
        col.add(Picture(self._routes(col.width - 40), t("resultaten.routes"), panel=True, stop=True, key="routes", pad=20))

    def _card(self, c, width) -> pygame.Surface:
        ctx, t, theme, fonts = self.ctx, self.ctx.t, self.ctx.theme, self.ctx.fonts
        head = t(f"oordeel.{c.oordeel}") + "  ·  " + t("resultaten.punten", punten=c.punten, max=c.max)
        parts = [icon_line(ctx, c.oordeel, head, width, "bold", icon_colour=rating_colour(theme, c.oordeel)),
                 fonts.block(f"{c.tekst} ({c.id})", "body", theme.text, width)]
        if c.kritiek:
            parts.append(icon_line(ctx, "kritiek", t("resultaten.kritiek"), width, "body", icon_colour=theme.bad))
        if c.opmerking:
            parts.append(fonts.block(ctx.tekst(c.opmerking), "small", theme.soft, width))
        if c.bewijs:
            parts.append(fonts.block(t("resultaten.wat_je_deed"), "bold", theme.text, width))
            for b in c.bewijs:
                icon = "kritiek" if b.kritiek else ("plus" if b.punten > 0 else "min")
                words = f"{points_text(ctx, b.punten) if b.punten else t('punten.nul')}: {ctx.tekst(b.tekst)}"
                parts.append(icon_line(ctx, icon, words, width, "body",
                                       icon_colour=theme.good if b.punten > 0 and not b.kritiek else theme.bad))
                if b.feedback:
                    parts.append(_indent(fonts.block(ctx.tekst(b.feedback), "small", theme.soft, width - 48), 48))
        else:
            parts.append(fonts.block(t("resultaten.geen_bewijs"), "small", theme.soft, width))
        if c.beter:
            parts.append(fonts.block(t("resultaten.vakman"), "bold", theme.text, width))
            for tip in c.beter:
                parts.append(icon_line(ctx, "pijl-rechts", ctx.tekst(tip), width, "body"))
        return stack_surfaces(parts, width, 8)

    def _routes(self, width) -> pygame.Surface:
        ctx, t, theme, fonts = self.ctx, self.ctx.t, self.ctx.theme, self.ctx.fonts
        mine = [r for r in self.session.state.log if self.session.eigen(r)]
        route = self.session.analysis.beste_route
        best = [LogRegel(stap=s, keuze=label) for s, label in (route.keuzes if route else ())]
        best = [r for r in best if self.session.eigen(r)]
        best_set = {(r.stap, r.keuze) for r in best}
        side = ctx.settings.schaal < 1.5
        col_w = (width - 30) // 2 if side else width

        def column(title, items, mark):
            parts = [fonts.block(title, "bold", theme.accent, col_w)]
            for n, regel in enumerate(items, 1):
                words = f"{n}. {ctx.tekst(self.session.describe(regel).gedaan)}"
                if mark:
                    same = (regel.stap, regel.keuze) in best_set
                    parts.append(icon_line(ctx, "check" if same else "voldoende", words, col_w, "small"))
                else:
                    parts.append(fonts.block(words, "small", theme.text, col_w))
            if not items:
                parts.append(fonts.block(t("resultaten.geen_route"), "small", theme.soft, col_w))
            return stack_surfaces(parts, col_w, 8)

        a = column(t("resultaten.jouw_route"), mine, True)
        b = column(t("resultaten.beste_route"), best, False)
        if side:
            surf = pygame.Surface((width, max(a.get_height(), b.get_height())), pygame.SRCALPHA)
            surf.blit(a, (0, 0))
            surf.blit(b, (col_w + 30, 0))
            return surf
        return stack_surfaces([a, b], width, 24)

    def on_action(self, action: M.Message) -> None:
        match action:
            case M.Restart():
                from simulator.engine import Session
                from simulator.ui.scenes.dialogue import DialogueScene
                g = self.geladen
                fresh = Session(g, tijdsdruk=self.session.tijdsdruk, zaad=new_seed(g, self.session.state.zaad))
                self.stack.replace(DialogueScene(self.ctx, g, fresh, self.modus))
            case M.BackToShop():
                while len(self.stack.scenes) > 1 and self.stack.scenes[-1].name != "home":
                    self.stack.pop(None)
            case M.OtherScenario():
                self.stack.pop(None)


def _indent(surface: pygame.Surface, dx: int) -> pygame.Surface:
    out = pygame.Surface((surface.get_width() + dx, surface.get_height()), pygame.SRCALPHA)
    out.blit(surface, (dx, 0))
    return out
