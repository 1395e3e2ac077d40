"""The common shape of a menu screen: the shop behind, a header with title and back button, a scrolling page.

A FormScene builds its widgets in `build()` (placed with a Column), and gets the activated widget's
action in `on_action()`; Esc and the back button call `on_back()`.

The header fits any window and text size: its buttons wrap onto a second row when they do not fit side by
side, and the title moves to a row of its own when the room between the buttons would squeeze it (at 200 %
text a title beside three buttons would wrap one word per line). Sizes here are design pixels (`ctx.px`).
"""

from __future__ import annotations

from typing import Optional, TypeVar

import pygame

from simulator.ui import draw, intents as I
from simulator.ui import messages as M
from simulator.ui.scene import Scene
from simulator.ui.widgets import Button, Form, Text
from simulator.ui.widgets.base import SCROLLBAR_W, Widget

MARGIN = 40
PAD = 28
HEADER_GAP = 14
TITLE_MIN_LETTERS = 24
"""A title beside the header's buttons needs room for about this many letters; else it gets a row of its own."""


W = TypeVar("W", bound=Widget)


class Column:
    """Places widgets top to bottom (rows wrap), inside one scroll region. Gaps and indents are design pixels."""

    def __init__(self, form: Form, region, x: int, y: int, width: int, gap: int = 16):
        self.px = form.ctx.px
        self.form, self.region, self.x, self.y, self.width = form, region, x, y, width
        self.gap = self.px(gap)

    def add(self, widget: W, indent: int = 0, gap: Optional[int] = None) -> W:
        widget.rect.topleft = (self.x + self.px(indent), self.y)
        self.form.add(widget, self.region)
        self.y += widget.rect.h + (self.gap if gap is None else self.px(gap))
        return widget

    def row(self, widgets, gap: int = 14, indent: int = 0) -> None:
        gap, indent = self.px(gap), self.px(indent)
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
        self.y += self.px(h)


