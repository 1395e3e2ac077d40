"""Colour themes of the game: warm cream (default) and high contrast. Colours only; shapes and words carry meaning."""

from __future__ import annotations

from dataclasses import dataclass

Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Theme:
    naam: str
    bg: Colour
    """The page behind everything."""
    panel: Colour
    panel_alpha: int
    """Opacity of panels drawn over the shop art (255 = solid)."""
    edge: Colour
    text: Colour
    soft: Colour
    """Secondary text: still at least 4.5:1 against panel."""
    accent: Colour
    """Gold: headings, the jeweller's touch."""
    button: Colour
    button_text: Colour
    button_hover: Colour
    primary: Colour
    primary_text: Colour
    selected: Colour
    focus: Colour
    """The focus ring: thick, and never the only cue (a widget also gets a marker)."""
    focus_halo: Colour
    good: Colour
    ok: Colour
    bad: Colour
    scrim: tuple[int, int, int, int]
    """Dims the scene under a pause or feedback panel."""
    bar_bg: Colour
    bar_fill: Colour


CREME = Theme(
    naam="creme",
    bg=(244, 236, 222),
    panel=(255, 250, 240),
    panel_alpha=246,
    edge=(196, 170, 128),
    text=(43, 33, 24),
    soft=(92, 74, 58),
    accent=(133, 96, 26),
    button=(239, 226, 202),
    button_text=(43, 33, 24),
    button_hover=(230, 211, 176),
    primary=(92, 56, 30),
    primary_text=(255, 248, 236),
    selected=(214, 190, 140),
    focus=(24, 62, 120),
    focus_halo=(255, 255, 255),
    good=(34, 110, 60),
    ok=(150, 100, 10),
    bad=(160, 40, 35),
    scrim=(40, 28, 18, 120),
    bar_bg=(226, 214, 192),
    bar_fill=(150, 110, 40),
)

CONTRAST = Theme(
    naam="contrast",
    bg=(0, 0, 0),
    panel=(0, 0, 0),
    panel_alpha=255,
    edge=(255, 255, 255),
    text=(255, 255, 255),
    soft=(235, 235, 235),
    accent=(255, 221, 0),
    button=(0, 0, 0),
    button_text=(255, 255, 255),
    button_hover=(40, 40, 40),
    primary=(255, 221, 0),
    primary_text=(0, 0, 0),
    selected=(60, 60, 0),
    focus=(0, 220, 255),
    focus_halo=(0, 0, 0),
    good=(120, 255, 140),
    ok=(255, 221, 0),
    bad=(255, 130, 120),
    scrim=(0, 0, 0, 190),
    bar_bg=(60, 60, 60),
    bar_fill=(255, 221, 0),
)

THEMES = {t.naam: t for t in (CREME, CONTRAST)}


def theme(naam: str) -> Theme:
    return THEMES.get(naam, CREME)
