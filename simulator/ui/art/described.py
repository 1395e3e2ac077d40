"""Items and tools a teacher describes in words (a `tekening:` in a wereld.yaml or assets/gereedschap.yaml), drawn
from the same primitives as the rest of the workbench.

A ring: a stone held by N prongs (or a bezel) seen from above, the shank to both sides, and an inset of the inside
with its stamps. A loose stone under the loupe: from above and from the side. Both follow their zone states (a prong
bent open, worn or broken off; a stone loose or gone; a chipped girdle) and say where each zone lies, in the 600×600
design box of bench_items. Tools and parts on the tray: one of a few shapes, in the teacher's colour (100×100 box).
Anything unknown or odd falls back to a calm default: a teacher's description never stops the lesson.
"""

from __future__ import annotations

import math
from typing import Callable, Mapping, Optional

from . import palette as pal
from .palette import Color, darker, hex_color, lighter, mix
from .pen import Pen, ellipse_points

Shape = tuple

METALS: dict[str, tuple[Color, Color, Color]] = {
    "geelgoud": (pal.GOLD, pal.GOLD_LIGHT, pal.GOLD_DARK),
    "witgoud": ((214, 216, 220), (244, 246, 248), (150, 154, 162)),
    "roségoud": (pal.ROSE_GOLD, (240, 190, 170), (168, 104, 86)),
    "zilver": (pal.SILVER, pal.SILVER_LIGHT, pal.SILVER_DARK),
    "platina": ((200, 202, 206), (234, 236, 240), (128, 132, 140)),
}

GONE = ("eruit", "weg", "kwijt", "ontbreekt", "verloren")
"""States in which a stone is not in its setting."""
OPEN = ("open", "los", "opgebogen", "verbogen")
WORN = ("versleten", "dun", "sleets")
BROKEN = ("afgebroken", "gebroken", "weg", "ontbreekt")
FRESH = ("nieuw", "vernieuwd", "opgebouwd", "hersteld")
DIRTY = ("vuil", "dof", "vet")
DAMAGED = ("beschadigd", "bekrast", "chip", "gebroken", "gesplinterd")

CENTRE = (300.0, 250.0)
INSIDE = (140.0, 486.0)
"""Where the inset of the ring's inside (its stamps) is drawn."""


def _colour(value, default: Color) -> Color:
    return hex_color(value, default) if isinstance(value, str) else default


def _state(states: Mapping, zone: str) -> str:
    return str(states.get(zone) or "").strip().lower()


# -- a ring with a stone ---------------------------------------------------------------------------

def _ring_sizes(t: Mapping) -> tuple[float, float, int]:
    stone = t.get("steen") or {}
    try:
        size = float(stone.get("grootte", 6))
    except (TypeError, ValueError):
        size = 6.0
    rs = max(56.0, min(132.0, 58 + size * 7))
    try:
        prongs = int(t.get("griffen", 4))
    except (TypeError, ValueError):
        prongs = 4
    return rs, rs + 16, max(0, min(8, prongs))


def _prong_angles(n: int) -> list[float]:
    """Prong positions in degrees (0 = right, clockwise), spread evenly with none straight on top."""
    if n <= 0:
        return []
    start = 0.0 if n == 2 else 180.0 / n if n % 2 == 0 else -90.0
    return [start + k * 360.0 / n for k in range(n)]


def _prong_centre(rs: float, angle: float, state: str) -> tuple[float, float]:
    d = rs + (18 if state in OPEN else -2)
    a = math.radians(angle)
    return CENTRE[0] + d * math.cos(a), CENTRE[1] + d * math.sin(a)


