"""A text field (a name, or a number written the Dutch way) and the on-screen keys that let a mouse fill it in."""

from __future__ import annotations

import unicodedata
from typing import Optional

import pygame

from simulator.engine.getal import MINUS, MINUS_SIGNS, Gelezen, lees_getal
from simulator.ui import draw, intents as I
from simulator.ui.messages import TypeKey
from simulator.ui.widgets.base import Widget
from simulator.ui.widgets.button import PAD_X, Button

NUMBER_CHARS = "0123456789,.+€ " + MINUS_SIGNS
"""What a number field takes: digits, the decimal comma, thousands dots or spaces, a sign and €."""
KEY_LABELS = {"-": MINUS}
"""The minus key shows the real minus sign; it types a plain '-'."""


class TextField(Widget):
    def __init__(self, ctx, width: int, action, *, value: str = "", placeholder: str = "", numeric: bool = False,
                 max_len: int = 40, key: str = "veld", label: str = ""):
        super().__init__(action, key, label or placeholder)
        self.value = value
        self.cursor = len(value)
        self.placeholder = placeholder
        self.numeric = numeric
        self.max_len = max_len
        h = max(ctx.px(60), ctx.fonts.line_height("body") + ctx.px(24))
        self.rect = pygame.Rect(0, 0, width, h)
        self.pad = ctx.px(16)
        self.placeholder_w = ctx.fonts.width(placeholder, "body") if placeholder else 0
        self.shift = 0
        """Pixels the text is moved left so the cursor stays in view when the value is longer than the field."""

    @property
    def takes_text(self) -> bool:
        return True

    def insert(self, text: str) -> bool:
        if self.numeric:
            # a non-breaking or thin space (pasted from a price list) is just a space
            text = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in text)
            text = "".join(ch for ch in text if ch in NUMBER_CHARS)
        else:
            text = "".join(ch for ch in text if ch.isprintable())
        text = text[: max(0, self.max_len - len(self.value))]
        if not text:
            return False
        self.value = self.value[: self.cursor] + text + self.value[self.cursor:]
        self.cursor += len(text)
        return True

    def erase(self) -> bool:
        if self.cursor == 0:
            return False
        self.value = self.value[: self.cursor - 1] + self.value[self.cursor:]
        self.cursor -= 1
        return True

    def edit(self, intent) -> bool:
        if intent.kind == I.TEXT:
            return self.insert(intent.text)
        key = intent.key
        if key == "backspace":
            return self.erase()
        if key == "delete" and self.cursor < len(self.value):
            self.value = self.value[: self.cursor] + self.value[self.cursor + 1:]
            return True
        moves = {"left": self.cursor - 1, "right": self.cursor + 1, "home": 0, "end": len(self.value)}
        if key in moves:
            new = max(0, min(len(self.value), moves[key]))
            changed, self.cursor = new != self.cursor, new
            return changed
        return False

    def toggle_sign(self) -> None:
        """The keypad's minus key: makes the number negative (or positive again) wherever the cursor is,
        so a student who types 34400 first and then presses it still gets -34400."""
        text = self.value.lstrip()
        if text[:1] and text[0] in MINUS_SIGNS:
            self.value, self.cursor = text[1:], max(0, self.cursor - 1 - (len(self.value) - len(text)))
        elif len(self.value) < self.max_len:
            self.value, self.cursor = "-" + self.value, self.cursor + 1

    def press_key(self, key: str) -> None:
        """An on-screen key: 'wis' erases, '-' flips the sign, anything else is typed."""
        if key == "wis":
            self.erase()
        elif key == "-" and self.numeric:
            self.toggle_sign()
        else:
            self.insert(key)

    def reading(self) -> Gelezen:
        """What the value says as a Dutch number: one reading, two (ask which), or why it is none."""
        return lees_getal(self.value)

    def as_number(self) -> Optional[float]:
        """The value as a number when it can be read only one way (see simulator.engine.getal), else None."""
        return self.reading().waarde

    def draw(self, surface, ctx, rect, focused, hovered, pressed) -> None:
        theme, fonts = ctx.theme, ctx.fonts
        draw.rounded(surface, theme.panel, rect, 10)
        draw.rounded(surface, theme.text, rect, 10, width=3 if (focused or hovered) else 2)
        if self.value:
            img = fonts.render(self.value, "body", theme.text)
        else:
            img = fonts.render(self.placeholder, "body", theme.soft)
        room = rect.w - 2 * self.pad
        cursor_x = fonts.width(self.value[: self.cursor], "body") if self.value else 0
        # a value longer than the field scrolls with the cursor: what is typed is always in view
        self.shift = min(max(self.shift, cursor_x - room + 4), cursor_x, max(0, img.get_width() - room + 4))
        self.shift = max(0, self.shift)
        x = rect.left + self.pad - (self.shift if self.value else 0)
        y = rect.centery - img.get_height() // 2
        clip = surface.get_clip()
        inner = rect.inflate(-self.pad // 2, -4)
        surface.set_clip(inner.clip(clip) if clip else inner)
        surface.blit(img, (x, y))
        if focused:
            cx = x + cursor_x
            edge = rect.h // 5
            pygame.draw.line(surface, theme.text, (cx + 1, rect.top + edge), (cx + 1, rect.bottom - edge), 3)
        surface.set_clip(clip)

    def text_need(self) -> tuple[int, int]:
        """A field scrolls its value; only the placeholder must fit as it is."""
        return self.pad * 2 + self.placeholder_w, self.rect.h


def keys(ctx, chars: list[str], key_w: int, prefix: str = "toets") -> list[Button]:
    """One button per key; the action is TypeKey(char). 'wis' erases, '-' shows as a minus sign."""
    out = []
    for ch in chars:
        label = ctx.strings("veld.wis") if ch == "wis" else KEY_LABELS.get(ch, ch)
        width = max(key_w, ctx.fonts.width(label, "button") + 2 * ctx.px(PAD_X) + 2)  # 'Wis' never as 'W' 'is'
        b = Button(ctx, label, TypeKey(ch), width, key=f"{prefix}-{ch}")
        out.append(b)
    return out
