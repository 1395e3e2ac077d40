"""The game's art, drawn in code: portraits, shop backdrops, the counter, items, the shop map, the logo.

Every function draws onto the given surface inside rect (nothing outside it) and returns the pixel
area it covered. They are pure apart from small internal caches, and quick enough to call once per
size and cache the result (see docs in each module). Works on plain and per-pixel-alpha surfaces.
"""

from .backdrops import PLEKKEN, draw_backdrop
from .counter import draw_counter
from .items import ITEM_KINDS, draw_item
from .logo import draw_logo
from .look import MOODS
from .portraits import draw_portrait
from .shop_map import draw_shop_map
from .workbench import draw_workbench

__all__ = ["ITEM_KINDS", "MOODS", "PLEKKEN", "draw_backdrop", "draw_counter", "draw_item", "draw_logo",
           "draw_portrait", "draw_shop_map", "draw_workbench"]
