"""A mutation fuzzer for the scenario loader: the shipped scenarios, damaged the way hands and editors damage them.

Used by tests/test_fuzz_loader.py (a few thousand cases) and benchmarks/torture.py (40,000). Each case takes a
shipped scenario, applies one to three mutations (byte flips, line deletions, indentation changes, key renames,
value swaps, duplicated blocks, ...) and checks it through the guarded loader under a CPU budget. Outcomes:

- loaded or refused with problems: fine, as long as every problem is well formed and Dutch;
- J199: the guard caught a failure of the program (counted and listed by place: these are bugs to fix);
- traceback: an exception got past the guard (must be 0);
- hang: the case used more than its CPU budget (must be 0).
"""

from __future__ import annotations

import random
import re
import signal
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from simulator import content
from simulator.content import ScenarioError

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = sorted((ROOT / "scenarios").rglob("*.yaml"))

CPU_BUDGET = 10.0
"""CPU seconds one mutated file may take before it counts as a hang. The slowest clean shipped scenario takes
well under a second; the budget is about hangs, not speed."""

ENGLISH = re.compile(r"Input should|should be|Field required|Extra inputs|Unable to|String should|List should|"
                     r"Value error|not allowed|expected|found|could not|while (scanning|parsing)|Traceback")
"""Phrases of pydantic's and PyYAML's own (English) messages: none may reach a teacher."""

KEYS = ["id", "titel", "werkproces", "start", "stappen", "keuzes", "tekst", "naar", "gedrag", "einde", "invoer",
        "antwoorden", "anders", "waarde", "marge", "als", "variabele", "is", "zegt", "stemming", "personages",
        "kritiek", "zet", "tel", "soort", "ook", "duur_minuten", "werkbank", "acties", "klaar", "zone", "zones",
        "gereedschap", "loep", "details", "feedback", "afloop", "minstens", "hoogstens", "alle", "een_van", "naaar"]
TOKENS = [b":", b": ", b"- ", b"\t", b'"', b"'", b"{", b"}", b"[", b"]", b"&a ", b"*a", b"!!python/object ", b"\n  ",
          b"\n", b"\xef\xbb\xbf", b"\xff", b"---\n", b"~", b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"#", b"%", b"@", b"0x" + b"f" * 40,
          b".inf", b".nan", b"1e999", b"9" * 30, b"-", b"? ", b"|", b">", b"!!bool ", b"*"]


class Hang(BaseException):
    """Raised by the CPU timer; a BaseException so that no `except Exception` in the program swallows it."""


@dataclass
class Report:
    cases: int = 0
    loaded: int = 0
    refused: int = 0
    program_faults: Counter = field(default_factory=Counter)
    """J199 per 'kind in place' (e.g. 'RecursionError in analysis.py:88')."""
    tracebacks: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    bad_messages: list[str] = field(default_factory=list)
    by_mutation: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def faults(self) -> int:
        return sum(self.program_faults.values())

    def summary(self) -> str:
        rate = self.faults / self.cases if self.cases else 0.0
        return (f"{self.cases} gevallen in {self.seconds:.0f} s CPU: {self.loaded} geladen, {self.refused} geweigerd met "
                f"meldingen; {len(self.tracebacks)} tracebacks, {len(self.hangs)} keer vastgelopen; "
                f"{self.faults} fouten in het programma opgevangen als J199 ({rate:.2%})")


# -- mutations -------------------------------------------------------------------------------------------

def _lines(raw: bytes) -> list[bytes]:
    return raw.split(b"\n")


def flip(raw: bytes, rng: random.Random) -> bytes:
    if not raw:
        return raw
    data = bytearray(raw)
    pos = rng.randrange(len(data))
    data[pos] = rng.randrange(256) if rng.random() < 0.5 else data[pos] ^ (1 << rng.randrange(8))
    return bytes(data)


def delete_lines(raw: bytes, rng: random.Random) -> bytes:
    lines = _lines(raw)
    i = rng.randrange(len(lines))
    del lines[i:i + rng.choice([1, 1, 1, 2, 3])]
    return b"\n".join(lines)


def indent(raw: bytes, rng: random.Random) -> bytes:
    lines = _lines(raw)
    i = rng.randrange(len(lines))
    change = rng.choice([-4, -2, -1, 1, 2, 4])
    lines[i] = b" " * change + lines[i] if change > 0 else lines[i][min(-change, len(lines[i]) - len(lines[i].lstrip(b" "))):]
    return b"\n".join(lines)


_KEY_LINE = re.compile(rb"^(\s*(?:- )?)([\w.\-]+):")


def rename_key(raw: bytes, rng: random.Random) -> bytes:
    lines = _lines(raw)
    keyed = [i for i, line in enumerate(lines) if _KEY_LINE.match(line)]
    if not keyed:
        return raw
    i = rng.choice(keyed)
    match = _KEY_LINE.match(lines[i])
    assert match is not None
    old = match.group(2).decode("utf-8", "replace")
    new = rng.choice([rng.choice(KEYS), old[:-1], old + "s", old.upper(), old.replace("a", "aa", 1)])
    lines[i] = match.group(1) + new.encode() + b":" + lines[i][match.end():]
    return b"\n".join(lines)


_VALUE_LINE = re.compile(rb"^(\s*(?:- )?[\w.\-]+:) (.+)$")


