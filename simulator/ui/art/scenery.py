"""Pieces of the shop's interior shared by the backdrops: walls, floors, light, vitrines, a clock,
a window, plants. All in backdrop design units (a 1280×720 room)."""

from __future__ import annotations

import math

from . import palette as pal
from .items import paint_item, sparkle
from .palette import darker, lighter, mix
from .pen import Pen, bezier


def wall(pen: Pen, x: float, y: float, w: float, h: float, top, bottom, stripe: float = 0.025) -> None:
    """A plastered wall with a faint wallpaper stripe (texture without clutter)."""
    pen.vgrad(x, y, w, h, top, bottom, steps=48)
    if stripe:
        white = (255, 255, 255)
        pen.vgrad(x, y, 20, h, mix(top, white, stripe * 2), mix(bottom, white, stripe * 2), steps=24)
        pen.repeat(x, y, 20, h, range(int(x) + 48, int(x + w), 48))


def cornice(pen: Pen, w: float, h: float = 30) -> None:
    pen.vgrad(0, 0, w, h, darker(pal.CREAM_DARK, 0.05), pal.CREAM_DARK, steps=8)
    pen.rect(0, h, w, 6, pal.WOOD)
    pen.rect(0, h + 6, w, 3, darker(pal.WOOD, 0.3))


def wainscot(pen: Pen, y: float, w: float, h: float, panel: float = 160) -> None:
    """Dark wood panelling along the lower wall."""
    pen.rect(0, y, w, h, pal.WOOD_MID)
    pen.rect(0, y, w, 10, pal.WOOD_DARK)
    pen.rect(0, y + 10, w, 3, lighter(pal.WOOD_MID, 0.15))
    n = max(1, round(w / panel))
    pw = w / n
    for i in range(n):
        px = i * pw + 12
        pen.rect(px, y + 24, pw - 24, h - 40, darker(pal.WOOD_MID, 0.12), radius=4)
        pen.rect(px + 4, y + 28, pw - 32, h - 48, pal.WOOD_MID, radius=3)
        pen.rect(px + 4, y + 28, pw - 32, 4, lighter(pal.WOOD_MID, 0.12))


def floor(pen: Pen, y: float, w: float, h: float) -> None:
    """Warm wooden planks, a little darker towards the viewer."""
    pen.vgrad(0, y, w, h, pal.FLOOR, pal.FLOOR_DARK, steps=24)
    rows = 6
    for r in range(rows):
        yy = y + h * (r / rows) ** 1.25
        pen.rect(0, yy, w, 2, darker(pal.FLOOR, 0.18))
        offset = (r * 137) % 220
        for xx in range(int(-offset), int(w), 220):
            y_next = y + h * ((r + 1) / rows) ** 1.25
            pen.rect(xx, yy, 2, y_next - yy, darker(pal.FLOOR, 0.15))
    pen.rect(0, y, w, 6, darker(pal.WOOD_DARK, 0.2))            # skirting shadow


def ceiling_spot(pen: Pen, x: float, y: float, reach: float = 260, strength: int = 90) -> None:
    """A recessed spot in the cornice with its warm pool of light on the wall below."""
    pen.glow(x, y + reach * 0.45, reach * 0.55, reach * 0.7, pal.WARM_LIGHT, strength)

    def spot(p: Pen) -> None:
        p.ellipse(x, y, 22, 6, pal.BRASS_DARK)
        p.ellipse(x, y - 1, 16, 4, (255, 248, 224))

    pen.fine(x - 24, y - 8, 48, 16, spot)


