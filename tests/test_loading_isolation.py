"""One scenario file can never take down the others (issue 12 §1): a failure of the program while checking one file
is problem J199 for that file, in every command that reads a folder and in the game's library; the rest loads."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from simulator import content
from test_loading import GOOD

ROOT = Path(__file__).resolve().parents[1]
MARKER = "# ONTPLOF"
"""A file with this line makes the program fail while checking it (the seam below), like a bug would."""

BROKEN = GOOD.replace("id: mini", "id: kapot") + MARKER + "\n"

SEAM = f"""
import sys
from simulator import content
_parse = content.parse
def parse(raw, *args, **kwargs):
    if {MARKER.encode()!r} in raw:
        raise {{error}}
    return _parse(raw, *args, **kwargs)
content.parse = parse
from simulator.cli import main
sys.exit(main(sys.argv[1:]))
"""
"""Runs `juwelier ARGS` with content.parse failing on the marked file: the failure comes from inside the check."""

J199 = ("Dit bestand kon niet worden gecontroleerd door een fout in het programma (het programma ging te diep, "
        "bijvoorbeeld door een heel lange keten van stappen) [RecursionError")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "a-goed.yaml").write_text(GOOD.replace("id: mini", "id: a-goed"), encoding="utf-8")
    (folder / "b-kapot.yaml").write_text(BROKEN, encoding="utf-8")
    return folder


def _juwelier(*args, error="RecursionError('maximum recursion depth exceeded')", env=None, cwd=None):
    run = subprocess.run([sys.executable, "-c", SEAM.format(error=error), *map(str, args)], capture_output=True,
                         text=True, encoding="utf-8", cwd=cwd or ROOT, env=env, timeout=300)
    assert "Traceback" not in run.stdout + run.stderr, run.stderr
    return run


@pytest.fixture
def failing(monkeypatch):
    """content.parse fails on the marked file, in this process."""
    original = content.parse

    def parse(raw, *args, **kwargs):
        if MARKER.encode() in raw:
            raise error[0]
        return original(raw, *args, **kwargs)

    error = [RecursionError("maximum recursion depth exceeded")]
    monkeypatch.setattr(content, "parse", parse)
    return error


@pytest.mark.parametrize("error, kind", [
    (RecursionError("maximum recursion depth exceeded"),
     "het programma ging te diep, bijvoorbeeld door een heel lange keten van stappen"),
    (MemoryError(), "het geheugen raakte op"),
    (KeyError("acties"), "een onverwachte fout"),
])
def test_a_crash_in_one_file_is_that_files_problem_and_the_library_loads(tmp_path, failing, error, kind):
    failing[0] = error
    folder = _folder(tmp_path)
    library = content.load_library([folder])
    assert list(library.scenarios) == ["a-goed"]
    [p] = library.mislukt[str(folder / "b-kapot.yaml")]
    assert p.code == "J199" and p.bestand == str(folder / "b-kapot.yaml")
    assert p.bericht.startswith(f"Dit bestand kon niet worden gecontroleerd door een fout in het programma ({kind}) "
                                f"[{type(error).__name__} in content/")
    assert p.hint.startswith("De andere bestanden hebben er geen last van. Stuur dit bestand en deze melding")


def test_the_cached_library_load_is_guarded_too(tmp_path, failing):
    folder = _folder(tmp_path)
    library = content.load_library([folder], cache_dir=tmp_path / "cache")
    assert list(library.scenarios) == ["a-goed"]
    assert library.mislukt[str(folder / "b-kapot.yaml")][0].code == "J199"


def test_a_damaged_cache_entry_is_checked_again(tmp_path):
    folder = _folder(tmp_path)
    (folder / "b-kapot.yaml").unlink()
    cache = tmp_path / "cache"
    content.load_library([folder], cache_dir=cache)
    [entry] = cache.glob("*.json")
    entry.write_text("[" * 100_000, encoding="utf-8")  # json.loads gives a RecursionError, not a ValueError
    library = content.load_library([folder], cache_dir=cache)
    assert list(library.scenarios) == ["a-goed"] and library.mislukt == {}


def test_check_all_and_load_give_the_problem_instead_of_raising_something_else(tmp_path, failing):
    folder = _folder(tmp_path)
    checks = content.check_all([folder])
    assert [(Path(c.bestand).name, c.geladen is not None, [p.code for p in c.problemen]) for c in checks] == [
        ("a-goed.yaml", True, []), ("b-kapot.yaml", False, ["J199"])]
    with pytest.raises(content.ScenarioError) as info:
        content.load(folder / "b-kapot.yaml")
    assert info.value.problemen[0].code == "J199"


def test_controleer_reports_the_crash_for_that_file_and_checks_the_others(tmp_path):
    folder = _folder(tmp_path)
    run = _juwelier("controleer", folder)
    assert run.returncode == 1
    assert f"{folder / 'b-kapot.yaml'}: fout J199: {J199}" in run.stdout
    assert "2 bestand(en) gecontroleerd: 1 in orde, 1 met fouten" in run.stdout


def test_dekking_counts_the_others(tmp_path):
    folder = _folder(tmp_path)
    run = _juwelier("dekking", folder, "--json")
    report = json.loads(run.stdout)
    assert report["scenarios"] == 1 and report["mislukt"] == [str(folder / "b-kapot.yaml")]


def test_kaart_and_speel_say_it_in_dutch(tmp_path):
    folder = _folder(tmp_path)
    run = _juwelier("kaart", folder / "b-kapot.yaml", "--mermaid")
    assert run.returncode == 1 and "fout J199: " + J199 in run.stderr
    run = _juwelier("speel", folder / "b-kapot.yaml", "--pad", "beste")
    assert run.returncode == 1 and "fout J199: " + J199 in run.stderr
    run = _juwelier("speel", folder / "a-goed.yaml", "--pad", "beste")
    assert run.returncode == 0 and "EINDE (geslaagd)" in run.stdout


def test_screenshot_of_the_list_with_a_crashing_file_in_a_school_folder(tmp_path):
    import os

    folder = _folder(tmp_path)
    env = dict(os.environ, JUWELIER_SCENARIOS=str(folder))
    out = tmp_path / "lijst.png"
    run = _juwelier("screenshot", "--scherm", "lijst", "--uit", out, env=env)
    assert run.returncode == 0, run.stderr
    assert out.stat().st_size > 0


def test_the_games_library_keeps_the_other_scenarios_and_tells_the_teacher(tmp_path, failing):
    from simulator.ui.scenes.scenario_list import ListScene
    from ui_support import pilot as make_pilot

    folder = _folder(tmp_path)
    p = make_pilot(tmp_path, library=None, folders=[folder]).settle()
    library = p.ctx.library
    assert "a-goed" in library.scenarios
    assert [x.code for x in library.mislukt[str(folder / "b-kapot.yaml")]] == ["J199"]
    p.app.stack.push(ListScene(p.ctx))
    p.settle()
    assert p.widget("Voor de docent").label.startswith("Voor de docent: 1 bestand")


def _chain(steps: int) -> str:
    """A scenario of `steps` narrative steps in a row: deep for any recursive walk over the steps."""
    lines = [line for line in GOOD.split("stappen:")[0].splitlines()]
    lines[0] = "id: lange-keten"
    lines = [line.replace("start: begin", "start: s0") for line in lines] + ["stappen:"]
    for n in range(steps):
        lines += [f"  s{n}:", f"    tekst: \"Stap {n}.\"", f"    naar: s{n + 1}"]
    lines += [f"  s{steps}:", "    einde: \"Klaar.\""]
    return "\n".join(lines) + "\n"


def test_a_long_chain_of_steps_and_a_loop_never_stop_the_other_files(tmp_path):
    """Real files, no seam: today's analysis may fail on them (then J199) or handle them; either way the rest loads."""
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "a-goed.yaml").write_text(GOOD.replace("id: mini", "id: a-goed"), encoding="utf-8")
    (folder / "keten.yaml").write_text(_chain(3_000), encoding="utf-8")
    loop = GOOD.replace("id: mini", "id: lus").replace("naar: goed", "naar: begin").replace("naar: slecht", "naar: begin")
    (folder / "lus.yaml").write_text(loop, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "simulator", "controleer", str(folder)], capture_output=True,
                         text=True, encoding="utf-8", cwd=ROOT, timeout=300)
    assert "Traceback" not in run.stdout + run.stderr
    assert f"{folder / 'a-goed.yaml'}:" not in run.stdout, "the good file has no problems"
    assert "3 bestand(en) gecontroleerd: " in run.stdout
    library = content.load_library([folder])
    assert "a-goed" in library.scenarios
    assert all(p.code.startswith("J") for problems in library.mislukt.values() for p in problems)
