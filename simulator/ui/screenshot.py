"""Render any screen of the game to PNG without a window (SDL dummy driver), and play a path through the UI.

Used by `juwelier screenshot`, `juwelier speel --headless --screenshot`, the docs and the tests. Saves go to a
temporary folder: a screenshot never touches a student's progress.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

SCREENS = ("start", "home", "lijst", "intro", "dialoog", "feedback", "resultaten", "instellingen", "pauze",
           "voortgang", "docent", "werkbank", "loep", "formulier", "geschiedenis")


class ScreenshotError(ValueError):
    pass


def _library():
    from simulator import content
    from simulator.ui.context import library_folders
    return content.load_library(library_folders())


def _pick(library, scenario_id):
    if scenario_id:
        if scenario_id not in library.scenarios:
            raise ScreenshotError(f"onbekend scenario '{scenario_id}'")
        return library.scenarios[scenario_id]
    if not library.scenarios:
        raise ScreenshotError("er staan geen scenario's in de map 'scenarios'")
    # prefer a conversation on the shop floor: it shows the most of the game
    ranked = sorted(library.scenarios.values(),
                    key=lambda g: (g.scenario.waar() != "verkoopruimte", g.scenario.taal != "nl", g.scenario.id))
    return ranked[0]


def _varied_session(geladen):
    """A playthrough with mixed ratings, so the results screen shows every kind of line."""
    from simulator.engine import Session
    from simulator.engine.autoplay import play

    def spread(seed: int) -> tuple[int, int]:
        """How many kinds of rating a random play with this seed shows, then how long it is."""
        session = Session(geladen)
        play(session, f"willekeurig:{seed}")
        return len({c.oordeel for c in session.result().criteria}), len(session.state.log)

    best = max(range(40), key=spread)  # the first seed with the most spread
    session = Session(geladen)
    play(session, f"willekeurig:{best}")
    return session


def _to_dialogue(session):
    """Read on until the student has something to do."""
    from simulator.engine.autoplay import read_on
    read_on(session)


def render_screen(scherm: str, uit, breedte: int = 1280, hoogte: int = 720, tekstgrootte: int = 100,
                  scenario_id: str | None = None, taal: str = "nl", thema: str = "creme",
                  lettertype: str = "standaard") -> Path:
    return render_and_check(scherm, uit, breedte, hoogte, tekstgrootte, scenario_id, taal, thema, lettertype)[0]


def render_and_check(scherm: str, uit, breedte: int = 1280, hoogte: int = 720, tekstgrootte: int = 100,
                     scenario_id: str | None = None, taal: str = "nl", thema: str = "creme",
                     lettertype: str = "standaard"):
    """The PNG of a screen and the layout check of what it shows (simulator.ui.widgets.check)."""
    with prepared(scherm, breedte, hoogte, tekstgrootte, scenario_id, taal, thema, lettertype) as pilot:
        out = Path(uit)
        out.parent.mkdir(parents=True, exist_ok=True)
        report = check_layout(pilot)
        pilot.screenshot(out)
        return out, report


def check_layout(pilot):
    """The layout check of every scene on screen (an overlay and the scene it is drawn over), as one report."""
    from simulator.ui.widgets.check import Opmaak, check_scene
    reports = [check_scene(scene) for scene in pilot.app.stack.visible()]
    pilot.settle()
    return Opmaak(sum(r.teksten for r in reports), tuple(a for r in reports for a in r.afgekapt),
                  tuple(o for r in reports for o in r.overlappen))


@contextmanager
def prepared(scherm: str, breedte: int = 1280, hoogte: int = 720, tekstgrootte: int = 100,
             scenario_id: str | None = None, taal: str = "nl", thema: str = "creme", lettertype: str = "standaard",
             library=None):
    """A pilot on the app showing one screen, with a demo profile in a temporary saves folder."""
    if scherm not in SCREENS:
        raise ScreenshotError(f"onbekend scherm '{scherm}'; kies uit: {', '.join(SCREENS)}")
    from simulator.engine import Session
    from simulator.engine.autoplay import play
    from simulator.progress import Store
    from simulator.ui.game import make_app
    from simulator.ui.pilot import Pilot
    from simulator.ui.settings import Instellingen

    library = library if library is not None else _library()
    settings = Instellingen.from_dict({"tekstgrootte": tekstgrootte, "taal": taal, "thema": thema,
                                       "lettertype": lettertype, "tempo": "direct"})
    with tempfile.TemporaryDirectory(prefix="juwelier-screenshot-") as folder:
        store = Store(folder)
        profile = store.create_profile("Sanne", "JW3A")
        store.create_profile("Daan", "JW3A")
        from simulator.ui.screenshot_more import KIND_SCREENS, pick_kind
        if scherm in KIND_SCREENS and not scenario_id:
            geladen = pick_kind(library, KIND_SCREENS[scherm])
        else:
            geladen = _pick(library, scenario_id) if (library.scenarios or scenario_id) else None
        if geladen is not None:
            now = datetime.now(timezone.utc)
            store.record_attempt(profile.id, geladen, _varied_session(geladen), "oefenen", now, now)
        app = make_app(store=store, size=(breedte, hoogte), settings=settings, library=library, sound=False)
        pilot = Pilot(app)
        pilot.settle()
        ctx = app.ctx
        if scherm != "start":
            ctx.choose_profile(profile)
            ctx.apply(settings, save=False)
            if geladen is None and scherm not in ("home", "lijst", "instellingen", "voortgang", "docent"):
                raise ScreenshotError("er staan geen scenario's in de map 'scenarios'")
            _build(scherm, app, ctx, geladen, Session, play)
        pilot.settle()
        yield pilot


def _build(scherm, app, ctx, geladen, Session, play) -> None:
    from simulator.ui.scenes.dialogue import DialogueScene
    from simulator.ui.scenes.home import HomeScene
    from simulator.ui.scenes.intro import IntroScene
    from simulator.ui.scenes.pause import PauseScene
    from simulator.ui.scenes.results import ResultsScene
    from simulator.ui.scenes.scenario_list import ListScene
    from simulator.ui.scenes.settings import SettingsScene
    stack = app.stack
    if scherm in ("voortgang", "docent"):
        from simulator.ui.screenshot_more import build_more
        return build_more(scherm, app, ctx)
    from simulator.ui.screenshot_more import KIND_SCREENS, build_kind
    if scherm in KIND_SCREENS:
        return build_kind(scherm, app, ctx, geladen)
    if scherm == "geschiedenis":
        from simulator.ui.screenshot_more import build_history
        return build_history(app, ctx, geladen)
    stack.push(HomeScene(ctx))
    if scherm == "home":
        return
    if scherm == "instellingen":
        stack.push(SettingsScene(ctx))
        return
    stack.push(ListScene(ctx))
    if scherm == "lijst":
        return
    if scherm == "intro":
        stack.push(IntroScene(ctx, geladen))
        return
    if scherm == "resultaten":
        stack.push(ResultsScene(ctx, geladen, _varied_session(geladen), "oefenen"))
        return
    session = Session(geladen)
    _to_dialogue(session)
    scene = stack.push(DialogueScene(ctx, geladen, session, "oefenen"))
    if scherm == "dialoog":
        # a few good moves first (without their feedback panels), so the mood tag can show a change
        kind = session.step.soort
        scene.modus = "toets"
        for _ in range(4):
            scene.submit(_best_move(session))
            _to_dialogue(session)
            if scene.mood_note or session.step.soort != kind:
                break
        scene._new_step()
        scene.modus = "oefenen"
    if scherm == "feedback":
        scene.submit(_best_move(session))
    elif scherm == "pauze":
        stack.push(PauseScene(ctx), scene._paused)


def _best_move(session):
    """The move the analysis's best route takes at the current step (else the first open option)."""
    route = session.analysis.beste_route
    sid = session.state.stap
    stap = session.scenario.stappen[sid]
    label = next((label for step_id, label in (route.keuzes if route else ()) if step_id == sid), None)
    if label is None:
        label = str(session.soort.opties(stap, session.state.variabelen)[0].label)
    return session.soort.route_actie(stap, label)


