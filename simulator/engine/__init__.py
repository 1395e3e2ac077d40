"""The pure runtime: a Session steps through a Scenario and rates the gedrag criteria. No pygame, no files."""

from simulator.content.steps.actions import Answer, Choose, FillIn, GoOn, Move, UseTool
from simulator.engine.session import Session, SessionError
from simulator.engine.state import LogRegel, SessionState
from simulator.engine.views import (
    Beschrijving, Bewijs, CriteriumOordeel, Resultaat, Spreker, StapView, Uitkomst,
)

__all__ = [
    "Answer", "Beschrijving", "Bewijs", "Choose", "CriteriumOordeel", "FillIn", "GoOn", "LogRegel", "Move", "Resultaat",
    "Session", "SessionError", "SessionState", "Spreker", "StapView", "Uitkomst", "UseTool",
]
