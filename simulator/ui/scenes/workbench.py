"""The workbench seen from above (drag a tool onto the item, or choose tool, spot, Enter) and the loupe.

The workbench and inspection kinds (simulator/ui/steps/) open these scenes over the dialogue scene, which
gets the outcome back. At the workbench the item is drawn large in the middle and changes with its zone states
(back open, battery out…); the tray of tools is on the left, the spots on the item and what just happened
on the right. Everything can be done with the mouse alone and with the keyboard alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import pygame

from simulator.content.steps.inspectie import InspectieView
from simulator.content.steps.werkbank import WerkbankView
from simulator.engine import StapView, Uitkomst, UseTool
from simulator.ui import draw, intents as I, messages as M
from simulator.ui.scene import Scene
from simulator.ui.scenes import dialogue_tools
from simulator.ui.scenes.base import Column, notice
from simulator.ui.scenes.common import icon_line, points_line, stack_surfaces
from simulator.ui.widgets import Button, Form, Picture, Text, Widget
from simulator.ui.widgets.base import SCROLLBAR_W

DRAG_START = 10
"""Pixels the pointer must move, button held, before a press on a tool becomes a drag."""
TRAY_W = 310
SIDE_X = 872
"""Widths in design pixels at 100 % text; larger text widens the tray and the side panel (`_widths`)."""

def _art():
    try:
        from simulator.ui.art import bench_items
        return bench_items
    except Exception:  # noqa: BLE001 - without the art the tray and the spots still work as buttons
        return None


def _state_words(value) -> str:
    return str(value).replace("-", " ") if value is not None else "—"


# -- widgets --------------------------------------------------------------------------------------

class ToolButton(Widget):
    """A tool on the tray: its picture, its name (the English trade term in the English game), a number key, a
    selected mark."""

    def __init__(self, ctx, tool, width: int, number: int | None, selected: bool):
        super().__init__(M.PickTool(tool.id), f"gereedschap-{tool.id}", ctx.tekst(tool.naam))
        self.tool = tool
        self.number = number
        self.selected = selected
        fonts, theme, px = ctx.fonts, ctx.theme, ctx.px
        self.icon_w = px(48)
        self.pad = px(8)
        self.badge_w = px(30)
        text_w = width - self.icon_w - 3 * self.pad - self.badge_w   # room for the number badge
        self.name = fonts.block(ctx.tekst(tool.naam), "button", theme.button_text, text_w)
        h = self.name.get_height() + 2 * self.pad
        self.rect = pygame.Rect(0, 0, width, max(px(64), h))
        self._picture: Optional[pygame.Surface] = None

    def picture(self):
        if self._picture is None:
            self._picture = pygame.Surface((self.icon_w, self.icon_w), pygame.SRCALPHA)
            art = _art()
            if art is not None:
                art.draw_tool_icon(self._picture, self._picture.get_rect(), self.tool.id, self.tool.tekening)
        return self._picture

    def draw(self, surface, ctx, rect, focused, hovered, pressed) -> None:
        theme = ctx.theme
        fill = theme.selected if self.selected else (theme.button_hover if hovered else theme.button)
        draw.rounded(surface, fill, rect)
        draw.rounded(surface, theme.text if (self.selected or hovered) else theme.edge, rect,
                     width=4 if self.selected else 2)
        pad = self.pad
        surface.blit(self.picture(), (rect.left + pad, rect.centery - self.icon_w // 2))
        x = rect.left + self.icon_w + 2 * pad
        y = rect.top + pad
        surface.blit(self.name, (x, y))
        if self.number is not None:
            badge = ctx.fonts.render(str(self.number), "small", theme.primary_text)
            box = badge.get_rect(topright=(rect.right - pad, rect.top + pad)).inflate(pad, 2)
            draw.rounded(surface, theme.primary, box, radius=8)
            surface.blit(badge, badge.get_rect(center=box.center))
        if self.selected:
            s = self.badge_w - pad // 2
            draw.icon(surface, "check", (rect.right - s - pad, rect.bottom - s - pad // 2, s, s), theme.text)

    def text_need(self) -> tuple[int, int]:
        return self.name.get_width() + self.icon_w + 3 * self.pad + self.badge_w, self.name.get_height() + 2 * self.pad


# -- the workbench --------------------------------------------------------------------------------

@dataclass
class Drag:
    """A tool being dragged from the tray (or from the item) with the button held."""

    tool: str
    start: tuple[int, int]
    pos: tuple[int, int]
    moved: bool
    """Moved far enough to be a drag (DRAG_START); a press that never moves is a click that picks the tool."""


class WorkbenchScene(Scene):
    name = "werkbank"

    def __init__(self, ctx, dialogue):
        super().__init__(ctx)
        self.dialogue = dialogue
        self.session = dialogue.session
        self.form = Form(ctx)
        self.tool: Optional[str] = None
        self.zone: Optional[str] = None
        self.last: Optional[Uitkomst] = None
        """The last outcome at this workbench, shown until the next action."""
        self.error = ""
        self.drag: Optional[Drag] = None
        """While a tool is dragged."""
        self.pointer: Optional[tuple[int, int]] = None
        self.spent = 0.0
        """Seconds of work since the last action: the sum of the dt update() received (not during a pause)."""
        self.shown_second = -1
        self._item: Optional[tuple[pygame.Surface, pygame.Rect]] = None
        self._static: Optional[pygame.Surface] = None

    # -- layout ----------------------------------------------------------------------------------

    @property
    def view(self) -> StapView:
        return self.session.step

    @property
    def bank(self) -> WerkbankView:
        """The workbench as the session shows it now."""
        return self.session.step.inhoud_als(WerkbankView)

    def _widths(self) -> tuple[int, int]:
        """(tray width, left edge of the side panel): wider panels for larger text, the item gets the rest."""
        grow = max(0.0, self.ctx.settings.schaal - 1)
        return self.ctx.px(TRAY_W + 120 * grow), self.ctx.px(SIDE_X - 60 * grow)

    def layout(self) -> None:
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        step = self.view
        bank = self.bank
        tray_w, side_x = self._widths()
        px, (sw, sh) = ctx.px, ctx.screen.size
        keyboard = self.form.keyboard
        focus_key = self.form.focused.key if self.form.focused is not None else None
        scrolls = [r.scroll for r in self.form.regions[:2]]
        """The tray's and the side panel's scroll: kept, so the list does not jump after every action."""
        form = Form(ctx)
        form.keyboard = keyboard
        pause = Button(ctx, t("dialoog.pauze"), M.Pause(), icon="pauze", key="pauze")
        pause.rect.topright = (sw - px(24), px(16))
        self.timer_w = ctx.fonts.width(self._timer_words(bank.normtijd * 9 if bank.normtijd else 0), "small") + px(24) \
            if bank.normtijd else 0
        text_w = pause.rect.left - px(60) - self.timer_w
        instruction = Text(ctx, ctx.tekst(step.tekst), text_w, "bold", key="opdracht-kop")
        hint = Text(ctx, t("werkbank.uitleg"), text_w, "small", theme.soft, key="uitleg-kop")
        in_header = instruction.rect.h + hint.rect.h + px(24) <= px(150)
        self.header_h = pause.rect.bottom + px(8)
        if in_header:
            self.header_h = max(self.header_h, px(16) + instruction.rect.h + hint.rect.h + px(24))
            instruction.rect.topleft = (px(36), px(20))
            hint.rect.topleft = (px(36), px(24) + instruction.rect.h)
            form.add(instruction)
            form.add(hint)
        top = self.header_h + px(12)
        # the tray, left
        tray = form.region((px(16), top, tray_w + px(24), sh - top - px(16)))
        tool_w = tray_w - px(SCROLLBAR_W)
        col = Column(form, tray, px(28), top + px(12), tool_w, gap=8)
        col.add(Text(ctx, t("werkbank.gereedschap"), tool_w, "bold"), gap=8)
        for n, tool in enumerate(bank.gereedschap, 1):
            col.add(ToolButton(ctx, tool, tool_w, n if n <= 9 else None, self.tool == tool.id))
        # the spots on the item, what to do, and what just happened, right
        side_w = sw - side_x - px(16)
        side = form.region((side_x, top, side_w, sh - top - px(16)))
        col = Column(form, side, side_x + px(14), top + px(12), side_w - px(28) - px(SCROLLBAR_W), gap=8)
        if not in_header:
            # large text: the task and the hint move into the side panel, where they can scroll
            col.add(Text(ctx, ctx.tekst(step.tekst), col.width, "bold", stop=True, key="opdracht"), gap=6)
            col.add(Text(ctx, t("werkbank.uitleg"), col.width, "small", theme.soft), gap=12)
        self.in_header = in_header
        col.add(Text(ctx, t("werkbank.op_voorwerp"), col.width, "bold"), gap=8)
        for z in bank.zones:
            words = f"{ctx.tekst(z.naam)}: {_state_words(z.staat)}"
            col.add(Button(ctx, words, M.PickZone(z.id), col.width, selected=self.zone == z.id, key=f"zone-{z.id}",
                           align="left", radio=True), gap=8)   # one spot at a time: round, not a tick box
        col.space(4)
        if self.error:
            col.add(Picture(notice(ctx, self.error, col.width), self.error))
        if self.tool is not None and self.zone is not None:
            words = t("werkbank.doe", gereedschap=self._tool_name(self.tool), zone=self._zone_name(self.zone).lower())
            col.add(Button(ctx, words, M.ApplyTool(), col.width, style="primary", icon="pijl-rechts", key="doe"))
        else:
            words = t("werkbank.kies_plek") if self.tool is not None else t("werkbank.kies")
            col.add(Text(ctx, words, col.width, "body", theme.soft, stop=False))
        about = self._tool_about(self.tool) if self.tool is not None and self.dialogue.modus == "oefenen" else ""
        if about:  # practice: what the chosen tool is (the teacher's `omschrijving`); a test leaves it to the student
            col.add(Text(ctx, about, col.width, "small", theme.soft, key="gereedschap-uitleg"))
        # what just happened, under the item
        self.item_rect = pygame.Rect(tray.rect.right + px(16), top, side_x - tray.rect.right - px(32),
                                     sh - top - px(16))
        if self.last is not None:
            width = self.item_rect.w
            inner = width - px(24) - px(SCROLLBAR_W)
            outcome, words = self._outcome(self.last, inner)
            h = max(px(60), min(outcome.get_height() + px(24), sh // 3, self.item_rect.h - px(160)))
            box = form.region((self.item_rect.left, sh - px(16) - h, width, h), pad_bottom=px(12))
            col = Column(form, box, box.rect.left + px(12), box.rect.top + px(12), inner)
            col.add(Picture(outcome, words, stop=True, key="laatste"))
            self.item_rect.h -= h + px(8)
        form.add(pause)
        for region, scroll in zip(form.regions, scrolls):
            region.scroll = scroll
        form.finish(focus_key or (f"gereedschap-{bank.gereedschap[0].id}" if bank.gereedschap else None))
        self.form = form
        self._static = None
        self._item = None
        self.dirty = True

    def _tool_name(self, tool_id: str) -> str:
        return next((self.ctx.tekst(t.naam) for t in self.bank.gereedschap if t.id == tool_id), tool_id)

    def _tool_about(self, tool_id: str) -> str:
        tool = next((t for t in self.bank.gereedschap if t.id == tool_id), None)
        if tool is None or not tool.omschrijving:
            return ""
        return f"{self.ctx.tekst(tool.naam)} ({tool.engels}): {tool.omschrijving}" if tool.engels \
            else f"{self.ctx.tekst(tool.naam)}: {tool.omschrijving}"

    def _zone_name(self, zone_id: str) -> str:
        return next((self.ctx.tekst(z.naam) for z in self.bank.zones if z.id == zone_id), zone_id)

    def _outcome(self, u: Uitkomst, width: int) -> tuple[pygame.Surface, str]:
        """The last action, what changed and (practice) why it counts; with its words as one label."""
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        tool, _, zone = u.keuze.partition(">")
        head = f"{t('werkbank.laatste')}: {self._tool_name(tool)} → {self._zone_name(zone)}"
        parts = [ctx.fonts.block(head, "bold", theme.accent, width)]
        words = [head]
        for z, before, after in u.veranderd:
            line = t("werkbank.verandering", zone=self._zone_name(z), voor=_state_words(before), na=_state_words(after))
            parts.append(icon_line(ctx, "pijl-rechts", line, width))
            words.append(line)
        if not u.veranderd and self.dialogue.modus == "oefenen" and not any(p > 0 for p in u.punten.values()):
            # only where it helps: after a move that earned points (a look with the loupe) 'nothing changed'
            # above '+2' read as a mistake; in a test it would tell what the points are
            parts.append(ctx.fonts.block(t("werkbank.niets_veranderd"), "body", theme.soft, width))
            words.append(t("werkbank.niets_veranderd"))
        if self.dialogue.modus == "oefenen":
            if u.feedback:
                parts.append(ctx.fonts.block(ctx.tekst(u.feedback), "body", theme.text, width))
                words.append(ctx.tekst(u.feedback))
            points = dict(u.punten)
            for cid in u.kritiek:
                points.setdefault(cid, 0)
            for cid, p in points.items():
                critical = cid in u.kritiek
                icon = "kritiek" if critical else ("plus" if p > 0 else "min")
                colour = theme.good if (p > 0 and not critical) else theme.bad
                line = points_line(ctx, p, cid, critical)
                parts.append(icon_line(ctx, icon, line, width, "small", icon_colour=colour))
                words.append(line)
        return stack_surfaces(parts, width, 6), " ".join(words)

    # -- the item and its spots --------------------------------------------------------------------

    def states(self) -> dict:
        return {z.id: z.staat for z in self.bank.zones}

    def item(self) -> tuple[pygame.Surface, pygame.Rect]:
        """(surface, area of the 600×600 design on screen), drawn once per state."""
        if self._item is None:
            surf = pygame.Surface(self.item_rect.size, pygame.SRCALPHA)
            art = _art()
            area = pygame.Rect(0, 0, 0, 0)
            if art is not None:
                try:
                    area = art.draw_bench_item(surf, surf.get_rect(), self.bank.voorwerp, self.states(),
                                               self.bank.tekening)
                except Exception:  # noqa: BLE001 - a broken drawing must not stop a lesson
                    area = pygame.Rect(0, 0, 0, 0)
            self._item = (surf, area.move(self.item_rect.topleft))
        return self._item

    def zone_at(self, pos):
        """The zone under a point on the canvas, or None."""
        art = _art()
        _, area = self.item()
        if art is None or area.w == 0 or not area.collidepoint(pos):
            return None
        x = (pos[0] - area.left) * art.SIZE / area.w
        y = (pos[1] - area.top) * art.SIZE / area.h
        known = {z.id for z in self.bank.zones}
        for zone, shape in art.zone_shapes(self.bank.voorwerp, self.states(), self.bank.tekening).items():
            if zone in known and art.hit(shape, x, y):
                return zone
        return None

    def zone_point(self, zone: str):
        """A point on the canvas inside a zone (for the pilot and the loupe), or None when it is not drawn."""
        art = _art()
        _, area = self.item()
        shape = art.zone_shapes(self.bank.voorwerp, self.states(), self.bank.tekening).get(zone) \
            if art else None
        if shape is None or area.w == 0:
            return None
        x, y = art.centre(shape)
        return (round(area.left + x * area.w / art.SIZE), round(area.top + y * area.h / art.SIZE))

    # -- time ------------------------------------------------------------------------------------

    def seconds(self) -> float:
        return round(self.spent, 1)

    def work_time(self) -> float:
        return self.bank.seconden + self.seconds()

    # -- input -----------------------------------------------------------------------------------

    def update(self, dt: float, intents: list) -> None:
        self.spent += dt
        bank = self.bank
        if bank.normtijd and bank.tijdsdruk and int(self.work_time()) != self.shown_second:
            self.shown_second = int(self.work_time())
            self.dirty = True
        for intent in intents:
            if intent.kind in (I.BACK, I.MENU):
                self._pause()
                return
            if intent.kind == I.LETTER and self._letter(intent.key.lower()):
                return
            if self._pointer(intent):
                if not self.on_top:
                    return
                continue
            action = self.form.handle(intent)
            if action is not None:
                self.on_action(action)
            if not self.on_top:
                return
        if self.form.dirty:
            self.dirty = True

    def _pointer(self, intent) -> bool:
        """Dragging a tool, or pointing at the item; True when the intent was used up here."""
        kind = intent.kind
        if kind in (I.POINT, I.DRAG):
            if self.pointer != intent.pos:
                self.pointer = intent.pos
                if self.drag is not None or self.item_rect.collidepoint(intent.pos):
                    self.dirty = True
            if self.drag is not None and kind == I.DRAG:
                sx, sy = self.drag.start
                if abs(intent.pos[0] - sx) + abs(intent.pos[1] - sy) >= DRAG_START:
                    self.drag.moved = True
                self.drag.pos = intent.pos
                return True
            return False
        if kind == I.PRESS:
            w = self.form.widget_at(intent.pos)
            if isinstance(w, ToolButton):
                self.drag = Drag(w.tool.id, intent.pos, intent.pos, moved=False)
                return False   # the form still sees the press: a click without moving selects the tool
            if self.tool is not None and self.zone_at(intent.pos) is not None:
                self.drag = Drag(self.tool, intent.pos, intent.pos, moved=True)
                return True
            return False
        if kind == I.CLICK and self.drag is not None:
            drag, self.drag = self.drag, None
            self.dirty = True
            if not drag.moved:
                return False
            self.form.pressed = None
            zone = self.zone_at(intent.pos) or self._zone_button_at(intent.pos)
            if zone is not None:
                self.tool = drag.tool
                self.ctx.sounds.play("klik")
                self._act(drag.tool, zone)
            return True
        return False

    def _zone_button_at(self, pos):
        """A spot's button in the list under the pointer: a tool dropped there is used on that spot, as on the item."""
        widget = self.form.widget_at(pos)
        action = widget.action if widget is not None else None
        return action.zone if isinstance(action, M.PickZone) else None

    def on_action(self, action: M.Message) -> None:
        match action:
            case M.Pause():
                self._pause()
            case M.PickTool(tool):
                self.tool = tool
                self.error = ""
                self.relayout_keep(f"zone-{self.zone}" if self.zone else self._first_zone_key())
            case M.PickZone() if self.tool is None:
                self.error = self.ctx.t("werkbank.eerst_gereedschap")
                self.relayout_keep(f"gereedschap-{self.bank.gereedschap[0].id}")
            case M.PickZone(zone):
                self.zone = zone
                self.error = ""
                self.relayout_keep("doe")
            case M.ApplyTool() if self.tool is not None and self.zone is not None:
                self._act(self.tool, self.zone)

    def _first_zone_key(self) -> str:
        zones = self.bank.zones
        return f"zone-{zones[0].id}" if zones else "pauze"

    def relayout_keep(self, focus_key: str) -> None:
        self.layout()
        target = self.form.find_key(focus_key)
        if target is not None:
            self.form.focus(target)

    def _act(self, tool: str, zone: str) -> None:
        sid = self.view.id
        d = self.dialogue
        uitkomst = self.session.do(UseTool(tool, zone), self.seconds())
        self.spent = 0.0
        self.drag = None
        if uitkomst.volgende != sid or self.session.afgelopen:
            self.stack.pop(uitkomst)
            return
        self.ctx.autosave(d.geladen, self.session, d.modus, d.started)
        self.last = uitkomst
        self.zone = None
        self.error = ""
        self.relayout_keep(f"gereedschap-{tool}")

    def _pause(self) -> None:
        from simulator.ui.scenes.pause import PauseScene
        self.stack.push(PauseScene(self.ctx, self.session, self.dialogue.modus), self._paused)

    def _paused(self, result) -> None:
        if isinstance(result, (M.Restart, M.Stop, M.StepBack)):
            self.stack.pop(M.FromPause(result))  # the dialogue scene under us starts again, stops or steps back
            return
        if isinstance(result, M.OpenHistory):
            dialogue_tools.open_history(self)
            return
        self.dirty = True

    def _letter(self, letter: str) -> bool:
        """G or H: the conversation so far; Z: a step back (practice). True when the key did something."""
        if letter in dialogue_tools.HISTORY_KEYS:
            dialogue_tools.open_history(self)
            return True
        if letter in dialogue_tools.BACK_KEYS and dialogue_tools.can_step_back(self.dialogue):
            self.stack.pop(M.FromPause(M.StepBack()))
            return True
        return False

    def resume(self) -> None:
        super().resume()
        self._static = None

    # -- drawing ---------------------------------------------------------------------------------

    def draw(self, surface) -> None:
        if self._static is None or self._static.get_size() != surface.get_size():
            self._static = pygame.Surface(surface.get_size()).convert()
            self._draw_static(self._static)
        surface.blit(self._static, (0, 0))
        self._draw_timer(surface)
        self._draw_pointer(surface)
        self.form.draw(surface)
        if self.drag is not None and self.drag.moved:
            self._draw_dragged(surface, self.drag)
        self.dirty = False

    def _draw_static(self, surface) -> None:
        theme, px = self.ctx.theme, self.ctx.px
        _bench(surface)
        header = pygame.Rect(px(16), px(8), surface.get_width() - px(32), self.header_h - px(4))
        draw.panel(surface, theme, header)
        for region in self.form.regions:
            draw.panel(surface, theme, region.rect)
        item, area = self.item()
        surface.blit(item, self.item_rect.topleft)

    def _timer_words(self, seconds: float) -> str:
        bank = self.bank
        if not bank.tijdsdruk:
            return self.ctx.t("werkbank.zonder_tijdsdruk")
        return self.ctx.t("werkbank.tijd", tijd=_clock(seconds), norm=_clock(bank.normtijd or 0))

    def _draw_timer(self, surface) -> None:
        if not self.bank.normtijd:
            return
        img = self.ctx.fonts.render(self._timer_words(self.work_time()), "small", self.ctx.theme.text)
        pause = self.form.find_key("pauze")
        px = self.ctx.px
        right = (pause.rect.left - px(20)) if pause is not None else surface.get_width() - px(40)
        surface.blit(img, img.get_rect(midright=(right, pause.rect.centery if pause is not None else px(40))))

    def _draw_pointer(self, surface) -> None:
        """Name the spot under the pointer (and outline it) while aiming a tool at the item."""
        if self.pointer is None or (self.tool is None and self.drag is None):
            return
        zone = self.zone_at(self.pointer)
        if zone is None:
            return
        theme = self.ctx.theme
        state = next((z.staat for z in self.bank.zones if z.id == zone), None)
        words = f"{self._zone_name(zone)}: {_state_words(state)}"
        # wrapped to the item's width: at large text one line was wider than the item and was cut off
        fonts = self.ctx.fonts
        width = min(fonts.width(words, "small") + 2, max(40, self.item_rect.w - 24))
        img = fonts.block(words, "small", theme.text, width)
        box = img.get_rect(midbottom=(self.pointer[0], self.pointer[1] - 18)).inflate(16, 8)
        box.clamp_ip(self.item_rect)
        clip = surface.get_clip()
        surface.set_clip(self.item_rect)   # never over the tray or the side panel
        draw.rounded(surface, theme.panel, box, radius=8)
        draw.rounded(surface, theme.text, box, radius=8, width=2)
        surface.blit(img, img.get_rect(center=box.center))
        surface.set_clip(clip)

    def _draw_dragged(self, surface, drag: Drag) -> None:
        art = _art()
        rect = pygame.Rect(0, 0, self.ctx.px(72), self.ctx.px(72))
        rect.center = drag.pos
        draw.rounded(surface, self.ctx.theme.panel, rect.inflate(8, 8), radius=14)
        if art is not None:
            tool = next((t for t in self.bank.gereedschap if t.id == drag.tool), None)
            art.draw_tool_icon(surface, rect, drag.tool, tool.tekening if tool is not None else None)


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


