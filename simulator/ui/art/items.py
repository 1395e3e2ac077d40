"""Jewellery and shop items: horloge, ring, ketting, armband, oorbellen, batterij, sieradendoos.

Each item is designed in a 200×200 box. `paint_item` puts one inside another design (the counter,
the vitrines); `draw_item` draws one on its own. An unknown kind draws a closed jewellery box.
"""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from . import palette as pal
from .palette import darker, lighter
from .pen import Pen, bezier, ellipse_points, render

ITEM_KINDS = ("horloge", "ring", "ketting", "armband", "oorbellen", "batterij", "sieradendoos")

SIZE = 200


def draw_item(surface: pygame.Surface, rect, kind: str) -> pygame.Rect:
    """Draw one item, centred in rect and as large as fits; returns the area drawn."""
    return render(surface, rect, SIZE, SIZE, lambda pen, w, h: paint_item(pen, kind))


def paint_item(pen: Pen, kind: str, x: float = 0, y: float = 0, size: float = SIZE) -> None:
    """Paint an item into `pen`'s design with its 200×200 box at (x, y) scaled to `size`.

    On a pen that draws at 1x (backdrops, the counter) the item comes from a small cache of
    anti-aliased sprites, so a vitrine full of watches costs one watch and a few blits.
    """
    if pen.supersampled:
        _PAINTERS.get(kind, _closed_box)(pen.at(x, y, size / SIZE))
        return
    px = round(size * pen.scale)
    if px < 1:
        return
    left, top = pen.xy(x, y)
    pen.surface.blit(_sprite(kind if kind in _PAINTERS else "", px), (round(left), round(top)),
                     special_flags=pygame.BLEND_PREMULTIPLIED)


@lru_cache(maxsize=48)
def _sprite(kind: str, px: int) -> pygame.Surface:
    """An item drawn at px×px, premultiplied (blit it with BLEND_PREMULTIPLIED; do not change it)."""
    ss = 3 if px < 48 else 2      # tiny sprites need the extra samples, bigger ones not
    big = pygame.Surface((px * ss, px * ss), pygame.SRCALPHA)
    big.fill((0, 0, 0, 0))
    pen = Pen(big, px * ss / SIZE)
    pen.supersampled = True
    _PAINTERS.get(kind, _closed_box)(pen)
    big.premul_alpha_ip()
    return pygame.transform.smoothscale(big, (px, px))


def sparkle(pen: Pen, x: float, y: float, r: float, colour=(255, 255, 255)) -> None:
    """A four-pointed glint."""
    pen.poly([(x, y - r), (x + r * 0.22, y - r * 0.22), (x + r, y), (x + r * 0.22, y + r * 0.22),
              (x, y + r), (x - r * 0.22, y + r * 0.22), (x - r, y), (x - r * 0.22, y - r * 0.22)],
             colour)


# -- the items -------------------------------------------------------------------------------

def _watch(p: Pen) -> None:
    strap, strap_dark = pal.LEATHER, darker(pal.LEATHER, 0.3)
    for top in (True, False):
        y0, y1 = (8, 70) if top else (130, 192)
        p.poly([(72, y0), (128, y0), (124, y1), (76, y1)] if top else
               [(76, y0), (124, y0), (128, y1), (72, y1)], strap)
        p.rect(72, y0 if top else y1 - 8, 56, 8, strap_dark, radius=3)
        for yy in range(int(y0) + 12, int(y1) - 6, 9):  # stitching
            p.rect(78, yy, 3, 5, lighter(strap, 0.35))
            p.rect(119, yy, 3, 5, lighter(strap, 0.35))
        if not top:
            for yy in (154, 170):
                p.ellipse(100, yy, 4, 3, strap_dark)
    p.rect(130, 92, 14, 16, pal.SILVER_DARK, radius=4)                  # crown
    p.rect(132, 94, 12, 12, pal.SILVER, radius=4)
    p.circle(100, 100, 52, pal.SILVER_DARK)
    p.circle(100, 100, 49, pal.SILVER)
    p.circle(100, 100, 44, pal.SILVER_LIGHT)
    p.circle(100, 100, 40, (248, 242, 228))
    p.circle(100, 104, 36, (242, 234, 216))
    for i in range(12):
        a = math.radians(i * 30 - 90)
        r0, r1 = (28, 37) if i % 3 == 0 else (32, 37)
        p.stroke([(100 + r0 * math.cos(a), 100 + r0 * math.sin(a)),
                  (100 + r1 * math.cos(a), 100 + r1 * math.sin(a))], 3.2 if i % 3 == 0 else 2, pal.INK,
                 caps=False)
    for ang, length, width in ((-60 - 90 + 360, 21, 4.4), (60 - 90, 30, 3.4)):  # ten past ten
        a = math.radians(ang)
        p.stroke([(100, 100), (100 + length * math.cos(a), 100 + length * math.sin(a))], width, pal.INK)
    a = math.radians(160)
    p.stroke([(100 - 8 * math.cos(a), 100 - 8 * math.sin(a)),
              (100 + 33 * math.cos(a), 100 + 33 * math.sin(a))], 1.4, (190, 50, 50))
    p.circle(100, 100, 3.4, pal.INK)
    p.translucent(52, 52, 96, 96, 110, lambda q: q.poly(
        ellipse_points(100, 100, 40, 40, 200, 290, 12) + ellipse_points(100, 100, 30, 30, 290, 200, 12),
        (255, 255, 255)))


