"""The window: it fits the screen it opens on, is remembered per PC, stays full screen when a profile is chosen,
and without a screen the game says so in Dutch instead of running invisibly."""

import os
import subprocess
import sys

from ui_support import pilot as make_pilot

from simulator.progress import Store
from simulator.ui import window_memory
from simulator.ui.screen import Screen, fits, fitting_size


def test_the_window_opens_at_a_size_that_fits_the_screen():
    assert fitting_size((1024, 768)) == ((1024, 688), True)        # small school screens: maximised
    assert fitting_size((1366, 768)) == ((1366, 688), True)
    size, maximised = fitting_size((1920, 1080))
    assert not maximised and size[0] <= 1920 and size[1] <= 1080 - 80 and abs(size[0] / size[1] - 16 / 9) < 0.01
    assert not fits((1280, 720), (1024, 768)) and fits((1280, 720), (1920, 1080))   # a remembered size must still fit
    assert Screen(3840, 2160).scale == 3.0 and Screen(1024, 768).design_h == 960


def test_full_screen_stays_when_a_profile_is_chosen(tmp_path):
    store = Store(tmp_path / "saves")
    sanne = store.create_profile("Sanne")
    store.save_settings(sanne.id, {"tekstgrootte": 150, "volledig_scherm": False})
    p = make_pilot(tmp_path, store=store).settle()
    p.press("f11")
    assert p.app.fullscreen
    p.click_on("Sanne")
    assert p.scene.name == "home" and p.app.fullscreen          # F11 is the PC's window, not the profile's setting
    assert p.ctx.settings.tekstgrootte == 150 and p.ctx.settings.volledig_scherm
    assert p.ctx.screen.size == p.app.window.get_size()         # and the shop is laid out for the full screen


def test_the_window_is_remembered_per_pc_and_a_damaged_memory_is_ignored(tmp_path):
    window_memory.save((1500, 900), True, tmp_path)
    assert window_memory.load(tmp_path) == ((1500, 900), True)
    (tmp_path / window_memory.FILE).write_text("{kapot", encoding="utf-8")
    assert window_memory.load(tmp_path) == (None, False)
    assert window_memory.load(tmp_path / "nergens") == (None, False)


def test_without_a_screen_the_game_says_so_in_dutch_and_stops(tmp_path):
    """SDL falls back to 'offscreen' when Linux has no DISPLAY: the game must not run there invisibly for ever."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(SDL_VIDEODRIVER="offscreen", JUWELIER_SAVES=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "simulator"], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 3
    assert "beeldscherm nodig" in done.stderr and "DISPLAY" in done.stderr and "Traceback" not in done.stderr
