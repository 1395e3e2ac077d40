"""Contact sheets of all the art, to look at while drawing and for the docs.

    python -m simulator.ui.art.sheet [MAP]        (default: docs/screenshots)

writes art-portretten.png (every portrait in every mood) and art-winkel.png (backdrops, the
dialogue composition, the counter, items, the map, the logo) into MAP. Runs headless.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

from . import (ITEM_KINDS, MOODS, PLEKKEN, draw_backdrop, draw_counter, draw_item, draw_logo,  # noqa: E402
               draw_portrait, draw_shop_map, draw_workbench)

BG = (236, 226, 208)
INK = (60, 44, 36)


def _font(size: int) -> pygame.font.Font:
    if not pygame.font.get_init():
        pygame.font.init()
    return pygame.font.Font(None, size)


def _label(surface: pygame.Surface, text: str, pos, size: int = 20) -> None:
    surface.blit(_font(size).render(text, True, INK), pos)


def portraits_sheet(portraits: dict[str, dict], cell=(172, 214), groups: int = 3) -> pygame.Surface:
    """Every portrait in every mood: `groups` people side by side per row, four moods each."""
    ids = list(portraits)
    rows = (len(ids) + groups - 1) // groups
    cw, ch = cell
    label_h = 18
    gap = 16
    width = groups * (4 * cw) + (groups - 1) * gap + 20
    height = 40 + rows * (ch + label_h + 6)
    sheet = pygame.Surface((width, height))
    sheet.fill(BG)
    _label(sheet, "Portretten: neutraal / blij / bezorgd / boos", (10, 10), 26)
    for i, pid in enumerate(ids):
        row, col = divmod(i, groups)
        x0 = 10 + col * (4 * cw + gap)
        y0 = 40 + row * (ch + label_h + 6)
        _label(sheet, pid, (x0 + 4, y0), 18)
        for m, mood in enumerate(MOODS):
            r = pygame.Rect(x0 + m * cw, y0 + label_h, cw - 4, ch)
            pygame.draw.rect(sheet, (246, 238, 222), r, border_radius=6)
            draw_portrait(sheet, r.inflate(-6, -4), portraits[pid], mood)
    return sheet


def compose_dialogue(surface: pygame.Surface, rect, plek: str, params: dict, mood: str) -> None:
    """The dialogue screen's picture as the UI is meant to build it: backdrop, the person centred
    left, and (in the verkoopruimte) the counter in front of them."""
    r = pygame.Rect(rect)
    draw_backdrop(surface, r, plek)
    counter_top = r.top + round(r.height * 0.64)
    ph = round(r.height * 0.62)
    pw = round(ph * 0.8)
    person = pygame.Rect(0, 0, pw, ph)
    if plek == "verkoopruimte":   # standing behind the counter
        person.midbottom = (r.left + round(r.width * 0.36), counter_top + round(r.height * 0.06))
    else:                         # standing in the room, cut off by the screen's bottom (and the UI's panel)
        person.size = (round(r.height * 0.7), round(r.height * 0.875))
        person.midbottom = (r.left + round(r.width * 0.36), r.bottom)
    draw_portrait(surface, person.clip(r), params, mood)
    if plek == "verkoopruimte":
        draw_counter(surface, pygame.Rect(r.left, counter_top, r.width, r.bottom - counter_top))


def shop_sheet(portraits: dict[str, dict]) -> pygame.Surface:
    """Backdrops, the dialogue composition, the counter, the items, the logo, the map, the bench."""
    width = 1920
    sheet = pygame.Surface((width, 2240))
    sheet.fill(BG)
    y = 10
    _label(sheet, "Achtergronden: verkoopruimte / werkplaats / kantoor", (10, y), 26)
    y += 30
    cw, ch = 624, 351
    for i, plek in enumerate(PLEKKEN):
        draw_backdrop(sheet, (10 + i * (cw + 10), y, cw, ch), plek)
    y += ch + 16
    _label(sheet, "Dialoogscherm (achtergrond + portret + toonbank)", (10, y), 26)
    y += 30
    people = (("verkoopruimte", "klant-vrouw-70", "boos"), ("werkplaats", "collega-man-30", "blij"),
              ("kantoor", "leidinggevende-vrouw-50", "bezorgd"))
    for i, (plek, pid, mood) in enumerate(people):
        compose_dialogue(sheet, (10 + i * (cw + 10), y, cw, ch), plek, portraits.get(pid, {}), mood)
        _label(sheet, f"{pid}: {mood}", (16 + i * (cw + 10), y + 6), 20)
    y += ch + 16
    _label(sheet, "Dezelfde dialoog op 800x600, en klant-man-20 blij", (10, y), 26)
    y += 30
    compose_dialogue(sheet, (10, y, 800, 600), "verkoopruimte", portraits.get("klant-man-20", {}), "blij")
    draw_logo(sheet, (830, y, 240, 240))
    draw_logo(sheet, (1090, y + 80, 80, 80))
    draw_logo(sheet, (1190, y + 104, 32, 32))
    for i, kind in enumerate(ITEM_KINDS + ("iets-onbekends",)):
        col, row = divmod(i, 2)
        x0 = 830 + col * 190
        y0 = y + 260 + row * 170
        pygame.draw.rect(sheet, (246, 238, 222), (x0, y0, 170, 150), border_radius=8)
        draw_item(sheet, (x0 + 10, y0 + 6, 150, 120), kind)
        _label(sheet, kind, (x0 + 10, y0 + 130), 18)
    y += 616
    _label(sheet, "Toonbank (counter), 1900x170", (10, y), 26)
    y += 30
    draw_counter(sheet, (10, y, 1900, 170))
    y += 186
    _label(sheet, "Winkelkaart (hotspots omlijnd) en werkbank", (10, y), 26)
    y += 30
    hotspots: dict = {}
    draw_shop_map(sheet, (10, y, 940, 530), hotspots)
    for rect in hotspots.values():
        pygame.draw.rect(sheet, (40, 160, 90), rect, 2)
    draw_workbench(sheet, (970, y, 940, 530))
    return sheet


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    pygame.font.init()
    from simulator.content.assets import portraits

    people = portraits()
    for name, sheet in (("art-portretten.png", portraits_sheet(people)), ("art-winkel.png", shop_sheet(people))):
        pygame.image.save(sheet, str(out / name))
        print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
