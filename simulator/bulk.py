"""Building many long-lived objects at once, without the cyclic garbage collector walking them over and over.

Loading a library of scenarios or a class's attempts makes hundreds of thousands of objects that stay, and
almost no garbage cycles. Each collector pass would walk everything built so far again: that alone made
loading several times slower. Inside `bulk()` the collector rests; plain reference counting still frees
what is dropped, but not a reference cycle: code that runs inside must not make them per file (a nested
function that calls itself is one; tests/test_library.py checks a load leaves none).

When the outermost `bulk()` ends, what was built goes straight to the collector's oldest generation (freeze,
then unfreeze: both only move lists), where it belongs: otherwise the first young pass right after would walk
all of it once more. The collector then runs as before. (This would also undo a `gc.freeze()` someone else made
in the process; nothing in the program makes one.)
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def bulk() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
