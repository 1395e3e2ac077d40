"""Four programs saving into one saves folder at once (two windows, or PCs on one share) lose nothing."""

import multiprocessing
import time

from progress_support import played, scenario, times
from simulator.progress import ProfileExists, Store

WORKERS, EACH = 4, 50


def _worker(folder, profile_id, number, start, results):
    geladen = scenario()
    finished = played(geladen, "beste")
    store = Store(folder, compact_at=10)  # small packs: the workers also pack each other's files while saving
    start.wait()
    created = 0
    try:
        store.create_profile("Gedeeld", klas="JW3A")
        created = 1
    except ProfileExists:
        pass
    ids = []
    for n in range(EACH):
        started, ended = times(minutes_ago=EACH - n)
        ids.append(store.record_attempt(profile_id, geladen, finished, "oefenen", started, ended).id)
        if n % 5 == 4:
            settings = store.settings(profile_id)
            settings[f"venster-{number}"] = n
            store.save_settings(profile_id, settings)
        if n % 7 == 0:
            store.attempts(profile_id)
    results.put((number, ids, created, store.messages))


def test_four_processes_recording_fifty_attempts_each_keep_all_two_hundred(tmp_path):
    profile = Store(tmp_path).create_profile("Anna")
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    start, results = ctx.Event(), ctx.Queue()
    workers = [ctx.Process(target=_worker, args=(tmp_path, profile.id, n, start, results)) for n in range(WORKERS)]
    for w in workers:
        w.start()
    began = time.perf_counter()
    start.set()
    reports = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=30)
    took = time.perf_counter() - began
    assert all(w.exitcode == 0 for w in workers)

    recorded = {i for _, ids, _, _ in reports for i in ids}
    assert len(recorded) == WORKERS * EACH
    store = Store(tmp_path)
    on_disk = store.attempts(profile.id)
    assert {a.id for a in on_disk} == recorded
    assert len(on_disk) == WORKERS * EACH
    # Each window changed only its own setting; lock, re-read and merge kept all four.
    assert store.settings(profile.id) == {f"venster-{n}": EACH - 1 for n in range(WORKERS)}
    assert sum(created for _, _, created, _ in reports) == 1
    assert [p.naam for p in store.profiles()] == ["Anna", "Gedeeld"]
    assert all(messages == [] for _, _, _, messages in reports) and store.messages == []
    print(f"\n{WORKERS} processes x {EACH} attempts in {took:.1f} s")
