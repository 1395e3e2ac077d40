"""The window the game draws in: its real size in pixels and the scale the UI is laid out at.

Scenes lay out in the window's own pixels (so text is rendered at the real resolution and stays crisp on any
screen), at a scale that makes the design's 1280x720 fit: `px(40)` is 40 pixels in a 1280x720 window,
32 at 1024x768 and 60 at 1920x1080. At that scale the window is always at least 1280 "design pixels" wide and
720 high; a 4:3 screen gives more height, never less width. Fonts grow with the same scale, so a layout
decided in design pixels looks the same in every window; only the text size (100-200 %) changes what fits.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

DESIGN = (1280, 720)
"""The size the layout constants are written for (scale 1.0)."""
MIN_SCALE = 0.5
"""Below this (a window smaller than 640x360) pages scroll instead of shrinking further."""
MAX_SCALE = 4.0
MIN_WINDOW = (800, 500)
"""The smallest window the player can drag it to; 1024x768 is the smallest school screen we lay out for."""


@dataclass(frozen=True)
class Screen:
    w: int
    h: int

    @property
    def scale(self) -> float:
        fit = min(self.w / DESIGN[0], self.h / DESIGN[1])
        return max(MIN_SCALE, min(MAX_SCALE, fit))

    def px(self, n: float) -> int:
        """Design pixels to window pixels."""
        return round(n * self.scale)

    @property
    def size(self) -> tuple[int, int]:
        return (self.w, self.h)

    @property
    def rect(self) -> pygame.Rect:
        return pygame.Rect(0, 0, self.w, self.h)

    @property
    def design_h(self) -> int:
        """The window's height in design pixels (720 at 16:9, 960 at 4:3)."""
        return round(self.h / self.scale)


def fitting_size(desktop: tuple[int, int]) -> tuple[tuple[int, int], bool]:
    """The window size to open at on a desktop of this size, and whether to maximise it.

    A small school screen (1024x768, 1366x768) gets the whole screen as a maximised window: a 1280x720 window would
    not fit with its title bar and the taskbar. A larger one gets a 16:9 window of about 85 % of it.
    """
    dw, dh = desktop
    if dw < 1400 or dh < 860:
        return (max(MIN_WINDOW[0], dw), max(MIN_WINDOW[1], dh - 80)), True
    h = round(dh * 0.85)
    w = min(round(dw * 0.85), round(h * 16 / 9))
    return (w, round(w * 9 / 16)), False


def fits(size: tuple[int, int], desktop: tuple[int, int]) -> bool:
    """A remembered window size is used again only while it still fits this PC's screen."""
    return MIN_WINDOW[0] <= size[0] <= desktop[0] and MIN_WINDOW[1] <= size[1] <= desktop[1]
