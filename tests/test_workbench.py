"""The workbench in the engine: every rule a student meets when putting tools on an item.

Each test plays a small battery change written inline, and checks what the student would see
(zone states, feedback, points, the rating) after a few actions.
"""

from dataclasses import replace

import pytest

from simulator import content
from simulator.content import tekst
from simulator.engine import Session, SessionError, SessionState
from simulator.engine.autoplay import PlanError, play
from simulator.engine import Choose, UseTool

BATTERIJ = """\
id: batterij-test
titel: "Batterij vervangen"
werkproces: B1-K1-W2
duur_minuten: 5
samenvatting: "Test."
personages:
  klant: {naam: "Mevrouw De Wit", portret: klant-vrouw-70}
start: werk
stappen:
  werk:
    tekst: "Vervang de batterij van dit horloge."
    werkbank:
      voorwerp: horloge-drukdeksel
      zones:
        kastdeksel: dicht
        batterij: {naam: "Knoopcel", staat: oud}
        pakking: onbekend
      gereedschap: [kastmes, schroevendraaier, plastic-pincet, metalen-pincet, loep, batterij-sr626sw, batterij-ag4, kastpers]
      normtijd: 300
      tempo: {B1-K1-W2.4: 2}
    acties:
      - gereedschap: kastmes
        zone: kastdeksel
        als: {variabele: kastdeksel, is: dicht}
        zet: {kastdeksel: open}
        gedrag: {B1-K1-W2.1: 2}
        feedback: "Een drukdeksel wip je bij de lip open met het kastmes."
      - gereedschap: schroevendraaier
        zone: kastdeksel
        als: {variabele: kastdeksel, is: dicht}
        zet: {kastdeksel: bekrast}
        gedrag: {B1-K1-W2.1: -2}
        kritiek: true
        feedback: "Met een schroevendraaier wrik je het deksel krom en kras je het."
        naar: beschadigd
      - gereedschap: plastic-pincet
        zone: batterij
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: oud}]
        zet: {batterij: eruit}
        gedrag: {B1-K1-W2.2: 2}
        feedback: "Een plastic pincet geleidt niet: geen kortsluiting."
      - gereedschap: metalen-pincet
        zone: batterij
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: oud}]
        zet: {batterij: kortgesloten}
        gedrag: {B1-K1-W2.2: -2}
        kritiek: true
        feedback: "Metaal op beide polen: kortsluiting."
      - gereedschap: plastic-pincet
        zone: batterij
        als: {een_van: [{variabele: batterij, is: kortgesloten}, {variabele: batterij, is: verkeerd}]}
        zet: {batterij: eruit}
        feedback: "Je haalt de cel er weer uit, nu met het plastic pincet."
      - gereedschap: batterij-sr626sw
        zone: batterij
        als: {variabele: batterij, is: eruit}
        zet: {batterij: nieuw}
        gedrag: {B1-K1-W2.3: 2}
        feedback: "De 377 (SR626SW) is de juiste zilveroxidecel."
      - gereedschap: batterij-ag4
        zone: batterij
        als: {variabele: batterij, is: eruit}
        zet: {batterij: verkeerd}
        gedrag: {B1-K1-W2.3: -1}
        feedback: "Een AG4 past, maar is alkaline: de spanning zakt weg."
      - gereedschap: loep
        zone: pakking
        als: [{variabele: kastdeksel, is: open}, {variabele: pakking, is: onbekend}]
        zet: {pakking: gecontroleerd}
        gedrag: {B1-K1-W2.4: 1}
        feedback: "De pakking is heel en zit goed."
      - gereedschap: kastpers
        zone: kastdeksel
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: nieuw}, {variabele: pakking, is: gecontroleerd}]
        zet: {kastdeksel: dicht}
        gedrag: {B1-K1-W2.4: 1}
        feedback: "Met de kastpers druk je het deksel gelijkmatig dicht."
      - gereedschap: kastpers
        zone: kastdeksel
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: nieuw}]
        zet: {kastdeksel: dicht}
        gedrag: {B1-K1-W2.4: -1}
        feedback: "Dicht, maar je keek niet naar de pakking."
      - gereedschap: kastpers
        zone: kastdeksel
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, niet: nieuw}]
        gedrag: {B1-K1-W2.3: -1}
        feedback: "Er zit nog geen goede nieuwe batterij in: eerst de batterij."
    anders:
      feedback: "Dat werkt zo niet. Kijk welk gereedschap bij deze stap hoort."
    klaar: [{variabele: kastdeksel, is: dicht}, {variabele: batterij, is: nieuw}]
    naar: klaar
  klaar:
    einde: "Het horloge loopt weer."
  beschadigd:
    einde: "Het deksel is krom; de horlogemaker moet het herstellen."
    afloop: mislukt
"""

