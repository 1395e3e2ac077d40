"""The engine as a student meets it: lines, choices, feedback, moods, numbers, ratings, resume."""

import json
import subprocess
import sys

import pytest

from simulator import content
from simulator.content import tekst
from simulator.engine import Session, SessionError, SessionState
from simulator.engine.autoplay import play
from simulator.engine import Answer, Choose, GoOn

SHOP = """\
id: prijs-met-btw
titel: "Een cadeau met btw"
werkproces: B1-K2-W3
duur_minuten: 5
samenvatting: "Een klant koopt een cadeau."
personages:
  klant: {naam: "Sanne", portret: klant-vrouw-45, stemming: bezorgd}
variabelen: {budget_gevraagd: false}
start: vraag
stappen:
  vraag:
    zegt: klant
    tekst: "Ik zoek een cadeau voor mijn moeder."
    keuzes:
      - id: budget
        tekst: "Leuk! Aan welk bedrag dacht u?"
        gedrag: {B1-K2-W3.1: 2, B1-K2-W3.4: 2}
        stemming: +1
        zet: {budget_gevraagd: true}
        feedback: "Je vraagt naar het budget voordat je iets laat zien."
        naar: aanbod
      - id: duur
        tekst: "Deze armband van 899 euro is prachtig."
        gedrag: {B1-K2-W3.2: -1}
        stemming: boos
        feedback: "Je doet een aanbod zonder de wens en het budget te kennen."
        naar: aanbod
  aanbod:
    tekst: "Je laat een zilveren ketting zien."
    naar:
      - {als: {variabele: budget_gevraagd, is: true}, naar: extra}
      - {naar: prijs}
  extra:
    zegt: klant
    tekst: "Mooi. Heeft u er ook oorbellen bij?"
    keuzes:
      - tekst: "Ja, deze passen er precies bij."
        gedrag: {B1-K2-W3.3: 2, B1-K2-W3.2: 2}
        feedback: "Je benut de kans op bijverkoop met een passend voorstel."
        naar: prijs
      - tekst: "Nee."
        gedrag: {B1-K2-W3.3: -1}
        feedback: "Je laat een kans op bijverkoop liggen."
        naar: prijs
  prijs:
    tekst: "De ketting kost 50 euro zonder btw. Wat is de prijs met 21% btw?"
    invoer:
      eenheid: euro
      antwoorden:
        - {waarde: 60.50, marge: 0.01, gedrag: {B1-K2-W3.5: 2}, feedback: "Goed: 50 × 1,21 = 60,50.", naar: kassa}
        - {waarde: 50, gedrag: {B1-K2-W3.5: -1}, feedback: "Je vergat de btw.", naar: kassa}
      anders: {gedrag: {B1-K2-W3.5: -1}, feedback: "Reken 50 × 1,21.", naar: kassa}
  kassa:
    zegt: klant
    tekst: "Dank u wel!"
    einde: "Sanne rekent af."
"""


@pytest.fixture
def geladen():
    return content.parse(SHOP.encode(), "shop.yaml")


def test_first_step_shows_the_line_the_speaker_and_the_choices(geladen):
    view = Session(geladen).step
    assert view.soort == "dialoog"
    assert tekst(view.tekst) == "Ik zoek een cadeau voor mijn moeder."
    assert (tekst(view.spreker.naam), view.spreker.stemming, view.spreker.portret) == ("Sanne", "bezorgd", "klant-vrouw-45")
    assert [(k.nummer, k.id) for k in view.inhoud.keuzes] == [(1, "budget"), (2, "duur")]


def test_a_choice_gives_feedback_points_and_a_mood_change(geladen):
    session = Session(geladen)
    uitkomst = session.do(Choose("budget"))
    assert tekst(uitkomst.feedback) == "Je vraagt naar het budget voordat je iets laat zien."
    assert uitkomst.punten == {"B1-K2-W3.1": 2, "B1-K2-W3.4": 2}
    assert uitkomst.stemming == ("klant", "bezorgd", "neutraal")
    assert session.step.soort == "vertelling"


