"""Teacher tools: a new scenario from the template, and the scenario map (PNG and Mermaid)."""

import subprocess
import sys

import pygame

from simulator import content
from simulator.content import graph
from simulator.engine import Session
from simulator.engine.autoplay import play


def juwelier(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "simulator", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd)


def test_nieuw_writes_a_scenario_that_passes_and_plays(tmp_path):
    run = juwelier("nieuw", "--werkproces", "B1-K2-W7", "--titel", "Een verdachte klant", "--klant", "Meneer Đorđević",
                   "--portret", "verdachte-man", "--uit", tmp_path / "les" / "verdacht.yaml")
    assert run.returncode == 0, run.stderr
    path = tmp_path / "les" / "verdacht.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=./scenario.schema.json")
    assert (tmp_path / "les" / "scenario.schema.json").exists()
    assert "id: verdacht " in text and "# B1-K2-W7.5: handelt snel en volgens geldende protocollen en richtlijnen" in text
    check = juwelier("controleer", path)
    assert check.returncode == 0 and "0 fout(en), 1 waarschuwing(en)" in check.stdout
    assert "J417: Deze tekst komt nog uit het sjabloon van 'juwelier nieuw'" in check.stdout  # until the teacher writes
    geladen = content.load(path)
    session = Session(geladen)
    play(session, "beste")
    assert [c.oordeel for c in session.result().criteria] == ["goed"] * 5
    assert juwelier("nieuw", "--werkproces", "B1-K2-W7", "--titel", "x", "--klant", "y", "--portret", "verdachte-man",
                    "--uit", path).returncode == 2  # never overwrites a teacher's file by accident


def test_nieuw_explains_an_unknown_werkproces(tmp_path):
    run = juwelier("new", "--werkproces", "B1-K2-W9", "--titel", "x", "--klant", "y", cwd=tmp_path)
    assert run.returncode == 2 and "onbekend werkproces 'B1-K2-W9'" in run.stderr and "Traceback" not in run.stderr


BROKEN = """\
id: kaart-test
titel: "Kaart"
werkproces: B1-K2-W6
duur_minuten: 5
samenvatting: "x"
variabelen: {klaar: false}
start: begin
stappen:
  begin:
    tekst: "Begin"
    keuzes:
      - {tekst: "Goed", gedrag: {B1-K2-W6.1: 2}, feedback: "ok", naar: vast}
      - {tekst: "Fout", gedrag: {B1-K2-W6.1: -2}, kritiek: true, feedback: "nee", naar: einde}
  vast:
    tekst: "Hier kom je niet verder."
    keuzes:
      - {tekst: "Verder", als: {variabele: klaar, is: true}, feedback: "x", naar: einde}
  vergeten:
    einde: "Niemand komt hier."
  einde:
    einde: "Klaar."
"""


def test_kaart_shows_unreachable_steps_and_dead_ends_in_red(tmp_path):
    path = tmp_path / "kapot.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    assert juwelier("controleer", path).returncode == 1
    geladen = content.parse(BROKEN.encode(), "kapot.yaml", strict=False)
    nodes = {n.id: n for n in graph.build(geladen)[0]}
    assert nodes["vergeten"].probleem == "onbereikbaar" and nodes["vast"].probleem == "doodlopend"
    assert nodes["einde"].probleem == ""
    mermaid = juwelier("graph", path, "--mermaid").stdout
    assert mermaid.startswith("flowchart TD")
    assert '‼ 2. Fout' in mermaid and "class s1,s2 probleem" in mermaid

    png = tmp_path / "kapot.png"
    run = juwelier("kaart", path, "--uit", png)
    assert run.returncode == 0, run.stderr
    picture = pygame.image.load(str(png))
    reds = sum(1 for x in range(0, picture.get_width(), 3) for y in range(0, picture.get_height(), 3)
               if picture.get_at((x, y))[:3] == (198, 40, 40))
    assert reds > 100  # red borders of the two problem steps and the critical arrow


def test_the_map_of_every_shipped_scenario_renders(tmp_path):
    from pathlib import Path

    from simulator.ui.kaart import draw_map

    root = Path(__file__).resolve().parents[1]
    library = content.load_library([root / "scenarios"], cache_dir=tmp_path / "cache")
    assert len(library.scenarios) >= 38
    for sid, geladen in library.scenarios.items():
        picture = draw_map(geladen)
        assert picture.get_width() >= 600 and picture.get_height() >= 300, sid
        assert graph.mermaid(geladen).count("-->") >= len(geladen.scenario.stappen) - 1 - len(geladen.analyse.eindes)
