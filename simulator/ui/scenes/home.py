"""The shop as a map: verkoopruimte, werkplaats and kantoor, and each werkproces with the student's progress."""

from __future__ import annotations

import pygame

from simulator.ui import draw, messages as M
from simulator.ui.scenes import paused
from simulator.ui.scenes.base import MARGIN, PAD, Column, FormScene, notice
from simulator.ui.scenes.common import ROOMS, room_of, stack_surfaces, werkproces_title, wide as roomy
from simulator.ui.widgets.base import SCROLLBAR_W
from simulator.ui.widgets import Bar, Button, Picture, Text, Widget

MAP_W = 540


class RoomSpot(Widget):
    """A room on the map: a name tag on the art; activating it lists that room's scenarios."""

    def __init__(self, ctx, room: str, rect, count: int):
        label = ctx.t(f"plek.{room}")
        super().__init__(M.OpenRoom(room), f"plek-{room}", label)
        self.rect = pygame.Rect(rect)
        self.pad = (ctx.px(14), ctx.px(12))
        sub = ctx.count("home.aantal_werkprocessen", count)
        width = max(ctx.px(60), self.rect.w - 2 * self.pad[0] - ctx.px(8))
        fonts, colour = ctx.fonts, ctx.theme.text
        # a small room at large text: the name only (the list gives the counts), then the name in smaller letters
        tags = [stack_surfaces([fonts.block(label, "bold", colour, width), fonts.block(sub, "small", colour, width)],
                               width, 2),
                fonts.block(label, "bold", colour, width), fonts.block(label, "small", colour, width)]
        room = self.rect.h - 2 * self.pad[1]
        self.tag = next((tag for tag in tags if tag.get_height() <= room), tags[-1])

    def draw(self, surface, ctx, rect, focused, hovered, pressed) -> None:
        theme = ctx.theme
        tag = self.tag.get_rect(topleft=(rect.left + self.pad[0], rect.top + self.pad[1]))
        if hovered:
            pygame.draw.rect(surface, theme.text, rect, 4, border_radius=10)
        draw.panel(surface, theme, tag.inflate(ctx.px(16), ctx.px(12)), radius=8, alpha=235)
        clip = surface.get_clip()
        surface.set_clip(rect.clip(clip) if clip else rect)
        surface.blit(self.tag, tag)
        surface.set_clip(clip)

    def text_need(self) -> tuple[int, int]:
        return self.tag.get_width() + 2 * self.pad[0], self.tag.get_height() + 2 * self.pad[1]


