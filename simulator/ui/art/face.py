"""The face of a portrait: head shape, ears, eyes, brows, nose, mouth, age lines and glasses.

Moods are carried by shapes, not colour: brows (raised inner ends, lowered and drawn together),
eyelids (smiling crescents, wide, narrowed) and the mouth (open smile, small mouth, frown).
"""

from __future__ import annotations

import math

from .look import (BROW_Y, CHIN_Y, CX, CY, EAR_Y, EYE_DX, EYE_Y, FH, FW, MOUTH_Y, NOSE_Y, Look)
from .palette import darker, mix
from .pen import Pen, bezier

DARK_LINE = (44, 30, 26)


# -- head ------------------------------------------------------------------------------------

def face_outline(look: Look, grow: float = 0.0) -> list[tuple[float, float]]:
    """The head's outline: a round skull and a jaw that narrows to the chin (squarer for men)."""
    fw = FW * look.face_width + grow
    fh = FH + grow
    taper = 0.16 if look.male else 0.24
    if look.age < 14:
        taper = 0.12
    square = 0.82 if look.male else 0.95   # exponent < 1 makes the jaw squarer
    pts = []
    n = 56
    for i in range(n):
        a = 2 * math.pi * i / n
        c, s = math.cos(a), math.sin(a)
        if s <= 0:
            x = CX + fw * c
            y = CY + fh * s
        else:
            cc = math.copysign(abs(c) ** square, c)
            x = CX + fw * cc * (1 - taper * s * s)
            y = CY + fh * s
        pts.append((x, y))
    return pts


def draw_ears(pen: Pen, look: Look) -> None:
    if not look.ears_visible:
        return
    sk = look.skin
    size = 1.08 if look.age >= 70 else 1.0
    for side in (-1, 1):
        x = CX + side * (FW * look.face_width - 3)
        pen.ellipse(x, EAR_Y, 12 * size, 19 * size, sk.base)
        pen.ellipse(x + side * 2.5, EAR_Y + 1, 6.5 * size, 12 * size, sk.shade)
        pen.ellipse(x + side * 1.0, EAR_Y + 2, 4 * size, 8 * size, sk.base)


def draw_earrings(pen: Pen, look: Look) -> None:
    if not look.earrings or look.hair in ("hoofddoek", "tulband", "capuchon"):
        return
    for side in (-1, 1):
        x = CX + side * (FW * look.face_width - 4)
        pen.circle(x, EAR_Y + 19, 3.2, (232, 196, 96))
        pen.circle(x - 0.8, EAR_Y + 18.2, 1.2, (252, 236, 180))


def draw_head(pen: Pen, look: Look) -> None:
    """The face's skin with soft shading: lighter forehead and cheek, shade under the jaw side."""
    sk = look.skin
    outline = face_outline(look)
    pen.poly(outline, sk.base)

    def shading(p: Pen) -> None:
        p.glow(CX + 78, CY + 30, 62, 130, sk.deep, 150)        # the side turned from the light
        p.glow(CX - 24, CY - 44, 56, 44, sk.light, 170)        # light on the forehead
        p.glow(CX - 36, CY + 26, 26, 20, sk.light, 120)        # and on the cheek

    def mask(p: Pen) -> None:
        p.poly(outline, sk.base)

    pen.clipped(CX - FW - 8, CY - FH - 8, 2 * FW + 16, 2 * FH + 16, mask, shading)


def draw_neck_shadow(pen: Pen, look: Look, neck) -> None:
    """The jaw's soft shadow on the neck, kept inside the neck's outline."""
    if not neck:
        return

    def shadow(p: Pen) -> None:
        p.glow(CX, CHIN_Y - 2, 56, 40, look.skin.deep, 230)

    def mask(p: Pen) -> None:
        p.poly(neck, (255, 255, 255))

    pen.clipped(CX - 70, CHIN_Y - 50, 140, 110, mask, shadow)


# -- eyes ------------------------------------------------------------------------------------

