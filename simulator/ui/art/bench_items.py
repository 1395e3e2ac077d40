"""Items on the workbench drawn from above, in the states the work puts them in, and the tray's tools.

An item (a watch's back, a link bracelet, a ring on a hand) is designed in a 600×600 box. Its drawing
follows the zone states of a workbench step (kastdeksel open, batterij eruit, pakking gescheurd…), and
`zone_shapes` says where each zone lies, so the scene can tell on which zone a tool was dropped. A tool
or part is designed in a 100×100 box. Items and tools a teacher describes in words (`tekening:`, a ring with
four prongs, a loose stone, a watch; a tool's shape and colour) are drawn by described.py from the same
primitives. Unknown items and tools get a plain stand-in, never an error.
"""

from __future__ import annotations

import math

import pygame

from typing import Mapping, Optional

from . import described
from . import palette as pal
from .palette import darker, hex_color, lighter, mix
from .pen import Pen, ellipse_points, render
from .tools import paint_tool

SIZE = 600
TOOL = 100

Shape = tuple
"""('circle', cx, cy, r), ('ring', cx, cy, r_inner, r_outer) or ('rect', x, y, w, h), in design units."""

STEEL = (178, 184, 192)
STEEL_DARK = (118, 124, 134)
STEEL_LIGHT = (226, 230, 236)
RUBBER = (34, 32, 34)
BRASS = pal.BRASS
SKIN = (222, 178, 140)
SKIN_DARK = (190, 142, 104)


def draw_bench_item(surface: pygame.Surface, rect, voorwerp: str, states: dict,
                    tekening: Optional[Mapping] = None) -> pygame.Rect:
    """Draw the item as large as fits in rect; returns the pixel area of its 600×600 design box.
    With `tekening` (a drawing described by parameters) that description is drawn, whatever the id."""
    painter = _described(tekening) or _ITEMS.get(voorwerp, _unknown)
    return render(surface, rect, SIZE, SIZE, lambda pen, w, h: painter(pen, states))


def _described(tekening: Optional[Mapping]):
    if not isinstance(tekening, Mapping):
        return None
    t: Mapping = tekening
    kind = t.get("soort")
    if kind == "ring":
        return lambda pen, s: described.paint_ring(pen, t, s)
    if kind == "steen":
        return lambda pen, s: described.paint_stone(pen, t, s)
    if kind == "horlogeband":
        return lambda pen, s: described.paint_strap_watch(pen, t, s)
    if kind == "horloge":
        strap = hex_color(t.get("kleur"), (120, 78, 48))
        return lambda pen, s: _watch(pen, s, screw=t.get("deksel") == "schroef", strap=strap)
    return None


def zone_shapes(voorwerp: str, states: dict, tekening: Optional[Mapping] = None) -> dict[str, Shape]:
    """Where each zone lies now (design units), in the order a drop should test them: small ones first."""
    kind = tekening.get("soort") if isinstance(tekening, Mapping) else None
    if kind == "ring" and tekening is not None:
        return described.ring_zones(tekening, states)
    if kind == "steen" and tekening is not None:
        return described.stone_zones(tekening, states)
    if kind == "horlogeband" and tekening is not None:
        return described.strap_zones(tekening, states)
    if kind == "horloge":
        return _watch_zones(states)
    if voorwerp.startswith("horloge-") and voorwerp != "horloge-band":
        return _watch_zones(states)
    if voorwerp == "horlogeband-schakels":
        return _band_zones(states)
    if voorwerp == "ring":
        return _ring_zones()
    if voorwerp == "collier":
        return {"sluiting": ("circle", 300, 110, 50), "kralen": ("rect", 120, 150, 360, 330),
                "draad": ("rect", 60, 60, 480, 480)}
    return {}


def hit(shape: Shape, x: float, y: float) -> bool:
    kind = shape[0]
    if kind == "circle":
        return math.hypot(x - shape[1], y - shape[2]) <= shape[3]
    if kind == "ring":
        d = math.hypot(x - shape[1], y - shape[2])
        return shape[3] <= d <= shape[4]
    _, rx, ry, rw, rh = shape
    return rx <= x <= rx + rw and ry <= y <= ry + rh


