"""Hair and head coverings of a portrait: a layer behind the head and one in front of it.

Each style is a silhouette plus a few strands and a sheen, clipped to the silhouette, so hair reads
as soft volume. Head coverings (hoofddoek, tulband, capuchon) and caps are drawn with the same care
as hair: calm shapes, gentle folds, no caricature.
"""

from __future__ import annotations

from . import palette as pal
from .look import CHIN_Y, CX, CY, FH, FW, Look
from .palette import darker, lighter, mix
from .pen import Pen, Point, bezier, bezier_path, ellipse_points


def _tones(c):
    return darker(c, 0.32), c, lighter(c, 0.22 if sum(c) > 150 else 0.16)


def _textured(pen: Pen, shape, colour, strands, sheen=None) -> None:
    """Fill a hair shape, then draw strands and a sheen clipped inside it."""
    dark, base, light = _tones(colour)
    xs = [p[0] for p in shape]
    ys = [p[1] for p in shape]
    box = (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    pen.poly(shape, base)
    _outline(pen, shape, colour)

    def inside(p: Pen) -> None:
        if sheen:
            for pts, w in sheen:
                p.stroke(pts, w, mix(base, light, 0.8))
        for pts, w in strands:
            p.tapered(pts, [w * (0.4 + 0.6 * (1 - abs(2 * i / (len(pts) - 1) - 1))) for i in
                            range(len(pts))], dark)

    def mask(p: Pen) -> None:
        p.poly(shape, (255, 255, 255))

    pen.clipped(*box, mask, inside)


def _outline(pen: Pen, shape, colour) -> None:
    """A thin darker edge so light (grey, white, blond) hair stays visible on a cream wall."""
    if sum(colour) > 330:
        pen.stroke(shape + shape[:1], 2.2, darker(colour, 0.28))


# -- back layer (behind the neck and head) ---------------------------------------------------

def draw_hair_back(pen: Pen, look: Look) -> None:
    h = look.hair
    dark, base, light = _tones(look.hair_colour)
    if h == "lang":
        shape = bezier((CX, 96), (CX - 120, 96), (CX - 100, 260), (CX - 104, 410), n=20)
        shape += [(CX - 92, 432), (CX + 92, 432)]
        shape += bezier((CX + 104, 410), (CX + 100, 260), (CX + 120, 96), (CX, 96), n=20)
        pen.poly(shape, dark)
    elif h == "bob":
        shape = bezier((CX, 94), (CX - 116, 94), (CX - 100, 230), (CX - 92, CHIN_Y - 6), n=18)
        shape += bezier((CX - 92, CHIN_Y - 6), (CX - 70, CHIN_Y + 8), (CX + 70, CHIN_Y + 8),
                        (CX + 92, CHIN_Y - 6), n=10)
        shape += bezier((CX + 92, CHIN_Y - 6), (CX + 100, 230), (CX + 116, 94), (CX, 94), n=18)
        pen.poly(shape, dark)
    elif h == "vlechten":
        shape = bezier((CX, 92), (CX - 112, 92), (CX - 108, 250), (CX - 108, 400), n=20)
        shape += [(CX + 108, 400)]
        shape += bezier((CX + 108, 400), (CX + 108, 250), (CX + 112, 92), (CX, 92), n=20)
        pen.poly(shape, darker(base, 0.2))
        for k in range(10):  # braids hanging behind, seen between neck and shoulders
            x = CX - 94 + k * 20.9
            _braid(pen, [(x, 236), (x + 1, 320), (x - (k - 4.5) * 1.5, 400 + (k * 7) % 20)], 9,
                   look.hair_colour, 10)
    elif h == "knot":
        high = "uniform" not in look.extras
        bx, by, r = (CX, 86, 30) if high else (CX + 62, 150, 24)
        pen.circle(bx, by, r, base)
        pen.circle(bx, by, r - 8, mix(base, light, 0.4))
        pen.stroke(ellipse_points(bx, by, r - 10, r - 12, 200, 340, 10), 2.5, dark)
        pen.stroke(ellipse_points(bx, by, r - 4, r - 6, 20, 160, 10), 2.5, dark)
    elif h == "staart":
        tail = bezier((CX + 50, 118), (CX + 120, 130), (CX + 118, 250), (CX + 96, 340), n=18)
        widths = [34 + 6 * (i / 18) - 36 * (i / 18) ** 2 for i in range(19)]
        pen.tapered(tail, widths, base)
        pen.tapered([(x + 4, y) for x, y in tail[2:-3]], [w * 0.22 for w in widths[2:-3]], dark)
        pen.tapered([(x - 6, y) for x, y in tail[3:-5]], [w * 0.15 for w in widths[3:-5]],
                    mix(base, light, 0.8))
        _outline(pen, [(x + w / 2, y) for (x, y), w in zip(tail, widths)], look.hair_colour)
    elif h == "hoofddoek":
        _scarf_back(pen, look)
    elif h == "capuchon":
        _hood_back(pen, look)
    elif h == "krullen":
        pen.ellipse(CX, 150, 92, 74, dark)


def _braid(pen: Pen, path, width, colour, length_n: int = 14, step: int = 1) -> None:
    """One braid: a strand with the small chevrons that make it read as plaited."""
    dark, base, light = _tones(colour)
    mark = dark if sum(colour) > 200 else mix(base, light, 0.9)
    pts = bezier_path(path, n=length_n) if len(path) in (3, 4) else path
    widths = [width * (1 - 0.35 * (i / (len(pts) - 1)) ** 3) for i in range(len(pts))]
    pen.tapered(pts, widths, base)
    for i in range(1, len(pts) - 1, step):
        x, y = pts[i]
        w = widths[i] * 0.42
        # a chevron as one small polygon (hundreds of these: keep them cheap)
        pen.poly([(x - w, y - 3.4), (x, y + 0.6), (x + w, y - 3.4), (x + w, y - 2.0), (x, y + 2.0),
                  (x - w, y - 2.0)], mark)
    ex, ey = pts[-1]
    pen.ellipse(ex, ey + 2, width * 0.32, 3, dark)


# -- front layer (over the forehead, the sides of the face, the shoulders) -------------------

def draw_hair_front(pen: Pen, look: Look) -> None:
    h = look.hair
    fn = {
        "kort": _short_male if look.male else _short_female,
        "lang": _long,
        "krullen": _curls,
        "kaal": _bald,
        "knot": _pulled_back,
        "staart": _pulled_back,
        "vlechten": _braids_front,
        "bob": _bob,
        "hoofddoek": _scarf_front,
        "tulband": _turban,
        "capuchon": _hood_front,
    }.get(h, _short_male)
    fn(pen, look)


def _crown(rx: float, ry: float, cy: float, a0: float, a1: float, n: int = 30):
    return ellipse_points(CX, cy, rx, ry, a0, a1, n)


def _short_male(pen: Pen, look: Look) -> None:
    fw = FW * look.face_width
    recede = 10 if look.age >= 45 else 0
    outer: list[Point] = [(CX - fw + 1, 206)]
    outer += bezier((CX - fw + 1, 206), (CX - fw - 6, 170), (CX - fw - 8, 128), (CX - 44, 100), n=10)
    outer += bezier((CX - 44, 100), (CX - 20, 84), (CX + 16, 82), (CX + 40, 92), n=8)
    outer += bezier((CX + 40, 92), (CX + 70, 100), (CX + fw + 8, 130), (CX + fw - 1, 206), n=10)
    inner: list[Point] = [(CX + fw - 7, 206), (CX + fw - 6, 168)]
    inner += bezier((CX + fw - 6, 168), (CX + 60, 150 - recede), (CX + 48, 128 - recede), (CX + 24, 128),
                    n=8)
    # the fringe falls from a side part and sweeps to the right
    inner += bezier((CX + 24, 128), (CX, 134), (CX - 30, 126), (CX - 46, 132), n=8)
    inner += bezier((CX - 46, 132), (CX - 58, 142 - recede / 2), (CX - fw + 6, 150), (CX - fw + 6, 170),
                    n=6)
    inner += [(CX - fw + 7, 206)]
    shape = outer + inner
    strands = [(bezier((CX - 40, 104), (CX - 10, 104), (CX + 20, 112), (CX + 40, 128), n=10), 1.8),
               (bezier((CX - 60, 118), (CX - 30, 106), (CX + 10, 100), (CX + 50, 110), n=10), 1.8),
               (bezier((CX - 40, 96), (CX - 42, 110), (CX - 44, 120), (CX - 46, 130), n=6), 2.2),
               (bezier((CX + 50, 100), (CX + 66, 120), (CX + 74, 150), (CX + 74, 180), n=8), 1.6),
               (bezier((CX - 62, 110), (CX - 74, 140), (CX - 76, 170), (CX - 74, 196), n=8), 1.6)]
    sheen = [(bezier((CX - 54, 118), (CX - 26, 96), (CX + 16, 94), n=10), 6)]
    _textured(pen, shape, look.hair_colour, strands, sheen)


def _short_female(pen: Pen, look: Look) -> None:
    part = CX + 30
    outer: list[Point] = [(CX - 80, 236)]
    outer += bezier((CX - 80, 236), (CX - 96, 200), (CX - 100, 130), (CX - 40, 96), n=12)
    outer += bezier((CX - 40, 96), (CX, 78), (CX + 80, 84), (CX + 92, 140), n=12)
    outer += bezier((CX + 92, 140), (CX + 100, 180), (CX + 94, 220), (CX + 80, 238), n=8)
    inner: list[Point] = [(CX + 68, 232), (CX + 70, 180)]
    inner += bezier((CX + 70, 180), (CX + 62, 140), (CX + 40, 126), (part, 124), n=8)
    # the fringe sweeps from the part across the forehead in one soft wave
    inner += bezier((part, 124), (CX - 10, 132), (CX - 40, 160), (CX - 66, 166), n=12)
    inner += [(CX - 70, 200), (CX - 68, 236)]
    shape = outer + inner
    strands = [(bezier((part, 100), (CX - 10, 110), (CX - 46, 134), (CX - 76, 176), n=12), 2.0),
               (bezier((part - 6, 90), (CX - 30, 96), (CX - 74, 120), (CX - 88, 200), n=12), 2.0),
               (bezier((part + 10, 104), (CX + 66, 114), (CX + 84, 160), (CX + 84, 226), n=12), 2.0)]
    sheen = [(bezier((CX - 50, 136), (CX - 20, 110), (CX + 14, 104), n=10), 7)]
    _textured(pen, shape, look.hair_colour, strands, sheen)


def _long(pen: Pen, look: Look) -> None:
    part = CX + 18
    outer = _crown(FW + 14, 86, 180, 180, 360)
    left = bezier((part, 112), (CX - 30, 120), (CX - 66, 150), (CX - 68, 220), n=12)
    left += bezier((CX - 68, 220), (CX - 70, 290), (CX - 60, 360), (CX - 74, 440), n=12)
    left_outer = bezier((CX - 112, 430), (CX - 100, 360), (CX - 94, 260), (CX - FW - 14, 180), n=12)
    right = bezier((part, 112), (CX + 50, 124), (CX + 68, 170), (CX + 66, 230), n=12)
    right += bezier((CX + 66, 230), (CX + 68, 300), (CX + 70, 360), (CX + 80, 436), n=12)
    right_outer = bezier((CX + 116, 436), (CX + 104, 360), (CX + 96, 260), (CX + FW + 14, 180), n=12)
    shape = left_outer + outer + right_outer[::-1] + right[::-1] + left
    strands = [(bezier((part, 114), (CX - 40, 130), (CX - 80, 190), (CX - 92, 300), n=14), 2.4),
               (bezier((part, 114), (CX + 60, 140), (CX + 84, 220), (CX + 92, 330), n=14), 2.4),
               (bezier((CX - 80, 280), (CX - 86, 340), (CX - 84, 380), (CX - 96, 430), n=10), 2.0),
               (bezier((CX + 84, 280), (CX + 88, 340), (CX + 90, 380), (CX + 100, 430), n=10), 2.0)]
    sheen = [(bezier((CX - 70, 150), (CX - 40, 108), (CX + 10, 100), n=10), 9),
             (bezier((CX + 80, 170), (CX + 88, 230), (CX + 90, 300), n=10), 6)]
    _textured(pen, shape, look.hair_colour, strands, sheen)


def _curls(pen: Pen, look: Look) -> None:
    dark, base, light = _tones(look.hair_colour)
    # short coily hair: a rounded mass with a soft, bumpy outline and a rounded hairline
    outer = _crown(FW + 12, 74, 168, 162, 378, n=22)
    hairline: list[Point] = [(CX + 69, 196), (CX + 68, 166)]
    hairline += bezier((CX + 68, 166), (CX + 58, 136), (CX + 36, 134), (CX, 136), n=10)
    hairline += bezier((CX, 136), (CX - 36, 134), (CX - 58, 136), (CX - 68, 166), n=10)
    hairline += [(CX - 69, 196)]
    shape = outer + hairline
    bumps = [(x, y) for x, y in outer[1:-1]]
    pen.poly(shape, base)
    for i, (x, y) in enumerate(bumps):
        pen.circle(x, y, 8 + (i % 3), base)

    def inside(p: Pen) -> None:
        p.glow(CX - 30, 108, 60, 34, light, 90)
        for row in range(7):
            for col in range(12):
                x = CX - 92 + col * 16 + (8 if row % 2 else 0) + (row * 3) % 5
                y = 92 + row * 12 + (col * 7) % 5
                p.curve((x - 4, y + 1), (x, y - 4), (x + 4, y + 1), 1.6, dark, n=4)
                if (row + col) % 3 == 0:
                    p.circle(x + 1, y - 2, 1.4, mix(base, light, 0.7))

    def mask(p: Pen) -> None:
        p.poly(shape, (255, 255, 255))
        for i, (x, y) in enumerate(bumps):
            p.circle(x, y, 8 + (i % 3), (255, 255, 255))

    pen.clipped(100, 80, 200, 130, mask, inside)


def _bald(pen: Pen, look: Look) -> None:
    dark, base, light = _tones(look.hair_colour)
    # hair left at the sides and back, and the shine of the scalp
    for side in (-1, 1):
        shape = bezier((CX + side * (FW - 4), 150), (CX + side * (FW + 12), 160),
                       (CX + side * (FW + 10), 200), (CX + side * (FW + 2), 222), n=10)
        shape += bezier((CX + side * (FW - 3), 222), (CX + side * (FW - 2), 200),
                        (CX + side * (FW - 4), 176), (CX + side * (FW - 10), 156), n=8)
        pen.poly(shape, base)
        pen.curve(shape[2], shape[5], shape[8], 1.6, dark, n=6)
    pen.glow(CX - 24, CY - FH + 22, 30, 16, (255, 255, 255), 90)


def _pulled_back(pen: Pen, look: Look) -> None:
    outer = _crown(FW + 6, 84, 180, 160, 380)
    hairline: list[Point] = [(CX + 68, 204), (CX + 68, 170)]
    hairline += bezier((CX + 68, 170), (CX + 56, 130), (CX + 20, 124), (CX, 126), n=10)
    hairline += bezier((CX, 126), (CX - 20, 124), (CX - 56, 130), (CX - 68, 170), n=10)
    hairline += [(CX - 68, 204)]
    shape = outer + hairline
    strands = [(bezier((CX - 60, 170), (CX - 56, 120), (CX - 20, 104), (CX + 10, 96), n=12), 2.2),
               (bezier((CX + 60, 170), (CX + 56, 120), (CX + 30, 104), (CX + 6, 96), n=12), 2.2),
               (bezier((CX - 30, 128), (CX - 28, 110), (CX - 10, 100), (CX, 96), n=8), 1.8),
               (bezier((CX + 30, 128), (CX + 28, 110), (CX + 12, 100), (CX + 2, 96), n=8), 1.8)]
    sheen = [(bezier((CX - 58, 140), (CX - 36, 108), (CX - 4, 102), n=10), 8)]
    _textured(pen, shape, look.hair_colour, strands, sheen)


def _braids_front(pen: Pen, look: Look) -> None:
    dark, base, light = _tones(look.hair_colour)
    outer = _crown(FW + 14, 90, 182, 165, 375)
    hairline: list[Point] = [(CX + 78, 215), (CX + 68, 170)]
    hairline += bezier((CX + 68, 170), (CX + 52, 128), (CX - 52, 128), (CX - 68, 170), n=14)
    hairline += [(CX - 78, 215)]
    shape = outer + hairline
    pen.poly(shape, base)

    def inside(p: Pen) -> None:
        for k in range(-4, 5):  # parting lines from the hairline to the crown
            p.curve((CX + k * 16, 134 + abs(k) * 4), (CX + k * 14, 110), (CX + k * 8, 92), 1.6, dark,
                    n=8)

    def mask(p: Pen) -> None:
        p.poly(shape, (255, 255, 255))

    pen.clipped(100, 80, 200, 140, mask, inside)
    # braids falling forward over both shoulders
    for side in (-1, 1):
        for k in range(4):
            x0 = CX + side * (68 + k * 8)
            end = 396 + ((k * 17 + (side + 1) * 6) % 40)
            path = [(x0, 176 + k * 5), (x0 + side * (8 + k * 5), 300), (x0 + side * (6 + k * 10), end)]
            _braid(pen, path, 8.5, look.hair_colour, 18)
            if k == 1:  # a gold cuff on one braid each side
                cx, cy = bezier_path(path, n=10)[7]
                pen.rect(cx - 5.5, cy - 4, 11, 8, pal.GOLD, radius=2)
                pen.rect(cx - 5.5, cy - 4, 11, 2.5, pal.GOLD_LIGHT, radius=1)


def _bob(pen: Pen, look: Look) -> None:
    outer = _crown(FW + 20, 92, 186, 170, 370, n=30)
    left_side = bezier((CX - 94, CHIN_Y - 4), (CX - 94, 250), (CX - FW - 20, 210), (CX - FW - 20, 186),
                       n=10)
    right_side = bezier((CX + FW + 20, 186), (CX + FW + 20, 210), (CX + 94, 250), (CX + 94, CHIN_Y - 4),
                        n=10)
    inner: list[Point] = [(CX + 80, CHIN_Y - 4), (CX + 70, 240), (CX + 68, 170)]
    # a straight fringe that stops well above the brows
    inner += bezier((CX + 68, 170), (CX + 60, 152), (CX + 30, 150), (CX, 152), n=8)
    inner += bezier((CX, 152), (CX - 30, 154), (CX - 60, 152), (CX - 68, 170), n=8)
    inner += [(CX - 70, 240), (CX - 80, CHIN_Y - 4)]
    shape = left_side + outer + right_side + inner
    strands = [(bezier((CX - 20, 100), (CX - 24, 120), (CX - 26, 140), (CX - 28, 152), n=8), 2.0),
               (bezier((CX + 20, 100), (CX + 22, 120), (CX + 26, 140), (CX + 28, 152), n=8), 2.0),
               (bezier((CX - 70, 130), (CX - 86, 180), (CX - 88, 240), (CX - 86, 286), n=10), 2.2),
               (bezier((CX + 70, 130), (CX + 86, 180), (CX + 88, 240), (CX + 86, 286), n=10), 2.2)]
    sheen = [(bezier((CX - 70, 140), (CX - 50, 106), (CX - 10, 100), n=10), 9)]
    _textured(pen, shape, look.hair_colour, strands, sheen)


# -- head coverings --------------------------------------------------------------------------

def _scarf_back(pen: Pen, look: Look) -> None:
    dark, base, light = _tones(look.headwear_colour)
    shape = bezier((CX, 86), (CX - 124, 84), (CX - 112, 250), (CX - 96, 320), n=18)
    shape += bezier((CX - 96, 320), (CX - 140, 360), (CX - 150, 420), (CX - 140, 500), n=10)
    shape += [(CX + 140, 500)]
    shape += bezier((CX + 140, 500), (CX + 150, 420), (CX + 140, 360), (CX + 96, 320), n=10)
    shape += bezier((CX + 96, 320), (CX + 112, 250), (CX + 124, 84), (CX, 86), n=18)
    pen.poly(shape, base)
    # the shade just around the face, where the scarf folds under the chin
    pen.poly(_scarf_opening(10), darker(base, 0.18))


def _scarf_opening(grow: float):
    return ellipse_points(CX, CY + 8, FW + grow, FH + grow - 4, 0, 360, 40)


def _scarf_front(pen: Pen, look: Look) -> None:
    dark, base, light = _tones(look.headwear_colour)
    # the scarf over the forehead and along the temples, framing the face in a soft oval
    outer = ellipse_points(CX, CY + 8, FW + 14, FH + 10, 150, 390, 30)
    inner = ellipse_points(CX, 218, FW - 3, 80, 22, -202, 30)
    pen.poly(outer + inner, base)
    pen.stroke(ellipse_points(CX, 218, FW - 1, 82, -196, 16, 24), 2.4, darker(base, 0.2))
    pen.stroke(ellipse_points(CX, 216, FW + 2, 86, -160, -20, 20), 3.0, mix(base, light, 0.7))
    # soft folds down the sides and the drape over the chest
    for side in (-1, 1):
        pen.curve((CX + side * 82, 190), (CX + side * 96, 250), (CX + side * 90, 316), 3.0, dark,
                  taper=(0.2, 0.4), n=10)
        pen.curve((CX + side * 96, 330), (CX + side * 124, 390), (CX + side * 126, 480), 3.0, dark,
                  taper=(0.2, 0.3), n=10)
    drape = bezier((CX - 96, 292), (CX - 50, 326), (CX + 40, 336), (CX + 108, 306), n=16)
    drape += bezier((CX + 108, 306), (CX + 130, 420), (CX + 120, 470), (CX + 100, 500), n=10)
    drape += [(CX - 100, 500)]
    drape += bezier((CX - 100, 500), (CX - 120, 440), (CX - 112, 380), (CX - 96, 292), n=8)
    pen.poly(drape, base)
    pen.curve((CX - 80, 340), (CX - 20, 376), (CX + 60, 366), 3.0, dark, taper=(0.2, 0.3), n=12)
    pen.curve((CX - 60, 400), (CX, 428), (CX + 80, 408), 2.6, dark, taper=(0.2, 0.3), n=12)
    pen.curve((CX - 90, 318), (CX - 30, 350), (CX + 40, 350), 5, mix(base, light, 0.6),
              taper=(0.2, 0.2), n=12)


def _turban(pen: Pen, look: Look) -> None:
    dark, base, light = _tones(look.headwear_colour)
    # a tall, neatly wrapped turban with a gentle point at the front
    shape: list[Point] = [(CX - FW - 4, 196)]
    shape += bezier((CX - FW - 4, 196), (CX - FW - 22, 130), (CX - 74, 56), (CX, 50), n=14)
    shape += bezier((CX, 50), (CX + 74, 56), (CX + FW + 22, 130), (CX + FW + 4, 196), n=14)
    shape += bezier((CX + FW + 4, 196), (CX + 50, 160), (CX + 20, 146), (CX, 158), n=10)
    shape += bezier((CX, 158), (CX - 20, 146), (CX - 50, 160), (CX - FW - 4, 196), n=10)
    pen.poly(shape, base)

    def folds(p: Pen) -> None:
        p.glow(CX + 70, 130, 50, 90, dark, 150)
        p.glow(CX - 30, 80, 60, 40, light, 120)
        # layers wrapped from each side, crossing at the front
        for k in range(4):
            y = 78 + k * 24
            p.curve((CX - 100, y + 76), (CX - 44, y + 26), (CX + 6, y - 4), 3.2, mix(base, dark, 0.7),
                    taper=(0.3, 0.6), n=12)
            p.curve((CX - 98, y + 68), (CX - 44, y + 18), (CX + 6, y - 10), 2.4, mix(base, light, 0.7),
                    taper=(0.3, 0.6), n=12)
        for k in range(3):
            y = 96 + k * 26
            p.curve((CX + 100, y + 64), (CX + 50, y + 24), (CX + 8, y + 2), 3.0, mix(base, dark, 0.6),
                    taper=(0.3, 0.6), n=12)

    def mask(p: Pen) -> None:
        p.poly(shape, (255, 255, 255))

    pen.clipped(100, 40, 200, 170, mask, folds)
    pen.stroke(bezier((CX - FW - 2, 194), (CX - 50, 158), (CX - 20, 148), (CX, 158), n=10), 2.5, dark)
    pen.stroke(bezier((CX, 158), (CX + 20, 148), (CX + 50, 158), (CX + FW + 2, 194), n=10), 2.5, dark)


def _hood_back(pen: Pen, look: Look) -> None:
    dark, base, light = _tones(look.headwear_colour)
    shape = bezier((CX - 70, 340), (CX - 140, 300), (CX - 136, 62), (CX, 58), n=18)
    shape += bezier((CX, 58), (CX + 136, 62), (CX + 140, 300), (CX + 70, 340), n=18)
    pen.poly(shape, base)
    pen.stroke(bezier((CX - 20, 60), (CX - 10, 62), (CX - 4, 70), (CX - 2, 90), n=6), 2, dark)
    # the shadow inside the hood, around the face
    pen.poly(_hood_opening(2), darker(base, 0.55))


def _hood_opening(grow: float):
    return ellipse_points(CX, CY + 10, FW + 16 + grow, FH + 16 + grow, 0, 360, 40)


def _hood_front(pen: Pen, look: Look) -> None:
    dark, base, light = _tones(look.headwear_colour)
    rim_colour = mix(base, light, 0.55)
    outer = ellipse_points(CX, CY + 10, FW + 32, FH + 30, 118, 422, 34)
    inner = ellipse_points(CX, CY + 10, FW + 16, FH + 16, 422, 118, 34)
    pen.poly(outer + inner, rim_colour)
    pen.stroke(ellipse_points(CX, CY + 10, FW + 24, FH + 23, 125, 415, 34), 1.6, base)
    pen.stroke(ellipse_points(CX, CY + 10, FW + 31, FH + 29, 200, 290, 16), 3, lighter(rim_colour, 0.2))
