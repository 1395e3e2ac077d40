"""Every screen fits every school screen and text size: the layout check (simulator.ui.widgets.check) finds nothing
cut off and nothing overlapping, and it does find a layout that is broken on purpose. Long words hyphenate the
Dutch way."""

from dataclasses import replace

import pygame
import pytest

from simulator.cli import main
from simulator.ui.scenes.base import Column, FormScene
from simulator.ui.screenshot import SCREENS, _library, check_layout, prepared
from simulator.ui.widgets import Button, Text
from simulator.ui.widgets.check import check_scene

WINDOWS = ((1024, 768), (1366, 768), (1920, 1080))
TEXT_SIZES = (100, 150, 200)


@pytest.fixture(scope="module")
def lib():
    """The shipped scenarios: the screens as students see them, with every kind of step."""
    return _library()


@pytest.mark.parametrize("scherm", SCREENS)
def test_every_screen_fits_every_window_and_text_size(scherm, lib):
    """One app per screen, laid out again for each window size and text size (in-process: a few seconds)."""
    problems = []
    with prepared(scherm, library=lib) as pilot:
        ctx = pilot.ctx
        for size in WINDOWS:
            pilot.app.resize(size)
            assert ctx.screen.size == size and pilot.app.window.get_size() == size
            for tekst in TEXT_SIZES:
                ctx.apply(replace(ctx.settings, tekstgrootte=tekst), save=False)
                report = check_layout(pilot)
                assert report.teksten > 3, f"{scherm}: bijna niets gecontroleerd"
                if not report.ok:
                    problems.append(f"{scherm} {size[0]}x{size[1]} {tekst} %:\n{report.verslag()}")
        assert pilot.scene.name == {"formulier": "dialoog"}.get(scherm, scherm)
    assert not problems, "\n".join(problems)


class Broken(FormScene):
    """A page laid out badly on purpose: the check must name each fault."""

    name = "kapot"
    title_key = "instellingen.titel"

    def header_buttons(self):
        # wider than the window: it sticks out on the right
        return []

    def build(self, col: Column) -> None:
        ctx = self.ctx
        first = col.add(Button(ctx, "Eerste knop", ("een",), key="een"))
        second = Button(ctx, "Tweede knop", ("twee",), key="twee")
        second.rect.topleft = (first.rect.left + 20, first.rect.top + 10)   # on top of the first
        col.form.add(second, col.region)
        narrow = col.add(Text(ctx, "Kwalificatiedossier", 400, "body"))
        narrow.rect.w = 60                                                  # the box shrunk under its text
        col.add(Text(ctx, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 80, "body"))  # no hyphenation point anywhere
        wide = Button(ctx, "Te breed", ("breed",), ctx.screen.w, key="breed")
        col.add(wide)                                                       # out of its page on the right
        loose = Button(ctx, "Los", ("los",), key="los")
        loose.rect.topleft = (col.x, col.region.rect.top + 10)
        col.form.add(loose)                                                 # a fixed button over the page


def test_the_check_names_each_fault_of_a_broken_layout(tmp_path):
    from ui_support import pilot as make_pilot
    p = make_pilot(tmp_path, size=(1024, 768)).settle()
    scene = p.app.stack.push(Broken(p.ctx))
    p.settle()
    report = check_scene(scene)
    assert not report.ok
    cut = "\n".join(report.afgekapt)
    over = "\n".join(report.overlappen)
    assert "tekst 'Kwalificatiedossier' heeft" in cut and "krijgt 60×" in cut
    assert "het woord 'xxxxxxxx" in cut and "geen afbreekpunt" in cut
    assert "knop 'Te breed'" in cut and "buiten zijn schuifvlak" in cut
    assert "knop 'Eerste knop' en knop 'Tweede knop' liggen over elkaar" in over
    assert "knop 'Los' ligt over een schuifvlak" in over
    assert report.regel() == (f"opmaak: {report.teksten} teksten gecontroleerd, {len(report.afgekapt)} afgekapt, "
                              f"{len(report.overlappen)} overlappen")
    assert len(report.afgekapt) == 3 and len(report.overlappen) == 2