def centre(shape: Shape) -> tuple[float, float]:
    """Where a label or the loupe goes for a zone: the middle of a circle or box, the top of a ring."""
    kind = shape[0]
    if kind == "circle":
        return shape[1], shape[2]
    if kind == "ring":
        return shape[1], shape[2] - (shape[3] + shape[4]) / 2
    return shape[1] + shape[3] / 2, shape[2] + shape[4] / 2


# -- watches, seen from the back -----------------------------------------------------------------

def _watch_zones(s: dict) -> dict[str, Shape]:
    open_ = s.get("kastdeksel") == "open"
    zones = {
        "secondewijzer": ("circle", 505, 505, 48),
        "glas": ("ring", 505, 505, 48, 84),
        "kroon": ("rect", 478, 266, 92 if s.get("kroon") == "uitgetrokken" else 60, 68),
    }
    if open_:
        zones.update({
            "batterij": ("circle", 240, 300, 54),
            "batterijvak": ("circle", 240, 300, 54),
            "kastdeksel": ("circle", 96, 96, 84),
            "pakking": ("ring", 300, 300, 142, 166),
            "uurwerk": ("circle", 300, 300, 142),
        })
    else:
        # the lip drawn at the 6 (a snap-on back) is a spot of its own, a little larger than drawn to be easy to hit
        zones.update({"lipje": ("rect", 270, 422, 60, 42), "kastdeksel": ("circle", 300, 300, 150),
                      "batterij": ("circle", 300, 300, 150), "pakking": ("ring", 300, 300, 140, 150),
                      "uurwerk": ("circle", 300, 300, 150)})
    zones["kast"] = ("ring", 300, 300, 150, 196)
    return zones


def _watch(pen: Pen, s: dict, screw: bool, strap=None) -> None:
    strap = strap or ((120, 78, 48) if not screw else STEEL_DARK)
    for y in (14, 470):
        pen.rect(232, y, 136, 116, strap, radius=18)
        if screw:
            for k in range(4):
                pen.rect(236, y + 8 + k * 28, 128, 22, STEEL if k % 2 else STEEL_LIGHT, radius=4)
    # the case, its lugs and the crown
    pen.soft_shadow(ellipse_points(306, 310, 196, 196, n=40), alpha=70, blur=10)
    for y in (96, 442):
        pen.rect(222, y, 156, 62, STEEL_DARK, radius=14)
    out = s.get("kroon") == "uitgetrokken"
    cx = 520 if out else 492
    if out:
        pen.rect(478, 292, 44, 16, STEEL_DARK)
    pen.rect(cx - 14, 270, 40, 60, STEEL_DARK, radius=8)
    for k in range(5):
        pen.rect(cx - 10 + k * 7, 274, 3, 52, STEEL_LIGHT)
    pen.circle(300, 300, 196, STEEL_DARK)
    pen.circle(300, 300, 188, STEEL)
    pen.circle(300, 300, 170, lighter(STEEL, 0.2))
    if s.get("kast") == "bekrast":
        _scratches(pen, [(150, 150, 190, 118), (420, 430, 455, 395), (120, 380, 140, 420)])
    back = s.get("kastdeksel", "dicht")
    if back == "open":
        _open_watch(pen, s)
        _back_aside(pen, screw)
    else:
        _closed_back(pen, screw, back == "bekrast")
    _dial(pen, s)


def _closed_back(pen: Pen, screw: bool, scratched: bool) -> None:
    pen.circle(300, 300, 150, STEEL_DARK)
    pen.circle(300, 300, 146, STEEL_LIGHT)
    pen.ring(300, 300, 112, 112, STEEL, 3)
    pen.ring(300, 300, 60, 60, STEEL, 2)
    for k in range(8):   # engraved lines where the text would be
        a = math.radians(200 + k * 18)
        pen.stroke([(300 + 86 * math.cos(a), 300 + 86 * math.sin(a)),
                    (300 + 100 * math.cos(a), 300 + 100 * math.sin(a))], 4, STEEL)
    if screw:
        for k in range(6):   # the six grooves a case wrench grips
            a = math.radians(k * 60 + 30)
            x, y = 300 + 132 * math.cos(a), 300 + 132 * math.sin(a)
            pen.circle(x, y, 11, STEEL_DARK)
            pen.circle(x, y, 7, darker(STEEL_DARK, 0.3))
    else:
        pen.rect(288, 440, 24, 10, darker(STEEL_DARK, 0.3), radius=3)   # the lip for the case knife
    if scratched:
        _scratches(pen, [(230, 230, 330, 200), (250, 360, 360, 330), (340, 250, 390, 300)])


