"""Run every benchmark and print one table: figure, value, unit, floor, ratio, target, verdict.

    python benchmarks/run_all.py [--snel] [--json FILE] [--markdown FILE]

Each benchmark runs in its own fresh Python process, one after the other, and measures its own floor in
the same run. --snel runs a smaller version (within 2 minutes); the full run takes a few minutes.
Exit code 0 when every target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from rows import Row, markdown, read_json, table, write_json  # noqa: E402

STARTUP_LIMIT, FRAME_MS, IDLE_PERCENT = 2.0, 4.0, 2.0

FULL = {"startup": ["--runs", "7"], "frames": ["--frames", "400", "--idle", "10"],
        "content": ["--aantal", "1000", "--steekproef", "100"], "memory": ["--aantal", "1000"],
        "saves": ["--opslagen", "200", "--pogingen", "5000"]}
QUICK = {"startup": ["--runs", "3"], "frames": ["--frames", "100", "--idle", "3"],
         "content": ["--aantal", "200", "--steekproef", "40"], "memory": ["--aantal", "200"],
         "saves": ["--opslagen", "50", "--pogingen", "5000"]}


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.release()} {platform.machine()}, CPU {cpu}, {os.cpu_count()} kernen, "
            f"Python {platform.python_version()}")


def run(script: str, args: list[str]) -> tuple[int, str]:
    """Run one benchmark script, echoing its output as it comes; returns (exit code, output)."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    child = subprocess.Popen([sys.executable, str(HERE / script), *args], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, env=env, cwd=HERE.parent)
    lines = []
    for line in child.stdout:
        lines.append(line)
        print(f"    {line}", end="", flush=True)
    return child.wait(), "".join(lines)


def failed(figure: str, unit: str, target: str, why: str) -> Row:
    print(f"    LET OP: {figure}: {why}")
    return Row(f"{figure}: {why}", None, unit, None, None, target, False)


def startup_rows(output: str) -> list[Row]:
    floor = re.search(r"^vloer .*mediaan (\d+(?:\.\d+)?) ms", output, re.M)
    game = re.search(r"^spel .*mediaan (\d+(?:\.\d+)?) ms", output, re.M)
    target = f"<= {STARTUP_LIMIT:g}x vloer"
    if not (floor and game):
        return [failed("opstarten tot het eerste beeld", "ms", target, "uitvoer van startup.py niet herkend")]
    return [Row.against("opstarten tot het eerste beeld", float(game.group(1)), "ms", float(floor.group(1)), target,
                        STARTUP_LIMIT, on_ratio=True)]


_FRAME = re.compile(r"^(\S+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/([\d.]+)/([\d.]+)\s*$", re.M)
_IDLE = re.compile(r"^stilstaand scherm \((\S+)\).*?: ([\d.]+) % van een kern", re.M)


def frame_rows(output: str) -> list[Row]:
    rows = []
    target = f"<= {FRAME_MS:g} ms"
    for screen, *values in _FRAME.findall(output):
        p50, p95, p99, f50, f95, f99 = map(float, values)
        for name, value, floor in (("p50", p50, f50), ("p95", p95, f95), ("p99", p99, f99)):
            rows.append(Row.against(f"frametijd {screen} {name} (1280x720)", value, "ms", floor, target, FRAME_MS,
                                    on_ratio=False))
    if not rows:
        rows.append(failed("frametijd per scherm", "ms", target, "niet gemeten (geen schermregels van frames.py)"))
    idle = _IDLE.search(output)
    if idle:
        rows.append(Row.against(f"CPU bij stilstaand scherm ({idle.group(1)})", float(idle.group(2)), "% kern", None,
                                f"<= {IDLE_PERCENT:g} %", IDLE_PERCENT, on_ratio=False))
    else:
        rows.append(failed("CPU bij stilstaand scherm", "% kern", f"<= {IDLE_PERCENT:g} %",
                           "niet gemeten (geen regel 'stilstaand scherm' van frames.py)"))
    return rows


def json_rows(script: str, args: list[str], what: str) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rijen.json"
        code, _ = run(script, [*args, "--json", str(out)])
        if code != 0 or not out.exists():
            return [failed(what, "", "", f"{script} stopte met code {code}")]
        return read_json(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snel", action="store_true", help="een kleinere versie, binnen 2 minuten")
    parser.add_argument("--json", metavar="BESTAND", help="schrijf de rijen als JSON")
    parser.add_argument("--markdown", metavar="BESTAND", help="schrijf de tabel als Markdown")
    args = parser.parse_args(argv)
    plan = QUICK if args.snel else FULL
    began = time.perf_counter()
    print(f"machine: {machine()}")
    print(f"{'snelle' if args.snel else 'volledige'} meting\n")
    rows: list[Row] = []

    print("== opstarten (startup.py)")
    code, output = run("startup.py", plan["startup"])
    rows += startup_rows(output) if code == 0 else [
        failed("opstarten tot het eerste beeld", "ms", f"<= {STARTUP_LIMIT:g}x vloer", f"startup.py stopte met code {code}")]
    print("== beelden per scherm en stilstaand scherm (frames.py)")
    code, output = run("frames.py", plan["frames"])
    rows += frame_rows(output)  # the screens measured before a crash still count
    if code != 0:
        rows.append(failed("frametijd, overige schermen", "ms", f"<= {FRAME_MS:g} ms", f"frames.py stopte met code {code}"))
    print("== scenario's laden (content.py)")
    rows += json_rows("content.py", plan["content"], "scenario's laden")
    print("== geheugen (memory.py)")
    rows += json_rows("memory.py", plan["memory"], "piekgeheugen")
    print("== opslaan en laden (saves.py)")
    rows += json_rows("saves.py", plan["saves"], "opslaan en laden")

    print(f"\n{table(rows)}\n")
    missed = [r for r in rows if not r.met]
    print(f"{len(rows) - len(missed)} van {len(rows)} doelen gehaald, in {time.perf_counter() - began:.0f} s.")
    if args.json:
        write_json(rows, args.json)
    if args.markdown:
        Path(args.markdown).write_text(markdown(rows) + "\n", encoding="utf-8")
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())