def ring_zones(t: Mapping, states: Mapping) -> dict[str, Shape]:
    """Where each zone of a described ring lies: prongs first (they are small), the shank last."""
    rs, rz, prongs = _ring_sizes(t)
    cx, cy = CENTRE
    zones: dict[str, Shape] = {}
    for n, angle in enumerate(_prong_angles(prongs), 1):
        x, y = _prong_centre(rs, angle, _state(states, f"grif-{n}") or _state(states, "griffen"))
        zones[f"grif-{n}"] = ("circle", x, y, max(26.0, rs * 0.22))
    zones["steen"] = ("circle", cx, cy, rs * 0.78)
    if prongs:
        zones["griffen"] = ("ring", cx, cy, rs * 0.78, rz + 24)
    zones["zetting"] = ("ring", cx, cy, rs * 0.78, rz + 24)
    zones["binnenkant"] = ("circle", INSIDE[0], INSIDE[1], 92)
    zones["scheen"] = ("rect", 30, cy - 60, 540, 120)
    return zones


def paint_ring(pen: Pen, t: Mapping, states: Mapping) -> None:
    metal, light, dark = METALS.get(str(t.get("metaal", "geelgoud")), METALS["geelgoud"])
    rs, rz, prongs = _ring_sizes(t)
    cx, cy = CENTRE
    _shank(pen, metal, light, dark, _state(states, "scheen"))
    # the setting (chaton) under the stone, or a bezel around it
    pen.soft_shadow(ellipse_points(cx + 6, cy + 8, rz + 6, rz + 6, n=32), alpha=50, blur=10)
    pen.circle(cx, cy, rz + 6, dark)
    pen.circle(cx, cy, rz, metal)
    pen.circle(cx, cy, rz - 6, lighter(metal, 0.15))
    if _state(states, "zetting") in DIRTY:
        for k in range(14):
            a = math.radians(k * 26 + 7)
            pen.circle(cx + (rz - 4) * math.cos(a), cy + (rz - 4) * math.sin(a), 5, (96, 84, 60))
    stone = t.get("steen") or {}
    if _state(states, "steen") in GONE:
        pen.circle(cx, cy, rs * 0.92, darker(dark, 0.35))   # the empty seat
        pen.ring(cx, cy, rs * 0.92, rs * 0.92, light, 3)
    else:
        dx, dy = (10, 8) if _state(states, "steen") == "los" else (0, 0)
        paint_gem(pen, cx + dx, cy + dy, rs, str(stone.get("vorm", "rond")), _colour(stone.get("kleur"), pal.DIAMOND),
                  dirty=_state(states, "steen") in DIRTY, chipped=_state(states, "steen") in DAMAGED)
        if dx:
            for k in (0, 1):   # small lines: it moves
                pen.stroke([(cx + rs + 18 + k * 12, cy - 30), (cx + rs + 26 + k * 12, cy - 10)], 3, pal.INK)
    if prongs == 0:
        pen.ring(cx, cy, rs + 8, rs + 8, dark, 10)   # the bezel's rim over the stone's edge
        pen.ring(cx, cy, rs + 4, rs + 4, light, 3)
    for n, angle in enumerate(_prong_angles(prongs), 1):
        _prong(pen, rs, angle, _state(states, f"grif-{n}") or _state(states, "griffen"), metal, light, dark)
    _inside(pen, metal, light, dark)


def _shank(pen: Pen, metal: Color, light: Color, dark: Color, state: str) -> None:
    cx, cy = CENTRE
    half = 22 if state in WORN else 38
    top = [(40, cy - half * 0.7), (cx - 90, cy - half), (cx + 90, cy - half), (560, cy - half * 0.7)]
    bottom = [(560, cy + half * 0.7), (cx + 90, cy + half), (cx - 90, cy + half), (40, cy + half * 0.7)]
    pen.soft_shadow(top + bottom, alpha=55, blur=8)
    pen.poly(top + bottom, dark)
    inner = [(x, y + 5) for x, y in top] + [(x, y - 5) for x, y in bottom]
    pen.poly(inner, metal)
    pen.stroke([(60, cy - half * 0.4), (cx - 60, cy - half * 0.6)], 5, light)
    if state in ("gepoetst", "glanzend"):
        pen.stroke([(cx + 60, cy - half * 0.6), (540, cy - half * 0.4)], 5, (255, 255, 255))
    if state in ("gebroken", "gescheurd", "open", "doorgezaagd"):
        for x in (110,):
            pen.poly([(x - 6, cy - half), (x + 6, cy - half), (x - 2, cy + half), (x - 14, cy + half)], pal.WOOD)