# Per mood: (upper lid at inner end, at outer end, lower lid at inner, at outer, corner lift inner,
#            corner lift outer). Positive lid values open the eye; a negative lower lid is the cheek
#            pushing up (a smiling crescent).
EYE_SHAPES = {
    "neutraal": (8.5, 9.0, 5.5, 5.5, 0.0, 0.0),
    "blij": (8.5, 8.5, -2.2, -2.2, 0.5, 0.5),
    "bezorgd": (11.5, 8.0, 6.0, 5.5, -1.5, 1.5),
    "boos": (2.5, 7.5, 4.0, 4.0, 1.2, -0.5),
}


def _eye_geometry(look: Look, side: int, mood: str):
    ui, uo, li, lo, ci, co = EYE_SHAPES.get(mood, EYE_SHAPES["neutraal"])
    openness = 1.08 if look.age < 22 else (0.88 if look.age >= 65 else 1.0)
    ui, uo = ui * openness, uo * openness
    cx = CX + side * EYE_DX
    cy = EYE_Y
    w = 14.5
    inner = (cx - side * w, cy + 1 + ci)
    outer = (cx + side * w, cy + co)
    k = 1.33
    upper = bezier(inner, (inner[0] + side * w * 0.55, cy - ui * k),
                   (outer[0] - side * w * 0.55, cy - uo * k), outer, n=14)
    lower = bezier(outer, (outer[0] - side * w * 0.55, cy + lo * k),
                   (inner[0] + side * w * 0.55, cy + li * k), inner, n=14)
    return cx, cy, upper, lower


def draw_eyes(pen: Pen, look: Look, mood: str) -> None:
    sk = look.skin
    for side in (-1, 1):
        cx, cy, upper, lower = _eye_geometry(look, side, mood)
        aperture = upper + lower[1:-1]
        iris = look.eye_colour

        def inside(p: Pen, cx=cx, cy=cy) -> None:
            p.ellipse(cx, cy, 16, 12, (250, 247, 242))
            p.ellipse(cx, cy - 8, 16, 6, (226, 218, 210))      # the upper lid's shadow
            p.circle(cx, cy + 0.5, 7.8, darker(iris, 0.25))
            p.circle(cx, cy + 0.5, 6.5, iris)
            p.circle(cx, cy + 0.5, 3.5, (24, 16, 14))
            p.circle(cx - 2.6, cy - 2.4, 2.0, (255, 255, 255))

        def mask(p: Pen, aperture=aperture) -> None:
            p.poly(aperture, (255, 255, 255))

        pen.clipped(cx - 20, cy - 20, 40, 40, mask, inside)
        # lash line: thin at the inner corner, fuller at the outer corner
        widths = [1.2 + 2.4 * (i / (len(upper) - 1)) ** 1.4 for i in range(len(upper))]
        pen.tapered(upper, widths, DARK_LINE)
        if not look.male and look.age < 70:
            ox, oy = upper[-1]
            pen.curve((ox, oy), (ox + side * 3, oy - 1.5), (ox + side * 5.5, oy - 4.5), 1.8,
                      DARK_LINE, taper=(1.0, 0.3), n=6)
        if mood == "blij":
            # the cheek pushing up: a soft crease under the crescent, and smile lines at the corner
            low = [(x, y + 3.5) for x, y in lower[2:-2]]
            pen.stroke(low, 1.4, sk.line)
            ox, oy = upper[-1]
            pen.curve((ox + side * 3, oy - 2), (ox + side * 7, oy), (ox + side * 8, oy + 4), 1.3,
                      sk.line, n=6)
        else:
            pen.stroke(lower[2:-2], 1.0, mix(sk.base, sk.line, 0.6))
        if mood == "bezorgd":
            low = [(x, y + 4) for x, y in lower[3:-3]]
            pen.stroke(low, 1.0, mix(sk.base, sk.line, 0.5))


# -- brows -----------------------------------------------------------------------------------