def test_a_mood_name_sets_the_mood(geladen):
    session = Session(geladen)
    assert session.do(Choose(2)).stemming == ("klant", "bezorgd", "boos")


def test_conditional_route_follows_the_variables(geladen):
    session = Session(geladen)
    session.do(Choose("budget"))
    session.do(GoOn())
    assert session.step.id == "extra"
    other = Session(geladen)
    other.do(Choose("duur"))
    other.do(GoOn())
    assert other.step.id == "prijs"


def test_numeric_answers_within_margin_and_known_mistakes(geladen):
    for value, label, points in [(60.5, "antwoord-1", 2), (60.509, "antwoord-1", 2), (50, "antwoord-2", -1), (61, "anders", -1)]:
        session = Session(geladen)
        play(session, ["2"])
        assert session.step.soort == "invoer" and session.step.inhoud.eenheid == "euro"
        uitkomst = session.do(Answer(value))
        assert (uitkomst.keuze, uitkomst.punten) == (label, {"B1-K2-W3.5": points})


def test_ratings_against_the_best_path(geladen):
    session = Session(geladen)
    play(session, ["1", "1", "60.50"])
    result = session.result()
    assert result.afgelopen and result.afloop == "geslaagd" and result.score == 1.0 and result.geslaagd
    assert {c.id: c.oordeel for c in result.criteria} == {f"B1-K2-W3.{n}": "goed" for n in range(1, 6)}
    assert result.criteria[0].tekst == "stelt zich proactief en dienstbaar op"

    weak = Session(geladen)
    play(weak, ["1", "2", "50"])
    ratings = {c.id: c.oordeel for c in weak.result().criteria}
    assert ratings["B1-K2-W3.2"] == "onvoldoende"  # 0 of 2
    assert ratings["B1-K2-W3.5"] == "onvoldoende"
    assert ratings["B1-K2-W3.1"] == "goed"


def test_evidence_and_what_a_professional_would_do(geladen):
    session = Session(geladen)
    play(session, ["1", "2", "50"])
    c = next(c for c in session.result().criteria if c.id == "B1-K2-W3.3")
    assert [(b.stap, tekst(b.tekst), b.punten) for b in c.bewijs] == [("extra", "Nee.", -1)]
    assert tekst(c.bewijs[0].feedback) == "Je laat een kans op bijverkoop liggen."
    assert [tekst(t) for t in c.beter] == ["Ja, deze passen er precies bij."]
    money = next(c for c in session.result().criteria if c.id == "B1-K2-W3.5")
    assert tekst(money.bewijs[0].tekst) == "50 euro" and [tekst(t) for t in money.beter] == ["60,50 euro"]


def test_critical_mistake_fails_the_criterion_whatever_else():
    text = SHOP.replace("        gedrag: {B1-K2-W3.2: -1}\n        stemming: boos",
                        "        gedrag: {B1-K2-W3.2: -1, B1-K2-W3.1: 2, B1-K2-W3.4: 2}\n        kritiek: B1-K2-W3.2\n        stemming: boos")
    geladen = content.parse(text.encode(), "k.yaml")
    session = Session(geladen)
    play(session, ["2", "60.5"])
    c = next(c for c in session.result().criteria if c.id == "B1-K2-W3.2")
    assert c.kritiek and c.oordeel == "onvoldoende" and c.bewijs[0].kritiek


def test_choices_that_are_not_open_are_refused(geladen):
    session = Session(geladen)
    with pytest.raises(SessionError):
        session.do(Choose(3))
    with pytest.raises(SessionError):
        session.do(Answer(1.0))
    with pytest.raises(SessionError):
        session.do(GoOn())


