"""Teacher mode through the real game: the PIN gate, the class overview, a student's attempt, CSV export, the map.

The teacher PIN comes from the school configuration (set up by IT); without one the gate is locked."""

import csv
import io

from school_support import TEACHER_PIN, school
from ui_support import library, pilot as make_pilot

from simulator.progress import Store
from simulator.ui import demo


def _class(tmp_path, size=6):
    store = Store(tmp_path / "saves")
    lib = library()
    demo.demo_class(store, lib, size=size, attempts=(2, 3))
    return store, make_pilot(tmp_path, store=store, library=lib)


def _type_pin(p, pin):
    for digit in pin:               # with the mouse, on the on-screen keys
        p.click_on(digit)
    p.click_on("Open")


def test_without_a_teacher_pin_the_gate_is_locked_and_says_how_to_set_one_up(tmp_path, monkeypatch):
    school(tmp_path, monkeypatch, pin=None)
    store, p = _class(tmp_path)
    p.settle().click_on("Docent").settle()
    assert p.scene.name == "docent-op-slot"
    said = " ".join(w.label for w in p.scene.form.widgets)
    assert "op slot" in said and "docent --instellen" in said and "schoolinstellingen" in said
    assert p.scene.form.find_key("pin") is None                    # nothing to type a new PIN into
    p.type("246810").press("return").settle()
    assert "docent" not in p.names and "pincode" not in p.names
    p.settle().click_on("Docent").settle().press("escape").settle()
    assert p.scene.name == "start"


def test_the_teacher_types_the_pin_with_the_mouse_then_sees_the_class(tmp_path, monkeypatch):
    school(tmp_path, monkeypatch)
    store, p = _class(tmp_path)
    p.settle().click_on("Docent").settle()
    assert p.scene.name == "pincode"
    _type_pin(p, TEACHER_PIN)
    p.settle()
    assert p.scene.name == "docent"
    labels = [w.label for w in p.scene.form.widgets]
    assert "Leerlingen per werkproces" in labels and "Wat vindt de klas moeilijk?" in labels
    assert any(label.startswith("Fatima El Amrani · ") for label in labels)
    p.click_on("Klas: JW3B").settle()
    names = [w.label for w in p.scene.form.widgets if w.key.startswith("leerling-")]
    assert names and all(not n.startswith("Sanne") for n in names)   # Sanne is in JW3A


def test_a_wrong_pin_keeps_the_overview_closed_and_keys_work(tmp_path, monkeypatch):
    school(tmp_path, monkeypatch)
    store, p = _class(tmp_path)
    p.settle().click_on("Docent").settle()
    p.type("999999").press("return")
    assert p.scene.name == "pincode" and "klopt niet" in p.scene.error
    p.type(TEACHER_PIN).press("return").settle()
    assert p.scene.name == "docent"


def test_drill_into_a_student_export_csv_and_view_a_map(tmp_path, monkeypatch):
    school(tmp_path, monkeypatch)
    store, p = _class(tmp_path)
    p.settle().click_on("Docent").settle()
    p.type(TEACHER_PIN).press("return").settle()
    fatima = next(x for x in store.profiles() if x.naam == "Fatima El Amrani")
    p.click_on("Fatima El Amrani · ").settle()
    assert p.scene.name == "voortgang" and "Fatima" in p.scene.title()
    first = store.attempts(fatima.id)[-1]
    p.click_on(p.scene.form.find_key(f"poging-{first.id}").label).settle()
    assert p.scene.name == "transcript"
    p.press("escape").press("escape").settle()
    assert p.scene.name == "docent"
    out = tmp_path / "uit" / "klas.csv"
    field = p.scene.form.find_key("exportpad")
    field.value, field.cursor = str(out), len(str(out))
    p.click_on("Exporteer CSV").settle()
    assert any(w.label.startswith("Opgeslagen: ") for w in p.scene.form.widgets)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                       # Dutch Excel: BOM and ';'
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) - 1 == sum(len(store.attempts(x.id)) for x in store.profiles())
    p.click_on("Kies een scenario voor de kaart").settle()
    p.click_on("De horlogeband is alweer kapot").settle()
    assert p.scene.name == "kaart" and p.scene.form.find_key("kaart").surface.get_width() > 200


def test_the_teacher_exports_and_deletes_a_students_data(tmp_path, monkeypatch):
    import json

    from simulator.ui.scenes import teacher

    monkeypatch.setattr(teacher, "default_export_path", lambda: tmp_path / "export" / "resultaten.csv")
    (tmp_path / "export").mkdir()
    school(tmp_path, monkeypatch)
    store, p = _class(tmp_path)
    p.settle().click_on("Docent").settle()
    p.type(TEACHER_PIN).press("return").settle()
    fatima = next(x for x in store.profiles() if x.naam == "Fatima El Amrani")
    p.click_on("Fatima El Amrani · ").settle()
    p.click_on("Gegevens exporteren").settle()
    exported = json.loads((tmp_path / "export" / "juwelier-gegevens-Fatima El Amrani.json").read_text(encoding="utf-8"))
    assert exported["profiel"]["naam"] == "Fatima El Amrani" and exported["pogingen"]
    p.click_on("Fatima El Amrani verwijderen").settle()
    assert any(x.id == fatima.id for x in store.profiles())      # one click only asks to be sure
    p.click_on("Zeker weten?").settle()
    assert all(x.id != fatima.id for x in store.profiles())
    assert p.scene.name == "docent"
    assert not any(w.label.startswith("Fatima El Amrani · ") for w in p.scene.form.widgets)
