"""A teacher's own world in the game: the ring, the tool and the portrait from a wereld.yaml, played through the
workbench by keyboard only and by mouse only (the pilot posts real pygame events), and drawn from their words."""

import os
import shutil
from pathlib import Path

import pygame
import pytest

from simulator import content
from simulator.engine import Session
from simulator.progress import Store
from simulator.ui.art import bench_items
from simulator.ui.scenes.dialogue import DialogueScene
from ui_support import pilot as make_pilot

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "data" / "eigen-wereld"
BEST = [("loep", "steen"), ("griffenduwer", "grif-1"), ("loep", "steen"), ("ultrasoonbad", "zetting")]


@pytest.fixture
def geladen(tmp_path):
    folder = tmp_path / "mijn-scenarios"
    shutil.copytree(FOLDER, folder)
    return content.load(folder / "ring-griffen-nazien.yaml")


def start(tmp_path, geladen):
    p = make_pilot(tmp_path, store=Store(tmp_path / "saves"))
    session = Session(geladen)
    p.app.stack.push(DialogueScene(p.ctx, geladen, session))
    p.settle()
    return p, session


def key_act(p, tool: str, zone: str) -> None:
    """A tool by its number key, Tab to the spot on the item, Enter, and Enter again to confirm."""
    bench = p.scene
    assert bench.name == "werkbank"
    tools = [t.id for t in bench.view.inhoud.gereedschap]
    p.press(str(tools.index(tool) + 1))
    assert bench.tool == tool
    for _ in range(40):
        if bench.form.focused.key == f"zone-{zone}":
            break
        p.press("tab")
    p.press("return")
    assert bench.zone == zone and bench.form.focused.key == "doe"
    p.press("return")


def drag(p, tool: str, zone: str) -> None:
    """Press on the tool in the tray, move with the button held, let go on the spot of the teacher's ring."""
    bench = p.scene
    name = next(p.ctx.tekst(t.naam) for t in bench.view.inhoud.gereedschap if t.id == tool)
    begin, end = p.position(name), bench.zone_point(zone)
    assert end is not None, f"de tekening van de ring heeft geen plek voor {zone}"
    p.hold(begin, end)
    assert bench.zone_at(end) == zone
    p.release(end)


