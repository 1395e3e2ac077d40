"""How the dialogue scene looks: the stage (shop, person, counter, mood tag) and the panel of text and answers."""

from __future__ import annotations

import pygame

from simulator.ui import draw, steps
from simulator.ui.messages import Pause
from simulator.ui.scenes import dialogue_tools
from simulator.ui.scenes.base import Column, notice
from simulator.ui.scenes.common import icon_line, stack_surfaces, wide
from simulator.ui.widgets.base import SCROLLBAR_W
from simulator.ui.widgets import Button, Form, Picture, Text
from simulator.ui.widgets.typed import TypedText

ITEM_WORDS = (("horloge", "horloge"), ("batterij", "batterij"), ("ring", "ring"), ("ketting", "ketting"),
              ("armband", "armband"), ("oorbel", "oorbellen"), ("sieraad", "sieradendoos"), ("goud", "sieradendoos"))


def first_person(scenario):
    return next(iter(scenario.personages), None)


def big_text(ctx) -> bool:
    """Text too large for the name and mood tag on the stage: they move into the panel."""
    return not wide(ctx)


def stage_width(ctx) -> int:
    return ctx.px(360 if big_text(ctx) else 440)


def mood_words(scene, person) -> str:
    """'Meneer Demir: rustig (was bezorgd)' for the person on stage."""
    t = scene.ctx.t
    mood = scene.mood(scene.person)
    words = f"{scene.ctx.tekst(person.naam)}: {t(f'stemming.{mood}')}"
    note = scene.mood_note
    if note and note[0] == scene.person and note[1] != mood:
        words += f" ({t('stemming.was', voor=t(f'stemming.{note[1]}'))})"
    return words


def counter_item(scenario) -> str | None:
    """What lies on the counter, guessed from the scenario's title and summary."""
    from simulator.content import tekst
    words = f"{tekst(scenario.titel)} {tekst(scenario.samenvatting)}".lower()
    return next((kind for word, kind in ITEM_WORDS if word in words), None)


def build(scene) -> Form:
    ctx = scene.ctx
    t, fonts, theme = ctx.t, ctx.fonts, ctx.theme
    form = Form(ctx)
    form.keyboard = scene.form.keyboard
    step = scene.session.step
    px, (sw, sh) = ctx.px, ctx.screen.size
    pw = stage_width(ctx)
    pause = Button(ctx, t("dialoog.pauze"), Pause(), icon="pauze", key="pauze")
    pause.rect.topright = (sw - px(24), px(16))
    title_w = max(px(120), pause.rect.left - pw - px(40) - 2 * px(16))
    words = ctx.tekst(scene.geladen.scenario.titel)
    # the title is context, the line is what counts: a long title at large text goes smaller, not taller
    role = "bold" if len(fonts.wrap(words, "bold", title_w)) <= 2 else "small"
    title = Picture(fonts.block(words, role, theme.text, title_w), words, panel=True, key="titel", pad=px(14))
    title.rect.topleft = (pw, px(16))
    top = max(pause.rect.bottom, title.rect.bottom) + px(12)
    panel = pygame.Rect(pw, top, sw - pw - px(24), sh - top - px(16))
    scene.panel_rect = panel
    region = form.region(panel)
    col = Column(form, region, panel.left + px(24), panel.top + px(20), panel.w - px(48) - px(SCROLLBAR_W), gap=14)
    person = scene.geladen.scenario.personages.get(scene.person) if scene.person else None
    theirs = step.spreker is not None and step.spreker.sleutel == scene.person
    if big_text(ctx) and person is not None:
        # large text: the name and mood move from the stage into the panel, so they never hide the face; as the
        # line's speaker when it is theirs, else small above it (narration under 'Meneer Demir: bezorgd' read as his)
        words = mood_words(scene, person)
        col.add(Picture(icon_line(ctx, f"stem-{scene.mood(scene.person)}", words, col.width,
                                  "bold" if theirs else "small", theme.accent if theirs else theme.soft,
                                  icon_colour=theme.text), words), gap=4)
    if step.spreker is not None and not (big_text(ctx) and person is not None and theirs):
        col.add(Text(ctx, ctx.tekst(step.spreker.naam), col.width, "bold", theme.accent), gap=4)
    line = ctx.tekst(step.tekst)
    scene.typed = None
    typed = None
    if line:
        typed = col.add(TypedText(ctx, line, col.width, "body", theme.text if step.spreker else theme.soft))
        if scene.typing:
            typed.reveal = 0.0
            scene.typed = typed
    focus = None
    if not scene.typing:
        focus = _answers(scene, col, step)
    form.add(pause)
    form.add(title)
    if person is not None and not big_text(ctx):
        form.add(_mood_tag(scene, person, pw))
    if not scene.typing:
        dialogue_tools.tools(scene, form, pygame.Rect(px(16), px(16), pw - px(32), sh - px(32)), top=big_text(ctx))
    form.finish(focus)
    if typed is not None and region.max_scroll > 0 and not scene.typing and not (scene.error or scene.answer_text):
        # the answers do not fit under the line (large text): start at the line, as a reading stop;
        # Tab, the arrows or the number keys go on to the answers (not mid-answer: typing goes on in the field)
        typed.focusable = True
        form.focus(typed)
        region.scroll = 0
    return form


