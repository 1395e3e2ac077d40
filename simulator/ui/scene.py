"""Scenes and the scene stack. A scene gets time and intents, draws itself, and reports whether it changed.

Screens return results to whoever pushed them (`stack.push(scene, on_result)`, `stack.pop(result)`),
as Textual's screens do.
"""

from __future__ import annotations

from typing import Callable, Optional

import pygame


class Scene:
    """One screen. Subclasses build their widgets in `layout()` and act on intents in `update()`."""

    overlay = False
    """Drawn over the scene below (pause, feedback) instead of replacing it."""
    name = "scene"

    def __init__(self, ctx):
        self.ctx = ctx
        self._stack: Optional[SceneStack] = None
        self.dirty = True
        self._laid_out = False

    # -- the stack it is on --------------------------------------------------------------------

    @property
    def stack(self) -> SceneStack:
        """The stack this scene was pushed on. A scene pushes, pops or replaces only while it is on one
        (it acts from `update()`, which the stack's owner calls), so callers need no None check."""
        if self._stack is None:
            raise RuntimeError(f"scene {self.name!r} is used before it was put on a scene stack")
        return self._stack

    @property
    def on_stack(self) -> bool:
        return self._stack is not None

    @property
    def on_top(self) -> bool:
        """True while this scene is the top of its stack: what it opens goes over it."""
        return self._stack is not None and self._stack.top is self

    @property
    def left_top(self) -> bool:
        """True once a pushed scene is no longer on top (it opened another or closed itself): the rest of
        this frame's input is not for it."""
        return self._stack is not None and self._stack.top is not self

    # -- life cycle ----------------------------------------------------------------------------

    def enter(self) -> None:
        """Called when the scene is put on the stack."""

    def resume(self) -> None:
        """Called when the scene is on top again after the one above it was popped."""
        self.dirty = True

    def leave(self) -> None:
        """Called when the game closes with this scene on the stack: a last chance to keep what the student did."""

    def relayout(self) -> None:
        """Settings or strings changed: build the widgets again on the next frame."""
        self._laid_out = False
        self.dirty = True

    def ensure_layout(self) -> None:
        if not self._laid_out:
            self._laid_out = True
            self.layout()

    def layout(self) -> None:
        """Build widgets for the current fonts, theme and strings."""

    # -- per frame -----------------------------------------------------------------------------

    def update(self, dt: float, intents: list) -> None:
        """Act on the intents; set `self.dirty` when what is drawn changed."""

    def draw(self, surface: pygame.Surface) -> None:
        raise NotImplementedError

    def animating(self) -> bool:
        """True while the scene wants frames without input (typed text, a mood change)."""
        return False

    @property
    def wants_text(self) -> bool:
        """True while a text field has focus: number keys and Space then type instead of select/confirm."""
        return False


class SceneStack:
    """The screens on top of each other. Only the App owns one; scenes reach it as `self.stack`."""

    def __init__(self):
        self.scenes: list[Scene] = []
        self._callbacks: list[Optional[Callable]] = []
        self.changed = True
        self.empty_result = None

    @property
    def top(self) -> Optional[Scene]:
        return self.scenes[-1] if self.scenes else None

    def names(self) -> list[str]:
        return [s.name for s in self.scenes]

    def push(self, scene: Scene, on_result: Optional[Callable] = None) -> Scene:
        scene._stack = self
        self.scenes.append(scene)
        self._callbacks.append(on_result)
        self.changed = True
        scene.enter()
        return scene

    def pop(self, result=None) -> None:
        """Remove the top scene and hand `result` to whoever pushed it."""
        if not self.scenes:
            return
        self.scenes.pop()
        callback = self._callbacks.pop()
        self.changed = True
        if self.top is not None:
            self.top.resume()
        else:
            self.empty_result = result
        if callback is not None:
            callback(result)

    def replace(self, scene: Scene) -> Scene:
        """Swap the top scene for another; the new one reports to the old one's pusher."""
        callback = self._callbacks[-1] if self._callbacks else None
        if self.scenes:
            self.scenes.pop()
            self._callbacks.pop()
        scene._stack = self
        self.scenes.append(scene)
        self._callbacks.append(callback)
        self.changed = True
        scene.enter()
        return scene

    def reset(self, scene: Scene) -> Scene:
        """Make this the only scene (e.g. back to the shop from deep inside)."""
        self.scenes.clear()
        self._callbacks.clear()
        return self.push(scene)

    def visible(self) -> list[Scene]:
        """The scenes to draw, bottom first: the top one and any it is drawn over."""
        out = []
        for scene in reversed(self.scenes):
            out.append(scene)
            if not scene.overlay:
                break
        return list(reversed(out))