def _prong(pen: Pen, rs: float, angle: float, state: str, metal: Color, light: Color, dark: Color) -> None:
    x, y = _prong_centre(rs, angle, state)
    r = max(12.0, rs * 0.19) * (0.65 if state in WORN else 1.0)
    colour = lighter(metal, 0.2) if state in FRESH else metal
    a = math.radians(angle)
    base = (CENTRE[0] + (rs + 14) * math.cos(a), CENTRE[1] + (rs + 14) * math.sin(a))
    if state in BROKEN:
        pen.circle(base[0], base[1], r * 0.7, dark)   # only the stub is left
        pen.circle(base[0], base[1], r * 0.45, darker(dark, 0.3))
        return
    pen.stroke([base, (x, y)], r * 1.3, dark)
    pen.circle(x, y, r + 3, dark)
    pen.circle(x, y, r, colour)
    pen.circle(x - r * 0.3, y - r * 0.35, r * 0.35, light)
    if state in OPEN:   # a gap between the claw and the stone
        gx, gy = CENTRE[0] + (rs + 2) * math.cos(a), CENTRE[1] + (rs + 2) * math.sin(a)
        pen.circle(gx, gy, 4, (200, 60, 50))


def _inside(pen: Pen, metal: Color, light: Color, dark: Color) -> None:
    """An inset: the ring tilted, so its inside with the stamps shows."""
    x, y = INSIDE
    pen.circle(x, y, 96, (250, 246, 236))
    pen.ring(x, y, 96, 96, (200, 188, 160), 3)
    pen.ring(x, y + 4, 70, 44, dark, 16)
    pen.ring(x, y, 70, 44, metal, 12)
    pen.ring(x, y - 2, 66, 40, light, 3)
    for k in range(3):   # the stamps (hallmark, content, maker's mark) as small raised blocks
        pen.rect(x - 34 + k * 24, y + 22, 16, 9, darker(metal, 0.35), radius=2)


# -- a gem, from above -----------------------------------------------------------------------------

