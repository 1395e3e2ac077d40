"""The App: owns the window, the clock and the event queue; turns events into intents; runs the scene stack.

Scenes draw straight into the window at its real size (simulator.ui.screen): when the window changes size or
goes full screen, every scene lays itself out again for the new size, so text stays crisp and nothing is
letterboxed. A frame is drawn only when a scene reports a change; with nothing to do the app sleeps, so a
static screen costs next to no CPU on a classroom PC.
"""

from __future__ import annotations

import time
import warnings
from typing import TYPE_CHECKING, Optional

import pygame

from simulator.ui import intents as I
from simulator.ui.display import HEADLESS
from simulator.ui.icon import window_icon
from simulator.ui.scene import SceneStack
from simulator.ui.screen import DESIGN, MIN_WINDOW, Screen, fits, fitting_size

if TYPE_CHECKING:
    from simulator.ui.context import Context
    from simulator.ui.preview import Preview

IDLE_TIMEOUT_MS = 1000
# The dummy and offscreen drivers cannot block in SDL_WaitEventTimeout (SDL then polls every millisecond),
# so there we poll a little and sleep; real drivers (Windows, X11, Wayland, macOS) block properly.
POLL_SLEEP_S = 1 / 30
FRAME_RATE = 60

_DIGITS = {getattr(pygame, f"K_{n}"): n for n in range(1, 10)}
_DIGITS.update({getattr(pygame, f"K_KP{n}"): n for n in range(1, 10)})
_EDIT_KEYS = {pygame.K_BACKSPACE: "backspace", pygame.K_DELETE: "delete", pygame.K_HOME: "home", pygame.K_END: "end"}
_ARROWS = {pygame.K_UP: "up", pygame.K_DOWN: "down", pygame.K_LEFT: "left", pygame.K_RIGHT: "right"}


def init_pygame() -> None:
    """Only what the game uses: no joystick subsystem (it would force SDL to poll while idle)."""
    pygame.display.init()
    pygame.font.init()


