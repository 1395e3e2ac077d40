"""A text field (a name, or a number with a comma) and the on-screen keys that let a mouse fill it in."""

from __future__ import annotations

from typing import Optional

import pygame

from simulator.ui import draw, intents as I
from simulator.ui.widgets.base import Widget
from simulator.ui.widgets.button import Button

NUMBER_CHARS = "0123456789,.-"


class TextField(Widget):
    def __init__(self, ctx, width: int, action, *, value: str = "", placeholder: str = "", numeric: bool = False,
                 max_len: int = 40, key: str = "veld", label: str = ""):
        super().__init__(action, key, label or placeholder)
        self.value = value
        self.cursor = len(value)
        self.placeholder = placeholder
        self.numeric = numeric
        self.max_len = max_len
        h = max(60, ctx.fonts.line_height("body") + 24)
        self.rect = pygame.Rect(0, 0, width, h)

    @property
    def takes_text(self) -> bool:
        return True

    def insert(self, text: str) -> bool:
        if self.numeric:
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

    def as_number(self) -> Optional[float]:
        """The value as a number (Dutch comma or dot as decimal mark), or None."""
        text = self.value.strip().replace(" ", "")
        if text.count(",") == 1 and "." in text:
            text = text.replace(".", "")  # 1.234,50: dots group thousands
        text = text.replace(",", ".")
        try:
            return float(text)
        except ValueError:
            return None

    def draw(self, surface, ctx, rect, focused, hovered, pressed) -> None:
        theme, fonts = ctx.theme, ctx.fonts
        draw.rounded(surface, theme.panel, rect, 10)
        draw.rounded(surface, theme.text, rect, 10, width=3 if (focused or hovered) else 2)
        if self.value:
            img = fonts.render(self.value, "body", theme.text)
        else:
            img = fonts.render(self.placeholder, "body", theme.soft)
        x = rect.left + 16
        y = rect.centery - img.get_height() // 2
        clip = surface.get_clip()
        surface.set_clip(rect.inflate(-8, -4).clip(clip) if clip else rect.inflate(-8, -4))
        surface.blit(img, (x, y))
        if focused:
            cx = x + fonts.width(self.value[: self.cursor], "body") if self.value else x
            pygame.draw.line(surface, theme.text, (cx + 1, rect.top + 12), (cx + 1, rect.bottom - 12), 3)
        surface.set_clip(clip)


def keys(ctx, chars: list[str], key_w: int, prefix: str = "toets") -> list[Button]:
    """One button per key; the action is ('toets', char). 'wis' erases."""
    out = []
    for ch in chars:
        label = ctx.strings("veld.wis") if ch == "wis" else ch
        b = Button(ctx, label, ("toets", ch), key_w, key=f"{prefix}-{ch}")
        out.append(b)
    return out
