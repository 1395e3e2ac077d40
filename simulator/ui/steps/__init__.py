"""How each kind of step looks and is answered in the game: one module per kind, named after it.

The dialogue scene finds the module by the step's kind (`for_step(view)`) and asks it; it never switches on
the kind. A module has:
    answers(scene, col, view) -> focus key or None     the answer widgets under the line (choices, a number…)
    handle(scene, action) -> bool                      a widget's message of this kind (True: handled)
    opens(scene, view) -> Scene or None                 a scene to show first (the workbench, the loupe)
    concept(scene) -> dict or None                      what was filled in but not handed in yet (a form), kept
                                                        with the state when the student pauses or closes the game
"""

from __future__ import annotations

import importlib
from types import ModuleType

from simulator.engine import StapView


def for_step(view: StapView) -> ModuleType:
    """The UI module of a step's kind."""
    return importlib.import_module(f"{__name__}.{view.soort}")
