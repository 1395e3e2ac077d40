"""A form (a repair receipt, a register entry): every field under its label, then 'Lever het formulier in'.

Text and number fields are typed; a choice is one of a row of buttons (the chosen one marked), ticks are
buttons that toggle; a date is moved a day or a week at a time ('Een dag later', 'Een week later'; shown as a real date,
stored as days from today; untouched it is empty). What the student filled in stays on the scene while the panel is laid out again.
Everything works with the keyboard (Tab, Enter, typing) and with the mouse alone.
"""

from __future__ import annotations

from datetime import date, timedelta

from simulator.content.steps.formulier import FormulierView
from simulator.engine import FillIn
from simulator.engine.getal import lees_getal, schrijf_getal
from simulator.ui.messages import HandIn, Message, MoveDate, NextField, PickOption
from simulator.ui.widgets import Button, Text, TextField
from simulator.ui.widgets.base import Widget

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def _values(scene) -> dict:
    if getattr(scene, "formulier_stap", None) != scene.session.step.id:
        scene.formulier_stap = scene.session.step.id
        velden = scene.session.step.inhoud_als(FormulierView).velden
        scene.formulier = _fitting(scene.session.concept, velden)  # what was filled in before a pause, if anything
    return scene.formulier


def _fitting(concept: dict, velden) -> dict:
    """The saved fields that fit this form: a save is a file a student can edit, and a date of 'abc' or an
    option that does not exist must not stop the game; such a field starts empty."""
    return {veld.id: concept[veld.id] for veld in velden if veld.id in concept and _fits(veld, concept[veld.id])}


def _fits(veld, value) -> bool:
    options = {o.id for o in veld.opties}
    if veld.soort in ("tekst", "getal"):
        return isinstance(value, str) and len(value) <= 200
    if veld.soort == "keuze":
        return isinstance(value, str) and value in options
    if veld.soort == "vinkjes":
        return isinstance(value, list) and all(isinstance(o, str) and o in options for o in value)
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= 3660  # a date: days from today


def _keep_typed(scene) -> None:
    """Text typed into the fields, kept before the panel is laid out again."""
    values = _values(scene)
    for veld in scene.session.step.inhoud_als(FormulierView).velden:
        field = scene.form.find_key(f"veld-{veld.id}")
        if isinstance(field, TextField):
            values[veld.id] = field.value


def _day(offset: int, taal: str) -> str:
    day = date.today() + timedelta(days=offset)
    if taal == "en":
        return day.strftime("%A %d %B %Y")
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def answers(scene, col, view) -> str:
    ctx = scene.ctx
    t, theme = ctx.t, ctx.theme
    values = _values(scene)
    form = view.inhoud_als(FormulierView)
    if form.titel:
        col.add(Text(ctx, ctx.tekst(form.titel), col.width, "heading", theme.accent), gap=8)
    first = None
    for veld in form.velden:
        key = f"veld-{veld.id}"
        col.add(Text(ctx, ctx.tekst(veld.label), col.width, "bold"), gap=6)
        value = values.get(veld.id)
        if veld.soort in ("tekst", "getal"):
            field = TextField(ctx, min(ctx.px(520 if veld.soort == "tekst" else 320), col.width), NextField(),
                              value=str(value or ""), numeric=veld.soort == "getal", max_len=80, key=key,
                              label=ctx.tekst(veld.label))
            row: list[Widget] = [field]
            if veld.eenheid:
                unit = Text(ctx, veld.eenheid, ctx.fonts.width(veld.eenheid, "body") + 4, "body")
                unit.rect.h = field.rect.h
                row.append(unit)
            col.row(row, gap=14)
        elif veld.soort in ("keuze", "vinkjes"):
            chosen = set(value or []) if veld.soort == "vinkjes" else {value}
            col.row([Button(ctx, ctx.tekst(o.tekst), PickOption(veld.id, o.id), selected=o.id in chosen,
                            key=f"{key}-{o.id}", max_width=col.width, radio=veld.soort == "keuze")
                     for o in veld.opties], gap=10)
            key = f"{key}-{veld.opties[0].id}" if veld.opties else key
        else:  # a date: days from today
            if value is None:  # nothing chosen yet: an untouched date is an empty field, not today
                words = t("formulier.geen_datum")
            else:
                words = _day(int(value), ctx.settings.taal) + (f" ({t('formulier.vandaag')})" if int(value) == 0 else "")
            col.add(Text(ctx, words, col.width, "body", stop=True, key=key), gap=6)
            col.row([Button(ctx, t("formulier.week_eerder"), MoveDate(veld.id, -7), key=f"{key}-week-eerder"),
                     Button(ctx, t("formulier.dag_eerder"), MoveDate(veld.id, -1), key=f"{key}-eerder"),
                     Button(ctx, t("formulier.dag_later"), MoveDate(veld.id, 1), key=f"{key}-later"),
                     Button(ctx, t("formulier.week_later"), MoveDate(veld.id, 7), key=f"{key}-week-later")],
                    gap=14)  # 'over tien dagen' was ten clicks
            key = f"{key}-later"
        first = first or key
    col.space(8)
    col.add(Button(ctx, t("formulier.inleveren"), HandIn(), style="primary", icon="pijl-rechts", key="inleveren"))
    return first or "inleveren"


