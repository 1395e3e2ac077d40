"""The results: every criterion in the dossier's words with its rating (word + icon), the evidence, what a
professional would do, and the student's route beside the best route. Retry, or back to the shop.
"""

from __future__ import annotations

import pygame

from simulator.ui.scenes.base import Column, FormScene
from simulator.ui.scenes.common import icon_line, points_text, rating_colour, stack_surfaces
from simulator.ui.widgets import Button, Picture, Text


def said(ctx, scenario, stap_id: str, label: str, waarde=None) -> str:
    """What the student did at a step, in words: the choice text, the number, or the tool on the zone."""
    from simulator.content.model import keuze_id
    from simulator.engine.getal import schrijf_antwoord
    stap = scenario.stappen.get(stap_id)
    for i, k in enumerate(getattr(stap, "keuzes", None) or []):
        if keuze_id(k, i) == label:
            return ctx.tekst(k.tekst)
    invoer = getattr(stap, "invoer", None)
    unit = invoer.eenheid if invoer is not None else None
    if waarde is not None:
        return schrijf_antwoord(waarde, unit)  # the Dutch way: −34.400 euro, 1.234,50 euro
    if invoer is not None and label.startswith("antwoord-"):
        return schrijf_antwoord(invoer.antwoorden[int(label.split('-')[1]) - 1].waarde, unit)
    if ">" in label:
        tool, zone = label.split(">", 1)
        return ctx.t("route.actie", gereedschap=tool, zone=zone)
    if label == "anders":
        return ctx.t("route.ander_getal")
    return label


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
        if step.klaar and step.einde:
            parts.append(ctx.fonts.block(ctx.tekst(step.einde), "body", theme.text, col.width - 40))
        parts.append(ctx.fonts.block(t(f"resultaten.modus_{self.modus}"), "small", theme.soft, col.width - 40))
        col.add(Picture(stack_surfaces(parts, col.width - 40, 8), head, panel=True, stop=True, key="samenvatting", pad=20))
        col.row([
            Button(ctx, t("resultaten.opnieuw"), ("opnieuw",), style="primary", key="opnieuw"),
            Button(ctx, t("resultaten.winkel"), ("winkel",), key="winkel"),
            Button(ctx, t("resultaten.andere"), ("andere",), key="andere"),
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
        if getattr(c, "opmerking", None):
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
        scenario = self.geladen.scenario
        mine = [(r.stap, r.keuze, r.waarde) for r in self.session.state.log if r.keuze not in ("verder", "tempo")]
        route = self.session.analysis.beste_route
        best = [(s, label, None) for s, label in (route.keuzes if route else ()) if label != "verder"]
        best_set = {(s, label) for s, label, _ in best}
        side = ctx.settings.schaal < 1.5
        col_w = (width - 30) // 2 if side else width

        def column(title, items, mark):
            parts = [fonts.block(title, "bold", theme.accent, col_w)]
            for n, (stap, label, waarde) in enumerate(items, 1):
                words = f"{n}. {said(ctx, scenario, stap, label, waarde)}"
                if mark:
                    same = (stap, label) in best_set
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

    def on_action(self, action) -> None:
        kind = action[0]
        if kind == "opnieuw":
            from simulator.engine import Session
            from simulator.ui.scenes.dialogue import DialogueScene
            g = self.geladen
            fresh = Session(g.scenario, analysis=g.analyse, tijdsdruk=self.session.tijdsdruk)
            self.stack.replace(DialogueScene(self.ctx, g, fresh, self.modus))
        elif kind == "winkel":
            while len(self.stack.scenes) > 1 and self.stack.top.name != "home":
                self.stack.pop(None)
        elif kind == "andere":
            self.stack.pop(None)


def _indent(surface: pygame.Surface, dx: int) -> pygame.Surface:
    out = pygame.Surface((surface.get_width() + dx, surface.get_height()), pygame.SRCALPHA)
    out.blit(surface, (dx, 0))
    return out
