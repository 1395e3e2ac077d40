"""Extra mappen met scenario's (from the teacher overview): add a folder by its path, or remove one.

The list lives in the school configuration, so it needs write rights there: on a student's PC (read-only, as it
should be) the scene says so in Dutch. The library is read again at once, so a new folder's scenarios show up
without a restart."""

from __future__ import annotations

from pathlib import Path

from simulator.ui.folders import extra_folders, save_folders
from simulator.ui import messages as M
from simulator.ui.scenes.base import Column, FormScene, notice
from simulator.ui.widgets import Button, Picture, Text, TextField


class FoldersScene(FormScene):
    name = "mappen"
    title_key = "mappen.kop"
    plek = "kantoor"

    def __init__(self, ctx):
        super().__init__(ctx)
        self.error = ""
        self.value = ""

    def build(self, col: Column) -> None:
        ctx, t = self.ctx, self.ctx.t
        col.add(Text(ctx, t("mappen.uitleg"), col.width, "body"))
        for i, folder in enumerate(extra_folders(ctx.school)):
            col.add(Button(ctx, t("mappen.weg", map=str(folder)), M.RemoveFolder(str(folder)), key=f"weg-{i}",
                           icon="min", max_width=col.width))
        col.add(Text(ctx, t("mappen.veld"), col.width, "bold"), gap=6)
        self.field = col.add(TextField(ctx, col.width, M.AddFolder(), value=self.value, max_len=400, key="map",
                                       label=t("mappen.veld")))
        if self.error:
            col.add(Picture(notice(ctx, self.error, col.width), self.error))
        col.row([Button(ctx, t("mappen.toevoegen"), M.AddFolder(), style="primary", icon="plus", key="voeg")])

    def on_action(self, action: M.Message) -> None:
        ctx = self.ctx
        current = [str(f) for f in extra_folders(ctx.school)]
        path = self.field.value.strip()
        try:
            match action:
                case M.AddFolder() if not path or not Path(path).expanduser().is_dir():
                    self.value, self.error = path, ctx.t("mappen.bestaat_niet", map=path)
                    self.relayout()
                    return
                case M.AddFolder():
                    save_folders(ctx.school, current + [str(Path(path).expanduser())])
                case M.RemoveFolder(gone):
                    save_folders(ctx.school, [f for f in current if f != gone])
        except OSError as exc:  # SaveFailed: no write rights to the school configuration here, said in Dutch
            self.value, self.error = path, str(exc)
            self.relayout()
            return
        self.value, self.error = "", ""
        ctx.reload_library()
        self.relayout()
