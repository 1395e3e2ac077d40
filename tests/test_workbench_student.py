"""The bench as a student found it in the first hour: a tool dropped on a spot in the list works like a drop on the
item, the tray keeps its place after an action, and 'Er veranderde niets.' no longer stands above the points of a
right move. Played with the pilot on the snap-on battery change."""

from __future__ import annotations

import pytest
from test_workbench_scene import SCENARIO, key_choice, read_on, start

from simulator import content
from simulator.ui.settings import Instellingen


@pytest.fixture(scope="module")
def geladen():
    return content.load(SCENARIO)


def at_the_bench(p, session):
    key_choice(p, 2)
    read_on(p, session, "prijs")
    key_choice(p, 3)
    read_on(p, session, "openen")
    p.step()
    assert p.names[-1] == "werkbank"
    return p.scene


def drag_to(p, tool_name: str, end) -> None:
    p.drag(p.position(tool_name), end)


def test_the_loupe_dropped_on_a_spot_in_the_list_looks_there(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    bench = at_the_bench(p, session)
    spot = bench.form.find_key("zone-kastdeksel")
    drag_to(p, "Loep", bench.form.visible_rect(spot).center)
    assert session.state.log[-1].keuze == "loep>kastdeksel"
    said = bench.form.find_key("laatste").label
    assert "+2 punten" in said and "lipje" in said
    assert "Er veranderde niets." not in said            # a look that earned points is no mistake


def test_a_tool_that_does_nothing_still_says_so(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    bench = at_the_bench(p, session)
    drag_to(p, "Kastsleutel", bench.zone_point("kastdeksel"))
    said = bench.form.find_key("laatste").label
    assert "Er veranderde niets." in said and "-1 punt" in said


def test_the_lists_keep_their_place_after_an_action(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    bench = at_the_bench(p, session)
    p.ctx.apply(Instellingen(tekstgrootte=200, tempo="direct"), save=False)
    p.app.resize((1024, 768))
    p.step()
    side = bench.form.regions[1]
    assert side.max_scroll > 0                            # at 200 % text the spots scroll
    p.scroll(2, pos=side.rect.center)
    kept = side.scroll
    assert kept > 0
    drag_to(p, "Loep", bench.zone_point("kastdeksel"))
    assert session.state.log[-1].keuze == "loep>kastdeksel"
    assert bench.form.regions[1].scroll == kept


def test_the_lip_drawn_on_the_case_is_a_spot_the_knife_can_go_in(tmp_path, geladen):
    """The notch at the 6 is what a student sees: a knife put there opens the back without a scratch, with or
    without the loupe first (looking first still earns its own points)."""
    from simulator.ui.art import bench_items as art
    p, session = start(tmp_path, geladen)
    bench = at_the_bench(p, session)
    _, area = bench.item()
    notch = (area.left + round(300 * area.w / art.SIZE), area.top + round(445 * area.h / art.SIZE))
    assert bench.zone_at(notch) == "lipje"
    drag_to(p, "Kastmes", notch)
    assert session.state.log[-1].keuze == "kastmes>lipje"
    assert p.names[-1] == "feedback" and p.scene.form.find("+2 punten") is not None
    states = session.state.variabelen
    assert states["kastdeksel"] == "open" and states["kast"] == "heel"