def _open_watch(pen: Pen, s: dict) -> None:
    gasket = s.get("pakking", "onbekend")
    pen.circle(300, 300, 166, RUBBER)
    if gasket == "ingevet":
        pen.ring(300, 300, 160, 160, (120, 120, 130), 5)
    elif gasket == "nieuw":
        pen.ring(300, 300, 162, 162, (70, 70, 76), 3)
    pen.circle(300, 300, 146, pal.GOLD_DARK)
    if gasket == "gescheurd":
        pen.poly([(300, 134), (312, 146), (300, 158), (290, 146)], lighter(STEEL, 0.3))
        pen.stroke([(300, 130), (308, 140), (296, 150), (304, 162)], 3, (200, 60, 50))
    # the movement: a brass plate with wheels and screws
    pen.circle(300, 300, 140, BRASS)
    pen.circle(300, 300, 132, lighter(BRASS, 0.15))
    for cx, cy, r in ((360, 240, 40), (380, 340, 30), (320, 390, 22)):
        pen.circle(cx, cy, r, darker(BRASS, 0.15))
        pen.circle(cx, cy, r - 6, lighter(BRASS, 0.25))
        for k in range(10):
            a = math.radians(k * 36)
            pen.stroke([(cx + (r - 6) * math.cos(a), cy + (r - 6) * math.sin(a)),
                        (cx + r * math.cos(a), cy + r * math.sin(a))], 3, darker(BRASS, 0.3))
        pen.circle(cx, cy, 5, pal.RUBY)
    for x, y in ((200, 200), (400, 420), (210, 400)):
        pen.circle(x, y, 9, STEEL_DARK)
        pen.stroke([(x - 6, y), (x + 6, y)], 3, STEEL_LIGHT)
    # the battery well with its clamp
    pen.circle(240, 300, 56, darker(BRASS, 0.35))
    cell = s.get("batterij", "oud")
    if cell == "eruit":
        pen.circle(240, 300, 46, darker(BRASS, 0.5))
        _cell(pen, 110, 520, 42, "oud")   # the old cell lies on the mat
    else:
        _cell(pen, 240, 300, 48, cell)
    pen.rect(196, 292, 88, 14, STEEL_DARK, radius=6)   # the clamp
    pen.rect(200, 295, 80, 6, STEEL_LIGHT, radius=3)


def _cell(pen: Pen, x: float, y: float, r: float, state: str) -> None:
    body = {"nieuw": STEEL_LIGHT, "ag4": (196, 200, 170), "kortgesloten": (90, 92, 96)}.get(state, STEEL)
    pen.circle(x + 3, y + 4, r, (60, 60, 64))
    pen.circle(x, y, r, darker(body, 0.25))
    pen.circle(x, y, r * 0.86, body)
    if state == "nieuw":
        pen.ellipse(x - r * 0.3, y - r * 0.35, r * 0.35, r * 0.2, (255, 255, 255))
    if state == "ag4":
        pen.ring(x, y, r * 0.62, r * 0.62, (150, 140, 60), 5)
    if state == "kortgesloten":
        _spark(pen, x + r * 0.5, y - r * 0.5, r * 0.6)
    pen.stroke([(x - r * 0.25, y), (x + r * 0.25, y)], 4, darker(body, 0.5))   # the + sign
    pen.stroke([(x, y - r * 0.25), (x, y + r * 0.25)], 4, darker(body, 0.5))


def _back_aside(pen: Pen, screw: bool) -> None:
    """The back lies beside the watch, inside up."""
    pen.soft_shadow(ellipse_points(100, 102, 84, 84, n=32), alpha=60, blur=6)
    pen.circle(96, 96, 84, STEEL_DARK)
    pen.circle(96, 96, 78, STEEL_LIGHT)
    pen.ring(96, 96, 64, 64, STEEL, 4)
    if screw:
        for k in range(6):
            a = math.radians(k * 60 + 30)
            pen.circle(96 + 72 * math.cos(a), 96 + 72 * math.sin(a), 7, STEEL_DARK)


