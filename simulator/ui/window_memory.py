"""The window's size and full screen, remembered per PC (not per profile: a student's profile moves between PCs
with different screens, and choosing a profile must not drop the window out of full screen).

Kept in the user's local configuration folder (platformdirs), never in the saves folder: that may be a network
share used by PCs with other screens. A missing or damaged file just means: fit the window to the screen.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

FILE = "venster.json"


def folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("juwelier-simulator", appauthor=False, roaming=False))


def load(where: Optional[Path] = None) -> tuple[Optional[tuple[int, int]], bool]:
    """(window size or None, full screen) as last left on this PC."""
    try:
        data = json.loads(((where or folder()) / FILE).read_text(encoding="utf-8"))
        w, h = (int(v) for v in data["grootte"])
        return ((w, h) if w > 0 and h > 0 else None), bool(data.get("volledig_scherm", False))
    except (OSError, ValueError, KeyError, TypeError):
        return None, False


def save(size: tuple[int, int], fullscreen: bool, where: Optional[Path] = None) -> None:
    """Remember the window for next time; a folder that cannot be written is no reason to stop the game."""
    target = where or folder()
    try:
        target.mkdir(parents=True, exist_ok=True)
        tmp = target / (FILE + ".tmp")
        tmp.write_text(json.dumps({"grootte": list(size), "volledig_scherm": fullscreen}), encoding="utf-8")
        os.replace(tmp, target / FILE)
    except OSError:
        pass
