"""The shop's art as cached surfaces: calls the drawing functions of simulator.ui.art once per size and mood.

Art is drawn once and blitted every frame after. While simulator.ui.art is missing (or a function raises),
a plain stand-in is drawn so the game never stops for a picture.
"""

from __future__ import annotations

import functools
import sys

import pygame

from simulator import paths

_art = None
_ART_ERROR = None
_loaded = False


def _art_module():
    """simulator.ui.art, imported on first use (it is big; the start screen shows before it is needed).
    Any failure to import it means: use the stand-ins."""
    global _art, _ART_ERROR, _loaded
    if not _loaded:
        _loaded = True
        try:
            from simulator.ui import art as module
            _art = module
        except Exception as exc:  # noqa: BLE001
            _ART_ERROR = exc
            print(f"juwelier: de tekeningen konden niet laden ({exc!r}); eenvoudige vervanging.", file=sys.stderr)
    return _art

ITEMS = ("horloge", "ring", "ketting", "armband", "oorbellen", "batterij", "sieradendoos")
ROOMS = ("verkoopruimte", "werkplaats", "kantoor")


@functools.lru_cache(maxsize=1)
def portraits() -> dict:
    import yaml  # not before the first frame: importing it costs a noticeable part of the start-up
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load((paths.ASSETS_DIR / "portretten.yaml").read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    except OSError:
        return {}
    return data if isinstance(data, dict) else {}


class Art:
    def __init__(self):
        self._cache: dict = {}
        self._warned: set[str] = set()

    def _draw(self, name: str, size, args: tuple, fallback):
        surf = pygame.Surface(size, pygame.SRCALPHA)
        rect = surf.get_rect()
        art = _art_module()
        fn = getattr(art, name, None) if art is not None else None
        if fn is not None:
            try:
                result = fn(surf, rect, *args)
                return surf, result
            except Exception as exc:  # noqa: BLE001 - a broken drawing must not stop a lesson
                if name not in self._warned:
                    self._warned.add(name)
                    print(f"juwelier: tekening '{name}' mislukt ({exc!r}); eenvoudige vervanging.", file=sys.stderr)
                surf = pygame.Surface(size, pygame.SRCALPHA)
        return surf, fallback(surf, rect, *args)

    def _cached(self, key, name, size, args, fallback):
        found = self._cache.get(key)
        if found is None:
            surf, extra = self._draw(name, size, args, fallback)
            surf = surf.convert_alpha() if pygame.display.get_surface() is not None else surf
            found = (surf, extra)
            self._cache[key] = found
        return found

    def portrait(self, portret: str | None, mood: str, size, portretten=None) -> pygame.Surface:
        """portretten: the scenario's world's portraits (a teacher's own beside the built-in ones); None: the
        built-in ones."""
        known = portretten if portretten is not None else portraits()
        params = dict(known.get(portret or "", {})) or {"leeftijd": 40, "huid": "getint", "kleding": "#4a5a6a"}
        key = ("portrait", portret, repr(sorted(params.items())), mood, tuple(size))
        return self._cached(key, "draw_portrait", tuple(size), (params, mood), _fallback_portrait)[0]

    def backdrop(self, plek: str, size) -> pygame.Surface:
        surf = self._cached(("backdrop", plek, tuple(size)), "draw_backdrop", tuple(size), (plek,), _fallback_backdrop)[0]
        return surf

    def counter(self, size) -> pygame.Surface:
        return self._cached(("counter", tuple(size)), "draw_counter", tuple(size), (), _fallback_counter)[0]

    def item(self, kind: str, size) -> pygame.Surface:
        return self._cached(("item", kind, tuple(size)), "draw_item", tuple(size), (kind,), _fallback_item)[0]

    def shop_map(self, size) -> tuple[pygame.Surface, dict[str, pygame.Rect]]:
        key = ("map", tuple(size))
        found = self._cache.get(key)
        if found is None:
            hotspots: dict[str, pygame.Rect] = {}
            surf, _ = self._draw("draw_shop_map", tuple(size), (hotspots,), _fallback_map)
            if set(hotspots) != set(ROOMS):
                surf = pygame.Surface(tuple(size), pygame.SRCALPHA)
                hotspots = {}
                _fallback_map(surf, surf.get_rect(), hotspots)
            found = (surf.convert_alpha() if pygame.display.get_surface() else surf, hotspots)
            self._cache[key] = found
        return found[0], {k: pygame.Rect(v) for k, v in found[1].items()}

    def logo(self, size) -> pygame.Surface:
        return self._cached(("logo", tuple(size)), "draw_logo", tuple(size), (), _fallback_logo)[0]


# -- stand-ins: plain shapes, until the real art is there -------------------------------------

_SKIN = {"licht": (238, 205, 180), "getint": (212, 166, 120), "bruin": (160, 110, 70), "donker": (100, 66, 42)}
_MOUTH = {"blij": "blij", "boos": "boos", "bezorgd": "bezorgd"}


def _colour(value, default):
    try:
        return pygame.Color(value)
    except (ValueError, TypeError):
        return pygame.Color(default)


def _fallback_portrait(surf, rect, params, mood):
    from simulator.ui import draw
    skin = _SKIN.get(params.get("huid"), (212, 166, 120))
    cloth = _colour(params.get("kleding"), "#4a5a6a")
    w, h = rect.size
    pygame.draw.ellipse(surf, cloth, (w * 0.12, h * 0.62, w * 0.76, h * 0.6))
    head = pygame.Rect(w * 0.28, h * 0.14, w * 0.44, h * 0.5)
    pygame.draw.ellipse(surf, skin, head)
    draw.icon(surf, f"stem-{mood}", head.inflate(-head.w * 0.2, -head.h * 0.2), (60, 40, 30))


def _fallback_backdrop(surf, rect, plek):
    wall = {"verkoopruimte": (236, 222, 196), "werkplaats": (222, 214, 198), "kantoor": (226, 220, 206)}.get(plek, (230, 220, 200))
    surf.fill(wall)
    floor = pygame.Rect(0, rect.h * 0.72, rect.w, rect.h * 0.28)
    pygame.draw.rect(surf, (150, 112, 78), floor)
    for i in range(4):
        shelf = pygame.Rect(rect.w * (0.5 + i * 0.12), rect.h * 0.18, rect.w * 0.1, rect.h * 0.5)
        pygame.draw.rect(surf, (205, 190, 160), shelf, border_radius=6)
        pygame.draw.rect(surf, (170, 140, 90), shelf, 3, border_radius=6)


def _fallback_counter(surf, rect):
    pygame.draw.rect(surf, (120, 80, 50), rect.inflate(0, -rect.h * 0.1).move(0, rect.h * 0.05), border_radius=8)
    pygame.draw.rect(surf, (200, 225, 230), (rect.left, rect.top, rect.w, rect.h * 0.14), border_radius=6)


def _fallback_item(surf, rect, kind):
    pygame.draw.circle(surf, (200, 160, 60), rect.center, min(rect.size) // 3, max(3, min(rect.size) // 10))


def _fallback_map(surf, rect, hotspots):
    surf.fill((0, 0, 0, 0))
    pad = 12
    w, h = rect.w - 2 * pad, rect.h - 2 * pad
    hotspots["verkoopruimte"] = pygame.Rect(pad, pad, int(w * 0.6), h)
    hotspots["werkplaats"] = pygame.Rect(pad + int(w * 0.6) + 8, pad, w - int(w * 0.6) - 8, int(h * 0.5) - 4)
    hotspots["kantoor"] = pygame.Rect(pad + int(w * 0.6) + 8, pad + int(h * 0.5) + 4, w - int(w * 0.6) - 8, int(h * 0.5) - 4)
    tints = {"verkoopruimte": (238, 224, 196), "werkplaats": (220, 212, 196), "kantoor": (226, 218, 204)}
    for name, r in hotspots.items():
        pygame.draw.rect(surf, tints[name], r, border_radius=10)
        pygame.draw.rect(surf, (150, 120, 80), r, 3, border_radius=10)


def _fallback_logo(surf, rect):
    cx, cy = rect.center
    s = min(rect.size) // 2 - 2
    pts = [(cx, cy - s), (cx + s, cy - s // 4), (cx, cy + s), (cx - s, cy - s // 4)]
    pygame.draw.polygon(surf, (184, 140, 40), pts)
    pygame.draw.polygon(surf, (110, 80, 20), pts, 3)
