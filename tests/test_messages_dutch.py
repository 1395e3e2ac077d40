"""Every message about the form of a scenario is Dutch: pydantic's English text never reaches a teacher."""

import copy
import random
import re
import typing

import pytest
from pydantic_core import ErrorType

from simulator import content
from simulator.content import ScenarioError, messages
from simulator.content.yaml_source import SourceMap, read_yaml
from loader_fuzz import ENGLISH, SCENARIOS
from test_loading import GOOD

ENGLISH_TEXT = "Input should be something English"


class _Errors:
    """Stands in for a ValidationError: translate() only asks for errors()."""

    def __init__(self, errors):
        self._errors = errors

    def errors(self):
        return self._errors


@pytest.mark.parametrize("kind", sorted(typing.get_args(ErrorType)))
def test_no_pydantic_error_type_shows_its_english_text(kind):
    data = {"id": "x", "duur_minuten": 5}
    smap = SourceMap("les/x.yaml", {("duur_minuten",): (4, 1)})
    [p] = messages.translate(_Errors([{"type": kind, "loc": ("duur_minuten",), "msg": ENGLISH_TEXT, "input": 5,
                                       "ctx": {}}]), data, smap)
    assert ENGLISH_TEXT not in p.bericht + p.hint
    assert p.code.startswith("J2") and p.regel == (1 if kind == "missing" else 4)  # missing: at the block it is missing from
    if kind != "string_pattern_mismatch":  # "'x' is geen geldige naam.": the value, on the field's line
        assert "duur_minuten" in p.bericht, "the message names the field"


def test_an_unexpected_error_type_falls_back_to_dutch_naming_the_field():
    data = {"id": "x", "duur_minuten": 5}
    smap = SourceMap("les/x.yaml", {("duur_minuten",): (4, 1)})
    [p] = messages.translate(_Errors([{"type": "url_parsing", "loc": ("duur_minuten",), "msg": ENGLISH_TEXT,
                                       "input": 5, "ctx": {}}]), data, smap)
    assert (p.code, p.bericht) == ("J299", "De waarde bij 'duur_minuten' klopt niet: 5.")


def _problems(text: str):
    with pytest.raises(ScenarioError) as info:
        content.parse(text.encode(), "les/x.yaml")
    return info.value.problemen


def test_infinity_is_not_a_number_in_dutch():
    [p] = _problems(GOOD.replace("B1-K2-W6.4: 2}", "B1-K2-W6.4: .inf}"))
    assert (p.code, p.regel) == ("J204", 15)
    assert p.bericht == ("Bij 'stappen → begin → keuzes → [1] → gedrag → B1-K2-W6.4' hoort een gewoon getal, "
                         "maar er staat inf.")
    assert ".inf" in p.hint


def test_a_number_out_of_range_inside_an_answer_points_at_its_own_line_in_dutch_numbers():
    # the step kind 'invoer' has a key 'invoer': the path must keep it, so the message stands on the answer's line
    text = """id: t
titel: "Test"
werkproces: B1-K2-W3
duur_minuten: 5
samenvatting: "Test."
start: vraag
stappen:
  vraag:
    tekst: "Hoeveel?"
    invoer:
      antwoorden:
        - {waarde: 12.5, marge: -0.25, feedback: "Goed.", naar: einde}
      anders: {feedback: "Niet goed.", naar: einde}
  einde:
    einde: "Klaar."
"""
    [p] = _problems(text)
    assert (p.code, p.regel) == ("J208", 12)
    assert p.bericht == "'stappen → vraag → invoer → antwoorden → [1] → marge' moet minstens 0 zijn, maar is −0,25."


def test_a_name_that_is_too_long():
    [p] = _problems(GOOD.replace("start: begin", "start: " + "b" * 90))
    assert (p.code, p.regel) == ("J206", 8)
    assert p.bericht == "De naam bij 'start' is te lang (hooguit 80 tekens)."


def test_a_huge_integer_behind_an_alias_is_one_problem_not_a_crash():
    text = GOOD.replace("duur_minuten: 5", "duur_minuten: &lang " + "1" * 5_000 + "\nniveau: *lang")
    [p] = _problems(text)
    assert (p.code, p.regel, p.bericht) == ("J114", 4, "Deze waarde is geen bruikbaar getal (veel te lang).")


def test_a_huge_hexadecimal_integer_is_refused():
    [p] = _problems(GOOD.replace("duur_minuten: 5", "duur_minuten: 0x" + "f" * 4_000))
    assert (p.code, p.regel) == ("J114", 4)


def test_a_value_that_does_not_fit_its_tag():
    [p] = _problems(GOOD.replace("duur_minuten: 5", "duur_minuten: !!bool misschien"))
    assert (p.code, p.regel, p.bericht) == ("J115", 4, "De waarde 'misschien' past niet bij de tag '!!bool'.")


VALUES = [None, True, 0, -1, 10**30, 1.5, float("inf"), float("nan"), "", " ", "heel goed", "B1-K2-W6.1", "a" * 100,
          [], [1], {}, {"a": 1}, {"nl": 1}, {"soort": "x"}, {"soort": "dialoog"}, {"alle": []}, [{"als": {}}]]


def _paths(node, path=()):
    yield path
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        yield from _paths(value, path + (key,))


def test_wrong_values_anywhere_in_real_scenarios_get_dutch_messages():
    """Values of every kind put at random places in the shipped scenarios (seeded): no English in any message."""
    rng = random.Random(15)
    sources = [(f, read_yaml(f.read_bytes(), str(f))[0]) for f in SCENARIOS]
    english = []
    for n in range(200):
        path_file, data = rng.choice(sources)
        data = copy.deepcopy(data)
        for _ in range(rng.randint(1, 3)):
            target = rng.choice([p for p in _paths(data) if p])
            parent = data
            for key in target[:-1]:
                parent = parent[key]
            parent[target[-1]] = copy.deepcopy(rng.choice(VALUES))
        try:
            content.parse(_dump(data), f"{path_file.name}#{n}")
        except ScenarioError as exc:
            for p in exc.problemen:
                if ENGLISH.search(re.sub(r"'[^']*'|\"[^\"]*\"", "", f"{p.bericht} {p.hint}")):
                    english.append(str(p))
    assert english == []


def _dump(data) -> bytes:
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode()