class App:
    def __init__(self, size: Optional[tuple[int, int]] = None, fullscreen: bool = False, title: str = "Juwelier-simulator"):
        """`size` is the window size to open at; None fits it to the screen (a remembered size is passed in)."""
        init_pygame()
        pygame.display.set_caption(title)
        pygame.display.set_icon(window_icon())  # before set_mode: some window managers read it only then
        headless = pygame.display.get_driver() in HEADLESS
        desktop = _desktop()
        maximise = False
        wanted = (int(size[0]), int(size[1])) if size is not None else None
        if wanted is None or not (headless or fits(wanted, desktop)):
            wanted, maximise = (DESIGN, False) if headless else fitting_size(desktop)
        self.windowed_size: tuple[int, int] = wanted
        self.fullscreen = False
        self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
        self._limit_window(maximise)
        self.stack = SceneStack()
        self._ctx: Optional[Context] = None
        self.running = True
        self.frames = 0
        """Frames drawn so far (tests and benchmarks read it)."""
        self.extras: list = []
        """Things beside the scenes (preview mode's file watcher and badge): `tick()` each turn, `draw(surface)` on top."""
        self.preview: Optional[Preview] = None
        """In preview mode (juwelier speel --volg) the one of the extras that watches the file."""
        self._force = True
        self._text_on = False
        self._last = time.perf_counter()
        self._mouse = (0, 0)
        self._blocking = not headless
        pygame.key.stop_text_input()
        pygame.key.set_repeat(400, 40)
        if fullscreen:
            self.toggle_fullscreen()

    # -- window ------------------------------------------------------------------------------

    @property
    def screen(self) -> Screen:
        return Screen(*self.window.get_size())

    @property
    def ctx(self) -> Context:
        """The shared context; make_app attaches it before the first frame."""
        if self._ctx is None:
            raise RuntimeError("the app has no context yet: attach() one first")
        return self._ctx

    def attach(self, ctx: Context) -> None:
        """The shared context: it lays out for this window from now on."""
        self._ctx = ctx
        ctx.app = self
        ctx.resize(self.screen)

    def _limit_window(self, maximise: bool) -> None:
        try:
            with warnings.catch_warnings():
                # pygame-ce would rather have the whole game on its Window API; for these two calls this is fine
                warnings.simplefilter("ignore", DeprecationWarning)
                window = pygame.Window.from_display_module()
            window.minimum_size = MIN_WINDOW
            if maximise:
                window.maximize()
        except (AttributeError, pygame.error):  # an SDL without window sizes: the game still runs
            pass

    def _fit(self) -> None:
        """The window has a new size: lay every scene out for it."""
        self.window = pygame.display.get_surface() or self.window
        if not self.fullscreen:
            self.windowed_size = self.window.get_size()
        if self._ctx is not None:
            self._ctx.resize(self.screen)
        self.relayout()

    def resize(self, size: tuple[int, int]) -> None:
        """Give the window another size (tests and the layout check; a player drags the window's edge)."""
        self.window = pygame.display.set_mode(size, pygame.RESIZABLE)
        self._fit()

    def toggle_fullscreen(self) -> None:
        if self.fullscreen:
            self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
        else:
            self.window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        self.fullscreen = not self.fullscreen
        self._fit()

    def to_logical(self, pos) -> tuple[int, int]:
        """A window position as the scenes see it (they lay out in window pixels; kept inside the window)."""
        w, h = self.window.get_size()
        return int(max(0, min(w - 1, pos[0]))), int(max(0, min(h - 1, pos[1])))

    def to_window(self, pos) -> tuple[int, int]:
        return (round(pos[0]), round(pos[1]))

    def relayout(self) -> None:
        for scene in self.stack.scenes:
            scene.relayout()
        self._force = True

    # -- the loop ----------------------------------------------------------------------------

    def run(self) -> int:
        while self.running:
            self.tick(block=True)
        for scene in reversed(self.stack.scenes):
            scene.leave()
        return 0

    def animating(self) -> bool:
        return any(s.animating() for s in self.stack.visible())

    def tick(self, block: bool = False) -> None:
        """One turn of the loop: read events, update the top scene, draw if anything changed."""
        events = pygame.event.get()
        if not events and block and not self.animating() and not self._needs_draw():
            events = self._wait()
        for extra in self.extras:
            extra.tick()
        top = self.stack.top
        if top is None:
            self.running = False
            return
        top.ensure_layout()
        self._sync_text_input(top)
        intents = self.translate(events)
        now = time.perf_counter()
        dt, self._last = min(0.25, now - self._last), now
        top.update(dt, intents)
        if self.stack.top is None:
            self.running = False
            return
        if self._needs_draw():
            self.render()
        self._sync_text_input(self.stack.top)
        if block and self.animating():
            self.clock_tick()

    def clock_tick(self) -> None:
        if not hasattr(self, "_clock"):
            self._clock = pygame.time.Clock()
        self._clock.tick(FRAME_RATE)

    def _wait(self) -> list:
        if self._blocking:
            first = pygame.event.wait(IDLE_TIMEOUT_MS)
            return ([first] if first.type != pygame.NOEVENT else []) + pygame.event.get()
        deadline = time.perf_counter() + IDLE_TIMEOUT_MS / 1000
        while time.perf_counter() < deadline:
            time.sleep(POLL_SLEEP_S)
            events = pygame.event.get()
            if events:
                return events
        return []

    def _needs_draw(self) -> bool:
        return self._force or self.stack.changed or any(s.dirty for s in self.stack.visible())

    def _sync_text_input(self, scene) -> None:
        want = bool(scene.wants_text)
        if want != self._text_on:
            self._text_on = want
            if want:
                pygame.key.start_text_input()
            else:
                pygame.key.stop_text_input()

    def translate(self, events) -> list[I.Intent]:
        out: list[I.Intent] = []
        typing = self._text_on
        for e in events:
            t = e.type
            if t == pygame.QUIT:
                self.running = False
            elif t == pygame.KEYDOWN:
                intent = self._key(e, typing)
                if intent is not None:
                    out.append(intent)
            elif t == pygame.TEXTINPUT:
                if typing:
                    out.append(I.Intent(I.TEXT, text=e.text))
            elif t == pygame.MOUSEMOTION:
                self._mouse = self.to_logical(e.pos)
                held = e.buttons[0] if hasattr(e, "buttons") else False
                out.append(I.Intent(I.DRAG if held else I.POINT, pos=self._mouse))
            elif t == pygame.MOUSEBUTTONDOWN and e.button == 1:
                self._mouse = self.to_logical(e.pos)
                out.append(I.Intent(I.POINT, pos=self._mouse))
                out.append(I.Intent(I.PRESS, pos=self._mouse))
            elif t == pygame.MOUSEBUTTONUP and e.button == 1:
                self._mouse = self.to_logical(e.pos)
                out.append(I.Intent(I.CLICK, pos=self._mouse))
            elif t == pygame.MOUSEBUTTONUP and e.button == 3:
                self._mouse = self.to_logical(e.pos)
                out.append(I.Intent(I.MENU, pos=self._mouse))
            elif t == pygame.MOUSEWHEEL:
                out.append(I.Intent(I.SCROLL, n=-int(e.y) or (-1 if e.precise_y > 0 else 1), pos=self._mouse))
            elif t in (pygame.VIDEORESIZE, pygame.WINDOWRESIZED, pygame.WINDOWSIZECHANGED):
                now = pygame.display.get_surface()
                if now is not None and now.get_size() != self.window.get_size():
                    self._fit()
            elif t in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.WINDOWSHOWN, pygame.WINDOWMAXIMIZED):
                self._force = True
        return out

    def _key(self, e, typing: bool) -> Optional[I.Intent]:
        k = e.key
        shift = bool(e.mod & pygame.KMOD_SHIFT)
        if k == pygame.K_F11:
            self.toggle_fullscreen()
            if self._ctx is not None:
                from dataclasses import replace
                self._ctx.settings = replace(self._ctx.settings, volledig_scherm=self.fullscreen)
            return None
        if k == pygame.K_ESCAPE:
            return I.back()
        if k in (pygame.K_RETURN, pygame.K_KP_ENTER):
            return I.confirm()
        if k == pygame.K_TAB:
            return I.Intent(I.PREV if shift else I.NEXT)
        if k in (pygame.K_PAGEUP, pygame.K_PAGEDOWN):
            return I.Intent(I.SCROLL, n=1 if k == pygame.K_PAGEDOWN else -1, key="page")
        if typing:
            if k in _EDIT_KEYS:
                return I.Intent(I.EDIT, key=_EDIT_KEYS[k])
            if k in (pygame.K_LEFT, pygame.K_RIGHT):
                return I.Intent(I.EDIT, key=_ARROWS[k])
            if k in (pygame.K_UP, pygame.K_DOWN):
                return I.Intent(I.NAV, key=_ARROWS[k])
            return None
        if k == pygame.K_SPACE:
            return I.confirm()
        if k in _ARROWS:
            return I.Intent(I.NAV, key=_ARROWS[k])
        if k in _DIGITS:
            return I.select(_DIGITS[k])
        if pygame.K_a <= k <= pygame.K_z:
            upper = bool(e.mod & pygame.KMOD_SHIFT) != bool(e.mod & pygame.KMOD_CAPS)
            return I.Intent(I.LETTER, key=chr(k).upper() if upper else chr(k))
        return None

    # -- drawing -----------------------------------------------------------------------------

    def render(self) -> None:
        scenes = self.stack.visible()
        for scene in scenes:
            scene.ensure_layout()
        if scenes and getattr(scenes[-1], "snapshot", None) is not None:
            scenes = scenes[-1:]  # an overlay keeps a picture of what lies under it
        for scene in scenes:
            scene.draw(self.window)
            scene.dirty = False
        for extra in self.extras:
            extra.draw(self.window)
        pygame.display.flip()
        self.stack.changed = False
        self._force = False
        self.frames += 1

    def save_screenshot(self, path) -> None:
        pygame.image.save(self.window, str(path))


def _desktop() -> tuple[int, int]:
    try:
        sizes = pygame.display.get_desktop_sizes()
    except pygame.error:
        sizes = []
    if not sizes:
        return DESIGN
    width, height = sizes[0]
    return width, height
