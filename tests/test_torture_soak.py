"""A soak: hundreds of random playthroughs across the whole shipped library end without an exception, each
with a sensible result, a state that saves and resumes exactly, and memory that does not grow.
benchmarks/torture.py runs the same soak with 10,000 playthroughs."""

from __future__ import annotations

import gc
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from simulator import content
from simulator.engine import Session, SessionState
from simulator.engine.autoplay import play

ROOT = Path(__file__).resolve().parents[1]
PLAYTHROUGHS = 500
GROWTH_MB = 10
OORDELEN = {"onvoldoende", "voldoende", "goed"}


@dataclass
class Soak:
    playthroughs: int = 0
    moves: int = 0
    failures: list[str] = field(default_factory=list)
    """'scenario willekeurig:seed: what went wrong', one per playthrough that raised or gave a wrong result."""
    growth_mb: float = 0.0
    seconds: float = 0.0


def _play_once(geladen, seed: int, resume: bool) -> tuple[int, str]:
    """Play one random playthrough; (moves, '' or what is wrong with it)."""
    session = Session(geladen)
    moves = play(session, f"willekeurig:{seed}")
    result = session.result()
    if not session.afgelopen:
        return len(moves), f"niet klaar na {len(moves)} zetten (stap {session.state.stap})"
    if not 0.0 <= result.score <= 1.0 or any(c.oordeel not in OORDELEN for c in result.criteria):
        return len(moves), f"vreemd resultaat: score {result.score}, {[c.oordeel for c in result.criteria]}"
    if resume:  # what the autosave keeps must bring back the same session
        state = SessionState.model_validate_json(session.state.model_dump_json())
        again = Session(geladen, state)
        if again.step != session.step or again.result() != result:
            return len(moves), "hervat uit de opgeslagen toestand geeft een ander resultaat"
    return len(moves), ""


def soak(library, count: int, first_seed: int = 0, resume_every: int = 10) -> Soak:
    """Play `count` random playthroughs, scenario after scenario; memory measured after a warm-up round."""
    items = sorted(library.scenarios.values(), key=lambda g: g.scenario.id)
    for n, geladen in enumerate(items):  # warm-up: caches the program keeps on purpose are filled here
        _play_once(geladen, n, resume=True)
    report = Soak()
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    t0 = time.perf_counter()
    for n in range(count):
        geladen, seed = items[n % len(items)], first_seed + n
        try:
            moves, wrong = _play_once(geladen, seed, resume=n % resume_every == 0)
        except Exception as exc:  # noqa: BLE001 - counting every kind of failure is the point of a soak
            moves, wrong = 0, f"{type(exc).__name__}: {exc}"
        report.playthroughs += 1
        report.moves += moves
        if wrong:
            report.failures.append(f"{geladen.scenario.id} willekeurig:{seed}: {wrong}")
    report.seconds = time.perf_counter() - t0
    gc.collect()
    report.growth_mb = (tracemalloc.get_traced_memory()[0] - before) / 1e6
    tracemalloc.stop()
    return report


@pytest.fixture(scope="module")
def library():
    return content.load_library([ROOT / "scenarios"])


def test_500_random_playthroughs_across_the_library_end_cleanly_without_memory_growth(library):
    report = soak(library, PLAYTHROUGHS)
    assert report.playthroughs == PLAYTHROUGHS
    assert report.failures == [], "\n".join(report.failures[:10])
    assert report.moves >= 5 * PLAYTHROUGHS, "the playthroughs were too short to test anything"
    assert report.growth_mb < GROWTH_MB, f"memory grew {report.growth_mb:.1f} MB"
    print(f"\n{PLAYTHROUGHS} playthroughs ({report.moves} moves) in {report.seconds:.1f} s; "
          f"memory growth {report.growth_mb:.2f} MB")
