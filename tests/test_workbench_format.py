"""The workbench and loupe in scenario files: what a teacher writes, and what the check says when it is wrong."""

from simulator import content
from simulator.content import ScenarioError, tekst
from simulator.engine import Session
from simulator.engine.autoplay import play
from simulator.engine import Answer, Choose

HEAD = """\
id: t
titel: "Test"
werkproces: B1-K1-W2
duur_minuten: 5
samenvatting: "Test."
start: werk
stappen:
"""

WERK = """\
  werk:
    tekst: "Open en sluit het horloge."
    werkbank:
      voorwerp: horloge-drukdeksel
      zones: {kastdeksel: dicht}
      gereedschap: [kastmes, kastpers]
      normtijd: 120
      tempo: {B1-K1-W2.4: 1}
    acties:
      - gereedschap: kastmes
        zone: kastdeksel
        als: {variabele: kastdeksel, is: dicht}
        zet: {kastdeksel: open}
        gedrag: {B1-K1-W2.1: 2, B1-K1-W2.2: 2, B1-K1-W2.3: 2, B1-K1-W2.4: 1}
        feedback: "Open."
      - gereedschap: kastpers
        zone: kastdeksel
        als: {variabele: kastdeksel, is: open}
        zet: {kastdeksel: dicht, gesloten: true}
        feedback: "Dicht."
    klaar: {variabele: gesloten, is: true}
    naar: einde
  einde:
    einde: "Klaar."
"""


def load(text: str):
    return content.parse((HEAD + text).encode(), "t.yaml")


def codes(text: str) -> list[str]:
    """The codes of all problems: errors (raised) or warnings (kept)."""
    try:
        return [p.code for p in load(text).waarschuwingen]
    except ScenarioError as exc:
        return [p.code for p in exc.problemen]


def problem(text: str, code: str):
    try:
        found = load(text).waarschuwingen
    except ScenarioError as exc:
        found = exc.problemen
    return next(p for p in found if p.code == code)


def test_the_base_file_is_clean():
    assert codes(WERK) == []


def test_a_step_with_werkbank_is_a_workbench_without_writing_soort():
    stap = load(WERK).scenario.stappen["werk"]
    assert stap.soort == "werkbank" and stap.werkbank.zones["kastdeksel"].staat == "dicht"


def test_an_unknown_tool_gets_a_did_you_mean():
    p = problem(WERK.replace("[kastmes, kastpers]", "[kastmes, kastpres]"), "J314")
    assert p.ernst == "fout" and "kastpres" in p.bericht and "kastpers" in p.hint
    assert p.regel == 13


def test_an_action_with_a_tool_not_on_the_tray():
    p = problem(WERK.replace("[kastmes, kastpers]", "[kastmes]"), "J315")
    assert "kastpers" in p.bericht and p.regel == 23 and p.hint == "Zet 'kastpers' onder 'werkbank: gereedschap:'."


def test_an_action_on_a_zone_that_is_not_there():
    p = problem(WERK.replace("        zone: kastdeksel\n        als: {variabele: kastdeksel, is: open}",
                             "        zone: kastdekesl\n        als: {variabele: kastdeksel, is: open}"), "J316")
    assert "kastdeksel" in p.hint


def test_an_unknown_item_and_a_zone_the_drawing_does_not_know():
    assert "J313" in codes(WERK.replace("horloge-drukdeksel", "horloge-drukdekesl"))
    p = problem(WERK.replace("zones: {kastdeksel: dicht}", "zones: {kastdeksel: dicht, wijzerplaat: heel}"), "J317")
    assert p.ernst == "waarschuwing" and "wijzerplaat" in p.bericht


def test_tempo_needs_a_norm_time_and_positive_points():
    assert "J320" in codes(WERK.replace("      normtijd: 120\n", ""))
    assert "J320" in codes(WERK.replace("tempo: {B1-K1-W2.4: 1}", "tempo: {B1-K1-W2.4: -1}"))


def test_a_tempo_criterion_of_another_werkproces_is_caught():
    assert "J303" in codes(WERK.replace("tempo: {B1-K1-W2.4: 1}", "tempo: {B1-K2-W2.1: 1}"))


def test_a_zone_that_starts_differently_in_two_workbenches():
    second = WERK.replace("  werk:", "  werk2:").replace("naar: einde\n  einde:\n    einde: \"Klaar.\"\n", "naar: einde\n")
    second = second.replace("{kastdeksel: dicht}", "{kastdeksel: open}")
    text = WERK.replace("naar: einde\n  einde:", "naar: werk2\n  einde:") + second
    p = problem(text, "J318")
    assert "dicht" in p.bericht and "open" in p.bericht


def test_a_zone_without_any_start_state():
    assert "J319" in codes(WERK.replace("zones: {kastdeksel: dicht}", "zones: {kastdeksel: {}}"))


def test_a_klaar_that_can_never_hold():
    p = problem(WERK.replace("klaar: {variabele: gesloten, is: true}", "klaar: {variabele: kastdeksel, is: gesloten}"), "J409")
    assert p.ernst == "fout" and "nooit klaar" in p.bericht


def test_an_action_that_can_never_happen():
    text = WERK.replace("    klaar:", """\
      - gereedschap: kastpers
        zone: kastdeksel
        als: {variabele: kastdeksel, is: bekrast}
        feedback: "Nooit."
    klaar:""")
    p = problem(text, "J410")
    assert p.ernst == "waarschuwing" and "Actie 3" in p.bericht


def test_an_action_shadowed_by_an_earlier_one_for_the_same_tool_and_zone():
    text = WERK.replace("    klaar:", """\
      - gereedschap: kastmes
        zone: kastdeksel
        als: {variabele: kastdeksel, is: dicht}
        zet: {kastdeksel: bekrast}
        feedback: "Komt nooit aan de beurt."
    klaar:""")
    assert codes(text) == ["J410"]


