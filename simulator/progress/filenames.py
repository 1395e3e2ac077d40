"""A file name made from what a student typed (their name), safe on Windows, macOS and Linux.

    >>> safe_file_name("Anna de Vries", "anna-1a2b3c")
    'Anna de Vries'
    >>> safe_file_name("../../CON", "con-1a2b3c")
    'CON_'
    >>> safe_file_name("...", "x-1a2b3c")
    'x-1a2b3c'
"""

from __future__ import annotations

import re

MAX_LENGTH = 60
"""Characters of the name part: a path on a share plus this stays well under Windows' 260."""

_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$", re.IGNORECASE)
"""Names Windows gives to devices, with any extension: `CON.json` opens the console, not a file."""


def safe_file_name(name: str, fallback: str) -> str:
    """Letters, digits, spaces, '-' and '_' of `name`, at most MAX_LENGTH, never a Windows device name.

    `fallback` (e.g. the profile id) is used when nothing of the name is left.
    """
    kept = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in str(name))
    kept = " ".join(kept.split())[:MAX_LENGTH].strip(" ._")
    if not kept.strip("_"):
        kept = fallback
    if _RESERVED.match(kept.split(".")[0].strip()):
        kept += "_"
    return kept
