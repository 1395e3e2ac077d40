"""The scenario map tells the whole story: workbench actions and their critical mistakes, routes with their
conditions, amounts as € 399,30, choices with their text, a good choice never merged into a weak arrow, and on
every shipped scenario's map no label over a box and no line through one."""

from pathlib import Path

import pytest

from simulator import content
from simulator.content import graph
from simulator.ui.kaart import MARGIN, HEADER, draw_map, indeling

ROOT = Path(__file__).resolve().parents[1]

HEAD = """\
id: kaart
titel: "Kaart"
werkproces: B1-K1-W2
duur_minuten: 5
samenvatting: "Een batterij vervangen."
variabelen: {fouten: 0}
start: prijs
stappen:
"""

STORY = HEAD + """\
  prijs:
    tekst: "Wat kost de batterij met btw, als hij 18 euro kost zonder btw? En de band van 330 euro?"
    invoer:
      eenheid: euro
      antwoorden:
        - {waarde: 399.30, marge: 0.01, gedrag: {B1-K1-W2.1: 2}, feedback: "Goed.", naar: code}
      anders: {gedrag: {B1-K1-W2.1: -1}, tel: {fouten: 1}, feedback: "330 × 1,21 = 399,30.", naar: code}
  code:
    tekst: "Welke batterij zit erin?"
    inspectie:
      voorwerp: horloge-drukdeksel
      details:
        - {zone: batterij, tekst: "377 · SR626SW", omschrijving: "De code"}
    keuzes:
      - {tekst: "Een SR626SW, dezelfde cel.", gedrag: {B1-K1-W2.3: 2}, feedback: "Goed.", naar: werk}
      - {tekst: "Een AG4, die past ook.", gedrag: {B1-K1-W2.3: -1}, tel: {fouten: 1}, feedback: "Alkaline.", naar: werk}
      - {tekst: "Maakt niet uit.", gedrag: {B1-K1-W2.3: -2}, tel: {fouten: 1}, feedback: "Wel.", naar: werk}
  werk:
    tekst: "Vervang de batterij."
    werkbank:
      voorwerp: horloge-drukdeksel
      zones: {batterij: oud}
      gereedschap: [plastic-pincet, metalen-pincet, batterij-sr626sw]
    acties:
      - gereedschap: plastic-pincet
        zone: batterij
        als: {variabele: batterij, is: oud}
        zet: {batterij: eruit}
        gedrag: {B1-K1-W2.2: 2}
        feedback: "Goed."
      - gereedschap: metalen-pincet
        zone: batterij
        als: {variabele: batterij, is: oud}
        zet: {batterij: eruit}
        gedrag: {B1-K1-W2.2: -2}
        kritiek: true
        feedback: "Kortsluiting."
      - gereedschap: batterij-sr626sw
        zone: batterij
        als: {variabele: batterij, is: eruit}
        zet: {batterij: nieuw}
        feedback: "Erin."
    klaar: {variabele: batterij, is: nieuw}
    naar:
      - {als: {variabele: fouten, minstens: 2}, naar: matig}
      - {naar: goed}
  goed:
    einde: "Hij loopt weer."
  matig:
    einde: "Hij loopt, maar de klant twijfelt."
    afloop: matig
"""


@pytest.fixture(scope="module")
def story():
    return content.parse(STORY.encode(), "kaart.yaml")


def lines_of(kaart) -> list[str]:
    return [r.tekst for e in kaart.etiketten for r in e.regels]


def test_the_workbench_box_lists_its_actions_with_the_critical_mistake(story):
    node = {n.id: n for n in graph.build(story)[0]}["werk"]
    assert [h.regel for h in node.handelingen] == [
        "✓ plastic-pincet → batterij (batterij = oud)",
        "‼ metalen-pincet → batterij (batterij = oud)",
        "• batterij-sr626sw → batterij (batterij = eruit)",
    ]
    box = indeling(story).vakken["werk"]
    assert [r.tekst for r in box.handelingen][1].startswith("!! metalen-pincet → batterij")
    assert box.handelingen[1].kleur == (198, 40, 40)
    assert "‼ metalen-pincet → batterij (batterij = oud)" in graph.mermaid(story)


