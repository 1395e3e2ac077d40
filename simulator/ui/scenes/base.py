"""The common shape of a menu screen: the shop behind, a header with title and back button, a scrolling page.

A FormScene builds its widgets in `build()` (placed with a Column), and gets the activated widget's
action in `on_action()`; Esc and the back button call `on_back()`.
"""

from __future__ import annotations

from typing import Optional

import pygame

from simulator.ui import draw, intents as I
from simulator.ui.app import LOGICAL
from simulator.ui.scene import Scene
from simulator.ui.widgets import Button, Form

MARGIN = 40
PAD = 28
BACK = ("__terug__",)


class Column:
    """Places widgets top to bottom (rows wrap), inside one scroll region."""

    def __init__(self, form: Form, region, x: int, y: int, width: int, gap: int = 16):
        self.form, self.region, self.x, self.y, self.width, self.gap = form, region, x, y, width, gap

    def add(self, widget, indent: int = 0, gap: Optional[int] = None):
        widget.rect.topleft = (self.x + indent, self.y)
        self.form.add(widget, self.region)
        self.y += widget.rect.h + (self.gap if gap is None else gap)
        return widget

    def row(self, widgets, gap: int = 14, indent: int = 0) -> None:
        x, line_h = self.x + indent, 0
        for w in widgets:
            if x > self.x + indent and x + w.rect.w > self.x + self.width:
                self.y += line_h + gap
                x, line_h = self.x + indent, 0
            w.rect.topleft = (x, self.y)
            self.form.add(w, self.region)
            x += w.rect.w + gap
            line_h = max(line_h, w.rect.h)
        self.y += line_h + self.gap

    def space(self, h: int) -> None:
        self.y += h


class FormScene(Scene):
    title_key = ""
    back_key: Optional[str] = "knop.terug"
    plek = "verkoopruimte"
    """Which room of the shop shows behind the page."""

    def __init__(self, ctx):
        super().__init__(ctx)
        self.form = Form(ctx)
        self.header_h = 84

    # -- building ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.ctx.t(self.title_key)

    def layout(self) -> None:
        old = self.form
        key = old.focused.key if old.focused is not None else None
        scrolls = [r.scroll for r in old.regions]
        self.form = Form(self.ctx)
        self.form.keyboard = old.keyboard
        header = []
        if self.back_key:
            header.append(Button(self.ctx, self.ctx.t(self.back_key), BACK, icon="terug", key="terug"))
        right = self.header_buttons()
        left_x = MARGIN + (header[0].rect.w + 24 if header else 0)
        right_x = LOGICAL[0] - MARGIN - sum(w.rect.w + 14 for w in right)
        self._title_x = left_x
        self._title = self.ctx.fonts.block(self.title(), "heading", self.ctx.theme.accent, max(200, right_x - left_x))
        self.header_h = max(84, self._title.get_height() + 28, *(w.rect.h + 28 for w in header + right))
        if header:
            header[0].rect.topleft = (MARGIN, 8 + (self.header_h - header[0].rect.h) // 2)
            self.form.add(header[0])
        x = right_x + 14
        for w in right:
            w.rect.topleft = (x, 8 + (self.header_h - w.rect.h) // 2)
            self.form.add(w)
            x += w.rect.w + 14
        top = self.header_h + 16
        region = self.form.region((MARGIN, top, LOGICAL[0] - 2 * MARGIN, LOGICAL[1] - top - 16))
        col = Column(self.form, region, MARGIN + PAD, top + PAD, LOGICAL[0] - 2 * MARGIN - 2 * PAD - 30)
        self.build(col)
        for region, scroll in zip(self.form.regions, scrolls):
            region.scroll = scroll
        self.form.finish(self.initial_focus() if key is None else key)
        self._static = None
        self.dirty = True

    def header_buttons(self) -> list:
        return []

    def initial_focus(self) -> Optional[str]:
        return None

    def build(self, col: Column) -> None:
        raise NotImplementedError

    # -- input -------------------------------------------------------------------------------

    def update(self, dt: float, intents: list) -> None:
        for intent in intents:
            self.before_intent()
            if intent.kind == I.BACK:
                self.on_back()
                continue
            action = self.form.handle(intent)
            if action == BACK:
                self.on_back()
            elif action is not None:
                self.on_action(action)
            if self.stack is not None and self.stack.top is not self:
                break
        if self.form.dirty:
            self.dirty = True

    def before_intent(self) -> None:
        """Called before each intent is handled (e.g. to remember which field had focus)."""

    def on_back(self) -> None:
        if self.back_key and self.stack is not None:
            self.stack.pop(None)

    def on_action(self, action) -> None:
        pass

    @property
    def wants_text(self) -> bool:
        return self.form.focused is not None and self.form.focused.takes_text

    # -- drawing -----------------------------------------------------------------------------

    def draw_background(self, surface) -> None:
        theme = self.ctx.theme
        if theme.naam == "contrast":
            surface.fill(theme.bg)
        else:
            surface.blit(self.ctx.art.backdrop(self.plek, LOGICAL), (0, 0))

    def draw(self, surface) -> None:
        if self._static is None:
            # the shop, the header and the page panels change only with the layout: compose them once,
            # so a frame is one opaque blit plus the widgets
            self._static = pygame.Surface(LOGICAL).convert()
            self.draw_static(self._static)
        surface.blit(self._static, (0, 0))
        self.draw_extra(surface)
        self.form.draw(surface)

    _static = None

    def draw_static(self, surface) -> None:
        theme = self.ctx.theme
        self.draw_background(surface)
        draw.panel(surface, theme, (MARGIN - 16, 8, LOGICAL[0] - 2 * MARGIN + 32, self.header_h))
        title = self._title
        surface.blit(title, (self._title_x, 8 + (self.header_h - title.get_height()) // 2))
        for region in self.form.regions:
            draw.panel(surface, theme, region.rect)

    def draw_extra(self, surface) -> None:
        """Anything a screen draws between its page and its widgets."""


def notice(ctx, text: str, width: int, icon: str = "kritiek") -> pygame.Surface:
    """A calm line with an icon in front, for messages to the player."""
    fonts, theme = ctx.fonts, ctx.theme
    lh = fonts.line_height("body")
    block = fonts.block(text, "body", theme.text, width - lh - 16)
    surf = pygame.Surface((width, max(lh, block.get_height())), pygame.SRCALPHA)
    draw.icon(surf, icon, (0, 0, lh, lh), theme.text)
    surf.blit(block, (lh + 16, 0))
    return surf