BESTE = [("kastmes", "kastdeksel"), ("plastic-pincet", "batterij"), ("batterij-sr626sw", "batterij"),
         ("loep", "pakking"), ("kastpers", "kastdeksel")]


@pytest.fixture(scope="module")
def geladen():
    return content.parse(BATTERIJ.encode(), "batterij-test.yaml")


def session(geladen, **kw) -> Session:
    return Session(geladen, **kw)


def states(s: Session) -> dict:
    return {z.id: z.staat for z in s.step.inhoud.zones}


def test_the_workbench_scenario_loads_without_warnings(geladen):
    assert geladen.waarschuwingen == ()


def test_the_view_shows_item_zones_tools_and_norm(geladen):
    view = session(geladen).step
    assert view.soort == "werkbank" and view.tekst == "Vervang de batterij van dit horloge."
    bank = view.inhoud
    assert bank.voorwerp == "horloge-drukdeksel"
    assert [(z.id, z.naam, z.staat) for z in bank.zones] == [
        ("kastdeksel", "Kastdeksel", "dicht"), ("batterij", "Knoopcel", "oud"), ("pakking", "Pakking", "onbekend")]
    knife = bank.gereedschap[0]
    assert (knife.id, tekst(knife.naam), tekst(knife.naam, "en"), knife.engels) == ("kastmes", "Kastmes", "case knife", "case knife")
    assert next(t for t in bank.gereedschap if t.id == "batterij-ag4").code == "AG4 / LR626"
    assert (bank.normtijd, bank.seconden, bank.laatste, bank.tijdsdruk) == (300, 0, (), True)


def test_the_professional_order_finishes_the_work_with_every_criterion_goed(geladen):
    s = session(geladen)
    first = s.do(UseTool("kastmes", "kastdeksel"), seconden=20)
    assert first.volgende == "werk" and first.veranderd == (("kastdeksel", "dicht", "open"),)
    assert first.punten == {"B1-K1-W2.1": 2} and "lip" in first.feedback
    for tool, zone in BESTE[1:-1]:
        s.do(UseTool(tool, zone), seconden=20)
    assert states(s) == {"kastdeksel": "open", "batterij": "nieuw", "pakking": "gecontroleerd"}
    last = s.do(UseTool("kastpers", "kastdeksel"), seconden=20)
    assert last.volgende == "klaar" and s.afgelopen
    assert last.tempo.seconden == 100 and last.tempo.punten == {"B1-K1-W2.4": 2}
    assert "binnen de normtijd" in tekst(last.tempo.feedback)
    result = s.result()
    assert {c.id: c.oordeel for c in result.criteria} == dict.fromkeys(
        ["B1-K1-W2.1", "B1-K1-W2.2", "B1-K1-W2.3", "B1-K1-W2.4"], "goed")
    tempo = result.criteria[3]
    assert (tempo.punten, tempo.max) == (4, 4)
    assert [tekst(b.tekst) for b in tempo.bewijs] == ["Loep op pakking", "Kastpers op kastdeksel",
                                                      "Werktijd 1 min 40 s (normtijd 5 min)"]


def test_a_tool_on_a_zone_without_an_action_does_nothing_and_says_so(geladen):
    s = session(geladen)
    uit = s.do(UseTool("loep", "batterij"))
    assert uit.volgende == "werk" and uit.punten == {} and uit.veranderd == ()
    assert tekst(uit.feedback) == "Dat werkt zo niet. Kijk welk gereedschap bij deze stap hoort."
    assert states(s) == {"kastdeksel": "dicht", "batterij": "oud", "pakking": "onbekend"}
    assert [u.keuze for u in s.step.inhoud.laatste] == ["loep>batterij"]