def _dial(pen: Pen, s: dict) -> None:
    """A small inset of the watch's front, for the glass and the second hand."""
    pen.circle(505, 505, 86, STEEL_DARK)
    pen.circle(505, 505, 80, (250, 248, 240))
    for k in range(12):
        a = math.radians(k * 30)
        pen.stroke([(505 + 62 * math.cos(a), 505 + 62 * math.sin(a)),
                    (505 + 72 * math.cos(a), 505 + 72 * math.sin(a))], 4 if k % 3 == 0 else 2, pal.INK)
    pen.stroke([(505, 505), (505, 456)], 6, pal.INK)
    pen.stroke([(505, 505), (540, 505)], 6, pal.INK)
    running = s.get("secondewijzer") == "loopt"
    a = math.radians(-60 if running else -90)
    pen.stroke([(505, 505), (505 + 66 * math.cos(a), 505 + 66 * math.sin(a))], 2.5, (190, 40, 40))
    if running:
        for k in (1, 2):
            b = math.radians(-60 - k * 12)
            pen.stroke([(505 + 72 * math.cos(b), 505 + 72 * math.sin(b)),
                        (505 + 78 * math.cos(b), 505 + 78 * math.sin(b))], 3, (190, 40, 40))
    pen.circle(505, 505, 6, pal.INK)
    if s.get("glas") == "bekeken":
        pen.translucent(440, 440, 130, 130, 110, lambda p: p.ellipse(535, 540, 34, 20, (200, 210, 220)))
    pen.ellipse(478, 468, 22, 10, (255, 255, 255))


def _scratches(pen: Pen, lines) -> None:
    for x0, y0, x1, y1 in lines:
        pen.stroke([(x0, y0), (x1, y1)], 3, (92, 96, 104))
        pen.stroke([(x0 + 4, y0 + 3), (x1 + 4, y1 + 3)], 1.5, (250, 250, 252))


def _spark(pen: Pen, x: float, y: float, r: float) -> None:
    pts = []
    for k in range(16):
        a = math.radians(k * 22.5)
        d = r if k % 2 == 0 else r * 0.4
        pts.append((x + d * math.cos(a), y + d * math.sin(a)))
    pen.poly(pts, (250, 200, 40))
    pen.circle(x, y, r * 0.25, (255, 250, 220))


# -- a link bracelet, laid out flat ----------------------------------------------------------------

_LINKS = 5
_LINK_W = 34


def _removed(state: str) -> int:
    return {"2-eruit": 2, "4-eruit": 4}.get(state, 0)


def _band_zones(s: dict) -> dict[str, Shape]:
    left = _LINKS - _removed(s.get("schakels-12", "heel"))
    right = _LINKS - _removed(s.get("schakels-6", "heel"))
    return {
        "stift": ("rect", 240, 410, 120, 60),
        "sluiting": ("rect", 18, 250, 60, 100),
        "kast": ("circle", 300, 300, 74),
        "schakels-12": ("rect", 226 - left * _LINK_W, 262, max(1, left) * _LINK_W, 76),
        "schakels-6": ("rect", 374, 262, max(1, right) * _LINK_W, 76),
        "pols": ("rect", 40, 500, 520, 80),
        "band": ("rect", 20, 240, 560, 120),
    }


