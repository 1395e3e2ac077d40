"""Putting the game together: the App, the shared Context, and the first scenes."""

from __future__ import annotations

from typing import Optional

from simulator.ui.app import App
from simulator.ui.context import Context
from simulator.ui.settings import Instellingen


def open_store(args=None):
    from simulator.progress import Store, saves_dir
    return Store(saves_dir(args))


def make_app(args=None, geladen=None, *, store=None, size: Optional[tuple[int, int]] = None,
             settings: Optional[Instellingen] = None, library=None, sound: bool = True, folders=None,
             fullscreen: bool = False) -> App:
    """The app with the start screen; `store` may be a Store or a callable making one (default: the saves folder).

    `size` None fits the window to the screen; `fullscreen` is how this PC's window was left (simulator.ui.window_memory).
    """
    if folders is None and getattr(args, "scenarios", None):
        from pathlib import Path
        from simulator.ui.context import library_folders
        folders = [*library_folders(), *(Path(p).expanduser() for p in args.scenarios)]
    app = App(size=size, fullscreen=fullscreen)
    ctx = Context(store if store is not None else (lambda: open_store(args)), settings, library=library,
                  folders=folders, sound=sound)
    app.attach(ctx)
    if app.fullscreen != ctx.settings.volledig_scherm:
        from dataclasses import replace
        ctx.settings = replace(ctx.settings, volledig_scherm=app.fullscreen)  # the settings screen shows the window
    from simulator.ui.scenes.start import StartScene
    app.stack.push(StartScene(ctx))
    if geladen is not None:
        from simulator.ui.scenes.intro import IntroScene
        app.stack.push(IntroScene(ctx, geladen))
    return app