def test_resume_from_saved_state_gives_the_same_result(geladen):
    whole = Session(geladen)
    play(whole, ["1", "1", "60.5"])

    first = Session(geladen)
    first.do(Choose(1))
    saved = first.state.model_dump_json()
    assert len(saved) < 2000
    resumed = Session(geladen, SessionState.model_validate_json(saved))
    assert resumed.step == first.step
    resumed.do(GoOn())
    resumed.do(Choose(1))
    resumed.do(Answer(60.5))
    assert resumed.result() == whole.result()
    assert resumed.state == whole.state


def test_the_engine_is_deterministic(geladen):
    runs = []
    for _ in range(2):
        session = Session(geladen)
        play(session, "willekeurig:7")
        runs.append(session.state.model_dump_json())
    assert runs[0] == runs[1]


def test_best_and_worst_paths(geladen):
    best = Session(geladen)
    play(best, "beste")
    assert all(c.oordeel == "goed" for c in best.result().criteria)
    worst = Session(geladen)
    play(worst, "slechtste")
    assert all(c.oordeel == "onvoldoende" for c in worst.result().criteria)


def test_engine_and_content_import_no_pygame():
    code = ("import sys, simulator.engine, simulator.content, simulator.dossier, simulator.engine.autoplay; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pygame'))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_engine_touches_no_files():
    code = ("import builtins, io, os, simulator.engine as e, simulator.content as c\n"
            "from simulator.engine.autoplay import play\n"
            "g = c.parse(open(os.environ['SCEN'], 'rb').read(), 'x')\n"
            "def no(*a, **k): raise AssertionError('file I/O in the engine')\n"
            "builtins.open = io.open = os.open = no\n"
            "s = e.Session(g); play(s, 'beste'); s.result(); print('ok')\n")
    import os
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as fh:
        fh.write(SHOP)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "SCEN": fh.name})
    os.unlink(fh.name)
    assert run.stdout.strip() == "ok", run.stderr


def test_speel_json_rates_every_criterion(tmp_path):
    path = tmp_path / "shop.yaml"
    path.write_text(SHOP, encoding="utf-8")
    for pad, want in [("beste", "goed"), ("slechtste", "onvoldoende")]:
        run = subprocess.run([sys.executable, "-m", "simulator", "speel", str(path), "--pad", pad, "--json"],
                             capture_output=True, text=True, encoding="utf-8")
        assert run.returncode == 0, run.stderr
        result = json.loads(run.stdout)
        assert {c["oordeel"] for c in result["criteria"]} == {want}
        assert [c["id"] for c in result["criteria"]] == [f"B1-K2-W3.{n}" for n in range(1, 6)]
    run = subprocess.run([sys.executable, "-m", "simulator", "play", str(path), "--pad", "1,1,60.50"],
                         capture_output=True, text=True, encoding="utf-8")
    assert "EINDE (geslaagd): Sanne rekent af." in run.stdout
    assert "B1-K2-W3.3   goed" in run.stdout
    bad = subprocess.run([sys.executable, "-m", "simulator", "speel", str(path), "--pad", "1,7"],
                         capture_output=True, text=True, encoding="utf-8")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "keuze 7 bestaat niet" in bad.stderr


def test_better_names_a_number_only_when_a_number_is_better():
    # Here 'anders' (any other number) is the only answer with plus points on W3.4: there is no number to suggest.
    text = SHOP.replace('anders: {gedrag: {B1-K2-W3.5: -1}, feedback: "Reken 50 × 1,21.", naar: kassa}',
                        'anders: {gedrag: {B1-K2-W3.5: -1, B1-K2-W3.4: 1}, feedback: "Reken 50 × 1,21.", naar: kassa}')
    text = text.replace('{waarde: 50, gedrag: {B1-K2-W3.5: -1}', '{waarde: 50, gedrag: {B1-K2-W3.5: -1, B1-K2-W3.4: -1}')
    session = Session(content.parse(text.encode(), "b.yaml", strict=False))
    play(session, ["1", "1", "50"])
    c = next(c for c in session.result().criteria if c.id == "B1-K2-W3.4")
    assert tekst(c.bewijs[-1].tekst) == "50 euro"
    assert [tekst(t) for t in c.beter] == ["60,50 euro"]
