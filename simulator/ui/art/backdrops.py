"""Backdrops of the three rooms: verkoopruimte, werkplaats, kantoor (1280×720 design, cover fit).

The middle-left of each room (where the UI puts the person, x ≈ 280–700) is kept calm: plain wall
with soft light. Detail sits at the sides and up high; the lower part stays quiet for text panels.
"""

from __future__ import annotations

from functools import partial

import pygame

from . import palette as pal
from .items import paint_item
from .palette import darker, lighter, mix
from .pen import Pen, bezier, render
from .scenery import cabinet, ceiling_spot, cornice, floor, plant, sky, wainscot, wall, wall_clock, window
from .tools import paint_tool

W, H = 1280, 720
PLEKKEN = ("verkoopruimte", "werkplaats", "kantoor")


def draw_backdrop(surface: pygame.Surface, rect, plek: str) -> pygame.Rect:
    """Fill rect with the room `plek` (an unknown plek draws the verkoopruimte)."""
    painter = {"werkplaats": _werkplaats, "kantoor": _kantoor}.get(plek, _verkoopruimte)
    return render(surface, rect, W, H, lambda pen, w, h: painter(pen), fit="cover", supersample=False)


# -- verkoopruimte ---------------------------------------------------------------------------

def _verkoopruimte(pen: Pen) -> None:
    wall(pen, 0, 0, W, 560, (236, 222, 196), pal.CREAM)
    cornice(pen, W)
    for x in (160, 600, 1060):
        ceiling_spot(pen, x, 40, reach=300, strength=80)
    wainscot(pen, 470, W, 96)
    floor(pen, 566, W, 154)
    # left: a tall vitrine with necklaces, ring trays and boxes
    cabinet(pen, 36, 104, 236, 436, [["bust", "bust"], ["tray"], ["sieradendoos", "ring"]])
    # right: the watch cabinet
    cabinet(pen, 874, 104, 370, 436,
            [["watchstand", "watchstand", "watchstand", "watchstand"],
             ["sieradendoos", "watchstand", "watchstand", "ring"], ["armband", "tray"]], doors=2)
    wall_clock(pen, 758, 176, 62)
    plant(pen, 806, 466, 110)
    _rug(pen)


def _rug(pen: Pen) -> None:
    pen.fine(260, 630, 760, 90, _rug_shape)


def _rug_shape(pen: Pen) -> None:
    pen.poly([(340, 640), (940, 640), (1010, 720), (270, 720)], darker(pal.VELVET_RED, 0.05))
    pen.poly([(356, 650), (924, 650), (982, 716), (298, 716)], pal.VELVET_RED)
    pen.stroke([(372, 660), (908, 660)], 3, mix(pal.VELVET_RED, pal.GOLD, 0.5))


# -- werkplaats ------------------------------------------------------------------------------

def _werkplaats(pen: Pen) -> None:
    wall(pen, 0, 0, W, 560, (232, 226, 210), (240, 234, 220), stripe=0)
    _tiles(pen, 380, 180)
    cornice(pen, W, 24)
    window(pen, 60, 92, 210, 230, _garden)
    ceiling_spot(pen, 560, 34, reach=320, strength=70)
    _pegboard(pen, 740, 96, 330, 270)
    _drawers(pen, 1100, 130, 150, 400)
    _shelf_with_jars(pen, 330, 150, 300)
    _bench(pen)
    _bench_lamp(pen, 1010, 540)


def _tiles(pen: Pen, y: float, h: float) -> None:
    pen.rect(0, y, W, h, (244, 242, 236))
    for x in range(0, W, 40):
        pen.rect(x, y, 2, h, (222, 218, 210))
    for yy in range(int(y), int(y + h), 30):
        pen.rect(0, yy, W, 2, (222, 218, 210))
    pen.rect(0, y - 6, W, 6, (210, 204, 192))


def _garden(p: Pen, x, y, w, h) -> None:
    sky(p, x, y, w, h)
    p.ellipse(x + w * 0.2, y + h + 20, 120, 110, (120, 160, 104))
    p.ellipse(x + w * 0.8, y + h + 30, 140, 120, (100, 144, 92))
    p.rect(x, y + h * 0.75, w, h * 0.25, (130, 170, 110))
    p.ellipse(x + w * 0.7, y + h * 0.5, 40, 50, (92, 136, 90))
    p.rect(x + w * 0.7 - 4, y + h * 0.55, 8, 60, (110, 84, 60))


