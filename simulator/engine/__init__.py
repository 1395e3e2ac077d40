"""The pure runtime: a Session steps through a Scenario and rates the gedrag criteria. No pygame, no files."""

from simulator.engine.session import Session, SessionError
from simulator.engine.state import LogRegel, SessionState
from simulator.engine.views import (
    Bewijs, CriteriumOordeel, KeuzeView, Resultaat, Spreker, StapView, Uitkomst,
)

__all__ = [
    "Bewijs", "CriteriumOordeel", "KeuzeView", "LogRegel", "Resultaat", "Session", "SessionError",
    "SessionState", "Spreker", "StapView", "Uitkomst",
]