def test_screenshot_checks_the_layout_and_fails_when_something_is_cut_off(tmp_path, capsys, monkeypatch):
    out = tmp_path / "home.png"
    assert main(["screenshot", "--scherm", "home", "--uit", str(out), "--breedte", "1024", "--hoogte", "768",
                 "--tekstgrootte", "200"]) == 0
    printed = capsys.readouterr().out
    assert "0 afgekapt, 0 overlappen" in printed and pygame.image.load(str(out)).get_size() == (1024, 768)
    from simulator.ui.scenes import home
    monkeypatch.setattr(home, "MAP_W", 240)   # a map too small for the names of its rooms: the check must say so
    assert main(["screenshot", "--scherm", "home", "--uit", str(out)]) == 1
    printed = capsys.readouterr().out
    line = next(line for line in printed.splitlines() if line.startswith("opmaak:"))
    assert "teksten gecontroleerd" in line and "0 afgekapt" not in line
    assert "afgekapt: kaartplek" in printed
    assert out.exists()   # the picture is made anyway, to look at the problem


def test_long_words_hyphenate_the_dutch_way(tmp_path):
    from ui_support import pilot as make_pilot
    fonts = make_pilot(tmp_path).ctx.fonts
    width = fonts.width("Juwelier-simula", "title")
    assert fonts.wrap("Juwelier-simulator", "title", width) == ["Juwelier-", "simulator"]   # no second hyphen
    for word in ("Schroevendraaier", "Horlogehamertje", "Kwalificatiedossier"):
        narrow = fonts.width(word, "button") * 2 // 3
        lines = fonts.wrap(word, "button", narrow)
        assert len(lines) > 1 and all(line.endswith("-") for line in lines[:-1]), lines
        assert "".join(line.rstrip("-") for line in lines) == word
        breaks = {len("".join(line.rstrip("-") for line in lines[:i])) for i in range(1, len(lines))}
        assert breaks <= set(fonts.hyphenator().positions(word)), (word, lines)   # at syllables, never mid-syllable
        assert all(fonts.width(line, "button") <= narrow for line in lines)
    assert fonts.wrap("Werkplaats", "body", fonts.width("Werkplaats", "body")) == ["Werkplaats"]


def test_a_euro_sign_stays_on_the_line_of_its_amount(tmp_path):
    from ui_support import pilot as make_pilot
    fonts = make_pilot(tmp_path).ctx.fonts
    text = "Het vervangen kost € 24,50 en duurt een week."
    width = fonts.width("Het vervangen kost €", "body")   # room for the sign, not for the amount after it
    lines = fonts.wrap(text, "body", width)
    assert any(line.endswith("€ 24,50") or line.startswith("€ 24,50") for line in lines), lines
    assert not any(line.endswith("€") for line in lines), lines


def _fits_everywhere(pilot, name: str) -> list[str]:
    problems = []
    ctx = pilot.ctx
    for size in WINDOWS:
        pilot.app.resize(size)
        for tekst in TEXT_SIZES:
            ctx.apply(replace(ctx.settings, tekstgrootte=tekst), save=False)
            report = check_layout(pilot)
            if not report.ok:
                problems.append(f"{name} {size[0]}x{size[1]} {tekst} %:\n{report.verslag()}")
    return problems


def test_the_on_screen_letters_and_the_number_keypad_fit_too(lib):
    """Keys a mouse-only student types with: the letters on the start screen ('Wis' was cut as 'W' 'is') and the
    keypad of a number answer."""
    from simulator.ui.screenshot_more import build_step, pick_kind
    with prepared("start", library=lib) as pilot:
        pilot.click_on("Toetsen op het scherm").settle()
        assert pilot.widget("Wis").rect.w >= pilot.ctx.fonts.width("Wis", "button")
        problems = _fits_everywhere(pilot, "start met schermtoetsen")
        build_step(pilot.app, pilot.ctx, pick_kind(lib, "invoer"), "invoer")
        pilot.settle()
        assert pilot.widget("Controleer") is not None and pilot.widget("Wis") is not None
        problems += _fits_everywhere(pilot, "getal met toetsenblok")
    assert not problems, "\n".join(problems)
