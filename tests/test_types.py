"""The types at the seams hold: mypy, with the pydantic plugin and the settings in pyproject.toml, finds nothing in
simulator/. Its cache goes to a temporary folder, so the run leaves nothing in the checkout."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory):
    """One cache for this file's runs: the second run reuses what the first found about pydantic and pygame."""
    return tmp_path_factory.mktemp("mypy-cache")


def mypy(cache: Path, *targets: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(cache), "--no-color-output", *targets],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8")


def test_mypy_finds_no_errors_in_the_package(mypy_cache):
    run = mypy(mypy_cache, "simulator")
    modules = len(list((ROOT / "simulator").rglob("*.py")))
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip() == f"Success: no issues found in {modules} source files", run.stdout


def test_the_configuration_checks_pydantic_models_and_optional_values(mypy_cache, tmp_path):
    """What the settings must catch (so a passing run above means something): a field a model does not have,
    and a value that may be None used without a check."""
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "from simulator.content.parts import Gevolg\n"
        "from simulator.engine import Session\n"
        "Gevolg(naar='einde', punten={'B1-K2-W1.1': 2})\n"
        "def f(session: Session) -> str:\n"
        "    return session.result().afloop.upper()\n", encoding="utf-8")
    run = mypy(mypy_cache, str(wrong))
    assert run.returncode == 1, run.stdout + run.stderr
    assert 'wrong.py:3: error: Unexpected keyword argument "punten" for "Gevolg"' in run.stdout, run.stdout
    assert 'wrong.py:5: error: Item "None" of "str | None" has no attribute "upper"' in run.stdout, run.stdout
