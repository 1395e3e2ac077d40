"""Neck, shoulders and clothing of a portrait (trui, blouse, colbert met das, uniform, hoodie…)."""

from __future__ import annotations

from .look import CX, H, Look
from .palette import GOLD, GOLD_LIGHT, darker, lighter, luminance, mix
from .pen import Pen, Point, bezier

SHIRT_WHITE = (240, 240, 236)
SHOULDER_Y = 356


def draw_neck(pen: Pen, look: Look) -> list | None:
    """The neck and the skin of the neckline; returns its outline (None when it is covered)."""
    if look.hair == "hoofddoek":
        return None
    sk = look.skin
    w = 28 if look.male else 24
    neck = [(CX - w, 240), (CX - w - 2, 330), (CX - 60, 430), (CX + 60, 430), (CX + w + 2, 330),
            (CX + w, 240)]
    pen.poly(neck, mix(sk.base, sk.shade, 0.4))

    def side(p: Pen) -> None:
        p.glow(CX + w + 4, 320, 18, 80, sk.deep, 120)

    def mask(p: Pen) -> None:
        p.poly(neck, (255, 255, 255))

    pen.clipped(CX - 64, 236, 128, 200, mask, side)
    if look.age >= 68:
        for sign in (-1, 1):
            pen.curve((CX + sign * 12, 300), (CX + sign * 15, 320), (CX + sign * 13, 340), 1.6,
                      sk.line, taper=(0.2, 0.2), n=6)
    return neck


def _torso(look: Look, neckline):
    """The clothed shoulders, with the neckline (left to right) cut into the top edge."""
    half = 156 if look.male else 138
    slope = 24 if look.male else 30
    left_neck = neckline[0]
    right_neck = neckline[-1]
    pts: list[Point] = [(CX - half - 22, H + 4)]
    pts += bezier((CX - half - 14, H - 50), (CX - half - 6, SHOULDER_Y + 30), (CX - half + 24, SHOULDER_Y),
                  (CX - half + 70, SHOULDER_Y - slope * 0.25), n=10)
    pts += bezier((CX - half + 70, SHOULDER_Y - slope * 0.25), (CX - 56, SHOULDER_Y - slope * 0.7),
                  (left_neck[0] - 6, left_neck[1] + 4), left_neck, n=6)
    pts += neckline[1:-1]
    pts += bezier(right_neck, (right_neck[0] + 6, right_neck[1] + 4), (CX + 56, SHOULDER_Y - slope * 0.7),
                  (CX + half - 70, SHOULDER_Y - slope * 0.25), n=6)
    pts += bezier((CX + half - 70, SHOULDER_Y - slope * 0.25), (CX + half - 24, SHOULDER_Y),
                  (CX + half + 6, SHOULDER_Y + 30), (CX + half + 14, H - 50), n=10)
    pts += [(CX + half + 22, H + 4)]
    return pts


def _shade(pen: Pen, shape, colour, light_top: bool = True) -> None:
    """Soft volume on cloth: darker flanks, a little light on the shoulders."""
    def inside(p: Pen) -> None:
        p.glow(CX + 190, 470, 110, 190, darker(colour, 0.45), 200)
        p.glow(CX - 200, 480, 80, 170, darker(colour, 0.3), 150)
        p.glow(CX, 330, 70, 40, darker(colour, 0.4), 120)        # under the chin
        if light_top:
            p.glow(CX - 100, SHOULDER_Y + 6, 80, 30, lighter(colour, 0.3), 130)

    def mask(p: Pen) -> None:
        p.poly(shape, (255, 255, 255))

    pen.clipped(0, 300, 400, 210, mask, inside)


def _v(depth: float, half: float = 30, top: float = 334):
    return bezier((CX - half, top), (CX - half * 0.6, top + depth * 0.5), (CX - 4, top + depth - 4),
                  (CX, top + depth), n=8) + \
        bezier((CX, top + depth), (CX + 4, top + depth - 4), (CX + half * 0.6, top + depth * 0.5),
               (CX + half, top), n=8)[1:]


