"""The Store as the game uses it: profiles, attempts, settings, autosave, mastery and lessons.

The teacher PIN is no longer the Store's: it lives in the school configuration (test_trust_school.py)."""

import json
from datetime import date, timedelta

import pytest

from progress_support import played, scenario, times
from simulator.content import tekst
from simulator.progress import ProfileExists, Store, UnknownProfile, saves_dir
from simulator.engine import Choose


@pytest.fixture(scope="module")
def geladen():
    return scenario()


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "saves")


def test_profiles_are_listed_by_name_and_found_again(store):
    store.create_profile("zoë", klas="JW3A")
    anna = store.create_profile("Anna", klas="JW3A", pin="1234")
    assert [p.naam for p in store.profiles()] == ["Anna", "zoë"]
    assert store.find_profile("ANNA").id == anna.id
    assert anna.id.startswith("anna-")
    assert store.check_pin(anna.id, "1234") and not store.check_pin(anna.id, "4321")
    assert "1234" not in (store.folder / "profielen" / anna.id / "profiel.json").read_text(encoding="utf-8")


def test_a_second_profile_with_the_same_name_in_the_class_is_refused(store):
    store.create_profile("Anna", klas="JW3A")
    with pytest.raises(ProfileExists, match="Er is al een profiel met de naam Anna in klas JW3A"):
        store.create_profile("anna", klas="JW3A")
    assert store.create_profile("Anna", klas="JW4B").klas == "JW4B"
    with pytest.raises(ValueError, match="Vul een naam"):
        store.create_profile("   ")


def test_an_attempt_is_saved_with_everything_and_read_back_by_another_window(store, geladen):
    anna = store.create_profile("Anna")
    started, ended = times()
    session = played(geladen, "beste")
    store.record_attempt(anna.id, geladen, session, "toets", started, ended)

    again = Store(store.folder).attempts(anna.id)
    assert len(again) == 1
    a = again[0]
    assert (a.scenario, a.hash, a.werkproces, a.modus) == ("test-winkel-ontvangst", geladen.hash, "B1-K2-W1", "toets")
    assert (a.begin, a.eind, a.klaar, a.afloop, a.score, a.geslaagd) == (started, ended, True, "geslaagd", 1.0, True)
    assert [(c.id, c.oordeel, c.punten, c.max, c.kritiek) for c in a.criteria] == [
        ("B1-K2-W1.1", "goed", 3, 3, False), ("B1-K2-W1.2", "goed", 2, 2, False)]
    assert a.log == session.state.log
    assert a.titel == "Een klant komt binnen"


def test_unknown_profile_and_mode_are_refused(store, geladen):
    with pytest.raises(UnknownProfile):
        store.record_attempt("niemand-000000", geladen, played(geladen), "oefenen", *times())
    anna = store.create_profile("Anna")
    with pytest.raises(ValueError):
        store.record_attempt(anna.id, geladen, played(geladen), "examen", *times())


def test_best_scores_mastery_and_what_to_practise_next(store, geladen):
    anna = store.create_profile("Anna")
    assert store.suggestion(anna.id) is None
    store.record_attempt(anna.id, geladen, played(geladen, "beste"), "oefenen", *times(30))
    store.record_attempt(anna.id, geladen, played(geladen, ["2", "1"]), "oefenen", *times(20))
    assert store.best_scores(anna.id) == {"test-winkel-ontvangst": 1.0}

    m = store.mastery(anna.id)
    w1 = m["criteria"]["B1-K2-W1.1"]
    assert w1.recent == ("onvoldoende", "goed") and w1.pogingen == 2 and w1.niveau == "op weg"
    assert m["criteria"]["B1-K2-W1.3"].niveau == "nieuw"
    assert m["werkprocessen"]["B1-K2-W1"].geoefend == 2
    assert m["werkprocessen"]["B1-K2-W6"].niveau == "nieuw"

    tip = store.suggestion(anna.id, [geladen])
    assert tip.werkproces == "B1-K2-W1" and tip.criteria[0] == "B1-K2-W1.1"
    assert tip.scenario == "test-winkel-ontvangst"
    assert "heeft een open en uitnodigende houding" in tekst(tip.reden)

    for minutes in (3, 2, 1):
        store.record_attempt(anna.id, geladen, played(geladen, "beste"), "oefenen", *times(minutes))
    m = store.mastery(anna.id)
    assert m["criteria"]["B1-K2-W1.1"].niveau == "beheerst"  # the latest three count, the old mistake no longer


def test_a_criterion_rated_well_once_is_not_called_weak(store, geladen):
    # one good play: everything 'op weg', and the tip said "lukt dit nog niet altijd" of a criterion rated goed
    anna = store.create_profile("Anna")
    store.record_attempt(anna.id, geladen, played(geladen, "beste"), "oefenen", *times(10))
    tip = store.suggestion(anna.id, [geladen])
    assert "lukt dit nog niet altijd" not in tekst(tip.reden)
    assert "ging" in tekst(tip.reden) and "goed" in tekst(tip.reden)


