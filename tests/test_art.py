"""The art drawn in code: every portrait in every mood, the rooms, the counter, items, map and logo."""

import pygame
import pytest

from simulator.content.assets import portraits
from simulator.ui import art
from simulator.ui.art.look import CX, MOUTH_Y

SENTINEL = (255, 0, 255)
PEOPLE = portraits()


def canvas(size=(400, 500), alpha=False):
    surface = pygame.Surface(size, pygame.SRCALPHA if alpha else 0)
    surface.fill((*SENTINEL, 0) if alpha else SENTINEL)
    return surface


def coverage(surface, rect):
    """The share of rect (sampled every other pixel) that no longer shows the sentinel colour."""
    rect = pygame.Rect(rect)
    points = [(x, y) for x in range(rect.left, rect.right, 2) for y in range(rect.top, rect.bottom, 2)]
    if not points:
        return 0.0
    return sum(1 for p in points if surface.get_at(p)[:3] != SENTINEL) / len(points)


def untouched_outside(surface, rect):
    rect = pygame.Rect(rect)
    w, h = surface.get_size()
    border = [(x, y) for x in range(0, w, 3) for y in range(0, h, 3) if not rect.collidepoint(x, y)]
    return all(surface.get_at(p)[:3] == SENTINEL for p in border)


def test_the_catalogue_has_the_people_the_scenarios_use():
    assert len(PEOPLE) >= 21
    assert {"klant-vrouw-70", "klant-vrouw-30-hoofddoek", "klant-man-40-tulband", "verdachte-man"} <= set(PEOPLE)


@pytest.mark.parametrize("pid", sorted(PEOPLE))
def test_every_portrait_draws_in_every_mood_and_the_moods_look_different(pid):
    looks = []
    for mood in art.MOODS:
        surface = canvas((160, 200))
        area = art.draw_portrait(surface, surface.get_rect(), PEOPLE[pid], mood)
        assert surface.get_rect().contains(area)
        assert coverage(surface, area) > 0.3  # a bust, not a speck
        looks.append(pygame.image.tobytes(surface, "RGB"))
    assert len(set(looks)) == 4, f"{pid}: two moods draw the same picture"


def _teeth(surface):
    """Near-white pixels in the mouth area of a portrait drawn at its design size (400×500)."""
    return sum(1 for x in range(CX - 24, CX + 24) for y in range(MOUTH_Y - 8, MOUTH_Y + 12)
               if min(surface.get_at((x, y))[:3]) > 235)


def test_a_happy_face_smiles_with_teeth_and_the_others_do_not():
    for pid in ("klant-man-20", "klant-vrouw-70", "klant-man-50"):
        counts = {}
        for mood in art.MOODS:
            surface = canvas()
            art.draw_portrait(surface, surface.get_rect(), PEOPLE[pid], mood)
            counts[mood] = _teeth(surface)
        assert counts["blij"] > 60, (pid, counts)
        assert counts["neutraal"] == counts["boos"] == 0, (pid, counts)


def test_a_portrait_in_a_small_rect_stays_inside_it():
    surface = canvas((200, 200))
    rect = pygame.Rect(60, 70, 80, 80)
    area = art.draw_portrait(surface, rect, PEOPLE["klant-vrouw-35"], "boos")
    assert rect.contains(area) and area.bottom == rect.bottom
    assert coverage(surface, rect) > 0.3
    assert untouched_outside(surface, rect)


def test_missing_fields_and_unknown_moods_fall_back_calmly():
    surface = canvas((100, 125))
    art.draw_portrait(surface, surface.get_rect(), {"haar": "paars", "huid": "?", "leeftijd": "oud"}, "woedend")
    assert coverage(surface, surface.get_rect()) > 0.3
    neutral = canvas((100, 125))
    art.draw_portrait(neutral, neutral.get_rect(), {"haar": "paars", "huid": "?", "leeftijd": "oud"}, "neutraal")
    assert pygame.image.tobytes(surface, "RGB") == pygame.image.tobytes(neutral, "RGB")


