"""Widgets, scroll regions and the Form that moves focus between them and turns intents into activations.

A widget only draws itself and, for a text field, edits its own value; it never changes the scene
stack. The Form hands the scene the `action` of the widget the player activated (attributes down,
messages up).
"""

from __future__ import annotations

from typing import Optional, TypeVar

import pygame

from simulator.ui import draw, intents as I
from simulator.ui.messages import Message

SCROLL_STEP = 56
SCROLLBAR_W = 26
MIN_THUMB = 64
"""Design pixels (simulator.ui.screen): the Form scales them to the window."""


class Widget:
    focusable = True

    def __init__(self, action: Optional[Message] = None, key: Optional[str] = None, label: str = ""):
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.action = action
        """What activating it says to the scene (simulator.ui.messages); None for text to read."""
        self.key = key
        self.label = label
        """Plain text of the widget: what a test (or a screen reader later) looks it up by."""
        self.number: Optional[int] = None
        self.region: Optional[Region] = None
        self.enabled = True
        self.inside: Optional[Widget] = None
        """The widget this one is drawn on (a name tag on a map): they may overlap; the layout check allows it."""

    def draw(self, surface, ctx, rect, focused: bool, hovered: bool, pressed: bool) -> None:
        raise NotImplementedError

    def edit(self, intent) -> bool:
        """A text field takes typed text and editing keys; returns True when it changed."""
        return False

    def text_need(self) -> Optional[tuple[int, int]]:
        """The size its text needs inside the widget (padding included), for the layout check; None without text."""
        return None

    @property
    def takes_text(self) -> bool:
        return False


W = TypeVar("W", bound=Widget)


class Region:
    """A viewport on the canvas; widgets placed in it scroll together when they do not fit."""

    def __init__(self, rect, pad_bottom: int = 16, bar_w: int = SCROLLBAR_W, min_thumb: int = MIN_THUMB):
        self.rect = pygame.Rect(rect)
        self.scroll = 0
        self.content_h = 0
        self.pad_bottom = pad_bottom
        self.bar_w = bar_w
        """The scrollbar's width in window pixels: widgets keep clear of it when the region scrolls."""
        self.min_thumb = min_thumb

    @property
    def max_scroll(self) -> int:
        return max(0, self.content_h - self.rect.h)

    def clamp(self) -> None:
        self.scroll = max(0, min(self.scroll, self.max_scroll))

    def on_screen(self, rect) -> pygame.Rect:
        return pygame.Rect(rect).move(0, -self.scroll)

    def scrollbar(self) -> Optional[tuple[pygame.Rect, pygame.Rect]]:
        """(track, thumb) when the content does not fit."""
        if self.max_scroll <= 0:
            return None
        track = pygame.Rect(self.rect.right - self.bar_w, self.rect.top + 4, self.bar_w - 6, self.rect.h - 8)
        h = max(self.min_thumb, int(track.h * self.rect.h / self.content_h))
        y = track.top + int((track.h - h) * self.scroll / self.max_scroll)
        return track, pygame.Rect(track.left, y, track.w, h)


