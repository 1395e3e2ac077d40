"""A line of dialogue that can appear letter by letter; pre-rendered per line, revealed by clipping."""

from __future__ import annotations

from typing import Optional

import pygame

from simulator.ui.widgets.base import Widget


class TypedText(Widget):
    focusable = False

    def __init__(self, ctx, text: str, width: int, role: str = "body", colour=None):
        super().__init__(None, "regel", text)
        self.role = role
        self.fonts = ctx.fonts
        self.lines = ctx.fonts.wrap(text, role, width)
        colour = colour or ctx.theme.text
        self.images = [ctx.fonts.render(line, role, colour) if line else None for line in self.lines]
        self.lh = ctx.fonts.line_height(role)
        self.total = sum(len(line) for line in self.lines)
        self.reveal: Optional[float] = None
        """Characters shown so far, or None when the whole line shows."""
        self.rect = pygame.Rect(0, 0, width, self.lh * len(self.lines))

    def done(self) -> bool:
        """True once the whole line shows (a method: typing on changes it)."""
        return self.reveal is None or self.reveal >= self.total

    def type_on(self, chars: float) -> None:
        """Show `chars` more characters."""
        if self.reveal is not None:
            self.reveal += chars

    def show_all(self) -> None:
        self.reveal = float(self.total)

    def draw(self, surface, ctx, rect, focused, hovered, pressed) -> None:
        left = self.total if self.reveal is None else int(self.reveal)
        for i, (line, img) in enumerate(zip(self.lines, self.images)):
            if left <= 0:
                break
            if img is None:
                continue
            y = rect.top + i * self.lh + (self.lh - img.get_height()) // 2
            if left >= len(line):
                surface.blit(img, (rect.left, y))
            else:
                w = self.fonts.width(line[:left], self.role)
                surface.blit(img, (rect.left, y), pygame.Rect(0, 0, w, img.get_height()))
            left -= len(line)
