"""Broken scenario files: each gives a Dutch problem with file, line and a hint, never a traceback."""

import subprocess
import sys
from pathlib import Path

import pytest

from simulator import content
from simulator.content import ScenarioError

GOOD = """\
id: mini
titel: "Een klant komt binnen"
werkproces: B1-K2-W6
duur_minuten: 5
samenvatting: "Een korte test."
personages:
  klant: {naam: "Mevrouw Bakker", portret: klant-vrouw-70, stemming: boos}
start: begin
stappen:
  begin:
    zegt: klant
    tekst: "Mijn ketting is weer kapot!"
    keuzes:
      - tekst: "Wat vervelend. Mag ik hem even bekijken?"
        gedrag: {B1-K2-W6.1: 2, B1-K2-W6.2: 2, B1-K2-W6.3: 2, B1-K2-W6.4: 2}
        feedback: "Je toont begrip en onderzoekt eerst."
        naar: goed
      - tekst: "Dat ligt vast aan u."
        gedrag: {B1-K2-W6.2: -2}
        feedback: "Je geeft de klant de schuld zonder onderzoek."
        naar: slecht
  goed:
    einde: "De klant is tevreden."
  slecht:
    einde: "De klant loopt boos weg."
    afloop: escalatie
"""


def problems(text: str | bytes, name: str = "les/klacht.yaml"):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(ScenarioError) as info:
        content.parse(raw, name)
    return info.value.problemen


def only(text, code):
    found = problems(text)
    assert [p.code for p in found if p.ernst == "fout"] == [code], "\n".join(map(str, found))
    return next(p for p in found if p.code == code)


def test_the_good_file_loads_cleanly():
    geladen = content.parse(GOOD.encode(), "mini.yaml")
    assert geladen.waarschuwingen == ()
    assert geladen.scenario.titel == "Een klant komt binnen"


def test_tab_indentation_names_the_line():
    p = only(GOOD.replace("    zegt: klant", "\tzegt: klant"), "J104")
    assert (p.bestand, p.regel) == ("les/klacht.yaml", 11)
    assert "tab" in p.bericht and "spaties" in p.hint


def test_duplicate_key_names_both_lines():
    p = only(GOOD.replace("    zegt: klant\n", "    zegt: klant\n    zegt: klant\n"), "J111")
    assert "regel 11 en regel 12" in p.bericht and p.regel == 12


def test_unknown_key_suggests_the_right_one():
    p = only(GOOD.replace('feedback: "Je toont', 'feedbak: "Je toont'), "J202")
    assert "feedbak" in p.bericht and "feedback" in p.hint and p.regel == 16


def test_missing_required_key():
    p = only(GOOD.replace("        naar: goed\n", ""), "J201")
    assert "'naar'" in p.bericht and p.regel == 14


def test_unknown_criterion_suggests_a_close_one():
    p = only(GOOD.replace("B1-K2-W6.4: 2}", "B1-K2-W6.5: 2}"), "J302")
    assert "B1-K2-W6.5" in p.bericht and "B1-K2-W6" in p.hint and p.regel == 15


def test_criterion_of_another_werkproces():
    p = only(GOOD.replace("B1-K2-W6.4: 2}", "B1-K2-W1.4: 2}"), "J303")
    assert "B1-K2-W1" in p.bericht and "ook" in p.hint


def test_missing_step_suggests_the_name():
    p = only(GOOD.replace("naar: slecht", "naar: slechte"), "J304")
    assert "slechte" in p.bericht and "'slecht'" in p.hint and p.regel == 21


def test_missing_start_step():
    p = only(GOOD.replace("start: begin", "start: begn"), "J304")
    assert p.regel == 8 and "'begin'" in p.hint


def test_unknown_werkproces():
    p = only(GOOD.replace("werkproces: B1-K2-W6", "werkproces: B1-K2-W8"), "J301")
    assert p.regel == 3 and "bedoelde je" in p.hint


