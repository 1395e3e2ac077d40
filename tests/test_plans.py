"""Golden playthroughs: each plan in tests/plans/ plays a shipped scenario and checks what the student sees."""

from pathlib import Path

import pytest
import yaml

from simulator import content
from simulator.content import tekst
from simulator.engine import Session
from simulator.engine import Answer, Choose, GoOn, UseTool
from simulator.engine.autoplay import play_move

ROOT = Path(__file__).resolve().parents[1]
PLANS = sorted((ROOT / "tests" / "plans").glob("*.yaml"))


def _paths():
    for plan_file in PLANS:
        plan = yaml.safe_load(plan_file.read_text(encoding="utf-8"))
        for path in plan["paden"]:
            yield pytest.param(plan["scenario"], path, id=f"{plan_file.stem}:{path['naam']}")


@pytest.mark.parametrize("scenario_file, path", list(_paths()))
def test_plan(scenario_file, path):
    geladen = content.load(ROOT / scenario_file)
    session = Session(geladen, zaad=path.get("zaad"))  # a scenario that varies: the case this path plays
    for number, move in enumerate(path["zetten"], 1):
        while session.step.soort == "vertelling":
            session.do(GoOn())
        view = session.step
        where = f"zet {number} (stap '{view.id}')"
        assert not view.afgelopen, f"{where}: het scenario is al afgelopen"
        if "verwacht" in move:
            assert move["verwacht"].lower() in tekst(view.tekst).lower(), f"{where}: verwacht '{move['verwacht']}' in: {tekst(view.tekst)}"
        if "doe" in move:  # at a workbench: "gereedschap>zone", optionally with the seconds it took
            assert view.soort == "werkbank", f"{where}: verwacht een werkbank, maar de stap is {view.soort}"
            tool, _, zone = move["doe"].partition(">")
            uitkomst = session.do(UseTool(tool, zone), move.get("seconden", 0))
        elif "vul" in move:  # a form: `vul: {veld: waarde}`, read by the step's kind
            assert view.soort == "formulier", f"{where}: verwacht een formulier, maar de stap is {view.soort}"
            uitkomst = play_move(session, move)
        elif "kies" in move:
            assert view.soort in ("dialoog", "inspectie"), f"{where}: verwacht een keuze, maar de stap is {view.soort}"
            uitkomst = session.do(Choose(int(move["kies"]) if str(move["kies"]).isdigit() else move["kies"]))
        else:
            assert view.soort in ("invoer", "inspectie"), f"{where}: verwacht een getal, maar de stap is {view.soort}"
            uitkomst = session.do(Answer(float(move["antwoord"])))
        if "feedback" in move:
            assert move["feedback"].lower() in tekst(uitkomst.feedback).lower(), f"{where}: feedback was: {tekst(uitkomst.feedback)}"
    while session.step.soort == "vertelling":
        session.do(GoOn())
    assert session.afgelopen, f"na de laatste zet is het scenario nog niet klaar (stap '{session.step.id}')"
    result = session.result()
    if "afloop" in path:
        assert result.afloop == path["afloop"]
    expected = dict(path.get("oordelen", {}))
    everything = expected.pop("alle", None)
    for c in result.criteria:
        want = expected.get(c.id, everything)
        if want is not None:
            assert c.oordeel == want, f"{c.id} ({c.tekst}): {c.oordeel}, verwacht {want}"


def test_every_shipped_scenario_has_a_plan():
    planned = {yaml.safe_load(p.read_text(encoding="utf-8"))["scenario"] for p in PLANS}
    shipped = {str(p.relative_to(ROOT)) for p in (ROOT / "scenarios").rglob("*.yaml")}
    assert shipped - planned == set(), "scenario's zonder gouden speelplan in tests/plans/"
