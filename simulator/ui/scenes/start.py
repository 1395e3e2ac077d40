"""The start screen: choose your profile, or make one (a name is enough; the klas may stay empty).

A mouse-only player types the name on the on-screen keys. The store loads after the first frame, so the
screen is there at once.
"""

from __future__ import annotations

from simulator.ui import intents as I, messages as M
from simulator.ui.scenes.base import Column, FormScene, notice
from simulator.ui.widgets import Button, Picture, Text, TextField, keys

LETTERS = list("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + list("0123456789") + ["-", "hoofdletter", "spatie", "wis"]
"""The on-screen keys: a klas is letters and digits (JUW3A), a name may need a capital in the middle (Daan B)."""


class StartScene(FormScene):
    name = "start"
    shift = False
    """'Hoofdletter' was pressed on the on-screen keys: the next letter is a capital."""
    title_key = "start.titel"
    back_key = None

    def __init__(self, ctx, then=None):
        super().__init__(ctx)
        self.then = then
        """What to open after a profile is chosen (a callable taking the ctx), default the shop."""
        self.loaded = ctx.store_ready
        self._frames = 0
        self.name_value = ""
        self.klas_value = ""
        self.show_keys = False
        self.error = ""
        self.messages: list[str] = []

    def header_buttons(self):
        return [Button(self.ctx, self.ctx.t("docent.knop"), M.OpenTeacher(), icon="slot", key="docent"),
                Button(self.ctx, self.ctx.t("knop.instellingen"), M.OpenSettings(), key="instellingen"),
                Button(self.ctx, self.ctx.t("knop.stoppen"), M.Stop(), key="stoppen")]

    def animating(self) -> bool:
        return not self.loaded

    def update(self, dt, intents) -> None:
        if not self.loaded:
            # load after the first frame is on screen
            self._frames += 1
            if self._frames >= 2:
                self.ctx.open_store()
                self.messages = self.ctx.take_store_messages()
                self.loaded = True
                self.ctx.start_loading()
                self.form.focused = None  # the profiles (or the name field) take the focus, not the header
                self.relayout()
        super().update(dt, [i for i in intents if not self._typed_outside(i)])

    def _typed_outside(self, intent) -> bool:
        """A letter typed while no text field has focus starts the name: the name field takes the focus and the
        letter (a student who just starts typing is making a profile). True when the letter went there."""
        if intent.kind != I.LETTER or not self.loaded:
            return False
        field = self.form.find_key("naam")
        if not isinstance(field, TextField):
            return False
        self.form.focus(field)
        self.form.keyboard = True
        field.insert(intent.key)
        self.form.dirty = True
        return True

    def draw_background(self, surface) -> None:
        if self.loaded:
            super().draw_background(surface)
        else:
            surface.fill(self.ctx.theme.bg)

    def initial_focus(self):
        return "profiel-0" if self.loaded and self.ctx.store.profiles() else "naam"

    def build(self, col: Column) -> None:
        ctx = self.ctx
        t, fonts, theme = ctx.t, ctx.fonts, ctx.theme
        logo_size = ctx.px(96)
        intro_w = col.width - logo_size - ctx.px(24)
        logo_bottom = None
        if self.loaded:  # the art loads with the store, after the first frame
            logo = Picture(ctx.art.logo((logo_size, logo_size)), "logo")
            logo.rect.topleft = (col.x + col.width - logo_size, col.y)
            col.form.add(logo, col.region)
            logo_bottom = logo.rect.bottom
        col.add(Text(ctx, t("start.welkom"), intro_w, "body"))
        col.add(Text(ctx, t("start.toetsen"), intro_w, "small", theme.soft, key="toetsen-uitleg"))
        if logo_bottom is not None:
            col.y = max(col.y, logo_bottom + col.gap)  # a short welcome: what follows starts under the logo
        for message in self.messages:
            col.add(Picture(notice(ctx, message, col.width), message))
        if not self.loaded:
            col.add(Text(ctx, t("start.laden"), col.width, "body", theme.soft))
            return
        profiles = ctx.store.profiles()
        if profiles:
            col.add(Text(ctx, t("start.kies"), col.width, "heading"))
            buttons = []
            for i, p in enumerate(profiles):
                label = f"{p.naam} ({p.klas})" if getattr(p, "klas", None) else p.naam
                buttons.append(Button(ctx, label, M.ChooseProfile(p.id), key=f"profiel-{i}", max_width=col.width))
            col.row(buttons)
            col.space(8)
        col.add(Text(ctx, t("start.nieuw"), col.width, "heading"))
        field_w = min(col.width, ctx.px(520))
        col.add(Text(ctx, t("start.naam"), col.width, "bold"), gap=6)
        self.name_field = col.add(TextField(ctx, field_w, M.CreateProfile(), value=self.name_value, placeholder=t("start.naam_voorbeeld"),
                                            max_len=30, key="naam", label=t("start.naam")))
        col.add(Text(ctx, t("start.klas"), col.width, "bold"), gap=6)
        self.klas_field = col.add(TextField(ctx, field_w, M.CreateProfile(), value=self.klas_value, placeholder=t("start.klas_voorbeeld"),
                                            max_len=12, key="klas", label=t("start.klas")))
        if self.error:
            col.add(Picture(notice(ctx, self.error, col.width), self.error))
        col.row([
            Button(ctx, t("start.maak"), M.CreateProfile(), style="primary", key="maak"),
            Button(ctx, t("start.schermtoetsen") if not self.show_keys else t("start.schermtoetsen_weg"),
                   M.ToggleKeys(), key="toetsen"),
        ])
        if self.show_keys:
            key_w = max(ctx.px(56), fonts.width("W", "button") + ctx.px(40))
            chars = [c if c != "spatie" else " " for c in LETTERS]
            buttons = [b if b.action != M.TypeKey("hoofdletter") else  # a toggle: it shows when it is on
                       Button(ctx, t("veld.hoofdletter"), b.action, selected=self.shift, key=b.key)
                       for b in keys(ctx, chars, key_w)]
            for b in buttons:
                if b.action == M.TypeKey(" "):
                    b.label = t("veld.spatie")
                    b.set_width(ctx, key_w * 2 + ctx.px(40))
            col.row(buttons, gap=8)

    def _fields(self) -> None:
        self.name_value = self.name_field.value
        self.klas_value = self.klas_field.value

    def on_action(self, action: M.Message) -> None:
        ctx = self.ctx
        match action:
            case M.Stop():
                self.stack.pop(None)
            case M.OpenSettings():
                from simulator.ui.scenes.settings import SettingsScene
                self.stack.push(SettingsScene(ctx))
            case M.OpenTeacher() if self.loaded:
                from simulator.ui.scenes.pin import teacher_gate
                teacher_gate(self)
            case M.ChooseProfile(profile_id):
                profile = next(p for p in ctx.store.profiles() if p.id == profile_id)
                if profile.heeft_pin:
                    from simulator.ui.scenes.student_pin import ask_pin
                    ask_pin(self, profile, lambda: self._enter(profile))
                else:
                    self._enter(profile)
            case M.ToggleKeys():
                self._fields()
                self.show_keys = not self.show_keys
                self.relayout()
            case M.TypeKey(key):
                self._type(key)
            case M.CreateProfile():
                self._create()

    def _type(self, key: str) -> None:
        """An on-screen key goes into the field that had focus last: a klas as shown (JUW3A), a name with a
        capital at the start and after 'Hoofdletter' (Daan B), small letters otherwise (Daan van Dijk)."""
        focused = self.form.focused
        field = focused if isinstance(focused, TextField) else \
            self.klas_field if self._last_field == "klas" else self.name_field
        if key == "hoofdletter":
            self._fields()
            self.shift = not self.shift
            self.relayout()
            return
        if key == "wis":
            field.erase()
        elif field is self.klas_field or not field.value or self.shift:
            field.insert(key)
        else:
            field.insert(key.lower())
        if self.shift and key.isalpha():
            self._fields()
            self.shift = False
            self.relayout()
        self.dirty = True

    def _create(self) -> None:
        ctx = self.ctx
        self._fields()
        naam = self.name_value.strip()
        if not naam:
            self.error = ctx.t("start.naam_leeg")
            self.relayout()
            return
        try:
            profile = ctx.store.create_profile(naam, self.klas_value.strip() or None)
        except Exception as exc:  # noqa: BLE001 - e.g. the name exists already: say so, keep going
            if isinstance(exc, OSError) and not ctx.store.writable():
                ctx.messages.append(ctx.store.read_only_message())  # a read-only saves folder: play as a guest
                self._enter(None)
                return
            self.error = str(exc) or ctx.t("start.naam_bestaat")
            self.relayout()
            return
        self._enter(profile)

    _last_field = "naam"

    def before_intent(self) -> None:
        focused = self.form.focused
        if focused is not None and focused.key in ("naam", "klas"):
            self._last_field = focused.key

    def _enter(self, profile) -> None:
        self.ctx.choose_profile(profile)
        self.ctx.sounds.play("deurbel")
        from simulator.ui.scenes.home import HomeScene
        self.name_value = self.klas_value = ""
        self.error = ""
        self.relayout()
        home = self.stack.push(HomeScene(self.ctx))
        if self.then is not None:
            then, self.then = self.then, None
            then(home)
