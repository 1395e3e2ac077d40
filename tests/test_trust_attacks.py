"""The attacks of issue 12 part 3, each as a student would do it: with nothing but write rights to the saves folder.

Every test sets the class up the way a school does (the teacher PIN through the real command) and then lets a
student change files in the saves folder. Before the school configuration existed, each of these gave the
student the teacher's powers or the class's data; now the saves folder holds nothing that acts for the class.
"""

from __future__ import annotations

import json
import os
import threading

import pytest

from progress_support import DATA, played, scenario, times
from test_reporting_lrs import FakeLrs
from ui_support import SCENARIO, library, pilot as make_pilot

from simulator.cli import main
from simulator.progress import Store

PIN = "246810"
STUDENTS_PIN = "1111111"
ONTVANGST = str(DATA / "ontvangst.yaml")


@pytest.fixture
def klas(tmp_path, monkeypatch):
    """A class on a shared saves folder; the teacher PIN set up with the real command; one attempt to export."""
    saves = tmp_path / "saves"
    monkeypatch.setenv("JUWELIER_SCHOOL", str(tmp_path / "schoolinstellingen"))  # where IT put it (read-only)
    assert main(["profiel", "--docentpin-instellen", PIN, "--saves", str(saves)]) == 0
    assert main(["speel", ONTVANGST, "--pad", "beste", "--profiel", "Anna", "--saves", str(saves)]) == 0
    return saves


def garble(saves, how: str) -> None:
    """What a student can do to docent.json in the saves folder."""
    path = saves / "docent.json"
    for backup in saves.glob("docent.json.bak*"):
        backup.unlink()
    if how == "weg":
        path.unlink(missing_ok=True)
    elif how == "rommel":
        path.write_bytes(b"\x00kapot{")
    elif how == "eigen-pin":  # the student's own PIN in the file the old version read
        from simulator.progress.pin import hash_pin
        path.write_text(json.dumps({"schema": 2, "soort": "docent", "pin_hash": hash_pin(STUDENTS_PIN)}),
                        encoding="utf-8")


@pytest.mark.parametrize("how", ["weg", "rommel", "eigen-pin"])
def test_a_garbled_or_deleted_docent_json_never_lets_everyones_results_out(klas, tmp_path, how, capsys):
    garble(klas, how)
    out = tmp_path / "iedereen.csv"
    assert main(["export", "--csv", str(out), "--saves", str(klas)]) != 0
    assert main(["export", "--csv", str(out), "--saves", str(klas), "--docent", STUDENTS_PIN]) != 0
    assert not out.exists()
    assert main(["profiel", "--exporteer", "Anna", "--uit", str(tmp_path / "anna.json"), "--saves", str(klas)]) != 0
    assert not (tmp_path / "anna.json").exists()
    assert "docentpincode" in capsys.readouterr().err
    assert main(["export", "--csv", str(out), "--saves", str(klas), "--docent", PIN]) == 0  # the teacher still can


@pytest.mark.parametrize("how", ["weg", "rommel", "eigen-pin"])
def test_a_student_cannot_choose_a_new_teacher_pin_in_the_game(klas, tmp_path, how):
    garble(klas, how)
    p = make_pilot(tmp_path, store=Store(klas), library=library()).settle()
    p.click_on("Docent").settle()
    for _ in range(2):  # "Kies er nu een", "nog een keer": what the old game offered to whoever clicked first
        if p.scene.name != "pincode":
            break
        p.type(STUDENTS_PIN).press("return").settle()
    assert "docent" not in p.names, "a student opened the teacher overview"


def test_on_a_fresh_install_the_first_click_on_docent_is_locked_not_an_offer(tmp_path, monkeypatch):
    monkeypatch.setenv("JUWELIER_SCHOOL", str(tmp_path / "schoolinstellingen"))  # nothing set up yet
    p = make_pilot(tmp_path, store=Store(tmp_path / "saves"), library=library()).settle()
    p.click_on("Docent").settle()
    for _ in range(2):
        if p.scene.name != "pincode":
            break
        p.type(STUDENTS_PIN).press("return").settle()
    assert "docent" not in p.names
    assert not (tmp_path / "schoolinstellingen").exists() and not (tmp_path / "saves" / "docent.json").exists()


def lrs_json(saves, endpoint: str) -> None:
    """A student's lrs.json in the saves folder: their own server, names included."""
    saves.mkdir(parents=True, exist_ok=True)
    (saves / "lrs.json").write_text(json.dumps({"schema": 2, "soort": "lrs", "endpoint": endpoint,
                                                "pseudoniem": False}), encoding="utf-8")


def test_an_lrs_json_in_the_saves_folder_sends_nothing_when_a_classmate_finishes(klas, tmp_path):
    with FakeLrs(user="", password="") as server:
        server.expected = None  # the student's server takes anything
        lrs_json(klas, server.endpoint)
        store = Store(klas)
        p = make_pilot(tmp_path, store=store, library=library()).settle()
        p.ctx.profile = store.find_profile("Anna")
        geladen = scenario()
        p.ctx.record_attempt(geladen, played(geladen), "oefenen", *times())  # what the game does at the end
        if getattr(p.ctx, "lrs_thread", None) is not None:
            p.ctx.lrs_thread.join(20)
        assert main(["speel", ONTVANGST, "--pad", "beste", "--profiel", "Anna", "--saves", str(klas)]) == 0
        assert server.posts == 0, "the class's results went to a student's server"


def test_scenariomappen_json_in_the_saves_folder_cannot_stop_or_change_the_game(tmp_path, monkeypatch):
    monkeypatch.setenv("JUWELIER_SCHOOL", str(tmp_path / "schoolinstellingen"))
    shipped = tmp_path / "scenarios"
    shipped.mkdir()
    (shipped / "test-klacht.yaml").write_text(SCENARIO, encoding="utf-8")
    planted = tmp_path / "nep"
    planted.mkdir()
    (planted / "nep.yaml").write_text(SCENARIO.replace("id: test-klacht", "id: nep-toets"), encoding="utf-8")
    loop = tmp_path / "rondje"
    os.symlink(loop, loop)  # a link to itself: every open loops
    targets = [str(loop), str(planted)]
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)  # opening it for reading waits for a writer that never comes
        targets.insert(0, str(fifo))
    saves = tmp_path / "saves"
    saves.mkdir()
    (saves / "scenariomappen.json").write_text(json.dumps({"schema": 2, "soort": "scenariomappen",
                                                           "mappen": targets}), encoding="utf-8")
    p = make_pilot(tmp_path, store=Store(saves), library=None, folders=[shipped]).settle()
    loaded: dict = {}
    thread = threading.Thread(target=lambda: loaded.update(p.ctx.library.scenarios), daemon=True)
    thread.start()
    thread.join(timeout=120)  # a hang guard: the whole class would wait on this
    assert not thread.is_alive(), "the game hangs on a path a student planted"
    assert "test-klacht" in loaded and "nep-toets" not in loaded
