"""Opdrachten van je docent, on the home screen: per lesson its title, until when, the mode, and each scenario
with done / not done (a check box icon and a word, not colour alone). A scenario opens its introduction in
the lesson's mode.
"""

from __future__ import annotations

from simulator.ui.messages import OpenLesson
from simulator.ui.scenes.common import icon_line, stack_surfaces
from simulator.ui.widgets import Button, Picture, Text


def lessons(ctx) -> list:
    """(Opdracht, {scenario id: counted attempt or None}) for the student's class; [] for a guest or on trouble."""
    if ctx.profile is None or ctx.store is None:
        return []
    try:
        found = ctx.store.assignments(ctx.profile, ctx.school.lesson_folders())
        return [(o, ctx.store.assignment_status(ctx.profile.id, o)) for o in found]
    except Exception as exc:  # noqa: BLE001 - a broken lesson file never stops the game
        ctx.messages.append(ctx.t("opslag.mislukt", fout=str(exc) or type(exc).__name__))
        return []


def add_lessons(ctx, col, width: int) -> None:
    """The lessons as cards with a button per scenario (action OpenLesson(scenario id, modus))."""
    found = lessons(ctx)
    if not found:
        return
    t, theme, fonts = ctx.t, ctx.theme, ctx.fonts
    col.add(Text(ctx, t("opdrachten.kop"), width, "heading", theme.accent), gap=8)
    library = ctx.library.scenarios
    for i, (opdracht, status) in enumerate(found):
        done = sum(1 for a in status.values() if a is not None)
        until = t("opdrachten.tot", datum=_date(ctx, opdracht.tot)) if opdracht.tot else t("opdrachten.zonder_datum")
        parts = [fonts.block(opdracht.titel, "bold", theme.text, width - 32),
                 fonts.block(f"{until} · {t('opdrachten.klaar', klaar=done, n=len(status))}", "small", theme.text,
                             width - 32),
                 icon_line(ctx, "slot" if opdracht.modus == "toets" else "pijl-rechts",
                           t(f"opdrachten.modus_{opdracht.modus}"), width - 32, "small")]
        col.add(Picture(stack_surfaces(parts, width - 32, 6), opdracht.titel, panel=True, stop=True,
                        key=f"opdracht-{i}", pad=16), gap=8)
        for sid, attempt in status.items():
            geladen = library.get(sid)
            name = ctx.tekst(geladen.scenario.titel) if geladen else t("opdrachten.onbekend", id=sid)
            state = t("opdrachten.gedaan", pct=round(attempt.score * 100)) if attempt else t("opdrachten.open")
            b = Button(ctx, f"{name} · {state}", OpenLesson(sid, opdracht.modus), width - ctx.px(24),
                       selected=attempt is not None, key=f"opdracht-{i}-{sid}", align="left")
            b.enabled = geladen is not None
            col.add(b, indent=24, gap=8)
        col.space(8)


def open_lesson(scene, action: OpenLesson) -> None:
    """Open the scenario's introduction with only the lesson's mode to choose."""
    from simulator.ui.scenes.intro import IntroScene
    geladen = scene.ctx.library.scenarios.get(action.scenario_id)
    if geladen is not None:
        scene.stack.push(IntroScene(scene.ctx, geladen, modus=action.modus))


def _date(ctx, day) -> str:
    return f"{day.day} {ctx.t(f'maand.{day.month}')} {day.year}"