def test_the_teachers_ring_by_keyboard_only(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    assert p.scene.form.find("Mevrouw Dekker") is not None or p.names[-1] == "dialoog"
    p.press("1")
    assert p.names[-1] == "feedback"
    p.press("return")
    p.step()
    bench = p.scene
    assert bench.name == "werkbank"
    assert [t.id for t in bench.view.inhoud.gereedschap] == ["loep", "griffenduwer", "zettang", "ultrasoonbad"]
    assert bench.form.find("Zettang") is not None                      # the teacher's own tool, by its name
    assert bench.form.find("Grif 1: open") is not None                 # a zone of the described drawing
    for move in BEST[:3]:
        key_act(p, *move)
    assert bench.view.inhoud.zone("grif-1").staat == "vast" and bench.view.inhoud.zone("steen").staat == "vast"
    key_act(p, *BEST[3])
    assert p.names[-1] == "feedback"
    p.press("return")
    while not session.afgelopen:
        p.settle().press("return")
    result = session.result()
    assert result.afloop == "geslaagd" and {c.oordeel for c in result.criteria} == {"goed"}


def test_the_teachers_ring_by_mouse_only(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    p.click_on("Ik kijk hem eerst goed na.")
    p.click_on("Verder")
    p.step()
    bench = p.scene
    assert bench.name == "werkbank"
    drag(p, "loep", "steen")
    assert session.state.log[-1].keuze == "loep>steen"
    before = bench.zone_point("grif-1")
    drag(p, "griffenduwer", "grif-1")
    assert bench.view.inhoud.zone("grif-1").staat == "vast"
    assert bench.zone_point("grif-1") != before                         # the pushed prong is drawn against the stone
    drag(p, "loep", "steen")
    drag(p, "ultrasoonbad", "zetting")
    assert p.names[-1] == "feedback"
    p.click_on("Verder")
    while not session.afgelopen:
        p.settle().click_on("Verder")
    assert session.result().afloop == "geslaagd"


def test_the_ultrasonic_bath_with_a_loose_stone_is_the_critical_mistake_the_teacher_wrote(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    p.press("2")
    p.press("return")
    p.step()
    key_act(p, "ultrasoonbad", "zetting")
    assert p.names[-1] == "feedback" and p.scene.form.find("trilt hij uit de zetting") is not None
    p.press("return")
    while not session.afgelopen:
        p.settle().press("return")
    result = session.result()
    assert result.afloop == "mislukt"
    assert next(c for c in result.criteria if c.id == "B1-K1-W2.2").oordeel == "onvoldoende"


def test_screenshot_of_the_teachers_ring_and_portrait(tmp_path, geladen):
    """With JUWELIER_SCHERMAFDRUKKEN=1 the pictures go to docs/screenshots; otherwise to a temporary folder."""
    out = ROOT / "docs" / "screenshots" if os.environ.get("JUWELIER_SCHERMAFDRUKKEN") else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    p, session = start(tmp_path, geladen)
    p.screenshot(out / "eigen-wereld-klant.png")
    p.press("1")
    p.press("return")
    p.step()
    p.screenshot(out / "eigen-wereld-werkbank.png")
    bench = p.scene
    surface = pygame.image.load(str(out / "eigen-wereld-werkbank.png"))
    # the stone is drawn in the teacher's colour (blauw) where its zone is
    x, y = bench.zone_point("steen")
    r, g, b = surface.get_at((x, y))[:3]
    assert b > r + 40 and b > g + 20
    key_act(p, "griffenduwer", "grif-1")
    p.screenshot(out / "eigen-wereld-grif-vast.png")
    assert pygame.image.load(str(out / "eigen-wereld-grif-vast.png")).get_size() == (1280, 720)


def test_the_portrait_is_drawn_from_the_teachers_description(geladen):
    from simulator.ui.artwork import Art

    pygame.display.init()
    art = Art()
    own = art.portrait("klant-vrouw-60-krullen", "blij", (200, 240), geladen.wereld.portretten)
    fallback = art.portrait("klant-vrouw-60-krullen", "blij", (200, 240))   # a world without it: the stand-in
    assert pygame.image.tobytes(own, "RGBA") != pygame.image.tobytes(fallback, "RGBA")


def test_every_zone_of_a_described_ring_can_be_pointed_at():
    """Each prong of a ring with N prongs has a spot of its own, and the spots do not hide each other."""
    for prongs in (2, 3, 4, 6, 8):
        t = {"soort": "ring", "griffen": prongs, "steen": {"grootte": 4}}
        shapes = bench_items.zone_shapes("eigen", {}, t)
        for n in range(1, prongs + 1):
            x, y = bench_items.centre(shapes[f"grif-{n}"])
            hit = next(z for z, s in shapes.items() if bench_items.hit(s, x, y))
            assert hit == f"grif-{n}"
    t = {"soort": "steen", "insluitsel": True}
    shapes = bench_items.zone_shapes("eigen", {}, t)
    for zone in ("tafel", "kroon", "rondist", "paviljoen", "kalet", "insluitsel"):
        x, y = bench_items.centre(shapes[zone])
        assert next(z for z, s in shapes.items() if bench_items.hit(s, x, y)) == zone


LOUPE = """
id: steen-bekijken
titel: "Een losse steen"
werkproces: B1-K1-W2
duur_minuten: 3
samenvatting: "Je bekijkt een losse steen met de loep."
start: kijken
stappen:
  kijken:
    tekst: "Lees met de loep wat er in de rondist gelaserd staat."
    inspectie:
      voorwerp: losse-steen
      details:
        - {zone: rondist, tekst: "GIA 2141438171", omschrijving: "De tekst in de rondist"}
        - {zone: insluitsel, tekst: "een klein zwart kristal", omschrijving: "Het insluitsel"}
    keuzes:
      - tekst: "Ik noteer het nummer op de bon."
        gedrag: {B1-K1-W2.1: 2, B1-K1-W2.2: 2, B1-K1-W2.3: 2, B1-K1-W2.4: 2}
        feedback: "Goed: met het nummer vind je het certificaat terug."
        naar: klaar
      - tekst: "Ik kijk er niet naar."
        gedrag: {B1-K1-W2.1: -1}
        feedback: "Juist het nummer maakt de steen herkenbaar."
        naar: klaar
  klaar:
    einde: "De steen is beschreven."
"""


def test_the_loupe_looks_at_the_spots_of_a_described_stone(tmp_path):
    """The built-in loose stone is a described drawing: the loupe finds its girdle and inclusion by their zones."""
    geladen = content.parse(LOUPE.encode(), "steen-bekijken.yaml")
    p, session = start(tmp_path, geladen)
    p.step()
    assert p.names[-1] == "loep"
    loupe = p.scene
    assert loupe.inspectie.tekening["soort"] == "steen"
    girdle, inclusion = loupe.detail_point(0), loupe.detail_point(1)
    assert girdle != inclusion and loupe.item_rect.center not in (girdle, inclusion)
    p.move(girdle)
    assert loupe.looking == 0 and loupe.form.find("GIA 2141438171") is not None
    p.screenshot(tmp_path / "loep-losse-steen.png")
    assert pygame.image.load(str(tmp_path / "loep-losse-steen.png")).get_size() == (1280, 720)


NEW_ITEMS = ("ring-met-steen", "losse-steen", "horloge-leren-band")
NEW_TOOLS = ("griffenduwer", "steenpincet", "veerstaafjestang", "bandwisselaar", "veerstaafjes", "leren-band",
             "ultrasoonbad")


def _pixels(draw) -> bytes:
    surface = pygame.Surface((300, 300), pygame.SRCALPHA)
    draw(surface)
    return pygame.image.tobytes(surface, "RGBA")


def test_the_new_built_in_items_and_tools_have_drawings_and_spots():
    from simulator.content.wereld import standaard

    cat = standaard().catalogus
    stand_in = _pixels(lambda s: bench_items.draw_bench_item(s, s.get_rect(), "onbekend", {}))
    card = _pixels(lambda s: bench_items.draw_tool_icon(s, s.get_rect(), "onbekend"))
    for vid in NEW_ITEMS:
        item = cat.voorwerpen[vid]
        assert _pixels(lambda s: bench_items.draw_bench_item(s, s.get_rect(), vid, {}, item.tekening)) != stand_in
        shapes = bench_items.zone_shapes(vid, {}, item.tekening)
        assert set(item.zones) <= set(shapes), f"{vid}: zones zonder plek in de tekening"
    for tid in NEW_TOOLS:
        tool = cat.gereedschap[tid]
        assert _pixels(lambda s: bench_items.draw_tool_icon(s, s.get_rect(), tid, tool.tekening)) != card, tid
