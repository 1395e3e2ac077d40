"""A jeweller's hand tools, drawn at any position, size and angle (for the tool wall and the bench).

Each tool is designed upright in a box 100 units tall centred on (0, 0); `paint_tool` rotates and
scales it into place.
"""

from __future__ import annotations

import math

from . import palette as pal
from .pen import Pen, ellipse_points

TOOL_KINDS = ("tang", "vijl", "hamer", "zaagbeugel", "pincet", "schroevendraaier", "loep", "ringstok")

STEEL = (170, 176, 184)
STEEL_DARK = (112, 118, 128)
STEEL_LIGHT = (222, 226, 232)
HANDLE = (150, 96, 56)


class _T:
    """Local tool coordinates -> design coordinates (rotate, scale, move)."""

    def __init__(self, pen: Pen, x: float, y: float, size: float, angle: float, colour=None):
        self.pen = pen
        self.colour = colour
        """The handle's colour a teacher chose (None: the tool's own)."""
        self.x, self.y = x, y
        self.k = size / 100
        a = math.radians(angle)
        self.c, self.s = math.cos(a), math.sin(a)

    def pts(self, pts):
        k, c, s = self.k, self.c, self.s
        return [(self.x + (px * c - py * s) * k, self.y + (px * s + py * c) * k) for px, py in pts]

    def poly(self, pts, colour):
        self.pen.poly(self.pts(pts), colour)

    def stroke(self, pts, width, colour):
        self.pen.stroke(self.pts(pts), width * self.k, colour)

    def ellipse(self, cx, cy, rx, ry, colour):
        self.pen.poly(self.pts(ellipse_points(cx, cy, rx, ry, 0, 360, 24)), colour)

    def rect(self, x, y, w, h, colour):
        self.poly([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], colour)


def paint_tool(pen: Pen, kind: str, x: float, y: float, size: float, angle: float = 0.0,
               shadow: bool = False, colour=None) -> None:
    """Paint a tool centred at (x, y), `size` units long, turned `angle` degrees clockwise; `colour` for its
    handle (a teacher's description), else its own colours."""
    if shadow:
        paint_tool(_ShadowPen(pen), kind, x + size * 0.04, y + size * 0.05, size, angle)
    t = _T(pen, x, y, size, angle, colour)
    _TOOLS.get(kind, _screwdriver)(t)


class _ShadowPen(Pen):
    """Paints every shape as a soft dark translucent shadow (for tools lying on the bench)."""

    def __init__(self, inner: Pen):
        super().__init__(inner.surface, inner.scale, inner.ox, inner.oy)
        self.origin = inner.origin

    def poly(self, pts, colour=None):
        if len(pts) >= 3:
            xs = [p[0] for p in pts]
            ys = [p[1] for p in pts]
            self.soft_shadow(pts, alpha=60, blur=max(2.0, (max(xs) - min(xs) + max(ys) - min(ys)) * 0.02))

    def stroke(self, pts, width, colour=None, caps=True):
        return

    def circle(self, cx, cy, r, colour=None):
        return


def _pliers(t: _T) -> None:
    for side in (-1, 1):
        t.poly([(side * 3, -8), (side * 14, 10), (side * 20, 48), (side * 12, 50), (side * 5, 12)],
               t.colour or ((182, 52, 52) if side < 0 else (56, 86, 160)))
        t.poly([(side * 2, -10), (side * 7, -8), (side * 4, -48), (side * 1, -48)], STEEL)
    t.ellipse(0, -10, 7, 7, STEEL_DARK)
    t.ellipse(0, -10, 3, 3, STEEL_LIGHT)


def _file(t: _T) -> None:
    t.rect(-5, 8, 10, 42, t.colour or HANDLE)
    t.rect(-4, 4, 8, 6, pal.BRASS)
    t.poly([(-4, 4), (4, 4), (2.5, -50), (-2.5, -50)], STEEL)
    for y in range(-44, 2, 6):
        t.stroke([(-3, y), (3, y - 3)], 1.0, STEEL_DARK)


def _hammer(t: _T) -> None:
    t.rect(-3.5, -30, 7, 80, t.colour or HANDLE)
    t.poly([(-22, -48), (18, -48), (22, -44), (22, -34), (18, -30), (-22, -30)], STEEL)
    t.rect(-22, -48, 40, 5, STEEL_LIGHT)
    t.ellipse(-22, -39, 3, 9, STEEL_DARK)


def _saw(t: _T) -> None:
    frame = STEEL_DARK
    t.stroke([(-14, 30), (-14, -46), (16, -46), (16, 30)], 4, frame)
    t.stroke([(-14, 26), (16, 26)], 1.2, STEEL_LIGHT)   # the thin blade
    t.rect(-19, 30, 10, 22, t.colour or HANDLE)


def _tweezers(t: _T) -> None:
    t.poly([(-5, 48), (-2, 48), (-0.6, -48), (-1.8, -48)], STEEL)
    t.poly([(2, 48), (5, 48), (1.8, -48), (0.6, -48)], STEEL_DARK)
    t.rect(-5, 30, 10, 3, t.colour or STEEL_LIGHT)


def _screwdriver(t: _T) -> None:
    t.rect(-5, 4, 10, 44, t.colour or (70, 110, 170))
    t.rect(-5, 4, 3, 44, pal.lighter(t.colour, 0.25) if t.colour else (110, 150, 206))
    t.rect(-1.4, -48, 2.8, 52, STEEL)


def _loupe(t: _T) -> None:
    t.rect(-4, 10, 8, 40, t.colour or (40, 40, 44))
    t.ellipse(0, -18, 28, 28, t.colour or (50, 50, 56))
    t.ellipse(0, -18, 23, 23, (214, 232, 240))
    t.ellipse(-7, -25, 8, 6, (250, 254, 255))


def _mandrel(t: _T) -> None:
    t.poly([(-2.5, -50), (2.5, -50), (7, 20), (-7, 20)], STEEL)
    for y in range(-40, 20, 8):
        w = 2.5 + (y + 50) * 0.064
        t.stroke([(-w, y), (w, y)], 0.8, STEEL_DARK)
    t.rect(-7, 20, 14, 30, t.colour or HANDLE)


_TOOLS = {
    "tang": _pliers,
    "vijl": _file,
    "hamer": _hammer,
    "zaagbeugel": _saw,
    "pincet": _tweezers,
    "schroevendraaier": _screwdriver,
    "loep": _loupe,
    "ringstok": _mandrel,
}
