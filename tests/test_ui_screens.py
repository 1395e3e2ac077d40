"""Every screen renders at 100 % and 200 % text: nothing sticks out of its page, targets are large,
and the headless screenshot commands write real PNGs."""

import pygame
import pytest
from ui_support import SCENARIO, library

from simulator.cli import main
from simulator.ui.messages import OpenScenario
from simulator.ui.screenshot import SCREENS, prepared
from simulator.ui.widgets.base import SCROLLBAR_W

LOGICAL = pygame.Rect(0, 0, 1280, 720)


def _check_layout(scene):
    scene.ensure_layout()
    form = scene.form
    assert form.widgets, f"{scene.name}: niets op het scherm"
    for w in form.widgets:
        where = f"{scene.name}: '{w.label[:30]}'"
        if w.region is None:
            assert LOGICAL.contains(w.rect), f"{where} valt buiten het beeld: {w.rect}"
        else:
            inner_right = w.region.rect.right - SCROLLBAR_W + 6
            assert w.rect.left >= w.region.rect.left and w.rect.right <= inner_right, \
                f"{where} steekt buiten de pagina: {w.rect} in {w.region.rect}"
        surface = getattr(w, "surface", None) or getattr(w, "text", None)
        if isinstance(surface, pygame.Surface):
            assert surface.get_width() <= w.rect.w, f"{where}: tekst breder dan het vak"
        if w.focusable and w.action is not None:
            assert w.rect.h >= 44 and w.rect.w >= 44, f"{where}: te klein om aan te klikken ({w.rect.size})"


@pytest.mark.parametrize("size", [100, 200])
def test_every_screen_fits_its_page(size):
    lib = library()
    from simulator.ui.screenshot_more import KIND_SCREENS   # those need the shipped scenarios: test_ui_layout.py
    for scherm in (s for s in SCREENS if s not in KIND_SCREENS):
        with prepared(scherm, tekstgrootte=size, library=lib) as pilot:
            assert pilot.scene.name == scherm
            for scene in pilot.app.stack.visible():
                _check_layout(scene)
            assert pilot.app.frames >= 1


def test_dialogue_at_200_percent_starts_at_the_line_and_tab_reaches_the_answers(tmp_path):
    from simulator import content
    from simulator.engine import Session
    from simulator.progress import Store
    from simulator.ui.scenes.dialogue import DialogueScene
    from simulator.ui.settings import Instellingen
    from ui_support import pilot as make_pilot

    long_line = "Ik heb deze horlogeband vorige week bij u laten inkorten en nu is hij alweer kapot. " * 3
    text = SCENARIO.replace("Dit is nu al de tweede keer! Ik wil mijn geld terug.", long_line.strip())
    g = content.parse(text.encode("utf-8"), "lang.yaml")
    p = make_pilot(tmp_path, store=Store(tmp_path), settings=Instellingen(tekstgrootte=200))
    scene = p.app.stack.push(DialogueScene(p.ctx, g, Session(g)))
    p.settle()
    region = scene.form.regions[0]
    assert region.max_scroll > 0                     # at 200 % the answers do not fit under the line
    assert scene.form.focused.key == "regel" and region.scroll == 0
    for _ in range(4):                               # a line taller than the page is read in pieces first
        p.press("tab")
        if scene.form.focused.key != "regel":
            break
    assert scene.form.focused.key == "keuze-1"
    assert region.rect.contains(scene.form.visible_rect(scene.form.focused))   # scrolled into view
    p.press("2")                                     # number keys choose, wherever the page is
    assert scene.session.state.log[-1].keuze == "2"


def test_screenshot_command_writes_the_png_at_the_window_size(tmp_path, monkeypatch):
    folder = tmp_path / "scenarios" / "B1-K2-W6"
    folder.mkdir(parents=True)
    (folder / "test-klacht.yaml").write_text(SCENARIO, encoding="utf-8")
    monkeypatch.setattr("simulator.paths.SCENARIOS_DIR", tmp_path / "scenarios")
    monkeypatch.setattr("simulator.ui.context.paths.SCENARIOS_DIR", tmp_path / "scenarios")
    out = tmp_path / "dialoog.png"
    assert main(["screenshot", "--scherm", "dialoog", "--uit", str(out), "--breedte", "800", "--hoogte", "600",
                 "--tekstgrootte", "200"]) == 0
    assert pygame.image.load(str(out)).get_size() == (800, 600)


def test_speel_headless_plays_the_path_through_the_game_and_saves_the_last_frame(tmp_path, capsys):
    path = tmp_path / "test-klacht.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    out = tmp_path / "einde.png"
    assert main(["speel", str(path), "--pad", "1,1,24.20", "--headless", "--screenshot", str(out)]) == 0
    assert pygame.image.load(str(out)).get_size() == (1280, 720)
    assert "EINDE (geslaagd)" in capsys.readouterr().out


def test_headless_needs_a_path_and_a_screenshot(tmp_path, capsys):
    path = tmp_path / "test-klacht.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    assert main(["speel", str(path), "--headless"]) != 0
    assert "--pad" in capsys.readouterr().err


def test_broken_scenario_files_are_a_small_notice_for_teachers_not_a_stop(tmp_path):
    from simulator.content import Probleem
    from simulator.ui.scenes.scenario_list import ListScene
    from ui_support import pilot as make_pilot

    lib = library()
    lib.mislukt["scenarios/kapot.yaml"] = (Probleem("scenarios/kapot.yaml", 3, 1, "J100", "kapot"),)
    p = make_pilot(tmp_path, library=lib).settle()
    p.app.stack.push(ListScene(p.ctx))
    p.settle()
    assert p.widget("Voor de docent").label.startswith("Voor de docent: 1 bestand")
    assert p.widget("De horlogeband is alweer kapot").action == OpenScenario("test-klacht")
