"""The home screen's map: the shop seen from above, with its three rooms.

Verkoopruimte (the shop floor, with the street door), werkplaats (benches, lamps, drawers) and
kantoor (desk, binders, the safe). Furniture stands along the walls so the middle of each room stays
calm for the labels and progress the UI draws there. Design 1200×680, fitted into rect.
"""

from __future__ import annotations

import math
from functools import partial

import pygame

from . import palette as pal
from .items import paint_item
from .palette import darker, lighter, mix
from .pen import Pen, render

W, H = 1200, 680
WALL = 16
ROOMS = {
    # room interiors in design units (x, y, w, h), inside the walls
    "verkoopruimte": (36, 36, 668, 548),
    "werkplaats": (720, 36, 444, 290),
    "kantoor": (720, 342, 444, 242),
}
WALL_COLOUR = (96, 74, 60)
OUTSIDE = (214, 210, 200)


def draw_shop_map(surface: pygame.Surface, rect, hotspots: dict | None = None) -> pygame.Rect:
    """Draw the shop's floor plan in rect; fill hotspots[room] with each room's pixel Rect."""
    area = render(surface, rect, W, H, lambda pen, w, h: _plan(pen), supersample=False)
    if hotspots is not None:
        scale = area.width / W
        for room, (x, y, w, h) in ROOMS.items():
            left = area.left + round(x * scale)
            top = area.top + round(y * scale)
            hotspots[room] = pygame.Rect(left, top, area.left + round((x + w) * scale) - left,
                                         area.top + round((y + h) * scale) - top)
    return area


def _plan(pen: Pen) -> None:
    pen.rect(0, 0, W, H, OUTSIDE)
    _street(pen)
    pen.soft_shadow([(28, 30), (1184, 30), (1184, 604), (28, 604)], alpha=90, blur=14)
    pen.rect(20, 20, 1160, 580, WALL_COLOUR)
    for room, floor in (("verkoopruimte", _shop_floor), ("werkplaats", _workshop_floor),
                        ("kantoor", _office_floor)):
        x, y, w, h = ROOMS[room]
        pen.within(x, y, w, h, partial(floor, x=x, y=y, w=w, h=h))
    _doors(pen)
    _shop_furniture(pen)
    _workshop_furniture(pen)
    _office_furniture(pen)


# -- outside ---------------------------------------------------------------------------------

def _street(pen: Pen) -> None:
    pen.rect(0, 600, W, 80, (200, 196, 188))
    for x in range(0, W, 60):
        pen.rect(x, 600, 2, 80, (184, 180, 172))
    pen.rect(0, 640, W, 2, (184, 180, 172))
    # the shop window along the street, and the door mat
    for x0, x1 in ((60, 300), (440, 690)):
        pen.rect(x0, 584, x1 - x0, 32, WALL_COLOUR)
        pen.rect(x0 + 6, 594, x1 - x0 - 12, 12, (200, 226, 234))
        pen.rect(x0 + 6, 594, x1 - x0 - 12, 4, (232, 244, 248))
    pen.rect(316, 604, 108, 30, (120, 90, 66), radius=4)
    pen.rect(322, 610, 96, 18, (142, 108, 80), radius=3)


# -- floors ----------------------------------------------------------------------------------

def _shop_floor(pen: Pen, x, y, w, h) -> None:
    pen.rect(x, y, w, h, pal.FLOOR)
    for yy in range(int(y), int(y + h), 28):       # warm planks
        pen.rect(x, yy, w, 2, darker(pal.FLOOR, 0.12))
        off = (yy * 7) % 160
        for xx in range(int(x) - off, int(x + w), 160):
            if xx > x:
                pen.rect(xx, yy, 2, 28, darker(pal.FLOOR, 0.1))
    # a calm rug in the middle of the shop, where the label goes
    pen.rect(x + 170, y + 170, w - 340, h - 300, darker(pal.VELVET_RED, 0.1), radius=14)
    pen.rect(x + 180, y + 180, w - 360, h - 320, pal.VELVET_RED, radius=10)
    pen.frame(x + 192, y + 192, w - 384, h - 344, mix(pal.VELVET_RED, pal.GOLD, 0.45), 3, radius=8)


def _workshop_floor(pen: Pen, x, y, w, h) -> None:
    pen.rect(x, y, w, h, (222, 220, 214))
    size = 36
    for i, xx in enumerate(range(int(x), int(x + w), size)):
        for j, yy in enumerate(range(int(y), int(y + h), size)):
            if (i + j) % 2:
                pen.rect(xx, yy, size, size, (212, 210, 204))


def _office_floor(pen: Pen, x, y, w, h) -> None:
    pen.rect(x, y, w, h, (180, 190, 176))
    for yy in range(int(y) + 6, int(y + h), 12):
        pen.rect(x, yy, w, 1, (172, 182, 168))


