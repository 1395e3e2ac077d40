"""The game's foundations: fonts and Dutch text, string tables, settings, scaling, sleeping, sound, typed text."""

import re
import sys
import types
from pathlib import Path

import pygame
from ui_support import pilot as make_pilot

from simulator.progress import Store
from simulator.ui import pygame_problem
from simulator.ui.app import App
from simulator.ui.fonts import Fonts
from simulator.ui.settings import Instellingen
from simulator.ui.sound import Sounds
from simulator.strings import table

UI = Path(__file__).resolve().parents[1] / "simulator" / "ui"


def test_fonts_are_real_fonts_and_dutch_text_never_shows_a_box():
    App(size=(320, 200))
    standaard, leesbaar = Fonts(1.0, "standaard"), Fonts(1.0, "leesbaar")
    assert standaard.missing_files == [] and leesbaar.missing_files == []
    standaard.font("body"), leesbaar.font("body")
    assert standaard.missing_files == [] and leesbaar.missing_files == []   # no fallback to pygame's default
    assert standaard.normalise("ĳs en één reünie", "body") == "ĳs en één reünie"   # Fira Sans has ĳ
    assert leesbaar.normalise("ĳs en één reünie", "body") == "ijs en één reünie"   # Atkinson lacks ĳ: ij
    assert Fonts(2.0).size("body") == 2 * Fonts(1.0).size("body")
    lines = standaard.wrap("Goedemiddag, waarmee kan ik u helpen vandaag?", "body", 200)
    assert len(lines) > 1 and all(standaard.width(line, "body") <= 200 for line in lines)


def test_string_tables_match_and_every_key_the_code_uses_exists():
    nl, en = table("nl"), table("en")
    assert set(nl) == set(en), set(nl) ^ set(en)
    used = set()
    for path in UI.rglob("*.py"):
        if path.parts[-2] == "art":
            continue
        used |= set(re.findall(r'\bt\("([a-z_]+\.[a-z_.]+)"', path.read_text(encoding="utf-8")))
    assert used and used <= set(nl), used - set(nl)


def test_settings_from_a_damaged_save_fall_back_to_defaults():
    s = Instellingen.from_dict({"tekstgrootte": 180, "thema": "paars", "volume": "hard", "onbekend": 1})
    assert (s.tekstgrootte, s.thema, s.volume) == (175, "creme", 30)
    assert Instellingen.from_dict(None) == Instellingen()


def test_scenes_lay_out_in_the_windows_own_pixels_at_its_scale(tmp_path):
    p = make_pilot(tmp_path, size=(1920, 1080)).settle()
    assert p.ctx.screen.scale == 1.5 and p.ctx.fonts.size("body") == round(1.5 * Fonts(1.0).size("body"))
    stop = p.widget("Stoppen")
    assert stop.rect.right <= 1920 - 40 and stop.rect.right > 1280      # placed in the real window, not a canvas
    p.app.resize((1024, 768))
    assert p.ctx.screen.scale == 0.8 and p.widget("Stoppen").rect.right <= 1024
    assert p.app.to_window((300, 200)) == (300, 200) == p.app.to_logical((300, 200))


def test_a_static_screen_is_not_redrawn(tmp_path):
    p = make_pilot(tmp_path).settle()
    drawn = p.app.frames
    p.step(20)
    assert p.app.frames == drawn
    p.press("tab")                       # focus moves: one new frame
    assert p.app.frames == drawn + 1


def test_plain_pygame_shadowing_pygame_ce_is_explained_in_dutch(monkeypatch):
    monkeypatch.setitem(sys.modules, "pygame", types.SimpleNamespace(__name__="pygame"))
    message = pygame_problem()
    assert "pygame-ce" in message and "pip uninstall pygame" in message


def test_no_audio_device_means_silence_not_a_crash(monkeypatch):
    def broken(*args, **kwargs):
        raise pygame.error("no audio device")
    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", broken)
    sounds = Sounds(volume=50)
    sounds.play("deurbel")
    sounds.play("klik")
    assert sounds.enabled is False and sounds.played == ["deurbel", "klik"]


def test_settings_apply_at_once_and_are_remembered_per_profile(tmp_path):
    store = Store(tmp_path)
    store.create_profile("Sanne")
    p = make_pilot(tmp_path, store=store).settle()
    p.click_on("Sanne").click_on("Instellingen")
    assert p.scene.name == "instellingen"
    p.click_on("200 %").click_on("Hoog contrast").click_on("Extra leesbaar").click_on("English")
    ctx = p.ctx
    assert (ctx.fonts.schaal, ctx.theme.naam, ctx.fonts.familie, ctx.strings.taal) == (2.0, "contrast", "leesbaar", "en")
    assert p.scene.form.find("Text size") is not None          # the screen is rebuilt in English at once
    again = make_pilot(tmp_path, store=Store(tmp_path)).settle()
    again.click_on("Sanne")
    assert again.ctx.settings.tekstgrootte == 200 and again.ctx.settings.thema == "contrast"


def test_typed_text_appears_over_time_and_enter_shows_it_all(tmp_path):
    store = Store(tmp_path)
    store.create_profile("Sanne")
    store.save_settings(store.profiles()[0].id, {"tempo": "typen"})
    p = make_pilot(tmp_path, store=store).settle()
    p.click_on("Sanne").click_on("Alle scenario's").click_on("De horlogeband").click_on("Start met oefenen")
    scene = p.scene
    assert scene.animating() and scene.form.find("Vervelend voor u") is None   # answers come after the line
    p.press("return")
    p.step()
    assert not scene.animating() and scene.form.find("Vervelend voor u") is not None
    assert scene.session.state.log == ()      # that Enter only showed the line; it chose nothing
