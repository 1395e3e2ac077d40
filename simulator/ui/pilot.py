"""A pilot for tests: drives the real App with real pygame events under the dummy video driver.

    pilot = Pilot.start(store=Store(tmp_path), library=library)
    pilot.press("return"); pilot.type("Sanne"); pilot.click_on("Maak profiel")
    assert pilot.scene.name == "home"

Positions are window pixels, as the scenes lay out (simulator.ui.screen); the pilot posts them as a real mouse would.
"""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from simulator.ui.game import make_app  # noqa: E402

KEYS = {
    "return": pygame.K_RETURN, "enter": pygame.K_RETURN, "escape": pygame.K_ESCAPE, "esc": pygame.K_ESCAPE,
    "tab": pygame.K_TAB, "space": pygame.K_SPACE, "up": pygame.K_UP, "down": pygame.K_DOWN, "left": pygame.K_LEFT,
    "right": pygame.K_RIGHT, "backspace": pygame.K_BACKSPACE, "pagedown": pygame.K_PAGEDOWN,
    "pageup": pygame.K_PAGEUP, "f11": pygame.K_F11, "home": pygame.K_HOME, "end": pygame.K_END,
}
KEYS.update({str(n): getattr(pygame, f"K_{n}") for n in range(10)})
KEYS.update({chr(c): c for c in range(pygame.K_a, pygame.K_z + 1)})


class PilotError(AssertionError):
    pass


class Pilot:
    def __init__(self, app):
        self.app = app
        self.step()

    @classmethod
    def start(cls, **kwargs) -> "Pilot":
        """make_app(**kwargs) with sound off by default; then the first frames are run."""
        kwargs.setdefault("sound", False)
        return cls(make_app(**kwargs))

    # -- what is on screen -------------------------------------------------------------------

    @property
    def scene(self):
        return self.app.stack.top

    @property
    def names(self) -> list[str]:
        return self.app.stack.names()

    @property
    def ctx(self):
        return self.app.ctx

    def widget(self, text: str):
        """The widget whose label contains text, on the top scene (after its layout)."""
        scene = self.scene
        scene.ensure_layout()
        form = getattr(scene, "form", None)
        found = form.find(text) if form is not None else None
        if found is None:
            labels = [w.label for w in form.widgets] if form is not None else []
            raise PilotError(f"geen knop met '{text}' op '{scene.name}'; wel: {labels}")
        return found

    def position(self, text: str) -> tuple[int, int]:
        """Logical centre of the visible part of a widget, scrolling it into view first (as a mouse user
        would with the wheel)."""
        w = self.widget(text)
        form = self.scene.form
        for _ in range(200):
            visible = form.visible_rect(w)
            if visible.h >= min(w.rect.h, 20):
                return visible.center
            region = w.region
            rect = form.screen_rect(w)
            self.scroll(1 if rect.centery > region.rect.centery else -1, pos=region.rect.center)
        raise PilotError(f"'{text}' komt niet in beeld")

    # -- input -------------------------------------------------------------------------------

    def step(self, frames: int = 1) -> "Pilot":
        for _ in range(frames):
            self.app.tick(block=False)
        return self

    def settle(self, limit: int = 600) -> "Pilot":
        """Run frames until nothing animates (typed text done)."""
        for _ in range(limit):
            self.app.tick(block=False)
            if not self.app.animating():
                break
        self.app.tick(block=False)
        return self

    def press(self, key: str, shift: bool = False, times: int = 1) -> "Pilot":
        code = KEYS[key]
        mod = pygame.KMOD_SHIFT if shift else 0
        for _ in range(times):
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode="", scancode=0))
            pygame.event.post(pygame.event.Event(pygame.KEYUP, key=code, mod=mod, unicode="", scancode=0))
            self.step()
        return self

    def type(self, text: str) -> "Pilot":
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=text))
        return self.step()

    def move(self, pos) -> "Pilot":
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=self.app.to_window(pos), rel=(0, 0),
                                             buttons=(0, 0, 0)))
        return self.step()

    def click(self, pos) -> "Pilot":
        window = self.app.to_window(pos)
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=window, rel=(0, 0), buttons=(0, 0, 0)))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=window, button=1))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=window, button=1))
        return self.step()

    def right_click(self, pos) -> "Pilot":
        window = self.app.to_window(pos)
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=window, rel=(0, 0), buttons=(0, 0, 0)))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=window, button=3))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=window, button=3))
        return self.step()

    def click_on(self, text: str) -> "Pilot":
        return self.click(self.position(text))

    def hold(self, begin, end, moves: int = 3) -> "Pilot":
        """Press the left button at begin and move to end in `moves` steps with it held (a drag, not let go yet)."""
        to = self.app.to_window
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=to(begin), rel=(0, 0), buttons=(0, 0, 0)))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=to(begin), button=1))
        self.step()
        for k in range(1, moves + 1):
            at = (begin[0] + (end[0] - begin[0]) * k // moves, begin[1] + (end[1] - begin[1]) * k // moves)
            pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=to(at), rel=(0, 0), buttons=(1, 0, 0)))
            self.step()
        return self

    def release(self, pos) -> "Pilot":
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=self.app.to_window(pos), button=1))
        return self.step()

    def drag(self, begin, end) -> "Pilot":
        return self.hold(begin, end).release(end)

    def scroll(self, notches: int, pos=None) -> "Pilot":
        if pos is not None:
            self.move(pos)
        pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-notches, precise_x=0.0,
                                             precise_y=float(-notches), flipped=False, touch=False))
        return self.step()

    def screenshot(self, path) -> None:
        self.app.render()
        self.app.save_screenshot(path)