def outline(vorm: str, cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    """The girdle of a stone seen from above."""
    if vorm == "vierkant":
        s = r * 0.86
        cut = s * 0.12
        return [(cx - s + cut, cy - s), (cx + s - cut, cy - s), (cx + s, cy - s + cut), (cx + s, cy + s - cut),
                (cx + s - cut, cy + s), (cx - s + cut, cy + s), (cx - s, cy + s - cut), (cx - s, cy - s + cut)]
    if vorm == "druppel":
        pts = []
        for k in range(40):
            a = math.radians(k * 9)
            # a pear: round at the bottom, pointed at the top
            rr = r * (0.78 + 0.22 * math.sin(a))
            px, py = cx + rr * math.cos(a) * 0.8, cy + rr * math.sin(a)
            if math.sin(a) < -0.3:
                px = cx + (px - cx) * (1 + math.sin(a)) / 0.7
            pts.append((px, py))
        return pts
    ry = r * 0.74 if vorm == "ovaal" else r
    return [(cx + r * math.cos(math.radians(k * 7.5)), cy + ry * math.sin(math.radians(k * 7.5))) for k in range(48)]


def paint_gem(pen: Pen, cx: float, cy: float, r: float, vorm: str, colour: Color, *, dirty: bool = False,
              chipped: bool = False, inclusion: Optional[tuple[float, float]] = None) -> None:
    """A faceted stone from above: the girdle, the crown's facets, the table, a sparkle."""
    girdle = outline(vorm, cx, cy, r)
    deep, light = darker(colour, 0.35), lighter(colour, 0.45)
    pen.poly(girdle, darker(colour, 0.2))
    pen.poly([(cx + (x - cx) * 0.94, cy + (y - cy) * 0.94) for x, y in girdle], colour)
    table = [(cx + (x - cx) * 0.55, cy + (y - cy) * 0.55) for x, y in girdle[:: max(1, len(girdle) // 8)]]
    for k, (x, y) in enumerate(girdle[:: max(1, len(girdle) // 16)]):   # the crown's facets, light and dark
        tx, ty = table[k // 2 % len(table)]
        pen.stroke([(x, y), (tx, ty)], 2, deep if k % 2 else light)
    pen.poly(table, mix(colour, (255, 255, 255), 0.18))
    pen.stroke(table + table[:1], 2.5, deep, caps=False)
    pen.poly([(cx - r * 0.3, cy - r * 0.42), (cx - r * 0.05, cy - r * 0.5), (cx - r * 0.22, cy - r * 0.2)], (255, 255, 255))
    if inclusion is not None:
        ix, iy = inclusion
        pen.ellipse(ix, iy, r * 0.07, r * 0.04, (40, 40, 44))
        pen.stroke([(ix - r * 0.08, iy + r * 0.03), (ix + r * 0.1, iy - r * 0.04)], 2, (70, 70, 76))
    if dirty:
        pen.translucent(cx - r, cy - r, 2 * r, 2 * r, 120, lambda p: p.poly(girdle, (150, 140, 118)))
    if chipped:
        x, y = girdle[len(girdle) // 8]
        pen.poly([(x, y), (x - r * 0.12, y - r * 0.02), (x - r * 0.05, y + r * 0.1)], (250, 250, 250))


# -- a loose stone under the loupe ----------------------------------------------------------------

TOP = (190.0, 250.0, 138.0)
SIDE = (458.0, 220.0, 98.0)
"""Centre and radius of the stone seen from above, and from the side (half its width)."""


def _side_points():
    """The stone from the side: its centre x, half width, and the heights of table, girdle and culet."""
    x, y, w = SIDE
    crown_top, girdle_top, girdle_bottom, culet = y - 56, y, y + 10, y + 128
    return x, w, crown_top, girdle_top, girdle_bottom, culet


def stone_zones(t: Mapping, states: Mapping) -> dict[str, Shape]:
    tx, ty, r = TOP
    x, w, crown_top, girdle_top, girdle_bottom, culet = _side_points()
    zones: dict[str, Shape] = {}
    if t.get("insluitsel", True):
        zones["insluitsel"] = ("circle", tx + r * 0.3, ty + r * 0.2, 26)
    zones["kalet"] = ("circle", x, culet, 26)
    zones["tafel"] = ("circle", tx, ty, r * 0.48)
    zones["kroon"] = ("ring", tx, ty, r * 0.48, r * 0.9)
    zones["rondist"] = ("ring", tx, ty, r * 0.9, r * 1.08)
    zones["paviljoen"] = ("rect", x - w, girdle_bottom, 2 * w, culet - girdle_bottom - 26)
    return zones


def paint_stone(pen: Pen, t: Mapping, states: Mapping) -> None:
    colour = _colour(t.get("kleur"), pal.DIAMOND)
    vorm = str(t.get("vorm", "rond"))
    tx, ty, r = TOP
    # the white stone paper it lies on
    pen.soft_shadow([(40, 70), (570, 70), (570, 440), (40, 440)], alpha=40, blur=10)
    pen.rect(36, 66, 532, 372, (252, 252, 250), radius=18)
    inclusion = (tx + r * 0.3, ty + r * 0.2) if t.get("insluitsel", True) else None
    paint_gem(pen, tx, ty, r, vorm, colour, dirty=_state(states, "tafel") in DIRTY,
              chipped=_state(states, "rondist") in DAMAGED, inclusion=inclusion)
    # the same stone from the side: crown, girdle, pavilion down to the culet
    x, w, crown_top, girdle_top, girdle_bottom, culet = _side_points()
    table_w = w * 0.55
    deep, light = darker(colour, 0.3), lighter(colour, 0.4)
    pen.poly([(x - table_w, crown_top), (x + table_w, crown_top), (x + w, girdle_top), (x - w, girdle_top)], colour)
    pen.poly([(x - table_w, crown_top), (x - table_w * 0.3, crown_top), (x - w * 0.5, girdle_top), (x - w, girdle_top)], light)
    pen.rect(x - w, girdle_top, 2 * w, girdle_bottom - girdle_top, darker(colour, 0.2))
    pen.poly([(x - w, girdle_bottom), (x + w, girdle_bottom), (x, culet)], mix(colour, deep, 0.4))
    pen.poly([(x - w, girdle_bottom), (x - w * 0.2, girdle_bottom), (x, culet)], deep)
    if _state(states, "rondist") in DAMAGED:
        pen.poly([(x + w - 18, girdle_top - 4), (x + w + 2, girdle_top - 2), (x + w - 6, girdle_bottom + 6)], (252, 252, 250))
    pen.circle(x, culet, 5, darker(deep, 0.2))
    # a scale bar, so the student sees it is small
    pen.stroke([(380, 400), (540, 400)], 3, pal.INK)
    for bx in (380, 540):
        pen.stroke([(bx, 392), (bx, 408)], 3, pal.INK)


# -- tools and parts on the tray, in the teacher's colour ---------------------------------------------

def paint_tool_shape(pen: Pen, vorm: str, colour: Optional[Color]) -> bool:
    """Draw one of the described shapes in the 100×100 box; False when the shape is not one of these."""
    painter = _SHAPES.get(vorm)
    if painter is None:
        return False
    painter(pen, colour)
    return True


STEEL = (178, 184, 192)
STEEL_DARK = (118, 124, 134)
STEEL_LIGHT = (226, 230, 236)


def _prong_pusher(p: Pen, c: Optional[Color]) -> None:
    handle = c or pal.WOOD_LIGHT
    p.ellipse(38, 38, 28, 24, handle)                       # the mushroom handle in the palm
    p.ellipse(32, 30, 12, 8, lighter(handle, 0.3))
    p.poly([(52, 50), (60, 42), (86, 70), (78, 78)], STEEL)  # the short shaft
    p.poly([(78, 78), (86, 70), (92, 76), (84, 84)], pal.BRASS)   # the flat, grooved tip


def _spring_bar_pliers(p: Pen, c: Optional[Color]) -> None:
    handle = c or (60, 110, 190)
    for side in (-1, 1):
        p.poly([(50 + side * 4, 52), (50 + side * 16, 92), (50 + side * 8, 94), (50 + side * 1, 54)], handle)
        p.poly([(50 + side * 2, 50), (50 + side * 10, 12), (50 + side * 6, 10), (50 + side * 0.5, 48)], STEEL)
        p.rect(50 + side * 10 - 3, 8, 6, 6, STEEL_DARK)     # the small forks that grip the spring bar
    p.circle(50, 52, 5, STEEL_DARK)


def _fork_tool(p: Pen, c: Optional[Color]) -> None:
    body = c or (40, 40, 44)
    p.poly([(18, 86), (26, 92), (72, 30), (64, 24)], body)   # the pen-shaped handle
    p.poly([(64, 24), (72, 30), (84, 14), (78, 10)], STEEL)
    p.stroke([(82, 12), (90, 4)], 2.5, STEEL_DARK)           # the fork
    p.stroke([(78, 10), (84, 2)], 2.5, STEEL_DARK)


def _brush(p: Pen, c: Optional[Color]) -> None:
    p.poly([(16, 84), (24, 90), (62, 46), (54, 40)], c or pal.WOOD)
    for k in range(6):
        p.stroke([(56 + k * 3, 42 - k * 3), (72 + k * 3, 26 - k * 3)], 2.5, (230, 220, 190))


def _bottle(p: Pen, c: Optional[Color]) -> None:
    p.rect(30, 36, 40, 54, c or (120, 170, 220), radius=8)
    p.rect(40, 18, 20, 20, (240, 240, 244), radius=4)
    p.rect(36, 54, 28, 18, (250, 250, 250), radius=3)


def _box(p: Pen, c: Optional[Color]) -> None:
    colour = c or pal.VELVET_BLUE
    p.rect(14, 34, 72, 46, colour, radius=8)
    p.rect(14, 26, 72, 14, lighter(colour, 0.2), radius=6)


def _cell(p: Pen, c: Optional[Color]) -> None:
    body = c or STEEL_LIGHT
    p.circle(52, 54, 30, (60, 60, 64))
    p.circle(50, 50, 30, darker(body, 0.25))
    p.circle(50, 50, 25, body)
    p.stroke([(42, 50), (58, 50)], 4, darker(body, 0.5))
    p.stroke([(50, 42), (50, 58)], 4, darker(body, 0.5))


def _strap(p: Pen, c: Optional[Color]) -> None:
    colour = c or pal.LEATHER
    p.rect(38, 6, 24, 88, colour, radius=8)
    for y in (20, 34, 48):
        p.circle(50, y, 3, darker(colour, 0.4))
    p.rect(34, 70, 32, 8, STEEL, radius=3)    # the buckle


def _stone(p: Pen, c: Optional[Color]) -> None:
    paint_gem(p, 50, 50, 34, "rond", c or pal.DIAMOND)


def _card(p: Pen, c: Optional[Color]) -> None:
    colour = c or (238, 230, 218)
    p.rect(14, 24, 72, 52, darker(colour, 0.12), radius=10)
    p.rect(20, 30, 60, 40, colour, radius=8)


def _via_tools(kind: str) -> Callable[[Pen, Optional[Color]], None]:
    def paint(p: Pen, c: Optional[Color]) -> None:
        from .tools import paint_tool
        paint_tool(p, kind, 50, 50, 92, angle=35, colour=c)
    return paint


_SHAPES: dict[str, Callable[[Pen, Optional[Color]], None]] = {
    "griffenduwer": _prong_pusher, "veerstaafjestang": _spring_bar_pliers, "vorkje": _fork_tool, "borstel": _brush,
    "flesje": _bottle, "doosje": _box, "batterij": _cell, "band": _strap, "steen": _stone, "kaart": _card,
    **{kind: _via_tools(kind) for kind in ("tang", "pincet", "schroevendraaier", "loep", "hamer", "vijl", "ringstok",
                                            "zaagbeugel")},
}


# -- a watch with its strap on spring bars ------------------------------------------------------------

def strap_zones(t: Mapping, states: Mapping) -> dict[str, Shape]:
    """Spring bars first (they are thin), then the buckle, the two strap halves, the case."""
    up = _strap_shift(_state(states, "band-12"), _state(states, "veerstaafje-12"))
    down = _strap_shift(_state(states, "band-6"), _state(states, "veerstaafje-6"))
    return {
        "veerstaafje-12": ("rect", 222, 150, 156, 44),
        "veerstaafje-6": ("rect", 222, 406, 156, 44),
        "gesp": ("rect", 230, 520 + down, 140, 60),
        "band-12": ("rect", 236, 10 - up, 128, 140),
        "band-6": ("rect", 236, 450 + down, 128, 90),
        "kast": ("circle", 300, 300, 124),
    }


def _strap_shift(band: str, bar: str) -> int:
    """How far a strap half lies away from the case: on, loose (bar out), or taken off."""
    if band in GONE or band == "eraf":
        return 90
    if bar in GONE or band == "los":
        return 34
    return 0


def paint_strap_watch(pen: Pen, t: Mapping, states: Mapping) -> None:
    leather = _colour(t.get("kleur"), pal.LEATHER)
    cx, cy = 300, 300
    for side, y_bar in ((-1, 172), (1, 428)):
        key = "12" if side < 0 else "6"
        band, bar = _state(states, f"band-{key}"), _state(states, f"veerstaafje-{key}")
        shift = _strap_shift(band, bar) * side
        colour = leather
        top, bottom = (14, 150) if side < 0 else (450, 586)
        pen.soft_shadow([(244, top + shift), (368, top + shift), (368, bottom + shift), (244, bottom + shift)], alpha=50, blur=6)
        pen.rect(238, top + shift, 124, bottom - top, colour, radius=14)
        pen.rect(248, top + 10 + shift, 104, bottom - top - 20, darker(colour, 0.12), radius=10)
        if band in FRESH:   # a new strap still shines
            pen.rect(262, top + 16 + shift, 14, bottom - top - 32, lighter(colour, 0.35), radius=7)
        for y in range(top + 18, bottom - 10, 22):   # the stitching
            pen.stroke([(246, y + shift), (246, y + 10 + shift)], 2, lighter(colour, 0.4))
            pen.stroke([(354, y + shift), (354, y + 10 + shift)], 2, lighter(colour, 0.4))
        if band in WORN:
            for y in (top + 40, top + 80):
                pen.stroke([(250, y + shift), (290, y + 6 + shift), (330, y - 4 + shift)], 2, darker(colour, 0.45))
        if side > 0:   # the buckle at the end of the 6 o'clock half
            pen.rect(232, 530 + shift, 136, 40, STEEL_DARK, radius=10)
            pen.rect(242, 538 + shift, 116, 24, darker(colour, 0.1), radius=6)
            pen.stroke([(300, 540 + shift), (300, 560 + shift)], 5, STEEL_LIGHT)
        # the spring bar between the lugs, or lying on the mat beside the watch
        if bar in GONE:
            _spring_bar(pen, 470, 150 if side < 0 else 450, bar in FRESH)
        else:
            _spring_bar(pen, cx, y_bar, bar in FRESH)
    # the lugs and the case, seen from the front
    for y in (176, 424):
        for x in (228, 372):
            pen.rect(x - 16, y - 34, 32, 68, STEEL_DARK, radius=10)
            pen.rect(x - 11, y - 28, 22, 56, STEEL, radius=8)
    pen.soft_shadow(ellipse_points(cx + 6, cy + 8, 128, 128, n=32), alpha=60, blur=8)
    pen.circle(cx, cy, 128, STEEL_DARK)
    pen.circle(cx, cy, 120, STEEL)
    pen.circle(cx, cy, 104, (250, 248, 240))
    for k in range(12):
        a = math.radians(k * 30)
        pen.stroke([(cx + 84 * math.cos(a), cy + 84 * math.sin(a)), (cx + 96 * math.cos(a), cy + 96 * math.sin(a))],
                   4 if k % 3 == 0 else 2, pal.INK)
    pen.stroke([(cx, cy), (cx, cy - 62)], 6, pal.INK)
    pen.stroke([(cx, cy), (cx + 44, cy + 16)], 6, pal.INK)
    pen.circle(cx, cy, 6, pal.INK)
    pen.rect(cx + 124, cy - 14, 22, 28, STEEL_DARK, radius=5)   # the crown
    pen.ellipse(cx - 40, cy - 56, 30, 12, (255, 255, 255))


def _spring_bar(pen: Pen, x: float, y: float, new: bool) -> None:
    body = STEEL_LIGHT if new else STEEL
    pen.rect(x - 72, y - 6, 144, 12, STEEL_DARK, radius=6)
    pen.rect(x - 68, y - 4, 136, 8, body, radius=4)
    for end in (-1, 1):   # the shoulder and the pin at each end
        pen.rect(x + end * 72 - 6, y - 4, 12, 8, darker(body, 0.2), radius=3)