class HomeScene(FormScene):
    name = "home"
    back_key = "knop.ander_profiel"

    def title(self) -> str:
        naam = self.ctx.profile.naam if self.ctx.profile is not None else self.ctx.t("home.gast")
        return self.ctx.t("home.titel", naam=naam)

    def header_buttons(self):
        return [Button(self.ctx, self.ctx.t("voortgang.knop"), M.OpenProgress(), key="voortgang"),
                Button(self.ctx, self.ctx.t("knop.instellingen"), M.OpenSettings(), key="instellingen")]

    def initial_focus(self):
        return "verder" if self.ctx.resume() else "plek-verkoopruimte"

    def build(self, col: Column) -> None:
        ctx = self.ctx
        t = ctx.t
        library = ctx.library
        mastery = ctx.mastery()
        by_code: dict[str, int] = {}
        for g in library.scenarios.values():
            by_code[g.scenario.werkproces] = by_code.get(g.scenario.werkproces, 0) + 1
        region = col.region
        px = ctx.px
        wide = roomy(ctx)
        if wide:
            # the map on the left, in its own part of the page; the werkprocessen scroll on the right
            map_w, map_h = px(MAP_W), min(region.rect.h - 2 * px(PAD), px(440))
            region.rect.w = map_w + 2 * px(PAD)
        else:
            # large text: the map across the page, the werkprocessen below it, all in one scroll
            map_w, map_h = col.width, min(round(col.width * 0.55), region.rect.h - 2 * px(PAD))
        surf, spots = ctx.art.shop_map((map_w, map_h))
        picture = Picture(surf, t("home.kaart"))
        picture.rect.topleft = (col.x, col.y)
        col.form.add(picture, region)
        for room in ROOMS:
            count = len({c for c in by_code if room_of(c) == room})
            spot = RoomSpot(ctx, room, spots[room].move(picture.rect.topleft), count)
            spot.inside = picture  # a name tag on the map: drawn on it, not in its way
            col.form.add(spot, region)
        col.y = picture.rect.bottom + px(12)
        col.add(Text(ctx, t("home.kaart_uitleg"), map_w, "small", ctx.theme.soft))
        if wide:
            left = region.rect.right + px(20)
            right_region = col.form.region((left, region.rect.top, ctx.screen.w - px(MARGIN) - left, region.rect.h))
            width = right_region.rect.w - 2 * px(PAD) - px(SCROLLBAR_W + 4)
            lst = Column(col.form, right_region, left + px(PAD), region.rect.top + px(PAD), width)
        else:
            lst, width = col, col.width
        for message in ctx.take_messages():
            lst.add(Picture(notice(ctx, message, width), message))
        paused.add_paused(self, lst, width)
        lst.add(Button(ctx, t("home.alle"), M.OpenAllScenarios(), None, key="alle", max_width=width))
        from simulator.ui.scenes.lessons import add_lessons
        add_lessons(ctx, lst, width)
        if not library.scenarios:
            lst.add(Text(ctx, t("home.leeg"), width, "body"))
        dossier = ctx.dossier
        for room in ROOMS:
            codes = [w.code for w in dossier.werkprocessen if room_of(w.code) == room and w.code in by_code]
            if not codes:
                continue
            lst.add(Text(ctx, t(f"plek.{room}"), width, "heading", ctx.theme.accent), gap=8)
            for code in codes:
                value, niveau = mastery.get(code, (0.0, "nieuw"))
                lst.add(self._row(code, by_code[code], value, niveau, width), gap=12)
        rest = [w.code for w in dossier.werkprocessen if w.code not in by_code]
        if rest and library.scenarios:
            lst.add(Text(ctx, t("home.zonder", codes=", ".join(rest)), width, "small", ctx.theme.soft))

    def _row(self, code: str, count: int, value: float, niveau: str, width: int) -> Picture:
        ctx = self.ctx
        inner = width - 2 * ctx.px(16)
        title = ctx.fonts.block(f"{code}  {werkproces_title(ctx, code)}", "bold", ctx.theme.text, inner)
        sub = ctx.fonts.block(ctx.count("home.aantal_scenarios", count), "small", ctx.theme.soft, inner)
        # the same words as on 'Mijn voortgang' ('91 % · op weg'): '91 % beheerst' said more than the level
        bar = Bar(ctx, value, inner, ctx.t("voortgang.balk", pct=round(value * 100),
                                            niveau=ctx.t(f"niveau.{niveau.replace(' ', '_')}")))
        bar_surf = pygame.Surface(bar.rect.size, pygame.SRCALPHA)
        bar.draw(bar_surf, ctx, bar_surf.get_rect(), False, False, False)
        surf = stack_surfaces([title, sub, bar_surf], inner, ctx.px(6))
        label = f"{code} {werkproces_title(ctx, code)}"
        return Picture(surf, label, panel=True, action=M.OpenWerkproces(code), key=f"wp-{code}", pad=ctx.px(16))

    def on_action(self, action: M.Message) -> None:
        from simulator.ui.scenes.scenario_list import ListScene
        match action:
            case M.OpenSettings():
                from simulator.ui.scenes.settings import SettingsScene
                self.stack.push(SettingsScene(self.ctx))
            case M.OpenRoom(room):
                self.stack.push(ListScene(self.ctx, plek=room))
            case M.OpenWerkproces(code):
                self.stack.push(ListScene(self.ctx, werkproces=code))
            case M.OpenAllScenarios():
                self.stack.push(ListScene(self.ctx))
            case M.ResumePaused() | M.DiscardPaused():
                paused.handle(self, action)
            case M.OpenProgress():
                from simulator.ui.scenes.progress import ProgressScene
                self.stack.push(ProgressScene(self.ctx))
            case M.OpenLesson():
                from simulator.ui.scenes.lessons import open_lesson
                open_lesson(self, action)

    def resume(self) -> None:
        # progress may have changed while a scenario was played
        self.relayout()

    def on_back(self) -> None:
        self.ctx.profile = None
        self.stack.pop(None)
