"""Reading numbers the Dutch way: every way a student may write an expected answer scores as that answer,
or the game asks which reading is meant; it never silently scores a different number.

The property tests write each shipped scenario's expected answers (`waarde`, within `marge`) in every Dutch way
(thousands dots or spaces, €, signs, price notation, a decimal point out of habit) with their own writer, so
the parser is not checked against itself.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator import content
from simulator.content.model import Inspectie, InvoerStap
from simulator.engine import Session
from simulator.engine.getal import getal_in_woorden, lees_getal, schrijf_getal
from simulator.engine import Answer

ROOT = Path(__file__).resolve().parents[1]
SPACES = [" ", "\u00a0", "\u202f", "\u2009"]
MINUSES = ["-", "\u2212", "\u2013"]
PROPERTY = settings(max_examples=300, deadline=None, database=None)


def readings(text: str) -> list[float]:
    return [r.waarde for r in lees_getal(text).lezingen]


# -- what a student types ------------------------------------------------------------------------

@pytest.mark.parametrize("typed, value", [
    ("-34400", -34400), ("\u221234400", -34400), ("\u201334400", -34400), ("-34.400,00", -34400),
    ("1.234,50", 1234.5), ("1234,50", 1234.5), ("1 234,50", 1234.5), ("1\u00a0234,50", 1234.5),
    ("€ 12,50", 12.5), ("€12,50", 12.5), ("12,50 €", 12.5), ("12,-", 12), ("€ 1.250,-", 1250),
    ("\u2212€ 5", -5), ("€ -5", -5), ("- € 5", -5), ("+7", 7), ("  24,20  ", 24.2),
    ("1.234.567", 1234567), ("34 400", 34400), ("0.5", 0.5), (".5", 0.5), (",5", 0.5), ("0,05", 0.05),
    ("34.400,-", 34400), ("-0", 0),
])
def test_a_clear_dutch_number_reads_as_one_value(typed, value):
    found = lees_getal(typed)
    assert found.ok and found.fout is None
    assert found.waarde == pytest.approx(value, abs=1e-12)


@pytest.mark.parametrize("typed, first, second", [
    ("34.400", 34400, 34.4), ("-34.400", -34400, -34.4), ("\u2212€ 34.400", -34400, -34.4), ("1.000", 1000, 1),
    ("45.50", 45.5, 4550), ("24.2", 24.2, 242), ("3.1415", 3.1415, 31415), ("1234.567", 1234.567, 1234567),
])
def test_a_single_dot_is_asked_about_dutch_reading_first_when_it_groups_thousands(typed, first, second):
    found = lees_getal(typed)
    assert found.dubbelzinnig and found.waarde is None
    assert readings(typed) == pytest.approx([first, second])


def test_the_question_shows_both_readings_in_figures_and_words():
    thousands, decimal = lees_getal("34.400").lezingen
    assert (thousands.tekst, thousands.woorden) == ("34.400", "vierendertigduizend vierhonderd")
    assert (decimal.tekst, decimal.woorden) == ("34,4", "vierendertig komma vier")
    price, dropped = lees_getal("45.50").lezingen
    assert (price.tekst, price.woorden) == ("45,50", "vijfenveertig komma vijftig")
    assert (dropped.tekst, dropped.woorden) == ("4.550", "vierduizend vijfhonderdvijftig")


@pytest.mark.parametrize("typed, code", [
    ("", "leeg"), ("   ", "leeg"), ("twintig", "teken"), ("1e5", "teken"), ("€", "geen_cijfers"),
    ("-", "geen_cijfers"), ("500-", "teken_plek"), ("--5", "teken_plek"), ("5€5", "teken_plek"),
    ("1,2,3", "twee_kommas"), ("1,234.50", "punt_na_komma"), ("12,", "komma_aan_eind"), ("12.", "punt_aan_eind"),
    ("1.23,5", "groepen"), ("12 34", "groepen"), ("1.2.3", "groepen"), ("1234.567.890", "groepen"),
    ("1" * 16, "te_lang"),
])
def test_what_is_no_number_gets_a_reason(typed, code):
    found = lees_getal(typed)
    assert not found.lezingen and found.fout is not None and found.fout.code == code


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_every_reason_is_a_sentence_in_the_strings(taal):
    strings = yaml.safe_load((ROOT / "assets" / "strings" / f"{taal}.yaml").read_text(encoding="utf-8"))["getal"]
    codes = {"leeg", "geen_cijfers", "teken", "teken_plek", "twee_kommas", "punt_na_komma", "komma_aan_eind",
             "punt_aan_eind", "groepen", "te_lang"}
    assert codes <= set(strings)
    assert all(strings[c].endswith(".") and len(strings[c]) > 20 for c in codes)


ALPHABET = "0123456789.,-\u2212\u2013€ +\u00a0x"


@PROPERTY
@given(st.text(alphabet=ALPHABET, max_size=18))
def test_any_text_is_a_number_two_readings_or_a_known_reason(text):
    found = lees_getal(text)
    assert (found.fout is None) == (1 <= len(found.lezingen) <= 2)
    if found.dubbelzinnig:   # only one '.' and no ',' can be read two ways
        body = text.replace("\u00a0", " ")
        assert body.count(".") == 1 and "," not in body
        assert found.lezingen[0].waarde != found.lezingen[1].waarde


# -- writing numbers back ------------------------------------------------------------------------

@pytest.mark.parametrize("value, decimals, written", [
    (-34400, None, "\u221234.400"), (1234.5, 2, "1.234,50"), (0.1 + 0.2, None, "0,3"), (2.675, 2, "2,68"),
    (-0.0, 0, "0"), (1234567.891, 2, "1.234.567,89"), (999.995, 2, "1.000,00"), (24.2, None, "24,2"), (5, 2, "5,00"),
])
def test_schrijf_getal_writes_the_dutch_way(value, decimals, written):
    assert schrijf_getal(value, decimals) == written


@pytest.mark.parametrize("value, words", [
    (0, "nul"), (1, "één"), (21, "eenentwintig"), (22, "tweeëntwintig"), (83, "drieëntachtig"), (101, "honderdeen"),
    (1000, "duizend"), (1001, "duizend één"), (34400, "vierendertigduizend vierhonderd"),
    (1_234_567, "één miljoen tweehonderdvierendertigduizend vijfhonderdzevenenzestig"),
    (-12560, "min twaalfduizend vijfhonderdzestig"), (0.05, "nul komma nul vijf"),
])
def test_numbers_in_words(value, words):
    assert getal_in_woorden(value) == words


@PROPERTY
@given(st.integers(-10**12, 10**12), st.integers(0, 3))
def test_what_the_game_writes_reads_back_as_the_same_number(units, decimals):
    value = Decimal(units).scaleb(-decimals)
    written = schrijf_getal(float(value), decimals)
    found = lees_getal(written)
    assert float(value) in [r.waarde for r in found.lezingen]
    assert found.lezingen[0].waarde == float(value)   # the Dutch reading always comes first


# -- every Dutch way of writing each shipped scenario's expected answers -------------------------

def _expected_answers():
    library = content.load_library([ROOT / "scenarios"])
    assert not library.mislukt, library.mislukt
    found = []
    for g in library.scenarios.values():
        for sid, stap in g.scenario.stappen.items():
            invoer = stap.invoer if isinstance(stap, (InvoerStap, Inspectie)) else None
            if invoer is None:
                continue
            for antwoord in invoer.antwoorden:
                found.append((g, sid, antwoord.waarde, antwoord.marge))
    return found


EXPECTED = _expected_answers()
SCENARIOS = {g.scenario.id: g for g, _, _, _ in EXPECTED}


def test_the_shipped_scenarios_ask_numbers_including_losses():
    assert len(EXPECTED) > 50
    assert any(w <= -1000 for _, _, w, _ in EXPECTED)  # a loss in thousands (the amounts vary per play)


def group(digits: str, separator: str) -> str:
    out: list[str] = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    return separator.join([digits, *out])


@st.composite
def written_answer(draw):
    """(the scenario's id, the step, the expected value, the value written, the text, is it plain Dutch)."""
    g, sid, waarde, marge = draw(st.sampled_from(EXPECTED))
    exact = Decimal(repr(waarde))
    cents = int(Decimal(repr(marge)) / Decimal("0.01"))
    value = exact + Decimal(draw(st.integers(-cents, cents))) * Decimal("0.01")   # within the scenario's marge
    needed = max(0, -value.normalize().as_tuple().exponent)
    decimals = draw(st.integers(needed, max(needed, 3)))
    digits = f"{abs(value):.{decimals}f}"
    whole, _, fraction = digits.partition(".")
    separator = draw(st.sampled_from(["", ".", *SPACES]))
    mark = draw(st.sampled_from([",", ",", "."])) if fraction else ","
    dutch = mark == ","
    if not dutch:   # a decimal point out of habit (then without thousands groups): the game must ask
        separator = ""
    whole = group(whole, separator)
    if fraction:
        number = f"{whole}{mark}{fraction}"
    else:
        number = whole + draw(st.sampled_from(["", ",-", ",--", ",00"]))
    sign = draw(st.sampled_from(MINUSES)) if value < 0 else draw(st.sampled_from(["", "", "+"]))
    space = draw(st.sampled_from(["", " ", "\u00a0"]))
    euro = draw(st.sampled_from(["none", "before", "before-sign", "after"]))
    if euro == "before":
        text = f"{sign}€{space}{number}"
    elif euro == "before-sign":
        text = f"€{space}{sign}{number}"
    elif euro == "after":
        text = f"{sign}{number}{space}€"
    else:
        text = f"{sign}{space}{number}"
    text = draw(st.sampled_from(["", " "])) + text + draw(st.sampled_from(["", " "]))
    return g.scenario.id, sid, waarde, float(value), text, dutch


def _score(scenario_id, sid, value):
    """The answer the engine gives credit for at that step (a fresh session placed on the step)."""
    g = SCENARIOS[scenario_id]
    fresh = Session(g)
    session = Session(g, fresh.state.model_copy(update={"stap": sid}))
    return session.do(Answer(value)).keuze


@settings(max_examples=600, deadline=None, database=None)
@given(written_answer())
def test_every_dutch_way_of_writing_an_expected_answer_scores_as_that_answer(case):
    g, sid, waarde, value, text, dutch = case
    found = lees_getal(text)
    assert found.fout is None, f"{text!r}: {found.fout}"
    values = [r.waarde for r in found.lezingen]
    assert value in values, f"{text!r} read as {values}, written for {value}"
    if found.ok:
        assert values == [value]
    else:   # asked: only for a single '.' and no ','
        assert text.count(".") == 1 and "," not in text
        if dutch:
            assert values[0] == value, f"{text!r}: the Dutch reading must be offered first"
    assert _score(g, sid, value) == _score(g, sid, waarde), f"{text!r} at {g}/{sid}"