def _answers(scene, col: Column, step):
    """The answer part, as the step's kind draws it (simulator/ui/steps/), under a notice when there is one."""
    if scene.error:
        col.add(Picture(notice(scene.ctx, scene.error, col.width), scene.error))
    return steps.for_step(step).answers(scene, col, step)


def draw_stage(scene, surface) -> None:
    """The shop, the person and the counter, scaled to the window; the counter stands at 3/4 of the height."""
    ctx = scene.ctx
    px, (sw, sh) = ctx.px, surface.get_size()
    scenario = scene.geladen.scenario
    surface.blit(ctx.art.backdrop(scenario.waar(), (sw, sh)), (0, 0))
    pw = scene.panel_rect.left
    counter_y = sh - px(200)
    person = scenario.personages.get(scene.person) if scene.person else None
    if person is not None:
        w = pw - px(80)
        h = min(int(w * 1.15), counter_y + px(40) - px(100))
        img = ctx.art.portrait(person.portret, scene.mood(scene.person), (w, h), scene.geladen.wereld.portretten)
        surface.blit(img, ((pw - w) // 2, counter_y + px(40) - h))
    surface.blit(ctx.art.counter((pw + px(40), sh - counter_y)), (0, counter_y))
    item = counter_item(scenario)
    if item:
        surface.blit(ctx.art.item(item, (px(120), px(90))), (px(36), counter_y - px(50)))


def _mood_tag(scene, person, pw) -> Picture:
    """Name and mood in words with a face icon: the mood never rests on the portrait's colours alone."""
    ctx = scene.ctx
    theme, fonts, t, px = ctx.theme, ctx.fonts, ctx.t, ctx.px
    width = pw - px(56)
    mood = scene.mood(scene.person)
    parts = [fonts.block(ctx.tekst(person.naam), "bold", theme.text, width),
             icon_line(ctx, f"stem-{mood}", t(f"stemming.{mood}"), width, "small")]
    note = scene.mood_note
    if note and note[0] == scene.person and note[1] != mood:
        # what the mood was before the last move: the line above says what it is now (the next line may have
        # set a mood of its own, so 'now' is always the mood shown, never the one the move left)
        change = t("stemming.was", voor=t(f"stemming.{note[1]}"))
        parts.append(icon_line(ctx, "pijl-rechts", change, width, "small"))
    tag = Picture(stack_surfaces(parts, width, px(4)), mood_words(scene, person), panel=True, key="stemming",
                  pad=px(12))
    tag.rect.topleft = (px(16), px(16))
    return tag
