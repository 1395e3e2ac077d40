"""The conversation so far (geschiedenis): who said what, what the student chose, and in practice the feedback.

Opened from the dialogue by the wheel turned up, a key (G or H) or its button, and from the quick menu. It reads
the log through the engine's one reading (`Session.verloop()`), so figures a calculation asks for, given two
screens earlier, can be found again. In a test (toets) it shows what was said and chosen, never feedback or points.
Moves taken back (practice) stay in the story, marked as taken back. It opens at the end, the newest line in
view; Esc, G/H, the back button or the wheel turned down past the end return to the game.
"""

from __future__ import annotations

from typing import Optional

from simulator.ui import intents as I
from simulator.ui import messages as M
from simulator.ui.scenes.base import Column, FormScene
from simulator.ui.scenes.common import criterium_text, icon_line, points_line, stack_surfaces
from simulator.ui.widgets import Picture, Text

KEYS = ("g", "h")
"""Letters that open and close the history (G for geschiedenis; H as in many games)."""


def entries(session) -> list:
    """The log as the history shows it: each line once, in order, with the moves taken back put back where they
    were made (the state keeps where; a save from before that is known puts them just before the next line at
    their step, or at the end)."""
    lines = list(session.verloop())
    state = session.state
    at = list(state.teruggenomen_bij) if len(state.teruggenomen_bij) == len(state.teruggenomen) else None
    placed: list[tuple[int, int, object]] = []
    for n, undone in enumerate(state.teruggenomen):
        told = session.describe(undone)
        if at is not None:
            where = min(at[n], len(lines))
        else:
            where = next((i for i, line in enumerate(lines) if line.stap == told.stap), len(lines))
        placed.append((where, n, told))
    out: list = []
    extra = sorted(placed, key=lambda p: (p[0], p[1]))
    k = 0
    for i, line in enumerate(lines + [None]):
        while k < len(extra) and extra[k][0] <= i:
            out.append(extra[k][2])
            k += 1
        if line is not None:
            out.append(line)
    return out