def test_without_anders_the_engine_names_tool_and_zone(geladen):
    scenario = geladen.scenario
    stap = scenario.stappen["werk"].model_copy(update={"anders": None})
    plain = scenario.model_copy(update={"stappen": {**scenario.stappen, "werk": stap}})
    uit = Session(replace(geladen, scenario=plain)).do(UseTool("kastpers", "pakking"))
    assert tekst(uit.feedback) == "Dat werkt zo niet (kastpers op pakking). Kies ander gereedschap of een andere plek."
    assert uit.punten == {}


def test_anders_can_cost_points(geladen):
    raw = BATTERIJ.replace('    anders:\n      feedback: "Dat werkt', '    anders:\n      gedrag: {B1-K1-W2.3: -1}\n      feedback: "Dat werkt')
    s = Session(content.parse(raw.encode(), "t.yaml"))
    assert s.do(UseTool("loep", "batterij")).punten == {"B1-K1-W2.3": -1}
    assert s.result().criteria[2].punten == -1


def test_the_wrong_order_is_not_possible_before_the_back_is_open(geladen):
    s = session(geladen)
    uit = s.do(UseTool("plastic-pincet", "batterij"))  # the back is still closed: the rule's `als` does not hold
    assert uit.punten == {} and states(s)["batterij"] == "oud"
    assert "werkt zo niet" in tekst(uit.feedback)


def test_closing_before_the_new_battery_costs_points_and_keeps_the_back_open(geladen):
    s = session(geladen)
    s.do(UseTool("kastmes", "kastdeksel"))
    uit = s.do(UseTool("kastpers", "kastdeksel"))
    assert uit.punten == {"B1-K1-W2.3": -1} and "eerst de batterij" in uit.feedback
    assert states(s)["kastdeksel"] == "open" and uit.volgende == "werk"


def test_skipping_the_gasket_check_finishes_but_costs_precision(geladen):
    s = session(geladen)
    for tool, zone in [("kastmes", "kastdeksel"), ("plastic-pincet", "batterij"), ("batterij-sr626sw", "batterij")]:
        s.do(UseTool(tool, zone))
    uit = s.do(UseTool("kastpers", "kastdeksel"))  # the first kastpers rule needs the gasket checked; the second applies
    assert uit.punten == {"B1-K1-W2.4": -1} and s.afgelopen
    assert s.result().oordeel("B1-K1-W2.4") == "onvoldoende"  # -1 + 2 tempo of a best of 4


def test_alternative_orders_both_reach_the_best_result(geladen):
    gasket_first = [BESTE[0], ("loep", "pakking"), BESTE[1], BESTE[2], BESTE[4]]
    for order in (BESTE, gasket_first):
        s = session(geladen)
        for tool, zone in order:
            s.do(UseTool(tool, zone))
        assert s.afgelopen and all(c.oordeel == "goed" for c in s.result().criteria), order


def test_a_critical_action_shows_its_consequence_and_fails_the_criterion(geladen):
    s = session(geladen)
    s.do(UseTool("kastmes", "kastdeksel"))
    uit = s.do(UseTool("metalen-pincet", "batterij"))
    assert uit.kritiek == ("B1-K1-W2.2",) and uit.veranderd == (("batterij", "oud", "kortgesloten"),)
    assert s.step.inhoud.zone("batterij").staat == "kortgesloten"
    for tool, zone in [("plastic-pincet", "batterij"), ("batterij-sr626sw", "batterij"), ("loep", "pakking"),
                       ("kastpers", "kastdeksel")]:
        s.do(UseTool(tool, zone))
    oordeel = next(c for c in s.result().criteria if c.id == "B1-K1-W2.2")
    assert oordeel.oordeel == "onvoldoende" and oordeel.kritiek
    assert [tekst(t) for t in oordeel.beter] == ["Plastic pincet op knoopcel"]


def test_an_action_with_naar_leaves_the_workbench_at_once(geladen):
    s = session(geladen)
    uit = s.do(UseTool("schroevendraaier", "kastdeksel"), seconden=15)
    assert uit.volgende == "beschadigd" and s.afgelopen and s.result().afloop == "mislukt"
    assert uit.veranderd == (("kastdeksel", "dicht", "bekrast"),)
    # a quick scratch is no tempo: the job is not done, so no time points and no "binnen de normtijd"
    assert uit.tempo is None
    assert all(r.keuze != "tempo" for r in s.state.log)