def _round(depth: float, half: float = 34, top: float = 334):
    return bezier((CX - half, top), (CX - half * 0.7, top + depth), (CX + half * 0.7, top + depth),
                  (CX + half, top), n=12)


def draw_body(pen: Pen, look: Look) -> None:
    style = look.style
    c = look.clothing
    dark = darker(c, 0.3)
    if style == "colbert":
        _jacket(pen, look, tie="das" in look.extras)
    elif style == "uniform":
        _uniform(pen, look)
    elif style == "vest":
        inner = _round(20, 32)
        top_colour = mix(c, (240, 232, 220), 0.75)
        pen.poly(_torso(look, inner), top_colour)
        shape = _torso(look, _v(100, 36))
        pen.poly(shape, c)
        _shade(pen, shape, c)
        for side in (-1, 1):
            pen.stroke(_v(100, 36)[:9] if side < 0 else _v(100, 36)[8:], 5, dark)
        for k in range(3):
            pen.circle(CX + 6, 448 + k * 22, 4, lighter(c, 0.35))
    elif style == "blouse":
        line = _v(54, 30)
        shape = _torso(look, line)
        pen.poly(shape, c)
        _shade(pen, shape, c)
        for side in (-1, 1):  # a soft, open collar
            pen.poly([(CX + side * 30, 332), (CX + side * 54, 346), (CX + side * 22, 374),
                      (CX + side * 14, 372)], lighter(c, 0.12))
            pen.stroke([(CX + side * 30, 332), (CX + side * 54, 346), (CX + side * 22, 374)], 2, dark)
    elif style == "overhemd" or style == "polo":
        shape = _torso(look, _v(40, 28))
        pen.poly(shape, c)
        _shade(pen, shape, c)
        for side in (-1, 1):
            pen.poly([(CX + side * 30, 326), (CX + side * 46, 356), (CX + side * 8, 372),
                      (CX + side * 4, 364)], lighter(c, 0.12))
            pen.stroke([(CX + side * 30, 326), (CX + side * 46, 356), (CX + side * 8, 372)], 2, dark)
        pen.stroke([(CX, 374), (CX, 500)], 2, dark)
        for k in range(3 if style == "overhemd" else 1):
            pen.circle(CX + 6, 392 + k * 34, 3.2, lighter(c, 0.35))
    elif style == "hoodie":
        shape = _torso(look, _round(28, 36))
        pen.poly(shape, c)
        _shade(pen, shape, c)
        pen.stroke(_round(28, 36), 7, dark)
        for side in (-1, 1):
            pen.curve((CX + side * 22, 352), (CX + side * 26, 410), (CX + side * 20, 450), 3.2,
                      lighter(c, 0.45), n=8)
            pen.rect(CX + side * 20 - 2.5, 448, 5, 12, (200, 200, 200), radius=2)
    elif style == "trui":
        line = _round(22, 34)
        shape = _torso(look, line)
        pen.poly(shape, c)
        _shade(pen, shape, c)
        pen.stroke(line, 8, dark)
        pen.stroke([(x, y - 1) for x, y in line], 2, lighter(c, 0.15))
    else:  # t-shirt
        line = _round(30, 34)
        shape = _torso(look, line)
        pen.poly(shape, c)
        _shade(pen, shape, c)
        pen.stroke(line, 5, dark)
    if look.necklace:
        pen.stroke(bezier((CX - 30, 338), (CX - 26, 384), (CX + 26, 384), (CX + 30, 338), n=14), 1.6,
                   GOLD)
        pen.circle(CX, 378, 4.5, GOLD)
        pen.circle(CX - 1, 377, 1.6, GOLD_LIGHT)
    if look.name_badge:
        bx, by = CX + 64, 410
        pen.rect(bx, by, 54, 18, darker(GOLD, 0.1), radius=3)
        pen.rect(bx + 2, by + 2, 50, 14, GOLD, radius=2)
        pen.stroke([(bx + 9, by + 9), (bx + 44, by + 9)], 2.5, darker(GOLD, 0.55))


