"""A calm panel over the dimmed scene below (feedback, pause); it scrolls when its text does not fit."""

from __future__ import annotations

from typing import Optional

import pygame

from simulator.ui import draw, intents as I
from simulator.ui.messages import Message
from simulator.ui.scene import Scene
from simulator.ui.scenes.base import Column
from simulator.ui.widgets import Form
from simulator.ui.widgets.base import SCROLLBAR_W

PAD = 32


class OverlayScene(Scene):
    overlay = True
    width = 820

    def __init__(self, ctx):
        super().__init__(ctx)
        self.form = Form(ctx)
        self.box = None

    def layout(self) -> None:
        keyboard = self.form.keyboard
        self.form = Form(self.ctx)
        self.form.keyboard = keyboard
        px, (sw, sh) = self.ctx.px, self.ctx.screen.size
        width = min(sw - px(80), px(self.width * (1 + (self.ctx.settings.schaal - 1) * 0.5)))
        top, pad = px(30), px(PAD)
        max_h = sh - 2 * top
        left = (sw - width) // 2
        region = self.form.region((left, top, width, max_h), pad_bottom=pad)
        col = Column(self.form, region, left + pad, top + pad, width - 2 * pad - px(SCROLLBAR_W))
        focus = self.build(col)
        used = max((w.rect.bottom for w in self.form.widgets), default=top) - top + pad
        if used < max_h:
            shift = (max_h - used) // 2
            region.rect.h = used
            region.rect.top += shift
            for w in self.form.widgets:
                w.rect.move_ip(0, shift)
        self.box = region.rect
        self.form.finish(focus)
        if region.max_scroll > 0:
            # it does not all fit (large text): open at the top, on the first thing to read, not scrolled down to
            # the button with the title out of view; Enter reads on to the button
            first = next((w for w in self.form.focusables() if w.region is region), None)
            if first is not None and first.action is None:
                self.form.focus(first)
                region.scroll = 0
        self.dirty = True

    def build(self, col: Column):
        raise NotImplementedError

    def update(self, dt, intents) -> None:
        for intent in intents:
            if intent.kind == I.BACK:
                self.on_back()
                break
            action = self.form.handle(intent)
            if action is not None:
                self.on_action(action)
                break
        if self.form.dirty:
            self.dirty = True

    def on_back(self) -> None:
        self.stack.pop(None)

    def on_action(self, action: Message) -> None:
        """By default the panel closes and hands the message to whoever opened it."""
        self.stack.pop(action)

    @property
    def wants_text(self) -> bool:
        return False

    snapshot: Optional[pygame.Surface] = None
    """The dimmed scene below with this panel on it, taken at the first frame; then the app draws only us."""

    def draw(self, surface) -> None:
        if self.snapshot is None:
            draw.scrim(surface, self.ctx.theme)
            draw.panel(surface, self.ctx.theme, self.box, alpha=255)
            self.snapshot = surface.copy()
        else:
            surface.blit(self.snapshot, (0, 0))
        self.form.draw(surface)

    def relayout(self) -> None:
        super().relayout()
        self.snapshot = None
