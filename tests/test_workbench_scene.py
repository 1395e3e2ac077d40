"""The workbench in the game: the snap-on battery change played by mouse drags only and by keyboard only.

The pilot posts real pygame events under the dummy video driver; the tests check what the student sees
(the scene on top, the zone states, the outcome) and what the session records.
"""

import os
from pathlib import Path

import pygame
import pytest

from simulator import content
from simulator.engine import Session
from simulator.progress import Store
from simulator.ui.scenes.dialogue import DialogueScene
from ui_support import pilot as make_pilot
from simulator.engine import Choose, GoOn, UseTool

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "scenarios" / "B1-K1-W2" / "batterij-vervangen-drukdeksel.yaml"
OPENEN = [("loep", "kastdeksel"), ("kastmes", "kastdeksel")]
VERVANGEN = [("plastic-pincet", "batterij"), ("batterijtester", "batterij"), ("batterij-sr626sw", "batterij"),
             ("loep", "secondewijzer"), ("loep", "pakking"), ("kastpers", "kastdeksel")]


@pytest.fixture(scope="module")
def geladen():
    return content.load(SCENARIO)


def start(tmp_path, geladen):
    p = make_pilot(tmp_path, store=Store(tmp_path))
    session = Session(geladen)
    p.app.stack.push(DialogueScene(p.ctx, geladen, session))
    p.settle()
    return p, session


# -- the keyboard ----------------------------------------------------------------------------------

def key_choice(p, n: int) -> None:
    """A dialogue choice by its number key, then Enter closes the feedback."""
    p.press(str(n))
    assert p.names[-1] == "feedback"
    p.press("return")


def read_on(p, session, until: str) -> None:
    while session.step.soort == "vertelling":
        assert p.names[-1] == "dialoog"
        p.settle().press("return")
    assert session.step.id == until


def key_act(p, tool: str, zone: str) -> None:
    bench = p.scene
    assert bench.name == "werkbank"
    tools = [t.id for t in bench.view.inhoud.gereedschap]
    if tools.index(tool) < 9:
        p.press(str(tools.index(tool) + 1))          # the number key picks a tool
    else:
        for _ in range(40):
            if bench.form.focused.key == f"gereedschap-{tool}":
                break
            p.press("tab")
        p.press("return")
    assert bench.tool == tool
    for _ in range(40):                                # then Tab to the spot on the item
        if bench.form.focused.key == f"zone-{zone}":
            break
        p.press("tab")
    p.press("return")
    assert bench.zone == zone and bench.form.focused.key == "doe"
    p.press("return")                                  # and confirm


