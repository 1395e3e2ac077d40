"""The screenshot set-up for Mijn voortgang (a student with a realistic history) and the teacher overview
(a class of 25 in two groups), kept apart from screenshot.py so each stays small."""

from __future__ import annotations


def build_more(scherm: str, app, ctx) -> None:
    from simulator.ui import demo
    from simulator.ui.scenes.home import HomeScene
    store, library = ctx.store, ctx.library
    if scherm == "voortgang":
        demo.history(store, ctx.profile, library, attempts=12, seed=3)
        from simulator.ui.scenes.progress import ProgressScene
        app.stack.push(HomeScene(ctx))
        app.stack.push(ProgressScene(ctx))
        return
    # with the screenshot's own Sanne and Daan, a class of 25
    demo.demo_class(store, library, size=23, names=demo.NAMES[2:])
    ctx.profile = None
    from simulator.ui.scenes.teacher import TeacherScene
    app.stack.reset(app.stack.scenes[0])
    app.stack.push(TeacherScene(ctx))
