"""Where the program finds its shipped scenarios and assets (beside the package, or in a frozen build)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def program_dir() -> Path:
    """The folder holding scenarios/ and assets/: the repo root, or the frozen build's folder."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def beside_program() -> Path:
    """The folder a user sees the program in: where a portable saves/ folder goes.

    In a frozen build the data lives in _internal/ (program_dir), but the student or IT puts saves/ next to
    the program itself, and replacing the program folder's _internal/ on an update must not touch it.
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return program_dir()


ASSETS_DIR = program_dir() / "assets"
SCENARIOS_DIR = program_dir() / "scenarios"


CACHE_ENV = "JUWELIER_CACHE"


def cache_dir() -> Path:
    """Where the program keeps what it can always make again (checked scenarios, string tables).

    JUWELIER_CACHE wins (tests and IT can point it anywhere); else the user's cache folder, so a slow network
    share or a USB stick with the saves never holds a cache.
    """
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("juwelier-simulator", appauthor=False))