def _diamond(p: Pen, cx: float, cy: float, w: float) -> None:
    """A brilliant-cut stone seen from the side: flat top, crown, pointed pavilion."""
    h = w * 0.9
    top = cy - h * 0.45
    girdle = cy - h * 0.12
    tip = cy + h * 0.5
    p.poly([(cx - w * 0.28, top), (cx + w * 0.28, top), (cx + w * 0.5, girdle), (cx, tip),
            (cx - w * 0.5, girdle)], pal.DIAMOND_SHADE)
    p.poly([(cx - w * 0.28, top), (cx + w * 0.28, top), (cx + w * 0.5, girdle), (cx - w * 0.5, girdle)],
           pal.DIAMOND)
    p.poly([(cx - w * 0.5, girdle), (cx, tip), (cx - w * 0.1, girdle)], lighter(pal.DIAMOND_SHADE, 0.5))
    line = darker(pal.DIAMOND_SHADE, 0.2)
    for a, b in (((cx - w * 0.28, top), (cx - w * 0.18, girdle)), ((cx + w * 0.28, top), (cx + w * 0.18, girdle)),
                 ((cx - w * 0.18, girdle), (cx, tip)), ((cx + w * 0.18, girdle), (cx, tip)),
                 ((cx - w * 0.5, girdle), (cx + w * 0.5, girdle))):
        p.stroke([a, b], max(0.8, w * 0.03), line)


def _ring(p: Pen) -> None:
    gold, light, dark = pal.GOLD, pal.GOLD_LIGHT, pal.GOLD_DARK
    cx, cy, rx, ry = 100, 122, 56, 44
    # the back of the band (seen through the hole) first, darker
    p.stroke(ellipse_points(cx, cy, rx, ry, 180, 360, 30), 15, dark)
    p.stroke(ellipse_points(cx, cy - 3, rx - 5, ry - 6, 190, 350, 24), 4, darker(dark, 0.2))
    # the front of the band, with light along its top edge
    p.stroke(ellipse_points(cx, cy, rx, ry, 0, 180, 30), 16, gold)
    p.stroke(ellipse_points(cx, cy - 4, rx - 2, ry - 2, 20, 160, 24), 4, light)
    p.stroke(ellipse_points(cx, cy + 4, rx, ry + 2, 30, 150, 24), 3, dark)
    # the setting and the stone on top
    p.poly([(84, 84), (116, 84), (110, 72), (90, 72)], gold)
    for x in (86, 114):
        p.stroke([(x, 80), (x + (3 if x < 100 else -3), 58)], 4, dark)
    _diamond(p, 100, 58, 42)
    for x in (86, 114):
        p.stroke([(x + (3 if x < 100 else -3), 58), (x + (5 if x < 100 else -5), 50)], 3.2, gold)
    sparkle(p, 116, 40, 11)
    sparkle(p, 72, 102, 6, light)


def _necklace(p: Pen) -> None:
    gold, light, dark = pal.GOLD, pal.GOLD_LIGHT, pal.GOLD_DARK
    path = bezier((26, 18), (24, 120), (176, 120), (174, 18), n=40)
    for i, (x, y) in enumerate(path):
        if i % 2:
            p.ellipse(x, y, 3.6, 2.2, dark)
            p.ellipse(x, y - 0.6, 2.6, 1.3, light)
        else:
            p.ellipse(x, y, 2.2, 3.6, gold)
    # the pendant: a drop with a sapphire
    p.ring(100, 104, 5, 6, gold, 2.5)
    drop = bezier((100, 108), (80, 140), (86, 172), (100, 174), n=12) + \
        bezier((100, 174), (114, 172), (120, 140), (100, 108), n=12)
    p.poly(drop, gold)
    inner = bezier((100, 118), (86, 142), (90, 164), (100, 165), n=10) + \
        bezier((100, 165), (110, 164), (114, 142), (100, 118), n=10)
    p.poly(inner, pal.SAPPHIRE)
    p.ellipse(96, 140, 4, 8, lighter(pal.SAPPHIRE, 0.45))
    sparkle(p, 112, 124, 8)