def _jacket(pen: Pen, look: Look, tie: bool) -> None:
    c = look.clothing
    dark = darker(c, 0.35)
    shirt = SHIRT_WHITE if tie or look.male else mix(c, (246, 240, 232), 0.85)
    pen.poly(_torso(look, _round(14, 30)), shirt)
    if tie:
        tie_colour = (132, 38, 52) if luminance(c) < 0.35 else (40, 54, 96)
        pen.poly([(CX - 8, 344), (CX + 8, 344), (CX + 6, 360), (CX - 6, 360)], darker(tie_colour, 0.1))
        pen.poly([(CX - 6, 360), (CX + 6, 360), (CX + 14, 452), (CX, 470), (CX - 14, 452)], tie_colour)
        pen.stroke([(CX - 3, 372), (CX + 9, 400)], 2.5, lighter(tie_colour, 0.15))
    for side in (-1, 1):  # shirt collar points
        pen.poly([(CX + side * 28, 326), (CX + side * 34, 352), (CX + side * 6, 362),
                  (CX + side * 4, 344)], shirt)
        pen.stroke([(CX + side * 28, 326), (CX + side * 34, 352), (CX + side * 6, 362)], 1.6,
                   darker(shirt, 0.2))
    line = _v(124, 40, 336)
    shape = _torso(look, line)
    pen.poly(shape, c)
    _shade(pen, shape, c)
    for side in (-1, 1):  # lapels
        top = (CX + side * 40, 336)
        notch = (CX + side * 64, 392)
        low = (CX + side * 10, 452)
        pen.poly([top, (CX + side * 50, 352), notch, (CX + side * 54, 400), low,
                  (CX + side * 4, 460)], darker(c, 0.12))
        pen.stroke([top, (CX + side * 50, 352), notch, (CX + side * 54, 400), low], 2, dark)
    pen.circle(CX, 478, 4, dark)


def _uniform(pen: Pen, look: Look) -> None:
    c = look.clothing
    dark = darker(c, 0.35)
    line = _v(36, 26)
    shape = _torso(look, line)
    pen.poly(shape, c)
    _shade(pen, shape, c)
    for side in (-1, 1):
        pen.poly([(CX + side * 28, 326), (CX + side * 44, 354), (CX + side * 6, 366),
                  (CX + side * 4, 358)], lighter(c, 0.1))
        pen.stroke([(CX + side * 28, 326), (CX + side * 44, 354), (CX + side * 6, 366)], 2, dark)
        # epaulettes with two silver bars
        ex = CX + side * 92
        pen.poly([(ex - side * 40, SHOULDER_Y - 12), (ex + side * 30, SHOULDER_Y - 2),
                  (ex + side * 30, SHOULDER_Y + 14), (ex - side * 40, SHOULDER_Y + 4)], dark)
        for k in range(2):
            bx = ex + side * (k * 12 - 4)
            pen.stroke([(bx, SHOULDER_Y - 4), (bx, SHOULDER_Y + 9)], 3, (214, 220, 228))
    pen.stroke([(CX, 372), (CX, 500)], 2, dark)
    # the badge on the chest
    bx, by = CX + 70, 420
    pen.poly([(bx, by - 18), (bx + 14, by - 10), (bx + 12, by + 10), (bx, by + 18), (bx - 12, by + 10),
              (bx - 14, by - 10)], GOLD)
    pen.circle(bx, by, 7, darker(GOLD, 0.25))
    pen.circle(bx, by, 4, GOLD_LIGHT)
    # a radio clipped to the other shoulder
    pen.rect(CX - 100, 392, 18, 30, (40, 40, 44), radius=4)
    pen.stroke([(CX - 86, 392), (CX - 86, 376)], 3, (40, 40, 44))
