"""Long torture runs: the short versions in tests/ at full size, with counts as arguments.

    python benchmarks/torture.py                     everything, with the counts below
    python benchmarks/torture.py kill --aantal 1000  kill -9 during saves: 0 unreadable saves, 0 lost attempts
    python benchmarks/torture.py gelijktijdig --processen 8 --elk 50    all 400 attempts recorded
    python benchmarks/torture.py fuzz --gevallen 10000                  the loader fuzz tests, 10,000 cases
    python benchmarks/torture.py mutaties --gevallen 40000              the shipped scenarios mutated: 0 tracebacks,
                                                                        0 hangs; the crash rate (J199) by place
    python benchmarks/torture.py bestanden          links out of the folder, pipes, devices: refused, nothing hangs
    python benchmarks/torture.py bommen              hostile YAML: time and peak memory per file, no code runs
    python benchmarks/torture.py soak --aantal 10000 random playthroughs: 0 exceptions, growth < 10 MB
    python benchmarks/torture.py paden               paths in scenarios refused by `juwelier controleer`

The saving children and the checks come from the tests (tests/test_saves_crash.py, test_saves_concurrency.py,
test_torture_*.py), so a long run tests exactly what the short one tests, only more of it.
Exit code 0 when every run passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TESTS = ROOT / "tests"
sys.path[:0] = [str(ROOT), str(TESTS)]
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def verdict(ok: bool) -> str:
    return "gehaald" if ok else "NIET gehaald"


# -- kill -9 while saving --------------------------------------------------------------------------

def kill(count: int, seed: int = 20240501) -> bool:
    """Fork a saving child `count` times and SIGKILL it at a random moment; then check every file and attempt."""
    from progress_support import played, scenario
    from simulator.progress import Store
    from test_saves_crash import kill_while_saving

    geladen = scenario()
    finished, halfway = played(geladen, "beste"), played(geladen, ["1"])
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="juwelier-kill-") as tmp:
        folder = Path(tmp)
        profile = Store(folder).create_profile("Anna")
        t0 = time.perf_counter()

        def progress(n):
            if n % 100 == 0:
                print(f"  {n} kills, {time.perf_counter() - t0:.0f} s", flush=True)

        saved, counters = kill_while_saving(folder, profile.id, geladen, finished, halfway, count, rng, progress)
        took = time.perf_counter() - t0
        unreadable = []
        for path in folder.rglob("*.json*"):
            if path.suffix == ".tmp" or path.name.endswith(".lock"):
                continue
            try:
                json.loads(path.read_bytes().decode("utf-8-sig"))
            except (ValueError, UnicodeDecodeError):
                unreadable.append(path.relative_to(folder))
        store = Store(folder)
        found = {a.id for a in store.attempts(profile.id)}
        lost = saved - found
        setting = store.settings(profile.id).get("teller", -1)
        resume_ok = store.resume_point(profile.id) in (None, (geladen.scenario.id, halfway.state))
        half_written = len(list(folder.rglob("*.tmp")))
        messages = store.messages
    ok = (not unreadable and not lost and not messages and resume_ok
          and (not counters or setting >= max(counters)) and len(saved) >= count // 10)
    print(f"kill -9 tijdens opslaan: {count} keer in {took:.0f} s; {len(saved)} pogingen gemeld als opgeslagen, "
          f"{len(found)} op schijf, {len(lost)} kwijt; {len(unreadable)} onleesbare bestanden; "
          f"{half_written} halve tijdelijke bestanden (door kills, worden opgeruimd); meldingen: {messages or 'geen'}; "
          f"hervatten {'in orde' if resume_ok else 'FOUT'}: {verdict(ok)}")
    for path in unreadable[:5]:
        print(f"  onleesbaar: {path}")
    return ok


# -- many processes, one folder --------------------------------------------------------------------

def concurrent(processes: int, each: int) -> bool:
    import test_saves_concurrency as conc
    from simulator.progress import Store

    conc.EACH = each  # read by the workers; set before they fork
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with tempfile.TemporaryDirectory(prefix="juwelier-samen-") as tmp:
        folder = Path(tmp)
        profile = Store(folder).create_profile("Anna")
        start, results = ctx.Event(), ctx.Queue()
        workers = [ctx.Process(target=conc._worker, args=(folder, profile.id, n, start, results))
                   for n in range(processes)]
        for w in workers:
            w.start()
        t0 = time.perf_counter()
        start.set()
        reports = [results.get(timeout=600) for _ in workers]
        for w in workers:
            w.join(timeout=60)
        took = time.perf_counter() - t0
        recorded = {i for _, ids, _, _ in reports for i in ids}
        store = Store(folder)
        on_disk = {a.id for a in store.attempts(profile.id)}
        settings = store.settings(profile.id)
        created = sum(c for _, _, c, _ in reports)
        messages = [m for *_, ms in reports for m in ms] + store.messages
    expected = processes * each
    ok = (len(recorded) == expected and on_disk == recorded and created == 1 and not messages
          and settings == {f"venster-{n}": each - 1 for n in range(processes)}
          and all(w.exitcode == 0 for w in workers))
    print(f"{processes} processen x {each} pogingen in één map, in {took:.1f} s: {len(on_disk)} van {expected} "
          f"op schijf, {len(settings)} van {processes} instellingen bewaard, profiel {created} keer aangemaakt, "
          f"meldingen: {messages or 'geen'}: {verdict(ok)}")
    return ok


# -- fuzzing the loader ----------------------------------------------------------------------------

def fuzz(cases: int) -> bool:
    tests = 3  # the test functions in tests/test_fuzz_loader.py, each given an equal share
    env = dict(os.environ, JUWELIER_FUZZ=str(math.ceil(cases / tests)))
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/test_fuzz_loader.py",
                          "-k", "not mutated_shipped"], cwd=ROOT, env=env, capture_output=True, text=True)
    summary = (run.stdout.strip().splitlines() or ["(geen uitvoer)"])[-1]
    ok = run.returncode == 0
    print(f"fuzzen van de lader: {tests} x {env['JUWELIER_FUZZ']} gevallen in {time.perf_counter() - t0:.0f} s "
          f"({summary}): {verdict(ok)}")
    if not ok:
        print(run.stdout[-3000:])
    return ok


# -- the shipped scenarios, mutated ---------------------------------------------------------------------

def mutations(cases: int, seed: int = 20240612) -> bool:
    """The mutation fuzzer of tests/test_fuzz_loader.py at full size, in this process (as the game loads)."""
    from loader_fuzz import CPU_BUDGET, run

    t0 = time.perf_counter()
    report = run(cases, seed, progress=lambda n: print(f"  {n} gevallen, {time.perf_counter() - t0:.0f} s", flush=True)
                 if n % 5000 == 0 else None)
    ok = not report.tracebacks and not report.hangs and not report.bad_messages
    print(f"gemuteerde scenario's (zaad {seed}, tijdslimiet {CPU_BUDGET:.0f} s CPU per bestand): {report.summary()}; "
          f"{len(report.bad_messages)} meldingen niet in orde: {verdict(ok)}")
    print("  mutaties: " + ", ".join(f"{name} {n}" for name, n in report.by_mutation.most_common()))
    for place, n in report.program_faults.most_common(10):
        print(f"  J199 {n}x: {place}")
    for line in (report.tracebacks + report.hangs + report.bad_messages)[:10]:
        print(f"  {line}")
    return ok


def files() -> bool:
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/test_torture_files.py",
                          "tests/test_loading_isolation.py"], cwd=ROOT, capture_output=True, text=True)
    ok = run.returncode == 0
    print(f"links naar buiten de map, pijpen, apparaten, een bestand van 3 GB, en een crash in één bestand "
          f"({run.stdout.strip().splitlines()[-1]}): {verdict(ok)}")
    if not ok:
        print(run.stdout[-3000:])
    return ok


# -- hostile YAML, each in a fresh process ---------------------------------------------------------

BOMB = """
import json, resource, sys, time
from simulator import content
from simulator.content import ScenarioError
raw = open(sys.argv[1], "rb").read()
t0 = time.process_time()
try:
    content.parse(raw, "vijandig.yaml")
    codes, error = [], ""