def test_on_a_transparent_surface_edges_keep_their_colour():
    """A caller may cache art on a per-pixel-alpha surface: its soft edges must not turn dark."""
    surface = canvas((120, 120), alpha=True)
    art.draw_item(surface, surface.get_rect(), "batterij")
    edges = [surface.get_at((x, y)) for x in range(120) for y in range(120) if 0 < surface.get_at((x, y)).a < 200]
    assert edges, "no anti-aliased edge at all"
    assert all(min(c.r, c.g, c.b) > 70 for c in edges)
    assert surface.get_at((0, 0)).a == 0


@pytest.mark.parametrize("plek", art.PLEKKEN)
def test_each_backdrop_fills_its_rect_and_nothing_else(plek):
    surface = canvas((700, 420))
    rect = pygame.Rect(20, 30, 640, 360)
    art.draw_backdrop(surface, rect, plek)
    assert coverage(surface, rect) == 1.0
    assert untouched_outside(surface, rect)


def test_the_rooms_look_different_and_an_unknown_room_is_the_shop():
    pictures = {}
    for plek in art.PLEKKEN + ("zolder",):
        surface = canvas((320, 180))
        art.draw_backdrop(surface, surface.get_rect(), plek)
        pictures[plek] = pygame.image.tobytes(surface, "RGB")
    assert len({pictures[p] for p in art.PLEKKEN}) == 3
    assert pictures["zolder"] == pictures["verkoopruimte"]


def test_the_counter_stretches_over_any_width():
    for size in ((1280, 250), (800, 200), (300, 90)):
        surface = canvas((size[0] + 20, size[1] + 20))
        rect = pygame.Rect(10, 10, *size)
        art.draw_counter(surface, rect)
        assert coverage(surface, rect) == 1.0
        assert untouched_outside(surface, rect)


@pytest.mark.parametrize("kind", art.ITEM_KINDS + ("iets-onbekends",))
def test_every_item_draws_centred_in_its_rect(kind):
    surface = canvas((220, 160))
    rect = pygame.Rect(10, 10, 200, 140)
    area = art.draw_item(surface, rect, kind)
    assert rect.contains(area) and area.center == rect.center
    assert coverage(surface, area) > 0.05
    assert untouched_outside(surface, rect)


def test_the_map_has_three_separate_rooms_inside_its_rect():
    for size in ((1200, 560), (640, 480), (300, 200)):
        surface = canvas((size[0] + 40, size[1] + 40))
        rect = pygame.Rect(20, 20, *size)
        hotspots = {}
        area = art.draw_shop_map(surface, rect, hotspots)
        assert set(hotspots) == {"verkoopruimte", "werkplaats", "kantoor"}
        rooms = list(hotspots.values())
        for room in rooms:
            assert rect.contains(room) and area.contains(room)
            assert room.width * room.height > 0.08 * rect.width * rect.height
        for i, a in enumerate(rooms):
            for b in rooms[i + 1:]:
                assert not a.colliderect(b)
        assert untouched_outside(surface, rect)
    # the shop floor is the biggest room: that is where most of the work happens
    assert max(hotspots, key=lambda r: hotspots[r].width * hotspots[r].height) == "verkoopruimte"


def test_the_logo_and_the_workbench_draw():
    surface = canvas((300, 300))
    area = art.draw_logo(surface, (50, 50, 200, 120))
    assert area.size == (120, 120) and area.center == (150, 110)
    assert coverage(surface, area) > 0.7
    assert surface.get_at((60, 60))[:3] == SENTINEL            # round: the corners stay free
    bench = canvas((640, 360))
    art.draw_workbench(bench, bench.get_rect())
    assert coverage(bench, bench.get_rect()) == 1.0


def test_zero_sized_rects_draw_nothing_and_do_not_fail():
    surface = canvas((50, 50))
    art.draw_portrait(surface, (10, 10, 0, 0), PEOPLE["klant-man-50"], "blij")
    art.draw_backdrop(surface, (10, 10, 0, 20), "kantoor")
    art.draw_item(surface, (10, 10, 20, 0), "ring")
    art.draw_counter(surface, (0, 0, 0, 0))
    art.draw_shop_map(surface, (0, 0, 0, 0), {})
    art.draw_logo(surface, (0, 0, 0, 0))
    assert coverage(surface, surface.get_rect()) == 0