def test_the_snap_on_battery_change_by_keyboard_only(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    key_choice(p, 2)
    read_on(p, session, "prijs")
    key_choice(p, 3)
    read_on(p, session, "openen")
    p.step()
    assert p.names[-2:] == ["dialoog", "werkbank"]     # the workbench has its own scene
    bench = p.scene
    assert bench.view.inhoud.zone("kastdeksel").staat == "dicht"
    key_act(p, *OPENEN[0])
    assert p.scene is bench and bench.last.keuze == "loep>kastdeksel"
    assert bench.form.find("+2 punten") is not None    # practice mode: the evidence in words
    key_act(p, *OPENEN[1])
    assert p.names[-1] == "feedback" and "juiste methode" in p.scene.form.find("lipje").label
    p.press("return")

    assert session.step.id == "code"
    p.step()
    assert p.names[-1] == "loep"                       # an inspection opens the loupe first
    p.press("return")                                  # look at the first detail
    assert p.scene.looking == 0 and p.scene.form.find("377") is not None
    p.press("escape")                                  # back to the question
    assert p.names[-1] == "dialoog"
    key_choice(p, 2)

    p.step()
    assert p.names[-1] == "werkbank"
    for move in VERVANGEN[:-1]:
        key_act(p, *move)
    states = {z.id: z.staat for z in p.scene.view.inhoud.zones}
    assert states == {"kastdeksel": "open", "kast": "heel", "batterij": "nieuw", "secondewijzer": "loopt",
                      "pakking": "gecontroleerd"}
    key_act(p, *VERVANGEN[-1])
    assert p.names[-1] == "feedback" and p.scene.form.find("normtijd") is not None   # the work time, in words
    p.press("return")
    key_choice(p, 4)
    key_choice(p, 1)
    key_choice(p, 2)
    read_on(p, session, "einde-tevreden")
    assert session.afgelopen and session.result().afloop == "geslaagd"
    assert {c.oordeel for c in session.result().criteria} == {"goed"}


# -- the mouse --------------------------------------------------------------------------------------

def mouse_choice(p, text: str) -> None:
    p.click_on(text)
    assert p.names[-1] == "feedback"
    p.click_on("Verder")


def read_on_by_mouse(p, session) -> None:
    while session.step.soort == "vertelling":
        p.settle().click_on("Verder")


def drag(p, tool: str, zone: str) -> None:
    """Press on the tool in the tray, move with the button held, let go on the spot on the item."""
    bench = p.scene
    name = next(p.ctx.tekst(t.naam) for t in bench.view.inhoud.gereedschap if t.id == tool)
    begin = p.position(name)
    end = bench.zone_point(zone)
    assert end is not None, f"{zone} staat niet in de tekening"
    p.hold(begin, end)
    assert bench.drag is not None and bench.drag.moved and bench.zone_at(end) == zone
    p.release(end)


def test_the_snap_on_battery_change_by_mouse_drags_only(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    mouse_choice(p, "samen met u bekijken")
    read_on_by_mouse(p, session)
    mouse_choice(p, "Ongeveer een kwartier")
    read_on_by_mouse(p, session)
    p.step()
    bench = p.scene
    assert bench.name == "werkbank"
    for tool, zone in OPENEN[:1]:
        drag(p, tool, zone)
    assert session.state.log[-1].keuze == "loep>kastdeksel" and p.scene is bench
    drag(p, *OPENEN[1])
    assert p.names[-1] == "feedback"
    p.click_on("Verder")
    p.step()
    assert p.names[-1] == "loep"
    p.move(p.scene.detail_point(0))                    # the loupe over the battery shows its code
    assert p.scene.looking == 0
    p.click_on("Terug naar de vraag")
    mouse_choice(p, "S is zilveroxide")
    p.step()
    bench = p.scene
    drag(p, "plastic-pincet", "batterij")
    assert bench.view.inhoud.zone("batterij").staat == "eruit"
    assert bench.zone_point("batterij") is not None
    for tool, zone in VERVANGEN[1:]:
        drag(p, tool, zone)
    assert p.names[-1] == "feedback"
    p.click_on("Verder")
    mouse_choice(p, "inzamelbak")
    mouse_choice(p, "hetzelfde type")
    mouse_choice(p, "Liever niet")
    read_on_by_mouse(p, session)
    assert session.afgelopen and {c.oordeel for c in session.result().criteria} == {"goed"}


def test_a_drop_next_to_the_item_does_nothing_and_escape_pauses(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    key_choice(p, 2)
    read_on(p, session, "prijs")
    key_choice(p, 3)
    read_on(p, session, "openen")
    p.step()
    bench = p.scene
    logged = len(session.state.log)
    begin, end = p.position("Kastmes"), (bench.item_rect.left + 4, bench.item_rect.top + 4)
    to = p.app.to_window
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=to(begin), button=1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=to(end), rel=(0, 0), buttons=(1, 0, 0)))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=to(end), button=1))
    p.step()
    assert len(session.state.log) == logged and bench.drag is None
    p.click_on("Kastmes")                              # a click without moving chooses the tool
    assert bench.tool == "kastmes"
    p.press("escape")
    assert p.names[-1] == "pauze"
    p.press("escape")
    assert p.names[-1] == "werkbank"
    p.press("escape")
    p.click_on("Stoppen")
    assert "werkbank" not in p.names and "dialoog" not in p.names


