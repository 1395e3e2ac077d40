"""A program killed (SIGKILL) at random moments while it saves never loses a completed save or damages a file."""

import os
import random
import select
import signal
import time

import pytest

from progress_support import played, scenario, times
from simulator.progress import Store

KILLS = 200


def _saver(folder, profile_id, geladen, finished, halfway, out_fd, first):
    """The child: save without pause, and after each save that returned, report it down the pipe."""
    store = Store(folder, compact_at=6)  # reads pack often, so kills also land in the middle of packing
    started, ended = times()
    n = first
    os.write(out_fd, b"begin\n")
    while True:
        attempt = store.record_attempt(profile_id, geladen, finished, "oefenen", started, ended)
        os.write(out_fd, f"poging {attempt.id}\n".encode())
        store.autosave(profile_id, geladen, halfway)
        store.save_settings(profile_id, {"teller": n})
        os.write(out_fd, f"teller {n}\n".encode())
        n += 1
        if n % 3 == 0:
            store.attempts(profile_id)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork to kill a saving process quickly")
def test_sigkill_while_saving_loses_nothing(tmp_path):
    geladen = scenario()
    finished, halfway = played(geladen, "beste"), played(geladen, ["1"])
    profile = Store(tmp_path).create_profile("Anna")
    rng = random.Random(20240501)
    start = time.perf_counter()
    saved, counters = kill_while_saving(tmp_path, profile.id, geladen, finished, halfway, KILLS, rng)
    took = time.perf_counter() - start

    assert len(saved) >= 20, f"too few saves between kills to test anything ({len(saved)})"

    store = Store(tmp_path)
    found = {a.id for a in store.attempts(profile.id)}
    assert saved <= found, f"{len(saved - found)} completed attempts lost"
    if counters:
        assert store.settings(profile.id)["teller"] >= max(counters)
    # Recording a finished scenario clears its autosave, so a kill can leave either; both must load.
    assert store.resume_point(profile.id) in (None, (geladen.scenario.id, halfway.state))
    assert store.messages == [], "a kill damaged a file"
    leftovers = list(tmp_path.rglob("*.tmp"))
    assert leftovers, "no kill landed in the middle of a write: the test did not test anything"
    print(f"\n{KILLS} kills in {took:.1f} s; {len(saved)} attempts reported saved, {len(found)} on disk, "
          f"{len(leftovers)} half-written temp files left by kills")


def kill_while_saving(folder, profile_id, geladen, finished, halfway, count, rng, progress=None):
    """Fork a saving child `count` times and SIGKILL it at a random moment within a few saves.

    Returns the attempt ids and settings counters the children reported as saved. Also used by
    benchmarks/torture.py for the long run.
    """
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    reported = b""
    for kill in range(count):
        pid = os.fork()
        if pid == 0:  # the child never returns into the caller
            try:
                os.close(read_fd)
                _saver(folder, profile_id, geladen, finished, halfway, write_fd, first=kill * 100_000)
            finally:
                os._exit(0)
        select.select([read_fd], [], [], 10)  # wait until the child starts saving
        reported += _drain(read_fd)
        time.sleep(rng.uniform(0.0, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reported += _drain(read_fd)
        if progress is not None:
            progress(kill + 1)
    os.close(write_fd)
    reported += _drain(read_fd)
    os.close(read_fd)
    lines = [line.split() for line in reported.decode().splitlines() if line.count(" ") == 1]
    return ({value for kind, value in lines if kind == "poging"},
            [int(value) for kind, value in lines if kind == "teller"])


def _drain(fd) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)
