"""The jeweller's bench seen from above, for the repair scenes.

A warm wooden top with a large leather mat in the middle (kept empty: the scene puts the watch,
the ring or the tools there), the bench pin at the back edge, a parts tray and a loupe at the
sides, and the lamp's light. Design 1280×720, cover fit.
"""

from __future__ import annotations

import pygame

from . import palette as pal
from .palette import darker, lighter, mix
from .pen import Pen, render
from .tools import paint_tool

W, H = 1280, 720
MAT = (240, 130, 800, 470)   # the leather mat (x, y, w, h): the free working area


def draw_workbench(surface: pygame.Surface, rect) -> pygame.Rect:
    """Fill rect with the bench top seen from above."""
    return render(surface, rect, W, H, lambda pen, w, h: _bench(pen), fit="cover", supersample=False)


def _bench(pen: Pen) -> None:
    # wooden planks running left to right
    pen.vgrad(0, 0, W, H, pal.WOOD_LIGHT, pal.WOOD_MID, steps=32)
    for k, y in enumerate(range(0, H, 90)):
        pen.rect(0, y, W, 3, darker(pal.WOOD_MID, 0.2))
        for x in range((k * 410) % 700 - 700, W, 700):
            pen.rect(x, y, 3, 90, darker(pal.WOOD_MID, 0.15))
        pen.rect(0, y + 30, W, 2, mix(pal.WOOD_LIGHT, pal.WOOD_MID, 0.5))
    # the lamp's warm pool of light over the middle
    pen.glow(640, 360, 640, 380, pal.WARM_LIGHT, 90)
    # the bench pin sticking out over the back edge (top middle)
    pen.fine(590, 0, 100, 120, _bench_pin)
    # the leather mat with stitched edge
    x, y, w, h = MAT
    pen.soft_shadow([(x + 6, y + 10), (x + w + 8, y + 10), (x + w + 8, y + h + 12), (x + 6, y + h + 12)],
                    alpha=80, blur=10)
    pen.rect(x, y, w, h, darker(pal.LEATHER, 0.15), radius=22)
    pen.rect(x + 4, y + 4, w - 8, h - 8, pal.LEATHER, radius=20)
    pen.glow(x + w * 0.4, y + h * 0.4, w * 0.5, h * 0.5, pal.LEATHER_LIGHT, 120)
    for sx in range(int(x) + 30, int(x + w) - 24, 24):
        pen.rect(sx, y + 16, 12, 3, lighter(pal.LEATHER, 0.3))
        pen.rect(sx, y + h - 19, 12, 3, lighter(pal.LEATHER, 0.3))
    for sy in range(int(y) + 30, int(y + h) - 24, 24):
        pen.rect(x + 16, sy, 3, 12, lighter(pal.LEATHER, 0.3))
        pen.rect(x + w - 19, sy, 3, 12, lighter(pal.LEATHER, 0.3))
    # a parts tray (left) and a few tools laid ready (right)
    _parts_tray(pen, 50, 150, 150, 220)
    pen.fine(1060, 120, 200, 520, _tools)


def _bench_pin(pen: Pen) -> None:
    pen.soft_shadow([(602, 0), (682, 0), (676, 112), (608, 112)], alpha=80, blur=6)
    pen.poly([(600, 0), (680, 0), (676, 104), (604, 104)], lighter(pal.WOOD_LIGHT, 0.15))
    pen.poly([(616, 104), (640, 62), (664, 104)], pal.WOOD_MID)                      # the V notch
    pen.poly([(622, 104), (640, 72), (658, 104)], darker(pal.WOOD_MID, 0.1))
    pen.rect(600, 0, 80, 8, darker(pal.WOOD_LIGHT, 0.2))


def _parts_tray(pen: Pen, x, y, w, h) -> None:
    pen.soft_shadow([(x + 4, y + 8), (x + w + 6, y + 8), (x + w + 6, y + h + 10), (x + 4, y + h + 10)],
                    alpha=80, blur=6)
    pen.rect(x, y, w, h, (206, 210, 214), radius=10)
    rows, cols = 3, 2
    cw, ch = (w - 18) / cols, (h - 18) / rows
    for r in range(rows):
        for c in range(cols):
            pen.rect(x + 6 + c * (cw + 6), y + 6 + r * (ch + 3), cw, ch, (230, 232, 236), radius=8)
    pen.fine(x, y, w, h, lambda p: _parts(p, x, y, cw, ch))


def _parts(pen: Pen, x, y, cw, ch) -> None:
    """Small parts in the tray: button cells, a spring bar, a crown."""
    cx, cy = x + 6 + cw / 2, y + 6 + ch / 2
    for dx, dy in ((-12, -6), (10, 4)):
        pen.circle(cx + dx, cy + dy, 13, pal.SILVER_DARK)
        pen.circle(cx + dx - 1, cy + dy - 1, 11, pal.SILVER_LIGHT)
    cx2 = cx + cw + 6
    for k in range(3):
        pen.stroke([(cx2 - 22, cy - 12 + k * 12), (cx2 + 22, cy - 16 + k * 12)], 3, pal.SILVER_DARK)
    cy2 = cy + ch + 3
    pen.circle(cx, cy2, 9, pal.GOLD_DARK)
    pen.circle(cx, cy2, 6, pal.GOLD)


def _tools(pen: Pen) -> None:
    paint_tool(pen, "pincet", 1110, 300, 190, angle=8, shadow=True)
    paint_tool(pen, "schroevendraaier", 1170, 310, 180, angle=-6, shadow=True)
    paint_tool(pen, "loep", 1210, 520, 150, angle=-20, shadow=True)
