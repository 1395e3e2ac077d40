"""Mijn voortgang: what to practise now, scores over time, a bar per werkproces, a heat strip per criterion,
and the attempts (each opens its transcript). Pictures first; every picture also says it in words.
"""

from __future__ import annotations

import json

from simulator.ui import charts, messages as M
from simulator.ui.scenes.base import Column, FormScene, notice
from simulator.ui.scenes.common import criterium_text, icon_line, stack_surfaces, werkproces_title
from simulator.ui.widgets import Button, Picture, Text

STRIP = 6
"""How many of the latest ratings a heat strip shows."""
LIST = 15
"""How many of the latest attempts are listed."""


def when(ctx, moment) -> str:
    local = moment.astimezone()
    return ctx.t("voortgang.datum", dag=local.day, maand=ctx.t(f"maand.{local.month}"), tijd=local.strftime("%H:%M"))


def titel_of(ctx, attempt) -> str:
    return ctx.tekst(attempt.titel) if attempt.titel else attempt.scenario


class ProgressScene(FormScene):
    name = "voortgang"
    title_key = "voortgang.titel"

    def __init__(self, ctx, profile=None, docent: bool = False):
        super().__init__(ctx)
        self.profile = profile or ctx.profile
        self.plek = "kantoor"
        self.docent = docent
        """Opened from teacher mode: the student's data can be exported and deleted here (AVG)."""
        self.note = ""
        self.confirm_delete = False

    def title(self) -> str:
        if self.profile is not None and self.profile is not self.ctx.profile:
            return self.ctx.t("voortgang.titel_van", naam=self.profile.naam)
        return self.ctx.t(self.title_key)

    def _attempts(self):
        if self.profile is None or self.ctx.store is None:
            return []
        try:
            return self.ctx.store.attempts(self.profile.id)
        except Exception as exc:  # noqa: BLE001 - a busy or broken save: say so, show what we can
            self.ctx.messages.append(self.ctx.t("opslag.mislukt", fout=str(exc) or type(exc).__name__))
            return []

    def build(self, col: Column) -> None:
        if self.docent:
            self._privacy(col)
        self._overview(col)

    def _privacy(self, col: Column) -> None:
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        col.add(Text(ctx, t("avg.kop"), col.width, "heading", theme.accent), gap=8)
        if self.note:
            col.add(Picture(notice(ctx, self.note, col.width, icon="check"), self.note))
        delete_label = t("avg.verwijder_zeker" if self.confirm_delete else "avg.verwijder", naam=self.profile.naam)
        col.row([Button(ctx, t("avg.exporteer"), M.ExportStudentData(), key="avg-export"),
                 Button(ctx, delete_label, M.DeleteStudentData(), key="avg-verwijder",
                        style="primary" if self.confirm_delete else "normal")])

    def _overview(self, col: Column) -> None:
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        attempts = self._attempts()
        self.attempts = {a.id: a for a in attempts}
        finished = [a for a in attempts if a.klaar]
        width = col.width - 40
        if not finished:
            col.add(Text(ctx, t("voortgang.leeg"), col.width, "body", stop=True, key="leeg"))
            return
        from simulator.progress import mastery as _mastery
        library = ctx.library
        m = _mastery.mastery(attempts)
        self._suggestion(col, _mastery.suggestion(attempts, library.scenarios.values()), width)
        # the line of results over time
        col.add(Text(ctx, t("voortgang.tijdlijn"), col.width, "heading", theme.accent), gap=8)
        recent = finished[-20:]
        points = [(a.score, a.geslaagd, when(ctx, a.eind).split(",")[0] if i in (0, len(recent) - 1) else "")
                  for i, a in enumerate(recent)]
        line = charts.score_line(ctx, points, width, 200 + 2 * ctx.fonts.line_height("small"))
        summary = t("voortgang.tijdlijn_uitleg", n=len(recent), laatst=round(recent[-1].score * 100),
                    beste=round(max(a.score for a in recent) * 100))
        parts = [line, charts.legend(ctx, width), ctx.fonts.block(summary, "small", theme.text, width)]
        col.add(Picture(stack_surfaces(parts, width, 10), summary, panel=True, stop=True, key="tijdlijn", pad=20))
        # per werkproces a bar, per criterion a heat strip
        col.add(Text(ctx, t("voortgang.per_werkproces"), col.width, "heading", theme.accent), gap=8)
        col.add(Text(ctx, t("voortgang.strook_uitleg", n=STRIP), col.width, "small", theme.soft), gap=10)
        history: dict[str, list[str]] = {}
        for a in finished:
            for c in a.criteria:
                history.setdefault(c.id, []).append(c.oordeel)
        for code, wp in m["werkprocessen"].items():
            if wp.niveau == "nieuw":
                continue
            parts = [ctx.fonts.block(f"{code}  {werkproces_title(ctx, code)}", "bold", theme.text, width),
                     charts.mastery_bar(ctx, wp.waarde, wp.niveau, width)]
            for cid in wp.criteria:
                parts.append(ctx.fonts.block(f"{cid.rsplit('-', 1)[-1]}  {criterium_text(ctx, cid)}", "small",
                                             theme.text, width))
                parts.append(charts.heat_strip(ctx, history.get(cid, [])[-STRIP:], width))
            label = f"{code} {werkproces_title(ctx, code)}: {round(wp.waarde * 100)} %"
            col.add(Picture(stack_surfaces(parts, width, 8), label, panel=True, stop=True, key=f"wp-{code}", pad=20))
        # the attempts, newest first: each opens its transcript
        col.add(Text(ctx, t("voortgang.pogingen"), col.width, "heading", theme.accent), gap=8)
        for a in list(reversed(attempts))[:LIST]:
            col.add(self._attempt_button(a, col.width))

    def _suggestion(self, col: Column, suggestie, width: int) -> None:
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        if suggestie is None:
            return
        parts = [icon_line(ctx, "pijl-rechts", t("voortgang.wat_nu"), width, "bold", theme.accent),
                 ctx.fonts.block(ctx.tekst(suggestie.reden), "body", theme.text, width)]
        col.add(Picture(stack_surfaces(parts, width, 8), ctx.tekst(suggestie.reden), panel=True, stop=True, key="suggestie",
                        pad=20))
        geladen = ctx.library.scenarios.get(suggestie.scenario) if suggestie.scenario else None
        if geladen is not None and self.profile is self.ctx.profile:
            col.add(Button(ctx, t("voortgang.speel", titel=ctx.tekst(geladen.scenario.titel)),
                           M.OpenScenario(geladen.scenario.id), style="primary", icon="pijl-rechts", key="speel",
                           max_width=col.width))

    def _attempt_button(self, a, width: int) -> Button:
        t = self.ctx.t
        if not a.klaar:
            state = t("voortgang.gestopt")
        else:
            state = t("voortgang.geslaagd" if a.geslaagd else "voortgang.niet_geslaagd", pct=round(a.score * 100))
        mode = t(f"voortgang.modus_{a.modus}")
        label = f"{when(self.ctx, a.eind)} · {titel_of(self.ctx, a)} · {state} · {mode}"
        return Button(self.ctx, label, M.OpenAttempt(a.id), width, icon="check" if a.geslaagd else "onvoldoende",
                      key=f"poging-{a.id}", align="left")

    def export_data(self) -> str:
        """The student's saved data as JSON beside the teacher's CSV exports (AVG: right of access)."""
        from simulator.ui.scenes.teacher import default_export_path

        from simulator.progress.filenames import safe_file_name

        safe = safe_file_name(self.profile.naam, self.profile.id)
        path = default_export_path().with_name(f"juwelier-gegevens-{safe}.json")
        try:
            data = self.ctx.store.export_profile(self.profile.id)
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        except Exception as exc:  # noqa: BLE001 - a read-only folder: say it, lose nothing
            return self.ctx.t("docent.export_fout", fout=str(exc) or type(exc).__name__)
        return self.ctx.t("avg.exporteer_ok", pad=str(path))

    def on_action(self, action: M.Message) -> None:
        match action:
            case M.ExportStudentData():
                self.note = self.export_data()
                self.relayout()
            case M.DeleteStudentData() if not self.confirm_delete:
                self.confirm_delete = True  # a second, deliberate click deletes
                self.relayout()
            case M.DeleteStudentData():
                self._delete()
            case M.OpenAttempt(attempt_id):
                from simulator.ui.scenes.transcript import TranscriptScene
                self.stack.push(TranscriptScene(self.ctx, self.attempts[attempt_id]))
            case M.OpenScenario(scenario_id):
                from simulator.ui.scenes.intro import IntroScene
                geladen = self.ctx.library.scenarios.get(scenario_id)
                if geladen is not None:
                    self.stack.push(IntroScene(self.ctx, geladen))

    def _delete(self) -> None:
        from simulator.progress.store import DeletionIncomplete
        try:
            self.ctx.store.delete_profile(self.profile.id)
        except DeletionIncomplete as exc:  # gone from the game; what is left of the folder goes later
            self.ctx.messages.append(str(exc))
            self.stack.pop()
            return
        except Exception as exc:  # noqa: BLE001 - a busy share: say it, keep the data
            self.note = self.ctx.t("avg.verwijder_fout", fout=str(exc) or type(exc).__name__)
            self.confirm_delete = False
            self.relayout()
            return
        self.ctx.messages.append(self.ctx.t("avg.verwijderd", naam=self.profile.naam))
        self.stack.pop()

    def resume(self) -> None:
        self.relayout()