def _band(pen: Pen, s: dict) -> None:
    if s.get("band") in ("in-blok", "ingekort"):
        pen.soft_shadow([(24, 236), (580, 236), (580, 372), (24, 372)], alpha=60, blur=8)
        pen.rect(20, 232, 560, 136, (52, 70, 110), radius=12)   # the blue bracelet block
        for x in range(44, 570, 34):
            pen.rect(x, 236, 6, 128, (40, 56, 90))
    left = _LINKS - _removed(s.get("schakels-12", "heel"))
    right = _LINKS - _removed(s.get("schakels-6", "heel"))
    for side, count, state in ((-1, left, s.get("schakels-12", "heel")), (1, right, s.get("schakels-6", "heel"))):
        for k in range(count):
            x = 226 - (k + 1) * _LINK_W if side < 0 else 374 + k * _LINK_W
            pen.rect(x, 266, _LINK_W - 3, 68, STEEL, radius=5)
            pen.rect(x + 3, 270, _LINK_W - 9, 10, STEEL_LIGHT, radius=3)
            pen.poly([(x + 10, 306), (x + 22, 300), (x + 22, 312)] if side > 0 else
                     [(x + 22, 306), (x + 10, 300), (x + 10, 312)], STEEL_DARK)   # the arrow for the pin
        end = 226 - count * _LINK_W if side < 0 else 374 + count * _LINK_W
        clasp = end - 54 if side < 0 else end
        pen.rect(clasp, 262, 54, 76, STEEL_DARK, radius=8)
        pen.rect(clasp + 6, 270, 42, 60, STEEL, radius=6)
        if state == "klem":
            x = 226 - _LINK_W if side < 0 else 374
            pen.stroke([(x + 14, 262), (x + 20, 226), (x + 32, 214)], 5, (190, 60, 50))   # the bent pin
    loose = _removed(s.get("schakels-12", "heel")) + _removed(s.get("schakels-6", "heel"))
    for k in range(loose):   # the links that came out, lying on the mat
        pen.rect(120 + k * 44, 520, _LINK_W - 3, 60, STEEL, radius=5)
    pin = s.get("stift", "vast")
    if pin in ("los", "verkeerd-om"):
        for k in range(2 if pin == "los" else 1):
            pen.stroke([(262 + k * 40, 440), (300 + k * 40, 440)], 5, STEEL_DARK)
    if pin == "verkeerd-om":
        pen.stroke([(374, 300), (374, 240)], 5, (190, 60, 50))   # a pin sticking out of the band
    # the watch head in the middle
    pen.soft_shadow(ellipse_points(304, 306, 76, 76, n=32), alpha=60, blur=6)
    pen.circle(300, 300, 76, STEEL_DARK)
    pen.circle(300, 300, 68, (250, 248, 240))
    pen.stroke([(300, 300), (300, 256)], 6, pal.INK)
    pen.stroke([(300, 300), (334, 300)], 6, pal.INK)
    pen.circle(300, 300, 6, pal.INK)


# -- a hand with a ring sizer, and the customer's old ring ----------------------------------------

def _ring_zones() -> dict[str, Shape]:
    return {
        "binnenkant": ("circle", 130, 470, 44),
        "ring": ("circle", 130, 470, 92),
        "knokkel": ("rect", 240, 250, 120, 70),
        "vinger": ("rect", 250, 60, 100, 420),
    }


def _ring(pen: Pen, s: dict) -> None:
    # the hand comes in from below; one finger points up
    pen.soft_shadow([(200, 600), (400, 600), (380, 420), (360, 60), (240, 60), (220, 420)], alpha=50, blur=10)
    pen.rect(170, 430, 260, 170, SKIN, radius=60)
    pen.rect(252, 70, 96, 420, SKIN, radius=48)
    pen.ellipse(300, 292, 52, 14, SKIN_DARK)   # the knuckle's crease
    pen.ellipse(300, 110, 30, 22, lighter(SKIN, 0.3))   # the nail
    finger = s.get("vinger", "ongemeten")
    if finger == "onnauwkeurig":
        pen.rect(246, 380, 108, 22, (232, 214, 90), radius=6)   # a tape measure around the finger
        for x in range(252, 350, 10):
            pen.stroke([(x, 382), (x, 392)], 2, pal.INK)
    elif finger.startswith("maat"):
        pen.rect(244, 384, 112, 26, STEEL_DARK, radius=12)   # a sizing ring at the base of the finger
        pen.rect(248, 388, 104, 18, STEEL_LIGHT, radius=9)
    if s.get("knokkel") == "past":
        pen.ring(300, 292, 58, 18, STEEL_DARK, 5)
    # the old ring on the mat, or on the ring mandrel once measured
    if s.get("ring", "ongemeten").startswith("maat"):
        pen.poly([(40, 480), (230, 448), (230, 492)], STEEL)
        pen.rect(230, 452, 30, 36, pal.WOOD, radius=6)
    pen.circle(130, 470, 62, pal.GOLD_DARK)
    pen.circle(130, 470, 52, pal.GOLD)
    pen.circle(130, 470, 40, mix(pal.GOLD_LIGHT, (255, 255, 255), 0.2))
    pen.circle(130, 470, 34, (120, 72, 44))
    pen.ring(130, 470, 38, 38, pal.GOLD_DARK, 2)


