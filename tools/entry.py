"""Entry point of the frozen build: the same as `python -m simulator`, plus what a Windows program needs first.

PyInstaller runs this file as __main__; tests import it to call the functions below.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from simulator.ui.display import dpi_aware  # noqa: F401 - shared with the `juwelier` command

LOG_FILE = "juwelier.log"


def log_without_console(folder: Path | None = None) -> Path | None:
    """The windowed game on Windows has no stderr; send its warnings (e.g. a missing font) to a log file.

    Returns the log file, or None when there is a console (warnings then appear there, as everywhere else).
    The file is in the user's log folder (%LOCALAPPDATA%\\juwelier-simulator\\Logs) and stays small.
    """
    if sys.stderr is not None:
        return None
    if folder is None:
        import platformdirs

        folder = Path(platformdirs.user_log_dir("juwelier-simulator", appauthor=False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_FILE, maxBytes=256_000, backupCount=1,
                                                       encoding="utf-8")
    except OSError:
        return None  # no writable log folder: the game must still start
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.WARNING)
    return folder / LOG_FILE


TITLE = "Juwelier-simulator"
CRASH = ("Het spel is onverwacht gestopt. Je voortgang tot je laatste keuze is bewaard.\n\n"
         "Wat er misging staat in {log}. Laat dit bericht aan je docent of de ICT-afdeling zien.")
CRASH_NO_LOG = ("Het spel is onverwacht gestopt. Je voortgang tot je laatste keuze is bewaard.\n\n"
                "Laat dit bericht aan je docent of de ICT-afdeling zien: {fout}")


def run_without_console(main, log: Path | None, show=None) -> int:
    """Run `main()` in the windowed build (no console): what it would have printed as a fatal error (no screen,
    no window, a crash) appears in a message box instead of vanishing. The Dutch text of a clean failure is shown
    as it is; a crash shows a Dutch line and the log file, never a traceback (that goes into the log)."""
    import io

    show = show or message_box
    said = io.StringIO()
    sys.stderr = said  # a clean failure prints its Dutch reason here
    try:
        code = main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except Exception as exc:  # noqa: BLE001 - the last place to catch anything: say it, never vanish
        logging.getLogger("juwelier").exception("het spel stopte onverwacht")
        show(TITLE, CRASH.format(log=log) if log is not None else CRASH_NO_LOG.format(fout=type(exc).__name__))
        return 1
    finally:
        sys.stderr = None
    text = said.getvalue().strip()
    if code and text:
        logging.getLogger("juwelier").error(text)
        show(TITLE, text.removeprefix("juwelier: "))
    return int(code or 0)


def message_box(title: str, text: str) -> None:
    """A native error box: SDL's (works without a window on Windows, macOS and X11), else Windows' own."""
    try:
        import pygame

        pygame.display.message_box(title, text, message_type="error")
        return
    except Exception:  # noqa: BLE001 - an SDL without message boxes: try the next way
        pass
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, title, 0x10)  # MB_ICONERROR


if __name__ == "__main__":
    dpi_aware()
    log = log_without_console()

    from simulator.cli import main

    if sys.stderr is None:  # the windowed build: no console to print a fatal error to
        sys.exit(run_without_console(main, log))
    sys.exit(main())