# Per mood: (inner end up/down, middle, outer end, inner end pulled to the centre).
BROW_SHAPES = {
    "neutraal": (0.0, -4.5, 2.0, 0.0),
    "blij": (-4.0, -9.0, -0.5, 0.0),
    "bezorgd": (-12.0, -9.0, 4.0, 1.0),
    "boos": (9.0, 1.0, -5.0, 3.5),
}


def draw_brows(pen: Pen, look: Look, mood: str) -> None:
    di, dm, do, pull = BROW_SHAPES.get(mood, BROW_SHAPES["neutraal"])
    thick = (6.2 if look.male else 4.6) * (0.85 if look.age >= 65 else 1.0)
    if mood == "boos":
        thick *= 1.15
    y0 = BROW_Y - (2 if look.glasses else 0)
    for side in (-1, 1):
        inner = (CX + side * (13 - pull), y0 + di)
        outer = (CX + side * 47, y0 + 2 + do)
        if mood == "bezorgd":
            # inner end lifted steeply, then the brow runs flat to the outer end
            c1 = (CX + side * 22, y0 + di - 1)
            c2 = (CX + side * 36, y0 + dm + 6)
        else:
            c1 = (CX + side * 24, y0 + dm)
            c2 = (CX + side * 38, y0 + dm + 0.5)
        pts = bezier(inner, c1, c2, outer, n=14)
        widths = []
        for i in range(len(pts)):
            t = i / (len(pts) - 1)
            widths.append(thick * (1.0 - 0.55 * t ** 1.5) if t > 0.12 else thick * (0.75 + 2 * t))
        pen.tapered(pts, widths, look.brow_colour)
    sk = look.skin
    if mood == "boos":
        # the frown between the brows
        for side in (-1, 1):
            pen.curve((CX + side * 5, y0 + 2), (CX + side * 3.5, y0 + 9), (CX + side * 4.5, y0 + 15),
                      1.6, sk.line, taper=(0.3, 0.4), n=6)
    elif mood == "bezorgd":
        # short worry lines above the lifted inner brows
        for k, dy in enumerate((-14, -20)):
            w = 10 - k * 2
            pen.curve((CX - w, y0 + dy + 2), (CX, y0 + dy - 2), (CX + w, y0 + dy + 2), 1.3,
                      mix(sk.base, sk.line, 0.7), taper=(0.2, 0.2), n=8)


# -- nose, cheeks ----------------------------------------------------------------------------

def draw_nose(pen: Pen, look: Look, mood: str) -> None:
    sk = look.skin
    k = look.nose
    flare = 1.15 if mood == "boos" else 1.0
    wing = 11.5 * k * flare
    # the side of the nose away from the light
    pen.curve((CX + 6, EYE_Y + 2), (CX + 9, NOSE_Y - 18), (CX + 10 * k, NOSE_Y - 6), 2.2,
              mix(sk.base, sk.shade, 0.8), taper=(0.2, 0.8), n=8)
    pen.ellipse(CX, NOSE_Y - 1, 9 * k, 7, mix(sk.base, sk.light, 0.55))
    pen.curve((CX - wing, NOSE_Y - 4), (CX - 4, NOSE_Y + 6), (CX + wing, NOSE_Y - 4), 2.6,
              sk.shade, taper=(0.3, 0.3), n=12)
    for side in (-1, 1):
        pen.curve((CX + side * (wing - 1), NOSE_Y - 10), (CX + side * (wing + 3.5), NOSE_Y - 4),
                  (CX + side * (wing - 1.5), NOSE_Y + 0.5), 2.0, sk.shade, taper=(0.3, 0.8), n=8)
        pen.ellipse(CX + side * 5 * k, NOSE_Y + 0.5, 3.2, 1.7, sk.deep)
    pen.circle(CX - 3, NOSE_Y - 5, 2.6, sk.light)


