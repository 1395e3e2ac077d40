"""Drawing primitives shared by widgets and scenes: panels, focus rings, and icons drawn as shapes.

Icons carry meaning by their shape (check, cross, bar, plus, minus), always next to a word, never by colour alone.
"""

from __future__ import annotations

import functools
import math

import pygame

RADIUS = 14
FOCUS_WIDTH = 4


def rounded(surface, colour, rect, radius=RADIUS, width=0) -> None:
    pygame.draw.rect(surface, colour, rect, width, border_radius=radius)


@functools.lru_cache(maxsize=64)
def _panel_surface(size, colour, alpha, edge, radius):
    surf = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.rect(surf, (*colour, alpha), surf.get_rect(), border_radius=radius)
    pygame.draw.rect(surf, (*edge, 255), surf.get_rect(), 2, border_radius=radius)
    return surf


def panel(surface, theme, rect, radius=RADIUS, alpha=None) -> None:
    """A calm card over the shop art; cached per size so a frame only blits it."""
    rect = pygame.Rect(rect)
    if rect.w <= 0 or rect.h <= 0:
        return
    a = theme.panel_alpha if alpha is None else alpha
    surface.blit(_panel_surface(rect.size, theme.panel, a, theme.edge, radius), rect.topleft)


@functools.lru_cache(maxsize=16)
def _scrim(size, rgba):
    surf = pygame.Surface(size, pygame.SRCALPHA)
    surf.fill(rgba)
    return surf


def scrim(surface, theme) -> None:
    surface.blit(_scrim(surface.get_size(), theme.scrim), (0, 0))


def focus_ring(surface, theme, rect, radius=RADIUS) -> None:
    """A thick ring outside the widget with a thin halo, visible on light and dark art alike."""
    outer = pygame.Rect(rect).inflate(FOCUS_WIDTH * 2 + 4, FOCUS_WIDTH * 2 + 4)
    pygame.draw.rect(surface, theme.focus_halo, outer.inflate(4, 4), 2, border_radius=radius + 6)
    pygame.draw.rect(surface, theme.focus, outer, FOCUS_WIDTH, border_radius=radius + 4)


# -- icons ------------------------------------------------------------------------------------

