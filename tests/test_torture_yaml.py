"""Hostile scenario files (YAML bombs, deep nesting, huge strings, Python tags) are refused with bounded memory
and a Dutch content problem; no code in them ever runs. How fast they are refused is measured by
benchmarks/torture.py (CPU time and the peak memory of a fresh process), not here."""

import tracemalloc

import pytest

from simulator import content
from simulator.content import ScenarioError

PEAK_MB = 64
"""Python memory allocated while refusing one file (tracemalloc's peak)."""

MARKER = "@MARKER@"
"""Replaced by a path in the test's temp folder: the file the code in a hostile file would create if it ran."""


def _laughs() -> bytes:
    """'Billion laughs': nine levels of nine aliases each would build 387 million strings if expanded."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return ("\n".join(lines) + "\n").encode()


def _code(tag: str) -> bytes:
    return f"id: {tag} ['touch {MARKER}']\ntitel: x\n".encode()


CASES = {
    # name: (bytes, the problem codes one of which the teacher must see)
    "miljard-lachjes": (_laughs(), {"J106"}),
    "ankers-als-sleutels": (b"a: &k {x: 1}\n? *k\n: 2\n", {"J108"}),
    "diep-genest-haakjes": (b"id: " + b"[" * 100_000 + b"]" * 100_000 + b"\n", {"J107", "J110"}),
    "diep-genest-accolades": (b"a: " + b"{a: " * 10_000 + b"}" * 10_000 + b"\n", {"J107", "J110"}),
    "honderd-niveaus-diep": (b"".join(b" " * i + b"a:\n" for i in range(100)) + b" " * 100 + b"a: 1\n", {"J107"}),
    "diep-genest-inspringen": (b"".join(b" " * i + b"a:\n" for i in range(1_300)) + b" " * 1_300 + b"a: 1\n", {"J107", "J110"}),
    "enorme-tekst": (b'id: x\ntitel: "' + b"a" * 2_000_000 + b'"\n', {"J101"}),
    "tekst-net-onder-de-grens": (b'id: x\ntitel: "' + b"ab " * 330_000 + b'"\n', {"J201"}),
    "vijfduizend-stappen": (b"id: x\nstappen: {" + b", ".join(b"s%d: {einde: x}" % i for i in range(5_000)) + b"}\n", {"J201"}),
    "python-object-apply": (_code("!!python/object/apply:os.system"), {"J112"}),
    "python-object-new": (_code("!!python/object/new:os.system"), {"J112"}),
    "python-name": (b"id: !!python/name:os.system\ntitel: x\n", {"J112"}),
    "python-module": (b"id: !!python/module:os\ntitel: x\n", {"J112"}),
    "eigen-tag": (b"id: !mijn/klasse {a: 1}\ntitel: x\n", {"J112"}),
    "samenvoegen": (b"a: &a {x: 1}\nb:\n  <<: *a\n", {"J109"}),
    "nul-teken": (b"id: x\x00\n", {"J110"}),
}


def refuse(raw: bytes) -> tuple[tuple, float]:
    """(problems, peak MB) of loading raw."""
    try:
        content.parse(raw, "vijandig.yaml")
        problems = ()
    except ScenarioError as exc:
        problems = exc.problemen
    tracemalloc.start()
    try:
        try:
            content.parse(raw, "vijandig.yaml")
        except ScenarioError:
            pass
        peak = tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
    return problems, peak


@pytest.mark.parametrize("name", CASES)
def test_hostile_file_is_refused_with_bounded_memory(name, tmp_path):
    raw, codes = CASES[name]
    marker = tmp_path / "code-ran"
    raw = raw.replace(MARKER.encode(), marker.as_posix().encode())
    problems, peak = refuse(raw)
    assert problems, f"{name}: loaded as a scenario"
    assert {p.code for p in problems} & codes, f"{name}: {[str(p) for p in problems[:3]]}"
    assert all(p.bestand == "vijandig.yaml" and p.bericht for p in problems)
    assert peak <= PEAK_MB, f"{name}: refusing used {peak:.0f} MB"
    assert not marker.exists(), f"{name}: code in the file ran"


def test_python_tag_tells_the_teacher_it_is_not_run():
    problems, _ = refuse(_code("!!python/object/apply:os.system"))
    assert problems[0].bericht == ("Onbekende of onveilige YAML-tag '!!python/object/apply:os.system'; "
                                   "die wordt niet uitgevoerd.")
    assert (problems[0].regel, problems[0].kolom) == (1, 5)


def test_a_number_too_long_for_python_is_a_content_problem():
    # Python refuses to turn more than 4,300 digits into an int (ValueError); a teacher must see a problem.
    problems, _ = refuse(b"id: x\nduur_minuten: " + b"1" * 5_000 + b"\n")
    assert [(p.code, p.regel, p.bericht) for p in problems] == [
        ("J114", 2, "Deze waarde is geen bruikbaar getal (veel te lang).")]
