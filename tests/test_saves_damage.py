"""The damage table: every kind of save file x every kind of damage.

Never a traceback and never a hang; the file is set aside and its backup used (or, for the LRS queue, made
again from the attempts); and the notice goes to the student the file belongs to and to the teacher, never
to the student who happens to open the game next. A longer run with real 200 MB files and random damage is
benchmarks/torture_saves.py.
"""

from __future__ import annotations

import threading

import pytest

from damage_support import copy_class, damages, files_of, lesson, make_class

KINDS = ["profiel", "instellingen", "autosave", "poging", "pak", "logboek", "wachtrij", "privacy"]
STUDENTS_FILES = {"profiel", "instellingen", "autosave", "poging", "pak", "logboek"}
DAMAGES = damages()
HARMLESS = {("wachtrij", "leeg")} | {(k, "enorme-naam") for k in ("autosave", "pak", "logboek", "wachtrij")}
"""Not damage: an empty queue is a queue; a long extra field (or a queued attempt that does not exist) is
ignored where the kind has no name to hold it."""


@pytest.fixture(scope="module")
def klas(tmp_path_factory):
    folder = tmp_path_factory.mktemp("klas") / "saves"
    ids = make_class(folder)
    return folder, ids, lesson(folder, ids)


def guarded(work, *args):
    """Run `work` in a thread: a hang (a FIFO read, an endless loop) fails the test instead of stopping the run."""
    result: dict = {}

    def run():
        try:
            result["seen"] = work(*args)
        except BaseException as exc:  # noqa: BLE001 - reported below, with the test's parameters
            result["error"] = exc
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=120)  # a hang guard, not a speed test: a lesson takes well under a second
    assert not thread.is_alive(), "de les bleef hangen"
    if "error" in result:
        raise result["error"]
    return result["seen"]


def test_the_undamaged_class_is_quiet(klas):
    _, _, seen = klas
    assert seen["profielen"] == ["Anna", "Bo"] and seen["bo-pogingen"] == 4 and seen["anna-pogingen"] == 3
    assert seen["bo-instellingen"] == {"tekstgrootte": 130} and seen["wachtrij"] > 0
    assert seen["alles"] == [] and seen["docent"] == []


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("kind", KINDS)
def test_damage_is_set_aside_the_backup_used_and_the_owner_told(klas, tmp_path, kind, damage):
    source, ids, before = klas
    folder = copy_class(source, tmp_path / "saves")
    target = files_of(folder, ids["bo"])[kind]
    DAMAGES[damage](target)

    seen = guarded(lesson, folder, ids)

    # Anna opens the game and plays: nothing about Bo's files reaches her, and her own saves are whole.
    assert seen["sessie"] == [] and seen["anna-meldingen"] == []
    assert seen["anna-pogingen"] == 3 and "Anna" in seen["profielen"]
    if (kind, damage) in HARMLESS:
        assert seen["docent"] == [] and seen["bo-meldingen"] == []
        return
    assert seen["docent"], "de docent hoort van de schade"
    if kind in STUDENTS_FILES:
        assert seen["bo-meldingen"], "Bo hoort van de schade aan zijn eigen opslag"
        assert all(m.startswith(("Je opslag", "We konden", "1 van je", "2 van je", "3 van je"))
                   for m in seen["bo-meldingen"])
    else:
        assert seen["bo-meldingen"] == []
    assert list(target.parent.glob("*kapot*")), "het beschadigde bestand staat opzij"

    recovered = {
        "profiel": lambda: "Bo" in seen["profielen"],
        "instellingen": lambda: seen["bo-instellingen"] == {"tekstgrootte": 120},  # the backup before the last save
        "pak": lambda: seen["bo-pogingen"] == 4,                                    # the pack's copy
        "logboek": lambda: seen["bo-pogingen"] == 4,
        "poging": lambda: seen["bo-pogingen"] == 3,   # a loose attempt has no copy: one lost, and said
        "wachtrij": lambda: seen["wachtrij"] == before["wachtrij"],              # made again from the attempts
        "autosave": lambda: seen["bo-pogingen"] == 4,
        "privacy": lambda: seen["bo-pogingen"] == 4,
    }
    assert recovered[kind](), seen

    again = guarded(lesson, folder, ids)  # the next lesson is quiet: the damage was dealt with once
    assert again["alles"] == [] and again["bo-meldingen"] == []


def test_the_long_damage_run_runs_and_prints_its_verdict():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "torture_saves.py"
    run = subprocess.run([sys.executable, str(script), "--rondes", "12", "--zaad", "3"], capture_output=True,
                         text=True, encoding="utf-8", timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "12 rondes schade" in run.stdout and "in orde: 0 tracebacks" in run.stdout