def test_a_wrong_part_can_be_taken_out_again(geladen):
    s = session(geladen)
    s.do(UseTool("kastmes", "kastdeksel"))
    s.do(UseTool("plastic-pincet", "batterij"))
    assert s.do(UseTool("batterij-ag4", "batterij")).punten == {"B1-K1-W2.3": -1}
    assert s.do(UseTool("plastic-pincet", "batterij")).veranderd == (("batterij", "verkeerd", "eruit"),)
    assert s.do(UseTool("batterij-sr626sw", "batterij")).punten == {"B1-K1-W2.3": 2}


@pytest.mark.parametrize("seconds, points, words", [
    (60, 2, "binnen de normtijd"), (300, 2, "binnen de normtijd"), (420, 1, "Werk wat vlotter"),
    (450, 1, "Werk wat vlotter"), (451, 0, "veel langer"),
])
def test_tempo_within_the_norm_earns_the_points_slower_fewer(geladen, seconds, points, words):
    s = session(geladen)
    for tool, zone in BESTE[:-1]:
        s.do(UseTool(tool, zone), seconden=0)
    uit = s.do(UseTool("kastpers", "kastdeksel"), seconden=seconds)
    assert uit.tempo.punten == {"B1-K1-W2.4": points} and words in tekst(uit.tempo.feedback)
    criterion = next(c for c in s.result().criteria if c.id == "B1-K1-W2.4")
    assert criterion.punten == 2 + points and criterion.max == 4


def test_work_time_adds_up_and_shows_while_working(geladen):
    s = session(geladen)
    s.do(UseTool("kastmes", "kastdeksel"), seconden=12.5)
    s.do(UseTool("loep", "batterij"), seconden=30)
    assert s.step.inhoud.seconden == 42.5


def test_slow_work_gets_advice_to_work_within_the_norm(geladen):
    s = session(geladen)
    for tool, zone in BESTE:
        s.do(UseTool(tool, zone), seconden=200)
    criterion = next(c for c in s.result().criteria if c.id == "B1-K1-W2.4")
    assert criterion.oordeel == "voldoende"  # 2 for precision, 0 for tempo, of 4
    assert [tekst(b) for b in criterion.beter] == ["Werken binnen de normtijd (5 min)"]


def test_without_time_pressure_tempo_is_not_scored_and_the_result_says_so(geladen):
    s = session(geladen, tijdsdruk=False)
    assert s.analysis.beste_zonder_tijdsdruk["B1-K1-W2.4"] == 2 and not s.step.inhoud.tijdsdruk
    for tool, zone in BESTE:
        uit = s.do(UseTool(tool, zone), seconden=900)
    assert uit.tempo.punten == {} and "telt niet mee" in tekst(uit.tempo.feedback)
    result = s.result()
    assert not result.tijdsdruk
    criterion = next(c for c in result.criteria if c.id == "B1-K1-W2.4")
    assert (criterion.oordeel, criterion.punten, criterion.max) == ("goed", 2, 2)
    assert "zonder tijdsdruk" in tekst(criterion.opmerking).lower()
    assert all(c.opmerking is None for c in result.criteria if c.id != "B1-K1-W2.4")


def test_with_time_pressure_there_is_no_note(geladen):
    s = session(geladen)
    play(s, "beste")
    assert s.result().tijdsdruk and all(c.opmerking is None for c in s.result().criteria)


def test_a_resumed_session_keeps_the_workbench_and_the_setting(geladen):
    s = session(geladen, tijdsdruk=False)
    s.do(UseTool("kastmes", "kastdeksel"), seconden=10)
    s.do(UseTool("loep", "batterij"), seconden=5)
    saved = s.state.model_dump_json()
    again = Session(geladen, SessionState.model_validate_json(saved))
    assert again.step == s.step and not again.tijdsdruk
    assert again.step.inhoud.seconden == 15
    assert [tekst(u.feedback) for u in again.step.inhoud.laatste][0].startswith("Een drukdeksel")


