"""The program icon, drawn from the logo art: for the game window and, at build time, the Windows .ico file.

Drawn in code, like all the art, so there is no binary icon file to keep in step with the logo.
"""

from __future__ import annotations

import io
import struct

import pygame

from simulator.ui.art import draw_logo

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""The sizes Windows picks from: Explorer, the taskbar and the title bar each ask for their own."""


def icon_surface(size: int) -> pygame.Surface:
    """The round logo on a transparent square of size x size pixels."""
    surface = pygame.Surface((size, size), pygame.SRCALPHA)
    surface.fill((0, 0, 0, 0))
    draw_logo(surface, surface.get_rect())
    return surface


def window_icon() -> pygame.Surface:
    """For pygame.display.set_icon: SDL scales it to what the window manager wants, so one size will do."""
    return icon_surface(64)


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico file holding one PNG image per size (the PNG-in-ICO form Windows Vista and later read)."""
    images = [_png(icon_surface(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images):
        side = 0 if size >= 256 else size  # the format writes 256 as 0
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return header + entries + b"".join(images)


def _png(surface: pygame.Surface) -> bytes:
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "icon.png")
    return buffer.getvalue()
