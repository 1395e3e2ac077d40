"""The program around the game: --version, output redirected to a file, the window icon, a missing font in the log,
and what the build's entry point does first on Windows (DPI awareness, a log file when there is no console)."""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pygame
import pytest

from simulator import __version__
from simulator.ui import fonts
from simulator.ui.icon import window_icon

ROOT = Path(__file__).resolve().parents[1]


def _entry():
    spec = importlib.util.spec_from_file_location("tools_entry", ROOT / "tools" / "entry.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # not as __main__: nothing starts
    return module


entry = _entry()


def juwelier(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "simulator", *args], capture_output=True, text=True,
                          encoding="utf-8", **kwargs)


def test_version_names_the_program_and_its_version():
    answer = juwelier("--version")
    assert answer.returncode == 0
    assert answer.stdout.strip() == f"juwelier (Juwelier-simulator) {__version__}"


def test_help_offers_version():
    assert "--version" in juwelier("--help").stdout


def test_help_tells_a_teacher_how_to_start_the_game_with_a_folder():
    shown = juwelier("--help").stdout
    assert "--scenarios MAP" in shown and "--saves MAP" in shown
    assert juwelier("--scenarios", "mijn-map", "--help").returncode == 0


def test_the_games_options_before_an_opdracht_are_refused_not_ignored(tmp_path):
    answer = juwelier("--saves", tmp_path / "elders", "dossier")
    assert answer.returncode == 2 and answer.stdout == ""
    assert "--saves en --scenarios horen bij het spel, niet vóór 'dossier'" in answer.stderr
    assert not (tmp_path / "elders").exists()


def test_output_redirected_to_a_file_is_utf8_whatever_the_code_page(tmp_path):
    # Task Scheduler writes `lrs --verstuur > log.txt` in the ANSI code page; 'ascii' stands in for one that
    # lacks letters of the output (the dossier has "efficiënt" and "commerciële").
    log = tmp_path / "uitvoer.txt"
    with open(log, "wb") as out:
        done = subprocess.run([sys.executable, "-m", "simulator", "dossier"], stdout=out,
                              stderr=subprocess.PIPE, env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = log.read_bytes().decode("utf-8")
    assert "efficiënt" in text and "Kwalificatiedossier Juwelier" in text


def test_the_window_icon_is_the_round_logo():
    icon = window_icon()
    assert icon.get_size() == (64, 64)
    assert icon.get_at((0, 0)).a == 0  # transparent corner around the round badge
    assert icon.get_at((32, 32)).a > 245  # the badge itself is solid


def test_the_game_window_gets_the_icon(monkeypatch):
    from simulator.ui.app import App

    given = []
    monkeypatch.setattr(pygame.display, "set_icon", lambda surface: given.append(surface.get_size()))
    App()
    pygame.display.quit()
    assert given == [(64, 64)]


def test_a_missing_font_is_said_once_in_the_log_and_text_still_shows(monkeypatch, caplog):
    pygame.font.init()
    real = fonts.font_file
    monkeypatch.setattr(fonts, "font_file", lambda p, n: None if p == "fontpkg_lora" else real(p, n))
    monkeypatch.setattr(fonts, "_reported", set())
    with caplog.at_level(logging.WARNING, logger="simulator.ui.fonts"):
        for _ in range(2):  # a settings change makes new Fonts: still one line in the log
            shown = fonts.Fonts()
            assert shown.render("Juwelier-simulator", "title", (0, 0, 0)).get_width() > 100
            shown.font("heading")
    assert len(caplog.records) == 1
    message = caplog.records[0].getMessage()
    assert "Lora[wght].ttf ontbreekt" in message and "--force-reinstall fontpkg-lora" in message


def test_the_windowed_game_writes_its_warnings_to_a_log_file(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stderr", None)
    root = logging.getLogger()
    before = list(root.handlers), root.level
    try:
        path = entry.log_without_console(tmp_path / "Logs")
        logging.getLogger("simulator.ui.fonts").warning("Let op: lettertype Lora[wght].ttf ontbreekt")
        for handler in root.handlers:
            handler.flush()
    finally:
        for handler in root.handlers[len(before[0]):]:
            handler.close()
        root.handlers[:], root.level = before
    assert path == tmp_path / "Logs" / "juwelier.log"
    assert "WARNING simulator.ui.fonts: Let op: lettertype Lora[wght].ttf ontbreekt" in path.read_text("utf-8")


def test_with_a_console_the_warnings_stay_there(tmp_path):
    assert entry.log_without_console(tmp_path / "Logs") is None
    assert not (tmp_path / "Logs").exists()


class _Dll:
    def __init__(self, calls: list, fails: bool = False):
        self.calls, self.fails = calls, fails

    def __getattr__(self, name):
        def call(*args):
            if self.fails:
                raise OSError("niet gevonden")
            self.calls.append((name, args))
            return 0
        return call


@pytest.mark.parametrize("shcore_works, expected", [(True, [("SetProcessDpiAwareness", (2,))]),
                                                    (False, [("SetProcessDPIAware", ())])])
def test_on_windows_the_program_says_it_is_dpi_aware_before_a_window_opens(monkeypatch, shcore_works, expected):
    import ctypes

    calls: list = []
    windll = SimpleNamespace(shcore=_Dll(calls, fails=not shcore_works), user32=_Dll(calls))
    monkeypatch.setattr(ctypes, "windll", windll, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    entry.dpi_aware()
    assert calls == expected


def test_elsewhere_dpi_awareness_touches_nothing(monkeypatch):
    import ctypes

    calls: list = []
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(shcore=_Dll(calls), user32=_Dll(calls)), raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    entry.dpi_aware()
    assert calls == []
