"""Buttons: large targets (at least 56 design pixels high), wrapped labels, an optional number or icon.

A toggle shows its state by a box/check icon and a thicker border as well as by colour. A button is never wider
than the window allows (`max_width`, default the window less its margins); a longer label wraps.
"""

from __future__ import annotations

from typing import Optional

import pygame

from simulator.ui import draw
from simulator.ui.widgets.base import Widget

MIN_H = 56
PAD_X = 20
PAD_Y = 12


class Button(Widget):
    def __init__(self, ctx, label: str, action, width: Optional[int] = None, *, number: Optional[int] = None,
                 style: str = "normal", icon: Optional[str] = None, selected: Optional[bool] = None,
                 key: Optional[str] = None, align: Optional[str] = None, max_width: Optional[int] = None,
                 radio: bool = False):
        """`selected` makes it a toggle: a check box, or with `radio` a round button for one choice of a few
        (a round dot, so 'choose one' and 'tick any' never look alike)."""
        super().__init__(action, key or label, label)
        self.radio = radio
        self.number = number
        self.style = style
        self.icon = icon
        self.selected = selected
        fonts = ctx.fonts
        self.badge = 0
        if number is not None or icon is not None or selected is not None:
            self.badge = fonts.line_height("button")
        if max_width is None:
            max_width = ctx.screen.w - 2 * ctx.px(60)
        if width is None:
            width = min(max_width, fonts.width(label, "button") + self._extra(ctx) + 2)
        self.align = align or ("left" if (number is not None or style == "choice") else "center")
        self._num = fonts.render(str(number), "bold", ctx.theme.primary_text) if number is not None else None
        self.set_width(ctx, width)

    def _extra(self, ctx) -> int:
        """Room beside the label: the padding and the badge."""
        return 2 * ctx.px(PAD_X) + (self.badge + ctx.px(14) if self.badge else 0)

    def set_width(self, ctx, width: int) -> None:
        """Make the button this wide; the label wraps (and the button grows taller) to fit."""
        self.pad_x, self.gap = ctx.px(PAD_X), ctx.px(14)
        text_w = max(ctx.px(20), width - self._extra(ctx))
        fg = ctx.theme.primary_text if self.style == "primary" else ctx.theme.button_text
        self.text = ctx.fonts.block(self.label, "button", fg, text_w, self.align)
        h = max(ctx.px(MIN_H), self.text.get_height() + 2 * ctx.px(PAD_Y))
        self.rect = pygame.Rect(self.rect.topleft, (width, h))
        self.__dict__.pop("_looks", None)

    def text_need(self) -> tuple[int, int]:
        """The size the label needs inside the button, padding included (for the layout check)."""
        return self.text.get_width() + self._extra_now, self.text.get_height()

    @property
    def _extra_now(self) -> int:
        return 2 * self.pad_x + (self.badge + self.gap if self.badge else 0)

    def draw(self, surface, ctx, rect, focused, hovered, pressed) -> None:
        # a button looks one of a few ways: draw each once, then a frame is one blit
        state = (bool(hovered), bool(self.selected))
        cache = self.__dict__.setdefault("_looks", {})
        look = cache.get(state)
        if look is None:
            look = pygame.Surface(self.rect.size, pygame.SRCALPHA)
            self._paint(look, ctx, look.get_rect(), hovered)
            cache[state] = look
        surface.blit(look, rect.move(0, 2 if pressed else 0))

    def _paint(self, surface, ctx, rect, hovered) -> None:
        theme = ctx.theme
        if self.style == "primary":
            fill = theme.primary
            edge = theme.primary
        else:
            fill = theme.button_hover if hovered else theme.button
            if self.selected:
                fill = theme.selected
            edge = theme.edge
        if self.style == "quiet" and not hovered:
            fill = theme.panel
        draw.rounded(surface, fill, rect)
        border = 4 if (self.selected or hovered) else 2
        draw.rounded(surface, theme.text if (self.selected or hovered) else edge, rect, width=border)
        x = rect.left + self.pad_x
        colour = theme.primary_text if self.style == "primary" else theme.button_text
        if self.badge:
            b = pygame.Rect(x, rect.centery - self.badge // 2, self.badge, self.badge)
            if self._num is not None:
                pygame.draw.circle(surface, theme.primary if self.style != "primary" else theme.primary_text,
                                   b.center, self.badge // 2)
                num_colour_surface = self._num
                surface.blit(num_colour_surface, num_colour_surface.get_rect(center=b.center))
            elif self.selected is not None and self.radio:
                draw.icon(surface, "radio-aan" if self.selected else "radio-uit", b, colour)
            elif self.selected is not None:
                draw.icon(surface, "check" if self.selected else "vink-uit", b, colour)
                if self.selected:
                    pygame.draw.rect(surface, colour, b.inflate(-self.badge // 4, -self.badge // 4), 2, border_radius=4)
            elif self.icon:
                draw.icon(surface, self.icon, b.inflate(-4, -4), colour)
            x = b.right + self.gap
        text_rect = self.text.get_rect()
        text_rect.centery = rect.centery
        if self.align == "center":
            text_rect.centerx = (x + rect.right - self.pad_x) // 2
        else:
            text_rect.left = x
        surface.blit(self.text, text_rect)
