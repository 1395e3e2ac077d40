"""Text on a page: pre-rendered wrapped blocks; a block can be a reading stop for the keyboard.

Reading stops let a keyboard player walk through long text (results, intro) with Tab or the arrows,
the page scrolling along, without any mouse wheel.
"""

from __future__ import annotations

from typing import Optional

import pygame

from simulator.ui import draw
from simulator.ui.widgets.base import Widget


class Text(Widget):
    """Wrapped text in one role and colour."""

    def __init__(self, ctx, text: str, width: int, role: str = "body", colour=None, *, align: str = "left",
                 stop: bool = False, key: Optional[str] = None):
        super().__init__(None, key or text[:40], text)
        self.focusable = stop
        self.surface = ctx.fonts.block(text, role, colour or ctx.theme.text, width, align)
        self.rect = pygame.Rect(0, 0, width, self.surface.get_height())

    def draw(self, surface, ctx, rect, focused, hovered, pressed) -> None:
        surface.blit(self.surface, rect.topleft)

    def text_need(self) -> tuple[int, int]:
        return self.surface.get_size()


class Picture(Widget):
    """A surface the scene composed (a card, a row of icons and words); optionally a reading stop.

    With `panel=True` it sits on a calm card background.
    """

    def __init__(self, surface: pygame.Surface, label: str = "", *, stop: bool = False, panel: bool = False,
                 action=None, key: Optional[str] = None, pad: int = 0):
        super().__init__(action, key or label[:40], label)
        self.focusable = stop or action is not None
        self.surface = surface
        self.panel = panel
        self.pad = pad
        self.rect = pygame.Rect(0, 0, surface.get_width() + 2 * pad, surface.get_height() + 2 * pad)

    def draw(self, surface, ctx, rect, focused, hovered, pressed) -> None:
        if not self.panel:
            surface.blit(self.surface, (rect.left + self.pad, rect.top + self.pad))
            return
        lit = bool(hovered and self.action is not None)
        looks = self.__dict__.setdefault("_looks", {})
        look = looks.get(lit)
        if look is None:  # drawn once per state; a frame is one blit
            look = pygame.Surface(self.rect.size, pygame.SRCALPHA)
            box = look.get_rect()
            draw.rounded(look, ctx.theme.button_hover if lit else ctx.theme.panel, box)
            draw.rounded(look, ctx.theme.text if lit else ctx.theme.edge, box, width=3 if lit else 2)
            look.blit(self.surface, (self.pad, self.pad))
            looks[lit] = look
        surface.blit(look, rect.topleft)


class Bar(Widget):
    """A progress bar with its percentage written beside it (the number says it; the bar helps)."""

    focusable = False

    def __init__(self, ctx, value: float, width: int, label: str = ""):
        super().__init__(None, None, label)
        self.value = max(0.0, min(1.0, value))
        self.words = ctx.fonts.render(label or f"{round(self.value * 100)} %", "small", ctx.theme.text)
        h = max(ctx.px(18), ctx.fonts.line_height("small"))
        self.gap, self.thick = ctx.px(12), ctx.px(14)
        self.rect = pygame.Rect(0, 0, width, h)

    def text_need(self) -> tuple[int, int]:
        return self.words.get_width() + self.gap + 20, self.words.get_height()

    def draw(self, surface, ctx, rect, focused, hovered, pressed) -> None:
        theme = ctx.theme
        words_w = self.words.get_width() + self.gap
        t = self.thick
        bar = pygame.Rect(rect.left, rect.centery - t // 2, max(20, rect.w - words_w), t)
        draw.rounded(surface, theme.bar_bg, bar, t // 2)
        if self.value > 0:
            draw.rounded(surface, theme.bar_fill, (bar.left, bar.top, max(t, int(bar.w * self.value)), bar.h), t // 2)
        pygame.draw.rect(surface, theme.soft, bar, 1, border_radius=t // 2)
        surface.blit(self.words, (bar.right + self.gap, rect.centery - self.words.get_height() // 2))