def test_routes_say_their_condition(story):
    edges = [e for e in graph.build(story)[1] if e.van == "werk"]
    assert [(e.label, e.naar, e.voorwaarde) for e in edges] == [
        ("klaar", "matig", "als fouten ≥ 2"), ("klaar", "goed", "anders")]
    labels = lines_of(indeling(story))
    assert "als fouten ≥ 2" in labels and "anders" in labels
    assert '-->|"• klaar (als fouten ≥ 2)"|' in graph.mermaid(story)


def test_amounts_are_written_the_dutch_way(story):
    labels = lines_of(indeling(story))
    assert "+ = € 399,30" in labels and "399.3" not in " ".join(labels)


def test_inspection_choices_show_their_text_and_a_good_choice_keeps_its_own_arrow(story):
    kaart = indeling(story)
    assert "+ 1. Een SR626SW, dezelfde cel." in lines_of(kaart)
    arrows = [e for e in kaart.etiketten if any("Een AG4" in r.tekst or "SR626SW" in r.tekst for r in e.regels)]
    assert len(arrows) == 2  # the good choice apart from the two weak ones, all to the same step
    weak = next(e for e in arrows if any("AG4" in r.tekst for r in e.regels))
    assert [r.tekst for r in weak.regels] == ["- 2. Een AG4, die past ook.", "- 3. Maakt niet uit."]


def test_nothing_overlaps_on_the_test_map(story):
    assert_clear(indeling(story), "kaart")


def assert_clear(kaart, name: str) -> None:
    """No label over a box, no two boxes or labels over each other, no line through a box or a label, nothing
    over the title and legend, everything on the picture."""
    boxes = [v.rect for v in kaart.vakken.values()]
    labels = [e.rect for e in kaart.etiketten]
    for i, a in enumerate(boxes + labels):
        assert a.top >= MARGIN + HEADER and a.left >= 0 and a.right <= kaart.breedte and a.bottom <= kaart.hoogte, name
        for b in (boxes + labels)[i + 1:]:
            assert not a.colliderect(b), f"{name}: {a} overlapt {b}"
    inside = [r.inflate(-4, -4) for r in boxes + labels]
    for lijn in kaart.lijnen:
        for (x0, y0), (x1, y1) in zip(lijn.punten, lijn.punten[1:]):
            steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0)) / 3))
            for k in range(steps + 1):
                x, y = x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * k / steps
                assert not any(r.collidepoint(x, y) for r in inside), f"{name}: een lijn loopt door een vak bij {(x, y)}"


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    return content.load_library([ROOT / "scenarios"], cache_dir=tmp_path_factory.mktemp("cache"))


def test_every_shipped_map_shows_actions_and_conditions_with_no_overlap(library):
    assert len(library.scenarios) >= 40
    with_actions = with_conditions = 0
    for sid, geladen in library.scenarios.items():
        kaart = indeling(geladen)
        assert_clear(kaart, sid)
        nodes, edges = graph.build(geladen)
        for node in nodes:
            assert len(kaart.vakken[node.id].handelingen) >= len(node.handelingen), sid
            with_actions += bool(node.handelingen)
        labels = lines_of(kaart)
        for edge in edges:
            if edge.voorwaarde:
                assert any(edge.voorwaarde.startswith(line.rstrip("…")) for line in labels), (sid, edge.voorwaarde)
                with_conditions += 1
        picture = draw_map(geladen)
        assert (picture.get_width(), picture.get_height()) == (kaart.breedte, kaart.hoogte)
    assert with_actions >= 5 and with_conditions >= 20  # the library has workbenches and conditional routes
