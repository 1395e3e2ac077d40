"""Feedback after a choice (practice mode): what it meant, and which gedrag criteria it touched, in words.

Each criterion line has a plus or minus icon and the points in words ("+2 punten"), so the panel never
relies on green and red.
"""

from __future__ import annotations

from simulator.ui import intents as I
from simulator.ui.messages import Proceed, StepBack
from simulator.ui.scenes.dialogue_tools import BACK_KEYS, SETTLE_S
from simulator.ui.scenes.base import Column
from simulator.ui.scenes.common import icon_line, points_line
from simulator.ui.scenes.overlay import OverlayScene
from simulator.ui.widgets import Button, Picture, Text


class FeedbackScene(OverlayScene):
    name = "feedback"
    answered = ""
    """The number the student answered, as it was scored, the Dutch way ('−34.400 euro'); set by number_answer."""

    def __init__(self, ctx, geladen, uitkomst, terug: bool = False):
        """`terug`: practice mode, so the panel offers to take this move back (Z), where a mistake is read."""
        super().__init__(ctx)
        self.geladen = geladen
        self.uitkomst = uitkomst
        self.terug = terug

    def build(self, col: Column):
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        u = self.uitkomst
        col.add(Text(ctx, t("feedback.titel"), col.width, "heading", theme.accent), gap=10)
        if self.answered:
            col.add(Text(ctx, t("feedback.jouw_antwoord", antwoord=self.answered), col.width, "bold", stop=True,
                         key="jouw-antwoord"))
        words = ctx.tekst(u.feedback)
        if words:
            col.add(Text(ctx, words, col.width, "body", stop=True, key="tekst"))
        tempo = getattr(u, "tempo", None)
        if tempo is not None and tempo.feedback:
            col.add(Text(ctx, ctx.tekst(tempo.feedback), col.width, "body", stop=True, key="tempo"))
        punten = dict(u.punten)
        for cid in u.kritiek:
            punten.setdefault(cid, 0)
        if punten:
            col.add(Text(ctx, t("feedback.criteria"), col.width, "bold"), gap=8)
            for cid, p in punten.items():
                critical = cid in u.kritiek
                icon = "kritiek" if critical else ("plus" if p > 0 else "min")
                line = f"{points_line(ctx, p, cid, critical)} ({cid})"
                colour = theme.good if (p > 0 and not critical) else theme.bad
                col.add(Picture(icon_line(ctx, icon, line, col.width, icon_colour=colour), line, stop=True), gap=10)
        if u.stemming and u.stemming[1] != u.stemming[2]:
            person = self.geladen.scenario.personages.get(u.stemming[0])
            naam = ctx.tekst(person.naam) if person else u.stemming[0]
            line = t("feedback.stemming", naam=naam, voor=t(f"stemming.{u.stemming[1]}"), na=t(f"stemming.{u.stemming[2]}"))
            col.add(Picture(icon_line(ctx, f"stem-{u.stemming[2]}", line, col.width), line))
        col.space(6)
        verder = Button(ctx, t("feedback.verder"), Proceed(), style="primary", icon="pijl-rechts", key="verder",
                        max_width=col.width)
        if self.terug:
            col.row([verder, Button(ctx, t("pauze.stap_terug"), StepBack(), icon="terug", key="stap-terug",
                                    max_width=col.width)], gap=12)
        else:
            col.add(verder)
        return "verder"

    def on_back(self) -> None:
        self.stack.pop(Proceed())

    opened = 0.0
    """Seconds since the panel opened (from dt): a double click on a choice does not skip its feedback."""

    def update(self, dt, intents) -> None:
        """A click anywhere but on a button, or the wheel turned down once the panel is read to the end, goes on
        (as 'Verder')."""
        self.opened += dt
        rest = []
        for intent in intents:
            if intent.kind == I.LETTER and intent.key.lower() in BACK_KEYS and self.terug and self.on_stack:
                self.stack.pop(StepBack())
                return
            if intent.kind == I.PRESS:
                self.press_was_empty = self._empty(intent.pos)
            elif intent.kind == I.CLICK and self.press_was_empty and self._empty(intent.pos):
                if self.opened >= SETTLE_S:
                    self.on_back()
                    return
            elif intent.kind == I.SCROLL and intent.n > 0 and intent.key != "page" and self._at_end():
                if self.opened >= SETTLE_S:
                    self.on_back()
                return
            rest.append(intent)
        super().update(dt, rest)

    press_was_empty = False

    def _empty(self, pos) -> bool:
        widget = self.form.widget_at(pos)
        if widget is not None and widget.action is not None:
            return False
        return not any(bar is not None and bar[0].inflate(8, 0).collidepoint(pos)
                       for bar in (r.scrollbar() for r in self.form.regions))

    def _at_end(self) -> bool:
        return all(r.scroll >= r.max_scroll for r in self.form.regions)