def cabinet(pen: Pen, x: float, y: float, w: float, h: float, shelves: list[list[str]],
            doors: int = 1) -> None:
    """A tall wall vitrine: dark wood frame, lit glass shelves, jewellery on velvet, reflections."""
    wood, dark = pal.WOOD, pal.WOOD_EDGE
    pen.soft_shadow([(x + 10, y + 14), (x + w + 12, y + 14), (x + w + 12, y + h + 8), (x + 10, y + h + 8)],
                    alpha=60, blur=12)
    # crown moulding and frame
    pen.rect(x - 10, y - 16, w + 20, 20, dark, radius=3)
    pen.rect(x - 6, y - 12, w + 12, 6, lighter(wood, 0.15))
    pen.rect(x, y, w, h, wood)
    base_h = 70
    inner_x, inner_y, inner_w, inner_h = x + 14, y + 14, w - 28, h - base_h - 20
    pen.vgrad(inner_x, inner_y, inner_w, inner_h, (255, 246, 222), (226, 208, 180), steps=32)
    pen.rect(inner_x, inner_y, inner_w, 5, (255, 252, 238))                 # the hidden light strip
    pen.glow(inner_x + inner_w / 2, inner_y + 10, inner_w * 0.6, 60, (255, 255, 240), 140)
    n = len(shelves)
    row_h = inner_h / max(1, n)
    for i, row in enumerate(shelves):
        sy = inner_y + row_h * (i + 1)
        # glass shelf: a light edge and a soft shadow below it
        pen.rect(inner_x, sy - 6, inner_w, 4, (236, 246, 246))
        pen.rect(inner_x, sy - 2, inner_w, 3, darker((226, 208, 180), 0.15))
        slot = inner_w / max(1, len(row))
        for j, kind in enumerate(row):
            cx = inner_x + slot * (j + 0.5)
            size = min(slot * 0.9, row_h * 0.78)
            _display(pen, kind, cx, sy - 6, size)
    # doors: mullions and glass reflections
    for d in range(1, doors):
        mx = inner_x + inner_w * d / doors
        pen.rect(mx - 5, inner_y, 10, inner_h, wood)
    pen.frame(inner_x, inner_y, inner_w, inner_h, dark, 3)

    for k in range(doors):  # reflections on the glass (they stay inside the door by design)
        gx = inner_x + inner_w * k / doors

        def glare(p: Pen, gx=gx) -> None:
            p.poly([(gx + 20, inner_y + inner_h), (gx + 60, inner_y + inner_h), (gx + 140, inner_y),
                    (gx + 100, inner_y)], (255, 255, 255))
            p.poly([(gx + 74, inner_y + inner_h), (gx + 86, inner_y + inner_h), (gx + 166, inner_y),
                    (gx + 154, inner_y)], (255, 255, 255))

        pen.translucent(gx + 20, inner_y, 146, inner_h, 50, glare)
    # the closed lower part with drawers
    by = y + h - base_h
    pen.rect(x, by - 6, w, 8, dark)
    drawers = max(1, doors)
    dw = (w - 20) / drawers
    for d in range(drawers):
        dx = x + 10 + d * dw
        pen.rect(dx + 4, by + 8, dw - 8, base_h - 18, darker(wood, 0.1), radius=4)
        pen.rect(dx + 8, by + 12, dw - 16, base_h - 26, wood, radius=3)
        pen.rect(dx + dw / 2 - 14, by + base_h / 2 - 6, 28, 6, pal.BRASS, radius=3)


def _display(pen: Pen, kind: str, cx: float, floor_y: float, size: float) -> None:
    """One piece on a vitrine shelf, on the stand a jeweller would use for it."""
    if kind in ("bust", "tray"):
        pen.fine(cx - size / 2 - 2, floor_y - size - 2, size + 4, size + 4,
                 lambda p: _stand(p, kind, cx, floor_y, size))
    elif kind == "watchstand":  # a watch on a little cushion
        pen.rect(cx - size * 0.32, floor_y - size * 0.16, size * 0.64, size * 0.16, pal.VELVET_BLUE, radius=4)
        paint_item(pen, "horloge", cx - size * 0.38, floor_y - size * 0.86, size * 0.76)
    elif kind:
        paint_item(pen, kind, cx - size / 2, floor_y - size * 0.9, size)


def _stand(pen: Pen, kind: str, cx: float, floor_y: float, size: float) -> None:
    if kind == "bust":          # a velvet neck form with a necklace
        h = size
        w = size * 0.62
        pen.poly(bezier((cx - w / 2, floor_y), (cx - w / 2, floor_y - h * 0.5), (cx - w * 0.18, floor_y - h * 0.55),
                        (cx - w * 0.16, floor_y - h * 0.92), n=10) +
                 bezier((cx + w * 0.16, floor_y - h * 0.92), (cx + w * 0.18, floor_y - h * 0.55),
                        (cx + w / 2, floor_y - h * 0.5), (cx + w / 2, floor_y), n=10), pal.VELVET_BLUE)
        pen.ellipse(cx, floor_y - h * 0.92, w * 0.16, w * 0.06, pal.VELVET_BLUE_LIGHT)
        pen.stroke(bezier((cx - w * 0.17, floor_y - h * 0.72), (cx - w * 0.1, floor_y - h * 0.45),
                          (cx + w * 0.1, floor_y - h * 0.45), (cx + w * 0.17, floor_y - h * 0.72), n=12),
                   max(1.5, size * 0.025), pal.GOLD)
        pen.circle(cx, floor_y - h * 0.47, size * 0.05, pal.RUBY)
        sparkle(pen, cx + size * 0.08, floor_y - h * 0.52, size * 0.06)
    elif kind == "tray":        # a bordeaux ring tray with rings in rows
        w, h = size, size * 0.28
        pen.rect(cx - w / 2, floor_y - h, w, h, pal.VELVET_RED, radius=4)
        pen.rect(cx - w / 2, floor_y - h, w, h * 0.35, pal.VELVET_RED_LIGHT, radius=4)
        for i in range(5):
            rx = cx - w * 0.4 + i * w * 0.2
            colour = (pal.GOLD, pal.SILVER, pal.ROSE_GOLD, pal.GOLD, pal.SILVER)[i]
            pen.ring(rx, floor_y - h * 0.75, w * 0.06, w * 0.05, colour, max(1.5, w * 0.02))
            pen.circle(rx, floor_y - h * 0.75 - w * 0.055, w * 0.022,
                       (pal.DIAMOND, pal.RUBY, pal.SAPPHIRE, pal.EMERALD, pal.DIAMOND)[i])


