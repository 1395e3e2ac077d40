"""Small helpers the scenes share: the room of a werkproces, rating words and icons, scenario lookups."""

from __future__ import annotations

import pygame

from simulator.ui import draw

ROOMS = ("verkoopruimte", "werkplaats", "kantoor")
WIDE_LETTERS = 38
"""Body-text letters (at the player's text size) the window's width must hold for two columns side by side."""


def wide(ctx) -> bool:
    """Room for two columns beside each other (a map and a list, two routes): true up to 125 % text in any window
    of 16:9 or 4:3; false at 150 % and more, where one column reads better."""
    return ctx.screen.w / ctx.fonts.size("body") >= WIDE_LETTERS


def room_of(werkproces: str) -> str:
    """The room of the shop where a werkproces is practised (as Scenario.waar() does by default)."""
    if werkproces.startswith("B1-K2"):
        return "verkoopruimte"
    if werkproces.startswith("P2-K2"):
        return "kantoor"
    return "werkplaats"


def werkproces_title(ctx, code: str) -> str:
    try:
        return ctx.dossier.werkproces(code).titel
    except KeyError:
        return code


def criterium_text(ctx, cid: str) -> str:
    try:
        return ctx.dossier.criterium(cid).tekst
    except KeyError:
        return cid


def icon_line(ctx, icon: str, text: str, width: int, role: str = "body", colour=None, icon_colour=None) -> pygame.Surface:
    """An icon in front of wrapped text, as one surface."""
    fonts, theme = ctx.fonts, ctx.theme
    lh = fonts.line_height(role)
    size = min(lh, fonts.size(role) + ctx.px(8))
    gap = ctx.px(14)
    block = fonts.block(text, role, colour or theme.text, max(ctx.px(40), width - size - gap))
    surf = pygame.Surface((width, max(lh, block.get_height())), pygame.SRCALPHA)
    draw.icon(surf, icon, (0, (lh - size) // 2, size, size), icon_colour or colour or theme.text, bg=theme.panel)
    surf.blit(block, (size + gap, 0))
    return surf


def stack_surfaces(parts: list[pygame.Surface], width: int, gap: int = 8) -> pygame.Surface:
    h = sum(p.get_height() for p in parts) + gap * max(0, len(parts) - 1)
    surf = pygame.Surface((width, max(1, h)), pygame.SRCALPHA)
    y = 0
    for p in parts:
        surf.blit(p, (0, y))
        y += p.get_height() + gap
    return surf


def rating_colour(theme, oordeel: str):
    return {"goed": theme.good, "voldoende": theme.ok, "onvoldoende": theme.bad}.get(oordeel, theme.text)


def points_text(ctx, punten: int) -> str:
    return ctx.count("punten.plus" if punten > 0 else "punten.min", abs(punten))


def points_line(ctx, punten: int, cid: str, kritiek: bool = False) -> str:
    """'-1 punt op ‘stelt de juiste vragen…’': the criterion as a name, so a minus never reads as a minus for asking
    good questions (a new student read '-1 punt: stelt de juiste vragen' that way)."""
    head = ctx.t("feedback.kritiek") if kritiek else (points_text(ctx, punten) if punten else ctx.t("punten.nul"))
    return ctx.t("punten.regel", punten=head, criterium=criterium_text(ctx, cid))