def _pegboard(pen: Pen, x, y, w, h) -> None:
    pen.soft_shadow([(x + 6, y + 8), (x + w + 8, y + 8), (x + w + 8, y + h + 8), (x + 6, y + h + 8)],
                    alpha=50, blur=8)
    pen.rect(x, y, w, h, (206, 176, 134), radius=4)
    pen.frame(x, y, w, h, pal.WOOD, 6, radius=4)
    for gx in range(int(x) + 18, int(x + w) - 10, 22):
        for gy in range(int(y) + 18, int(y + h) - 10, 22):
            pen.circle(gx, gy, 2, (176, 146, 108))
    tools = ["tang", "vijl", "hamer", "zaagbeugel", "pincet", "schroevendraaier", "ringstok", "vijl"]
    for i, kind in enumerate(tools):
        tx = x + 30 + i * (w - 60) / (len(tools) - 1)
        pen.stroke([(tx - 5, y + 30), (tx + 5, y + 30)], 3, pal.SILVER_DARK)    # the hook
        pen.fine(tx - h * 0.2, y + 30, h * 0.4, h * 0.66,
                 partial(paint_tool, kind=kind, x=tx, y=y + 36 + h * 0.38, size=h * 0.62))


def _drawers(pen: Pen, x, y, w, h) -> None:
    pen.soft_shadow([(x + 6, y + 8), (x + w + 8, y + 8), (x + w + 8, y + h + 8), (x + 6, y + h + 8)],
                    alpha=60, blur=8)
    pen.rect(x, y, w, h, pal.WOOD, radius=4)
    cols, rows = 3, 9
    dw = (w - 16) / cols
    dh = (h - 16) / rows
    for r in range(rows):
        for c in range(cols):
            dx, dy = x + 8 + c * dw, y + 8 + r * dh
            pen.rect(dx + 2, dy + 2, dw - 4, dh - 4, lighter(pal.WOOD, 0.08), radius=2)
            pen.rect(dx + dw / 2 - 7, dy + dh / 2 - 2, 14, 5, pal.BRASS, radius=2)
            pen.rect(dx + 6, dy + 6, dw - 12, 5, (240, 232, 214))                # a paper label


def _shelf_with_jars(pen: Pen, x, y, w) -> None:
    pen.rect(x, y, w, 10, pal.WOOD)
    pen.rect(x, y + 10, w, 4, darker(pal.WOOD, 0.3))
    for i, colour in enumerate(((200, 220, 226), (230, 214, 170), (200, 220, 226), (214, 196, 170))):
        jx = x + 30 + i * 70
        pen.rect(jx, y - 46, 40, 46, colour, radius=6)
        pen.rect(jx + 4, y - 54, 32, 10, pal.WOOD_DARK, radius=2)
        pen.rect(jx + 8, y - 32, 24, 14, (250, 248, 240), radius=2)


def _bench(pen: Pen) -> None:
    """The jeweller's bench along the bottom: top, cut-out with leather skin, drawers."""
    top_y = 540
    pen.rect(0, top_y, W, H - top_y, pal.WOOD)
    pen.vgrad(0, top_y, W, 36, pal.WOOD_LIGHT, pal.WOOD_MID, steps=8)
    pen.rect(0, top_y + 36, W, 6, pal.WOOD_EDGE)
    # the round cut-out where the jeweller sits, with the leather catch-skin
    cx = 640

    def cutout(p: Pen) -> None:
        p.poly(bezier((cx - 150, top_y + 36), (cx - 150, top_y + 150), (cx + 150, top_y + 150),
                      (cx + 150, top_y + 36), n=24), darker(pal.WOOD_DARK, 0.3))
        p.poly(bezier((cx - 140, top_y + 50), (cx - 120, top_y + 170), (cx + 120, top_y + 170),
                      (cx + 140, top_y + 50), n=24), pal.LEATHER)
        p.rect(cx - 14, top_y - 6, 28, 20, pal.WOOD_LIGHT, radius=3)         # the bench pin
        p.poly([(cx - 6, top_y - 6), (cx + 6, top_y - 6), (cx, top_y + 8)], pal.WOOD_MID)

    pen.fine(cx - 152, top_y - 8, 304, 180, cutout)
    for dx in (140, 1040):
        pen.rect(dx, top_y + 60, 120, 50, darker(pal.WOOD, 0.08), radius=4)
        pen.rect(dx + 44, top_y + 82, 32, 6, pal.BRASS, radius=3)

    def on_bench(p: Pen) -> None:
        paint_tool(p, "loep", 900, top_y + 14, 54, angle=70)

    pen.fine(860, top_y - 20, 80, 70, on_bench)
    pen.fine(300, top_y - 10, 100, 60, lambda p: paint_tool(p, "pincet", 350, top_y + 16, 90, angle=80))
    pen.fine(428, top_y - 10, 44, 44, lambda p: paint_item(p, "ring", 430, top_y - 8, 40))


