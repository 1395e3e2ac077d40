"""The game's own small input vocabulary: what the player means, whatever the device.

Only the App reads pygame events; it turns them into these intents and hands them to the top scene.
Positions are window pixels: scenes lay out for the window's real size (simulator.ui.screen).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

CONFIRM = "confirm"      # Enter, keypad Enter, Space (outside a text field)
BACK = "back"            # Esc
SELECT = "select"        # number keys 1-9: `n`
NEXT = "next"            # Tab
PREV = "prev"            # Shift+Tab
NAV = "nav"              # arrow keys: `key` is up/down/left/right
POINT = "point"          # the mouse moved: `pos`
PRESS = "press"          # left button down: `pos`
CLICK = "click"          # left button up: `pos`
DRAG = "drag"            # moved with the left button down: `pos`
SCROLL = "scroll"        # wheel or PageUp/PageDown: `n` lines (negative = up)
TEXT = "text"            # typed characters: `text`
EDIT = "edit"            # text editing keys: `key` is backspace/delete/left/right/home/end
MENU = "menu"            # right button up: `pos` (the quick menu)
LETTER = "letter"        # a letter key outside a text field: `key` is the letter (shortcuts; the start screen
                         # sends it on to the name field)


@dataclass(frozen=True)
class Intent:
    kind: str
    n: int = 0
    pos: Optional[tuple[int, int]] = None
    text: str = ""
    key: str = ""

    @property
    def is_pointer(self) -> bool:
        return self.pos is not None


def confirm() -> Intent:
    return Intent(CONFIRM)


def back() -> Intent:
    return Intent(BACK)


def select(n: int) -> Intent:
    return Intent(SELECT, n=n)


def click(pos) -> Intent:
    return Intent(CLICK, pos=tuple(pos))
