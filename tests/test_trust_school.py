"""The school configuration: where it is, what locks, how IT sets it up, and what a teacher who updates is told."""

from __future__ import annotations

import json
import os

import pytest

from school_support import TEACHER_PIN, school
from test_saves_edges import read_only
from ui_support import library, pilot as make_pilot

from simulator import paths
from simulator.cli import main
from simulator.progress import School, Store, pin, school_dir
from simulator.progress.school import ENV


def test_the_school_folder_is_the_option_then_the_environment_then_beside_the_program(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setattr(paths, "beside_program", lambda: tmp_path / "programma")
    assert school_dir() == tmp_path / "programma" / "schoolinstellingen"
    monkeypatch.setenv(ENV, str(tmp_path / "share"))
    assert school_dir() == tmp_path / "share"

    class Args:
        school = str(tmp_path / "optie")
    assert school_dir(Args()) == tmp_path / "optie"


def test_the_teacher_pin_is_a_salted_hash_in_the_school_folder_and_locks_when_missing(tmp_path):
    config = School(tmp_path / "school")
    assert config.teacher().status == "ontbreekt" and not config.check_teacher_pin("")
    assert not (tmp_path / "school").exists()  # reading never makes the folder
    with pytest.raises(ValueError, match="minstens 6"):
        config.set_teacher_pin("1234")
    config.set_teacher_pin("864213")
    saved = json.loads((tmp_path / "school" / "docent.json").read_text(encoding="utf-8"))
    assert saved["pin_hash"].startswith("scrypt$") and "864213" not in json.dumps(saved)
    assert config.teacher().open and config.check_teacher_pin("864213") and not config.check_teacher_pin("246810")


@pytest.mark.parametrize("damage", ["rommel", "leeg", "map", "dure-hash", "geen-hash", "verkeerde-vorm"])
def test_a_damaged_teacher_file_locks_and_says_how_to_set_it_up_again(tmp_path, damage):
    config = school(tmp_path)
    path = config.folder / "docent.json"
    good = json.loads(path.read_text(encoding="utf-8"))
    name, n, r, p, salt, digest = good["pin_hash"].split("$")
    path.unlink()
    if damage == "map":
        path.mkdir()
    else:
        path.write_bytes({
            "rommel": b"\x00{kapot", "leeg": b"",
            "dure-hash": json.dumps({**good, "pin_hash": "$".join([name, n, r, "64", salt, digest])}).encode(),
            "geen-hash": json.dumps({**good, "pin_hash": None}).encode(),
            "verkeerde-vorm": json.dumps({**good, "pin_hash": [good["pin_hash"]]}).encode(),
        }[damage])
    slot = config.teacher()
    assert not slot.open and "op slot" in slot.reden and "docent --instellen" in slot.reden
    assert not config.check_teacher_pin(TEACHER_PIN)
    if damage != "map":
        config.set_teacher_pin("135790")  # whoever may write the folder (IT) sets it again
        assert config.check_teacher_pin("135790")


def test_a_school_folder_inside_the_saves_folder_is_not_trusted(tmp_path):
    config = School(tmp_path / "saves" / "schoolinstellingen", saves=tmp_path / "saves")
    with pytest.raises(ValueError, match="in de opslagmap"):
        config.set_teacher_pin(TEACHER_PIN)
    School(config.folder).set_teacher_pin(TEACHER_PIN)  # written there by hand, as a student could
    School(config.folder).save_lrs({"endpoint": "https://leerling.invalid/xAPI/"})
    assert config.teacher().status == "onveilig" and not config.check_teacher_pin(TEACHER_PIN)
    assert config.lrs() is None and config.lesson_folders() == []


def test_only_who_may_write_the_school_folder_can_set_the_pin(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "school"
    read_only(monkeypatch, folder)
    assert main(["docent", "--instellen", "--pin", TEACHER_PIN, "--school", str(folder),
                 "--saves", str(tmp_path / "saves")]) == 2
    err = capsys.readouterr().err
    assert "schoolinstellingen" in err and "niet schrijven" in err and "Traceback" not in err
    assert not (folder / "docent.json").exists()


def test_juwelier_docent_sets_up_changes_and_shows_the_school_configuration(tmp_path, capsys):
    where = ["--school", str(tmp_path / "school"), "--saves", str(tmp_path / "saves")]
    assert main(["docent", *where]) == 0
    out = capsys.readouterr().out
    assert f"Schoolinstellingen: {tmp_path / 'school'} (bestaat nog niet)" in out and "op slot" in out
    assert main(["docent", "--instellen", "--pin", "12", *where]) == 2
    assert main(["docent", "--instellen", "--pin", TEACHER_PIN, *where]) == 0
    assert main(["docent", "--instellen", "--pin", "999999", *where]) == 2  # changing it needs the current one
    assert main(["docent", "--instellen", "--pin", "999999", "--docent", TEACHER_PIN, *where]) == 0
    extra = tmp_path / "eigen-scenarios"
    extra.mkdir()
    assert main(["docent", "--scenariomap", str(extra), "--docent", "999999", *where]) == 0
    capsys.readouterr()
    assert main(["docent", *where]) == 0
    out = capsys.readouterr().out
    assert "Docentpincode: ingesteld" in out and f"Extra scenariomappen: {extra}" in out
    assert "Schrijfrechten: deze gebruiker mag hier schrijven" in out
    assert main(["docent", "--geen-scenariomap", str(extra), "--docent", "999999", *where]) == 0
    assert School(tmp_path / "school").scenario_folders() == []


def test_a_teacher_who_updates_is_told_what_the_saves_folder_still_holds(tmp_path, monkeypatch, capsys):
    saves = tmp_path / "saves"
    saves.mkdir()
    for name, data in [("docent.json", {"pin_hash": pin.hash_pin("2468")}), ("lrs.json", {"endpoint": "https://x/"}),
                       ("scenariomappen.json", {"mappen": [str(tmp_path)]})]:
        (saves / name).write_text(json.dumps({"schema": 2, "soort": name[:-5], **data}), encoding="utf-8")
    (saves / "opdrachten").mkdir()
    (saves / "opdrachten" / "les.yaml").write_text("titel: Les\nscenarios: [x]\n", encoding="utf-8")
    monkeypatch.setenv(ENV, str(tmp_path / "schoolinstellingen"))

    assert main(["docent", "--saves", str(saves)]) == 0
    err = capsys.readouterr().err
    for said in ("docentpincode in de opslagmap", "LRS-koppeling in de opslagmap", "extra scenariomappen in de "
                 "opslagmap", "opdrachten in de opslagmap"):
        assert said in err

    p = make_pilot(tmp_path, store=Store(saves), library=library()).settle()
    p.click_on("Docent").settle()  # the old PIN no longer opens it, and the locked screen says why
    said = " ".join(w.label for w in p.scene.form.widgets)
    assert p.scene.name == "docent-op-slot" and "docentpincode in de opslagmap" in said
    assert "LRS" not in said  # the password in the old lrs.json is the teacher's business, not the class's


def test_the_teacher_overview_shows_notices_with_the_students_name_until_read(tmp_path, monkeypatch):
    school(tmp_path, monkeypatch)
    store = Store(tmp_path / "saves")
    bo = store.create_profile("Bo", klas="JW3A")
    store.update_profile(bo.id, klas="JW3A")
    (tmp_path / "saves" / "profielen" / bo.id / "profiel.json").write_bytes(b"{kapot")
    lessons = School(tmp_path / "schoolinstellingen").lesson_folders()[0]
    lessons.mkdir()
    (lessons / "kapot.yaml").write_text("titel: [\n", encoding="utf-8")
    p = make_pilot(tmp_path, store=Store(tmp_path / "saves"), library=library()).settle()  # the list reads Bo's file
    p.click_on("Docent").settle().type(TEACHER_PIN).press("return").settle()
    labels = [w.label for w in p.scene.form.widgets]
    assert "Meldingen" in labels
    assert any(label.startswith("Bo: Beschadigd: het profiel; de reservekopie van ") for label in labels)
    assert any(label.startswith("kapot.yaml: ") for label in labels)
    p.click_on("Meldingen gelezen").settle()
    assert not any(label.startswith("Bo: ") for label in (w.label for w in p.scene.form.widgets))
    assert Store(tmp_path / "saves").take_messages(bo.id)  # Bo is still told, when he picks his profile


def test_the_student_pin_says_what_it_protects_where_it_is_set(tmp_path):
    store = Store(tmp_path / "saves")
    store.create_profile("Sanne")
    p = make_pilot(tmp_path, store=store, library=library()).settle()
    p.click_on("Sanne").settle()
    p.click_on("Instellingen").settle()
    labels = " ".join(w.label for w in p.scene.form.widgets)
    assert "klasgenoten tegen die op deze computer op jouw naam klikken" in labels
    assert "wie de opslagmap opent, kan ze lezen" in labels


def test_lessons_come_from_the_school_folder_only(tmp_path, monkeypatch):
    config = school(tmp_path, monkeypatch)
    store = Store(tmp_path / "saves")
    anna = store.create_profile("Anna", klas="JW3A")
    for folder, titel in ((config.lesson_folders()[0], "Van de docent"), (store.folder / "opdrachten", "Nep")):
        folder.mkdir(parents=True)
        (folder / "les.yaml").write_text(f"titel: {titel}\nscenarios: [test-klacht]\n", encoding="utf-8")
    p = make_pilot(tmp_path, store=store, library=library()).settle()
    p.click_on("Anna (JW3A)").settle()
    labels = [w.label for w in p.scene.form.widgets]
    assert "Van de docent" in labels and "Nep" not in labels
    assert os.path.exists(store.folder / "opdrachten" / "les.yaml")  # left alone; the teacher is told


def test_the_guides_say_where_the_school_configuration_is_and_how_it_is_made_read_only():
    root = paths.program_dir()
    install = (root / "docs" / "installatie.md").read_text(encoding="utf-8")
    teachers = (root / "docs" / "docenten.md").read_text(encoding="utf-8")
    assert ENV in install and "--school MAP" in install and "schoolinstellingen" in install
    assert '"SCHOOL\\GG-Studenten-Juwelier:(OI)(CI)RX"' in install      # students: read only, exactly
    assert '"SCHOOL\\GG-Docenten-Juwelier:(OI)(CI)M"' in install        # teachers: modify
    assert "/inheritance:r" in install and "alleen-lezen voor deze gebruiker" in install
    assert "juwelier docent --instellen" in teachers and "op slot" in teachers
    assert "houdt een klasgenoot tegen" in teachers and "kan de bestanden" in teachers