def _bench_lamp(pen: Pen, x, y) -> None:
    pen.glow(880, 520, 220, 90, pal.WARM_LIGHT, 150)
    pen.fine(x - 180, y - 190, 224, 206, lambda p: _lamp_shape(p, x, y))


def _lamp_shape(pen: Pen, x, y) -> None:
    arm = pal.SILVER_DARK
    pen.ellipse(x, y + 4, 40, 10, darker(arm, 0.3))
    pen.stroke([(x, y), (x - 30, y - 170)], 8, arm)
    pen.stroke([(x - 30, y - 170), (x - 120, y - 150)], 8, arm)
    pen.circle(x - 30, y - 170, 8, darker(arm, 0.2))
    head = [(x - 150, y - 176), (x - 104, y - 160), (x - 118, y - 120), (x - 176, y - 134)]
    pen.poly(head, (70, 86, 96))
    pen.ellipse(x - 148, y - 128, 30, 8, (255, 246, 210))


# -- kantoor ---------------------------------------------------------------------------------

def _kantoor(pen: Pen) -> None:
    wall(pen, 0, 0, W, 560, (232, 222, 204), (242, 234, 218))
    cornice(pen, W, 24)
    ceiling_spot(pen, 560, 34, reach=300, strength=70)
    _binders(pen, 40, 110, 270, 380)
    window(pen, 780, 86, 380, 300, _canal)
    _curtain(pen, 740, 70, 60, 360)
    _curtain(pen, 1140, 70, 60, 360)
    plant(pen, 1160, 406, 90)
    _desk(pen)


def _binders(pen: Pen, x, y, w, h) -> None:
    pen.soft_shadow([(x + 6, y + 8), (x + w + 8, y + 8), (x + w + 8, y + h + 8), (x + 6, y + h + 8)],
                    alpha=60, blur=8)
    pen.rect(x, y, w, h, pal.WOOD, radius=3)
    shelves = 3
    sh = (h - 20) / shelves
    colours = [(46, 84, 140), (150, 44, 54), (60, 120, 90), (220, 170, 60), (46, 84, 140), (110, 80, 140),
               (150, 44, 54), (70, 70, 80)]
    for s in range(shelves):
        sy = y + 10 + s * sh
        pen.rect(x + 10, sy, w - 20, sh - 10, darker(pal.WOOD, 0.35))
        count = 7 - s
        bw = (w - 40) / 8
        for i in range(count):
            c = colours[(i + s * 3) % len(colours)]
            bx = x + 16 + i * (bw + 2)
            pen.rect(bx, sy + 12, bw, sh - 22, c, radius=2)
            pen.rect(bx + 4, sy + 26, bw - 8, 26, (246, 242, 232), radius=2)
            pen.circle(bx + bw / 2, sy + sh - 34, 5, darker(c, 0.3))
        if s == 2:
            pen.rect(x + w - 86, sy + sh - 50, 66, 40, pal.CREAM_DARK, radius=3)   # archive box
            pen.rect(x + w - 70, sy + sh - 40, 34, 12, (246, 242, 232), radius=2)
        pen.rect(x + 6, sy + sh - 10, w - 12, 10, pal.WOOD)


