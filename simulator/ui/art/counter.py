"""The shop counter in front of the customer: a glass-topped vitrine on a dark wooden cabinet.

Designed 250 units high and as wide as the caller's rect (the counter stretches, items repeat),
so it fits any screen width.
"""

from __future__ import annotations

import pygame

from . import palette as pal
from .items import paint_item
from .palette import darker, lighter, mix
from .pen import Pen, render

H = 250
TOP = 0           # back rail of the glass top
BED = (10, 94)    # the velvet bed seen through the top glass
PANE = (102, 166)  # the front glass pane

_DISPLAY = ("tray", "horloge", "ketting", "oorbellen", "armband", "ring", "horloge", "tray")


def draw_counter(surface: pygame.Surface, rect) -> pygame.Rect:
    """Draw the counter filling rect (its height sets the scale, its width the length)."""
    # fit="height": the design's width comes from rect, so the first size is only a placeholder
    return render(surface, rect, H, H, lambda pen, w, h: _counter(pen, w), fit="height", supersample=False)


def _counter(pen: Pen, w: float) -> None:
    # the glass top: a velvet bed with jewellery, seen from above
    pen.rect(0, TOP, w, 12, pal.BRASS_DARK)
    pen.rect(0, TOP + 2, w, 4, pal.BRASS_LIGHT)
    pen.vgrad(0, BED[0], w, BED[1] - BED[0], darker(pal.VELVET_BLUE, 0.2), pal.VELVET_BLUE, steps=12)
    slot = 170
    n = max(1, int(w // slot))
    margin = (w - n * slot) / 2
    for i in range(n):
        x = margin + i * slot
        _on_bed(pen, _DISPLAY[i % len(_DISPLAY)], x + slot / 2)
    _glare(pen, 0, BED[0], w, BED[1] - BED[0], 34)
    pen.rect(0, BED[1], w, 8, pal.BRASS)
    pen.rect(0, BED[1], w, 3, pal.BRASS_LIGHT)
    # the front pane: a lit shelf inside, behind glass
    y0, y1 = PANE
    pen.vgrad(0, y0, w, y1 - y0, (255, 244, 218), (214, 196, 168), steps=16)
    pen.rect(0, y1 - 20, w, 20, pal.VELVET_RED)
    pen.rect(0, y1 - 20, w, 4, pal.VELVET_RED_LIGHT)
    for i in range(n):
        x = margin + i * slot + slot / 2
        kind = ("sieradendoos", "", "ring", "", "sieradendoos", "", "armband", "")[i % 8]
        if kind:
            paint_item(pen, kind, x - 30, y1 - 70, 60)
    _glare(pen, 0, y0, w, y1 - y0, 50)
    pen.rect(0, y0 - 8, w, 8, pal.WOOD_EDGE)
    for x in range(0, int(w) + 1, 320):          # slim brass posts between the panes
        pen.rect(x - 3, y0, 6, y1 - y0, pal.BRASS)
    # the wooden cabinet
    pen.rect(0, y1, w, 10, pal.WOOD_EDGE)
    pen.vgrad(0, y1 + 10, w, H - y1 - 10, pal.WOOD, darker(pal.WOOD, 0.25), steps=16)
    pen.rect(0, y1 + 10, w, 4, lighter(pal.WOOD, 0.2))
    panel = 210
    k = max(1, round(w / panel))
    pw = w / k
    for i in range(k):
        px = i * pw + 14
        pen.rect(px, y1 + 26, pw - 28, H - y1 - 40, darker(pal.WOOD, 0.15), radius=4)
        pen.rect(px + 5, y1 + 31, pw - 38, H - y1 - 50, mix(pal.WOOD, pal.WOOD_MID, 0.4), radius=3)
        pen.rect(px + 5, y1 + 31, pw - 38, 4, lighter(pal.WOOD_MID, 0.1))


def _on_bed(pen: Pen, kind: str, cx: float) -> None:
    """One piece lying on the velvet under the top glass."""
    mid = (BED[0] + BED[1]) / 2
    if kind == "tray":
        pen.fine(cx - 66, BED[0] + 8, 132, 68, lambda p: _tray(p, cx))
        return
    size = {"horloge": 84, "ketting": 84, "oorbellen": 70, "armband": 80, "ring": 66}.get(kind, 70)
    pen.glow(cx, mid + 6, size * 0.5, size * 0.4, (10, 14, 30), 70)
    paint_item(pen, kind, cx - size / 2, mid - size / 2, size)


def _tray(pen: Pen, cx: float) -> None:
    """A bordeaux ring tray with two rows of rings."""
    pen.rect(cx - 64, BED[0] + 10, 128, 64, pal.VELVET_RED, radius=6)
    pen.rect(cx - 60, BED[0] + 14, 120, 56, pal.VELVET_RED_LIGHT, radius=5)
    for r in range(2):
        pen.rect(cx - 56, BED[0] + 26 + r * 26, 112, 5, darker(pal.VELVET_RED, 0.3), radius=2)
        for c in range(5):
            x = cx - 44 + c * 22
            colour = (pal.GOLD, pal.SILVER, pal.ROSE_GOLD)[(c + r) % 3]
            pen.ring(x, BED[0] + 24 + r * 26, 7, 6, colour, 2.4)
            pen.circle(x, BED[0] + 18 + r * 26, 2.6, (pal.DIAMOND, pal.RUBY, pal.SAPPHIRE)[(c + r) % 3])


def _glare(pen: Pen, x, y, w, h, alpha) -> None:
    """Diagonal reflections that make a flat area read as glass."""
    def glare(p: Pen) -> None:
        for gx in range(int(x) - 40, int(x + w), 320):
            p.poly([(gx, y + h), (gx + 60, y + h), (gx + 60 + h * 0.9, y), (gx + h * 0.9, y)], (255, 255, 255))
            p.poly([(gx + 80, y + h), (gx + 92, y + h), (gx + 92 + h * 0.9, y), (gx + 80 + h * 0.9, y)],
                   (255, 255, 255))

    pen.translucent(x, y, w, h, alpha, glare)
