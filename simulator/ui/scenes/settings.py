"""Settings: text size, font, colours, how text appears, language, volume, full screen. Applied at once and
remembered per profile. Each option is a toggle that shows its state with a check box, not colour alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Union

from simulator.ui import messages as M
from simulator.ui.scenes.base import Column, FormScene
from simulator.ui.settings import TEKSTGROOTTES
from simulator.ui.widgets import Button, Text

VOLUMES = (0, 30, 60, 100)


class SettingsScene(FormScene):
    name = "instellingen"
    title_key = "instellingen.titel"
    back_key = "knop.klaar"

    def build(self, col: Column) -> None:
        ctx, t = self.ctx, self.ctx.t
        s = ctx.settings
        groups: list[tuple[str, list[tuple[str, Union[int, str, bool]]]]] = [
            ("tekstgrootte", [(f"{n} %", n) for n in TEKSTGROOTTES]),
            ("lettertype", [(t("instellingen.lettertype_standaard"), "standaard"),
                            (t("instellingen.lettertype_leesbaar"), "leesbaar")]),
            ("thema", [(t("instellingen.thema_creme"), "creme"), (t("instellingen.thema_contrast"), "contrast")]),
            ("tempo", [(t("instellingen.tempo_direct"), "direct"), (t("instellingen.tempo_typen"), "typen")]),
            ("taal", [("Nederlands", "nl"), ("English", "en")]),
            ("volume", [(t(f"instellingen.volume_{v}"), v) for v in VOLUMES]),
            ("volledig_scherm", [(t("instellingen.uit"), False), (t("instellingen.aan"), True)]),
        ]
        # whose settings these are: the profile's (full screen belongs to this PC), or for now only
        whose = t("instellingen.van_profiel", naam=ctx.profile.naam) if ctx.profile is not None \
            else t("instellingen.zonder_profiel")
        col.add(Text(ctx, whose, col.width, "body", key="van-wie"), gap=14)
        for field, options in groups:
            col.add(Text(ctx, t(f"instellingen.{field}"), col.width, "bold"), gap=8)
            current = getattr(s, field)
            if field == "volume":
                current = min(VOLUMES, key=lambda v: abs(v - current))
            col.row([Button(ctx, label, M.SetSetting(field, value), selected=value == current, key=f"{field}-{value}",
                            max_width=col.width, radio=True) for label, value in options], gap=12)
            if field == "volume":
                col.row([Button(ctx, t("instellingen.test_geluid"), M.TestSound(), key="test")])
            col.space(4)
        col.add(Text(ctx, t("instellingen.voorbeeld"), col.width, "bold"), gap=6)
        col.add(Text(ctx, t("instellingen.voorbeeld_tekst"), col.width, "body", stop=True, key="voorbeeld"))
        col.add(Text(ctx, t("instellingen.toetsen"), col.width, "small", ctx.theme.soft, stop=True, key="toetsen"))
        from simulator.ui.scenes.student_pin import add_pin_section
        add_pin_section(ctx, col)

    def initial_focus(self):
        return f"tekstgrootte-{self.ctx.settings.tekstgrootte}"

    def on_action(self, action: M.Message) -> None:
        ctx = self.ctx
        match action:
            case M.SetPin() | M.RemovePin():
                from simulator.ui.scenes.student_pin import pin_action
                pin_action(self, action)
            case M.TestSound():
                ctx.sounds.play("deurbel")
            case M.SetSetting(field, value):
                ctx.apply(replace(ctx.settings, **{field: value}))
                if field == "volume" and value:
                    ctx.sounds.play("klik")
