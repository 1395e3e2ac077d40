"""The long damage run: many rounds of random damage to a class's saves, each followed by a whole lesson.

    python benchmarks/torture_saves.py [--rondes 400] [--zaad 1] [--echt-groot]

Each round copies a small class (tests/damage_support.py), damages one save file of one kind (profile, settings,
autosave, attempt, pack, pack log, LRS queue, privacy key) with either a damage from the table or a random
one (bytes flipped, cut off, a piece doubled, a number made huge), and runs what a lesson does with the saves
from a fresh Store. It counts tracebacks, hangs (60 s), and notices that reached the wrong student (Anna opens
the game; only Bo's files are damaged). With --echt-groot the 200 MB files are really written, not sparse.
Exit code 1 when anything went wrong. The CI-sized table is tests/test_saves_damage.py.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from damage_support import copy_class, damages, files_of, lesson, make_class  # noqa: E402

KINDS = ["profiel", "instellingen", "autosave", "poging", "pak", "logboek", "wachtrij", "privacy"]
HANG = 60.0


def random_damage(rng: random.Random):
    def damage(path: Path) -> None:
        raw = bytearray(path.read_bytes())
        if not raw:
            raw = bytearray(b"{}")
        what = rng.choice(["flip", "cut", "double", "huge-number"])
        if what == "flip":
            for _ in range(rng.randint(1, 8)):
                raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        elif what == "cut":
            del raw[rng.randrange(len(raw)):]
        elif what == "double":
            start = rng.randrange(len(raw))
            raw[start:start] = raw[start:start + rng.randint(1, 200)]
        else:
            at = rng.randrange(len(raw))
            raw[at:at] = b"9" * rng.randint(400, 5000)
        path.write_bytes(bytes(raw))
    return damage


def real_huge(size: int):
    def damage(path: Path) -> None:
        with open(path, "wb") as f:
            block = b'{"schema":2,"naam":"' + b"x" * (1024 * 1024)
            written = 0
            while written < size:
                f.write(block)
                written += len(block)
    return damage


def run_round(folder: Path, ids: dict) -> tuple[str, float]:
    """('ok' | 'traceback: …' | 'hang' | 'wrong student: …', seconds)"""
    result: dict = {}

    def work():
        try:
            result["seen"] = lesson(folder, ids)
        except BaseException:  # noqa: BLE001 - counted and shown
            result["error"] = traceback.format_exc(limit=3)
    started = time.perf_counter()
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(HANG)
    took = time.perf_counter() - started
    if thread.is_alive():
        return "hang", took
    if "error" in result:
        return "traceback: " + result["error"].strip().splitlines()[-1], took
    seen = result["seen"]
    if seen["sessie"] or seen["anna-meldingen"]:
        return f"wrong student: {(seen['sessie'] + seen['anna-meldingen'])[0]}", took
    return "ok", took


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rondes", type=int, default=400)
    parser.add_argument("--zaad", type=int, default=1)
    parser.add_argument("--echt-groot", action="store_true", dest="groot")
    args = parser.parse_args(argv)
    rng = random.Random(args.zaad)
    table = damages()
    if args.groot:
        table["200-MB"] = real_huge(200 * 1024 * 1024)
    work = Path(tempfile.mkdtemp(prefix="juwelier-schade-"))
    try:
        source = work / "klas"
        ids = make_class(source)
        outcomes: Counter = Counter()
        problems: list[str] = []
        slowest = (0.0, "")
        for n in range(args.rondes):
            kind = rng.choice(KINDS)
            name = rng.choice(sorted(table) + ["willekeurig"] * 4)
            folder = copy_class(source, work / f"ronde-{n}")
            damage = table[name] if name != "willekeurig" else random_damage(rng)
            damage(files_of(folder, ids["bo"])[kind])
            verdict, took = run_round(folder, ids)
            outcomes["ok" if verdict == "ok" else verdict.split(":")[0]] += 1
            if verdict != "ok":
                problems.append(f"ronde {n}: {kind} / {name}: {verdict}")
            if took > slowest[0]:
                slowest = (took, f"{kind} / {name}")
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{args.rondes} rondes schade (zaad {args.zaad}{', echte 200 MB-bestanden' if args.groot else ''}):")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome:<16} {count}")
    print(f"  traag: de langste les duurde {slowest[0]:.2f} s ({slowest[1]})")
    for line in problems[:20]:
        print(f"  {line}")
    ok = outcomes["ok"] == args.rondes
    print("in orde: 0 tracebacks, 0 keer blijven hangen, geen melding bij de verkeerde student" if ok else "NIET in orde")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
