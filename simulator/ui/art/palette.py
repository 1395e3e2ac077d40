"""The shared colours of the shop's art, and small helpers to mix them.

One warm palette for everything (cream walls, dark wood, brass, velvet, glass), so the backdrops,
the counter, the items and the map feel like one shop.
"""

from __future__ import annotations

Color = tuple[int, int, int]

# Walls and light
CREAM = (246, 236, 216)
CREAM_LIGHT = (252, 246, 232)
CREAM_DARK = (230, 214, 188)
PLASTER_SHADE = (214, 196, 168)
WARM_LIGHT = (255, 238, 196)

# Wood
WOOD_DARK = (92, 58, 38)
WOOD = (128, 84, 52)
WOOD_MID = (150, 102, 64)
WOOD_LIGHT = (186, 136, 88)
WOOD_EDGE = (64, 40, 27)
FLOOR = (170, 122, 80)
FLOOR_DARK = (146, 102, 66)

# Metals
BRASS = (196, 158, 82)
BRASS_LIGHT = (236, 206, 130)
BRASS_DARK = (140, 106, 48)
GOLD = (222, 176, 70)
GOLD_LIGHT = (250, 222, 140)
GOLD_DARK = (160, 116, 36)
SILVER = (196, 200, 206)
SILVER_LIGHT = (238, 240, 244)
SILVER_DARK = (132, 138, 148)
ROSE_GOLD = (214, 150, 128)

# Velvet and leather
VELVET_BLUE = (36, 52, 96)
VELVET_BLUE_LIGHT = (58, 78, 130)
VELVET_RED = (110, 30, 48)
VELVET_RED_LIGHT = (146, 48, 68)
LEATHER = (120, 72, 44)
LEATHER_LIGHT = (150, 96, 60)
SATIN = (244, 232, 214)

# Glass and gems
GLASS = (214, 232, 236)
GLASS_EDGE = (170, 196, 204)
GLASS_SHINE = (250, 254, 255)
DIAMOND = (236, 248, 255)
DIAMOND_SHADE = (170, 206, 228)
RUBY = (196, 40, 70)
SAPPHIRE = (48, 84, 180)
EMERALD = (40, 150, 100)
PEARL = (246, 240, 230)

# Misc
INK = (52, 40, 36)
SHADOW = (60, 40, 30)
PLANT = (86, 132, 84)
PLANT_DARK = (60, 100, 64)
SKY = (190, 220, 236)
WHITE = (255, 255, 255)


def hex_color(value: str | None, default: Color) -> Color:
    """'#rrggbb' (or 'rrggbb') -> (r, g, b); anything unreadable gives the default."""
    if not isinstance(value, str):
        return default
    text = value.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    try:
        return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
    except ValueError:
        return default


def mix(a: Color, b: Color, t: float) -> Color:
    """The colour a fraction t of the way from a to b."""
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


def darker(c: Color, t: float = 0.2) -> Color:
    """Shade: mixed towards a warm near-black rather than grey, so shadows stay warm."""
    return mix(c, (30, 18, 14), t)


def lighter(c: Color, t: float = 0.2) -> Color:
    """Highlight: mixed towards a warm white."""
    return mix(c, (255, 250, 240), t)


def luminance(c: Color) -> float:
    """Perceived brightness 0..1 (to pick a readable shade on light or dark colours)."""
    return (0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]) / 255
