"""Pictures of progress: a heat strip of ratings, a line of scores over time, a mastery bar with its level.

Each picture says what it shows in words or symbols as well as colour (a rating cell has its icon and
word; a point on the line has a shape for passed or not), so nothing depends on seeing colour.
"""

from __future__ import annotations

import pygame

from simulator.ui import draw
from simulator.ui.scenes.common import rating_colour, stack_surfaces

ORDER = ("onvoldoende", "voldoende", "goed")


def heat_strip(ctx, ratings, width: int) -> pygame.Surface:
    """Cells oldest to newest, each a coloured tile with the rating's icon and word; wraps when narrow."""
    fonts, theme = ctx.fonts, ctx.theme
    words = {o: ctx.t(f"oordeel.{o}") for o in ORDER}
    lh = fonts.line_height("small")
    icon = lh
    cell_w = max(fonts.width(w, "small") for w in words.values()) + icon + 30
    cell_h = lh + 16
    if not ratings:
        return fonts.block(ctx.t("voortgang.nog_niet"), "small", theme.soft, width)
    per_row = max(1, (width + 8) // (cell_w + 8))
    rows = (len(ratings) + per_row - 1) // per_row
    surf = pygame.Surface((width, rows * (cell_h + 8) - 8), pygame.SRCALPHA)
    for i, oordeel in enumerate(ratings):
        x = (i % per_row) * (cell_w + 8)
        y = (i // per_row) * (cell_h + 8)
        cell = pygame.Rect(x, y, cell_w, cell_h)
        colour = rating_colour(theme, oordeel)
        tint = tuple(int(c * 0.22 + p * 0.78) for c, p in zip(colour, theme.panel))
        draw.rounded(surf, tint, cell, 8)
        draw.rounded(surf, colour, cell, 8, width=2)
        draw.icon(surf, oordeel, (x + 10, y + 8, icon, icon), colour, bg=tint)
        label = fonts.render(words.get(oordeel, oordeel), "small", theme.text)
        surf.blit(label, (x + 20 + icon, y + (cell_h - label.get_height()) // 2))
    return surf


def score_line(ctx, points, width: int, height: int) -> pygame.Surface:
    """Score per attempt (0..100 %), oldest left: a filled dot for passed, a hollow square for not passed.

    `points` is a list of (score 0..1, passed, label under the axis or '')."""
    fonts, theme = ctx.fonts, ctx.theme
    surf = pygame.Surface((width, height), pygame.SRCALPHA)
    small_h = fonts.line_height("small")
    axis_w = fonts.width("100 %", "small") + 14
    plot = pygame.Rect(axis_w, small_h // 2 + 4, width - axis_w - 16, height - 2 * small_h - 20)
    for pct in (0, 50, 100):
        y = plot.bottom - int(plot.h * pct / 100)
        pygame.draw.line(surf, theme.bar_bg if pct else theme.soft, (plot.left, y), (plot.right, y), 2)
        tag = fonts.render(f"{pct} %", "small", theme.soft)
        surf.blit(tag, (axis_w - 10 - tag.get_width(), y - tag.get_height() // 2))
    if not points:
        return surf
    n = len(points)
    step = plot.w / max(1, n - 1) if n > 1 else 0
    xy = [(plot.left + (int(i * step) if n > 1 else plot.w // 2), plot.bottom - int(plot.h * s)) for i, (s, _, _) in
          enumerate(points)]
    if n > 1:
        pygame.draw.lines(surf, theme.accent, False, xy, 3)
    r = max(6, small_h // 4)
    for (x, y), (_, passed, _) in zip(xy, points):
        if passed:
            pygame.draw.circle(surf, theme.good, (x, y), r + 1)
        else:
            box = pygame.Rect(0, 0, 2 * r, 2 * r)
            box.center = (x, y)
            pygame.draw.rect(surf, theme.panel, box)
            pygame.draw.rect(surf, theme.bad, box, 3)
    last_right = -999
    for (x, _), (_, _, label) in zip(xy, points):
        if not label:
            continue
        tag = fonts.render(label, "small", theme.soft)
        left = max(0, min(width - tag.get_width(), x - tag.get_width() // 2))
        if left > last_right + 12:
            surf.blit(tag, (left, plot.bottom + 10))
            last_right = left + tag.get_width()
    return surf


def legend(ctx, width: int) -> pygame.Surface:
    """What the shapes on the score line mean."""
    fonts, theme = ctx.fonts, ctx.theme
    lh = fonts.line_height("small")
    r = max(6, lh // 4)
    parts = []
    for passed in (True, False):
        text = fonts.block(ctx.t("voortgang.legenda_geslaagd" if passed else "voortgang.legenda_niet"), "small",
                           theme.text, width - lh - 10)
        row = pygame.Surface((width, max(lh, text.get_height())), pygame.SRCALPHA)
        c = (lh // 2, lh // 2)
        if passed:
            pygame.draw.circle(row, theme.good, c, r + 1)
        else:
            box = pygame.Rect(0, 0, 2 * r, 2 * r)
            box.center = c
            pygame.draw.rect(row, theme.bad, box, 3)
        row.blit(text, (lh + 10, 0))
        parts.append(row)
    return stack_surfaces(parts, width, 4)


def mastery_bar(ctx, value: float, niveau: str, width: int) -> pygame.Surface:
    """A bar of mastery with the percentage and the level in words beside it."""
    fonts, theme = ctx.fonts, ctx.theme
    words = ctx.t("voortgang.balk", pct=round(value * 100), niveau=ctx.t(f"niveau.{niveau.replace(' ', '_')}"))
    text = fonts.render(words, "small", theme.text)
    bar_w = max(80, width - text.get_width() - 16)
    if bar_w + text.get_width() + 16 > width:  # large text: the words go under the bar
        text_block = fonts.block(words, "small", theme.text, width)
        surf = pygame.Surface((width, 22 + text_block.get_height()), pygame.SRCALPHA)
        _bar(surf, theme, pygame.Rect(0, 2, width, 16), value)
        surf.blit(text_block, (0, 22))
        return surf
    h = max(20, text.get_height())
    surf = pygame.Surface((width, h), pygame.SRCALPHA)
    _bar(surf, theme, pygame.Rect(0, h // 2 - 8, bar_w, 16), value)
    surf.blit(text, (bar_w + 16, (h - text.get_height()) // 2))
    return surf


def _bar(surf, theme, rect, value) -> None:
    draw.rounded(surf, theme.bar_bg, rect, 8)
    if value > 0:
        draw.rounded(surf, theme.bar_fill, (rect.left, rect.top, max(16, int(rect.w * min(1.0, value))), rect.h), 8)
    pygame.draw.rect(surf, theme.soft, rect, 1, border_radius=8)
