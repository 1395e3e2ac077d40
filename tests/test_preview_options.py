"""`juwelier speel PAD.yaml --stap ID --zet var=waarde [--volg]`: where the preview starts and what it presets."""

import pytest
from ui_support import SCENARIO

from simulator import content
from simulator.cli import main
from simulator.ui import preview
from simulator.ui.preview import PreviewError, parse_waarde, parse_zet, start_session

WITH_VARIABLE = SCENARIO.replace("start: binnenkomst", "variabelen: {korting: 0}\nstart: binnenkomst")


@pytest.fixture
def scenario_file(tmp_path):
    path = tmp_path / "klacht.yaml"
    path.write_text(WITH_VARIABLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, value", [
    ("ja", True), ("true", True), ("Nee", False), ("false", False), ("10", 10), ("-3", -3),
    ("12.5", 12.5), ("12,5", 12.5), ("vaste klant", "vaste klant"), ("'10'", "10"), ("", ""),
])
def test_values_are_read_as_bool_int_float_or_text(text, value):
    got = parse_waarde(text)
    assert got == value and type(got) is type(value)


def test_zet_needs_name_is_value():
    assert parse_zet(["korting=10", "vip=ja", "naam=Ans de Vries"]) == {"korting": 10, "vip": True, "naam": "Ans de Vries"}
    with pytest.raises(PreviewError, match="naam=waarde"):
        parse_zet(["korting"])


def test_start_session_at_a_step_with_preset_variables(scenario_file):
    g = content.load(scenario_file)
    session = start_session(g, "prijs", {"korting": 5})
    assert session.step.id == "prijs" and session.state.log == ()
    assert session.state.variabelen["korting"] == 5
    with pytest.raises(PreviewError, match="bedoelde je 'onderzoek'"):
        start_session(g, "onderzok")


def test_unknown_step_is_a_dutch_error_with_did_you_mean_and_exit_2(scenario_file, capsys, monkeypatch):
    monkeypatch.setattr(preview, "run_preview", lambda *a, **k: pytest.fail("the game must not open"))
    assert main(["speel", str(scenario_file), "--volg", "--stap", "onderzok"]) == 2
    err = capsys.readouterr().err
    assert "stap 'onderzok' bestaat niet" in err and "bedoelde je 'onderzoek'?" in err


def test_malformed_zet_exits_2(scenario_file, capsys):
    assert main(["speel", str(scenario_file), "--zet", "korting"]) == 2
    assert "--zet verwacht naam=waarde" in capsys.readouterr().err


def test_options_reach_the_preview_and_unknown_variables_warn(scenario_file, capsys, monkeypatch):
    seen = {}
    monkeypatch.setattr(preview, "run_preview", lambda path, g, **kw: seen.update(path=path, id=g.scenario.id, **kw) or 0)
    assert main(["speel", str(scenario_file), "--watch", "--stap", "prijs", "--zet", "korting=7",
                 "--zet", "kortnig=1"]) == 0
    assert seen == {"path": str(scenario_file), "id": "test-klacht", "stap": "prijs",
                    "zet": {"korting": 7, "kortnig": 1}, "volg": True}
    err = capsys.readouterr().err
    assert "kent geen variabele 'kortnig'" in err and "bedoelde je 'korting'?" in err
    assert "'korting'" not in err.split("kortnig")[0]      # the known variable gives no warning


def test_stap_and_zet_also_steer_a_headless_path(scenario_file, capsys):
    assert main(["speel", str(scenario_file), "--stap", "prijs", "--pad", "24.20"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[prijs]") and "EINDE" in out


def test_preview_window_plays_as_guest_at_the_chosen_step(scenario_file):
    from simulator.ui.pilot import Pilot
    g = content.load(scenario_file)
    app = preview.make_preview_app(scenario_file, g, stap="onderzoek", zet={"korting": 3}, volg=False, sound=False)
    p = Pilot(app).settle()
    assert p.names == ["dialoog"] and p.scene.session.step.id == "onderzoek"
    assert p.scene.session.state.variabelen["korting"] == 3
    assert p.ctx.profile is None and p.ctx.store is None     # nothing can be saved
    p.press("1").press("return")                               # a choice, then close its feedback
    assert p.scene.session.step.id == "prijs"


def test_volg_on_a_broken_file_opens_the_waiting_game_and_without_volg_fails(scenario_file, capsys, monkeypatch):
    scenario_file.write_text(WITH_VARIABLE.replace("naar: onderzoek", "naar: onderzoekk"), encoding="utf-8")
    seen = {}
    monkeypatch.setattr(preview, "run_preview", lambda path, g, **kw: seen.update(path=path, g=g, **kw) or 0)
    assert main(["speel", str(scenario_file), "--volg", "--zet", "korting=2"]) == 0
    assert seen["g"] is None and seen["zet"] == {"korting": 2}
    assert [p.code for p in seen["problemen"]] == ["J304"]
    assert "bestaat niet" in capsys.readouterr().err        # the problems are printed too
    seen.clear()
    assert main(["speel", str(scenario_file)]) == 1 and seen == {}


def test_watcher_sees_a_save_once_and_looks_at_most_once_per_interval(tmp_path):
    import os
    path = tmp_path / "s.yaml"
    path.write_text("a", encoding="utf-8")
    watcher = preview.Watcher(path, interval=0.5)
    assert not watcher.changed(now=100.0)
    path.write_text("ab", encoding="utf-8")
    assert not watcher.changed(now=100.2)           # too soon: no look at the file yet
    assert watcher.changed(now=100.6) and not watcher.changed(now=101.2)
    os.replace(path, tmp_path / "weg.yaml")         # an editor's save via a temporary file
    assert not watcher.changed(now=102.0)
    os.replace(tmp_path / "weg.yaml", path)
    watcher.again()                                 # reading failed: look again
    assert watcher.changed(now=103.0)