def handle(scene, action: Message) -> bool:
    if isinstance(action, NextField):  # Enter in a field goes on to the next one, like Tab; the button hands in
        scene.form.focus_next()
        return True
    if not isinstance(action, (PickOption, MoveDate, HandIn)):
        return False
    _keep_typed(scene)
    values = _values(scene)
    velden = {v.id: v for v in scene.session.step.inhoud_als(FormulierView).velden}
    match action:
        case PickOption(veld_id, optie):
            veld = velden[veld_id]
            if veld.soort == "vinkjes":
                ticked = list(values.get(veld.id) or [])
                values[veld.id] = [o for o in ticked if o != optie] if optie in ticked else ticked + [optie]
            else:
                values[veld.id] = optie
            _relayout_keeping(scene, f"veld-{veld.id}-{optie}")
        case MoveDate(veld_id, days):
            current = values.get(veld_id)
            values[veld_id] = max(0, days) if current is None else int(current) + days
            step = "" if abs(days) == 1 else "week-"
            _relayout_keeping(scene, f"veld-{veld_id}-{step}{'later' if days > 0 else 'eerder'}")
        case HandIn():
            _hand_in(scene, velden, values)
    return True


def _relayout_keeping(scene, key: str) -> None:
    """Lay the panel out again now (a choice is marked, a date moved) and keep the focus on what was pressed."""
    scroll = [r.scroll for r in scene.form.regions] if hasattr(scene.form, "regions") else []
    scene.relayout()
    scene.ensure_layout()
    for region, y in zip(getattr(scene.form, "regions", []), scroll):
        region.scroll = y
        region.clamp()
    target = scene.form.find_key(key)
    if target is not None:
        scene.form.focus(target)


def _hand_in(scene, velden, values) -> None:
    """Numbers are read the Dutch way; one that reads two ways is asked about, never guessed."""
    ctx = scene.ctx
    filled: dict = {}
    for vid, veld in velden.items():
        value = values.get(vid)
        if veld.soort == "getal" and value not in (None, ""):
            found = lees_getal(str(value))
            if found.fout is not None:
                scene.error = ctx.t("formulier.geen_getal", veld=ctx.tekst(veld.label))
                scene.relayout()
                return
            if not found.ok:
                one, two = (schrijf_getal(r.waarde) for r in found.lezingen[:2])
                scene.error = ctx.t("formulier.welk_getal", veld=ctx.tekst(veld.label), een=one, twee=two)
                scene.relayout()
                return
            value = found.lezingen[0].waarde
        elif veld.soort == "datum" and value is not None:
            value = int(value)
        filled[vid] = value
    scene.error = ""
    scene.submit(FillIn(filled))


def opens(scene, view):
    return None


def concept(scene) -> dict:
    """The fields as filled in so far, typed text included."""
    _keep_typed(scene)
    return dict(_values(scene))


def press(pilot, view, token: str) -> None:
    """A path's form move by keyboard: type each text field, then hand in (choices and dates stay as they are)."""
    pilot.press("return")
