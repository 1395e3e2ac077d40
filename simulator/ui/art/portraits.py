"""Customer and colleague portraits: a head-and-shoulders bust in one of four moods.

The bust is designed in a 400×500 box and fitted into the caller's rect, bottom-centred, so the
shoulders rest on whatever stands below (the counter). Moods change brows, eyelids and mouth, so
they read at a glance and not by colour alone.
"""

from __future__ import annotations

import pygame

from . import body, face, facial_hair, hair
from .look import H, MOODS, W, look_from
from .pen import Pen, render


CLOSE_UP_BELOW = 180                 # rects lower than this (pixels) get the close-up
CLOSE_UP = (45, 40, 310, 340)        # the part of the 400×500 design shown then (x, y, w, h)


def draw_portrait(surface: pygame.Surface, rect, params: dict | None, mood: str = "neutraal") -> pygame.Rect:
    """Draw the person described by `params` (an entry of portretten.yaml) in `mood`.

    Returns the pixel area the bust covers (bottom-centred inside rect). An unknown mood draws
    neutraal; missing fields get calm defaults. Below 180 px high the picture is a close-up of
    head and shoulders.
    """
    look = look_from(params)
    mood = mood if mood in MOODS else "neutraal"

    def draw(pen: Pen, w: float, h: float) -> None:
        hair.draw_hair_back(pen, look)
        neck = body.draw_neck(pen, look)
        face.draw_neck_shadow(pen, look, neck)
        body.draw_body(pen, look)
        face.draw_ears(pen, look)
        face.draw_earrings(pen, look)
        face.draw_head(pen, look)
        face.draw_age_lines(pen, look, mood)
        face.draw_cheeks(pen, look, mood)
        face.draw_nose(pen, look, mood)
        face.draw_eyes(pen, look, mood)
        facial_hair.draw_beard(pen, look)
        face.draw_mouth(pen, look, mood)
        facial_hair.draw_moustache(pen, look, mood)
        if look.hair == "capuchon":   # a cap worn under the hood
            facial_hair.draw_cap(pen, look)
            hair.draw_hair_front(pen, look)
        else:
            hair.draw_hair_front(pen, look)
            facial_hair.draw_cap(pen, look)
        face.draw_glasses(pen, look)
        face.draw_brows(pen, look, mood)

    r = pygame.Rect(rect)
    if r.height < CLOSE_UP_BELOW:
        # a small picture shows the head larger (shoulders cropped), so the mood still reads
        bx, by, bw, bh = CLOSE_UP
        return render(surface, r, bw, bh, lambda pen, w, h: draw(pen.at(-bx, -by, 1), W, H),
                      fit="contain", anchor=(0.5, 1.0))
    return render(surface, r, W, H, draw, fit="contain", anchor=(0.5, 1.0))
