"""Scenarios a student paused: each kept on its own (starting another never replaces one), shown in the shop with
'Ga verder' and 'Weggooien', and resumed with the time the attempt first began (so its duration is the real one).
"""

from __future__ import annotations

from simulator.ui import messages as M
from simulator.ui.scenes.common import stack_surfaces
from simulator.ui.widgets import Button, Picture


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
    ctx, t, theme, fonts = scene.ctx, scene.ctx.t, scene.ctx.theme, scene.ctx.fonts
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
        inner = width - 2 * ctx.px(16)
        card = stack_surfaces([fonts.block(titel, "bold", theme.text, inner),
                               fonts.block(" · ".join(facts), "small", theme.soft, inner)], inner, ctx.px(4))
        col.add(Picture(card, f"{titel} {' · '.join(facts)}", panel=True, key=f"gepauzeerd-{point.scenario}",
                        pad=ctx.px(16)), gap=8)
        sure = getattr(scene, "discarding", None) == point.scenario
        col.row([Button(ctx, t("gepauzeerd.verder", titel=titel) if n == 0 else t("gepauzeerd.verder_kort"),
                        M.ResumePaused(point.scenario), style="primary", icon="pijl-rechts",
                        key="verder" if n == 0 else f"verder-{point.scenario}", max_width=width),
                 Button(ctx, t("gepauzeerd.zeker") if sure else t("gepauzeerd.weg"), M.DiscardPaused(point.scenario),
                        key=f"weg-{point.scenario}", max_width=width)], gap=12)


def _heading(ctx, text: str, width: int):
    from simulator.ui.widgets import Text
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
