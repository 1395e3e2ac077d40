"""What a student reaches for in the first hour, played with the pilot (real pygame events, keyboard and mouse):
the conversation so far, reading on with a click anywhere or the wheel, the quick menu, a step back in practice
(never in a test), several paused scenarios, and the mood tag saying what it was and what it is."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

from ui_support import library as one_scenario, pilot as make_pilot

from simulator import content
from simulator.content import Bibliotheek, tekst
from simulator.engine import Choose, GoOn, Session
from simulator.progress import Store
from simulator.ui.scenes.dialogue_tools import SETTLE_S

ROOT = Path(__file__).resolve().parents[1]

PRICE = """
id: test-korting
titel: "Korting op een ring"
werkproces: B1-K2-W3
beoordeelt: [B1-K2-W3.2]
duur_minuten: 4
samenvatting: "Een klant wil weten wat een ring met korting kost."
personages:
  klant: {naam: "Mevrouw Bos", stemming: neutraal}
start: prijskaartje
stappen:
  prijskaartje:
    tekst: "Op het kaartje staat: € 80 zonder btw. De actie van deze week: 10 % korting op ringen."
    naar: groet
  groet:
    zegt: klant
    tekst: "Wat een mooie ring! Mag ik hem passen?"
    keuzes:
      - tekst: "Natuurlijk, welke maat heeft u?"
        gedrag: {B1-K2-W3.2: 1}
        stemming: +1
        feedback: "Je helpt de klant meteen verder."
        naar: twijfel
      - tekst: "Die is vrij duur hoor."
        gedrag: {B1-K2-W3.2: -1}
        feedback: "Je oordeelt voor de klant."
        naar: twijfel
  twijfel:
    zegt: klant
    stemming: bezorgd
    tekst: "Hij past. Maar wat kost hij dan?"
    invoer:
      eenheid: euro
      antwoorden:
        - {waarde: 87.12, marge: 0.01, gedrag: {B1-K2-W3.2: 2}, feedback: "80 × 0,9 × 1,21 = 87,12.", naar: einde}
      anders: {gedrag: {B1-K2-W3.2: -1}, feedback: "Eerst de korting, dan de btw.", naar: einde}
  einde:
    einde: "De klant koopt de ring."
