"""Fuzzing the loader: whatever bytes a teacher's editor produces, the answer is a content problem, never a crash."""

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator import content
from simulator.content import ScenarioError

ROOT = Path(__file__).resolve().parents[1]
N = int(os.environ.get("JUWELIER_FUZZ", "120"))
"""Cases per test; benchmarks/torture.py runs the same tests with 10,000 in all."""
SEEDS = [p.read_bytes() for p in sorted((ROOT / "docs").glob("*.md")) if p.name == "scenario-schrijven.md"]
GUIDE = SEEDS[0].decode()
EXAMPLE = GUIDE.split("```yaml\n")[1].split("```")[0].encode()


def load_or_problem(raw: bytes) -> None:
    try:
        content.parse(raw, "fuzz.yaml")
    except ScenarioError as exc:
        assert exc.problemen, "a ScenarioError must carry problems"
        for p in exc.problemen:
            assert p.bestand == "fuzz.yaml" and p.bericht and p.code.startswith("J")
            assert "Traceback" not in str(p)


@settings(max_examples=N, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_files(data):
    raw = bytearray(EXAMPLE)
    for _ in range(data.draw(st.integers(1, 6))):
        action = data.draw(st.sampled_from(["flip", "delete", "insert", "swap-lines", "truncate"]))
        pos = data.draw(st.integers(0, max(0, len(raw) - 1)))
        if action == "flip" and raw:
            raw[pos] = data.draw(st.integers(0, 255))
        elif action == "delete":
            del raw[pos:pos + data.draw(st.integers(1, 20))]
        elif action == "insert":
            raw[pos:pos] = data.draw(st.sampled_from([b":", b"- ", b"\t", b'"', b"'", b"{", b"[", b"&a ", b"*a", b"!!python/object ",
                                                      b"\n  ", b"\n", b"\xef\xbb\xbf", b"\xff", b"---\n", b"naar: x\n", b"~"]))
        elif action == "swap-lines":
            lines = bytes(raw).split(b"\n")
            i, j = data.draw(st.integers(0, len(lines) - 1)), data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            raw = bytearray(b"\n".join(lines))
        elif action == "truncate":
            raw = raw[:pos]
    load_or_problem(bytes(raw))


scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=True), st.text(max_size=8),
                    st.sampled_from(["B1-K2-W1.1", "B1-K2-W1", "begin", "einde", "klant", "boos", "+1", "P2"]))
keys = st.sampled_from(["id", "titel", "werkproces", "start", "stappen", "keuzes", "tekst", "naar", "gedrag", "einde",
                        "invoer", "antwoorden", "anders", "waarde", "marge", "als", "variabele", "is", "zegt", "stemming",
                        "personages", "kritiek", "zet", "tel", "soort", "ook", "duur_minuten", "samenvatting"])
trees = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5), max_leaves=30)


@settings(max_examples=N, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees)
def test_structured_random_scenarios(tree):
    import yaml

    load_or_problem(yaml.safe_dump(tree, allow_unicode=True).encode())


@settings(max_examples=N, deadline=None)
@given(st.dictionaries(keys, trees, max_size=8))
def test_random_top_level_blocks_on_a_real_scenario(extra):
    import yaml

    base = yaml.safe_load(EXAMPLE)
    base.update(extra)
    load_or_problem(yaml.safe_dump(base, allow_unicode=True).encode())


# -- the shipped scenarios, mutated (tests/loader_fuzz.py; benchmarks/torture.py runs 40,000) --------------

MUTATIONS = int(os.environ.get("JUWELIER_MUTATIES", "2000"))
OWN = ("content/yaml_source.py", "content/yaml_errors.py", "content/messages.py", "content/files.py",
       "content/guard.py", "content/problems.py")
"""The loader's own modules: a program fault (J199) in them is a bug of the loader, not of a later check."""


def test_mutated_shipped_scenarios_never_crash_hang_or_speak_english():
    from loader_fuzz import run

    report = run(MUTATIONS, seed=20240612)
    assert report.cases == MUTATIONS and report.loaded > MUTATIONS // 20, report.summary()  # the damage is varied
    assert report.tracebacks == [], report.tracebacks[:5]
    assert report.hangs == [], report.hangs[:5]
    assert report.bad_messages == [], report.bad_messages[:5]
    assert {place: n for place, n in report.program_faults.items() if place.split(" in ")[-1].startswith(OWN)} == {}


def test_the_fuzzer_notices_a_hang_and_an_escaping_exception(monkeypatch):
    """The fuzzer's own alarm: a file that never finishes is stopped and counted, not waited for; an exception
    that gets past the guard is counted as a traceback."""
    import loader_fuzz

    def parse(raw, *args, **kwargs):
        while b"lus" in raw:
            pass
        raise ValueError("kapot")

    monkeypatch.setattr(content, "parse_safely", parse)
    report = loader_fuzz.Report()
    loader_fuzz.check_one(b"id: lus\n", "lus.yaml", report, budget=0.2)
    loader_fuzz.check_one(b"id: x\n", "stuk.yaml", report, budget=0.2)
    assert (report.hangs, report.tracebacks) == (["lus.yaml"], ["stuk.yaml: ValueError: kapot"])
