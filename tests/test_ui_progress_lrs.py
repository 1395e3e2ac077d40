"""After an attempt the game sends its xAPI statements to a configured LRS in the background; offline it
just goes on, and the student sees a calm message on the home screen when results were sent."""

import socket

from school_support import school
from test_reporting_lrs import FakeLrs
from ui_support import pilot as make_pilot

from simulator.progress import Store
from simulator.reporting.config import LrsConfig, save_lrs
from simulator.reporting.lrs import queued


def _play_to_the_end(p):
    p.click_on("Sanne").settle()
    p.click_on("Alle scenario's").settle()
    p.click_on("De horlogeband is alweer kapot").settle()
    p.click_on(p.scene.form.find_key("toets").label).settle()
    for _ in range(10):
        if p.scene.session.afgelopen:
            break
        step = p.scene.session.step
        if step.soort == "invoer":
            p.type("24,20").press("return")
        else:
            p.press("1" if step.soort == "dialoog" else "return")
        p.settle()
    assert p.scene.session.afgelopen


def test_results_reach_the_lrs_without_blocking_the_game(tmp_path, monkeypatch):
    store = Store(tmp_path / "saves")
    store.create_profile("Sanne", "JW3A")
    with FakeLrs() as lrs:
        save_lrs(school(tmp_path, monkeypatch), LrsConfig(lrs.endpoint, "docent", "geheim"))
        p = make_pilot(tmp_path, store=store)
        _play_to_the_end(p)
        p.ctx.lrs_thread.join(20)
        assert lrs.stored and queued(store) == 0
    p.press("return").settle()                          # the results
    p.click_on("Naar de winkel").settle()
    assert any("naar de leeromgeving van school gestuurd" in w.label for w in p.scene.form.widgets)


def test_offline_the_game_goes_on_and_keeps_the_queue(tmp_path, monkeypatch):
    with socket.socket() as s:                          # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = Store(tmp_path / "saves")
    store.create_profile("Sanne", "JW3A")
    save_lrs(school(tmp_path, monkeypatch), LrsConfig(f"http://127.0.0.1:{port}/xAPI/", "docent", "geheim", timeout=2))
    p = make_pilot(tmp_path, store=store)
    _play_to_the_end(p)
    p.ctx.lrs_thread.join(20)
    assert queued(store) > 0
    p.press("return").settle()
    assert p.scene.name == "resultaten"