def test_screenshots_of_the_workbench_and_the_loupe(tmp_path, geladen):
    """The bench at the start, midway and ready to close, and the loupe. With JUWELIER_SCHERMAFDRUKKEN=1 the
    pictures go to docs/screenshots (how the ones there were made); otherwise to a temporary folder."""
    out = ROOT / "docs" / "screenshots" if os.environ.get("JUWELIER_SCHERMAFDRUKKEN") else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    p, session = start(tmp_path, geladen)
    for n in (2, 3):
        key_choice(p, n)
        while session.step.soort == "vertelling":
            p.settle().press("return")
    p.step()
    for move in OPENEN:
        key_act(p, *move)
    p.press("return")
    p.step()
    p.move(p.scene.detail_point(0))
    p.screenshot(out / "loep-batterijcode.png")
    p.press("escape")
    key_choice(p, 2)
    p.step()
    p.screenshot(out / "werkbank-begin.png")
    for move in VERVANGEN[:3]:
        key_act(p, *move)
    p.screenshot(out / "werkbank-halverwege.png")
    for move in VERVANGEN[3:5]:
        key_act(p, *move)
    p.screenshot(out / "werkbank-klaar-om-te-sluiten.png")
    for name in ("loep-batterijcode", "werkbank-begin", "werkbank-halverwege", "werkbank-klaar-om-te-sluiten"):
        image = pygame.image.load(str(out / f"{name}.png"))
        assert image.get_size() == (1280, 720)


@pytest.mark.parametrize("size", [100, 200])
def test_the_workbench_fits_its_panels_at_every_text_size(tmp_path, geladen, size):
    from simulator.ui.settings import Instellingen
    from simulator.ui.widgets.base import SCROLLBAR_W
    session = Session(geladen)
    for token in ("2", "verder", "verder", "3", "verder"):
        session.do(GoOn()) if token == "verder" else session.do(Choose(int(token)))
    for tool, zone in OPENEN:
        session.do(UseTool(tool, zone))
    session.do(Choose(2))
    p = make_pilot(tmp_path, store=Store(tmp_path), settings=Instellingen(tekstgrootte=size))
    p.app.stack.push(DialogueScene(p.ctx, geladen, session))
    p.settle()
    bench = p.scene
    assert bench.name == "werkbank" and bench.item_rect.h >= 100
    key_act(p, "plastic-pincet", "batterij")          # with the outcome shown under the item
    bench.ensure_layout()
    for w in bench.form.widgets:
        where = f"'{w.label[:30]}'"
        if w.region is not None:
            assert w.rect.left >= w.region.rect.left and w.rect.right <= w.region.rect.right - SCROLLBAR_W + 6, where
        surface = getattr(w, "surface", None) or getattr(w, "text", None)
        if isinstance(surface, pygame.Surface):
            assert surface.get_width() <= w.rect.w, f"{where}: tekst breder dan het vak"
        if w.focusable and w.action is not None:
            assert w.rect.h >= 44 and w.rect.w >= 44, f"{where}: te klein om aan te klikken"
    assert bench.item_rect.h >= 100


@pytest.mark.parametrize("modus, shown", [("oefenen", True), ("toets", False)])
def test_practice_says_what_the_chosen_tool_is_and_a_test_does_not(tmp_path, geladen, modus, shown):
    p = make_pilot(tmp_path, store=Store(tmp_path))
    session = Session(geladen)
    p.app.stack.push(DialogueScene(p.ctx, geladen, session, modus))
    p.settle()
    key_choice_or_next = (lambda n: key_choice(p, n)) if modus == "oefenen" else (lambda n: p.press(str(n)))
    key_choice_or_next(2)
    read_on(p, session, "prijs")
    key_choice_or_next(3)
    read_on(p, session, "openen")
    p.step()
    bench = p.scene
    assert bench.form.find("Vergrootglas") is None        # nothing chosen yet
    p.press("2")                                           # the case knife
    about = bench.form.find("Kastmes (case knife):")
    assert (about is not None) == shown
