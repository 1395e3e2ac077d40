"""A school configuration as IT sets it up, for the tests: a folder beside the saves with the teacher PIN in it."""

from __future__ import annotations

from pathlib import Path

from simulator.progress import School
from simulator.progress.school import ENV

TEACHER_PIN = "246810"


def school(base: Path, monkeypatch=None, pin: str | None = TEACHER_PIN) -> School:
    """The school folder base/schoolinstellingen (with `pin` set; keep it out of the saves folder, or it is not
    trusted); with monkeypatch it is also the one the program finds (JUWELIER_SCHOOL), here and in subprocesses."""
    found = School(base / "schoolinstellingen")
    if pin is not None:
        found.set_teacher_pin(pin)
    if monkeypatch is not None:
        monkeypatch.setenv(ENV, str(found.folder))
    return found
