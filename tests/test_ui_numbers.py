"""Number answers in the game, played with the pilot by keyboard and by the on-screen keypad: a number written
the Dutch way scores right, one that reads two ways is asked about, and the feedback and the results write the
student's number back the Dutch way."""

from __future__ import annotations

import pytest

from simulator import content
from simulator.engine import Session
from simulator.progress import Store
from simulator.ui.scenes.dialogue import DialogueScene
from simulator.ui.settings import Instellingen
from ui_support import pilot as make_pilot
from simulator.engine import Answer

SCENARIO = """
id: test-getallen
titel: "Getallen typen"
werkproces: P2-K2-W2
profielen: [P2]
niveau: 4
beoordeelt: [P2-K2-W2.2]
duur_minuten: 5
samenvatting: "Je rekent met bedragen."
leerdoelen: ["Je rekent een bedrag uit."]
personages:
  eigenaar: {naam: "Mevrouw Dekker", portret: leidinggevende-vrouw-50, stemming: neutraal, rol: eigenaar}
start: bedrag
stappen:
  bedrag:
    zegt: eigenaar
    tekst: "Tien ringen van €123,45. Wat is het totaal?"
    invoer:
      eenheid: euro
      antwoorden:
        - {waarde: 1234.50, marge: 0.01, gedrag: {P2-K2-W2.2: 2}, feedback: "Goed: 10 × €123,45.", naar: verlies}
      anders: {gedrag: {P2-K2-W2.2: -1}, feedback: "Reken 10 × €123,45.", naar: verlies}
  verlies:
    zegt: eigenaar
    tekst: "Brutowinst €159.600, kosten €194.000. Wat is het nettoresultaat? Een verlies typ je met een min."
    invoer:
      eenheid: euro
      antwoorden:
        - {waarde: -34400, marge: 1, gedrag: {P2-K2-W2.2: 2}, feedback: "Juist: een verlies.", naar: einde}
      anders: {gedrag: {P2-K2-W2.2: -1}, feedback: "Trek de kosten af van de brutowinst.", naar: einde}
  einde:
    einde: "Je hebt het doorgerekend."
"""
LOSS_WORDS = "\u221234.400 euro (min vierendertigduizend vierhonderd)"
SMALL_LOSS_WORDS = "\u221234,40 euro (min vierendertig komma veertig)"   # an amount: with cents


@pytest.fixture(scope="module")
def geladen():
    return content.parse(SCENARIO.encode("utf-8"), "test-getallen.yaml")


def start(tmp_path, geladen, at: str = "bedrag", size: int = 100):
    """The dialogue on a number step, in practice mode (feedback after each answer)."""
    p = make_pilot(tmp_path, store=Store(tmp_path), settings=Instellingen(tekstgrootte=size))
    session = Session(geladen)
    if at == "verlies":
        session.do(Answer(1234.5))
    p.app.stack.push(DialogueScene(p.ctx, geladen, session))
    p.settle()
    assert session.step.id == at
    return p, session


def scored(session, step: str) -> str:
    return next(r.keuze for r in session.state.log if r.stap == step)


def shows(p, text: str) -> bool:
    p.scene.ensure_layout()
    return p.scene.form.find(text) is not None


# -- by keyboard -----------------------------------------------------------------------------------

def test_minus_34_400_is_asked_about_and_then_scores_right_by_key_1(tmp_path, geladen):
    p, session = start(tmp_path, geladen, "verlies")
    assert p.scene.wants_text                     # the field has focus: digits type
    p.type("-34.400").press("return")
    assert p.names[-1] == "welk_getal"            # asked, not guessed
    assert shows(p, "Welk getal bedoel je?") and shows(p, "Je typte -34.400.")
    assert shows(p, LOSS_WORDS) and shows(p, SMALL_LOSS_WORDS)
    assert not session.state.log[1:]              # nothing scored yet
    p.press("1")
    assert p.names[-1] == "feedback"
    assert scored(session, "verlies") == "antwoord-1"
    assert shows(p, "Jouw antwoord: \u221234.400 euro") and shows(p, "+2 punten")


def test_the_arrows_and_enter_choose_a_reading(tmp_path, geladen):
    p, session = start(tmp_path, geladen, "verlies")
    p.type("-34.400").press("return")
    question = p.scene
    assert question.form.focused.key == "lezing-1"
    p.press("down")
    assert question.form.focused.key == "lezing-2"
    p.press("up").press("return")
    assert scored(session, "verlies") == "antwoord-1"


def test_the_other_reading_is_scored_as_what_it_says(tmp_path, geladen):
    p, session = start(tmp_path, geladen, "verlies")
    p.type("-34.400").press("return").press("2")
    assert scored(session, "verlies") == "anders"
    assert shows(p, "Jouw antwoord: \u221234,40 euro")


def test_escape_goes_back_to_the_answer_with_the_text_kept(tmp_path, geladen):
    p, session = start(tmp_path, geladen, "verlies")
    p.type("-34.400").press("return").press("escape")
    assert p.names[-1] == "dialoog" and session.step.id == "verlies"
    assert p.scene.form.find_key("antwoord").value == "-34.400" and p.scene.wants_text
    p.press("backspace", times=4).type("400").press("return")   # -34400 after all: no question
    assert p.names[-1] == "feedback" and scored(session, "verlies") == "antwoord-1"