def test_an_action_without_feedback():
    p = problem(WERK.replace('        feedback: "Dicht."\n', ""), "J404")
    assert "kastpers op kastdeksel" in p.bericht


def test_a_move_that_can_be_repeated_for_points():
    text = WERK.replace("    klaar:", """\
      - gereedschap: kastpers
        zone: kastdeksel
        als: {variabele: kastdeksel, is: dicht}
        gedrag: {B1-K1-W2.2: 1}
        feedback: "Nog eens aandrukken."
    klaar:""").replace("zet: {kastdeksel: dicht, gesloten: true}", "zet: {kastdeksel: dicht}").replace(
        "klaar: {variabele: gesloten, is: true}", "klaar: {variabele: kastdeksel, is: bekrast}")
    assert "J411" in codes(text)


def test_a_loop_that_gains_nothing_is_fine():
    # open and close again: the loop scores 0, nothing to farm
    text = WERK.replace("zet: {kastdeksel: dicht, gesloten: true}", "zet: {kastdeksel: dicht}").replace(
        "klaar: {variabele: gesloten, is: true}", "klaar: {variabele: kastdeksel, is: open}")
    assert "J411" not in codes(text)


def test_a_criterion_scored_only_by_tempo_cannot_be_rated_without_time_pressure():
    text = WERK.replace("B1-K1-W2.3: 2, B1-K1-W2.4: 1}", "B1-K1-W2.3: 2}")
    assert codes(text) == ["J412"]


def test_a_missing_klaar_is_named():
    p = problem(WERK.replace("    klaar: {variabele: gesloten, is: true}\n", ""), "J201")
    assert "klaar" in p.bericht and "klaar:" in p.hint


LOEP = """\
  werk:
    tekst: "Welke batterij zit erin? Kijk met de loep."
    inspectie:
      voorwerp: horloge-drukdeksel
      details:
        - {zone: batterij, tekst: "SR626SW", omschrijving: "de code op de oude batterij"}
    keuzes:
      - tekst: "Een 377 (SR626SW)"
        gedrag: {B1-K1-W2.1: 2, B1-K1-W2.2: 2, B1-K1-W2.3: 2, B1-K1-W2.4: 2}
        feedback: "Goed gelezen."
        naar: maat
      - tekst: "Een AG4"
        gedrag: {B1-K1-W2.3: -1}
        feedback: "AG4 is alkaline."
        naar: maat
  maat:
    tekst: "Hoeveel millimeter is de doorsnede?"
    inspectie:
      voorwerp: horloge-drukdeksel
      details: [{zone: batterij, tekst: "6,8 mm"}]
    invoer:
      eenheid: mm
      antwoorden:
        - {waarde: 6.8, marge: 0.05, feedback: "Klopt.", naar: einde}
      anders: {feedback: "Meet nog eens.", naar: einde}
  einde:
    einde: "Klaar."
"""


def test_an_inspection_shows_the_detail_and_takes_a_choice_then_a_number():
    geladen = load(LOEP)
    assert geladen.waarschuwingen == ()
    s = Session(geladen)
    view = s.step
    assert view.soort == "inspectie" and [k.tekst for k in view.inhoud.antwoord.keuzes] == ["Een 377 (SR626SW)", "Een AG4"]
    assert view.inhoud.voorwerp == "horloge-drukdeksel"
    assert [(d.zone, d.tekst, d.omschrijving) for d in view.inhoud.details] == [
        ("batterij", "SR626SW", "de code op de oude batterij")]
    assert s.do(Choose(1)).feedback == "Goed gelezen."
    assert s.step.soort == "inspectie" and s.step.inhoud.antwoord.eenheid == "mm"
    assert s.do(Answer(6.81)).feedback == "Klopt." and s.afgelopen
    assert [b.tekst for b in s.result().criteria[0].bewijs] == ["Een 377 (SR626SW)"]


def test_an_inspection_gets_a_better_hint_and_plays_headless():
    geladen = load(LOEP)
    s = Session(geladen)
    s.do(Choose(2))
    s.do(Answer(7))
    assert s.result().criteria[2].beter == ("Een 377 (SR626SW)",)
    for plan in ("beste", "slechtste", "willekeurig:4", ["2", "6,8"]):
        p = Session(geladen)
        play(p, plan)
        assert p.afgelopen


def test_an_inspection_needs_choices_or_a_number_not_both():
    p = problem(LOEP.replace("        naar: maat\n  maat:", "        naar: maat\n    invoer: {antwoorden: [{waarde: 1, naar: einde}], anders: {naar: einde}}\n  maat:", 1), "J210")
    assert "keuzes" in p.bericht
    assert "J210" in codes(LOEP.replace("""    invoer:
      eenheid: mm
      antwoorden:
        - {waarde: 6.8, marge: 0.05, feedback: "Klopt.", naar: einde}
      anders: {feedback: "Meet nog eens.", naar: einde}
""", ""))


def test_an_inspection_of_an_unknown_zone_warns():
    p = problem(LOEP.replace("zone: batterij, tekst: \"SR626SW\"", "zone: batterijtje, tekst: \"SR626SW\""), "J317")
    assert "batterij" in p.hint


def test_the_schema_describes_the_new_step_kinds():
    from simulator.content.model import Scenario
    schema = Scenario.model_json_schema()
    assert {"WerkbankStap", "Actie", "Werkblad", "Inspectie", "Loep"} <= set(schema["$defs"])
    assert tekst(schema["$defs"]["Werkblad"]["properties"]["normtijd"]["description"]).startswith("normtijd in seconden")
