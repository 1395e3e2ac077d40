"""Loading a library of 1,000 scenarios (read, validate, lint) beside parsing the same files with the C YAML loader.

    python benchmarks/content.py [--aantal 1000] [--steekproef 100] [--json FILE]

The library is generated from the shipped scenarios (benchmarks/library.py) in a temp folder. The floor is
`yaml.load(raw, Loader=yaml.CSafeLoader)` of every file: the least any YAML-based game must do. Times are
CPU seconds of this process, so another program busy on the machine does not change the ratio.
Targets: a cold load at most 3x the floor; a warm start from the content cache at most 0.5x the floor.
A sample of the files is then loaded again with a timer around each phase, to show where the time goes.
"""

from __future__ import annotations

import argparse
import inspect
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
    originals = [(content, "read_yaml"), (content, "analyse"), (semantics, "check"), (lint, "lint")]
    saved = [(owner, name, getattr(owner, name)) for owner, name in originals]
    saved.append((content, "Scenario", content.Scenario))
    labels = {"read_yaml": "YAML lezen (read_yaml)", "analyse": "graafanalyse (analysis.analyse)",
              "check": "verwijzingen (semantics.check)", "lint": "lint (lint.lint)"}

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
    print(f"  {'de rest (hash, sorteren, opzoeken)':<40}{rest:>8.2f} s  {rest / total * 100:5.1f} %")
    slowest = sorted(per_source.items(), key=lambda kv: -sum(kv[1]) / len(kv[1]))[:5]
    print("  traagste scenario's (ms per bestand): "
          + ", ".join(f"{name} {sum(t) / len(t) * 1000:.0f}" for name, t in slowest))


def measure(count: int, sample: int) -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="juwelier-bibliotheek-") as tmp:
        folder = Path(tmp) / "scenarios"
        files = generate(folder, count)
        floor_before = parse_floor(files)
        library, load_cpu, load_wall = cpu(content.load_library, [folder])
        floor = min(floor_before, parse_floor(files))
        print(f"{count} scenario's: vloer (CSafeLoader) {floor:.2f} s CPU; load_library {load_cpu:.2f} s CPU "
              f"({load_wall:.2f} s klok): {load_cpu / floor:.2f}x (doel <= {COLD:g}x)")
        if len(library.scenarios) != count:
            first = next(iter(library.mislukt.values()), ())
            print(f"  LET OP: {len(library.scenarios)} van {count} geladen; eerste probleem: {first[:1]}")
        row = Row.against(f"{count} scenario's laden + valideren + linten", load_cpu, "s CPU", floor,
                          f"<= {COLD:g}x vloer", COLD, on_ratio=True)
        row.met = row.met and len(library.scenarios) == count
        rows.append(row)
        if has_cache():
            extra = {"cache_dir": Path(tmp) / "cache"}
            _, fill, _ = cpu(content.load_library, [folder], **extra)
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
    parser.add_argument("--steekproef", type=int, default=100, help="bestanden voor de uitsplitsing per fase")
    parser.add_argument("--json", metavar="BESTAND", help="schrijf de rijen als JSON ('-' = scherm)")
    args = parser.parse_args(argv)
    content.load_library([HERE.parent / "scenarios" / "B1-K2-W6"])  # imports and the dossier, outside the timing
    rows = measure(args.aantal, args.steekproef)
    if args.json:
        write_json(rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