def draw_cheeks(pen: Pen, look: Look, mood: str) -> None:
    sk = look.skin
    lift = -5 if mood == "blij" else 0
    strength = {"neutraal": 55, "blij": 95, "bezorgd": 35, "boos": 80}.get(mood, 55)
    for side in (-1, 1):
        pen.glow(CX + side * 44, NOSE_Y + 2 + lift, 19, 13, sk.blush, strength)
    if mood == "blij":
        for side in (-1, 1):
            pen.glow(CX + side * 40, NOSE_Y - 6, 11, 7, sk.light, 110)


# -- mouth -----------------------------------------------------------------------------------

def draw_mouth(pen: Pen, look: Look, mood: str) -> None:
    sk = look.skin
    y = MOUTH_Y
    line = darker(sk.lip_dark, 0.15)
    lip = sk.lip if (not look.male or look.age < 12) else mix(sk.base, sk.lip, 0.6)
    thin = 0.8 if look.age >= 65 else 1.0
    if mood == "blij":
        left, right = (CX - 25, y - 5), (CX + 25, y - 5)
        top = bezier(left, (CX - 12, y + 1), (CX + 12, y + 1), right, n=14)
        bottom = bezier(right, (CX + 20, y + 17), (CX - 20, y + 17), left, n=14)
        shape = top + bottom[1:-1]

        def inside(p: Pen) -> None:
            p.rect(CX - 30, y - 10, 60, 30, (92, 34, 38))
            p.ellipse(CX, y + 15, 15, 8, (196, 96, 100))
            p.poly([(CX - 26, y - 10), (CX + 26, y - 10), (CX + 22, y + 4.5), (CX - 22, y + 4.5)],
                   (250, 248, 244))

        def mask(p: Pen) -> None:
            p.poly(shape, (255, 255, 255))

        pen.clipped(CX - 30, y - 12, 60, 34, mask, inside)
        pen.stroke(bottom, 2.4 * thin, lip)
        pen.stroke(top, 1.6, line)
        for side in (-1, 1):  # dimples at the raised corners
            pen.curve((CX + side * 27, y - 10), (CX + side * 31, y - 5), (CX + side * 28, y + 1),
                      1.5, sk.line, taper=(0.2, 0.4), n=6)
    elif mood == "bezorgd":
        # a small, slightly open mouth with the corners pulled down
        top = bezier((CX - 12, y + 3), (CX - 5, y - 2), (CX + 5, y - 2), (CX + 12, y + 3), n=10)
        bottom = bezier((CX + 12, y + 3), (CX + 6, y + 6), (CX - 6, y + 6), (CX - 12, y + 3), n=10)
        pen.poly(top + bottom[1:-1], (96, 40, 42))
        pen.stroke(top, 2.0, line)
        pen.curve((CX - 9, y + 8), (CX, y + 11 * thin), (CX + 9, y + 8), 3.0 * thin, lip,
                  taper=(0.4, 0.4), n=8)
    elif mood == "boos":
        # a wide, pressed, downturned mouth; tension under the lower lip
        pts = bezier((CX - 21, y + 7), (CX - 10, y - 1), (CX + 10, y - 1), (CX + 21, y + 7), n=14)
        pen.curve((CX - 13, y + 6), (CX, y + 9 * thin), (CX + 13, y + 6), 3.6 * thin, lip,
                  taper=(0.4, 0.4), n=8)
        pen.tapered(pts, [2.2 + 1.4 * math.sin(math.pi * i / (len(pts) - 1)) for i in range(len(pts))],
                    line)
        pen.curve((CX - 6, y + 16), (CX, y + 14), (CX + 6, y + 16), 1.4, sk.line, taper=(0.2, 0.2), n=6)
    else:
        # neutral: closed, calm, the corners just up
        pts = bezier((CX - 18, y - 1), (CX - 7, y + 3), (CX + 7, y + 3), (CX + 18, y - 1), n=14)
        pen.curve((CX - 11, y + 4), (CX, y + 9 * thin), (CX + 11, y + 4), 3.4 * thin, lip,
                  taper=(0.4, 0.4), n=8)
        if not look.male:
            pen.curve((CX - 14, y), (CX - 5, y - 4), (CX + 14, y), 2.2, lip, taper=(0.3, 0.3), n=8)
        pen.tapered(pts, [1.2 + 1.3 * math.sin(math.pi * i / (len(pts) - 1)) for i in range(len(pts))],
                    line)


