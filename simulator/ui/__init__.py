"""The game (pygame-ce): the only package that imports pygame.

Public API:
    run_game(args, geladen=None) -> int     open the game window (called by `juwelier` and `juwelier speel`)
    pygame_problem() -> str | None          a Dutch message when pygame-ce is missing or shadowed
Submodules for tools and tests: simulator.ui.game (make_app), simulator.ui.pilot (Pilot),
simulator.ui.screenshot (render_screen).
"""

from __future__ import annotations

import os
import sys


def pygame_problem() -> str | None:
    """Plain `pygame` and `pygame-ce` share the name `pygame`; when the plain one wins, say how to fix it."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    try:
        import pygame
    except ImportError:
        return ("Het spel heeft pygame-ce nodig, maar dat is niet geïnstalleerd.\n"
                "Installeer het met:  python -m pip install pygame-ce")
    if not getattr(pygame, "IS_CE", False):
        return ("Het spel heeft pygame-ce nodig, maar het gewone pygame staat ook op deze computer en gaat voor.\n"
                "Los het op met:  python -m pip uninstall pygame  en daarna  "
                "python -m pip install --force-reinstall pygame-ce")
    return None


def run_game(args=None, geladen=None) -> int:
    """Open the game; with `geladen` (a GeladenScenario) it opens that scenario's introduction at once."""
    problem = pygame_problem()
    if problem:
        print(f"juwelier: {problem}", file=sys.stderr)
        return 2
    import pygame

    from simulator.ui.display import dpi_aware, no_screen
    dpi_aware()
    try:
        pygame.display.init()
    except pygame.error:
        pass  # make_app below says it in Dutch
    else:
        driver = pygame.display.get_driver()
        # the dummy driver asked for by name is a test or a benchmark playing on purpose; SDL falling back is not
        missing = None if driver == "dummy" and os.environ.get("SDL_VIDEODRIVER") == "dummy" else no_screen(driver)
        if missing:
            pygame.quit()
            print(f"juwelier: {missing}", file=sys.stderr)
            return 3
    from simulator.ui import window_memory
    from simulator.ui.game import make_app
    size, fullscreen = window_memory.load()
    try:
        app = make_app(args, geladen, size=size, fullscreen=fullscreen)
    except Exception as exc:  # noqa: BLE001 - e.g. pygame.error: no display; say it in plain Dutch
        if not isinstance(exc, pygame.error):
            raise
        pygame.quit()
        print(f"juwelier: het spel kan geen venster openen ({exc}).\n"
              "Start het op een computer met een beeldscherm, of vraag de ICT-afdeling om hulp. "
              "De docentenopdrachten (juwelier controleer, juwelier export, ...) werken wel zonder venster.",
              file=sys.stderr)
        return 3
    try:
        return app.run()
    finally:
        window_memory.save(app.windowed_size, app.fullscreen)
        pygame.quit()


__all__ = ["pygame_problem", "run_game"]
