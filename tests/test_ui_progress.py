"""Mijn voortgang and the lessons on the home screen, driven through the real game with real events."""

from datetime import date, timedelta

from ui_support import library, pilot as make_pilot

from simulator.progress import Store
from simulator.ui import demo


def _student(tmp_path, attempts=6, klas="JW3A"):
    store = Store(tmp_path)
    lib = library()
    sanne = store.create_profile("Sanne", klas)
    if attempts:
        demo.history(store, sanne, lib, attempts=attempts, seed=2)
    p = make_pilot(tmp_path, store=store, library=lib)
    p.click_on("Sanne")
    p.settle()
    assert p.scene.name == "home"
    return p, store, sanne


def test_progress_shows_bars_strips_line_and_reads_an_attempt_back(tmp_path):
    p, store, sanne = _student(tmp_path)
    p.click_on("Mijn voortgang").settle()
    assert p.scene.name == "voortgang"
    labels = [w.label for w in p.scene.form.widgets]
    assert any(label.startswith("B1-K2-W6 ") and "%" in label for label in labels)     # the werkproces bar
    assert any("laatste 6 pogingen" in label.lower() for label in labels)             # the line over time
    attempts = store.attempts(sanne.id)
    newest = attempts[-1]
    button = p.scene.form.find_key(f"poging-{newest.id}")
    assert f"{round(newest.score * 100)} %" in button.label
    p.click_on(button.label).settle()                                                  # the newest attempt
    assert p.scene.name == "transcript"
    steps = [w.label for w in p.scene.form.widgets if w.key.startswith("stap-")]
    first = newest.log[0]
    chosen = "Vervelend voor u" if first.keuze == "1" else "Dat kan niet"
    assert steps and chosen in steps[0] and "Feedback:" in steps[0]
    p.press("escape").settle()
    assert p.scene.name == "voortgang"


def test_the_suggestion_opens_a_scenario(tmp_path):
    p, _, _ = _student(tmp_path)
    p.click_on("Mijn voortgang").settle()
    assert p.scene.form.find_key("suggestie") is not None
    p.click_on("Oefen nu").settle()
    assert p.scene.name == "intro"


def test_without_attempts_the_progress_screen_says_what_to_do(tmp_path):
    p, _, _ = _student(tmp_path, attempts=0)
    p.click_on("Mijn voortgang").settle()
    assert "nog geen scenario afgemaakt" in p.scene.form.find_key("leeg").label


def test_a_toets_lesson_shows_on_home_plays_without_feedback_and_is_then_done(tmp_path, monkeypatch):
    from school_support import school

    lessons = school(tmp_path.parent / f"{tmp_path.name}-school", monkeypatch).lesson_folders()[0]
    lessons.mkdir(parents=True)                             # lessons come from the school configuration
    until = date.today() + timedelta(days=3)
    (lessons / "klacht.yaml").write_text(
        f"titel: Klachten afhandelen\nklas: JW3A\nscenarios: [test-klacht]\nmodus: toets\ntot: {until}\n",
        encoding="utf-8")
    p, store, sanne = _student(tmp_path, attempts=0)
    labels = [w.label for w in p.scene.form.widgets]
    assert "Opdrachten van je docent" in labels and "Klachten afhandelen" in labels
    button = p.widget("De horlogeband is alweer kapot · Nog doen")
    assert button.selected is False
    p.click_on("De horlogeband is alweer kapot · Nog doen").settle()
    assert p.scene.name == "intro"
    assert p.scene.form.find_key("oefenen") is None and p.scene.form.find_key("toets") is not None
    p.click_on(p.scene.form.find_key("toets").label).settle()
    assert p.scene.name == "dialoog" and p.scene.modus == "toets"
    p.press("1").settle()                                   # a choice with feedback: in a test it waits
    assert p.scene.name == "dialoog"
    for _ in range(8):
        if p.scene.session.afgelopen:
            p.press("return").settle()                      # on to the results
            break
        step = p.scene.session.step
        if step.soort == "invoer":
            p.type("24,20").press("return")
        elif step.soort == "dialoog":
            p.press("1")
        else:
            p.press("return")
        p.settle()
        assert p.scene.name == "dialoog"                    # never a feedback panel in between
    assert store.attempts(sanne.id)[-1].modus == "toets"
    assert p.scene.name == "resultaten"
    p.click_on("Naar de winkel").settle()
    assert p.scene.name == "home"
    assert p.widget("De horlogeband is alweer kapot · Gedaan").selected is True


def test_a_student_pin_is_asked_on_start_and_can_be_set_and_removed_in_settings(tmp_path):
    p, store, sanne = _student(tmp_path, attempts=0)
    p.click_on("Instellingen").settle()
    p.click_on("Pincode instellen").settle()
    assert p.scene.name == "pincode"
    for digit in "4321":                                # with the mouse, on the on-screen keys
        p.click_on(digit)
    p.click_on("Klaar").settle()
    assert p.scene.name == "instellingen" and store.profile(sanne.id).heeft_pin
    p.press("escape").settle()
    p.click_on("Ander profiel").settle()
    p.click_on("Sanne").settle()
    assert p.scene.name == "pincode"
    p.type("1111").press("return")
    assert p.scene.name == "pincode" and "klopt niet" in p.scene.error
    p.type("4321").press("return").settle()
    assert p.scene.name == "home" and p.ctx.profile.id == sanne.id
    p.click_on("Instellingen").settle()
    p.click_on("Pincode weghalen").settle()
    assert not store.profile(sanne.id).heeft_pin