def test_acting_where_it_is_not_allowed_raises(geladen):
    s = session(geladen)
    with pytest.raises(SessionError, match="ligt niet op de werkbank"):
        s.do(UseTool("stiftendrukker", "kastdeksel"))
    with pytest.raises(SessionError, match="zone"):
        s.do(UseTool("kastmes", "kroon"))
    with pytest.raises(SessionError, match="werkbank: gebruik gereedschap"):
        s.do(Choose(1))
    play(s, "beste")
    with pytest.raises(SessionError, match="afgelopen"):
        s.do(UseTool("kastmes", "kastdeksel"))


def test_the_analysis_counts_workbench_actions_and_tempo(geladen):
    analyse = geladen.analyse
    assert analyse.beste == {"B1-K1-W2.1": 2, "B1-K1-W2.2": 2, "B1-K1-W2.3": 2, "B1-K1-W2.4": 4}
    assert analyse.slechtste["B1-K1-W2.2"] == -2 and analyse.slechtste["B1-K1-W2.1"] == -2
    assert analyse.klaar == {"werk"} and len(analyse.acties) == 11


def test_autoplay_plays_best_worst_random_and_tokens(geladen):
    best = session(geladen)
    moves = play(best, "beste")
    assert [m.gedaan for m in moves] == [f"{t}>{z}" for t, z in BESTE]
    worst = session(geladen)
    play(worst, "slechtste")
    assert worst.afgelopen and not any(c.oordeel == "goed" for c in worst.result().criteria)
    for seed in range(10):
        s = session(geladen)
        play(s, f"willekeurig:{seed}")
        assert s.afgelopen
    timed = session(geladen)
    play(timed, [f"{t}>{z}@100" for t, z in BESTE])
    assert timed.state.log[-1].waarde == 500
    with pytest.raises(PlanError, match="gereedschap>zone"):
        play(session(geladen), ["kastmes"])
    with pytest.raises(PlanError, match="ligt niet op de werkbank"):
        play(session(geladen), ["vijl>kastdeksel"])


TWEE_WERKBANKEN = """\
id: twee-werkbanken
titel: "Openen en later sluiten"
werkproces: B1-K1-W2
duur_minuten: 5
samenvatting: "Test."
start: openen
stappen:
  openen:
    tekst: "Open het horloge."
    werkbank:
      voorwerp: horloge-drukdeksel
      zones: {kastdeksel: dicht}
      gereedschap: [kastmes]
    acties:
      - {gereedschap: kastmes, zone: kastdeksel, als: {variabele: kastdeksel, is: dicht}, zet: {kastdeksel: open},
         gedrag: {B1-K1-W2.1: 2, B1-K1-W2.2: 2, B1-K1-W2.3: 2, B1-K1-W2.4: 2}, feedback: "Open."}
    klaar: {variabele: kastdeksel, is: open}
    naar: vraag
  vraag:
    tekst: "Het deksel is open. Nu?"
    keuzes:
      - {tekst: "Dichtdrukken", als: {variabele: kastdeksel, is: open}, feedback: "Ja.", naar: sluiten}
  sluiten:
    tekst: "Sluit het horloge."
    werkbank:
      voorwerp: horloge-drukdeksel
      zones: {kastdeksel: {}}
      gereedschap: [kastpers]
    acties:
      - {gereedschap: kastpers, zone: kastdeksel, als: {variabele: kastdeksel, is: open}, zet: {kastdeksel: dicht}, feedback: "Dicht."}
    klaar: {variabele: kastdeksel, is: dicht}
    naar: einde
  einde:
    einde: "Klaar."
"""


def test_zone_states_carry_over_between_workbenches_and_into_conditions():
    geladen = content.parse(TWEE_WERKBANKEN.encode(), "t.yaml")
    assert geladen.waarschuwingen == ()
    s = Session(geladen)
    s.do(UseTool("kastmes", "kastdeksel"))
    assert s.step.id == "vraag" and [k.id for k in s.step.inhoud.keuzes] == ["1"]
    s.do(Choose(1))
    assert s.step.inhoud.zone("kastdeksel").staat == "open"
    s.do(UseTool("kastpers", "kastdeksel"))
    assert s.afgelopen