def _canal(p: Pen, x, y, w, h) -> None:
    sky(p, x, y, w, h)
    colours = [(176, 98, 74), (196, 160, 110), (150, 84, 70), (120, 120, 126), (184, 122, 86)]
    hw = w / 4.2
    for i, c in enumerate(colours):
        hx = x - 20 + i * hw
        top = y + h * (0.28 + 0.06 * (i % 2))
        base = y + h
        # a narrow canal house with a gable
        p.poly([(hx, base), (hx, top + 30), (hx + hw * 0.2, top + 30), (hx + hw * 0.2, top + 10),
                (hx + hw * 0.5, top - 18), (hx + hw * 0.8, top + 10), (hx + hw * 0.8, top + 30),
                (hx + hw, top + 30), (hx + hw, base)], c)
        for r in range(3):
            for k in range(2):
                wx = hx + hw * (0.18 + 0.4 * k)
                wy = top + 44 + r * 48
                p.rect(wx, wy, hw * 0.24, 30, (238, 240, 236), radius=2)
                p.rect(wx + 3, wy + 3, hw * 0.24 - 6, 24, (120, 150, 170), radius=1)
    p.rect(x, y + h * 0.9, w, h * 0.1, (104, 132, 140))                   # a glimpse of the canal


def _curtain(pen: Pen, x, y, w, h) -> None:
    c = (214, 190, 150)
    pen.rect(x, y, w, h, c, radius=6)
    for k in range(3):
        pen.rect(x + 8 + k * 18, y, 6, h, darker(c, 0.1))
    pen.rect(x - 10, y - 8, w + 20, 8, pal.WOOD_DARK, radius=3)


def _desk(pen: Pen) -> None:
    top_y = 536
    pen.rect(0, top_y, W, H - top_y, pal.WOOD_MID)
    pen.vgrad(0, top_y, W, 30, pal.WOOD_LIGHT, pal.WOOD_MID, steps=8)
    pen.rect(0, top_y + 30, W, 6, pal.WOOD_EDGE)
    for dx in (100, 1000):
        pen.rect(dx, top_y + 60, 180, 60, darker(pal.WOOD_MID, 0.08), radius=4)
        pen.rect(dx + 74, top_y + 86, 32, 6, pal.BRASS, radius=3)
    # the laptop, open, with a simple sales chart on screen
    lx, ly = 820, 404
    pen.soft_shadow([(lx - 10, top_y + 6), (lx + 250, top_y + 6), (lx + 250, top_y + 22), (lx - 10, top_y + 22)],
                    alpha=80, blur=6)
    pen.rect(lx, ly, 240, 140, (50, 54, 62), radius=8)
    pen.rect(lx + 10, ly + 10, 220, 120, (236, 242, 246), radius=3)
    for i, hgt in enumerate((40, 62, 54, 80, 96)):
        pen.rect(lx + 36 + i * 36, ly + 118 - hgt, 22, hgt, (86, 130, 176) if i < 4 else (214, 150, 60))
    pen.rect(lx + 24, ly + 118, 190, 2, (150, 160, 170))

    def keyboard(p: Pen) -> None:
        p.poly([(lx - 20, ly + 154), (lx + 260, ly + 154), (lx + 240, ly + 140), (lx, ly + 140)], (186, 190, 198))
        p.rect(lx - 20, ly + 154, 280, 4, (140, 146, 156), radius=2)

    pen.fine(lx - 22, ly + 136, 284, 24, keyboard)

    def mug_and_papers(p: Pen) -> None:
        p.rect(700, top_y - 50, 40, 50, (246, 242, 232), radius=6)
        p.ring(742, top_y - 28, 12, 14, (246, 242, 232), 5)

    pen.fine(696, top_y - 54, 64, 56, mug_and_papers)

    def papers(p: Pen) -> None:
        p.poly([(160, top_y + 12), (330, top_y + 4), (340, top_y + 24), (170, top_y + 30)], (250, 250, 246))
        p.poly([(170, top_y + 8), (336, top_y - 2), (344, top_y + 18), (178, top_y + 26)], (244, 244, 238))

    pen.fine(156, top_y - 4, 192, 38, papers)
