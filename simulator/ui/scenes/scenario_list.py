"""The scenarios to choose from: filter by profiel, werkproces or room; each with its duration and best result.

Files that failed to load are counted in a small notice for teachers; the game goes on without them.
"""

from __future__ import annotations

from simulator.ui import messages as M
from simulator.ui.scenes.base import Column, FormScene, notice
from simulator.ui.scenes.common import room_of, stack_surfaces, werkproces_title
from simulator.ui.widgets import Button, Picture, Text

PROFIELEN = (None, "P1", "P2")


class ListScene(FormScene):
    name = "lijst"
    title_key = "lijst.titel"

    def __init__(self, ctx, werkproces: str | None = None, plek: str | None = None, profiel: str | None = None):
        super().__init__(ctx)
        self.werkproces = werkproces
        self.plek = plek or (room_of(werkproces) if werkproces else "verkoopruimte")
        self.room = plek
        self.profiel = profiel

    def scenarios(self) -> list:
        out = []
        for g in self.ctx.library.scenarios.values():
            s = g.scenario
            if self.werkproces and self.werkproces not in s.werkprocessen():
                continue
            if self.room and s.waar() != self.room:
                continue
            if self.profiel and self.profiel not in s.profielen:
                continue
            out.append(g)
        return sorted(out, key=lambda g: (g.scenario.werkproces, g.scenario.niveau, self.ctx.tekst(g.scenario.titel)))

    def initial_focus(self):
        found = self.scenarios()
        return f"scenario-{found[0].scenario.id}" if found else "kies-werkproces"

    def build(self, col: Column) -> None:
        ctx, t = self.ctx, self.ctx.t
        # filters
        col.add(Text(ctx, t("lijst.profiel"), col.width, "bold"), gap=6)
        col.row([Button(ctx, t(f"lijst.profiel_{p or 'alle'}"), M.FilterProfiel(p), selected=self.profiel == p,
                        key=f"profiel-{p or 'alle'}", radio=True, max_width=col.width) for p in PROFIELEN])
        wp_label = (f"{self.werkproces} {werkproces_title(ctx, self.werkproces)}" if self.werkproces
                    else t("lijst.werkproces_alle"))
        filters = [Button(ctx, t("lijst.werkproces", keuze=wp_label), M.PickWerkproces(), key="kies-werkproces",
                          max_width=col.width)]
        if self.room:
            filters.append(Button(ctx, t("lijst.plek_wis", plek=t(f"plek.{self.room}")), M.ClearRoom(), key="wis-plek"))
        col.row(filters)
        found = self.scenarios()
        best = ctx.best_scores()
        self.paused_ids = {p.scenario for p in ctx.paused()}
        col.add(Text(ctx, ctx.count("lijst.aantal", len(found)), col.width, "small", ctx.theme.soft), gap=10)
        for g in found:
            col.add(self._card(g, best.get(g.scenario.id), col.width), gap=14)
        broken = ctx.library.mislukt
        if broken:
            col.space(8)
            words = ctx.count("lijst.kapot", len(broken))
            col.add(Picture(notice(ctx, words, col.width), words))

    def _card(self, g, best, width) -> Picture:
        ctx, t = self.ctx, self.ctx.t
        s = g.scenario
        inner = width - 36
        theme, fonts = ctx.theme, ctx.fonts
        title = ctx.tekst(s.titel)
        parts = [fonts.block(title, "bold", theme.text, inner),
                 fonts.block(f"{s.werkproces} {werkproces_title(ctx, s.werkproces)}", "small", theme.soft, inner)]
        # the level says which programme it is for; the dossier's codes (P1, P2) would mean nothing to a student
        facts = [t("lijst.duur", n=s.duur_minuten), t("lijst.niveau", n=s.niveau), t(f"plek.{s.waar()}")]
        if getattr(s, "taal", "nl") == "en":
            facts.append(t("lijst.engels"))
        parts.append(fonts.block("  ·  ".join(facts), "small", theme.text, inner))
        result = t("lijst.beste", pct=round(best * 100)) if best is not None else t("lijst.nieuw")
        if s.id in self.paused_ids:
            result += " · " + t("lijst.gepauzeerd")
        parts.append(fonts.block(result, "small", theme.text, inner))
        return Picture(stack_surfaces(parts, inner, 4), f"{title} · {result}", panel=True, action=M.OpenScenario(s.id),
                       key=f"scenario-{s.id}", pad=18)

    paused_ids: set[str] = set()

    def resume(self) -> None:
        # back from a scenario: its best result and whether it is paused may have changed
        self.relayout()

    def on_action(self, action: M.Message) -> None:
        match action:
            case M.FilterProfiel(profiel):
                self.profiel = profiel
                self.relayout()
            case M.ClearRoom():
                self.room = None
                self.relayout()
            case M.PickWerkproces():
                from simulator.ui.scenes.picker import PickerScene
                codes = sorted({g.scenario.werkproces for g in self.ctx.library.scenarios.values()})
                options: list[tuple[str, object]] = [(self.ctx.t("lijst.werkproces_alle"), None)]
                options += [(f"{c} {werkproces_title(self.ctx, c)}", c) for c in codes]
                self.stack.push(PickerScene(self.ctx, self.ctx.t("lijst.kies_werkproces"), options, self.werkproces),
                                self._picked)
            case M.OpenScenario(scenario_id):
                from simulator.ui.scenes.intro import IntroScene
                self.stack.push(IntroScene(self.ctx, self.ctx.library.scenarios[scenario_id]))

    def _picked(self, result) -> None:
        match result:
            case M.Picked(value):
                self.werkproces = value if isinstance(value, str) else None
                if self.werkproces:
                    self.plek = room_of(self.werkproces)
                self.relayout()
