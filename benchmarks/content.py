"""Loading a library of 1,000 scenarios (read, validate, lint) beside parsing the same files with the C YAML loader.

    python benchmarks/content.py [--aantal 1000] [--rondes 5] [--steekproef 100] [--json FILE]

The library is generated from the shipped scenarios (benchmarks/library.py) in a temp folder. The floor is
`yaml.load(raw, Loader=yaml.CSafeLoader)` of every file: the least any YAML-based game must do. Times are
CPU seconds of the process that does the work. Targets: a cold load at most 3x the floor; a warm start from
the content cache at most 0.5x the floor.

A cold load runs in a fresh Python process (nothing it reads or works out is in memory yet), measuring the floor
before and after it; this is done `--rondes` times and the least of each counts. A shared or virtual machine
slows a run down now and then, never speeds it up: the least is the figure with the least of that noise in it,
and every round is printed. A sample of the files is then loaded again with a timer around each phase, to show
where the time goes.
"""

from __future__ import annotations

import argparse
import inspect
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import yaml  # noqa: E402

from library import generate  # noqa: E402
from rows import Row, write_json  # noqa: E402
from simulator import content  # noqa: E402
from simulator.content import analysis  # noqa: E402

COLD, WARM = 3.0, 0.5
DETAIL = "detail:"
"""Timers inside a phase carry this prefix: shown under their phase, not added to the total."""


def cpu(fn, *args, **kwargs):
    """(result, CPU seconds, wall seconds) of one call."""
    c0, w0 = time.process_time(), time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.process_time() - c0, time.perf_counter() - w0


def parse_floor(files: list[Path]) -> float:
    """CPU seconds to read every file and parse it with the C YAML loader, nothing more."""
    def run():
        for f in files:
            yaml.load(f.read_bytes(), Loader=yaml.CSafeLoader)  # noqa: S506 - CSafeLoader is the safe loader
    return cpu(run)[1]


def has_cache() -> bool:
    return "cache_dir" in inspect.signature(content.load_library).parameters


@contextmanager
def phase_timers():
    """Time each phase of content.parse by wrapping the functions it calls (this process only)."""
    spent: dict[str, float] = defaultdict(float)
    semantics, lint = content.semantics, content.lint
    originals = [(content, "read_yaml"), (content, "analyse"), (semantics, "check"), (lint, "lint"),
                 (content.Invuller, "geval"), (content, "_checked_texts")]
    saved = [(owner, name, getattr(owner, name)) for owner, name in originals]
    saved.append((content, "Scenario", content.Scenario))
    labels = {"read_yaml": "YAML lezen (read_yaml)", "analyse": "graafanalyse (analysis.analyse)",
              "check": "verwijzingen (semantics.check)", "lint": "lint (lint.lint)",
              "geval": "gevallen invullen (Invuller.geval)", "_checked_texts": "andere gevallen controleren"}

    def timed(label, fn):
        def wrapper(*args, **kwargs):
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - t0
        return wrapper

    for owner, name, fn in saved[:-1]:
        setattr(owner, name, timed(labels[name], fn))
    validate = timed("valideren (Scenario.model_validate)", content.Scenario.model_validate)
    content.Scenario = type("TimedScenario", (), {"model_validate": staticmethod(validate)})
    # inside the analysis (not added to the phases above): walking the states, and the totals over them
    inner = [(analysis, "explore", "  waarvan toestanden (explore)"), (analysis, "Totals", "  waarvan totalen (Totals)")]
    for owner, name, label in inner:
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, timed(DETAIL + label, getattr(owner, name)))
    try:
        yield spent
    finally:
        for owner, name, fn in saved:
            setattr(owner, name, fn)


def breakdown(files: list[Path]) -> None:
    """Print where the CPU time of loading goes, per phase and per source scenario."""
    per_source: dict[str, list[float]] = defaultdict(list)
    with phase_timers() as spent:
        total = 0.0
        for f in files:
            _, seconds, _ = cpu(content.check, f)
            total += seconds
            per_source[f.stem.rsplit("-v", 1)[0]].append(seconds)
    print(f"\nwaar de tijd heen gaat ({len(files)} bestanden, {total:.2f} s CPU):")
    phases = {k: v for k, v in spent.items() if not k.startswith(DETAIL)}
    for label, seconds in sorted(phases.items(), key=lambda kv: -kv[1]):
        print(f"  {label:<40}{seconds:>8.2f} s  {seconds / total * 100:5.1f} %")
        if label.startswith("graafanalyse"):
            for detail, part in sorted(((k[len(DETAIL):], v) for k, v in spent.items() if k.startswith(DETAIL)),
                                       key=lambda kv: -kv[1]):
                print(f"  {detail:<40}{part:>8.2f} s  {part / total * 100:5.1f} %")
    rest = total - sum(phases.values())
    print(f"  {'de rest (bestanden, hash, werelden…)':<40}{rest:>8.2f} s  {rest / total * 100:5.1f} %")
    slowest = sorted(per_source.items(), key=lambda kv: -sum(kv[1]) / len(kv[1]))[:5]
    print("  traagste scenario's (ms per bestand): "
          + ", ".join(f"{name} {sum(t) / len(t) * 1000:.0f}" for name, t in slowest))


