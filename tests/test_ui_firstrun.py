"""First run on a school PC: the game's own options, extra scenario folders (a broken file is listed, never
fatal), a clear Dutch message without a display, and quiet windowed defaults."""

import os
import subprocess
import sys

from ui_support import SCENARIO

from school_support import TEACHER_PIN, school
from simulator.cli import game_options
from simulator.progress import Store
from simulator.ui.folders import extra_folders, save_folders


def _folder(tmp_path):
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    (folder / "test-klacht.yaml").write_text(SCENARIO, encoding="utf-8")
    (folder / "kapot.yaml").write_text("id: kapot\ntitel: [niet af\n", encoding="utf-8")
    return folder


def test_the_game_options_are_read_before_any_subcommand():
    args = game_options(["--saves", "S", "--scenarios", "A", "--scenarios=B"])
    assert args.saves == "S" and args.scenarios == ["A", "B"]
    assert game_options([]).saves is None
    assert game_options(["controleer", "x.yaml"]) is None and game_options(["--help"]) is None
    assert game_options(["--saves"]) is None


def test_the_game_path_does_not_import_the_subcommands(tmp_path):
    code = ("import sys, simulator.ui as u, simulator.cli as c\n"
            "u.run_game = lambda a: print(a.saves, a.scenarios) or 0\n"
            f"c.main(['--saves', {str(tmp_path)!r}, '--scenarios', 'X'])\n"
            "print(sorted(m for m in sys.modules if m.startswith('simulator.cli.')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert f"{tmp_path} ['X']" in out and out.strip().endswith("[]")


def test_scenarios_from_the_command_line_and_a_broken_file_is_listed(tmp_path):
    from simulator.ui.game import make_app
    from simulator.ui.pilot import Pilot
    folder = _folder(tmp_path)
    args = game_options(["--saves", str(tmp_path / "saves"), "--scenarios", str(folder)])
    p = Pilot(make_app(args, sound=False)).settle()
    assert p.ctx.store.folder == tmp_path / "saves"
    library = p.ctx.library
    assert "test-klacht" in library.scenarios
    messages = p.ctx.take_messages()
    assert any(m.startswith("Niet geladen: kapot.yaml") for m in messages)
    assert p.scene.name == "start"


def test_a_teacher_adds_a_folder_for_the_school_in_the_game(tmp_path, monkeypatch):
    from ui_support import pilot as make_pilot
    from simulator.content import Bibliotheek
    folder = _folder(tmp_path)
    store = Store(tmp_path / "saves")
    config = school(tmp_path, monkeypatch)
    p = make_pilot(tmp_path, store=store, library=Bibliotheek(), folders=[])
    p.settle().click_on("Docent").settle()
    p.type(TEACHER_PIN).press("return").settle()
    p.click_on("Extra mappen met scenario's").settle()
    assert p.scene.name == "mappen"
    p.click_on("Pad naar de map").type(str(tmp_path / "bestaat-niet")).press("return")
    assert "bestaat niet" in p.scene.error
    field = p.scene.form.find_key("map")
    field.value, field.cursor = str(folder), len(str(folder))
    p.click_on("Map toevoegen").settle()
    assert extra_folders(config) == [folder]
    assert "test-klacht" in p.ctx.library.scenarios                 # read again at once
    assert any("kapot.yaml" in m for m in p.ctx.take_messages())
    p.click_on(f"Haal weg: {folder}").settle()
    assert extra_folders(config) == []
    save_folders(config, [str(folder)])
    assert (tmp_path / "schoolinstellingen" / "scenariomappen.json").exists()   # for every PC of the school
    assert not (tmp_path / "saves" / "scenariomappen.json").exists()            # never where students write


def test_without_a_display_a_dutch_message_and_no_traceback(tmp_path):
    env = {**os.environ, "SDL_VIDEODRIVER": "geen-scherm", "JUWELIER_SAVES": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "simulator"], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 3
    assert "kan geen venster openen" in done.stderr and "Traceback" not in done.stderr


def test_defaults_are_gentle_for_a_classroom_pc(tmp_path):
    from simulator.ui.pilot import Pilot
    from simulator.ui.settings import Instellingen
    s = Instellingen()
    assert s.volume <= 30 and not s.volledig_scherm
    p = Pilot.start(store=Store(tmp_path))
    assert p.app.window.get_size() == (1280, 720) and not p.app.fullscreen
