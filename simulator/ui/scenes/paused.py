"""Scenarios a student paused: each kept on its own (starting another never replaces one), shown in the shop with
'Ga verder' and 'Weggooien', and resumed with the time the attempt first began (so its duration is the real one).
"""

from __future__ import annotations

from simulator.ui import messages as M
from simulator.ui.widgets import Button, Text


def resume_scene(ctx, geladen, scenario_id: str):
    """The dialogue scene that goes on with this paused scenario, or None (and a Dutch line for the student) when
    the save no longer fits the scenario file; such a save is then thrown away."""
    from simulator.engine import Session, SessionError
    from simulator.ui.scenes.dialogue import DialogueScene
    found = ctx.resume_info(scenario_id)
    if found is None or geladen is None:
        return None
    try:
        session = Session(geladen, found.state)
    except (SessionError, ValueError):
        ctx.messages.append(ctx.t("home.hervat_mislukt"))
        ctx.clear_autosave(scenario_id)
        return None
    return DialogueScene(ctx, geladen, session, found.modus, started=found.begin)


def add_paused(scene, col, width: int) -> None:
    """A card per paused scenario (newest first): its title, when it was paused and how far, and two buttons.
    The first 'Ga verder' has the key 'verder' (the shop's first focus when something is paused)."""
    ctx, t, theme = scene.ctx, scene.ctx.t, scene.ctx.theme
    library = ctx.library
    points = [p for p in ctx.paused() if p.scenario in library.scenarios]
    if not points:
        return
    col.add(_heading(ctx, t("gepauzeerd.kop"), width), gap=8)
    from simulator.ui.scenes.progress import when
    for n, point in enumerate(points):
        titel = ctx.tekst(library.scenarios[point.scenario].scenario.titel)
        moment = point.bewaard or point.begin
        facts = [t(f"voortgang.modus_{point.modus}"), ctx.count("gepauzeerd.zetten", _moves(point.state))]
        if moment is not None:
            facts.insert(0, t("gepauzeerd.wanneer", wanneer=when(ctx, moment)))
        # the title once, on the button that goes on; under it when and how far, and the way to throw it away
        col.add(Button(ctx, t("gepauzeerd.verder", titel=titel), M.ResumePaused(point.scenario), width, style="primary",
                       icon="pijl-rechts", key="verder" if n == 0 else f"verder-{point.scenario}", align="left"),
                gap=6)
        col.add(Text(ctx, " · ".join(facts), width, "small", theme.soft, key=f"gepauzeerd-{point.scenario}"), gap=6)
        sure = getattr(scene, "discarding", None) == point.scenario
        col.row([Button(ctx, t("gepauzeerd.zeker") if sure else t("gepauzeerd.weg"), M.DiscardPaused(point.scenario),
                        key=f"weg-{point.scenario}", max_width=width)], gap=12)


def _heading(ctx, text: str, width: int):
    return Text(ctx, text, width, "heading", ctx.theme.accent)


def _moves(state) -> int:
    """How many answers the student gave so far (reading on does not count)."""
    return sum(1 for r in state.log if r.keuze not in ("verder", "tempo"))


def handle(scene, action: M.Message) -> bool:
    """Resume or discard a paused scenario (discarding asks once more: the button says 'Zeker weten?')."""
    ctx = scene.ctx
    match action:
        case M.ResumePaused(scenario_id):
            found = resume_scene(ctx, ctx.library.scenarios.get(scenario_id), scenario_id)
            if found is None:
                scene.relayout()
            else:
                scene.stack.push(found)
            return True
        case M.DiscardPaused(scenario_id):
            if getattr(scene, "discarding", None) == scenario_id:
                ctx.clear_autosave(scenario_id)
                scene.discarding = None
            else:
                scene.discarding = scenario_id
            scene.relayout()
            return True
    return False
