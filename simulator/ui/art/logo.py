"""The game's logo for the start screen: a gold ring with a diamond on a velvet badge."""

from __future__ import annotations

import math

import pygame

from . import palette as pal
from .items import sparkle
from .palette import darker, lighter
from .pen import Pen, ellipse_points, render

SIZE = 200


def draw_logo(surface: pygame.Surface, rect) -> pygame.Rect:
    """Draw the round logo, centred in rect and as large as fits (transparent around it)."""
    return render(surface, rect, SIZE, SIZE, lambda pen, w, h: _logo(pen))


def _logo(pen: Pen) -> None:
    c = SIZE / 2
    pen.circle(c + 2, c + 4, 96, darker(pal.VELVET_BLUE, 0.5))      # a thin shadow edge
    pen.circle(c, c, 96, pal.BRASS_DARK)
    pen.circle(c, c, 92, pal.BRASS)
    pen.stroke(ellipse_points(c, c, 89, 89, 200, 300, 20), 3, pal.BRASS_LIGHT)
    pen.circle(c, c, 84, pal.VELVET_BLUE)
    pen.glow(c - 20, c - 30, 70, 56, pal.VELVET_BLUE_LIGHT, 200)
    for i in range(24):  # a fine brass dotted ring, like the edge of a jeweller's tray
        a = math.radians(i * 15)
        pen.circle(c + 76 * math.cos(a), c + 76 * math.sin(a), 1.6, darker(pal.BRASS, 0.1))
    # the ring: band seen at an angle, back part darker
    cx, cy, rx, ry = c, c + 22, 44, 34
    pen.stroke(ellipse_points(cx, cy, rx, ry, 180, 360, 30), 11, pal.GOLD_DARK)
    pen.stroke(ellipse_points(cx, cy, rx, ry, 0, 180, 30), 12, pal.GOLD)
    pen.stroke(ellipse_points(cx, cy - 3, rx - 2, ry - 2, 25, 155, 24), 3, pal.GOLD_LIGHT)
    # setting and diamond
    pen.poly([(cx - 13, cy - ry + 2), (cx + 13, cy - ry + 2), (cx + 8, cy - ry - 8), (cx - 8, cy - ry - 8)],
             pal.GOLD)
    top, girdle, tip = cy - ry - 34, cy - ry - 22, cy - ry - 4
    w = 30
    pen.poly([(cx - w * 0.55, top), (cx + w * 0.55, top), (cx + w, girdle), (cx, tip), (cx - w, girdle)],
             pal.DIAMOND_SHADE)
    pen.poly([(cx - w * 0.55, top), (cx + w * 0.55, top), (cx + w, girdle), (cx - w, girdle)], pal.DIAMOND)
    pen.poly([(cx - w, girdle), (cx, tip), (cx - w * 0.2, girdle)], lighter(pal.DIAMOND_SHADE, 0.5))
    line = darker(pal.DIAMOND_SHADE, 0.25)
    for start, end in (((cx - w * 0.55, top), (cx - w * 0.3, girdle)), ((cx + w * 0.55, top), (cx + w * 0.3, girdle)),
                       ((cx - w * 0.3, girdle), (cx, tip)), ((cx + w * 0.3, girdle), (cx, tip)),
                       ((cx - w, girdle), (cx + w, girdle))):
        pen.stroke([start, end], 1.2, line)
    sparkle(pen, cx + 30, top - 6, 12)
    sparkle(pen, cx - 40, cy - 8, 7, pal.GOLD_LIGHT)
    sparkle(pen, cx + 46, cy + 26, 5)