def test_a_unicode_minus_scores_right_at_once(tmp_path, geladen):
    p, session = start(tmp_path, geladen, "verlies")
    p.type("\u221234400").press("return")
    assert p.names[-1] == "feedback" and scored(session, "verlies") == "antwoord-1"


def test_thousands_dot_and_decimal_comma_score_right_at_once(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    p.type("1.234,50").press("return")
    assert p.names[-1] == "feedback" and scored(session, "bedrag") == "antwoord-1"
    assert shows(p, "Jouw antwoord: 1.234,50 euro")


def test_a_reason_shows_and_goes_away_once_the_field_holds_a_number(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    p.type("1234,").press("return")
    dialogue = p.scene
    assert shows(p, "Na de komma ontbreken de cijfers") and session.step.id == "bedrag"
    field = dialogue.form.find_key("antwoord")
    where = dialogue.form.screen_rect(field)
    p.type("5")
    assert not shows(p, "Na de komma ontbreken")
    assert dialogue.form.screen_rect(dialogue.form.find_key("antwoord")) == where   # nothing moved
    p.type("0").press("return")
    assert scored(session, "bedrag") == "antwoord-1"


# -- by the keypad and the mouse -------------------------------------------------------------------

def test_keypad_minus_and_digits_score_right(tmp_path, geladen):
    p, session = start(tmp_path, geladen, "verlies")
    for key in ["\u2212", "3", "4", "4", "0", "0"]:
        p.click_on(key)
    assert p.scene.form.find_key("antwoord").value == "-34400"
    p.click_on("Controleer")
    assert p.names[-1] == "feedback" and scored(session, "verlies") == "antwoord-1"


def test_the_minus_key_after_the_digits_still_makes_the_number_negative(tmp_path, geladen):
    p, session = start(tmp_path, geladen, "verlies")
    for key in ["3", "4", "4", "0", "0", "\u2212"]:
        p.click_on(key)
    field = p.scene.form.find_key("antwoord")
    assert field.value == "-34400"
    p.click_on("\u2212")                          # pressed again: positive again
    assert field.value == "34400"
    p.click_on("\u2212")
    p.press("return")                            # after a key click the cursor is back in the field
    assert p.names[-1] == "feedback" and scored(session, "verlies") == "antwoord-1"


def test_keypad_decimal_comma_scores_right(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    for key in ["1", "2", "3", "4", ",", "5", "0"]:
        p.click_on(key)
    p.click_on("Controleer")
    assert scored(session, "bedrag") == "antwoord-1"


def test_a_reading_is_chosen_with_a_click(tmp_path, geladen):
    p, session = start(tmp_path, geladen, "verlies")
    p.click_on("Jouw antwoord").type("-34.400").click_on("Controleer")
    assert p.names[-1] == "welk_getal"
    p.click_on(LOSS_WORDS)
    assert scored(session, "verlies") == "antwoord-1"


def test_clicking_the_field_focuses_it_and_submits_nothing(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    p.press("tab")                                # focus away from the field
    assert not p.scene.wants_text
    p.click_on("Jouw antwoord")
    assert not shows(p, "Vul een getal in")       # a click is no empty answer
    assert p.names[-1] == "dialoog" and session.step.id == "bedrag" and not session.state.log
    assert p.scene.wants_text and p.scene.form.focused.key == "antwoord"
    p.type("12")
    assert p.scene.form.find_key("antwoord").value == "12"


def test_an_empty_answer_is_explained_and_the_explanation_goes_with_the_first_digit(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    p.click_on("Controleer")
    assert shows(p, "Vul een getal in") and not session.state.log
    p.click_on("1")
    assert not shows(p, "Vul een getal in")


@pytest.mark.parametrize("size", [125, 200])
def test_keypad_presses_do_not_scroll_the_panel(tmp_path, geladen, size):
    p, session = start(tmp_path, geladen, "verlies", size=size)
    field = p.scene.form.find_key("antwoord")
    assert field.region.max_scroll > 0            # the panel scrolls at this text size
    zero = p.position("0")                       # scrolled into view, as a student would with the wheel
    scroll = field.region.scroll
    p.click(zero).click(zero).click(zero)
    assert field.value == "000" and field.region.scroll == scroll


# -- the number written back -----------------------------------------------------------------------

def test_the_results_write_the_numbers_the_dutch_way(tmp_path, geladen):
    p, session = start(tmp_path, geladen)
    p.type("1234,5").press("return").press("return")
    p.type("-34.400").press("return").press("1").press("return")
    assert session.afgelopen
    p.press("return")                            # Bekijk je resultaat
    assert p.names[-1] == "resultaten"
    # the route column is drawn as one picture: its lines are what the engine describes for each logged step
    route = [p.ctx.tekst(session.describe(r).gedaan) for r in session.state.log]
    assert route == ["1.234,50 euro", "\u221234.400 euro"]
