"""Every kind of step resumes exactly: a session saved after any move and resumed plays on to the same result."""

from __future__ import annotations

import pytest

from conftest import SCENARIOS
from simulator import content
from simulator.content.steps import SOORTEN, soort_van
from simulator.engine import Session, SessionState
from simulator.engine.autoplay import play


def _one_scenario_per_kind() -> dict:
    found: dict = {}
    for path in sorted(SCENARIOS.rglob("*.yaml")):
        geladen = content.load(path)
        for stap in geladen.scenario.stappen.values():
            found.setdefault(soort_van(stap).naam, geladen)
    return found


PER_KIND = _one_scenario_per_kind()


def test_the_library_has_every_kind_of_step():
    assert set(PER_KIND) == {k.naam for k in SOORTEN}


@pytest.mark.parametrize("kind", sorted(PER_KIND))
@pytest.mark.parametrize("route", ["beste", "slechtste"])
def test_saved_after_any_move_and_resumed_it_ends_the_same(kind, route):
    geladen = PER_KIND[kind]
    whole = Session(geladen)
    moves = [z.gedaan for z in play(whole, route) if z.gedaan != "verder"]
    assert whole.afgelopen
    for cut in range(len(moves) + 1):
        first = Session(geladen)
        play(first, moves[:cut])
        saved = first.state.model_dump_json()
        resumed = Session(geladen, SessionState.model_validate_json(saved))
        assert resumed.step == first.step
        play(resumed, moves[cut:])
        assert resumed.result() == whole.result(), f"{geladen.scenario.id}: hervat na zet {cut}"
        assert [r.keuze for r in resumed.state.log] == [r.keuze for r in whole.state.log]