except ScenarioError as exc:
    codes, error = sorted({p.code for p in exc.problemen}), ""
except Exception as exc:
    codes, error = [], f"{type(exc).__name__}: {str(exc)[:120]}"
seconds = time.process_time() - t0
print(json.dumps({"codes": codes, "error": error, "seconds": seconds,
                  "kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


CPU_SECONDS = 2.0
"""Per hostile file. The slowest case (the alias bomb) takes about 0.6 s on the benchmark machine."""


def bombs() -> bool:
    from test_torture_yaml import CASES, MARKER

    cases = dict(CASES)
    cases["reuzengetal"] = (b"id: x\nduur_minuten: " + b"1" * 5_000 + b"\n", {"J114"})
    cases["twintigduizend-stappen"] = (b"id: x\nstappen: {" + b", ".join(b"s%d: {einde: x}" % i for i in range(20_000))
                                       + b"}\n", {"J201"})
    with tempfile.TemporaryDirectory(prefix="juwelier-bom-") as tmp:
        marker = Path(tmp) / "code-ran"
        env = dict(os.environ, PYTHONPATH=str(ROOT))

        def child(raw: bytes) -> dict:
            path = Path(tmp) / "geval.yaml"
            path.write_bytes(raw.replace(MARKER.encode(), marker.as_posix().encode()))
            out = subprocess.run([sys.executable, "-c", BOMB, str(path)], capture_output=True, text=True, env=env,
                                 cwd=ROOT, timeout=120)
            if out.returncode != 0:
                return {"codes": [], "error": out.stderr.strip().splitlines()[-1], "seconds": 0, "kb": 0}
            return json.loads(out.stdout)

        base = child(b"id: x\n")["kb"]
        print(f"vijandige YAML, elk in een eigen proces (geheugen: piek boven een leeg bestand, {base / 1024:.0f} MB):")
        print(f"  {'geval':<28}{'ms CPU':>8}{'MB':>7}  codes")
        ok_all = True
        for name, (raw, codes) in cases.items():
            r = child(raw)
            extra_mb = (r["kb"] - base) / 1024 / (1024 if sys.platform == "darwin" else 1)
            ok = (not r["error"] and bool(set(r["codes"]) & codes) and r["seconds"] <= CPU_SECONDS
                  and not marker.exists())
            ok_all &= ok
            shown = r["error"] or ",".join(r["codes"])
            print(f"  {name:<28}{r['seconds'] * 1000:>8.0f}{extra_mb:>7.1f}  {shown}{'' if ok else '   <- NIET gehaald'}")
    print(f"vijandige YAML: {len(cases)} gevallen, code uitgevoerd: {'ja' if marker.exists() else 'nee'}: "
          f"{verdict(ok_all)}")
    return ok_all


# -- soak ------------------------------------------------------------------------------------------

def soak_run(count: int) -> bool:
    from simulator import content
    from test_torture_soak import GROWTH_MB, soak

    library = content.load_library([ROOT / "scenarios"])
    report = soak(library, count)
    ok = not report.failures and report.growth_mb < GROWTH_MB and report.playthroughs == count
    print(f"soak: {report.playthroughs} willekeurige speelbeurten over {len(library.scenarios)} scenario's "
          f"({report.moves} zetten) in {report.seconds:.0f} s; {len(report.failures)} fouten; geheugengroei "
          f"{report.growth_mb:.2f} MB (doel < {GROWTH_MB} MB): {verdict(ok)}")
    for line in report.failures[:10]:
        print(f"  {line}")
    return ok


def paths() -> bool:
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/test_torture_paths.py"],
                         cwd=ROOT, capture_output=True, text=True)
    ok = run.returncode == 0
    print(f"paden in scenario's (../, absolute paden) geweigerd door juwelier controleer "
          f"({run.stdout.strip().splitlines()[-1]}): {verdict(ok)}")
    return ok


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="wat")
    p = sub.add_parser("kill")
    p.add_argument("--aantal", type=int, default=1000)
    p = sub.add_parser("gelijktijdig")
    p.add_argument("--processen", type=int, default=8)
    p.add_argument("--elk", type=int, default=50)
    p = sub.add_parser("fuzz")
    p.add_argument("--gevallen", type=int, default=10_000)
    p = sub.add_parser("mutaties")
    p.add_argument("--gevallen", type=int, default=40_000)
    p.add_argument("--zaad", type=int, default=20240612)
    sub.add_parser("bestanden")
    sub.add_parser("bommen")
    p = sub.add_parser("soak")
    p.add_argument("--aantal", type=int, default=10_000)
    sub.add_parser("paden")
    args = parser.parse_args(argv)
    runs = {
        "kill": lambda: kill(getattr(args, "aantal", 1000)),
        "gelijktijdig": lambda: concurrent(getattr(args, "processen", 8), getattr(args, "elk", 50)),
        "fuzz": lambda: fuzz(getattr(args, "gevallen", 10_000)),
        "mutaties": lambda: mutations(getattr(args, "gevallen", 40_000), getattr(args, "zaad", 20240612)),
        "bestanden": files,
        "bommen": bombs,
        "soak": lambda: soak_run(getattr(args, "aantal", 10_000)),
        "paden": paths,
    }
    chosen = [args.wat] if args.wat else list(runs)
    results = {}
    for name in chosen:
        print(f"== {name}", flush=True)
        results[name] = runs[name]()
    failed = [name for name, ok in results.items() if not ok]
    print(f"\n{len(results) - len(failed)} van {len(results)} gehaald" + (f"; niet: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
