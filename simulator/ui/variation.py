"""A new play of a scenario that varies gets a new case: a seed from the checked ones, not the one just played."""

from __future__ import annotations

import random
from typing import Optional


def new_seed(geladen, previous: Optional[int] = None) -> Optional[int]:
    """A seed for a new play (None for a scenario that does not vary)."""
    if not geladen.varieert or not geladen.zaden:
        return None
    choices = [z for z in geladen.zaden if z != previous] or list(geladen.zaden)
    return random.SystemRandom().choice(choices)