def play_path(geladen, plan, uit, breedte: int = 1280, hoogte: int = 720, modus: str = "oefenen") -> Path:
    """Play a plan (choice numbers and answers, or beste/slechtste/willekeurig) by key presses through the
    real dialogue scene, and save the final frame (the results when the scenario ended)."""
    from simulator.engine import Session
    from simulator.engine.autoplay import parse_plan, play
    from simulator.progress import Store
    from simulator.ui.game import make_app
    from simulator.ui.pilot import Pilot
    from simulator.ui.scenes.dialogue import DialogueScene
    from simulator.ui.settings import Instellingen

    tokens = parse_plan(plan) if isinstance(plan, str) else list(plan)
    if isinstance(tokens, str):
        # a named plan: let the engine find the moves, then press them in the UI
        probe = Session(geladen)
        tokens = [z.gedaan for z in play(probe, tokens) if z.gedaan != "verder"]
    with tempfile.TemporaryDirectory(prefix="juwelier-speel-") as folder:
        store = Store(folder)
        app = make_app(store=store, size=(breedte, hoogte), settings=Instellingen(tempo="direct"), sound=False)
        pilot = Pilot(app)
        ctx = app.ctx
        ctx.choose_profile(store.create_profile("Headless"))
        session = Session(geladen)
        app.stack.push(DialogueScene(ctx, geladen, session, modus))
        pilot.settle()
        press_path(pilot, tokens)
        if session.afgelopen and pilot.scene.name == "dialoog":
            pilot.press("return")
        pilot.settle()
        out = Path(uit)
        out.parent.mkdir(parents=True, exist_ok=True)
        pilot.screenshot(out)
        return out


def press_path(pilot, tokens: list[str]) -> None:
    """Key presses for a path, as the step's kind takes them (a number key per choice, typed digits and Enter per
    answer, Enter to read on); feedback panels are closed with Enter."""
    from simulator.ui import steps
    tokens = list(tokens)
    for _ in range(2000):
        scene = pilot.scene
        if scene.name == "feedback":
            pilot.press("return")
            continue
        if scene.name != "dialoog":
            return
        step = scene.session.step
        if step.afgelopen:
            return
        kind = steps.for_step(step)
        if scene.session.soort.vanzelf(scene.session.scenario.stappen[step.id]):
            pilot.press("return")
        elif not tokens:
            return
        else:
            kind.press(pilot, step, tokens.pop(0))
        pilot.settle()
