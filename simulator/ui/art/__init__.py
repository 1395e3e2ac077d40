"""The game's art, drawn in code: portraits, shop backdrops, the counter, items, the shop map, the logo.

Every function draws onto the given surface inside rect (nothing outside it) and returns the pixel
area it covered. They are pure apart from small internal caches, and quick enough to call once per
size and cache the result (see docs in each module). Works on plain and per-pixel-alpha surfaces.

The names load on first use (PEP 562): the window icon and the start screen need only the logo, and
importing every drawing module would cost the first frame some 40 ms.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_HOME = {
    "PLEKKEN": "backdrops", "draw_backdrop": "backdrops",
    "draw_counter": "counter",
    "ITEM_KINDS": "items", "draw_item": "items",
    "draw_logo": "logo",
    "MOODS": "look",
    "draw_portrait": "portraits",
    "draw_shop_map": "shop_map",
    "draw_workbench": "workbench",
}

__all__ = sorted(_HOME)

if TYPE_CHECKING:
    from .backdrops import PLEKKEN, draw_backdrop
    from .counter import draw_counter
    from .items import ITEM_KINDS, draw_item
    from .logo import draw_logo
    from .look import MOODS
    from .portraits import draw_portrait
    from .shop_map import draw_shop_map
    from .workbench import draw_workbench


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_HOME[name]}", __name__), name)
    globals()[name] = value  # the next lookup is a plain one
    return value
