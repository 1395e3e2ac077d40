"""The command line for saves: `speel --profiel` records a headless attempt; `profiel` lists, makes, exports, deletes."""

import json

from progress_support import DATA
from school_support import TEACHER_PIN, school
from simulator.cli import main
from simulator.progress import Store

SCENARIO = str(DATA / "ontvangst.yaml")


def test_speel_with_a_profile_records_an_attempt_and_makes_the_profile(tmp_path, capsys):
    saves = ["--saves", str(tmp_path)]
    assert main(["speel", SCENARIO, "--pad", "beste", "--profiel", "Anna", "--json", *saves]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["score"] == 1.0  # stdout stays clean JSON
    assert "Poging opgeslagen bij Anna: score 100%." in err
    assert main(["speel", SCENARIO, "--pad", "2,2", "--profiel", "anna", "--modus", "toets", *saves]) == 0

    store = Store(tmp_path)
    [anna] = store.profiles()
    attempts = store.attempts(anna.id)
    assert [(a.modus, a.score, a.afloop) for a in attempts] == [("oefenen", 1.0, "geslaagd"), ("toets", 0.0, "mislukt")]
    assert [r.keuze for r in attempts[1].log] == ["2", "2"]


def test_profiel_makes_lists_exports_and_deletes(tmp_path, capsys, monkeypatch):
    school(tmp_path.parent / f"{tmp_path.name}-school", monkeypatch)
    saves = ["--saves", str(tmp_path)]
    teacher = [*saves, "--docent", TEACHER_PIN]
    assert main(["profiel", "--nieuw", "Anna", "--klas", "JW3A", *saves]) == 0
    assert main(["profiel", "--nieuw", "anna", "--klas", "jw3a", *saves]) == 2
    assert "Er is al een profiel met de naam Anna in klas JW3A." in capsys.readouterr().err
    main(["speel", SCENARIO, "--pad", "beste", "--profiel", "Anna", *saves])
    capsys.readouterr()
    assert main(["profiel", *saves]) == 0
    assert "Anna" in capsys.readouterr().out

    target = tmp_path / "inzage.json"
    assert main(["profiel", "--exporteer", "Anna", "--uit", str(target), *teacher]) == 0
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["profiel"]["naam"] == "Anna" and len(exported["pogingen"]) == 1

    assert main(["profiel", "--verwijder", "Anna", *teacher]) == 2  # not typed at a terminal: asks for --ja
    assert main(["profiel", "--verwijder", "Anna", "--ja", *teacher]) == 0
    assert Store(tmp_path).profiles() == []


def test_export_and_delete_need_the_teacher_pin_of_the_school(tmp_path, capsys):
    saves = ["--saves", str(tmp_path / "saves"), "--school", str(tmp_path / "school")]
    main(["profiel", "--nieuw", "Anna", *saves])
    assert main(["profiel", "--verwijder", "Anna", "--ja", *saves]) == 2  # no teacher PIN yet: locked, not open
    assert "op slot" in capsys.readouterr().err
    assert main(["profiel", "--docentpin-instellen", "864213", *saves]) == 0
    assert main(["profiel", "--docentpin-instellen", "111111", *saves]) == 2  # changing it needs the old one
    assert main(["profiel", "--verwijder", "Anna", "--ja", *saves]) == 2
    assert main(["profiel", "--verwijder", "Anna", "--ja", "--docent", "111111", *saves]) == 2
    assert "docentpincode" in capsys.readouterr().err
    assert main(["profiel", "--verwijder", "Anna", "--ja", "--docent", "864213", *saves]) == 0
    assert (tmp_path / "school" / "docent.json").exists() and not (tmp_path / "saves" / "docent.json").exists()


def test_two_students_with_one_name_are_never_guessed(tmp_path, monkeypatch):
    import subprocess
    import sys

    from simulator.progress import Store

    school(tmp_path.parent / f"{tmp_path.name}-school", monkeypatch)  # JUWELIER_SCHOOL, also for the subprocess
    store = Store(tmp_path)
    a = store.create_profile("Sam de Vries", klas="JW3A")
    store.create_profile("Sam de Vries", klas="JW3B")
    run = subprocess.run([sys.executable, "-m", "simulator", "profiel", "--saves", str(tmp_path), "--verwijder",
                          "Sam de Vries", "--ja", "--docent", TEACHER_PIN], capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 2 and "2 profielen met de naam" in run.stderr and "--klas" in run.stderr
    assert len(Store(tmp_path).profiles()) == 2
    run = subprocess.run([sys.executable, "-m", "simulator", "profiel", "--saves", str(tmp_path), "--verwijder",
                          "Sam de Vries", "--klas", "JW3A", "--ja", "--docent", TEACHER_PIN], capture_output=True, text=True,
                         encoding="utf-8")
    assert run.returncode == 0, run.stderr
    assert [p.klas for p in Store(tmp_path).profiles()] == ["JW3B"] and a.id not in {p.id for p in Store(tmp_path).profiles()}