def _doors(pen: Pen) -> None:
    """Openings in the walls, with the door leaf drawn open."""
    floor = pal.FLOOR
    # front door (street side)
    pen.rect(316, 584, 108, 16, floor)
    _door_leaf(pen, 316, 584, 104, -1)
    # shop -> werkplaats, shop -> kantoor (through the wall at x 704..720)
    for y0 in (150, 470):
        pen.rect(702, y0, 20, 90, floor)
        pen.fine(702, y0 - 4, 100, 100, partial(_swing, x=720, y=y0, w=86))
    # werkplaats <-> kantoor
    pen.rect(1000, 324, 100, 20, (222, 220, 214))


def _door_leaf(pen: Pen, x, y, w, direction) -> None:
    """The street door drawn open into the shop, with its swing."""
    pen.fine(x - 4, y - w - 4, w + 8, w + 8, lambda p: _swing(p, x + 2, y, w - 6, up=direction < 0))


def _swing(pen: Pen, x, y, w, up: bool = False) -> None:
    sign = -1 if up else 1
    pen.stroke([(x + 2, y), (x + 6, y + sign * w * 0.95)] if up else [(x + 2, y), (x + w * 0.95, y + 6)], 5,
               pal.WOOD_DARK)
    arc = [(x + w * math.cos(math.radians(a)), y + sign * w * math.sin(math.radians(a))) for a in range(4, 90, 6)]
    pen.stroke(arc, 1.4, darker(pal.FLOOR, 0.3))


# -- furniture -------------------------------------------------------------------------------

def _piece(pen: Pen, x, y, w, h, colour, radius=4) -> None:
    """A piece of furniture seen from above, with a soft shadow."""
    pen.soft_shadow([(x + 4, y + 6), (x + w + 6, y + 6), (x + w + 6, y + h + 8), (x + 4, y + h + 8)],
                    alpha=70, blur=5)
    pen.rect(x, y, w, h, darker(colour, 0.18), radius=radius)
    pen.rect(x + 3, y + 3, w - 6, h - 6, colour, radius=max(0, radius - 1))


def _vitrine(pen: Pen, x, y, w, h, items) -> None:
    """A glass-topped vitrine from above: wood rim, velvet bed, a few pieces, a glint."""
    _piece(pen, x, y, w, h, pal.WOOD)
    pen.rect(x + 8, y + 8, w - 16, h - 16, pal.VELVET_BLUE, radius=2)
    horizontal = w >= h
    n = len(items)
    for i, kind in enumerate(items):
        if horizontal:
            cx, cy = x + 8 + (w - 16) * (i + 0.5) / n, y + h / 2
        else:
            cx, cy = x + w / 2, y + 8 + (h - 16) * (i + 0.5) / n
        size = min(w, h) - 26
        paint_item(pen, kind, cx - size / 2, cy - size / 2, size)
    pen.translucent(x + 8, y + 8, w - 16, h - 16, 45, lambda p: p.poly(
        [(x + 8, y + h - 8), (x + 8 + min(w, h) * 0.4, y + h - 8), (x + 8 + min(w, h) * 0.9, y + 8),
         (x + 8 + min(w, h) * 0.5, y + 8)], (255, 255, 255)))


def _round_things(pen: Pen, things) -> None:
    """Stools, chairs and plants: round shapes, drawn anti-aliased together."""
    xs = [t[1] for t in things]
    ys = [t[2] for t in things]
    pad = 40

    def draw_all(p: Pen) -> None:
        for t in things:
            _round(p, *t)

    pen.fine(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad, draw_all)


def _round(pen: Pen, kind, x, y, r) -> None:
    pen.circle(x + 3, y + 5, r, (90, 70, 56))
    if kind == "plant":
        pen.circle(x, y, r, (176, 104, 72))
        for k, (dx, dy) in enumerate(((-0.5, -0.3), (0.5, -0.4), (0, 0.5), (-0.3, 0.6), (0.55, 0.35), (0, -0.6))):
            pen.circle(x + dx * r, y + dy * r, r * 0.62, pal.PLANT if k % 2 else pal.PLANT_DARK)
    elif kind == "stool":
        pen.circle(x, y, r, pal.WOOD_DARK)
        pen.circle(x - 1, y - 1, r * 0.8, pal.LEATHER_LIGHT)
    elif kind == "chair":
        pen.circle(x, y, r, pal.VELVET_BLUE)
        pen.circle(x - 1, y - 2, r * 0.72, pal.VELVET_BLUE_LIGHT)
    elif kind == "lamp":
        pen.circle(x, y, r, (70, 86, 96))
        pen.circle(x, y, r * 0.6, (255, 240, 200))


