"""A scenario's introduction: the situation, the leerdoelen, who you meet, and how to play it (practice or test)."""

from __future__ import annotations

import pygame

from simulator.ui import messages as M
from simulator.ui.scenes.base import Column, FormScene
from simulator.ui.scenes.common import werkproces_title
from simulator.ui.widgets import Button, Picture, Text
from simulator.ui.variation import new_seed


class IntroScene(FormScene):
    name = "intro"

    def __init__(self, ctx, geladen, modus=None):
        super().__init__(ctx)
        self.geladen = geladen
        self.modus = modus
        """A lesson's mode (oefenen/toets): then only that mode can be started."""
        self.plek = geladen.scenario.waar()
        self.tijdsdruk = True
        paused = ctx.resume_info(geladen.scenario.id)
        zaad = paused.state.zaad if paused is not None and paused.state.zaad is not None else new_seed(geladen)
        self.case = _case(geladen, zaad)
        """The case this play will be (the paused one, or drawn now): the intro shows its customer, and a new play
        starts with it."""

    def title(self) -> str:
        return self.ctx.tekst(self.case.scenario.titel)

    def _resume(self):
        """This scenario's paused play (other paused scenarios do not count here), or None."""
        return self.ctx.resume(self.geladen.scenario.id)

    def _has_norm_time(self) -> bool:
        return any(getattr(getattr(st, "werkbank", None), "normtijd", None) for st in self.geladen.scenario.stappen.values())

    def initial_focus(self):
        return "hervat" if self._resume() else "oefenen"

    def layout(self) -> None:
        first = not self._laid_out_once
        super().layout()
        self._laid_out_once = True
        region = self.form.regions[0]
        if first and region.max_scroll > 0:
            # it does not all fit: start at the top, on the situation, rather than scrolled to the buttons
            self.form.focus(self.form.find_key("samenvatting"))
            region.scroll = 0

    _laid_out_once = False

    def build(self, col: Column) -> None:
        ctx, t = self.ctx, self.ctx.t
        s = self.case.scenario
        theme = ctx.theme
        col.add(Text(ctx, f"{s.werkproces} {werkproces_title(ctx, s.werkproces)}", col.width, "bold", theme.accent), gap=6)
        facts = [t("lijst.duur", n=s.duur_minuten), t("lijst.niveau", n=s.niveau), t(f"plek.{s.waar()}")]
        col.add(Text(ctx, "  ·  ".join(facts), col.width, "small", theme.soft))
        col.add(Text(ctx, ctx.tekst(s.samenvatting), col.width, "body", stop=True, key="samenvatting"))
        if s.leerdoelen:
            col.add(Text(ctx, t("intro.leerdoelen"), col.width, "heading"), gap=8)
            for i, doel in enumerate(s.leerdoelen):
                col.add(Text(ctx, f"- {ctx.tekst(doel)}", col.width - ctx.px(20), "body", key=f"doel-{i}"),
                        indent=20, gap=8)
            col.space(8)
        if s.personages:
            col.add(Text(ctx, t("intro.wie"), col.width, "heading"), gap=8)
            for key, p in s.personages.items():
                col.add(self._person(p, col.width), gap=10)
            col.space(8)
        if ctx.profile is None:
            col.add(Text(ctx, t("intro.gast"), col.width, "small", theme.soft))
        col.add(Text(ctx, t("intro.modus_uitleg"), col.width, "small", theme.text, key="uitleg"))
        buttons = []
        if self._resume():
            col.add(Text(ctx, t("intro.hervat_uitleg"), col.width, "small", theme.text, key="hervat-uitleg"))
            buttons.append(Button(ctx, t("intro.hervat"), M.ResumeScenario(), style="primary", icon="pijl-rechts",
                                  key="hervat"))
        if self.modus in (None, "oefenen"):
            buttons.append(Button(ctx, t("intro.oefenen"), M.StartScenario("oefenen"),
                                  style="primary" if not buttons else "normal", icon="pijl-rechts", key="oefenen"))
        if self.modus in (None, "toets"):
            buttons.append(Button(ctx, t("intro.toets"), M.StartScenario("toets"), icon="pijl-rechts", key="toets"))
        if self._has_norm_time():
            buttons.append(Button(ctx, t("intro.tijdsdruk"), M.ToggleTimePressure(), selected=self.tijdsdruk,
                                  key="tijdsdruk"))
        col.row(buttons)

    def _person(self, p, width) -> Picture:
        ctx = self.ctx
        size = max(ctx.px(72), ctx.fonts.line_height("body") * 2)
        face = ctx.art.portrait(p.portret, p.stemming, (size, size), self.geladen.wereld.portretten)
        words = ctx.tekst(p.naam) + (f" ({ctx.tekst(p.rol)})" if p.rol else "")
        text = ctx.fonts.block(words, "body", ctx.theme.text, width - size - ctx.px(20))
        surf = pygame.Surface((width, max(size, text.get_height())), pygame.SRCALPHA)
        surf.blit(face, (0, 0))
        surf.blit(text, (size + ctx.px(20), (surf.get_height() - text.get_height()) // 2))
        return Picture(surf, words)

    def on_action(self, action: M.Message) -> None:
        from simulator.engine import Session
        from simulator.ui.scenes.dialogue import DialogueScene
        g = self.geladen
        match action:
            case M.ToggleTimePressure():
                self.tijdsdruk = not self.tijdsdruk
                self.relayout()
            case M.StartScenario(modus):
                session = Session(g, tijdsdruk=self.tijdsdruk, zaad=self.case.zaad)
                self.stack.replace(DialogueScene(self.ctx, g, session, modus))
            case M.ResumeScenario():
                from simulator.ui.scenes.paused import resume_scene
                scene = resume_scene(self.ctx, g, g.scenario.id)  # with the time the attempt first began
                if scene is None:
                    self.relayout()
                    return
                self.stack.replace(scene)


def _case(geladen, zaad):
    """The case of this seed (the loaded one for a scenario that does not vary, or if the case cannot be made: the
    checker played it through, so that is a program error, and the play goes on with the first case)."""
    from simulator.content import ScenarioError
    if zaad is None:
        return geladen
    try:
        return geladen.variant(zaad)
    except ScenarioError:
        return geladen
