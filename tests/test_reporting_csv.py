"""`juwelier export --csv`: read back the way Dutch Excel reads it (BOM, `;`), with the columns a teacher needs."""

import csv
import io
from datetime import datetime

import pytest

from progress_support import DATA, played, scenario
from simulator import content
from school_support import TEACHER_PIN, school
from simulator.cli import main
from simulator.progress import Store


@pytest.fixture
def saves(tmp_path, monkeypatch):
    school(tmp_path, monkeypatch)  # exporting is a teacher function: it needs the school's teacher PIN
    store = Store(tmp_path / "saves")
    prijs, ontvangst = content.load(DATA / "prijs.yaml"), scenario()
    anna = store.create_profile("Anna Jansen", klas="JW3A")
    bram = store.create_profile("=Bram", klas="JW3B")
    start = datetime(2025, 3, 14, 9, 5).astimezone()
    end = datetime(2025, 3, 14, 9, 12, 30).astimezone()
    store.record_attempt(anna.id, ontvangst, played(ontvangst, "beste"), "oefenen", start, end)
    store.record_attempt(anna.id, prijs, played(prijs, ["121", "2"]), "toets", start.replace(hour=10), end.replace(hour=10))
    store.record_attempt(bram.id, ontvangst, played(ontvangst, ["1"]), "oefenen", start, end)
    return store


def excel(path):
    """What Dutch Excel does with the file: it sees the BOM, takes UTF-8, splits on ';'."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "without a BOM Excel shows ë as Ã«"
    assert b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))


def test_one_row_per_attempt_with_a_column_per_criterion(saves, tmp_path, capsys):
    out = tmp_path / "resultaten.csv"
    assert main(["export", "--csv", str(out), "--saves", str(saves.folder), "--docent", TEACHER_PIN]) == 0
    header, *rows = excel(out)
    assert header == ["leerling", "klas", "scenario", "titel", "werkproces", "datum", "begin", "eind", "duur (min)",
                      "modus", "score (%)", "afloop", "geslaagd",
                      "B1-K2-W1.1", "B1-K2-W1.2", "B1-K2-W3.2", "B1-K2-W3.5"]
    table = [dict(zip(header, row)) for row in rows]
    assert [(r["leerling"], r["scenario"]) for r in table] == [
        ("Anna Jansen", "test-winkel-ontvangst"), ("Anna Jansen", "test-prijs-met-btw"),
        ("'=Bram", "test-winkel-ontvangst")]  # a name that looks like a formula stays text
    first = table[0]
    assert (first["klas"], first["werkproces"], first["datum"], first["begin"], first["eind"]) == (
        "JW3A", "B1-K2-W1", "14-03-2025", "09:05", "09:12")
    assert (first["duur (min)"], first["modus"], first["score (%)"], first["afloop"], first["geslaagd"]) == (
        "7,5", "oefenen", "100", "geslaagd", "ja")
    assert (first["B1-K2-W1.1"], first["B1-K2-W3.2"]) == ("goed", "")
    second = table[1]
    assert (second["titel"], second["modus"], second["score (%)"], second["geslaagd"]) == (
        "De prijs met btw", "toets", "50", "nee")
    assert second["B1-K2-W3.5"] == "onvoldoende (kritieke fout)"
    assert table[2]["afloop"] == "niet afgemaakt"
    assert "3 regel(s) van 2 leerling(en)" in capsys.readouterr().out


def test_pseudonymous_export_hides_names_and_keeps_one_code_per_student(saves, tmp_path):
    out = tmp_path / "anoniem.csv"
    assert main(["export", "--csv", str(out), "--pseudoniem", "--saves", str(saves.folder),
                 "--docent", TEACHER_PIN]) == 0
    header, *rows = excel(out)
    names = [row[0] for row in rows]
    assert "Anna" not in out.read_text(encoding="utf-8-sig") and "Bram" not in out.read_text(encoding="utf-8-sig")
    assert names[0] == names[1] != names[2] and names[0].startswith("Leerling ")
    again = tmp_path / "nogmaals.csv"
    main(["export", "--csv", str(again), "--pseudoniem", "--saves", str(saves.folder), "--docent", TEACHER_PIN])
    assert [row[0] for row in excel(again)[1:]] == names


def test_one_row_per_criterion_for_a_pivot_table_and_a_class_filter(saves, tmp_path):
    out = tmp_path / "lang.csv"
    assert main(["export", "--csv", str(out), "--per", "criterium", "--klas", "jw3a", "--saves", str(saves.folder),
                 "--docent", TEACHER_PIN]) == 0
    header, *rows = excel(out)
    assert header[-6:] == ["criterium", "omschrijving", "oordeel", "punten", "max", "kritieke fout"]
    assert [(r[0], r[-6], r[-4]) for r in rows] == [
        ("Anna Jansen", "B1-K2-W1.1", "goed"), ("Anna Jansen", "B1-K2-W1.2", "goed"),
        ("Anna Jansen", "B1-K2-W3.2", "goed"), ("Anna Jansen", "B1-K2-W3.5", "onvoldoende")]
    assert rows[0][-5] == "heeft een open en uitnodigende houding" and rows[3][-1] == "ja"


def test_without_the_teacher_pin_nothing_is_exported(saves, tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", "--csv", str(out), "--saves", str(saves.folder)]) == 2
    assert main(["export", "--csv", str(out), "--saves", str(saves.folder), "--docent", "999999"]) == 2
    assert "docentpincode" in capsys.readouterr().err and not out.exists()
    assert main(["export", "--csv", str(out), "--saves", str(saves.folder), "--docent", TEACHER_PIN]) == 0
