"""Where the saves folder is: --saves, JUWELIER_SAVES, a portable saves/ beside the program, or the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from simulator import paths

APP = "juwelier-simulator"
ENV = "JUWELIER_SAVES"


def saves_dir(args=None) -> Path:
    """The saves folder for this run (not created here; the Store creates it on the first write).

    `--saves DIR` wins, then the JUWELIER_SAVES environment variable, then a `saves/` folder beside the
    program when it exists (portable mode: a USB stick or a network share), else the per-user data folder
    (roaming on Windows, so it follows a student who logs in on another school PC).
    """
    chosen = getattr(args, "saves", None) if args is not None else None
    if chosen:
        return Path(chosen).expanduser()
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    portable = paths.beside_program() / "saves"
    if portable.is_dir():
        return portable
    return Path(platformdirs.user_data_dir(APP, appauthor=False, roaming=True))
