"""What the game needs from the computer's screen before a window opens: DPI awareness and a screen at all."""

from __future__ import annotations

import sys

HEADLESS = ("dummy", "offscreen")
"""SDL's drivers that draw nowhere: right for tests and `juwelier screenshot`, never for playing."""


def dpi_aware() -> None:
    """On Windows, draw in the screen's real pixels instead of letting Windows stretch the window.

    A program that does not say it is DPI-aware gets scaled by Windows: at 150 % a 1280x720 window becomes
    1920x1080 plus borders (more than a laptop screen) and looks blurred, and full screen shows only the top
    left of the picture. Must run before pygame opens a window; elsewhere it does nothing. The build's entry and
    the `juwelier` command both call it.
    """
    if sys.platform == "win32":  # (written as a block, so that mypy checks it only for Windows)
        import ctypes

        try:
            ctypes.windll.shcore.SetProcessDpiAwareness(2)  # per monitor; the game lays out for the real pixels
        except (AttributeError, OSError):
            try:
                ctypes.windll.user32.SetProcessDPIAware()  # Windows 7 and 8.0 have no shcore
            except (AttributeError, OSError):
                pass


def no_screen(driver: str) -> str | None:
    """A Dutch message when SDL found no screen to show the game on (no DISPLAY on Linux: it falls back to
    'offscreen' and the game would run invisibly for ever), else None."""
    if driver not in HEADLESS:
        return None
    return ("het spel heeft een beeldscherm nodig, maar er is er nu geen "
            f"(het beeldstuurprogramma is '{driver}': er is geen scherm gevonden).\n"
            "Start het spel op een computer met een beeldscherm, in een sessie met een bureaublad. Op Linux: start "
            "het vanuit het bureaublad, of zet DISPLAY (bijvoorbeeld DISPLAY=:0).\n"
            "Zonder scherm werken wel: juwelier screenshot (een afbeelding van een scherm), juwelier controleer, "
            "juwelier export en de andere docentenopdrachten.")
