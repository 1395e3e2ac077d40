"""xAPI statements: one registration per attempt, `answered` per choice with gedrag evidence, completed and
passed/failed with a scaled score; pseudonymous by default; every statement valid for Ralph's models."""

import json
import uuid
from datetime import timedelta

import pytest
from pydantic import TypeAdapter
from ralph.models.xapi.base.statements import BaseXapiStatement

from progress_support import DATA, played, scenario, times
from simulator import content
from simulator.cli import main
from simulator.engine import Session
from simulator.progress import Store
from simulator.reporting import xapi
from simulator.reporting.config import pseudonymiser
from simulator.engine import Answer, Choose

HOME = "https://school.example.nl"


@pytest.fixture
def klas(tmp_path):
    """Anna: a numeric answer and a good record (timed), a critical mistake, and a scenario left halfway."""
    store = Store(tmp_path)
    prijs, ontvangst = content.load(DATA / "prijs.yaml"), scenario()
    anna = store.create_profile("Anna Jansen", klas="JW3A")
    good = Session(prijs)
    good.do(Answer(121), seconden=12.5)
    good.do(Choose(1), seconden=4.0)
    attempts = [
        store.record_attempt(anna.id, prijs, good, "toets", *times(30, length=2)),
        store.record_attempt(anna.id, prijs, played(prijs, ["99", "2"]), "oefenen", *times(20)),
        store.record_attempt(anna.id, ontvangst, played(ontvangst, ["1"]), "oefenen", *times(10)),
    ]
    return store, anna, attempts


def by_registration(statements):
    groups = {}
    for s in statements:
        groups.setdefault(s["context"]["registration"], []).append(s)
    return groups


def test_every_statement_validates_with_ralphs_models(klas):
    store, anna, attempts = klas
    for pseudonym in (pseudonymiser(store), None):
        statements = list(xapi.all_statements(store, HOME, pseudonym))
        assert len(statements) == 2 + 2 + 2 + 2 + 1 + 1  # answered x2 + completed + passed/failed; halfway: 1 + terminated
        for s in statements:
            BaseXapiStatement.model_validate(s)
        assert len({s["id"] for s in statements}) == len(statements)


def test_one_registration_per_attempt_with_answered_completed_and_passed_or_failed(klas):
    store, anna, (good, bad, halfway) = klas
    groups = by_registration(xapi.all_statements(store, HOME, pseudonymiser(store)))
    assert set(groups) == {str(uuid.UUID(a.id)) for a in (good, bad, halfway)}

    verbs = lambda a: [s["verb"]["id"].rsplit("/", 1)[1] for s in groups[str(uuid.UUID(a.id))]]
    assert verbs(good) == ["answered", "answered", "completed", "passed"]
    assert verbs(bad) == ["answered", "answered", "completed", "failed"]
    assert verbs(halfway) == ["answered", "terminated"]

    answer, record, completed, passed = groups[str(uuid.UUID(good.id))]
    assert answer["result"]["response"] == "121"
    assert answer["result"]["extensions"][f"{HOME}/xapi/extensies/gedrag"] == {"B1-K2-W3.2": 2}
    assert answer["result"]["duration"] == "PT12.5S"
    assert record["object"]["id"] == f"{HOME}/xapi/scenario/test-prijs-met-btw/stap/bon"
    assert completed["result"]["score"]["scaled"] == passed["result"]["score"]["scaled"] == 1.0
    assert completed["result"]["duration"] == "PT2M" and passed["result"]["success"] is True
    assert completed["object"]["definition"]["name"] == {"nl": "De prijs met btw", "en": "The price including VAT"}
    assert completed["result"]["extensions"][f"{HOME}/xapi/extensies/criteria"]["B1-K2-W3.5"]["oordeel"] == "goed"
    assert completed["context"]["revision"] == good.hash
    assert completed["context"]["extensions"][f"{HOME}/xapi/extensies/scenario"] == "test-prijs-met-btw"
    assert completed["context"]["extensions"][f"{HOME}/xapi/extensies/modus"] == "toets"
    assert completed["timestamp"] == good.eind.isoformat()

    failed = groups[str(uuid.UUID(bad.id))]
    assert failed[1]["result"]["extensions"][f"{HOME}/xapi/extensies/kritiek"] == ["B1-K2-W3.5"]
    assert failed[-1]["result"]["success"] is False and failed[-1]["result"]["score"]["scaled"] == 0.0


def test_durations_are_iso_8601():
    parse = TypeAdapter(timedelta).validate_python
    for seconds in (0, 0.5, 59.99, 60, 61.25, 3600, 3723.4, 86400 + 5):
        text = xapi.iso_duration(seconds)
        assert text.startswith("PT") and abs(parse(text).total_seconds() - round(seconds, 2)) < 0.01


def test_the_student_is_pseudonymous_by_default_and_stable(klas, tmp_path):
    store, anna, attempts = klas
    statements = list(xapi.all_statements(store, HOME, pseudonymiser(store)))
    text = json.dumps(statements, ensure_ascii=False)
    assert "Anna" not in text and anna.id not in text
    names = {s["actor"]["account"]["name"] for s in statements}
    assert len(names) == 1 and len(names.pop()) == 16
    again = list(xapi.all_statements(Store(tmp_path), HOME, pseudonymiser(Store(tmp_path))))
    assert again == statements  # same ids, same pseudonym: sending again can never duplicate

    named = list(xapi.all_statements(store, HOME, None))
    assert named[0]["actor"] == {"objectType": "Agent", "name": "Anna Jansen",
                                 "account": {"homePage": HOME, "name": anna.id}}


def test_juwelier_export_xapi_writes_valid_json_lines(klas, tmp_path, capsys):
    from school_support import TEACHER_PIN, school

    store, anna, attempts = klas
    out = tmp_path / "statements.jsonl"
    config = school(tmp_path.parent / f"{tmp_path.name}-school")  # a teacher function: the school's teacher PIN
    assert main(["export", "--xapi", str(out), "--saves", str(store.folder), "--school", str(config.folder),
                 "--docent", TEACHER_PIN]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 10
    for line in lines:
        BaseXapiStatement.model_validate(json.loads(line))
    assert "Anna" not in out.read_text(encoding="utf-8")
    assert "10 xAPI-statement(s) van 1 leerling(en)" in capsys.readouterr().out
