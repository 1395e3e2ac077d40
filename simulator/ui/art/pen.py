"""Drawing in design coordinates, supersampled: the one place the art touches pygame.draw.

Every picture is designed in its own fixed coordinate space (a portrait is 400×500, a backdrop
1280×720), drawn at 2–3× the target pixel size and smoothscaled down. That gives anti-aliased edges
everywhere with plain pygame.draw calls, and one design that looks the same at any size.
Transparent pictures are premultiplied before scaling so their edges do not get a dark fringe.
Big flat pictures (rooms, counter, map) draw at 1× and supersample only their curved details
(Pen.fine), which keeps each call well under 30 ms.
"""

from __future__ import annotations

import math
from typing import Callable, Iterable, Sequence

import pygame

Point = tuple[float, float]
Color = tuple[int, ...]


def bezier(p0: Point, p1: Point, p2: Point, p3: Point | None = None, n: int = 16) -> list[Point]:
    """Points along a quadratic (3 points) or cubic (4 points) Bézier curve, ends included."""
    pts = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        if p3 is None:
            x = u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0]
            y = u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]
        else:
            x = u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0]
            y = u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1]
        pts.append((x, y))
    return pts


def bezier_path(path: Sequence[Point], n: int = 16) -> list[Point]:
    """`bezier` through a path of 3 or 4 control points."""
    if len(path) not in (3, 4):
        raise ValueError(f"a Bézier curve has 3 or 4 control points, not {len(path)}")
    return bezier(path[0], path[1], path[2], path[3] if len(path) == 4 else None, n=n)


def ellipse_points(cx: float, cy: float, rx: float, ry: float, a0: float = 0.0,
                   a1: float = 360.0, n: int = 40) -> list[Point]:
    """Points on an ellipse from angle a0 to a1 (degrees; 0 = right, 90 = down)."""
    out = []
    for i in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * i / n)
        out.append((cx + rx * math.cos(a), cy + ry * math.sin(a)))
    return out


