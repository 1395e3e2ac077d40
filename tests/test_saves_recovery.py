"""Damaged saves: a corrupted, empty, truncated, missing and future-version file each do the right thing and say so."""

import json
import os
import shutil
from pathlib import Path

import pytest

from progress_support import DATA, played, scenario, times
from simulator.progress import Store


@pytest.fixture(scope="module")
def geladen():
    return scenario()


@pytest.fixture
def anna(tmp_path):
    """A profile whose settings were saved three times: version 3 in the file, 2 in .bak1, 1 in .bak2."""
    store = Store(tmp_path)
    profile = store.create_profile("Anna")
    for size in (110, 120, 130):
        store.save_settings(profile.id, {"tekstgrootte": size})
    return profile


def settings_file(tmp_path, profile) -> Path:
    return tmp_path / "profielen" / profile.id / "instellingen.json"


def test_each_save_keeps_the_two_previous_versions(tmp_path, anna):
    path = settings_file(tmp_path, anna)
    sizes = [json.loads(p.read_text(encoding="utf-8"))["waarden"]["tekstgrootte"]
             for p in (path, path.with_name(path.name + ".bak1"), path.with_name(path.name + ".bak2"))]
    assert sizes == [130, 120, 110]


@pytest.mark.parametrize("damage", [
    pytest.param(lambda raw: b"\x00\x13garbage\xff" + raw[5:], id="corrupted"),
    pytest.param(lambda raw: b"", id="empty"),
    pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated"),
])
def test_a_damaged_file_is_kept_aside_and_the_backup_used(tmp_path, anna, damage):
    path = settings_file(tmp_path, anna)
    path.write_bytes(damage(path.read_bytes()))

    store = Store(tmp_path)
    assert store.settings(anna.id) == {"tekstgrootte": 120}
    assert store.take_messages() == []                      # not for whoever is at this PC...
    [message] = store.take_messages(anna.id)                # ...but for Anna
    assert message.startswith("Je opslag (je instellingen) was beschadigd; we hebben de reservekopie van ")
    assert message.endswith(" gebruikt.")
    [teacher] = store.teacher_notices()                     # and for the teacher, with the student's id
    assert teacher.profiel == anna.id and teacher.tekst.startswith("Beschadigd: de instellingen; de reservekopie van ")
    assert len(list(path.parent.glob("instellingen.kapot-*.json"))) == 1
    # The backup was put back in place, so the next start is quiet.
    again = Store(tmp_path)
    assert again.settings(anna.id) == {"tekstgrootte": 120} and again.messages == []


def test_a_damaged_file_without_a_good_backup_starts_afresh_and_says_so(tmp_path, anna):
    path = settings_file(tmp_path, anna)
    for p in path.parent.glob("instellingen.json*"):
        p.write_bytes(b"{")
    store = Store(tmp_path)
    assert store.settings(anna.id) == {}
    [message] = store.take_messages(anna.id)
    assert "was beschadigd en er was geen goede reservekopie" in message
    assert "instellingen.kapot-" in message
    store.save_settings(anna.id, {"thema": "creme"})
    assert Store(tmp_path).settings(anna.id) == {"thema": "creme"}


def test_a_file_from_a_newer_program_is_read_but_never_overwritten(tmp_path, anna):
    path = settings_file(tmp_path, anna)
    future = {"schema": 99, "soort": "instellingen", "waarden": {"tekstgrootte": 200}, "nieuw_veld": [1, 2]}
    path.write_text(json.dumps(future), encoding="utf-8")
    before = path.read_bytes()

    store = Store(tmp_path)
    assert store.settings(anna.id) == {"tekstgrootte": 200}
    store.save_settings(anna.id, {"tekstgrootte": 100})
    assert path.read_bytes() == before
    assert store.read_only
    messages = store.take_messages(anna.id)
    assert any("nieuwere versie van de Juwelier-simulator" in m and "bij te werken" in m for m in messages)
    assert any(m.startswith("We konden je instellingen niet opslaan") for m in messages)


