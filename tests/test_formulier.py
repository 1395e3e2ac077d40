"""The formulier step: a repair receipt filled in field by field, scored per field, by the engine, the checker,
automatic play and golden plans, and in the game by keyboard and by mouse."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import content
from simulator.content import ScenarioError, tekst
from simulator.engine import Choose, FillIn, Session, SessionError, SessionState
from simulator.engine.autoplay import play, play_move, read_on
from simulator.progress import Store
from simulator.ui.scenes.dialogue import DialogueScene
from ui_support import pilot as make_pilot

BON = (Path(__file__).parent / "data" / "formulier-bon.yaml").read_text(encoding="utf-8")
RIGHT = {"naam": "Dhr. Yilmaz", "schade": "Een kras op het glas", "prijs": 45, "klaar": 10, "soort": "batterij"}


@pytest.fixture(scope="module")
def geladen():
    return content.parse(BON.encode(), "bon.yaml")


def at_the_form(geladen) -> Session:
    session = Session(geladen)
    session.do(Choose(1))
    assert session.step.soort == "formulier"
    return session


def test_the_view_lists_the_fields_with_their_labels_and_options(geladen):
    view = at_the_form(geladen).step.inhoud
    assert tekst(view.titel) == "Reparatiebon"
    assert [(v.id, tekst(v.label), v.soort) for v in view.velden][:3] == [
        ("naam", "Naam klant", "tekst"), ("schade", "Schade bij ontvangst", "tekst"), ("prijs", "Prijsindicatie", "getal")]
    assert [o.id for o in view.velden[4].opties] == ["batterij", "revisie"]


def test_a_form_filled_in_right_scores_every_field(geladen):
    session = at_the_form(geladen)
    uit = session.do(FillIn(RIGHT))
    assert uit.punten == {"B1-K2-W2.3": 3, "B1-K2-W2.2": 1, "B1-K2-W2.4": 2}
    assert session.afgelopen and all(c.oordeel == "goed" for c in session.result().criteria)
    assert "Schade bij ontvangst: goed. Je legt de kras vast" in tekst(uit.feedback)
    assert tekst(uit.gedaan) == "Formulier ingevuld: 5 van de 5 velden goed"


@pytest.mark.parametrize("veld, waarde, uitslag", [
    ("naam", "meneer  yilmaz.", "goed"),        # case, spaces and a full stop do not count
    ("naam", "Yilmaz-Demir", "fout"),
    ("schade", "glas heeft kras", "goed"),      # key words in any order
    ("schade", "kras", "fout"),                 # one key word missing
    ("prijs", 45.005, "goed"),
    ("prijs", 54, "fout"),
    ("klaar", 11, "goed"),                      # within the margin of a day
    ("klaar", 3, "fout"),
    ("soort", "revisie", "fout"),
    ("soort", None, "leeg"),
    ("naam", "   ", "leeg"),
])
def test_each_field_is_scored_against_what_a_professional_writes(geladen, veld, waarde, uitslag):
    session = at_the_form(geladen)
    uit = session.do(FillIn({**RIGHT, veld: waarde}))
    label = tekst(next(v.label for v in session.scenario.stappen["bon"].velden if v.id == veld))
    said = {"goed": f"{label}: goed.", "fout": f"{label}: niet goed.", "leeg": f"{label}: niet ingevuld."}[uitslag]
    assert said in tekst(uit.feedback)


def test_what_a_professional_would_do_names_the_fields_missed(geladen):
    session = at_the_form(geladen)
    session.do(FillIn({**RIGHT, "schade": ""}))
    c = next(c for c in session.result().criteria if c.id == "B1-K2-W2.3")
    assert c.oordeel == "onvoldoende" and c.punten == -1
    assert [tekst(t) for t in c.beter] == ["Deze velden goed invullen: Schade bij ontvangst"]


def test_an_unknown_field_is_refused(geladen):
    with pytest.raises(SessionError, match="geen veld kleur"):
        at_the_form(geladen).do(FillIn({"kleur": "rood"}))


def test_the_analysis_knows_the_best_and_worst_form_and_autoplay_follows_it(geladen):
    assert geladen.analyse.beste == {"B1-K2-W2.1": 1, "B1-K2-W2.3": 3, "B1-K2-W2.2": 1, "B1-K2-W2.4": 2}
    best, worst = Session(geladen), Session(geladen)
    play(best, "beste")
    play(worst, "slechtste")
    assert best.result().score == 1.0
    assert [c.oordeel for c in worst.result().criteria][1:] == ["onvoldoende"] * 3


def test_a_golden_plan_fills_in_fields_by_name(geladen):
    session = Session(geladen)
    play_move(session, {"kies": 1})
    read_on(session)
    uit = play_move(session, {"vul": {"naam": "Yilmaz", "schade": "kras op glas", "prijs": 45, "klaar": 10,
                                      "soort": "batterij"}})
    assert uit.punten["B1-K2-W2.3"] == 3


def test_a_saved_form_resumes_and_reads_back_the_same(geladen):
    session = at_the_form(geladen)
    session.do(FillIn(RIGHT))
    again = Session(geladen, SessionState.model_validate_json(session.state.model_dump_json()))
    assert again.result() == session.result()
    line = again.describe(again.state.log[-1])
    assert tekst(line.gedaan) == "Formulier ingevuld: 5 van de 5 velden goed"


def test_the_checker_catches_a_form_that_cannot_be_scored():
    broken = BON.replace("verwacht: batterij", "verwacht: batterijen").replace("- id: prijs", "- id: naam", 1)
    with pytest.raises(ScenarioError) as err:
        content.parse(broken.encode(), "bon.yaml")
    codes = {p.code for p in err.value.problemen}
    assert {"J321", "J323"} <= codes


def test_the_form_is_filled_in_by_keyboard_only(tmp_path, geladen):
    p = make_pilot(tmp_path, store=Store(tmp_path))
    session = at_the_form(geladen)
    p.app.stack.push(DialogueScene(p.ctx, geladen, session, "toets"))
    p.settle()
    if p.scene.form.focused.key == "regel":                 # a long form starts at the task, as a reading stop
        p.press("tab")
    assert p.scene.form.focused.key == "veld-naam"
    p.type("Yilmaz").press("return")                       # Enter goes on to the next field
    p.type("kras op het glas").press("tab")
    p.type("45")

    def tab_to(key):
        for _ in range(20):
            if p.scene.form.focused.key == key:
                return
            p.press("tab")
        raise AssertionError(f"Tab komt niet bij {key}")

    tab_to("veld-klaar-later")
    for _ in range(10):
        p.press("return")                                   # "Een dag later", ten times; the focus stays there
    tab_to("veld-soort-batterij")
    p.press("return")
    tab_to("inleveren")
    p.press("return").settle()
    assert session.afgelopen, session.step.id
    assert all(c.oordeel == "goed" for c in session.result().criteria)


def test_the_form_is_filled_in_by_mouse_only(tmp_path, geladen):
    p = make_pilot(tmp_path, store=Store(tmp_path))
    session = at_the_form(geladen)
    p.app.stack.push(DialogueScene(p.ctx, geladen, session, "toets"))
    p.settle()
    for key, text in [("veld-naam", "Yilmaz"), ("veld-schade", "kras glas"), ("veld-prijs", "45,00")]:
        p.click(p.scene.form.screen_rect(p.scene.form.find_key(key)).center).type(text)
    for _ in range(10):
        p.click_on("Een dag later")
    p.click_on("Batterij")
    p.click_on("Lever het formulier in").settle()
    assert session.afgelopen
    assert session.state.log[-1].velden["prijs"] == 45.0
    assert all(c.oordeel == "goed" for c in session.result().criteria)


def test_a_counter_lets_the_ending_follow_the_form():
    counted = BON.replace("    naar: einde\n  einde:", "    teller: fouten_op_bon\n    naar: [{als: {variabele: fouten_op_bon, minstens: 1}, naar: matig}, {naar: einde}]\n  matig:\n    einde: \"Er staan fouten op de bon.\"\n    afloop: matig\n  einde:")
    geladen = content.parse(counted.encode(), "bon.yaml")
    right, wrong = at_the_form(geladen), at_the_form(geladen)
    right.do(FillIn(RIGHT))
    wrong.do(FillIn({**RIGHT, "prijs": 54, "naam": ""}))
    assert right.result().afloop == "geslaagd" and right.state.variabelen["fouten_op_bon"] == 0
    assert wrong.result().afloop == "matig" and wrong.state.variabelen["fouten_op_bon"] == 2


def test_a_phone_number_counts_by_its_digits():
    phone = BON.replace('verwacht: "Yilmaz"\n        ook_goed: ["Meneer Yilmaz", "Dhr. Yilmaz"]', 'verwacht: "06-41873920"')
    geladen = content.parse(phone.encode(), "bon.yaml")
    for written, said in [("0641873920", "goed"), ("06 418 739 20", "goed"), ("06-41873929", "niet goed")]:
        session = at_the_form(geladen)
        assert f"Naam klant: {said}." in tekst(session.do(FillIn({**RIGHT, "naam": written})).feedback)


def test_a_field_without_what_a_professional_writes_gets_a_dutch_message():
    with pytest.raises(ScenarioError) as err:
        content.parse(BON.replace('        verwacht: "Yilmaz"\n', "").encode(), "bon.yaml")
    assert [p.code for p in err.value.problemen] == ["J211"]
    assert "Schrijf wat een vakman invult" in err.value.problemen[0].hint


@pytest.mark.parametrize("leave", ["pauze-stoppen", "venster-dicht"])
def test_a_half_filled_form_is_kept_when_the_student_stops_or_closes_the_game(tmp_path, geladen, leave):
    """A student filled in the whole receipt, chose 'Stoppen (later verder)' and came back to an empty form."""
    from simulator.content import Bibliotheek
    store = Store(tmp_path)
    sanne = store.create_profile("Sanne")
    library = Bibliotheek(scenarios={geladen.scenario.id: geladen})
    session = at_the_form(geladen)
    store.autosave(sanne.id, geladen, session, "oefenen")
    p = make_pilot(tmp_path, store=store, library=library)
    p.click_on("Sanne").click_on(f"Ga verder: {tekst(geladen.scenario.titel)}").settle()
    assert p.scene.session.step.soort == "formulier"
    p.click(p.scene.form.screen_rect(p.scene.form.find_key("veld-naam")).center).type("Yilmaz")
    p.click_on("Batterij")
    for _ in range(3):
        p.click_on("Een dag later")
    if leave == "pauze-stoppen":
        p.press("escape").click_on("Stoppen")
    else:
        p.app.running = False
        p.app.run()                                       # the loop ends as after the window's cross

    again = make_pilot(tmp_path, store=store, library=library)
    again.click_on("Sanne").click_on(f"Ga verder: {tekst(geladen.scenario.titel)}").settle()
    form = again.scene.form
    assert form.find_key("veld-naam").value == "Yilmaz"
    assert form.find_key("veld-soort-batterij").selected
    from simulator.ui.steps.formulier import _day
    assert form.find_key("veld-klaar").label == _day(3, "nl")   # three days on, as left
    session = again.scene.session
    again.click_on("Lever het formulier in").settle()
    handed_in = session.state.log[-1].velden
    assert handed_in["naam"] == "Yilmaz" and handed_in["soort"] == "batterij" and handed_in["klaar"] == 3


def test_a_date_ten_days_on_takes_four_clicks_not_ten(tmp_path, geladen):
    p = make_pilot(tmp_path, store=Store(tmp_path))
    session = at_the_form(geladen)
    p.app.stack.push(DialogueScene(p.ctx, geladen, session, "toets"))
    p.settle()
    p.click_on("Een week later")
    for _ in range(3):
        p.click_on("Een dag later")
    from simulator.ui.steps.formulier import _day
    assert p.scene.form.find_key("veld-klaar").label == _day(10, "nl")


def test_a_tampered_form_draft_in_the_save_starts_those_fields_empty(tmp_path, geladen):
    """The save is the student's own file: a date of 'abc' or an option that does not exist must not stop the game."""
    from simulator.content import Bibliotheek
    store = Store(tmp_path)
    sanne = store.create_profile("Sanne")
    session = at_the_form(geladen)
    session.bewaar_concept({"naam": "Yilmaz", "klaar": "abc", "soort": "niets-bestaands", "prijs": ["x"]})
    store.autosave(sanne.id, geladen, session, "oefenen")
    p = make_pilot(tmp_path, store=store, library=Bibliotheek(scenarios={geladen.scenario.id: geladen}))
    p.click_on("Sanne").click_on(f"Ga verder: {tekst(geladen.scenario.titel)}").settle()
    form = p.scene.form
    assert form.find_key("veld-naam").value == "Yilmaz"                 # what fits is kept
    assert form.find_key("veld-prijs").value == ""
    assert not form.find_key("veld-soort-batterij").selected
    p.click_on("Een dag later")                                          # the date works from empty
    assert p.scene.session.step.soort == "formulier"
