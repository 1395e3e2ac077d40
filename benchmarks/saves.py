"""Saving with fsync, and loading a profile with 5,000 attempts, beside the bare disk and JSON floors.

    python benchmarks/saves.py [--opslagen 200] [--pogingen 5000] [--json FILE]

Saves go through the real Store into a temp folder (on the same disk as the temp folder of this machine).
The save floor is the least a durable new file needs: write, fsync, rename, fsync the folder. The load
floor is reading and json-parsing the same files the Store reads. Targets: p99 of a save <= 20 ms;
loading 5,000 attempts <= 200 ms (CPU time of this process, best of 5, each with a fresh Store).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from unittest import mock

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from rows import Row, percentile, write_json  # noqa: E402
from simulator import content  # noqa: E402
from simulator.engine import Session  # noqa: E402
from simulator.engine.autoplay import play  # noqa: E402
from simulator.progress import Store  # noqa: E402

SAVE_MS, LOAD_MS = 20.0, 200.0
SCENARIO = ROOT / "scenarios" / "B1-K2-W6" / "klacht-horlogeband-losgeschoten.yaml"
"""A long scenario with a long choice log: its attempt files are among the largest a student makes."""


def sessions(geladen, n: int) -> list[Session]:
    out = []
    for seed in range(n):
        session = Session(geladen)
        play(session, f"willekeurig:{seed}")
        out.append(session)
    return out


def bare_write(path: Path, payload: bytes) -> None:
    """The floor: a durable new file with nothing else (no lock, no JSON, no backup)."""
    tmp = path.with_suffix(".tmp")
    with open(tmp, "xb") as f:
        f.write(payload)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - t0) * 1000


def save_latency(folder: Path, geladen, count: int) -> list[Row]:
    store = Store(folder / "saves")
    profile = store.create_profile("Anna", klas="JW3A")
    played = sessions(geladen, 10)
    end = datetime.now().astimezone()
    record, autosave, floor = [], [], []
    (folder / "vloer").mkdir()
    payload = None
    for n in range(count):
        session = played[n % len(played)]
        autosave.append(timed(store.autosave, profile.id, geladen, session))
        started = end - timedelta(minutes=count - n + 8)
        record.append(timed(store.record_attempt, profile.id, geladen, session, "oefenen", started,
                            started + timedelta(minutes=8)))
        if payload is None:  # the floor writes as many bytes as one attempt file holds
            newest = max((folder / "saves").rglob("p-*.json"), key=lambda p: p.stat().st_mtime_ns)
            payload = newest.read_bytes()
        floor.append(timed(bare_write, folder / "vloer" / f"{n}.json", payload))
    p = {name: (percentile(s, 50), percentile(s, 99)) for name, s in
         (("poging", record), ("autosave", autosave), ("vloer", floor))}
    print(f"{count} keer opslaan ({len(payload) // 1024} kB per poging), p50 / p99 in ms:")
    for name, (p50, p99) in p.items():
        print(f"  {name:<10}{p50:7.2f} / {p99:6.2f}")
    found = len(Store(folder / "saves").attempts(profile.id))
    if found != count:
        print(f"  LET OP: {found} van {count} pogingen teruggevonden")
    rows = [Row.against("poging opslaan, p99 (met fsync)", p["poging"][1], "ms", p["vloer"][1], f"<= {SAVE_MS:g} ms",
                        SAVE_MS, on_ratio=False),
            Row.against("autosave na een stap, p99 (met fsync)", p["autosave"][1], "ms", p["vloer"][1],
                        f"<= {SAVE_MS:g} ms", SAVE_MS, on_ratio=False)]
    rows[0].met = rows[0].met and found == count
    return rows


def fill_profile(folder: Path, geladen, count: int) -> str:
    """A profile with `count` attempts laid out as the game leaves them: read after each attempt (the home
    screen shows progress), so every 10 loose files were packed into one pack. fsync is off while filling."""
    store = Store(folder)
    profile = store.create_profile("Bram", klas="JW3A")
    played = sessions(geladen, 10)
    for session in played:  # set-up only: the result of a finished session does not change, so work it out once
        result = session.result()
        session.result = lambda result=result: result
    start = datetime.now().astimezone() - timedelta(days=365)
    with mock.patch.object(os, "fsync", lambda fd: None):
        for n in range(count):
            begin = start + timedelta(minutes=30 * n)
            store.record_attempt(profile.id, geladen, played[n % len(played)], "oefenen", begin,
                                 begin + timedelta(minutes=8))
            if n % 10 == 9:
                store.attempts(profile.id)
    return profile.id


def load_floor(pogingen: Path) -> float:
    """CPU ms to read and json-parse every file the Store reads for a profile's attempts (not the logs)."""
    c0 = time.process_time()
    for path in sorted(pogingen.iterdir()):
        if path.name.endswith(".json") and not path.name.endswith(".log.json"):
            json.loads(path.read_bytes())
    return (time.process_time() - c0) * 1000


def profile_load(folder: Path, geladen, count: int) -> list[Row]:
    t0 = time.perf_counter()
    profile_id = fill_profile(folder, geladen, count)
    pogingen = folder / "profielen" / profile_id / "pogingen"
    files = sum(1 for p in pogingen.iterdir() if not p.name.endswith(".log.json"))
    print(f"\nprofiel met {count} pogingen klaargezet in {time.perf_counter() - t0:.1f} s ({files} bestanden)")
    cpu, wall, floor = [], [], []
    for _ in range(5):
        c0, w0 = time.process_time(), time.perf_counter()
        attempts = Store(folder).attempts(profile_id)  # a fresh Store: nothing cached in the program
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
        floor.append(load_floor(pogingen))
    print(f"laden: beste {min(cpu):.0f} ms CPU ({min(wall):.0f} ms klok); vloer (lezen + json.loads) "
          f"{min(floor):.0f} ms; {len(attempts)} pogingen gelezen")
    row = Row.against(f"profiel met {count} pogingen laden", min(cpu), "ms CPU", min(floor), f"<= {LOAD_MS:g} ms",
                      LOAD_MS, on_ratio=False)
    row.met = row.met and len(attempts) == count
    return [row]


def measure(saves: int, attempts: int) -> list[Row]:
    geladen = content.load(SCENARIO)
    # The temp folder is where a student's saves would be on this machine's own disk.
    with tempfile.TemporaryDirectory(prefix="juwelier-opslag-") as tmp:
        rows = save_latency(Path(tmp), geladen, saves)
    with tempfile.TemporaryDirectory(prefix="juwelier-profiel-") as tmp:
        rows += profile_load(Path(tmp), geladen, attempts)
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opslagen", type=int, default=200, help="aantal keer opslaan voor de p99")
    parser.add_argument("--pogingen", type=int, default=5000, help="pogingen in het profiel dat geladen wordt")
    parser.add_argument("--json", metavar="BESTAND")
    args = parser.parse_args(argv)
    rows = measure(args.opslagen, args.pogingen)
    if args.json:
        write_json(rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
