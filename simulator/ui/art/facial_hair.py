"""Beards, moustaches and caps of a portrait."""

from __future__ import annotations

from .look import CHIN_Y, CX, FW, MOUTH_Y, NOSE_Y, Look
from .palette import darker, lighter, mix
from .pen import Pen, bezier, ellipse_points


def _tones(c):
    return darker(c, 0.3), c, lighter(c, 0.2)


def draw_beard(pen: Pen, look: Look) -> None:
    """The beard around the jaw (the moustache is drawn after the mouth, see draw_moustache)."""
    if look.beard in ("", "snor"):
        return
    dark, base, light = _tones(look.beard_colour)
    if look.beard == "kort":
        base = mix(base, look.skin.base, 0.2)
    length = {"lang": 58, "vol": 20, "kort": 8}[look.beard]
    fw = FW * look.face_width
    outer = bezier((CX - fw + 1, 196), (CX - fw - 4, 270), (CX - 40, CHIN_Y + length),
                   (CX, CHIN_Y + length + 2), n=16)
    outer += bezier((CX, CHIN_Y + length + 2), (CX + 40, CHIN_Y + length), (CX + fw + 4, 270),
                    (CX + fw - 1, 196), n=16)[1:]
    inner = bezier((CX + fw - 9, 196), (CX + fw - 12, 236), (CX + 40, 250), (CX + 26, MOUTH_Y + 2), n=10)
    inner += bezier((CX + 26, MOUTH_Y + 2), (CX + 20, MOUTH_Y + 22), (CX - 20, MOUTH_Y + 22),
                    (CX - 26, MOUTH_Y + 2), n=10)[1:]
    inner += bezier((CX - 26, MOUTH_Y + 2), (CX - 40, 250), (CX - fw + 12, 236), (CX - fw + 9, 196),
                    n=10)[1:]
    shape = outer + inner
    pen.poly(shape, base)
    # a patch under the lower lip keeps the mouth framed
    pen.ellipse(CX, MOUTH_Y + 17, 8, 5, base)

    def texture(p: Pen) -> None:
        for k in range(-5, 6):
            x = CX + k * 12
            p.curve((x, 250), (x + k * 1.5, 280), (x + k * 2.5, CHIN_Y + length - 4), 2.0, dark,
                    taper=(0.2, 0.2), n=8)
        p.curve((CX - 40, 268), (CX - 30, 300), (CX - 6, CHIN_Y + length - 8), 5, light,
                taper=(0.2, 0.2), n=8)

    def mask(p: Pen) -> None:
        p.poly(shape, (255, 255, 255))

    pen.clipped(100, 180, 200, 190, mask, texture, alpha=170)


def draw_moustache(pen: Pen, look: Look, mood: str) -> None:
    if not look.beard:
        return
    dark, base, light = _tones(look.beard_colour)
    thick = 11 if look.beard == "snor" else 9
    droop = 3 if mood in ("boos", "bezorgd") else (-2 if mood == "blij" else 0)
    for side in (-1, 1):
        top = bezier((CX + side * 2, NOSE_Y + 6), (CX + side * 12, NOSE_Y + 3),
                     (CX + side * 24, NOSE_Y + 8), (CX + side * 30, MOUTH_Y + 1 + droop), n=10)
        bottom = bezier((CX + side * 30, MOUTH_Y + 1 + droop), (CX + side * 22, MOUTH_Y - 4),
                        (CX + side * 12, MOUTH_Y - 3 - thick * 0.1), (CX + side * 2, MOUTH_Y - 5), n=10)
        pen.poly(top + bottom, base)
        pen.curve((CX + side * 6, NOSE_Y + 10), (CX + side * 16, NOSE_Y + 10),
                  (CX + side * 24, MOUTH_Y - 2), 1.6, dark, n=6)


def draw_cap(pen: Pen, look: Look) -> None:
    kind = look.cap_kind
    if not kind:
        return
    if kind == "politie":
        navy = (28, 38, 66)
        pen.ellipse(CX, 110, 96, 30, navy)
        pen.poly([(CX - 78, 112), (CX + 78, 112), (CX + 72, 150), (CX - 72, 150)], navy)
        pen.rect(CX - 72, 134, 144, 14, (40, 44, 52))
        pen.ellipse(CX, 110, 90, 24, lighter(navy, 0.08))
        visor = bezier((CX - 72, 148), (CX - 40, 172), (CX + 40, 172), (CX + 72, 148), n=14)
        pen.poly(visor, (18, 18, 22))
        pen.curve((CX - 50, 156), (CX, 168), (CX + 50, 156), 2, (70, 70, 80), n=10)
        pen.ellipse(CX, 124, 11, 13, (214, 174, 74))
        pen.ellipse(CX, 124, 6, 8, (246, 220, 140))
        return
    colour = mix(look.clothing, (60, 60, 64), 0.5) if kind == "sport" else (116, 98, 80)
    dark, base, light = _tones(colour)
    if kind == "plat":
        # a flat cap: low crown leaning forward, short peak
        crown = bezier((CX - FW - 14, 160), (CX - FW - 24, 84), (CX + 10, 62), (CX + FW + 16, 128), n=16)
        crown += [(CX + FW + 12, 160)]
        pen.poly(crown, base)
        pen.curve((CX - 64, 118), (CX - 10, 92), (CX + 60, 112), 2, dark, n=10)
        pen.ellipse(CX - 40, 100, 26, 8, light)
        peak = bezier((CX - FW - 8, 156), (CX - 40, 176), (CX + 50, 176), (CX + FW + 10, 154), n=14)
        peak += [(CX + FW + 8, 148), (CX - FW - 6, 150)]
        pen.poly(peak, dark)
        return
    # sport: a rounded crown with a curved peak
    crown = ellipse_points(CX, 152, FW + 12, 74, 180, 360, 24)
    pen.poly(crown, base)
    pen.stroke(ellipse_points(CX, 152, 10, 72, 245, 295, 8), 2, dark)
    pen.curve((CX - 60, 120), (CX - 30, 96), (CX + 10, 90), 6, light, taper=(0.3, 0.3), n=8)
    pen.circle(CX, 80, 5, dark)
    peak = bezier((CX - FW - 10, 152), (CX - 40, 186), (CX + 40, 186), (CX + FW + 10, 152), n=14)
    pen.poly(peak, dark)
    pen.stroke(bezier((CX - FW - 10, 152), (CX - 40, 162), (CX + 40, 162), (CX + FW + 10, 152), n=14), 3,
               darker(dark, 0.3))