class HistoryScene(FormScene):
    name = "geschiedenis"
    back_key = "geschiedenis.terug"

    def __init__(self, ctx, geladen, session, modus: str):
        super().__init__(ctx)
        self.geladen = geladen
        self.session = session
        self.modus = modus
        self.plek = geladen.scenario.waar()
        self._opened = False

    def title(self) -> str:
        return self.ctx.t("geschiedenis.titel")

    def build(self, col: Column) -> None:
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        col.add(Text(ctx, t("geschiedenis.uitleg"), col.width, "small", theme.soft, key="uitleg"), gap=12)
        width = col.width - 2 * ctx.px(18)
        previous = None
        n = 0
        for line in entries(self.session):
            if line.gedaan is None and line.vraag is None:
                continue
            said = self._said(line, previous, width)
            previous = line
            parts = [said] if said is not None else []
            parts += self._move(line, width)
            if not parts:
                continue
            n += 1
            words = " ".join(p[1] for p in parts)
            col.add(Picture(stack_surfaces([p[0] for p in parts], width, ctx.px(6)), words, panel=True, stop=True,
                            key=f"regel-{n}", pad=ctx.px(18)), gap=10)
        now = self._now(width)
        if now is not None:
            n += 1
            col.add(Picture(now[0], now[1], panel=True, stop=True, key="nu", pad=ctx.px(18)), gap=10)
        if n == 0:
            col.add(Text(ctx, t("geschiedenis.leeg"), col.width, "body", key="leeg"))

    def _said(self, line, previous, width):
        """What was said or told at this step: once, not again for each tool used at the same workbench."""
        if line.vraag is None or (previous is not None and previous.stap == line.stap and previous.vraag == line.vraag):
            return None
        ctx, theme = self.ctx, self.ctx.theme
        text = ctx.tekst(line.vraag)
        if not text:
            return None
        if line.spreker is not None:
            name = ctx.tekst(line.spreker)
            said = stack_surfaces([ctx.fonts.block(name, "bold", theme.accent, width),
                                   ctx.fonts.block(text, "body", theme.text, width)], width, ctx.px(2))
            return said, f"{name}: {text}"
        return ctx.fonts.block(text, "body", theme.soft, width), text

    def _move(self, line, width) -> list:
        """What the student did, and in practice the feedback and the points; marked when taken back."""
        ctx, t, theme, fonts = self.ctx, self.ctx.t, self.ctx.theme, self.ctx.fonts
        out = []
        read_on = not line.punten and not line.kritiek and ctx.tekst(line.gedaan) == t("antwoord.verder")
        if line.terug:
            # taken back (practice): said first, in its own line, and its points are not shown (they do not count)
            words = t("geschiedenis.teruggenomen")
            out.append((icon_line(ctx, "terug", words, width, "bold", colour=theme.accent), words))
        if line.gedaan is not None and not read_on:
            did = t("transcript.jij", wat=ctx.tekst(line.gedaan))
            out.append((icon_line(ctx, "pijl-rechts", did, width, "body" if line.terug else "bold",
                                  colour=theme.soft if line.terug else None), did))
        if self.modus != "oefenen":
            return out  # a test shows its feedback only at the end
        feedback = ctx.tekst(line.feedback) if line.feedback else ""
        if feedback:
            words = t("transcript.feedback", tekst=feedback)
            out.append((fonts.block(words, "small", theme.soft if line.terug else theme.text, width), words))
        if line.terug:
            return out
        for cid, punten in line.punten.items():
            words = points_line(ctx, punten, cid)
            colour = theme.good if punten > 0 else theme.bad
            out.append((icon_line(ctx, "plus" if punten > 0 else "min", words, width, "small", icon_colour=colour),
                        words))
        for cid in line.kritiek:
            words = t("transcript.kritiek_bij", criterium=criterium_text(ctx, cid))
            out.append((icon_line(ctx, "kritiek", words, width, "small", icon_colour=theme.bad), words))
        return out

    def _now(self, width) -> Optional[tuple]:
        """The line on screen now, so the story ends where the game is."""
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        step = self.session.step
        text = ctx.tekst(step.tekst)
        if not text:
            return None
        head = t("geschiedenis.nu")
        if step.spreker is not None:
            name = ctx.tekst(step.spreker.naam)
            parts = [ctx.fonts.block(f"{head} {name}", "bold", theme.accent, width),
                     ctx.fonts.block(text, "body", theme.text, width)]
            words = f"{head} {name}: {text}"
        else:
            parts = [ctx.fonts.block(head, "bold", theme.accent, width), ctx.fonts.block(text, "body", theme.soft, width)]
            words = f"{head} {text}"
        return stack_surfaces(parts, width, ctx.px(2)), words

    # -- opening at the newest line --------------------------------------------------------------

    def layout(self) -> None:
        super().layout()
        if not self._opened:
            self._opened = True
            region = self.form.regions[0]
            region.scroll = region.max_scroll
            last = self.form.find_key("nu") or next((w for w in reversed(self.form.widgets) if w.focusable
                                                     and w.region is region), None)
            if last is not None:
                self.form.focused = last
                self.form.scroll_into_view(last)
                region.scroll = region.max_scroll if last.key == "nu" else region.scroll

    # -- input ------------------------------------------------------------------------------------

    def update(self, dt: float, intents: list) -> None:
        region = self.form.regions[0] if self.form.regions else None
        rest = []
        for intent in intents:
            if intent.kind == I.LETTER and intent.key.lower() in KEYS:
                self.on_back()
                return
            if intent.kind == I.SCROLL and intent.n > 0 and intent.key != "page" and region is not None \
                    and region.scroll >= region.max_scroll:
                self.on_back()  # the wheel turned down past the newest line: back to the game
                return
            if intent.kind == I.MENU:
                self.on_back()
                return
            rest.append(intent)
        super().update(dt, rest)

    def on_action(self, action: M.Message) -> None:
        pass