class Pen:
    """Draws on a surface in design units: pixel = origin + unit × scale."""

    def __init__(self, surface: pygame.Surface, scale: float, ox: float = 0.0, oy: float = 0.0):
        self.surface = surface
        self.scale = scale
        self.ox = ox
        self.oy = oy
        self.origin = (0, 0)  # where a sub-pen's surface goes on its parent, in parent pixels
        self.supersampled = False  # True when this pen already draws at 2-3x (then fine() is a no-op)

    # -- coordinates -------------------------------------------------------------------------
    def xy(self, x: float, y: float) -> tuple[float, float]:
        return (self.ox + x * self.scale, self.oy + y * self.scale)

    def _pts(self, pts: Iterable[Point]) -> list[tuple[float, float]]:
        s, ox, oy = self.scale, self.ox, self.oy
        return [(ox + x * s, oy + y * s) for x, y in pts]

    def _rect(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        x0, y0 = self.xy(x, y)
        x1, y1 = self.xy(x + w, y + h)
        return pygame.Rect(round(x0), round(y0), max(1, round(x1) - round(x0)),
                           max(1, round(y1) - round(y0)))

    def area(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        """The pixel rectangle a design rectangle covers."""
        return self._rect(x, y, w, h)

    def within(self, x: float, y: float, w: float, h: float, draw: Callable[["Pen"], None]) -> None:
        """Draw with everything cut off at a design rectangle (a floor inside its walls)."""
        old = self.surface.get_clip()
        self.surface.set_clip(self._rect(x, y, w, h).clip(old))
        draw(self)
        self.surface.set_clip(old)

    # -- filled shapes -----------------------------------------------------------------------
    def fill(self, color: Color) -> None:
        self.surface.fill(color)

    def poly(self, pts: Sequence[Point], color: Color) -> None:
        if len(pts) >= 3:
            pygame.draw.polygon(self.surface, color, self._pts(pts))

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, color: Color) -> None:
        pygame.draw.ellipse(self.surface, color, self._rect(cx - rx, cy - ry, 2 * rx, 2 * ry))

    def circle(self, cx: float, cy: float, r: float, color: Color) -> None:
        x, y = self.xy(cx, cy)
        pygame.draw.circle(self.surface, color, (x, y), max(0.5, r * self.scale))

    def rect(self, x: float, y: float, w: float, h: float, color: Color, radius: float = 0) -> None:
        pygame.draw.rect(self.surface, color, self._rect(x, y, w, h),
                         border_radius=max(0, round(radius * self.scale)) if radius else 0)

    def frame(self, x: float, y: float, w: float, h: float, color: Color, width: float,
              radius: float = 0) -> None:
        """A rectangle's outline, `width` design units thick, drawn inside the rectangle."""
        pygame.draw.rect(self.surface, color, self._rect(x, y, w, h),
                         width=max(1, round(width * self.scale)),
                         border_radius=max(0, round(radius * self.scale)) if radius else 0)

    def ring(self, cx: float, cy: float, rx: float, ry: float, color: Color, width: float) -> None:
        """An ellipse outline `width` thick (the width lies inside the ellipse)."""
        pygame.draw.ellipse(self.surface, color, self._rect(cx - rx, cy - ry, 2 * rx, 2 * ry),
                            max(1, round(width * self.scale)))

    # -- strokes -----------------------------------------------------------------------------
    def stroke(self, pts: Sequence[Point], width: float, color: Color, caps: bool = True) -> None:
        """A thick polyline with round joints and (optionally) round caps."""
        self.tapered(pts, [width] * len(pts), color, caps)

    def tapered(self, pts: Sequence[Point], widths: Sequence[float], color: Color,
                caps: bool = True) -> None:
        """A stroke whose width changes along its points (brows, strands, lashes)."""
        if len(pts) < 2:
            return
        left, right = [], []
        n = len(pts)
        for i, (x, y) in enumerate(pts):
            ax, ay = pts[max(0, i - 1)]
            bx, by = pts[min(n - 1, i + 1)]
            dx, dy = bx - ax, by - ay
            d = math.hypot(dx, dy) or 1.0
            nx, ny = -dy / d, dx / d
            h = widths[i] / 2
            left.append((x + nx * h, y + ny * h))
            right.append((x - nx * h, y - ny * h))
        self.poly(left + right[::-1], color)
        if caps:
            for i in (0, n - 1):
                if widths[i] * self.scale > 1.5:
                    self.circle(pts[i][0], pts[i][1], widths[i] / 2, color)

    def curve(self, p0: Point, p1: Point, p2: Point, width: float, color: Color,
              p3: Point | None = None, taper: tuple[float, float] | None = None, n: int = 16) -> None:
        """A Bézier stroke; taper=(start, end) scales the width at the ends (1 = full)."""
        pts = bezier(p0, p1, p2, p3, n)
        if taper is None:
            self.stroke(pts, width, color)
            return
        t0, t1 = taper
        widths = []
        for i in range(len(pts)):
            t = i / (len(pts) - 1)
            # full width in the middle, tapering towards each end
            w = t0 + (1 - t0) * min(1.0, t * 3) if t < 0.5 else t1 + (1 - t1) * min(1.0, (1 - t) * 3)
            widths.append(width * w)
        self.tapered(pts, widths, color)

    # -- gradients and soft light ------------------------------------------------------------
    def vgrad(self, x: float, y: float, w: float, h: float, top: Color, bottom: Color,
              steps: int | None = None) -> None:
        """A vertical gradient as horizontal bands (exact per pixel row when steps is None)."""
        r = self._rect(x, y, w, h)
        rows = r.height if steps is None else max(1, steps)
        for i in range(rows):
            t = i / max(1, rows - 1)
            c = tuple(round(top[k] + (bottom[k] - top[k]) * t) for k in range(3))
            y0 = r.top + r.height * i // rows
            y1 = r.top + r.height * (i + 1) // rows
            if y1 > y0:
                self.surface.fill(c, (r.left, y0, r.width, y1 - y0))

    def repeat(self, x: float, y: float, w: float, h: float, xs: Iterable[float]) -> None:
        """Copy what is drawn in one area to other x positions (stripes, panels): one draw, many blits."""
        r = self._rect(x, y, w, h).clip(self.surface.get_clip())
        if r.width < 1 or r.height < 1:
            return
        block = self.surface.subsurface(r).copy()
        for nx in xs:
            px = round(self.ox + nx * self.scale)
            self.surface.blit(block, (px, r.top))

    def hgrad(self, x: float, y: float, w: float, h: float, left: Color, right: Color,
              steps: int | None = None) -> None:
        """A horizontal gradient as vertical bands."""
        r = self._rect(x, y, w, h)
        cols = r.width if steps is None else max(1, steps)
        for i in range(cols):
            t = i / max(1, cols - 1)
            c = tuple(round(left[k] + (right[k] - left[k]) * t) for k in range(3))
            x0 = r.left + r.width * i // cols
            x1 = r.left + r.width * (i + 1) // cols
            if x1 > x0:
                self.surface.fill(c, (x0, r.top, x1 - x0, r.height))

    def glow(self, cx: float, cy: float, rx: float, ry: float, color: Color, alpha: int = 120) -> None:
        """A soft round light (or shadow): strongest in the middle, fading to nothing at the edge.

        Drawn small and smoothscaled up, so the fade is smooth and cheap even when it is large.
        """
        r = self._rect(cx - rx, cy - ry, 2 * rx, 2 * ry)
        small = pygame.Surface((32, 32), pygame.SRCALPHA)
        steps = 8
        for i in range(steps):
            t = i / steps
            a = round(alpha * ((i + 1) / steps) ** 1.6)
            inset = t * 15
            pygame.draw.ellipse(small, (*color[:3], a),
                                pygame.Rect(round(inset), round(inset), 32 - 2 * round(inset),
                                            32 - 2 * round(inset)))
        big = pygame.transform.smoothscale(small, r.size)
        self.surface.blit(big, r.topleft)

    def soft_shadow(self, pts: Sequence[Point], color: Color = (40, 24, 16), alpha: int = 70,
                    blur: float = 8.0) -> None:
        """A blurred polygon, for shadows under furniture and objects."""
        if len(pts) < 3:
            return
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        pad = blur * 2
        x0, y0 = min(xs) - pad, min(ys) - pad
        r = self._rect(x0, y0, max(xs) - x0 + pad, max(ys) - y0 + pad)
        # a quarter-size mask, blurred and scaled up again: soft and cheap
        q = 4
        small = pygame.Surface((max(2, r.width // q), max(2, r.height // q)), pygame.SRCALPHA)
        fx = small.get_width() / r.width
        fy = small.get_height() / r.height
        spts = [((self.ox + x * self.scale - r.left) * fx, (self.oy + y * self.scale - r.top) * fy)
                for x, y in pts]
        pygame.draw.polygon(small, (*color[:3], alpha), spts)
        radius = max(1, round(blur * self.scale * fx / 2))
        small = pygame.transform.box_blur(small, radius)
        self.surface.blit(pygame.transform.smoothscale(small, r.size), r.topleft)

    def fine(self, x: float, y: float, w: float, h: float, draw: Callable[["Pen"], None],
             clip: bool = False) -> None:
        """Draw a detailed part (curves, small round things) anti-aliased, on a pen that is not.

        Big flat designs (backdrops, the counter, the map) draw their rectangles straight at 1x and
        send only their round details through here: supersampled in a small patch, then scaled down.
        """
        if self.supersampled:
            if clip:
                old = self.surface.get_clip()
                self.surface.set_clip(self._rect(x, y, w, h).clip(old))
                draw(self)
                self.surface.set_clip(old)
            else:
                draw(self)
            return
        bounds = self.surface.get_clip()
        r = self._rect(x, y, w, h).inflate(4, 4).clip(bounds)
        if r.width < 1 or r.height < 1:
            return
        ss = supersample_for(r.width, r.height)
        big = pygame.Surface((r.width * ss, r.height * ss), pygame.SRCALPHA)
        big.fill((0, 0, 0, 0))
        pen = Pen(big, self.scale * ss, (self.ox - r.left) * ss, (self.oy - r.top) * ss)
        pen.supersampled = True
        if clip:
            big.set_clip(pen._rect(x, y, w, h))
        draw(pen)
        big.premul_alpha_ip()
        self.surface.blit(pygame.transform.smoothscale(big, r.size), r.topleft,
                          special_flags=pygame.BLEND_PREMULTIPLIED)

    def at(self, x: float, y: float, unit: float) -> "Pen":
        """A pen on the same surface whose design unit is `unit` of this pen's, with origin (x, y).

        Lets one design (an item in its 200×200 box) be placed anywhere inside another one.
        """
        pen = Pen(self.surface, self.scale * unit, self.ox + x * self.scale, self.oy + y * self.scale)
        pen.origin = self.origin
        pen.supersampled = self.supersampled
        return pen

    # -- layers ------------------------------------------------------------------------------
    def layer(self, x: float, y: float, w: float, h: float) -> "Pen":
        """A transparent pen over part of this one, to draw things that are clipped or translucent."""
        r = self._rect(x, y, w, h).inflate(4, 4)
        r = r.clip(self.surface.get_clip())
        surf = pygame.Surface((max(1, r.width), max(1, r.height)), pygame.SRCALPHA)
        pen = Pen(surf, self.scale, self.ox - r.left, self.oy - r.top)
        pen.origin = r.topleft
        return pen

    def paste(self, layer: "Pen", mask: "Pen | None" = None, alpha: int = 255) -> None:
        """Put a layer back: clipped to the opaque parts of `mask` (a layer of the same area)."""
        surf = layer.surface
        if mask is not None:
            surf.blit(mask.surface, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        if alpha < 255:
            surf.set_alpha(alpha)
        self.surface.blit(surf, layer.origin)

    def translucent(self, x: float, y: float, w: float, h: float, alpha: int,
                    draw: Callable[["Pen"], None]) -> None:
        """Draw something see-through (glass, a tint, a shadow) over what is already there."""
        lay = self.layer(x, y, w, h)
        draw(lay)
        self.paste(lay, alpha=alpha)

    def clipped(self, x: float, y: float, w: float, h: float, mask: Callable[["Pen"], None],
                draw: Callable[["Pen"], None], alpha: int = 255) -> None:
        """Draw `draw` only where `mask` paints (any colour): shading that stays inside a shape."""
        lay = self.layer(x, y, w, h)
        draw(lay)
        m = self.layer(x, y, w, h)   # new surfaces start fully transparent
        pen_white = _WhitePen(m)
        mask(pen_white)
        self.paste(lay, m, alpha)


class _WhitePen(Pen):
    """A pen that paints every shape opaque white: for masks drawn with the same shape code."""

    def __init__(self, inner: Pen):
        super().__init__(inner.surface, inner.scale, inner.ox, inner.oy)
        self.origin = inner.origin

    def poly(self, pts, color=None):  # noqa: D102 - same shapes, mask colour
        super().poly(pts, (255, 255, 255, 255))

    def ellipse(self, cx, cy, rx, ry, color=None):  # noqa: D102
        super().ellipse(cx, cy, rx, ry, (255, 255, 255, 255))

    def circle(self, cx, cy, r, color=None):  # noqa: D102
        super().circle(cx, cy, r, (255, 255, 255, 255))

    def rect(self, x, y, w, h, color=None, radius=0):  # noqa: D102
        super().rect(x, y, w, h, (255, 255, 255, 255), radius)


# -- putting a design on the screen ----------------------------------------------------------

def supersample_for(w: int, h: int) -> int:
    """How many times larger to draw: more for small pictures (cheap there, and they need it)."""
    return 3 if w * h <= 320 * 320 else 2


def render(surface: pygame.Surface, rect: pygame.Rect | Sequence[int], design_w: float,
           design_h: float, draw: Callable[[Pen, float, float], None], *, fit: str = "contain",
           anchor: tuple[float, float] = (0.5, 0.5), supersample: bool = True) -> pygame.Rect:
    """Draw a design into rect and return the pixel area it covers.

    fit: 'contain' (whole design visible, keeps its shape, placed by anchor), 'cover' (fills rect,
    cropped at the sides), or 'height' (scaled to rect's height; the design gets rect's width in
    design units, passed to draw as its width, so long things like a counter stretch).
    supersample=False draws straight onto the surface at 1x (the design must paint everything it
    wants seen, it gets no transparency of its own); such a design sends its curved details
    through Pen.fine. That is 3-4x faster for big pictures made mostly of rectangles.
    """
    rect = pygame.Rect(rect)
    if rect.width < 1 or rect.height < 1:
        return pygame.Rect(rect.topleft, (0, 0))
    if fit == "cover":
        scale = max(rect.width / design_w, rect.height / design_h)
        out_w, out_h = rect.width, rect.height
        w, h = design_w, design_h
    elif fit == "height":
        scale = rect.height / design_h
        out_w, out_h = rect.width, rect.height
        w, h = rect.width / scale, design_h
    else:
        scale = min(rect.width / design_w, rect.height / design_h)
        out_w, out_h = max(1, round(design_w * scale)), max(1, round(design_h * scale))
        w, h = design_w, design_h
    clip = surface.get_clip()
    pos = (rect.left + round((rect.width - out_w) * anchor[0]),
           rect.top + round((rect.height - out_h) * anchor[1]))
    if not supersample:
        area = pygame.Rect(pos, (out_w, out_h))
        surface.set_clip(area.clip(clip))
        pen = Pen(surface, scale, pos[0] + (out_w - w * scale) / 2, pos[1] + (out_h - h * scale) / 2)
        draw(pen, w, h)
        surface.set_clip(clip)
        return area
    ss = supersample_for(out_w, out_h)
    big = pygame.Surface((out_w * ss, out_h * ss), pygame.SRCALPHA)
    big.fill((0, 0, 0, 0))
    ox = (out_w - w * scale) / 2 * ss
    oy = (out_h - h * scale) / 2 * ss
    pen = Pen(big, scale * ss, ox, oy)
    pen.supersampled = True
    draw(pen, w, h)
    surface.set_clip(rect.clip(clip))
    # premultiplied before scaling, so soft edges mix with the picture's own colour, not black
    big.premul_alpha_ip()
    small = pygame.transform.smoothscale(big, (out_w, out_h))
    if surface.get_flags() & pygame.SRCALPHA:
        # A transparent target (a caller's cache) wants straight alpha, not premultiplied.
        surface.blit(_straight(small), pos)
    else:
        surface.blit(small, pos, special_flags=pygame.BLEND_PREMULTIPLIED)
    surface.set_clip(clip)
    return pygame.Rect(pos, (out_w, out_h))


def _straight(premul: pygame.Surface) -> pygame.Surface:
    """A premultiplied picture as straight alpha, without dark edges.

    Dividing by alpha is not something pygame can do, so each soft edge pixel is instead laid over
    the colour of its solid neighbour: (colour × alpha) + neighbour × (1 − alpha) ≈ colour.
    """
    size = premul.get_size()
    under = pygame.Surface(size, pygame.SRCALPHA)
    under.fill((128, 128, 128, 255))
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        under.blit(premul, (dx, dy), special_flags=pygame.BLEND_PREMULTIPLIED)
    under.blit(premul, (0, 0), special_flags=pygame.BLEND_PREMULTIPLIED)
    alpha = premul.copy()
    alpha.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
    under.blit(alpha, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    return under