def wall_clock(pen: Pen, cx: float, cy: float, r: float, hour: float = 10.1) -> None:
    pen.fine(cx - r - 4, cy - r - 4, 2 * r + 20, 2 * r + 20, lambda p: _clock(p, cx, cy, r, hour))


def _clock(pen: Pen, cx: float, cy: float, r: float, hour: float) -> None:
    pen.soft_shadow([(cx + 6 + r * math.cos(a), cy + 8 + r * math.sin(a))
                     for a in [i * math.pi / 12 for i in range(24)]], alpha=70, blur=8)
    pen.circle(cx, cy, r, pal.BRASS_DARK)
    pen.circle(cx, cy, r - 3, pal.BRASS)
    pen.circle(cx - 2, cy - 2, r - 8, pal.BRASS_LIGHT)
    pen.circle(cx, cy, r - 10, (250, 244, 230))
    for i in range(12):
        a = math.radians(i * 30 - 90)
        r0 = r - 22 if i % 3 == 0 else r - 18
        pen.stroke([(cx + r0 * math.cos(a), cy + r0 * math.sin(a)),
                    (cx + (r - 14) * math.cos(a), cy + (r - 14) * math.sin(a))],
                   4 if i % 3 == 0 else 2, pal.INK, caps=False)
    minute = (hour % 1) * 60
    for ang, length, width in ((hour % 12 * 30 - 90, r * 0.45, 5), (minute * 6 - 90, r * 0.68, 3.4)):
        a = math.radians(ang)
        pen.stroke([(cx, cy), (cx + length * math.cos(a), cy + length * math.sin(a))], width, pal.INK)
    pen.circle(cx, cy, 4, pal.BRASS_DARK)


def window(pen: Pen, x: float, y: float, w: float, h: float, view) -> None:
    """A window with a white frame, a view, and soft curtains."""
    pen.soft_shadow([(x, y + 6), (x + w + 8, y + 6), (x + w + 8, y + h + 10), (x, y + h + 10)], alpha=50,
                    blur=10)
    pen.rect(x - 12, y - 12, w + 24, h + 24, (244, 240, 232), radius=4)

    pen.fine(x, y, w, h, lambda p: view(p, x, y, w, h), clip=True)
    frame = (246, 244, 238)
    pen.rect(x + w / 2 - 6, y, 12, h, frame)
    pen.rect(x, y + h * 0.38 - 6, w, 12, frame)
    pen.frame(x, y, w, h, darker(frame, 0.12), 3)
    pen.rect(x - 22, y + h + 8, w + 44, 14, pal.CREAM_LIGHT, radius=3)       # the sill
    pen.rect(x - 22, y + h + 20, w + 44, 4, darker(pal.CREAM_DARK, 0.1))


def sky(pen: Pen, x: float, y: float, w: float, h: float) -> None:
    pen.vgrad(x, y, w, h, (168, 206, 232), (226, 238, 240), steps=24)
    pen.ellipse(x + w * 0.3, y + h * 0.18, 50, 16, (250, 252, 252))
    pen.ellipse(x + w * 0.38, y + h * 0.14, 36, 14, (250, 252, 252))


def plant(pen: Pen, x: float, y: float, size: float) -> None:
    """A potted plant standing at (x, y) (the bottom of the pot)."""
    pen.fine(x - size * 0.7, y - size * 1.2, size * 1.4, size * 1.22, lambda p: _plant(p, x, y, size))


def _plant(pen: Pen, x: float, y: float, size: float) -> None:
    s = size
    for k, (dx, dy, a) in enumerate(((-0.35, -0.9, -0.5), (0.3, -0.95, 0.5), (0, -1.1, 0),
                                     (-0.5, -0.6, -0.9), (0.5, -0.65, 0.9))):
        tip = (x + dx * s, y - s * 0.3 + dy * s * 0.7)
        base = (x, y - s * 0.32)
        mid = ((tip[0] + base[0]) / 2 + a * s * 0.1, (tip[1] + base[1]) / 2)
        leaf = bezier(base, (mid[0] - s * 0.12, mid[1]), tip, n=8) + \
            bezier(tip, (mid[0] + s * 0.12, mid[1]), base, n=8)
        pen.poly(leaf, pal.PLANT if k % 2 else pal.PLANT_DARK)
        pen.stroke([base, tip], max(1, s * 0.012), darker(pal.PLANT_DARK, 0.2))
    pen.poly([(x - s * 0.2, y - s * 0.34), (x + s * 0.2, y - s * 0.34), (x + s * 0.15, y), (x - s * 0.15, y)],
             (196, 120, 84))
    pen.rect(x - s * 0.22, y - s * 0.38, s * 0.44, s * 0.07, (176, 104, 72), radius=3)
