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


if __name__ == "__main__":
    dpi_aware()
    log_without_console()

    from simulator.cli import main

    sys.exit(main())