def _collier(pen: Pen, s: dict) -> None:
    pts = ellipse_points(300, 300, 220, 200, 200, 520, n=24)
    for k, (x, y) in enumerate(pts):
        pen.circle(x, y, 14, pal.PEARL if k % 2 else lighter(pal.PEARL, 0.3))
    pen.rect(280, 90, 40, 40, pal.GOLD_DARK, radius=8)


def _unknown(pen: Pen, s: dict) -> None:
    pen.rect(150, 150, 300, 300, pal.VELVET_BLUE, radius=30)
    pen.rect(180, 180, 240, 240, pal.VELVET_BLUE_LIGHT, radius=24)


_ITEMS = {
    "horloge-drukdeksel": lambda pen, s: _watch(pen, s, screw=False),
    "horloge-schroefdeksel": lambda pen, s: _watch(pen, s, screw=True),
    "horlogeband-schakels": _band,
    "ring": _ring,
    "collier": _collier,
}


# -- the tray -------------------------------------------------------------------------------------

def draw_tool_icon(surface: pygame.Surface, rect, tool: str, tekening: Optional[Mapping] = None) -> pygame.Rect:
    """A tool or part from the tray, as large as fits in rect; with `tekening` ({vorm, kleur}) as described."""
    return render(surface, rect, TOOL, TOOL, lambda pen, w, h: _paint_tool(pen, tool, tekening))


def _paint_tool(p: Pen, tool: str, tekening: Optional[Mapping] = None) -> None:
    if isinstance(tekening, Mapping):
        colour = hex_color(tekening["kleur"], (0, 0, 0)) if isinstance(tekening.get("kleur"), str) else None
        if described.paint_tool_shape(p, str(tekening.get("vorm", "")), colour):
            return
    if tool.startswith("batterij-"):
        code = tool.split("-", 1)[1]
        r = 40 if code.startswith("cr") else 26
        _cell(p, 50, 50, r, "ag4" if code == "ag4" else "nieuw")
        return
    if tool in _KINDS:
        paint_tool(p, _KINDS[tool], 50, 50, 92, angle=35)
        return
    painter = _PAINTERS.get(tool)
    if painter is None:
        p.rect(14, 24, 72, 52, (210, 200, 186), radius=10)
        p.rect(20, 30, 60, 40, (238, 230, 218), radius=8)
        return
    painter(p)


_KINDS = {"loep": "loep", "schroevendraaier": "schroevendraaier", "hamertje": "hamer", "ringstok": "ringstok",
          "metalen-pincet": "pincet"}


def _plastic_tweezers(p: Pen) -> None:
    blue, pale = (60, 120, 200), (150, 190, 236)
    p.poly([(24, 86), (30, 90), (74, 16), (70, 12)], blue)
    p.poly([(30, 90), (36, 92), (78, 22), (74, 16)], pale)


def _case_knife(p: Pen) -> None:
    p.rect(16, 58, 50, 18, pal.WOOD, radius=6)
    p.poly([(64, 60), (90, 54), (92, 60), (64, 74)], STEEL)
    p.stroke([(66, 62), (88, 57)], 2, STEEL_LIGHT)


def _case_wrench(p: Pen) -> None:
    p.rect(8, 44, 84, 14, STEEL_DARK, radius=6)
    for x in (16, 50, 84):
        p.rect(x - 4, 34, 8, 12, STEEL)
        p.circle(x, 51, 5, STEEL_LIGHT)


def _friction_ball(p: Pen) -> None:
    p.circle(50, 52, 36, (190, 60, 50))
    p.ellipse(38, 38, 12, 8, (236, 130, 120))


def _case_holder(p: Pen) -> None:
    p.rect(12, 12, 76, 76, (60, 66, 76), radius=10)
    p.circle(50, 50, 26, (40, 44, 50))
    for x, y in ((24, 24), (76, 24), (24, 76), (76, 76)):
        p.circle(x, y, 6, STEEL_LIGHT)


def _blower(p: Pen) -> None:
    p.circle(40, 58, 30, (200, 80, 60))
    p.rect(66, 52, 26, 10, (60, 60, 64), radius=4)