def _bracelet(p: Pen) -> None:
    gold, light, dark = pal.GOLD, pal.GOLD_LIGHT, pal.GOLD_DARK
    cx, cy, rx, ry = 100, 104, 78, 44
    p.stroke(ellipse_points(cx, cy, rx, ry, 180, 360, 36), 14, dark)
    p.stroke(ellipse_points(cx, cy, rx, ry, 0, 180, 36), 18, gold)
    p.stroke(ellipse_points(cx, cy - 5, rx - 2, ry - 3, 15, 165, 30), 4, light)
    # small stones set along the front
    for i in range(7):
        a = math.radians(40 + i * 100 / 6)
        x, y = cx + rx * math.cos(a), cy + ry * math.sin(a)
        p.circle(x, y, 5.4, dark)
        p.circle(x, y, 4.2, pal.DIAMOND)
        p.circle(x - 1.2, y - 1.2, 1.4, (255, 255, 255))
    sparkle(p, 150, 126, 9)


def _earrings(p: Pen) -> None:
    for cx in (62, 138):
        p.curve((cx, 70), (cx - 14, 40), (cx + 14, 24), 3.2, pal.SILVER_DARK, p3=(cx + 16, 52), n=14)
        p.circle(cx, 76, 7, pal.GOLD)
        p.circle(cx - 2, 74, 2.4, pal.GOLD_LIGHT)
        p.stroke([(cx, 82), (cx, 100)], 3, pal.GOLD_DARK)
        p.circle(cx, 124, 24, darker(pal.PEARL, 0.18))
        p.circle(cx - 2, 122, 22, pal.PEARL)
        p.glow(cx - 8, 114, 12, 10, (255, 255, 255), 220)
        p.circle(cx, 101, 6, pal.GOLD)
    sparkle(p, 156, 102, 8)


def _battery(p: Pen) -> None:
    # a silver button cell lying slightly tilted: top face, side band, a + on top
    cx, cy, rx, ry = 100, 92, 70, 44
    p.ellipse(cx, cy + 24, rx, ry, pal.SILVER_DARK)
    p.rect(cx - rx, cy, 2 * rx, 24, pal.SILVER_DARK)
    p.ellipse(cx, cy + 24, rx - 3, ry - 3, darker(pal.SILVER_DARK, 0.1))
    p.ellipse(cx, cy, rx, ry, pal.SILVER)
    p.ring(cx, cy, rx - 10, ry - 7, pal.SILVER_DARK, 2)
    p.ellipse(cx, cy, rx - 12, ry - 9, pal.SILVER_LIGHT)
    p.glow(cx - 26, cy - 14, 30, 16, (255, 255, 255), 200)
    plus = darker(pal.SILVER_DARK, 0.25)
    p.rect(cx - 16, cy - 3.5, 32, 7, plus, radius=2)
    p.rect(cx - 3.5, cy - 10, 7, 20, plus, radius=2)
    # the band around the side, lighter at its top edge
    p.stroke(ellipse_points(cx, cy + 2, rx - 1, ry, 10, 170, 24), 2.5, pal.SILVER_LIGHT)


def _open_box(p: Pen) -> None:
    red, red_light = pal.VELVET_RED, pal.VELVET_RED_LIGHT
    # lid standing open behind
    p.poly([(34, 92), (46, 20), (154, 20), (166, 92)], darker(red, 0.1))
    p.poly([(44, 88), (54, 30), (146, 30), (156, 88)], pal.SATIN)
    p.poly([(54, 30), (146, 30), (150, 50), (50, 50)], darker(pal.SATIN, 0.08))
    # the box
    p.rect(28, 92, 144, 84, red, radius=10)
    p.rect(28, 92, 144, 16, red_light, radius=6)
    p.rect(40, 100, 120, 20, darker(pal.SATIN, 0.12), radius=6)
    p.rect(40, 104, 120, 14, pal.SATIN, radius=6)
    p.stroke([(64, 112), (136, 112)], 3, darker(pal.SATIN, 0.3))          # the ring slot
    p.rect(94, 160, 12, 8, pal.BRASS, radius=2)
    p.glow(80, 150, 40, 16, (255, 255, 255), 40)
    # a ring in the slot
    p.ring(100, 100, 16, 14, pal.GOLD, 5)
    _diamond(p, 100, 82, 16)
    sparkle(p, 116, 70, 7)


def _closed_box(p: Pen) -> None:
    blue, light = pal.VELVET_BLUE, pal.VELVET_BLUE_LIGHT
    p.rect(36, 86, 128, 90, darker(blue, 0.1), radius=12)
    p.rect(36, 56, 128, 50, light, radius=14)
    p.rect(36, 94, 128, 10, darker(blue, 0.2))
    p.glow(80, 70, 40, 12, (255, 255, 255), 60)
    p.rect(92, 98, 16, 12, pal.BRASS, radius=3)
    p.rect(95, 100, 10, 4, pal.BRASS_LIGHT, radius=2)


_PAINTERS = {
    "horloge": _watch,
    "ring": _ring,
    "ketting": _necklace,
    "armband": _bracelet,
    "oorbellen": _earrings,
    "batterij": _battery,
    "sieradendoos": _open_box,
}