def test_unknown_portrait():
    p = only(GOOD.replace("klant-vrouw-70", "klant-vrouw-71"), "J306")
    assert p.regel == 7 and "klant-vrouw-70" in p.hint


def test_speaker_not_among_personages():
    p = only(GOOD.replace("    zegt: klant", "    zegt: klnt"), "J305")
    assert p.regel == 11 and "'klant'" in p.hint


def test_wrong_type():
    p = only(GOOD.replace("duur_minuten: 5", "duur_minuten: vijf"), "J204")
    assert p.regel == 4 and "geheel getal" in p.bericht


def test_value_not_allowed():
    p = only(GOOD.replace("afloop: escalatie", "afloop: escalaatie"), "J205")
    assert p.regel == 26 and "escalatie" in p.hint


def test_step_name_with_spaces():
    p = only(GOOD.replace("naar: goed", "naar: heel goed"), "J206")
    assert p.regel == 17 and "spaties" in p.hint


def test_empty_choices():
    text = GOOD.split("    keuzes:")[0] + "    keuzes: []\n  goed:\n    einde: x\n"
    p = problems(text)
    assert "J207" in [x.code for x in p]


def test_empty_file():
    assert only("", "J105").regel == 1
    assert only("# alleen commentaar\n", "J105").regel == 1


def test_a_list_is_not_a_scenario():
    only("- id: x\n- titel: y\n", "J113")


def test_yaml_syntax_error_is_translated():
    p = only(GOOD.replace('tekst: "Mijn ketting is weer kapot!"', 'tekst "Mijn ketting is weer kapot!"'), "J110")
    assert p.regel in (12, 13) and p.bericht and "Traceback" not in p.bericht


def test_unclosed_quote():
    p = only(GOOD.replace('"Een korte test."', '"Een korte test.'), "J110")
    assert "aanhalingsteken" in p.bericht and p.regel == 5


def test_text_with_colon_gets_a_hint():
    p = only(GOOD.replace('einde: "De klant is tevreden."', "einde: Let op: klant tevreden"), "J110")
    assert "aanhalingstekens" in p.hint


def test_windows_1252_file_is_read_with_a_warning():
    raw = GOOD.replace("Een korte test.", "Een korte test met één cliënt.").encode("cp1252")
    geladen = content.parse(raw, "kladblok.yaml")
    assert geladen.scenario.samenvatting == "Een korte test met één cliënt."
    assert [w.code for w in geladen.waarschuwingen] == ["J103"]
    assert "UTF-8" in geladen.waarschuwingen[0].hint


def test_bom_and_utf16_are_read():
    assert content.parse(b"\xef\xbb\xbf" + GOOD.encode(), "bom.yaml").scenario.id == "mini"
    assert content.parse(GOOD.encode("utf-16"), "utf16.yaml").scenario.id == "mini"


def test_unreadable_bytes():
    only(b"\x81\x8d\x8f\x90\x9d" * 10, "J102")


def test_billion_laughs_is_rejected_fast():
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for i, name in enumerate("bcdefghij"):
        prev = "abcdefghij"[i]
        bomb += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    p = only(bomb, "J106")  # refused by counting the values it would build, long before they exist
    assert "verwijzingen" in p.bericht


def test_deep_nesting_is_rejected():
    found = problems("a: " + "[" * 200 + "]" * 200)
    assert found[0].code in ("J107", "J110")
    found = problems("a: " + "[" * 20000 + "]" * 20000)
    assert found[0].code in ("J107", "J110")


def test_python_tags_never_run(tmp_path):
    marker = tmp_path / "pwned"
    evil = GOOD.replace('"Een korte test."', f'!!python/object/apply:os.system ["touch {marker}"]')
    p = only(evil, "J112")
    assert "python" in p.bericht and not marker.exists()