def test_an_attempt_from_a_newer_program_is_left_alone_and_the_rest_loads(tmp_path, anna, geladen):
    store = Store(tmp_path)
    kept = store.record_attempt(anna.id, geladen, played(geladen), "oefenen", *times())
    odd = tmp_path / "profielen" / anna.id / "pogingen" / "p-20990101T000000-ffffffffffffffff.json"
    odd.write_text(json.dumps({"schema": 7, "soort": "poging", "iets": "anders"}), encoding="utf-8")
    fresh = Store(tmp_path)
    assert [a.id for a in fresh.attempts(anna.id)] == [kept.id]
    assert odd.exists()
    assert any("nieuwere versie" in m for m in fresh.messages)


def test_a_damaged_attempt_file_is_moved_aside_and_the_others_load(tmp_path, anna, geladen):
    store = Store(tmp_path)
    good = [store.record_attempt(anna.id, geladen, played(geladen), "oefenen", *times(m)).id for m in (3, 2, 1)]
    folder = tmp_path / "profielen" / anna.id / "pogingen"
    victim = sorted(folder.glob("p-*.json"))[1]
    victim.write_bytes(victim.read_bytes()[:40])
    fresh = Store(tmp_path)
    assert len(fresh.attempts(anna.id)) == 2 and set(a.id for a in fresh.attempts(anna.id)) < set(good)
    assert any("Je opslag (een poging) was beschadigd" in m for m in fresh.messages)
    assert len(list(folder.glob("*.kapot-*.json"))) == 1


def test_a_lost_profile_file_keeps_the_student_and_their_attempts(tmp_path, geladen):
    store = Store(tmp_path)
    bo = store.create_profile("Bo de Wit")
    store.record_attempt(bo.id, geladen, played(geladen), "oefenen", *times())
    for p in (tmp_path / "profielen" / bo.id).glob("profiel.json*"):
        p.write_bytes(b"")
    fresh = Store(tmp_path)
    [profile] = fresh.profiles()
    assert profile.id == bo.id and profile.naam == "Bo De Wit"
    assert len(fresh.attempts(bo.id)) == 1


def test_leftover_temp_files_from_a_crash_are_ignored(tmp_path, anna, geladen):
    store = Store(tmp_path)
    folder = tmp_path / "profielen" / anna.id
    (folder / ".instellingen.json.123-abcd.tmp").write_bytes(b'{"schema": 2, "waard')
    (folder / "pogingen").mkdir(exist_ok=True)
    (folder / "pogingen" / ".p-x.json.1-2.tmp").write_bytes(b"")
    assert Store(tmp_path).settings(anna.id) == {"tekstgrootte": 130}
    assert Store(tmp_path).attempts(anna.id) == []
    assert store.messages == []


def test_version_1_saves_are_migrated(tmp_path, geladen):
    shutil.copytree(DATA / "saves-v1", tmp_path / "saves")
    store = Store(tmp_path / "saves")
    [anna] = store.profiles()
    assert (anna.id, anna.naam, anna.klas) == ("anna-1a2b3c", "Anna", "JW3A")
    assert store.settings(anna.id) == {"tekstgrootte": 150, "thema": "creme"}

    [old] = store.attempts(anna.id)
    assert (old.id, old.werkproces, old.modus, old.klaar, old.afloop) == (
        "p-20250108T100000-0f1e2d3c4b5a6978", "B1-K2-W1", "toets", True, "mislukt")
    assert old.duur.total_seconds() == 300
    assert [c.oordeel for c in old.criteria] == ["onvoldoende", "onvoldoende"] and not old.geslaagd
    assert [r.keuze for r in old.log] == ["2", "1"]

    scenario_id, state = store.resume_point(anna.id)
    assert scenario_id == "test-winkel-ontvangst" and state.stap == "vraag"
    assert store.messages == []

    # Saving writes the current format; old attempt files stay as they were and keep loading.
    store.save_settings(anna.id, {"tekstgrootte": 175, "thema": "creme"})
    saved = json.loads((tmp_path / "saves" / "profielen" / anna.id / "instellingen.json").read_text(encoding="utf-8"))
    assert saved["schema"] == 2 and saved["waarden"]["tekstgrootte"] == 175
    store.record_attempt(anna.id, geladen, played(geladen), "oefenen", *times())
    assert len(Store(tmp_path / "saves").attempts(anna.id)) == 2
    assert os.path.exists(tmp_path / "saves" / "profielen" / anna.id / "pogingen" / "p-20250108T100000-0f1e2d3c4b5a6978.json")
