"""Choose one option from a list; the screen returns Picked(value) to whoever opened it, or None."""

from __future__ import annotations

from simulator.ui.messages import Message, Picked
from simulator.ui.scenes.base import Column, FormScene
from simulator.ui.widgets import Button


class PickerScene(FormScene):
    name = "kiezen"

    def __init__(self, ctx, title: str, options: list[tuple[str, object]], current=None):
        super().__init__(ctx)
        self._title_text = title
        self.options = options
        self.current = current

    def title(self) -> str:
        return self._title_text

    def initial_focus(self):
        for i, (_, value) in enumerate(self.options):
            if value == self.current:
                return f"optie-{i}"
        return "optie-0"

    def build(self, col: Column) -> None:
        for i, (label, value) in enumerate(self.options):
            col.add(Button(self.ctx, label, Picked(value), col.width, selected=value == self.current,
                           key=f"optie-{i}"), gap=10)

    def on_action(self, action: Message) -> None:
        self.stack.pop(action)