def test_huge_file_is_refused():
    p = only(GOOD + "# " + "x" * 1_100_000 + "\n", "J101")
    assert "te groot" in p.bericht


def test_unknown_step_kind():
    p = only(GOOD.replace("  slecht:\n    einde:", "  slecht:\n    eind:"), "J203")
    assert "'slecht'" in p.bericht and "keuzes" in p.hint


def test_condition_on_a_variable_that_is_never_set():
    text = GOOD.replace('        naar: slecht', '        als: {variabele: geduld, minstens: 1}\n        naar: slecht')
    p = only(text, "J307")
    assert "geduld" in p.bericht


def test_dead_end_and_loop_without_exit():
    dead = GOOD.replace("        naar: goed\n", "        als: {variabele: x, is: 1}\n        naar: goed\n").replace(
        "        naar: slecht\n", "        als: {variabele: x, is: 1}\n        naar: slecht\n").replace(
        "start: begin", "variabelen: {x: 0}\nstart: begin")
    codes = {p.code for p in problems(dead)}
    assert "J402" in codes
    loop = GOOD.replace("naar: slecht", "naar: begin").replace("naar: goed", "naar: begin")
    codes = {p.code for p in problems(loop)}
    assert "J403" in codes or "J408" in codes


def test_lint_warnings_do_not_block_loading():
    text = GOOD + "  vergeten:\n    einde: \"Niemand komt hier.\"\n"
    text = text.replace('        feedback: "Je geeft de klant de schuld zonder onderzoek."\n', "")
    geladen = content.parse(text.encode(), "w.yaml")
    codes = sorted(w.code for w in geladen.waarschuwingen)
    assert codes == ["J401", "J404"]
    assert all(w.ernst == "waarschuwing" and w.regel > 0 for w in geladen.waarschuwingen)


def test_criterion_never_scored_is_a_warning():
    text = GOOD.replace(", B1-K2-W6.4: 2}", "}")
    geladen = content.parse(text.encode(), "w.yaml")
    assert [w.code for w in geladen.waarschuwingen] == ["J405"]
    assert "B1-K2-W6.4" in geladen.waarschuwingen[0].bericht


def test_all_problems_of_a_file_at_once():
    text = GOOD.replace("B1-K2-W6.4: 2}", "B1-K2-W6.9: 2}").replace("naar: slecht", "naar: slechte").replace(
        "klant-vrouw-70", "klant-vrouw-71")
    assert {p.code for p in problems(text)} == {"J302", "J304", "J306"}


def test_two_documents_in_one_file():
    only(GOOD + "---\nid: tweede\n", "J110")


def test_duplicate_ids_in_a_library(tmp_path):
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "kapot.yaml").write_text("id: [", encoding="utf-8")
    library = content.load_library([tmp_path])
    assert list(library.scenarios) == ["mini"]
    assert library.mislukt[str(tmp_path / "b.yaml")][0].code == "J312"
    assert library.mislukt[str(tmp_path / "kapot.yaml")][0].code == "J110"


def test_controleer_prints_dutch_problems_and_no_traceback(tmp_path):
    (tmp_path / "goed.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "fout.yaml").write_text(GOOD.replace("naar: slecht", "naar: slechte"), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "simulator", "controleer", str(tmp_path)],
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 1
    assert "Traceback" not in run.stdout + run.stderr
    assert f"{tmp_path / 'fout.yaml'}:21:" in run.stdout
    assert "Stap 'slechte' bestaat niet." in run.stdout and "bedoelde je 'slecht'?" in run.stdout
    assert "2 bestand(en) gecontroleerd: 1 in orde, 1 met fouten" in run.stdout
    ok = subprocess.run([sys.executable, "-m", "simulator", "check", str(tmp_path / "goed.yaml"), "--json"],
                        capture_output=True, text=True, encoding="utf-8")
    assert ok.returncode == 0 and '"fouten": 0' in ok.stdout