def cold_round(folder: Path) -> tuple[float, float, int]:
    """In this process, fresh: the floor before and after a cold load_library of the folder (the least of the
    two), the load's CPU seconds, and how many scenarios it loaded."""
    files = sorted(folder.rglob("*.yaml"))
    floor_before = parse_floor(files)
    library, load_cpu, _ = cpu(content.load_library, [folder])
    return min(floor_before, parse_floor(files)), load_cpu, len(library.scenarios)


def cold(folder: Path, rounds: int) -> tuple[float, float, int]:
    """The least floor and the least cold load over `rounds` fresh processes, each round printed."""
    found = []
    for i in range(rounds):
        done = subprocess.run([sys.executable, __file__, "--ronde", str(folder)], capture_output=True, text=True,
                              check=True)
        floor, load, loaded = json.loads(done.stdout.splitlines()[-1])
        print(f"  ronde {i + 1}: vloer {floor:.2f} s, load_library {load:.2f} s CPU ({load / floor:.2f}x)")
        found.append((floor, load, loaded))
    return min(f for f, _, _ in found), min(load for _, load, _ in found), min(n for _, _, n in found)


def measure(count: int, sample: int, rounds: int) -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="juwelier-bibliotheek-") as tmp:
        folder = Path(tmp) / "scenarios"
        files = generate(folder, count)
        floor, load_cpu, loaded = cold(folder, rounds)
        print(f"{count} scenario's: vloer (CSafeLoader) {floor:.2f} s CPU; load_library {load_cpu:.2f} s CPU: "
              f"{load_cpu / floor:.2f}x (doel <= {COLD:g}x; het minste van {rounds} ronden)")
        if loaded != count:
            library = content.load_library([folder])
            first = next(iter(library.mislukt.values()), ())
            print(f"  LET OP: {len(library.scenarios)} van {count} geladen; eerste probleem: {first[:1]}")
        row = Row.against(f"{count} scenario's laden + valideren + linten", load_cpu, "s CPU", floor,
                          f"<= {COLD:g}x vloer", COLD, on_ratio=True)
        row.met = row.met and loaded == count
        rows.append(row)
        if has_cache():
            extra = {"cache_dir": Path(tmp) / "cache"}
            library, fill, _ = cpu(content.load_library, [folder], **extra)
            print(f"eerste start met een lege cache (laden en de cache vullen): {fill:.2f} s CPU, {fill / floor:.2f}x")
            warm_library, warm, warm_wall = cpu(content.load_library, [folder], **extra)
            print(f"warme start met cache: {warm:.2f} s CPU ({warm_wall:.2f} s klok): "
                  f"{warm / floor:.2f}x (doel <= {WARM:g}x); {len(warm_library.scenarios)} geladen")
            row = Row.against(f"warme start met content-cache ({count})", warm, "s CPU", floor,
                              f"<= {WARM:g}x vloer", WARM, on_ratio=True)
            row.met = row.met and len(warm_library.scenarios) == len(library.scenarios)
            rows.append(row)
        else:
            print("warme start met cache: nog niet gebouwd (load_library heeft geen cache_dir)")
            rows.append(Row(f"warme start met content-cache ({count}): nog niet gebouwd", None, "s CPU", floor, None,
                            f"<= {WARM:g}x vloer", False))
        step = max(1, len(files) // sample)
        breakdown(files[::step][:sample])
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=1000, help="hoeveel scenario's (standaard 1000)")
    parser.add_argument("--rondes", type=int, default=5, help="koude ladingen, elk in een nieuw proces (standaard 5)")
    parser.add_argument("--steekproef", type=int, default=100, help="bestanden voor de uitsplitsing per fase")
    parser.add_argument("--json", metavar="BESTAND", help="schrijf de rijen als JSON ('-' = scherm)")
    parser.add_argument("--ronde", metavar="MAP", help=argparse.SUPPRESS)  # one cold round, in a fresh process
    args = parser.parse_args(argv)
    content.load_library([HERE.parent / "scenarios" / "B1-K2-W6"])  # imports and the dossier, outside the timing
    if args.ronde:
        print(json.dumps(cold_round(Path(args.ronde))))
        return 0
    rows = measure(args.aantal, args.steekproef, max(1, args.rondes))
    if args.json:
        write_json(rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
