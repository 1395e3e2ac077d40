"""The teacher overview (behind the teacher PIN): notices about the saves and the school configuration, the class
per student and werkproces as a grid, the criteria the class finds hard, how far the class is with each lesson,
a student's attempts, a CSV export and the map of a scenario. Everything comes from simulator.reporting, as the
command line's export does.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from simulator.ui import draw, messages as M
from simulator.ui.scenes.base import Column, FormScene, notice
from simulator.ui.scenes.common import icon_line, stack_surfaces
from simulator.ui.widgets import Button, Picture, Text, TextField

LEVEL_ICON = {"beheerst": "goed", "op weg": "voldoende", "oefenen": "onvoldoende"}


def default_export_path() -> Path:
    docs = Path.home() / "Documents"
    return (docs if docs.is_dir() else Path.home()) / "juwelier-resultaten.csv"


class TeacherScene(FormScene):
    name = "docent"
    title_key = "docent.titel"
    plek = "kantoor"

    def __init__(self, ctx):
        super().__init__(ctx)
        self.klas = None
        self.export_path = str(default_export_path())
        self.note = ""

    def build(self, col: Column) -> None:
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        from simulator.reporting import overview
        store = ctx.store
        classes = overview.klassen(store)
        col.row([Button(ctx, t("docent.alle_klassen"), M.FilterKlas(None), selected=self.klas is None, key="klas-alle")] +
                [Button(ctx, t("docent.klas", klas=k), M.FilterKlas(k), selected=self.klas == k, key=f"klas-{k}")
                 for k in classes])
        if self.note:
            col.add(Picture(notice(ctx, self.note, col.width, icon="check"), self.note))
        self._notices(col)
        data = overview.class_overview(store, self.klas)
        self.students = {s.profiel.id: s.profiel for s in data.leerlingen}
        if not data.leerlingen:
            col.add(Text(ctx, t("docent.geen_leerlingen"), col.width, "body"))
        else:
            col.add(Text(ctx, t("docent.leerlingen"), col.width, "heading", theme.accent), gap=8)
            col.add(Text(ctx, t("docent.leerlingen_uitleg"), col.width, "small", theme.soft), gap=10)
            for i, grid in enumerate(self._grids(data, col.width - 40)):
                col.add(Picture(grid, t("docent.leerlingen"), panel=True, stop=True, key=f"raster-{i}", pad=20))
            col.row([Button(ctx, t("docent.leerling", naam=s.profiel.naam, n=s.pogingen), M.OpenStudent(s.profiel.id),
                            key=f"leerling-{s.profiel.id}", max_width=col.width) for s in data.leerlingen], gap=10)
            self._hard(col, data)
        self._lessons(col)
        self._export(col)
        col.add(Text(ctx, t("docent.kaart"), col.width, "heading", theme.accent), gap=8)
        col.row([Button(ctx, t("docent.kaart_kies"), M.OpenMaps(), icon="pijl-rechts", key="kaarten")])
        col.add(Text(ctx, t("mappen.kop"), col.width, "heading", theme.accent), gap=8)
        col.row([Button(ctx, t("mappen.kop"), M.OpenFolders(), icon="pijl-rechts", key="mappen", max_width=col.width)])

    # -- the grid: a row per student, a column per werkproces ---------------------------------

    def _grids(self, data, width: int) -> list[pygame.Surface]:
        ctx, theme, fonts = self.ctx, self.ctx.theme, self.ctx.fonts
        codes = list(data.werkprocessen)
        lh = fonts.line_height("small")
        name_w = min(width // 3, max(fonts.width(s.profiel.naam, "small") for s in data.leerlingen) + 16)
        cell_w = max([fonts.width(c, "small") for c in codes] + [fonts.width("100", "small") + lh]) + 16
        per = max(1, (width - name_w) // (cell_w + 4))
        grids = []
        for start in range(0, max(1, len(codes)), per):
            part = codes[start:start + per]
            row_h = lh + 10
            surf = pygame.Surface((width, (len(data.leerlingen) + 1) * (row_h + 4)), pygame.SRCALPHA)
            for j, code in enumerate(part):
                tag = fonts.render(code, "small", theme.accent)
                surf.blit(tag, (name_w + j * (cell_w + 4) + 6, 0))
            for i, s in enumerate(data.leerlingen):
                y = (i + 1) * (row_h + 4)
                name = fonts.render(s.profiel.naam, "small", theme.text)
                surf.blit(name, (0, y + 5), pygame.Rect(0, 0, name_w - 12, row_h))
                for j, code in enumerate(part):
                    wp = s.werkprocessen.get(code)
                    cell = pygame.Rect(name_w + j * (cell_w + 4), y, cell_w, row_h)
                    if wp is None or wp.niveau == "nieuw":
                        pygame.draw.rect(surf, theme.bar_bg, cell, 1, border_radius=6)
                        continue
                    colour = {"beheerst": theme.good, "op weg": theme.ok}.get(wp.niveau, theme.bad)
                    tint = tuple(int(c * 0.25 + p * 0.75) for c, p in zip(colour, theme.panel))
                    draw.rounded(surf, tint, cell, 6)
                    draw.icon(surf, LEVEL_ICON[wp.niveau], (cell.left + 5, cell.top + 5, lh, lh), colour, bg=tint)
                    pct = fonts.render(str(round(wp.waarde * 100)), "small", theme.text)
                    surf.blit(pct, (cell.left + lh + 10, cell.top + 5))
            grids.append(surf)
        grids[-1] = stack_surfaces([grids[-1], self._legend(width)], width, 10)
        return grids

    def _legend(self, width: int) -> pygame.Surface:
        ctx, theme = self.ctx, self.ctx.theme
        parts = [icon_line(ctx, LEVEL_ICON[n], ctx.t("niveau." + n.replace(" ", "_")), width // 3, "small",
                           icon_colour={"beheerst": theme.good, "op weg": theme.ok}.get(n, theme.bad))
                 for n in ("beheerst", "op weg", "oefenen")]
        surf = pygame.Surface((width, max(p.get_height() for p in parts)), pygame.SRCALPHA)
        for i, p in enumerate(parts):
            surf.blit(p, (i * (width // 3), 0))
        return surf

    # -- notices, the hard criteria, the lessons, the export ------------------------------------

    def _notices(self, col: Column) -> None:
        """What the teacher should know: old files in the saves folder that are no longer read, a damaged school
        file or lesson, and damaged saves (the student is told too, when they next choose their profile)."""
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        store, school = ctx.store, ctx.school
        lines = [text for _, text in school.left_in_saves(store.folder)] + school.problems()
        lines += [f"{Path(path).name}: {problem}" for path, problem in _lesson_problems(school)]
        saves = store.teacher_notices()
        names = {p.id: p.naam for p in store.profiles()} if saves else {}
        lines += [t("docent.melding_van", naam=names.get(m.profiel, m.profiel), tekst=m.tekst) if m.profiel
                  else m.tekst for m in saves[:10]]
        if not lines:
            return
        col.add(Text(ctx, t("docent.meldingen"), col.width, "heading", theme.accent), gap=8)
        for i, line in enumerate(lines):
            col.add(Picture(notice(ctx, line, col.width), line, key=f"melding-{i}"), gap=6)
        if saves:
            col.row([Button(ctx, t("docent.meldingen_gelezen"), M.NoticesRead(), icon="check", key="gelezen")])

    def _hard(self, col: Column, data) -> None:
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        col.add(Text(ctx, t("docent.moeilijk"), col.width, "heading", theme.accent), gap=8)
        lines, said = [], []
        for h in data.moeilijk[:6]:
            # 'bij 0 van 1 leerlingen' read wrongly: no one, the only student, or some of the class
            key = "docent.moeilijk_regel" + ("_geen" if h.onvoldoende == 0 else "_een" if h.leerlingen == 1 else "")
            words = t(key, pct=round(h.waarde * 100), tekst=h.tekst, id=h.id, onv=h.onvoldoende, n=h.leerlingen)
            said.append(words)
            icon = "onvoldoende" if h.waarde < 0.5 else "voldoende"
            lines.append(icon_line(ctx, icon, words, col.width - 40, "body",
                                   icon_colour=theme.bad if h.waarde < 0.5 else theme.ok))
        if lines:
            col.add(Picture(stack_surfaces(lines, col.width - 40, 10), " ".join([t("docent.moeilijk"), *said]),
                            panel=True, stop=True, key="moeilijk", pad=20))

    def _lessons(self, col: Column) -> None:
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        from simulator.reporting.overview import lesson_progress
        store = ctx.store
        col.add(Text(ctx, t("docent.lessen"), col.width, "heading", theme.accent), gap=8)
        try:
            found = store.assignments(None, ctx.school.lesson_folders(), include_past=True)
        except Exception:  # noqa: BLE001 - a broken lesson file is the teacher's to fix; the overview goes on
            found = []
        if not found:
            col.add(Text(ctx, t("docent.geen_lessen"), col.width, "small", theme.soft))
            return
        lines = []
        for o in found:
            progress = lesson_progress(store, o)
            done = sum(1 for per in progress.values() if per and all(a is not None for a in per.values()))
            tot = f"{o.tot.day}-{o.tot.month}-{o.tot.year}" if o.tot else "-"
            words = ctx.count("docent.les", len(progress), titel=o.titel, modus=t(f"voortgang.modus_{o.modus}"),
                              tot=tot, klaar=done)
            lines.append(icon_line(ctx, "check" if progress and done == len(progress) else "vink-uit", words,
                                   col.width - 40, "body"))
        col.add(Picture(stack_surfaces(lines, col.width - 40, 10), t("docent.lessen"), panel=True, stop=True,
                        key="lessen", pad=20))

    def _export(self, col: Column) -> None:
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        col.add(Text(ctx, t("docent.export"), col.width, "heading", theme.accent), gap=8)
        col.add(Text(ctx, t("docent.export_pad"), col.width, "bold"), gap=6)
        self.path_field = col.add(TextField(ctx, col.width, M.Export(), value=self.export_path, max_len=400,
                                            key="exportpad", label=t("docent.export_pad")))
        col.row([Button(ctx, t("docent.export"), M.Export(), style="primary", key="export")])

    def do_export(self) -> str:
        from simulator.reporting import csv_export
        store = self.ctx.store
        self.export_path = self.path_field.value.strip() or str(default_export_path())
        path = Path(self.export_path).expanduser()
        try:
            data = [(p, store.attempts(p.id)) for p in store.profiles()
                    if self.klas is None or (p.klas or "").casefold() == self.klas.casefold()]
            path.parent.mkdir(parents=True, exist_ok=True)
            csv_export.write(path, csv_export.rows(data))
        except Exception as exc:  # noqa: BLE001 - a read-only folder or a bad path: say it, stay here
            return self.ctx.t("docent.export_fout", fout=str(exc) or type(exc).__name__)
        return self.ctx.t("docent.export_ok", pad=str(path))

    def resume(self) -> None:
        self.relayout()  # a student may have been deleted meanwhile

    def on_action(self, action: M.Message) -> None:
        match action:
            case M.FilterKlas(klas):
                self.klas = klas
                self.note = ""
                self.relayout()
            case M.OpenStudent(profile_id):
                from simulator.ui.scenes.progress import ProgressScene
                self.stack.push(ProgressScene(self.ctx, self.students[profile_id], docent=True))
            case M.Export():
                self.note = self.do_export()
                self.relayout()
            case M.NoticesRead():
                self.ctx.store.clear_teacher_notices()
                self.relayout()
            case M.OpenFolders():
                from simulator.ui.scenes.folders import FoldersScene
                self.stack.push(FoldersScene(self.ctx))
            case M.OpenMaps():
                from simulator.ui.scenes.scenario_map import MapListScene
                self.stack.push(MapListScene(self.ctx))


def _lesson_problems(school) -> list[tuple[str, str]]:
    from simulator.progress import assignments
    try:
        return assignments.check(school.lesson_folders())
    except Exception:  # noqa: BLE001 - never let a lesson file stop the overview
        return []
