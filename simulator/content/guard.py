"""One file's failure stays that file's problem.

Checking a scenario runs a lot of code on data a teacher wrote. Should any of it fail in a way we did not
foresee (a bug, a RecursionError on a very long chain of steps, MemoryError), that must not stop the check of
the other files, the command or the game. `guarded` turns such a failure into problem J199 for that one file,
with what the makers need to find the cause (the kind of error and where in the program), and no traceback.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

from simulator.content.problems import Probleem, ScenarioError

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_KINDS: dict[type, str] = {
    RecursionError: "het programma ging te diep, bijvoorbeeld door een heel lange keten van stappen",
    MemoryError: "het geheugen raakte op",
}


@contextmanager
def guarded(bestand: str) -> Iterator[None]:
    """Let ScenarioError through; turn every other Exception into ScenarioError([J199]).

    KeyboardInterrupt and SystemExit are not caught: stopping the program stays possible.
    """
    try:
        yield
    except ScenarioError:
        raise
    except Exception as exc:  # noqa: BLE001 - the point: any failure becomes a problem of this file
        raise ScenarioError([program_fault(bestand, exc)]) from None


def program_fault(bestand: str, exc: BaseException) -> Probleem:
    kind = next((text for cls, text in _KINDS.items() if isinstance(exc, cls)), "een onverwachte fout")
    return Probleem(
        bestand, 0, 0, "J199",
        f"Dit bestand kon niet worden gecontroleerd door een fout in het programma ({kind}) "
        f"[{type(exc).__name__}{where(exc)}].",
        "De andere bestanden hebben er geen last van. Stuur dit bestand en deze melding naar de makers "
        "van de Juwelier-simulator, dan lossen zij het op.",
    )


def where(exc: BaseException) -> str:
    """' in content/analysis.py:88': the last place in our own code the error passed, for the makers."""
    place = ""
    tb = exc.__traceback__
    while tb is not None:
        filename = os.path.abspath(tb.tb_frame.f_code.co_filename)
        if filename.startswith(_PACKAGE + os.sep):
            place = f" in {os.path.relpath(filename, _PACKAGE).replace(os.sep, '/')}:{tb.tb_lineno}"
        tb = tb.tb_next
    return place