def _shop_furniture(pen: Pen) -> None:
    x, y, w, h = ROOMS["verkoopruimte"]
    # wall vitrines along the back wall and the left wall
    _vitrine(pen, x + 100, y + 6, 150, 64, ["ketting", "ring"])
    _vitrine(pen, x + 270, y + 6, 150, 64, ["horloge", "horloge"])
    _vitrine(pen, x + 440, y + 6, 150, 64, ["armband", "oorbellen"])
    _vitrine(pen, x + 6, y + 110, 64, 150, ["ring", "ketting"])
    _vitrine(pen, x + 6, y + 280, 64, 150, ["horloge", "sieradendoos"])
    # the counter: an L of glass-topped vitrines, the staff side towards the back
    _vitrine(pen, x + 470, y + 120, 180, 66, ["ring", "horloge"])
    _vitrine(pen, x + 584, y + 186, 66, 170, ["ketting", "oorbellen"])
    _round_things(pen, [("chair", x + 540, y + 214, 18), ("chair", x + 540, y + 300, 18)])
    _round_things(pen, [("plant", x + 40, y + 500, 26)])
    _round_things(pen, [("plant", x + 630, y + 500, 26)])


def _workshop_furniture(pen: Pen) -> None:
    x, y, w, h = ROOMS["werkplaats"]
    for bx in (x + 20, x + 176):
        _piece(pen, bx, y + 6, 140, 70, pal.WOOD_LIGHT)
        pen.fine(bx, y + 6, 140, 80, partial(_bench_top, bx=bx, by=y + 6))
    _piece(pen, x + w - 66, y + 90, 60, 160, pal.WOOD)                # drawer cabinet
    for k in range(6):
        pen.rect(x + w - 60, y + 98 + k * 25, 48, 20, lighter(pal.WOOD, 0.1), radius=2)
        pen.rect(x + w - 42, y + 106 + k * 25, 12, 4, pal.BRASS, radius=2)
    _piece(pen, x + 20, y + h - 70, 110, 62, (150, 156, 164))           # the polishing machine
    pen.fine(x + 20, y + h - 70, 110, 62, lambda p: _polisher(p, x + 20, y + h - 70))
    _round_things(pen, [("stool", x + 90, y + 108, 18), ("stool", x + 246, y + 108, 18),
                        ("lamp", x + 40, y + 30, 11), ("lamp", x + 196, y + 30, 11),
                        ("plant", x + w - 36, y + h - 34, 22)])


def _polisher(pen: Pen, x, y) -> None:
    for cx in (x + 32, x + 78):
        pen.circle(cx, y + 31, 17, (196, 202, 210))
        pen.circle(cx, y + 31, 7, (120, 126, 134))


def _bench_top(pen: Pen, bx, by) -> None:
    """A jeweller's bench from above: the round cut-out with its leather skin, a bench pin."""
    pen.ellipse(bx + 70, by + 70, 40, 26, pal.LEATHER)
    pen.rect(bx + 30, by + 66, 80, 12, pal.LEATHER)
    pen.rect(bx + 62, by + 44, 16, 24, lighter(pal.WOOD_LIGHT, 0.2), radius=3)
    pen.rect(bx + 14, by + 12, 34, 20, (200, 196, 186), radius=3)         # a parts tray


def _office_furniture(pen: Pen) -> None:
    x, y, w, h = ROOMS["kantoor"]
    _piece(pen, x + w - 190, y + h - 96, 170, 80, pal.WOOD_MID)         # desk
    pen.rect(x + w - 150, y + h - 86, 74, 46, (60, 64, 72), radius=3)    # laptop
    pen.rect(x + w - 146, y + h - 82, 66, 34, (200, 214, 226), radius=2)
    pen.rect(x + w - 64, y + h - 80, 30, 38, (250, 250, 246))            # papers
    _piece(pen, x + 60, y + 6, 190, 40, pal.WOOD)                       # binder shelf
    colours = [(46, 84, 140), (150, 44, 54), (60, 120, 90), (220, 170, 60), (110, 80, 140)]
    for k in range(9):
        pen.rect(x + 68 + k * 19.5, y + 12, 15, 28, colours[k % len(colours)], radius=2)
    _piece(pen, x + w - 70, y + 14, 56, 56, (80, 84, 92))                # the safe
    pen.fine(x + w - 70, y + 14, 56, 56, lambda p: _safe_dial(p, x + w - 42, y + 42))
    _round_things(pen, [("chair", x + w - 104, y + h - 116, 20)])
    _round_things(pen, [("plant", x + 34, y + 34, 24)])


def _safe_dial(pen: Pen, cx, cy) -> None:
    pen.circle(cx, cy, 14, (150, 156, 166))
    pen.circle(cx, cy, 9, (110, 116, 126))
    pen.stroke([(cx, cy), (cx, cy - 9)], 3, (220, 224, 230))
