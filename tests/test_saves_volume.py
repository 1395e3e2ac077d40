"""A class with 5,000 attempts loads completely, and the saves benchmark runs.

How fast saving and loading are is measured in benchmarks/saves.py, against the disk's own floor in the same
run (20 ms p99 per save, 200 ms to load 5,000 attempts): timings do not belong in a test on a shared machine.
"""

import json
import os
import subprocess
import sys
import uuid
from datetime import timedelta

import pytest
from pathlib import Path

from progress_support import played, scenario, times
from simulator.progress import Store

STUDENTS, PACKED, LOOSE = 25, 191, 9  # 25 x 200 = 5,000; 9 loose files each is the most reading leaves unpacked
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def geladen():
    return scenario()


def _class_of_5000(folder, geladen, monkeypatch):
    """25 students with 200 attempts each, as the game leaves them: mostly packed, the latest loose."""
    with monkeypatch.context() as m:
        m.setattr(os, "fsync", lambda fd: None)  # set-up only: the timed saves below do fsync
        store = Store(folder)
        sessions = [played(geladen, f"willekeurig:{seed}") for seed in range(LOOSE)]
        for s in range(STUDENTS):
            profile = store.create_profile(f"Leerling {s + 1}", klas="JW3A")
            for n, session in enumerate(sessions):
                store.record_attempt(profile.id, geladen, session, "oefenen", *times(minutes_ago=LOOSE - n))
            pogingen = folder / "profielen" / profile.id / "pogingen"
            base = json.loads(next(pogingen.glob("p-*.json")).read_text(encoding="utf-8"))
            start, _ = times(minutes_ago=60 * 24 * 200)
            records = [{**base, "id": uuid.uuid4().hex, "begin": (start + timedelta(hours=n)).isoformat(),
                        "eind": (start + timedelta(hours=n, minutes=8)).isoformat()} for n in range(PACKED)]
            for chunk in range(0, PACKED, 48):
                store._attempts.write_pack(pogingen, profile.id, records[chunk:chunk + 48])  # the Store's own packer


def test_a_class_of_5000_attempts_loads_completely(tmp_path, geladen, monkeypatch):
    _class_of_5000(tmp_path, geladen, monkeypatch)
    everything = Store(tmp_path).all_attempts()  # a fresh Store: nothing cached in the program
    assert sum(len(a) for a in everything.values()) == STUDENTS * (PACKED + LOOSE) == 5000
    assert all(len(a) == PACKED + LOOSE for a in everything.values())
    assert len({a.id for attempts in everything.values() for a in attempts}) == 5000


def test_the_saves_benchmark_runs_and_prints_its_figures():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "saves.py"), "--opslagen", "10", "--pogingen", "200"],
                         capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert run.returncode == 0, run.stderr
    assert "p50 / p99 in ms" in run.stdout and "vloer" in run.stdout
    assert "200 pogingen gelezen" in run.stdout