def flow(widgets, left: int, right: int, top: int, gap: int, align: str = "left") -> int:
    """Place widgets in rows between left and right (wrapping, each row aligned left or right); returns the bottom."""
    rows: list[list] = [[]]
    width = 0
    for w in widgets:
        if rows[-1] and width + gap + w.rect.w > right - left:
            rows.append([])
            width = 0
        width += (gap if rows[-1] else 0) + w.rect.w
        rows[-1].append(w)
    y = top
    for row in rows:
        if not row:
            continue
        used = sum(w.rect.w for w in row) + gap * (len(row) - 1)
        x = left if align == "left" else right - used
        h = max(w.rect.h for w in row)
        for w in row:
            w.rect.topleft = (x, y + (h - w.rect.h) // 2)
            x += w.rect.w + gap
        y += h + gap
    return y - gap


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
        ctx = self.ctx
        px, (w, h) = ctx.px, ctx.screen.size
        self.form = Form(ctx)
        self.form.keyboard = old.keyboard
        margin = px(MARGIN)
        self.header_h = self._header(margin, w)
        top = px(8) + self.header_h + px(16)
        region = self.form.region((margin, top, w - 2 * margin, h - top - px(16)))
        pad = px(PAD)
        col = Column(self.form, region, margin + pad, top + pad, w - 2 * margin - 2 * pad - px(SCROLLBAR_W + 4))
        self.build(col)
        for region, scroll in zip(self.form.regions, scrolls):
            region.scroll = scroll
        self.form.finish(self.initial_focus() if key is None else key)
        self._static = None
        self.dirty = True

    def _header(self, margin: int, w: int) -> int:
        """Place the back button, the title and the buttons on the right; returns the header's height."""
        ctx = self.ctx
        px = ctx.px
        inner_l, inner_r, top = margin, w - margin, px(8) + px(14)
        gap = px(HEADER_GAP)
        limit = max(px(120), (inner_r - inner_l) // 2)
        back = [Button(ctx, ctx.t(self.back_key), M.Back(), icon="terug", key="terug", max_width=limit)] \
            if self.back_key else []
        right = self.header_buttons()
        for b in right:
            if b.rect.w > limit:
                b.set_width(ctx, limit)
        buttons = back + right
        one_row = sum(b.rect.w for b in buttons) + gap * max(0, len(buttons) - 1) <= inner_r - inner_l
        if one_row:
            row_h = max((b.rect.h for b in buttons), default=0)
            for b in back:
                b.rect.topleft = (inner_l, top + (row_h - b.rect.h) // 2)
            flow(right, inner_l, inner_r, top + (row_h - max((b.rect.h for b in right), default=0)) // 2, gap, "right")
            bottom = top + row_h
        else:
            # the buttons do not fit beside each other: the back button first, the others wrap right-aligned
            bottom = top
            for b in back:
                b.rect.topleft = (inner_l, top)
                bottom = b.rect.bottom
            if right:
                start = inner_l + back[0].rect.w + gap if back else inner_l
                fits_beside = bool(back) and sum(b.rect.w for b in right) + gap * (len(right) - 1) <= inner_r - start
                bottom = max(bottom, flow(right, start if fits_beside else inner_l, inner_r,
                                          top if fits_beside else bottom + gap, gap, "right"))
        # the title: beside the buttons when there is room, else on its own row below them
        title_l = (back[0].rect.right + gap) if back else inner_l
        row_right = [b for b in right if b.rect.top < top + px(8)]
        title_r = min((b.rect.left for b in row_right), default=inner_r) - gap
        text = self.title()
        room = title_r - title_l
        roomy = one_row and room >= TITLE_MIN_LETTERS * ctx.fonts.size("heading") // 2
        if roomy and len(ctx.fonts.wrap(text, "heading", room)) <= 2:
            title = Text(ctx, text, room, "heading", ctx.theme.accent, key="titel")
            title.rect.topleft = (title_l, max(top, (top + bottom) // 2 - title.rect.h // 2))
        else:
            title = Text(ctx, text, inner_r - inner_l, "heading", ctx.theme.accent, key="titel")
            title.rect.topleft = (inner_l, bottom + px(10))
        for b in buttons:
            self.form.add(b)
        self.form.add(title)
        bottom = max(bottom, title.rect.bottom)
        return max(px(84), bottom - px(8) + px(14))

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
            match self.form.handle(intent):
                case None:
                    pass
                case M.Back():
                    self.on_back()
                case action:
                    self.on_action(action)
            if self.left_top:
                break
        if self.form.dirty:
            self.dirty = True

    def before_intent(self) -> None:
        """Called before each intent is handled (e.g. to remember which field had focus)."""

    def on_back(self) -> None:
        if self.back_key and self.on_stack:
            self.stack.pop(None)

    def on_action(self, action: M.Message) -> None:
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
            surface.blit(self.ctx.art.backdrop(self.plek, self.ctx.screen.size), (0, 0))

    def draw(self, surface) -> None:
        if self._static is None or self._static.get_size() != surface.get_size():
            # the shop, the header and the page panels change only with the layout: compose them once,
            # so a frame is one opaque blit plus the widgets
            self._static = _opaque(surface.get_size())
            self.draw_static(self._static)
        surface.blit(self._static, (0, 0))
        self.draw_extra(surface)
        self.form.draw(surface)

    _static: Optional[pygame.Surface] = None

    def draw_static(self, surface) -> None:
        theme, px = self.ctx.theme, self.ctx.px
        self.draw_background(surface)
        w = surface.get_width()
        draw.panel(surface, theme, (px(MARGIN - 16), px(8), w - 2 * px(MARGIN) + px(32), self.header_h))
        for region in self.form.regions:
            draw.panel(surface, theme, region.rect)

    def draw_extra(self, surface) -> None:
        """Anything a screen draws between its page and its widgets."""


def notice(ctx, text: str, width: int, icon: str = "kritiek") -> pygame.Surface:
    """A calm line with an icon in front, for messages to the player."""
    fonts, theme = ctx.fonts, ctx.theme
    lh = fonts.line_height("body")
    block = fonts.block(text, "body", theme.text, width - lh - ctx.px(16))
    surf = pygame.Surface((width, max(lh, block.get_height())), pygame.SRCALPHA)
    draw.icon(surf, icon, (0, 0, lh, lh), theme.text)
    surf.blit(block, (lh + ctx.px(16), 0))
    return surf


def _opaque(size) -> pygame.Surface:
    """A surface for a scene's unchanging background, in the display's pixel format when there is one."""
    surf = pygame.Surface(size)
    return surf.convert() if pygame.display.get_surface() is not None else surf
