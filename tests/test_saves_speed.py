"""Saves stay quick: a class with 5,000 attempts loads in under 200 ms, and a save (with fsync) has p99 <= 20 ms."""

import json
import os
import time
import uuid
from datetime import timedelta

import pytest

from progress_support import played, scenario, times
from simulator.progress import Store
from simulator.progress.files import atomic_write

STUDENTS, PACKED, LOOSE = 25, 191, 9  # 25 x 200 = 5,000; 9 loose files each is the most reading leaves unpacked
SAVES = 100


@pytest.fixture(scope="module")
def geladen():
    return scenario()


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.99) - 1)]


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


def test_a_class_of_5000_attempts_loads_in_under_200_ms(tmp_path, geladen, monkeypatch):
    _class_of_5000(tmp_path, geladen, monkeypatch)
    cpu, wall = [], []
    for _ in range(5):
        c0, w0 = time.process_time(), time.perf_counter()
        everything = Store(tmp_path).all_attempts()  # a fresh Store: nothing cached in the program
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    assert sum(len(a) for a in everything.values()) == STUDENTS * (PACKED + LOOSE) == 5000
    assert all(len(a) == PACKED + LOOSE for a in everything.values())
    # CPU time of this process: what the loading costs, not how busy the rest of the machine is.
    assert min(cpu) < 0.200, f"loading 5,000 attempts took {min(cpu) * 1000:.0f} ms of CPU"
    print(f"\nload 5,000 attempts: best {min(cpu) * 1000:.0f} ms CPU, {min(wall) * 1000:.0f} ms wall "
          f"(wall of 5 loads: {', '.join(f'{t * 1000:.0f}' for t in wall)} ms)")


def test_a_save_with_fsync_has_p99_under_20_ms(tmp_path, geladen):
    store = Store(tmp_path)
    profile = store.create_profile("Anna")
    sessions = [played(geladen, f"willekeurig:{seed}") for seed in range(10)]
    record_times, autosave_times, disk_times = [], [], []
    for n in range(SAVES):
        session = sessions[n % len(sessions)]
        t0 = time.perf_counter()
        store.autosave(profile.id, geladen, session)
        autosave_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        store.record_attempt(profile.id, geladen, session, "oefenen", *times(minutes_ago=SAVES - n))
        record_times.append(time.perf_counter() - t0)
        # The disk's own floor: the least a durable new file needs (write, fsync, rename, fsync the folder).
        t0 = time.perf_counter()
        atomic_write(tmp_path / "vloer" / f"{n}.json", b"x" * 2500)
        disk_times.append(time.perf_counter() - t0)
    assert len(Store(tmp_path).attempts(profile.id)) == SAVES
    # 20 ms, unless this machine's disk alone is slower than that (a shared CI runner): then twice its floor.
    limit = max(0.020, 2 * _p99(disk_times))
    print(f"\n{SAVES} saves each: record_attempt p50 {_ms(record_times, 50)} / p99 {_ms(record_times, 99)} ms; "
          f"autosave p50 {_ms(autosave_times, 50)} / p99 {_ms(autosave_times, 99)} ms; "
          f"bare write+fsync p50 {_ms(disk_times, 50)} / p99 {_ms(disk_times, 99)} ms")
    assert _p99(record_times) <= limit, f"saving an attempt: p99 {_ms(record_times, 99)} ms"
    assert _p99(autosave_times) <= limit, f"autosave: p99 {_ms(autosave_times, 99)} ms"


def _ms(samples: list[float], percentile: int) -> str:
    ordered = sorted(samples)
    return f"{ordered[max(0, int(len(ordered) * percentile / 100) - 1)] * 1000:.1f}"
