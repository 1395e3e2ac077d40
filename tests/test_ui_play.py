"""A whole scenario played through the real game: by keyboard alone, and by mouse alone (the pilot posts
real pygame events under the dummy video driver)."""

from ui_support import pilot as make_pilot

from simulator.progress import Store


def _attempts(p):
    return p.ctx.store.attempts(p.ctx.profile.id)


def test_keyboard_only_from_new_profile_to_results(tmp_path):
    p = make_pilot(tmp_path)
    assert p.names == ["start"]
    p.settle()
    assert p.scene.form.focused.key == "naam"  # no profiles yet: the name field has focus
    p.type("Sanne").press("tab").type("JW3A").press("return")
    assert p.names == ["start", "home"]
    assert p.ctx.profile.naam == "Sanne" and p.ctx.profile.klas == "JW3A"

    p.press("return")                        # the focused room on the map: verkoopruimte
    assert p.names[-1] == "lijst" and p.scene.room == "verkoopruimte"
    p.press("return")                        # the first scenario card
    assert p.names[-1] == "intro"
    for _ in range(8):                       # Enter reads on through the intro, then starts practising
        p.press("return")
        if p.names[-1] != "intro":
            break
    assert p.names == ["start", "home", "lijst", "dialoog"]
    dialogue = p.scene
    assert dialogue.session.step.id == "binnenkomst"

    p.press("escape")                        # pause, and back
    assert p.names[-1] == "pauze"
    p.press("escape")
    assert p.names[-1] == "dialoog"

    p.press("1")
    assert p.names[-1] == "feedback"
    assert p.scene.form.find("+2 punt") is not None   # the criteria touched, in words
    p.press("return")
    assert dialogue.session.step.id == "kijken"
    assert dialogue.mood("klant") == "bezorgd"      # boos +1
    p.press("return")                        # narration: verder
    p.press("tab", shift=True).press("tab")  # focus moves and comes back to choice 1
    assert dialogue.form.focused.key == "keuze-1"
    p.press("return").press("return")        # choice 1, then close the feedback
    assert dialogue.session.step.id == "prijs"
    assert dialogue.wants_text               # the answer field has focus: digits type, not choose
    p.type("24,20").press("return")
    assert p.names[-1] == "feedback"
    p.press("return")
    assert dialogue.session.afgelopen and dialogue.session.step.id == "einde-goed"
    assert [a.scenario for a in _attempts(p)] == ["test-klacht"]   # recorded at the end
    p.press("return")                        # Bekijk je resultaat
    assert p.names == ["start", "home", "lijst", "resultaten"]
    result = p.scene.result
    assert result.geslaagd and {c.oordeel for c in result.criteria} == {"goed"}
    p.press("escape")
    assert p.names[-1] == "lijst"


def test_mouse_only_with_existing_profile_and_on_screen_keys(tmp_path):
    store = Store(tmp_path)
    store.create_profile("Daan", "JW2B")
    p = make_pilot(tmp_path, store=store)
    p.settle()
    p.click_on("Daan (JW2B)")
    assert p.names == ["start", "home"]
    p.click_on("Verkoopruimte")
    assert p.names[-1] == "lijst"
    p.click_on("De horlogeband is alweer kapot")
    p.click_on("Start als toets")
    dialogue = p.scene
    assert dialogue.name == "dialoog" and dialogue.modus == "toets"
    p.click_on("Vervelend voor u")
    assert p.names[-1] == "dialoog"          # a test gives no feedback between choices
    p.click_on("Verder")
    p.click_on("De pen zit verkeerd om")
    assert dialogue.session.step.id == "prijs"
    for key in ["2", "4", ",", "2", "0"]:
        p.click_on(key)
    assert dialogue.form.find_key("antwoord").value == "24,20"
    p.click_on("Wis").click_on("0")          # the erase key works too
    p.click_on("Controleer")
    assert dialogue.session.afgelopen
    p.click_on("Bekijk je resultaat")
    assert p.names[-1] == "resultaten" and p.scene.result.geslaagd
    p.click_on("Naar de winkel")
    assert p.names == ["start", "home"]
    assert store.best_scores(p.ctx.profile.id) == {"test-klacht": 1.0}


def test_wrong_number_is_explained_and_mouse_pause_stops_with_resume(tmp_path):
    store = Store(tmp_path)
    store.create_profile("Noor")
    p = make_pilot(tmp_path, store=store)
    p.settle()
    p.click_on("Noor").click_on("Alle scenario's").click_on("De horlogeband").click_on("Start met oefenen")
    p.press("1").press("return").press("return").press("1").press("return")
    p.type("twintig").press("return")
    dialogue = p.scene
    assert dialogue.session.step.id == "prijs"
    assert dialogue.form.find("Vul een getal in") is not None
    p.click_on("Pauze")
    assert p.names[-1] == "pauze"
    p.click_on("Stoppen")
    assert p.names[-1] == "lijst"
    assert store.resume_point(p.ctx.profile.id)[0] == "test-klacht"   # autosaved after every step
    p.click_on("Terug")
    assert p.names[-1] == "home"
    p.click_on("Ga verder")
    assert p.scene.name == "dialoog" and p.scene.session.step.id == "prijs"
