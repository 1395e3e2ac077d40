"""Live preview (`juwelier speel PAD.yaml --volg`): the real game, driven by the pilot, follows a scenario file
on disk: a save shows the new text at the same step, a broken file shows its problems over the last good
version, and a fixed file brings the game back by itself."""

import os

import pytest
from ui_support import SCENARIO

from simulator import content
from simulator.ui.pilot import Pilot
from simulator.ui.preview import make_preview_app

OLD = "Je bekijkt de band onder de lamp. Een veerpen zit verkeerd om."
NEW = "Je legt de band onder de loep. De veerpen zit er andersom in."
FIXED = "Onder de loep zie je het: de veerpen zit andersom."


def save(path, text):
    """Write as an editor would; move the mtime on, so a save within one clock tick is still seen."""
    before = os.stat(path).st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


@pytest.fixture
def preview(tmp_path):
    path = tmp_path / "klacht.yaml"
    save(path, SCENARIO)
    app = make_preview_app(path, content.load(path), interval=0, sound=False)
    p = Pilot(app).settle()
    yield p, path
    app.preview.stop()


def shown(p) -> str:
    """All text on the top scene."""
    p.scene.ensure_layout()
    return "\n".join(w.label for w in p.scene.form.widgets)


def test_save_shows_new_text_at_same_step_then_error_then_recovery(preview):
    p, path = preview
    assert p.names == ["dialoog"] and p.scene.session.step.id == "binnenkomst"
    assert p.ctx.profile is None                      # a guest: nothing is saved
    p.press("1").press("return")                      # a choice, then close its feedback
    assert p.scene.session.step.id == "kijken"
    assert OLD in shown(p)
    first = p.scene

    save(path, SCENARIO.replace(OLD, NEW))
    p.step().settle()
    assert p.names == ["dialoog"] and p.scene is not first
    assert p.scene.session.step.id == "kijken"        # same step, the log carried over
    assert [r.stap for r in p.scene.session.state.log] == ["binnenkomst"]
    assert NEW in shown(p) and OLD not in shown(p)
    assert "Bijgewerkt" in p.app.preview.status

    save(path, SCENARIO.replace(OLD, NEW).replace("naar: onderzoek", "naar: onderzoekk"))
    p.step()
    assert p.app.running
    assert p.names == ["dialoog", "voorbeeld-fout"]   # over the last good version
    text = p.scene.text
    line = SCENARIO.splitlines().index("    naar: onderzoek") + 1
    assert f"klacht.yaml, regel {line}" in text
    assert "Stap 'onderzoekk' bestaat niet." in text and "bedoelde je 'onderzoek'?" in text
    assert p.app.preview.status == f"Fout in het bestand, regel {line}"

    p.press("return")                                 # play on with the last good version
    assert p.names == ["dialoog"] and p.scene.session.step.id == "kijken"
    assert NEW in shown(p)

    save(path, SCENARIO.replace(OLD, FIXED))
    p.step().settle()
    assert p.names == ["dialoog"] and p.scene.session.step.id == "kijken"
    assert FIXED in shown(p)
    assert p.app.preview.problemen == ()
    p.press("return")                                 # and the game plays on
    assert p.scene.session.step.id == "onderzoek"


def test_error_panel_closes_by_itself_when_the_file_is_fixed(preview):
    p, path = preview
    save(path, SCENARIO.replace("id: test-klacht", "id: [kapot"))
    p.step()
    assert p.names[-1] == "voorbeeld-fout" and "klacht.yaml, regel" in p.scene.text
    save(path, SCENARIO.replace("titel:", "titel: \"De band\"\nx_onbekend: 1\ntitel_oud:"))
    p.step()
    assert p.names[-1] == "voorbeeld-fout"            # still broken: the panel shows the new problems
    assert "Het bestand heeft 2 fouten" in p.scene.text and "Onbekende sleutel 'x_onbekend'" in p.scene.text
    assert p.names.count("voorbeeld-fout") == 1
    save(path, SCENARIO)
    p.step().settle()
    assert p.names == ["dialoog"] and p.scene.session.step.id == "binnenkomst"


def test_vanished_step_restarts_at_the_start_and_says_so(preview):
    p, path = preview
    p.press("1").press("return")
    assert p.scene.session.step.id == "kijken"
    save(path, SCENARIO.replace("kijken", "bekijken"))
    p.step().settle()
    assert p.names == ["dialoog"] and p.scene.session.step.id == "binnenkomst"
    assert p.app.preview.status == "Stap 'kijken' bestaat niet meer: opnieuw begonnen bij het begin."


def test_badge_shows_preview_and_file_name(preview):
    p, _ = preview
    assert p.app.preview.badge_text().startswith("Voorbeeld · klacht.yaml")
    frames = p.app.frames
    p.step(3)
    assert p.app.frames == frames                     # an unchanged file costs no frames


def test_preview_wakes_the_idle_app_to_look_at_the_file(tmp_path, monkeypatch):
    """The app sleeps between events; in preview mode a timer wakes it, so a save is seen without input."""
    from simulator.ui import app as app_module
    monkeypatch.setattr(app_module, "IDLE_TIMEOUT_MS", 5000)  # only an event can wake it sooner
    path = tmp_path / "klacht.yaml"
    save(path, SCENARIO)
    app = make_preview_app(path, content.load(path), interval=0.05, sound=False)
    Pilot(app).settle()
    woken_by = []
    sleep = app._wait

    def wait():
        events = sleep()
        woken_by.extend(e.type for e in events)
        return events

    app._wait = wait
    save(path, SCENARIO.replace("Dit is nu al de tweede keer!", "Alweer kapot!"))
    try:
        for _ in range(20):
            if "Alweer kapot!" in app.stack.top.session.step.tekst:
                break
            app.tick(block=True)
    finally:
        wake = app.preview.wake_event
        app.preview.stop()
    assert "Alweer kapot!" in app.stack.top.session.step.tekst
    assert wake is not None and wake in woken_by  # the preview's own timer woke the sleeping app


def test_a_file_that_is_broken_at_the_start_opens_the_game_which_waits_for_the_fix(tmp_path):
    path = tmp_path / "klacht.yaml"
    save(path, SCENARIO.replace("naar: onderzoek", "naar: onderzoekk"))
    with pytest.raises(content.ScenarioError) as exc:
        content.load(path)
    app = make_preview_app(path, None, stap="prijs", problemen=exc.value.problemen, interval=0, sound=False)
    try:
        p = Pilot(app).settle()
        assert p.names == ["voorbeeld-wacht", "voorbeeld-fout"]
        assert "Stap 'onderzoekk' bestaat niet." in p.scene.text
        p.press("escape")                             # the panel can be closed; the game waits
        assert p.names == ["voorbeeld-wacht"] and p.app.running
        p.click_on("Toon de fouten")
        assert p.names == ["voorbeeld-wacht", "voorbeeld-fout"]
        save(path, SCENARIO)
        p.step().settle()
        assert p.names == ["dialoog"] and p.scene.session.step.id == "prijs"   # --stap, now the file loads
    finally:
        app.preview.stop()
