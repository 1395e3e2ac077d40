"""Several paused scenarios per student: one autosave per scenario, old single autosaves still read, and a
resumed attempt keeps the time it began (so its duration is the real one, not the minutes since resuming)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from progress_support import DATA, played, scenario, times

from simulator import content
from simulator.engine import Choose
from simulator.progress import Store


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path)


@pytest.fixture
def two():
    return scenario(), content.load(DATA / "prijs.yaml")


def test_starting_another_scenario_keeps_the_first_one_paused(store, two):
    ontvangst, prijs = two
    anna = store.create_profile("Anna")
    store.autosave(anna.id, ontvangst, played(ontvangst, ["1"]), "oefenen")
    store.autosave(anna.id, prijs, played(prijs, []), "toets")

    paused = Store(store.folder).paused(anna.id)
    assert [p.scenario for p in paused] == [prijs.scenario.id, ontvangst.scenario.id]   # newest first
    assert [p.modus for p in paused] == ["toets", "oefenen"]
    assert store.resume_info(anna.id, ontvangst.scenario.id).state.stap == "vraag"

    store.clear_autosave(anna.id, prijs.scenario.id)          # the student discards one of them
    assert [p.scenario for p in store.paused(anna.id)] == [ontvangst.scenario.id]


def test_finishing_a_scenario_clears_only_its_own_autosave(store, two):
    ontvangst, prijs = two
    anna = store.create_profile("Anna")
    store.autosave(anna.id, prijs, played(prijs, []))
    session = played(ontvangst, ["1"])
    store.autosave(anna.id, ontvangst, session)
    session.do(Choose(1))
    store.record_attempt(anna.id, ontvangst, session, "oefenen", *times())
    assert [p.scenario for p in store.paused(anna.id)] == [prijs.scenario.id]


def test_an_old_single_autosave_is_still_offered_and_moves_over(store, two):
    ontvangst, prijs = two
    anna = store.create_profile("Anna")
    halfway = played(ontvangst, ["1"])
    old = {"schema": 2, "soort": "autosave", "scenario": ontvangst.scenario.id, "hash": ontvangst.hash,
           "modus": "oefenen", "begin": "2026-03-02T10:00:00+01:00", "state": halfway.state.model_dump(mode="json")}
    legacy = store.folder / "profielen" / anna.id / "autosave.json"
    legacy.write_text(json.dumps(old), encoding="utf-8")

    store.autosave(anna.id, prijs, played(prijs, []))        # another scenario: the old pause stays
    assert {p.scenario for p in store.paused(anna.id)} == {ontvangst.scenario.id, prijs.scenario.id}
    assert store.resume_info(anna.id, ontvangst.scenario.id).state == halfway.state

    store.autosave(anna.id, ontvangst, halfway)               # saved again: now in its own file, its start kept
    assert not legacy.exists()
    info = store.resume_info(anna.id, ontvangst.scenario.id)
    assert info.begin == datetime.fromisoformat("2026-03-02T10:00:00+01:00")
    assert len(store.paused(anna.id)) == 2


def test_a_scenario_id_that_is_no_safe_file_name_gets_its_own_file(store):
    text = (DATA / "ontvangst.yaml").read_text(encoding="utf-8")
    upper = content.parse(text.replace("id: test-winkel-ontvangst", "id: Test.Winkel").encode(), "x.yaml")
    lower = content.parse(text.replace("id: test-winkel-ontvangst", "id: test.winkel").encode(), "y.yaml")
    anna = store.create_profile("Anna")
    store.autosave(anna.id, upper, played(upper, ["1"]))
    store.autosave(anna.id, lower, played(lower, []))
    assert {p.scenario for p in store.paused(anna.id)} == {"Test.Winkel", "test.winkel"}
    names = sorted(p.name for p in (store.folder / "profielen" / anna.id / "autosaves").iterdir())
    assert len(names) == 2 and all(n.endswith(".json") and "." not in n[:-5] for n in names)


def test_saving_again_without_a_start_keeps_the_first_start(store, two):
    ontvangst, _ = two
    anna = store.create_profile("Anna")
    begin = datetime.now().astimezone() - timedelta(minutes=4)
    session = played(ontvangst, [])
    store.autosave(anna.id, ontvangst, session, started=begin)
    session.do(Choose(1))
    store.autosave(anna.id, ontvangst, session)
    assert Store(store.folder).resume_info(anna.id, ontvangst.scenario.id).begin == begin