def swap_values(raw: bytes, rng: random.Random) -> bytes:
    """Two 'key: value' lines exchange their values; half the time two of the same key (naar: naar: makes loops)."""
    lines = _lines(raw)
    valued = {i: m for i, m in ((i, _VALUE_LINE.match(line)) for i, line in enumerate(lines)) if m is not None}
    if len(valued) < 2:
        return raw
    i = rng.choice(list(valued))
    key = valued[i].group(1).strip().lstrip(b"- ")
    same = [j for j, m in valued.items() if j != i and m.group(1).strip().lstrip(b"- ") == key]
    j = rng.choice(same) if same and rng.random() < 0.5 else rng.choice(list(valued))
    a, b = valued[i], valued[j]
    lines[i], lines[j] = a.group(1) + b" " + b.group(2), b.group(1) + b" " + a.group(2)
    return b"\n".join(lines)


def duplicate_block(raw: bytes, rng: random.Random) -> bytes:
    """A line with everything indented under it, copied right after itself or somewhere else."""
    lines = _lines(raw)
    i = rng.randrange(len(lines))
    depth = len(lines[i]) - len(lines[i].lstrip(b" "))
    end = i + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip(b" ")) > depth):
        end += 1
    block = lines[i:end][:200]
    at = end if rng.random() < 0.6 else rng.randrange(len(lines) + 1)
    return b"\n".join(lines[:at] + block + lines[at:])


def insert_token(raw: bytes, rng: random.Random) -> bytes:
    pos = rng.randrange(len(raw) + 1)
    return raw[:pos] + rng.choice(TOKENS) + raw[pos:]


def swap_lines(raw: bytes, rng: random.Random) -> bytes:
    lines = _lines(raw)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def truncate(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


MUTATIONS = {
    "byte": flip, "regel-weg": delete_lines, "inspringen": indent, "sleutel": rename_key, "waarden-wisselen": swap_values,
    "blok-dubbel": duplicate_block, "teken": insert_token, "regels-wisselen": swap_lines, "afkappen": truncate,
}
WEIGHTS = {"byte": 3, "regel-weg": 3, "inspringen": 3, "sleutel": 3, "waarden-wisselen": 3, "blok-dubbel": 2,
           "teken": 2, "regels-wisselen": 1, "afkappen": 1}


def mutate(raw: bytes, rng: random.Random) -> tuple[bytes, list[str]]:
    names = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=rng.choice([1, 1, 2, 3]))
    for name in names:
        raw = MUTATIONS[name](raw, rng)
    return raw, names


# -- running ---------------------------------------------------------------------------------------------

def _cpu_timer(seconds: float) -> bool:
    """Arm a CPU-time alarm that raises Hang; False where the platform has none (then time is checked after)."""
    if not hasattr(signal, "setitimer") or not hasattr(signal, "SIGPROF"):
        return False
    import threading
    if threading.current_thread() is not threading.main_thread():
        return False

    def _raise(signum, frame):
        raise Hang()

    signal.signal(signal.SIGPROF, _raise)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    return True


def _disarm() -> None:
    if hasattr(signal, "setitimer") and hasattr(signal, "SIGPROF"):
        signal.setitimer(signal.ITIMER_PROF, 0)


def check_one(raw: bytes, name: str, report: Report, budget: float = CPU_BUDGET) -> None:
    """Load one mutated file through the guarded loader and file the outcome in report."""
    report.cases += 1
    t0 = time.process_time()
    armed = _cpu_timer(budget)
    try:
        try:
            content.parse_safely(raw, name)
            report.loaded += 1
            return
        except ScenarioError as exc:
            problems = exc.problemen
        finally:
            if armed:
                _disarm()
    except Hang:
        report.hangs.append(name)
        return
    except Exception as exc:  # noqa: BLE001 - what the fuzzer is looking for
        report.tracebacks.append(f"{name}: {type(exc).__name__}: {str(exc)[:200]}")
        return
    if not armed and time.process_time() - t0 > budget:
        report.hangs.append(name)
    report.refused += 1
    for p in problems:
        if p.code == "J199":
            place = re.search(r"\[(.*)\]", p.bericht)
            report.program_faults[place.group(1) if place else "?"] += 1
        text = re.sub(r"'[^']*'|\"[^\"]*\"", "", f"{p.bericht} {p.hint}")  # the file's own text may be English
        if p.bestand != name or not p.bericht or not re.fullmatch(r"J\d{3}", p.code) or ENGLISH.search(text):
            report.bad_messages.append(f"{name}: {p}")


def run(cases: int, seed: int, progress=None, budget: float = CPU_BUDGET, files: list[Path] | None = None) -> Report:
    """`cases` mutated files, reproducible from the seed; `progress(n)` is called every 1,000 cases."""
    files = files or SCENARIOS
    originals = [(f.relative_to(ROOT).as_posix(), f.read_bytes()) for f in files]
    rng = random.Random(seed)
    report = Report()
    t0 = time.process_time()
    for n in range(cases):
        source, raw = rng.choice(originals)
        mutated, names = mutate(raw, rng)
        report.by_mutation.update(names)
        check_one(mutated, f"{source}#{n}", report, budget)
        if progress is not None and (n + 1) % 1000 == 0:
            progress(n + 1)
    report.seconds = time.process_time() - t0
    return report