def test_autosave_offers_resume_and_a_finished_attempt_clears_it(store, geladen):
    anna = store.create_profile("Anna")
    assert store.resume_point(anna.id) is None
    session = played(geladen, ["1"])
    store.autosave(anna.id, geladen, session, "toets")
    scenario_id, state = Store(store.folder).resume_point(anna.id)
    assert scenario_id == geladen.scenario.id and state == session.state and state.stap == "vraag"
    assert store.resume_info(anna.id).modus == "toets"

    session.do(Choose(1))
    store.record_attempt(anna.id, geladen, session, "toets", *times())
    assert store.resume_point(anna.id) is None

    store.autosave(anna.id, geladen, played(geladen, ["2"]))
    store.clear_autosave(anna.id)
    assert Store(store.folder).resume_point(anna.id) is None


def test_settings_from_two_windows_are_merged_not_overwritten(store):
    anna = store.create_profile("Anna")
    window1, window2 = Store(store.folder), Store(store.folder)
    s1, s2 = window1.settings(anna.id), window2.settings(anna.id)
    window1.save_settings(anna.id, {**s1, "tekstgrootte": 150})
    window2.save_settings(anna.id, {**s2, "thema": "hoog-contrast"})
    assert Store(store.folder).settings(anna.id) == {"tekstgrootte": 150, "thema": "hoog-contrast"}
    s1 = window1.settings(anna.id)
    del s1["thema"]
    window1.save_settings(anna.id, s1)
    assert Store(store.folder).settings(anna.id) == {"tekstgrootte": 150}


def test_loose_attempts_are_packed_when_read_and_still_all_there(tmp_path, geladen):
    store = Store(tmp_path, compact_at=5)
    anna = store.create_profile("Anna")

    def record(first, n):
        return [store.record_attempt(anna.id, geladen, played(geladen, f"willekeurig:{i}"), "oefenen",
                                     *times(60 - i)).id for i in range(first, first + n)]

    ids = record(0, 12)
    folder = tmp_path / "profielen" / anna.id / "pogingen"
    assert len(list(folder.glob("p-*.json"))) == 12  # saving never packs: it must stay quick
    assert [a.id for a in store.attempts(anna.id)] == ids
    assert len(list(folder.glob("pak-*.log.json"))) == 1 and list(folder.glob("p-*.json")) == []
    ids += record(12, 3)
    fresh = Store(tmp_path).attempts(anna.id)
    assert [a.id for a in fresh] == ids
    assert all(len(a.log) == 2 for a in fresh)


def test_saves_dir_follows_option_then_environment_then_portable_folder(tmp_path, monkeypatch):
    class Args:
        saves = str(tmp_path / "optie")

    monkeypatch.setenv("JUWELIER_SAVES", str(tmp_path / "omgeving"))
    assert saves_dir(Args()) == tmp_path / "optie"
    assert saves_dir(None) == tmp_path / "omgeving"
    monkeypatch.delenv("JUWELIER_SAVES")
    monkeypatch.setattr("simulator.paths.program_dir", lambda: tmp_path)
    assert saves_dir(None) != tmp_path / "saves"
    (tmp_path / "saves").mkdir()
    assert saves_dir(None) == tmp_path / "saves"


def test_lessons_for_the_class_and_a_toets_counts_once(store, geladen, tmp_path):
    folder = tmp_path / "schoolinstellingen" / "opdrachten"
    folder.mkdir(parents=True)
    tot = (date.today() + timedelta(days=7)).isoformat()
    (folder / "ontvangen.yaml").write_text(
        f"titel: Klanten ontvangen\nklas: JW3A\nscenarios: [test-winkel-ontvangst]\nmodus: toets\ntot: {tot}\n",
        encoding="utf-8")
    (folder / "oud.yaml").write_text("titel: Vorige week\nscenarios: [x]\ntot: 2020-01-01\n", encoding="utf-8")
    (folder / "andere-klas.yaml").write_text("titel: Anders\nklas: JW4B\nscenarios: [x]\n", encoding="utf-8")
    (folder / "kapot.yaml").write_text("titel: [\n", encoding="utf-8")
    anna = store.create_profile("Anna", klas="jw3a")
    assert store.assignments(anna) == []          # never from the saves folder, only from the folders given
    [les] = store.assignments(anna, [folder])
    assert (les.titel, les.modus, les.scenarios) == ("Klanten ontvangen", "toets", ["test-winkel-ontvangst"])
    assert store.assignment_status(anna.id, les) == {"test-winkel-ontvangst": None}

    first = store.record_attempt(anna.id, geladen, played(geladen, "slechtste"), "toets", *times(10))
    store.record_attempt(anna.id, geladen, played(geladen, "beste"), "toets", *times(5))
    assert store.assignment_status(anna.id, les)["test-winkel-ontvangst"].id == first.id


def test_a_students_data_can_be_exported_and_deleted(store, geladen):
    anna = store.create_profile("Anna", pin="1111")
    bob = store.create_profile("Bob")
    store.record_attempt(anna.id, geladen, played(geladen), "oefenen", *times())
    exported = store.export_profile(anna.id)
    assert exported["profiel"]["naam"] == "Anna" and exported["profiel"]["pin_hash"] == "(ingesteld)"
    assert len(exported["pogingen"]) == 1 and exported["pogingen"][0]["log"]
    store.delete_profile(anna.id)
    assert [p.id for p in Store(store.folder).profiles()] == [bob.id]
    assert not any(p.name.startswith(("anna", ".verwijderd")) for p in (store.folder / "profielen").iterdir())