# -- age -------------------------------------------------------------------------------------

def draw_age_lines(pen: Pen, look: Look, mood: str) -> None:
    """Lines that come with age: smile folds from 35, eye lines from 45, forehead from 55."""
    sk = look.skin
    age = look.age
    if age < 34:
        return
    strength = min(1.0, (age - 32) / 45)
    col = mix(sk.base, sk.line, 0.25 + 0.55 * strength)
    w = 1.1 + 0.7 * strength
    for side in (-1, 1):
        # nose-to-mouth folds, short and faint at first
        spread = 4 if mood == "blij" else 0
        reach = 0.55 + 0.45 * strength
        pen.curve((CX + side * 15, NOSE_Y - 4), (CX + side * (25 + spread), NOSE_Y + 10 * reach),
                  (CX + side * (22 + spread), NOSE_Y + (MOUTH_Y + 4 + 6 * strength - NOSE_Y) * reach), w, col,
                  taper=(0.2, 0.2), n=8)
    if age >= 50:
        for side in (-1, 1):
            ex = CX + side * (EYE_DX + 17)
            for k in range(2 if age < 65 else 3):
                pen.curve((ex, EYE_Y - 2 + k * 5), (ex + side * 4, EYE_Y + k * 5.5),
                          (ex + side * 7, EYE_Y + 1 + k * 7), w * 0.85, col, taper=(0.2, 0.2), n=5)
            # under-eye line
            pen.curve((CX + side * (EYE_DX - 9), EYE_Y + 13), (CX + side * EYE_DX, EYE_Y + 15.5),
                      (CX + side * (EYE_DX + 10), EYE_Y + 12), w * 0.8, col, taper=(0.2, 0.2), n=8)
    if age >= 57:
        lines = 2 if age < 68 else 3
        for k in range(lines):
            yy = BROW_Y - 26 - k * 8
            pen.curve((CX - 30 + k * 4, yy + 2), (CX, yy - 3), (CX + 30 - k * 4, yy + 2), w, col,
                      taper=(0.15, 0.15), n=12)
    if age >= 68:
        for side in (-1, 1):
            # the softening along the jaw and lines beside the mouth
            pen.curve((CX + side * 24, MOUTH_Y + 6), (CX + side * 27, MOUTH_Y + 16),
                      (CX + side * 24, MOUTH_Y + 24), w, col, taper=(0.2, 0.2), n=6)
            pen.curve((CX + side * 48, MOUTH_Y - 4), (CX + side * 46, MOUTH_Y + 10),
                      (CX + side * 38, MOUTH_Y + 20), w, col, taper=(0.2, 0.2), n=6)


# -- glasses ---------------------------------------------------------------------------------

def draw_glasses(pen: Pen, look: Look) -> None:
    if not look.glasses:
        return
    col = look.glasses_colour
    t = 3.0
    for side in (-1, 1):
        cx = CX + side * (EYE_DX + 1)
        x, y, w, h = cx - 22, EYE_Y - 15, 44, 30

        def lens(p: Pen, x=x, y=y, w=w, h=h) -> None:
            p.rect(x, y, w, h, (236, 246, 250), radius=11)

        pen.translucent(x, y, w, h, 45, lens)
        # a diagonal glint on the glass
        pen.curve((x + 8, y + h - 8), (x + 12, y + h / 2), (x + 16, y + 6), 2.2, (255, 255, 255),
                  taper=(0.3, 0.3), n=6)
        pen.frame(x, y, w, h, col, t, radius=11)
        # the arm towards the ear
        pen.stroke([(cx + side * 22, EYE_Y - 8), (CX + side * (FW * look.face_width + 2), EYE_Y - 4)],
                   t, col)
    pen.curve((CX - 9, EYE_Y - 6), (CX, EYE_Y - 10), (CX + 9, EYE_Y - 6), t, col, n=8)