def _case_press(p: Pen) -> None:
    p.rect(14, 80, 72, 12, STEEL_DARK, radius=4)
    p.rect(18, 14, 12, 70, STEEL_DARK)
    p.rect(18, 14, 64, 12, STEEL_DARK, radius=4)
    p.rect(60, 26, 10, 24, STEEL)
    p.rect(54, 50, 22, 10, (230, 230, 232), radius=3)
    p.rect(50, 64, 30, 14, (230, 230, 232), radius=4)


def _grease(p: Pen) -> None:
    p.rect(24, 34, 52, 50, (236, 236, 240), radius=8)
    p.rect(20, 24, 60, 16, (60, 120, 170), radius=6)
    p.rect(32, 50, 36, 18, (180, 210, 230), radius=4)


def _gasket(p: Pen) -> None:
    p.ring(50, 50, 34, 34, RUBBER, 7)


def _battery_tester(p: Pen) -> None:
    p.rect(20, 14, 60, 72, (236, 190, 60), radius=10)
    p.rect(28, 22, 44, 22, (190, 214, 190), radius=4)
    p.circle(50, 66, 10, (60, 60, 64))


def _dry_tester(p: Pen) -> None:
    p.rect(10, 50, 80, 40, (200, 204, 212), radius=8)
    p.ellipse(50, 48, 30, 22, (190, 220, 236))
    p.rect(62, 64, 20, 10, (60, 160, 90), radius=3)


def _caliper(p: Pen) -> None:
    p.rect(10, 40, 84, 12, STEEL, radius=3)
    p.poly([(14, 40), (24, 40), (24, 80), (18, 86)], STEEL_DARK)
    p.poly([(46, 40), (56, 40), (56, 80), (50, 86)], STEEL_DARK)
    for x in range(16, 92, 6):
        p.stroke([(x, 42), (x, 46)], 1, pal.INK)


def _tape(p: Pen) -> None:
    p.circle(46, 50, 30, (236, 200, 60))
    p.circle(46, 50, 14, (200, 160, 40))
    p.rect(70, 44, 26, 12, (236, 214, 90), radius=2)


def _ring_sizer(p: Pen) -> None:
    p.ring(50, 22, 12, 12, STEEL_DARK, 3)
    for k in range(6):
        p.ellipse(30 + k * 8, 58 + (k % 2) * 4, 14, 22, STEEL)
        p.ellipse(30 + k * 8, 58 + (k % 2) * 4, 9, 16, (236, 228, 212))


def _pin_pusher(p: Pen) -> None:
    p.rect(14, 44, 56, 26, (60, 110, 190), radius=6)
    p.rect(70, 52, 22, 8, STEEL, radius=2)
    p.rect(30, 20, 12, 26, STEEL_DARK, radius=3)


def _block(p: Pen) -> None:
    p.rect(10, 30, 80, 44, (52, 70, 110), radius=8)
    for x in range(18, 86, 12):
        p.rect(x, 34, 5, 36, (40, 56, 90))


def _cloth(p: Pen) -> None:
    p.poly([(16, 30), (80, 18), (88, 76), (22, 86)], (236, 214, 120))
    p.stroke([(24, 40), (78, 30)], 2, (210, 186, 90))


def _fingers(p: Pen) -> None:
    p.rect(36, 30, 28, 62, SKIN, radius=14)
    p.ellipse(50, 40, 9, 7, lighter(SKIN, 0.35))


def _water_bowl(p: Pen) -> None:
    p.ellipse(50, 60, 40, 22, (150, 160, 176))
    p.ellipse(50, 56, 34, 16, (120, 170, 220))


_PAINTERS = {
    "plastic-pincet": _plastic_tweezers, "kastmes": _case_knife, "kastsleutel": _case_wrench,
    "rubberbal": _friction_ball, "kasthouder": _case_holder, "blaasbalg": _blower, "kastpers": _case_press,
    "siliconenvet": _grease, "pakking-nieuw": _gasket, "batterijtester": _battery_tester,
    "droogtester": _dry_tester, "schuifmaat": _caliper, "meetlint": _tape, "ringmaatset": _ring_sizer,
    "stiftendrukker": _pin_pusher, "bandblok": _block, "poetsdoek": _cloth, "vingers": _fingers,
    "waterbak": _water_bowl,
}