_BENCH: dict[tuple[int, int], pygame.Surface] = {}
"""The bench top per window size."""


def _bench(surface) -> None:
    """The bench top seen from above (drawn once per window size, cached); a plain wood colour if the art is
    missing."""
    size = surface.get_size()
    found = _BENCH.get(size)
    if found is None:
        found = pygame.Surface(size).convert() if pygame.display.get_surface() else pygame.Surface(size)
        found.fill((176, 128, 84))
        try:
            from simulator.ui.art import draw_workbench
            draw_workbench(found, found.get_rect())
        except Exception:  # noqa: BLE001
            pass
        _BENCH.clear()
        _BENCH[size] = found
    surface.blit(found, (0, 0))


# -- the loupe ------------------------------------------------------------------------------------

LOUPE_R = 130
MAGNIFY = 2.4


class LoupeScene(Scene):
    """The item up close: details too small to read until the loupe passes over them."""

    name = "loep"

    def __init__(self, ctx, dialogue):
        super().__init__(ctx)
        self.dialogue = dialogue
        self.form = Form(ctx)
        step = dialogue.session.step
        self.inspectie = step.inhoud_als(InspectieView)
        self.text = step.tekst
        self.looking: Optional[int] = None
        """The detail under the loupe (its index), or None."""
        self.loupe: Optional[tuple[int, int]] = None
        """Where the loupe is (its centre), once the pointer or a detail's button put it somewhere."""
        self._item: Optional[tuple[pygame.Surface, pygame.Rect]] = None
        self._static: Optional[pygame.Surface] = None

    def layout(self) -> None:
        ctx, t, theme = self.ctx, self.ctx.t, self.ctx.theme
        keyboard = self.form.keyboard
        form = Form(ctx)
        form.keyboard = keyboard
        px, (sw, sh) = ctx.px, ctx.screen.size
        grow = max(0.0, ctx.settings.schaal - 1)
        side_x = px(SIDE_X - 40 - 120 * grow)
        title = Text(ctx, t("werkbank.loep_titel"), side_x - px(56), "heading", theme.accent, key="loep-titel")
        line = Text(ctx, ctx.tekst(self.text), side_x - px(56), "body", key="loep-regel")
        title.rect.topleft = (px(36), px(16))
        line.rect.topleft = (px(36), title.rect.bottom + px(4))
        form.add(title)
        form.add(line)
        top = line.rect.bottom + px(24)
        self.header_rect = pygame.Rect(px(16), px(8), side_x - px(32), top - px(16))
        self.item_rect = pygame.Rect(px(24), top, side_x - px(52), sh - top - px(16))
        # the list beside the item and the title: full height, as the title only spans the item's side
        side = form.region((side_x, px(8), sw - side_x - px(16), sh - px(24)))
        col = Column(form, side, side_x + px(14), px(8) + px(14), side.rect.w - px(28) - px(SCROLLBAR_W), gap=10)
        col.add(Text(ctx, t("werkbank.loep_uitleg"), col.width, "body", theme.soft), gap=12)
        for n, d in enumerate(self.inspectie.details, 1):
            words = ctx.tekst(d.omschrijving) or d.zone
            col.add(Button(ctx, words, M.LookAt(n - 1), col.width, number=n, selected=self.looking == n - 1,
                           key=f"detail-{n}", align="left"), gap=8)
        if self.looking is not None:
            seen = t("werkbank.loep_zie", tekst=ctx.tekst(self.inspectie.details[self.looking].tekst))
            col.add(Picture(icon_line(ctx, "check", seen, col.width), seen, stop=True, key="gezien"))
        col.space(6)
        col.add(Button(ctx, t("werkbank.loep_terug"), M.Back(), col.width, style="primary", icon="pijl-rechts",
                       key="terug"))
        focus = self.form.focused.key if self.form.focused is not None else "detail-1"
        form.finish(focus)
        self.form = form
        self._static = None
        self.dirty = True

    def item(self) -> tuple[pygame.Surface, pygame.Rect]:
        if self._item is None:
            surf = pygame.Surface(self.item_rect.size, pygame.SRCALPHA)
            area = pygame.Rect(0, 0, 0, 0)
            art = _art()
            if art is not None:
                try:
                    area = art.draw_bench_item(surf, surf.get_rect(), self.inspectie.voorwerp, dict(self.inspectie.staten),
                                               self.inspectie.tekening)
                except Exception:  # noqa: BLE001
                    area = pygame.Rect(0, 0, 0, 0)
            self._item = (surf, area)
        return self._item

    def detail_point(self, index: int):
        """Where a detail lies on the canvas."""
        art = _art()
        surf, area = self.item()
        d = self.inspectie.details[index]
        shape = art.zone_shapes(self.inspectie.voorwerp, dict(self.inspectie.staten),
                                self.inspectie.tekening).get(d.zone) if art else None
        if shape is None or area.w == 0:
            return self.item_rect.center
        x, y = art.centre(shape)
        return (self.item_rect.left + area.left + round(x * area.w / art.SIZE),
                self.item_rect.top + area.top + round(y * area.h / art.SIZE))

    def _detail_at(self, pos):
        for i in range(len(self.inspectie.details)):
            px, py = self.detail_point(i)
            near = self.ctx.px(LOUPE_R * 0.6)
            if abs(pos[0] - px) <= near and abs(pos[1] - py) <= near:
                return i
        return None

    def update(self, dt, intents) -> None:
        for intent in intents:
            if intent.kind == I.BACK:
                self.stack.pop(None)
                return
            if intent.kind in (I.POINT, I.DRAG) and self.item_rect.collidepoint(intent.pos):
                self.loupe = intent.pos
                found = self._detail_at(intent.pos)
                if found is not None and found != self.looking:
                    self.looking = found
                    self.relayout()
                self.dirty = True
                continue
            match self.form.handle(intent):
                case M.Back():
                    self.stack.pop(None)
                    return
                case M.LookAt(index):
                    self.looking = index
                    self.loupe = self.detail_point(index)
                    key = self.form.focused.key if self.form.focused is not None else None
                    self.layout()
                    target = self.form.find_key(key) if key else None
                    if target is not None:
                        self.form.focus(target)
        if self.form.dirty:
            self.dirty = True

    def draw(self, surface) -> None:
        theme = self.ctx.theme
        if self._static is None or self._static.get_size() != surface.get_size():
            self._static = pygame.Surface(surface.get_size()).convert()
            _bench(self._static)
            draw.panel(self._static, theme, self.header_rect)
            for region in self.form.regions:
                draw.panel(self._static, theme, region.rect)
            item, _ = self.item()
            self._static.blit(item, self.item_rect.topleft)
            for i, d in enumerate(self.inspectie.details):
                # the fine print, too small to read without the loupe
                tiny = self.ctx.fonts.render(self.ctx.tekst(d.tekst), "small", (60, 60, 64))
                tiny = pygame.transform.smoothscale(tiny, (max(1, tiny.get_width() // 4), max(1, tiny.get_height() // 4)))
                self._static.blit(tiny, tiny.get_rect(center=self.detail_point(i)))
        surface.blit(self._static, (0, 0))
        if self.loupe is not None:
            self._draw_loupe(surface, self._static, self.loupe)
        self.form.draw(surface)
        self.dirty = False

    def _draw_loupe(self, surface, bench: pygame.Surface, centre: tuple[int, int]) -> None:
        """The loupe at `centre`: what lies on the bench under it, magnified."""
        theme = self.ctx.theme
        cx, cy = centre
        r = self.ctx.px(LOUPE_R)
        lens = pygame.Surface((2 * r, 2 * r), pygame.SRCALPHA)
        # the bench under the lens, magnified
        src = pygame.Rect(0, 0, round(2 * r / MAGNIFY), round(2 * r / MAGNIFY))
        src.center = (cx, cy)
        src = src.clip(bench.get_rect())
        if src.w > 0 and src.h > 0:
            lens.blit(pygame.transform.smoothscale(bench.subsurface(src), (2 * r, 2 * r)), (0, 0))
        if self.looking is not None:
            words = self.ctx.tekst(self.inspectie.details[self.looking].tekst)
            text = self.ctx.fonts.block(words, "heading", theme.text, 2 * r - 40, "center")
            plate = text.get_rect(center=(r, r)).inflate(20, 12)
            draw.rounded(lens, theme.panel, plate, radius=10)
            lens.blit(text, text.get_rect(center=(r, r)))
        mask = pygame.Surface((2 * r, 2 * r), pygame.SRCALPHA)
        pygame.draw.circle(mask, (255, 255, 255, 255), (r, r), r)
        lens.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
        surface.blit(lens, (cx - r, cy - r))
        pygame.draw.circle(surface, (40, 40, 44), (cx, cy), r + 4, 10)
        pygame.draw.circle(surface, (120, 120, 128), (cx, cy), r + 4, 2)
