"""The screenshot set-up for Mijn voortgang (a student with a realistic history), the teacher overview
(a class of 25 in two groups), and the screens of a step kind (the workbench, the loupe, a form): the best route
is played up to the first step of that kind. Kept apart from screenshot.py so each stays small."""

from __future__ import annotations

KIND_SCREENS = {"werkbank": "werkbank", "loep": "inspectie", "formulier": "formulier"}
"""Screen name -> the kind of step it shows."""


def pick_kind(library, soort: str):
    """The first scenario (by id) with a step of this kind."""
    from simulator.content.steps import soort_van
    from simulator.ui.screenshot import ScreenshotError
    for scenario_id in sorted(library.scenarios):
        geladen = library.scenarios[scenario_id]
        if any(soort_van(stap).naam == soort for stap in geladen.scenario.stappen.values()):
            return geladen
    raise ScreenshotError(f"geen scenario met een stap van de soort '{soort}'")


def build_kind(scherm: str, app, ctx, geladen) -> None:
    """The dialogue scene at the first step of the screen's kind (it opens its own scene, if the kind has one)."""
    build_step(app, ctx, geladen, KIND_SCREENS[scherm])


def build_step(app, ctx, geladen, soort: str) -> None:
    """The dialogue scene at the first step of this kind on the scenario's best route."""
    from simulator.engine import Session
    from simulator.ui.scenes.dialogue import DialogueScene
    from simulator.ui.scenes.home import HomeScene
    from simulator.ui.screenshot import ScreenshotError
    session = Session(geladen)
    route = session.analysis.beste_route.keuzes if session.analysis.beste_route else ()
    for _, label in route:
        if session.afgelopen or session.step.soort == soort:
            break
        move = session.soort.route_actie(session.scenario.stappen[session.state.stap], label)
        if move is None:
            break
        session.do(move)
    if session.afgelopen or session.step.soort != soort:
        raise ScreenshotError(f"de beste route van '{geladen.scenario.id}' komt niet bij een stap van de soort '{soort}'")
    app.stack.push(HomeScene(ctx))
    app.stack.push(DialogueScene(ctx, geladen, session, "oefenen"))


def build_more(scherm: str, app, ctx) -> None:
    from simulator.ui import demo
    from simulator.ui.scenes.home import HomeScene
    store, library = ctx.store, ctx.library
    if scherm == "voortgang":
        demo.history(store, ctx.profile, library, attempts=12, seed=3)
        from simulator.ui.scenes.progress import ProgressScene
        app.stack.push(HomeScene(ctx))
        app.stack.push(ProgressScene(ctx))
        return
    # with the screenshot's own Sanne and Daan, a class of 25
    demo.demo_class(store, library, size=23, names=demo.NAMES[2:])
    ctx.profile = None
    from simulator.ui.scenes.teacher import TeacherScene
    app.stack.reset(app.stack.scenes[0])
    app.stack.push(TeacherScene(ctx))


def build_history(app, ctx, geladen, moves: int = 6) -> None:
    """The conversation so far after a few moves of the best route in practice mode, one of them first made the
    other way and taken back (so the history shows how a taken-back move looks)."""
    from simulator.engine import Session
    from simulator.engine.autoplay import read_on
    from simulator.ui.scenes.dialogue import DialogueScene
    from simulator.ui.scenes.history import HistoryScene
    from simulator.ui.scenes.home import HomeScene
    from simulator.ui.screenshot import _best_move
    session = Session(geladen)
    read_on(session)
    taken_back = False
    for _ in range(moves):
        if session.afgelopen or _ends_next(session):
            break
        other = _other_move(session)
        if other is not None and not taken_back:
            session.do(other)
            session.terug()
            taken_back = True
        session.do(_best_move(session))
        read_on(session)
    app.stack.push(HomeScene(ctx))
    app.stack.push(DialogueScene(ctx, geladen, session, "oefenen"))
    app.stack.push(HistoryScene(ctx, geladen, session, "oefenen"))


def _ends_next(session) -> bool:
    """The best move here leads to an ending (the history is shown before the end, where a step back still works)."""
    from simulator.ui.screenshot import _best_move
    from simulator.engine import Session
    probe = Session(session.geladen, session.state)
    probe.do(_best_move(probe))
    return probe.afgelopen


def _other_move(session):
    """An open option other than the best route's at this step (None when there is only one)."""
    from simulator.ui.screenshot import _best_move
    stap = session.scenario.stappen[session.state.stap]
    best = _best_move(session)
    for optie in session.soort.opties(stap, session.state.variabelen):
        move = session.soort.route_actie(stap, str(optie.label))
        if move is not None and move != best:
            return move
    return None