"""


def price_library():
    g = content.parse(PRICE.encode("utf-8"), "test-korting.yaml")
    extra = one_scenario()
    return Bibliotheek(scenarios={g.scenario.id: g, **extra.scenarios})


def started(tmp_path, scenario="Korting op een ring", modus="Start met oefenen", library=None):
    """A new student (by keyboard) at the first step of a scenario."""
    p = make_pilot(tmp_path, library=library or price_library())
    p.settle()
    p.type("Sanne").press("return")
    p.click_on("Alle scenario's").click_on(scenario).click_on(modus)
    assert p.scene.name == "dialoog"
    return p


def settled(p):
    """Wait until a click or wheel notch may read on (the guard against a double click)."""
    for _ in range(2):  # the app hands at most 0.25 s per frame to a scene
        time.sleep(SETTLE_S / 2 + 0.05)
        p.step()
    return p


def click_key(p, key: str):
    """Click the widget with this key, scrolled into view first (two buttons may share a label)."""
    form = p.scene.form
    widget = form.find_key(key)
    form.scroll_into_view(widget)
    p.step()
    return p.click(form.visible_rect(widget).center)


def history_texts(p) -> str:
    return " ".join(w.label for w in p.scene.form.widgets)


# -- the conversation so far -------------------------------------------------------------------------------

def test_figures_given_earlier_can_be_found_in_the_history_by_key_wheel_button_and_menu(tmp_path):
    p = started(tmp_path)
    dialogue = p.scene
    p.press("return")                                   # the price card: read on
    p.press("1").press("return")                        # a choice and its feedback
    assert dialogue.session.step.id == "twijfel" and dialogue.wants_text

    p.press("escape").click_on("Het gesprek tot nu toe")  # the quick menu
    assert p.names[-1] == "geschiedenis"
    said = history_texts(p)
    assert "€ 80 zonder btw" in said and "10 % korting" in said     # the figures the question needs
    assert "Jij: Natuurlijk, welke maat heeft u?" in said
    assert "Feedback: Je helpt de klant meteen verder." in said and "+1 punt" in said
    assert p.scene.form.focused.key == "nu"                         # opens at the newest line
    assert "Hij past. Maar wat kost hij dan?" in p.scene.form.focused.label
    p.press("escape")
    assert p.names[-1] == "dialoog"

    p.press("tab")                                      # out of the answer field: letters are shortcuts again
    p.press("g")
    assert p.names[-1] == "geschiedenis"
    p.press("g")
    assert p.names[-1] == "dialoog"

    p.scroll(-1, pos=dialogue.panel_rect.center)        # the wheel turned up, the panel at its top
    assert p.names[-1] == "geschiedenis"
    region = p.scene.form.regions[0]
    p.scroll(-1, pos=region.rect.center)                # in the history the wheel scrolls ...
    assert p.names[-1] == "geschiedenis"
    p.scroll(3, pos=region.rect.center)                 # ... and turned down past the newest line, goes back
    assert p.names[-1] == "dialoog"

    p.click_on("Gesprek (G)")
    assert p.names[-1] == "geschiedenis"
    p.click_on("Terug naar het spel")
    assert p.names[-1] == "dialoog"


def test_a_test_shows_what_was_said_and_chosen_but_no_feedback_in_the_history(tmp_path):
    p = started(tmp_path, modus="Start als toets")
    p.press("return").press("1")
    p.press("tab").press("h")
    said = history_texts(p)
    assert "Jij: Natuurlijk, welke maat heeft u?" in said and "€ 80 zonder btw" in said
    assert "Feedback" not in said and "punt" not in said


def test_the_history_screen_renders_with_the_screenshot_command(tmp_path):
    from simulator.cli import main
    out = tmp_path / "geschiedenis.png"
    code = main(["screenshot", "--scherm", "geschiedenis", "--uit", str(out)])
    assert code == 0 and out.stat().st_size > 10_000


# -- reading on, the quick menu --------------------------------------------------------------------------

def test_a_click_anywhere_or_the_wheel_reads_on_but_never_chooses(tmp_path):
    p = started(tmp_path)
    dialogue = p.scene
    stage = (dialogue.panel_rect.left // 2, dialogue.panel_rect.centery)
    p.click(stage)                                      # straight away: a double click does not skip the line
    assert dialogue.session.step.id == "prijskaartje"
    settled(p).click(stage)                             # on the shop, beside the panel: read on
    assert dialogue.session.step.id == "groet"
    settled(p).click(stage).scroll(3, pos=stage)        # a choice step: a click or the wheel chooses nothing
    assert dialogue.session.step.id == "groet" and p.names[-1] == "dialoog"

    p.click_on("Natuurlijk")
    assert p.names[-1] == "feedback"
    feedback = p.scene
    p.click((5, 5))                                     # right after it opened: the feedback stays
    assert p.names[-1] == "feedback"
    settled(p).click((5, 5))                            # a click outside the panel: Verder
    assert p.names[-1] == "dialoog" and feedback.stack is not None


def test_the_right_mouse_button_opens_the_quick_menu_with_its_keys(tmp_path):
    p = started(tmp_path)
    p.right_click(p.scene.panel_rect.center)
    assert p.names[-1] == "pauze"
    labels = [w.label for w in p.scene.form.widgets]
    assert "Het gesprek tot nu toe (G)" in labels
    assert any(label.startswith("Toetsen: Esc of de rechtermuisknop") for label in labels)
    p.click_on("Verder spelen")
    assert p.names[-1] == "dialoog"


def test_the_keys_the_pause_menu_names_work_in_it(tmp_path):
    p = started(tmp_path)
    p.press("escape")
    assert p.names[-1] == "pauze"
    p.press("g")                                                 # 'Het gesprek tot nu toe (G)'
    assert p.names[-1] == "geschiedenis"


# -- a step back --------------------------------------------------------------------------------------------

def test_a_step_back_in_practice_by_key_button_and_menu_is_marked_in_the_result(tmp_path):
    p = started(tmp_path)
    dialogue = p.scene
    assert p.scene.form.find_key("stap-terug") is None          # nothing to take back yet
    p.press("return").press("2").press("return")                # the poor choice, and its feedback
    assert dialogue.session.step.id == "twijfel"
    p.press("tab").press("z")
    assert dialogue.session.step.id == "groet"
    assert dialogue.form.find("Je nam je laatste zet terug") is not None

    p.press("2").press("return")
    p.click_on("Stap terug (Z)")                                # the button does the same
    assert dialogue.session.step.id == "groet"
    p.press("2").press("return")
    p.press("escape").click_on("Stap terug (Z)")                # and the quick menu
    assert dialogue.session.step.id == "groet" and p.names[-1] == "dialoog"

    p.press("g")
    said = history_texts(p)
    assert said.count("Teruggenomen: telt niet mee") == 3 and said.count("Jij: Die is vrij duur hoor.") == 3
    p.press("g")
    p.press("1").press("return").type("87,12").press("return").press("return")
    p.click_on("Bekijk je resultaat")
    assert p.names[-1] == "resultaten"
    assert p.scene.form.find("Je nam 3 zetten terug (alleen bij oefenen)") is not None
    assert p.scene.result.geslaagd


def test_a_test_never_offers_a_step_back(tmp_path):
    p = started(tmp_path, modus="Start als toets")
    dialogue = p.scene
    p.press("return").press("2")
    assert dialogue.session.step.id == "twijfel"
    p.press("tab").press("z")
    assert dialogue.session.step.id == "twijfel"
    assert dialogue.form.find_key("stap-terug") is None
    p.press("escape")
    assert p.scene.form.find_key("stap_terug") is None
    assert p.scene.form.find_key("geschiedenis") is not None


# -- several paused scenarios ------------------------------------------------------------------------------

def test_two_paused_scenarios_are_both_kept_and_each_can_be_resumed_or_thrown_away(tmp_path):
    p = started(tmp_path)
    p.press("return").press("1").press("return")                  # Korting: two moves, then stop
    p.press("escape").click_on("Stoppen")
    p.click_on("Terug")
    p.click_on("Alle scenario's").click_on("De horlogeband").click_on("Start met oefenen")
    p.press("1").press("return")                                  # the other one: one move, then stop
    p.press("escape").click_on("Stoppen").click_on("Terug")
    assert p.names[-1] == "home"
    store, me = p.ctx.store, p.ctx.profile.id
    assert [x.scenario for x in store.paused(me)] == ["test-klacht", "test-korting"]
    labels = [w.label for w in p.scene.form.widgets]
    assert "Ga verder: De horlogeband is alweer kapot" in labels and "Ga verder: Korting op een ring" in labels
    assert p.scene.form.find_key("gepauzeerd-test-korting").label.endswith("oefenen · 1 antwoord gegeven")

    click_key(p, "weg-test-klacht")                               # thrown away after a second click
    assert len(store.paused(me)) == 2
    click_key(p, "weg-test-klacht")
    assert [x.scenario for x in store.paused(me)] == ["test-korting"]

    p.click_on("Ga verder: Korting op een ring")
    assert p.scene.name == "dialoog" and p.scene.session.step.id == "twijfel"


def test_a_resumed_attempt_keeps_the_time_it_began(tmp_path):
    library = price_library()
    store = Store(tmp_path)
    sanne = store.create_profile("Sanne")
    geladen = library.scenarios["test-korting"]
    session = Session(geladen)
    begin = datetime.now().astimezone() - timedelta(minutes=4)
    session.do(GoOn())
    session.do(Choose(1))
    store.autosave(sanne.id, geladen, session, "oefenen", started=begin)   # played four minutes ago, then paused

    p = make_pilot(tmp_path, store=store, library=library)
    p.settle()
    p.click_on("Sanne").click_on("Ga verder: Korting op een ring")
    p.type("87,12").press("return").press("return")
    attempt = store.attempts(sanne.id)[-1]
    assert attempt.begin == begin and attempt.duur >= timedelta(minutes=4)


def test_the_scenario_list_shows_the_new_result_after_finishing(tmp_path):
    p = started(tmp_path)
    p.press("return").press("1").press("return").type("87,12").press("return").press("return")
    p.click_on("Bekijk je resultaat").click_on("Andere scenario's")
    assert p.names[-1] == "lijst"
    card = p.scene.form.find_key("scenario-test-korting")
    assert card.label == "Korting op een ring · Jouw beste resultaat: 100 %"     # not 'Nog niet gespeeld'


# -- the mood tag -------------------------------------------------------------------------------------------

def test_the_mood_tag_says_the_mood_now_and_what_it_was(tmp_path):
    p = started(tmp_path)
    p.press("return").press("1").press("return")        # +1 (rustig -> tevreden), but the next line is said worried
    tag = p.scene.form.find_key("stemming")
    assert tag.label == "Mevrouw Bos: bezorgd (was rustig)"
    assert "tevreden" not in tag.label


# -- the windowed build: a fatal error is shown, never lost -------------------------------------------------

def _entry():
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "tools" / "entry.py"
    spec = importlib.util.spec_from_file_location("tools_entry_student", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_a_console_a_fatal_error_appears_in_a_message_box(tmp_path, monkeypatch):
    import sys
    entry = _entry()
    shown = []
    monkeypatch.setattr(sys, "stderr", None)   # the windowed build has no console

    def no_screen():
        print("juwelier: het spel heeft een beeldscherm nodig, maar er is er nu geen.", file=sys.stderr)
        return 3
    assert entry.run_without_console(no_screen, tmp_path / "juwelier.log", lambda t, m: shown.append(m)) == 3
    assert shown == ["het spel heeft een beeldscherm nodig, maar er is er nu geen."]

    def crash():
        raise RuntimeError("iets onverwachts")
    log = tmp_path / "juwelier.log"
    assert entry.run_without_console(crash, log, lambda t, m: shown.append(m)) == 1
    assert "Het spel is onverwacht gestopt" in shown[-1] and str(log) in shown[-1]
    assert "Traceback" not in shown[-1] and "RuntimeError" not in shown[-1]

    shown.clear()
    assert entry.run_without_console(lambda: 0, log, lambda t, m: shown.append(m)) == 0
    assert shown == [] and sys.stderr is None


# -- starting ----------------------------------------------------------------------------------------------

def test_typing_on_the_start_screen_goes_into_the_name_field(tmp_path):
    store = Store(tmp_path)
    store.create_profile("Daan", "JW2B")
    p = make_pilot(tmp_path, store=store, library=price_library())
    p.settle()
    assert p.scene.form.focused.key == "profiel-0"                 # Daan's button has the focus
    p.press("n", shift=True)                                         # a new student just starts typing
    assert p.scene.form.focused.key == "naam" and p.scene.wants_text
    p.type("oor").press("return")
    assert p.names == ["start", "home"] and p.ctx.profile.naam == "Noor"
    said = " ".join(w.label for w in p.app.stack.scenes[0].form.widgets)
    assert "Typ je naam om een profiel te maken" in said            # the keys, where they are used


def test_the_intro_starts_with_one_key_and_its_text_lines_are_no_tab_stops(tmp_path):
    from simulator.ui.settings import Instellingen
    p = make_pilot(tmp_path, library=price_library(), settings=Instellingen(tekstgrootte=200))
    p.settle()
    p.type("Sanne").press("return")
    p.click_on("Alle scenario's").click_on("De horlogeband")
    assert p.names[-1] == "intro"
    stops = [w.key for w in p.scene.form.focusables() if w.action is None]
    assert stops == ["samenvatting"]                                  # the leerdoelen are read, not tabbed through
    presses = 0
    while p.names[-1] == "intro":
        p.press("return")
        presses += 1
    assert p.names[-1] == "dialoog" and presses <= 2


def test_the_settings_say_they_belong_to_the_profile(tmp_path):
    p = started(tmp_path)
    p.press("escape").click_on("Instellingen")
    said = " ".join(w.label for w in p.scene.form.widgets)
    assert "horen bij jouw profiel (Sanne)" in said and "volledig scherm hoort bij deze computer" in said.lower()


# -- smaller things ----------------------------------------------------------------------------------------

def test_one_choice_looks_round_and_ticks_look_square(tmp_path):
    """A form's 'keuze' (choose one) and 'vinkjes' (tick any) must not look alike: a ring with a dot against a box."""
    import pygame
    from simulator.ui.widgets import Button
    p = make_pilot(tmp_path)
    ctx = p.ctx
    looks = {}
    for radio in (True, False):
        button = Button(ctx, "Batterij", None, selected=False, radio=radio)
        surface = pygame.Surface(button.rect.size, pygame.SRCALPHA)
        button.draw(surface, ctx, surface.get_rect(), False, False, False)
        badge = pygame.Rect(button.pad_x, (button.rect.h - button.badge) // 2, button.badge, button.badge)
        corner = badge.inflate(-button.badge // 4, -button.badge // 4).topleft
        looks[radio] = surface.get_at((corner[0] + 1, corner[1] + 1))
    ink = ctx.theme.button_text
    assert tuple(looks[False])[:3] == tuple(ink)[:3]                 # the box has a corner
    assert tuple(looks[True])[:3] != tuple(ink)[:3]                  # the ring has none


def test_a_valid_number_clears_the_reason_shown_for_the_last_try(tmp_path):
    p = started(tmp_path)
    p.press("return").press("1").press("return")
    p.press("return")                                   # nothing typed yet
    assert p.scene.form.find("Vul een getal in") is not None
    p.type("87,12")
    assert p.scene.form.find("Vul een getal in") is None


def test_after_the_wheel_the_card_under_the_mouse_is_the_hovered_one(tmp_path):
    scenarios = {}
    for n in range(8):
        text = PRICE.replace("id: test-korting", f"id: test-korting-{n}").replace('"Korting op een ring"',
                                                                                 f'"Korting op ring {n}"')
        g = content.parse(text.encode("utf-8"), f"test-korting-{n}.yaml")
        scenarios[g.scenario.id] = g
    p = make_pilot(tmp_path, library=Bibliotheek(scenarios=scenarios))
    p.settle()
    p.type("Sanne").press("return").click_on("Alle scenario's")
    form = p.scene.form
    first = form.find_key("scenario-test-korting-0")
    spot = form.visible_rect(first).center
    p.move(spot)
    assert form.hovered is first
    p.scroll(2, pos=spot)
    assert form.hovered is not first and form.hovered is form.widget_at(spot)


def test_the_class_overview_never_says_0_of_1_students(tmp_path, monkeypatch):
    from school_support import TEACHER_PIN, school
    from simulator.ui import demo
    school(tmp_path, monkeypatch)
    store = Store(tmp_path / "saves")
    demo.demo_class(store, one_scenario(), size=1, attempts=(2, 3))
    p = make_pilot(tmp_path, store=store, library=one_scenario())
    p.settle().click_on("Docent").settle()
    for digit in TEACHER_PIN:
        p.click_on(digit)
    p.click_on("Open").settle()
    hard = p.scene.form.find_key("moeilijk").label
    assert "van 1 leerlingen" not in hard and ("de enige leerling" in hard or "geen enkele leerling" in hard)


def test_the_feedback_of_a_mistake_offers_the_step_back_and_shows_the_step_from_its_top(tmp_path):
    p = started(tmp_path)
    dialogue = p.scene
    p.press("return").press("2")                                     # the poor choice
    assert p.names[-1] == "feedback" and p.scene.form.find("Stap terug (Z)") is not None
    p.press("z")
    assert p.names[-1] == "dialoog" and dialogue.session.step.id == "groet"
    assert dialogue.form.regions[0].scroll == 0                      # the line and the note are in view
    assert dialogue.form.find("Je nam je laatste zet terug") is not None

    p.click_on("Natuurlijk")                                          # a test offers no step back, not even here
    p.press("return")
    p = started(tmp_path / "toets", modus="Start als toets")
    p.press("return").press("2")
    assert p.names[-1] == "dialoog" and p.scene.form.find("Stap terug") is None


# -- pictures of the new screens --------------------------------------------------------------------------

def test_screenshots_of_the_new_screens(tmp_path):
    """The conversation so far, a step back marked in the result, the quick menu, two paused scenarios and the
    lip on the bench. With JUWELIER_SCHERMAFDRUKKEN=1 they go to docs/screenshots (how the ones there were made);
    otherwise to a temporary folder."""
    import os
    from pathlib import Path

    import pygame
    from test_workbench_scene import SCENARIO
    from test_workbench_student import at_the_bench, drag_to

    root = Path(__file__).resolve().parents[1]
    out = root / "docs" / "screenshots" if os.environ.get("JUWELIER_SCHERMAFDRUKKEN") else tmp_path / "shots"
    out.mkdir(parents=True, exist_ok=True)

    p = started(tmp_path / "a")
    p.press("return").press("2").press("z")                         # a poor choice, taken back from its feedback
    p.press("1").press("return").type("g")                          # in the number field: G is still the key
    assert p.names[-1] == "geschiedenis"
    p.screenshot(out / "geschiedenis.png")
    p.press("g").press("escape")
    p.screenshot(out / "snelmenu.png")
    p.press("escape").type("87,12").press("return").press("return")
    p.click_on("Bekijk je resultaat")
    p.screenshot(out / "stap-terug-resultaat.png")

    p = started(tmp_path / "b")
    p.press("return").press("1").press("return").press("escape").click_on("Stoppen").click_on("Terug")
    p.click_on("Alle scenario's").click_on("De horlogeband").click_on("Start met oefenen")
    p.press("1").press("return").press("escape").click_on("Stoppen").click_on("Terug")
    p.screenshot(out / "gepauzeerd.png")

    from test_workbench_scene import start
    geladen = content.load(SCENARIO)
    p, session = start(tmp_path / "c", geladen)
    bench = at_the_bench(p, session)
    drag_to(p, "Loep", bench.form.visible_rect(bench.form.find_key("zone-kastdeksel")).center)
    _, area = bench.item()
    from simulator.ui.art import bench_items as art
    notch = (area.left + round(300 * area.w / art.SIZE), area.top + round(445 * area.h / art.SIZE))
    p.hold(p.position("Kastmes"), notch)
    p.screenshot(out / "werkbank-lipje.png")                        # the knife held over the lip, named
    p.release(notch)

    for name in ("geschiedenis", "snelmenu", "stap-terug-resultaat", "gepauzeerd", "werkbank-lipje"):
        assert pygame.image.load(str(out / f"{name}.png")).get_size() == (1280, 720)


def test_a_mouse_only_student_types_a_klas_with_digits_and_a_capital_in_a_name(tmp_path):
    """'JUW3A' became 'Juwa' and 'Daan B' 'Daan b' with the on-screen keys: no digits, a capital only at the start."""
    p = make_pilot(tmp_path)
    p.click_on("Toetsen op het scherm").settle()
    p.click(p.position("Naam"))
    for key in ["D", "A", "A", "N", "Spatie", "Hoofdletter", "B"]:
        p.click(p.position(key)).settle()
    p.click(p.position("Klas"))
    for key in ["J", "U", "W", "3", "A"]:
        p.click(p.position(key)).settle()
    p.click_on("Maak profiel").settle()
    profile = p.ctx.store.profiles()[0]
    assert (profile.naam, profile.klas) == ("Daan B", "JUW3A")


def test_the_intro_shows_the_customer_of_the_case_that_is_then_played(tmp_path, monkeypatch):
    """'Meneer Hendriks (klant)' on the intro, then 'Mevrouw Van der Linden' at the counter: the intro showed the first
    case, the play drew another."""
    from simulator.ui.scenes import intro
    from simulator.ui.scenes.intro import IntroScene
    geladen = content.load(ROOT / "scenarios" / "B1-K2-W6" / "klacht-rekening-hoger-dan-afgesproken.yaml")
    p = make_pilot(tmp_path, library=Bibliotheek(scenarios={geladen.scenario.id: geladen}))
    for zaad in geladen.zaden:
        monkeypatch.setattr(intro, "new_seed", lambda g, previous=None, zaad=zaad: zaad)
        case = geladen.variant(zaad)
        klant = next(tekst(x.naam) for x in case.scenario.personages.values() if x.rol == "klant")
        scene = IntroScene(p.ctx, geladen)
        p.app.stack.push(scene)
        p.settle()
        assert p.scene.form.find(f"{klant} (klant)") is not None
        p.click_on("Start met oefenen").settle()
        assert p.scene.session.geladen.zaad == zaad
        p.app.stack.pop()
        p.settle()


def test_the_result_says_at_the_top_which_criterion_is_still_not_enough(tmp_path):
    """'Goed afgelopen' in the story, 'Nog niet geslaagd – 83 %' above it, and the reason far down the page."""
    from ui_support import geladen as test_klacht
    from simulator.ui.scenes.results import ResultsScene
    g = test_klacht()
    session = Session(g)
    session.do(Choose(2))                                   # 'Dat kan niet, wij leveren goed werk.': critical
    while not session.afgelopen:
        session.do(GoOn() if session.step.soort == "vertelling" else Choose(1))
    p = make_pilot(tmp_path)
    p.app.stack.push(ResultsScene(p.ctx, g, session))
    p.settle()
    top = p.scene.form.find_key("samenvatting").label
    failing = [c for c in session.result().criteria if c.oordeel == "onvoldoende"]
    assert failing and top.startswith("Nog niet geslaagd")
    assert all(f"Nog onvoldoende: ‘{c.tekst}’" in top for c in failing)
