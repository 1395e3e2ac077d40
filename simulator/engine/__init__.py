"""The pure runtime: a Session steps through a Scenario and rates the gedrag criteria. No pygame, no files.

The names below load on first use (PEP 562), so a light module of this package (getal: reading Dutch numbers)
does not pull in the scenario models: the game's first frame does not wait for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.content.steps.actions import Answer, Choose, FillIn, GoOn, Move, UseTool
    from simulator.engine.session import Session, SessionError
    from simulator.engine.state import LogRegel, SessionState
    from simulator.engine.views import (
        Beschrijving, Bewijs, CriteriumOordeel, Resultaat, Spreker, StapView, Uitkomst,
    )

_WHERE = {
    **dict.fromkeys(("Answer", "Choose", "FillIn", "GoOn", "Move", "UseTool"), "simulator.content.steps.actions"),
    **dict.fromkeys(("Session", "SessionError"), "simulator.engine.session"),
    **dict.fromkeys(("LogRegel", "SessionState"), "simulator.engine.state"),
    **dict.fromkeys(("Beschrijving", "Bewijs", "CriteriumOordeel", "Resultaat", "Spreker", "StapView", "Uitkomst"),
                    "simulator.engine.views"),
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value