def icon(surface, name: str, rect, colour, bg=None) -> None:
    """Draw a named icon centred in rect: goed, voldoende, onvoldoende, plus, min, kritiek, terug,
    pauze, check, vink-uit, radio-aan, radio-uit, stem-<mood>, pijl-links, pijl-rechts, slot."""
    rect = pygame.Rect(rect)
    s = min(rect.w, rect.h)
    cx, cy = rect.center
    w = max(2, s // 9)
    if name in ("goed", "voldoende", "onvoldoende"):
        pygame.draw.circle(surface, colour, (cx, cy), s // 2, 0 if name == "goed" else w)
        inner = bg if name == "goed" and bg is not None else colour
        if name == "goed":
            _check(surface, inner, rect.inflate(-s // 2.6, -s // 2.6), w + 1)
        elif name == "voldoende":
            pygame.draw.line(surface, colour, (cx - s // 4, cy), (cx + s // 4, cy), w + 1)
        else:
            d = s // 5
            pygame.draw.line(surface, colour, (cx - d, cy - d), (cx + d, cy + d), w + 1)
            pygame.draw.line(surface, colour, (cx - d, cy + d), (cx + d, cy - d), w + 1)
    elif name == "check":
        _check(surface, colour, rect.inflate(-s // 5, -s // 5), w + 1)
    elif name == "vink-uit":
        pygame.draw.rect(surface, colour, rect.inflate(-s // 4, -s // 4), w, border_radius=4)
    elif name in ("radio-aan", "radio-uit"):
        # one choice of a few: a ring, with a dot in it when chosen
        pygame.draw.circle(surface, colour, (cx, cy), s * 3 // 8, w)
        if name == "radio-aan":
            pygame.draw.circle(surface, colour, (cx, cy), max(2, s * 3 // 16))
    elif name == "plus":
        pygame.draw.circle(surface, colour, (cx, cy), s // 2, w)
        d = s // 4
        pygame.draw.line(surface, colour, (cx - d, cy), (cx + d, cy), w + 1)
        pygame.draw.line(surface, colour, (cx, cy - d), (cx, cy + d), w + 1)
    elif name == "min":
        pygame.draw.circle(surface, colour, (cx, cy), s // 2, w)
        d = s // 4
        pygame.draw.line(surface, colour, (cx - d, cy), (cx + d, cy), w + 1)
    elif name == "kritiek":
        top, left, right = (cx, rect.top + 2), (rect.left + 2, rect.bottom - 3), (rect.right - 2, rect.bottom - 3)
        pygame.draw.polygon(surface, colour, (top, right, left), w)
        pygame.draw.line(surface, colour, (cx, cy - s // 8), (cx, cy + s // 7), w + 1)
        pygame.draw.circle(surface, colour, (cx, cy + s // 4), max(2, w - 1))
    elif name == "pauze":
        bw = max(3, s // 5)
        pygame.draw.rect(surface, colour, (cx - bw - bw // 2, cy - s // 3, bw, 2 * s // 3), border_radius=2)
        pygame.draw.rect(surface, colour, (cx + bw // 2, cy - s // 3, bw, 2 * s // 3), border_radius=2)
    elif name in ("terug", "pijl-links", "pijl-rechts"):
        d = s // 3
        sign = 1 if name == "pijl-rechts" else -1
        tip = (cx + sign * d, cy)
        pygame.draw.line(surface, colour, (cx - sign * d, cy), tip, w + 1)
        pygame.draw.line(surface, colour, tip, (cx, cy - d), w + 1)
        pygame.draw.line(surface, colour, tip, (cx, cy + d), w + 1)
    elif name == "slot":
        pygame.draw.rect(surface, colour, (cx - s // 3, cy - s // 10, 2 * s // 3, s // 2.4), border_radius=3)
        pygame.draw.arc(surface, colour, (cx - s // 5, cy - s // 2.4, 2 * s // 5, s // 2), 0, math.pi, w)
    elif name.startswith("stem-"):
        _face(surface, name[5:], rect, colour, w)


def _check(surface, colour, rect, width) -> None:
    r = pygame.Rect(rect)
    pts = [(r.left, r.centery), (r.left + r.w * 0.4, r.bottom - r.h * 0.15), (r.right, r.top + r.h * 0.15)]
    pygame.draw.lines(surface, colour, False, pts, width)


def _face(surface, mood: str, rect, colour, w) -> None:
    """A small face whose mouth and brows show the mood: the shape says it, not the colour.

    The mouth is a curve through three points (its corners and its middle), so a smile is a clear U and a
    frown a clear upside-down U at every size; the eyes stay small dots (big blobs read as a scowl).
    """
    r = pygame.Rect(rect)
    s = min(r.w, r.h)
    cx, cy = r.center
    pygame.draw.circle(surface, colour, (cx, cy), s // 2, w)
    ex, ey = s * 0.17, cy - s * 0.1
    eye = max(1.5, s / 14)
    for side in (-1, 1):
        pygame.draw.circle(surface, colour, (round(cx + side * ex), round(ey)), round(eye))
    half = s * (0.2 if mood == "blij" else 0.16)
    mouth_y = cy + s * 0.2
    # how far the middle of the mouth sits below (+) or above (-) its corners
    bend = {"blij": s * 0.13, "boos": -s * 0.1, "bezorgd": -s * 0.06}.get(mood, 0.0)
    _curve(surface, colour, (cx - half, mouth_y - bend / 2), (cx, mouth_y + bend / 2), (cx + half, mouth_y - bend / 2),
           max(1, w - 1))
    if mood in ("boos", "bezorgd"):
        # brows: pulled down to the middle when angry, lifted in the middle when worried
        inner_y, outer_y = (cy - s * 0.18, cy - s * 0.3) if mood == "boos" else (cy - s * 0.32, cy - s * 0.24)
        for side in (-1, 1):
            pygame.draw.line(surface, colour, (round(cx + side * s * 0.06), round(inner_y)),
                             (round(cx + side * s * 0.3), round(outer_y)), max(1, w - 1))


def _curve(surface, colour, a, mid, b, width: int) -> None:
    """A smooth curve from a through mid to b (a quadratic through three points), with round ends."""
    control = (2 * mid[0] - (a[0] + b[0]) / 2, 2 * mid[1] - (a[1] + b[1]) / 2)
    pts = []
    for i in range(13):
        t = i / 12
        x = (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * control[0] + t * t * b[0]
        y = (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * control[1] + t * t * b[1]
        pts.append((round(x), round(y)))
    pygame.draw.lines(surface, colour, False, pts, width)
    for end in (pts[0], pts[-1]):
        pygame.draw.circle(surface, colour, end, max(1, width // 2))
