"""Where the program finds its shipped scenarios and assets (beside the package, or in a frozen build)."""

from __future__ import annotations

import sys
from pathlib import Path


def program_dir() -> Path:
    """The folder holding scenarios/ and assets/: the repo root, or the frozen build's folder."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


ASSETS_DIR = program_dir() / "assets"
SCENARIOS_DIR = program_dir() / "scenarios"