class Form:
    """The widgets of one scene, their focus order and hover state."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.widgets: list[Widget] = []
        self.regions: list[Region] = []
        self.focused: Optional[Widget] = None
        self.hovered: Optional[Widget] = None
        self.pressed: Optional[Widget] = None
        self.keyboard = True
        """Show the focus ring: on from the start and after any key, off after the mouse is used."""
        self.dirty = True
        self._drag: Optional[tuple[Region, int, int]] = None

    # -- building ----------------------------------------------------------------------------

    def region(self, rect, pad_bottom: int = 16) -> Region:
        px = self.ctx.px
        r = Region(rect, pad_bottom, px(SCROLLBAR_W), px(MIN_THUMB))
        self.regions.append(r)
        return r

    def add(self, widget: W, region: Optional[Region] = None) -> W:
        widget.region = region
        self.widgets.append(widget)
        return widget

    def finish(self, focus_key: Optional[str] = None) -> None:
        """After placing widgets: size the scroll regions and restore focus by key."""
        for region in self.regions:
            inside = [w.rect.bottom for w in self.widgets if w.region is region]
            region.content_h = (max(inside) - region.rect.top + region.pad_bottom) if inside else 0
            region.clamp()
        target = None
        if focus_key is not None:
            target = next((w for w in self.focusables() if w.key == focus_key), None)
        self.focused = target or (self.focusables()[0] if self.focusables() else None)
        if self.focused is not None:
            self.scroll_into_view(self.focused)
        self.dirty = True

    def focusables(self) -> list[Widget]:
        return [w for w in self.widgets if w.focusable and w.enabled]

    def focus(self, widget: Optional[Widget]) -> None:
        if widget is not self.focused:
            self.focused = widget
            self.dirty = True
        if widget is not None:
            self.scroll_into_view(widget)

    def focus_next(self) -> None:
        """Move the focus on, as Tab does."""
        self._step(1)

    def find(self, text: str) -> Optional[Widget]:
        """The widget labelled `text`: an exact match first, then a focusable widget whose label contains it,
        then any widget whose label contains it (case-insensitive)."""
        text = text.lower()
        live = [w for w in self.widgets if w.enabled]
        for found in ((w for w in live if w.focusable and w.label.lower() == text),
                      (w for w in live if w.focusable and text in w.label.lower()),
                      (w for w in live if text in w.label.lower())):
            w = next(found, None)
            if w is not None:
                return w
        return None

    def find_key(self, key: str) -> Optional[Widget]:
        return next((w for w in self.widgets if w.key == key), None)

    def screen_rect(self, widget: Widget) -> pygame.Rect:
        return widget.region.on_screen(widget.rect) if widget.region else pygame.Rect(widget.rect)

    def visible_rect(self, widget: Widget) -> pygame.Rect:
        rect = self.screen_rect(widget)
        return rect.clip(widget.region.rect) if widget.region else rect

    # -- intents -----------------------------------------------------------------------------

    def handle(self, intent: I.Intent) -> Optional[Message]:
        """Act on one intent; returns the action of an activated widget, else None."""
        kind = intent.kind
        if kind in (I.NEXT, I.PREV, I.NAV, I.CONFIRM, I.SELECT, I.TEXT, I.EDIT):
            if not self.keyboard:
                self.keyboard = True
                self.dirty = True
        if kind == I.NEXT:
            self._step(+1)
        elif kind == I.PREV:
            self._step(-1)
        elif kind == I.NAV:
            self._nav(intent.key)
        elif kind == I.CONFIRM:
            if self.focused is not None and self.focused.enabled:
                if self.focused.action is None and not self.focused.takes_text:
                    self._step(+1)  # Enter on a reading stop reads on
                    return None
                return self._activate(self.focused)
        elif kind == I.SELECT:
            target = next((w for w in self.focusables() if w.number == intent.n), None)
            if target is not None:
                self.focus(target)
                return self._activate(target)
        elif kind in (I.TEXT, I.EDIT):
            if self.focused is not None and self.focused.edit(intent):
                self.dirty = True
        elif kind == I.SCROLL:
            self._scroll(intent)
        elif kind == I.POINT:
            self._hover(intent.pos)
        elif kind == I.PRESS:
            return self._press(intent.pos)
        elif kind == I.DRAG:
            self._dragged(intent.pos)
        elif kind == I.CLICK:
            return self._release(intent.pos)
        return None

    def _activate(self, widget: Widget):
        self.ctx.sounds.play("klik")
        self.dirty = True
        return widget.action

    def _step(self, delta: int) -> None:
        items = self.focusables()
        if not items:
            return
        if self.focused in items:
            # a widget taller than its viewport is read in pieces before focus moves on
            region = self.focused.region
            if region is not None:
                rect = region.on_screen(self.focused.rect)
                if delta > 0 and rect.bottom > region.rect.bottom + 2:
                    self._scroll_by(region, int(region.rect.h * 0.8))
                    return
                if delta < 0 and rect.top < region.rect.top - 2:
                    self._scroll_by(region, -int(region.rect.h * 0.8))
                    return
            index = (items.index(self.focused) + delta) % len(items)
        else:
            index = 0 if delta > 0 else len(items) - 1
        self.focus(items[index])

    def _nav(self, direction: str) -> None:
        items = self.focusables()
        if self.focused not in items:
            self._step(+1)
            return
        here = self.focused.rect
        best, best_score = None, None
        for w in items:
            if w is self.focused:
                continue
            r = w.rect
            if direction in ("up", "down"):
                dy = (r.centery - here.centery) * (1 if direction == "down" else -1)
                if dy <= 4 or (r.top < here.bottom and r.bottom > here.top):
                    continue
                score = (dy, abs(r.centerx - here.centerx))
            else:
                dx = (r.centerx - here.centerx) * (1 if direction == "right" else -1)
                if dx <= 4 or not (r.top < here.bottom and r.bottom > here.top):
                    continue
                score = (dx, abs(r.centery - here.centery))
            if best_score is None or score < best_score:
                best, best_score = w, score
        if best is not None:
            self.focus(best)
        elif direction in ("up", "down"):
            self._step(+1 if direction == "down" else -1)

    def scroll_into_view(self, widget: Widget) -> None:
        region = widget.region
        if region is None:
            return
        rect = region.on_screen(widget.rect)
        margin = self.ctx.px(16)
        if rect.h > region.rect.h - 2 * margin or rect.top < region.rect.top + margin:
            self._scroll_by(region, rect.top - region.rect.top - margin)
        elif rect.bottom > region.rect.bottom - margin:
            self._scroll_by(region, rect.bottom - region.rect.bottom + margin)

    def _scroll_by(self, region: Region, dy: int) -> None:
        before = region.scroll
        region.scroll += dy
        region.clamp()
        if region.scroll != before:
            self.dirty = True

    def _region_at(self, pos) -> Optional[Region]:
        for region in reversed(self.regions):
            if region.rect.collidepoint(pos):
                return region
        return None

    def _scroll(self, intent) -> None:
        region = None
        if intent.pos is not None:
            region = self._region_at(intent.pos)
        if region is None and self.focused is not None:
            region = self.focused.region
        if region is None:
            region = next((r for r in self.regions if r.max_scroll > 0), None)
        if region is None:
            return
        # a notch of the wheel moves two lines of text, whatever the text size (at 200 % a fixed step was half a line)
        notch = max(self.ctx.px(SCROLL_STEP), 2 * self.ctx.fonts.line_height("body"))
        step = int(region.rect.h * 0.8) if intent.key == "page" else notch
        self._scroll_by(region, intent.n * step)
        if intent.pos is not None:
            self._hover(intent.pos)  # the page moved under a still mouse: the card now under it is the hovered one

    def widget_at(self, pos) -> Optional[Widget]:
        for w in reversed(self.widgets):
            if not w.enabled:
                continue
            if w.region is not None and not w.region.rect.collidepoint(pos):
                continue
            if self.screen_rect(w).collidepoint(pos):
                return w
        return None

    def _hover(self, pos) -> None:
        w = self.widget_at(pos)
        w = w if (w is not None and w.focusable) else None
        if w is not self.hovered:
            self.hovered = w
            self.dirty = True

    def _press(self, pos):
        if self.keyboard:
            self.keyboard = False
            self.dirty = True
        for region in self.regions:
            bar = region.scrollbar()
            if bar and bar[0].inflate(8, 0).collidepoint(pos):
                track, thumb = bar
                if thumb.collidepoint(pos):
                    self._drag = (region, pos[1], region.scroll)
                else:
                    self._scroll_by(region, int(region.rect.h * 0.8) * (1 if pos[1] > thumb.centery else -1))
                return None
        w = self.widget_at(pos)
        self.pressed = w if (w is not None and w.focusable) else None
        if self.pressed is not None:
            self.dirty = True
        return None

    def _dragged(self, pos) -> None:
        if self._drag is None:
            self._hover(pos)
            return
        region, y0, s0 = self._drag
        bar = region.scrollbar()
        if bar is None:
            return
        track, thumb = bar
        room = max(1, track.h - thumb.h)
        before = region.scroll
        region.scroll = s0 + int((pos[1] - y0) * region.max_scroll / room)
        region.clamp()
        if region.scroll != before:
            self.dirty = True

    def _release(self, pos):
        if self._drag is not None:
            self._drag = None
            return None
        pressed, self.pressed = self.pressed, None
        w = self.widget_at(pos)
        if w is None or w is not pressed:
            if pressed is not None:
                self.dirty = True
            return None
        # no scrolling: the widget is under the mouse, and a scroll would move the next click's target
        self.focused, self.dirty = w, True
        if w.takes_text:
            return None  # a click puts the cursor in a text field; Enter (or its button) submits it
        return self._activate(w)

    # -- drawing -----------------------------------------------------------------------------

    def draw(self, surface) -> None:
        ctx = self.ctx
        clip = surface.get_clip()
        for w in self.widgets:
            rect = self.screen_rect(w)
            if w.region is not None:
                if not rect.colliderect(w.region.rect):
                    continue
                surface.set_clip(w.region.rect)
            focused = w is self.focused and (self.keyboard or w.takes_text)
            w.draw(surface, ctx, rect, focused, w is self.hovered, w is self.pressed)
            if focused:
                draw.focus_ring(surface, ctx.theme, rect)
            surface.set_clip(clip)
        for region in self.regions:
            bar = region.scrollbar()
            if bar:
                track, thumb = bar
                draw.rounded(surface, ctx.theme.bar_bg, track, 8)
                draw.rounded(surface, ctx.theme.soft, thumb, 8)
        self.dirty = False
