"""The teachers' guide (docs/scenario-schrijven.md) cannot drift from the format: every example is checked."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from simulator import content
from simulator.content.model import Personage

ROOT = Path(__file__).resolve().parents[1]
GUIDE = (ROOT / "docs" / "scenario-schrijven.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```yaml\n(.*?)```", GUIDE, re.S)
SCENARIOS = [b for b in BLOCKS if b.startswith("id:")]
FILES = [b for b in BLOCKS if re.match(r"# [\w./-]+\.yaml\n", b)]
"""Whole files in a folder (a wereld.yaml and the scenario that uses it): checked together by test_wereld.py."""


def test_the_guide_has_examples():
    assert len(SCENARIOS) >= 4


@pytest.mark.parametrize("block", SCENARIOS, ids=lambda b: b.split("\n")[0][4:])
def test_every_example_scenario_passes_without_warnings(block):
    geladen = content.parse(block.encode(), "handleiding.yaml")
    assert geladen.waarschuwingen == (), "\n".join(map(str, geladen.waarschuwingen))


def test_every_fragment_is_valid():
    fragments = [b for b in BLOCKS if not b.startswith("id:") and b not in FILES]
    assert fragments
    for block in fragments:
        data = yaml.safe_load(block)
        for persoon in data["personages"].values():
            Personage.model_validate(persoon)


def test_chapter_one_literally(tmp_path):
    """A teacher follows chapter 1: copies the example, checks it, plays it to the end."""
    chapter = GUIDE.split("## 1.")[1].split("## 2.")[0]
    example = re.search(r"```yaml\n(.*?)```", chapter, re.S).group(1)
    commands = re.findall(r"`(juwelier [^`]+)`", chapter) + re.findall(r"```\n(juwelier [^\n]+)\n```", chapter)
    (tmp_path / "eerste-klant.yaml").write_text(example, encoding="utf-8")
    check = next(c for c in commands if c.startswith("juwelier controleer"))
    play = next(c for c in commands if "--pad" in c)
    run = subprocess.run([sys.executable, "-m", "simulator", *check.split()[1:]], cwd=tmp_path,
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0 and "0 fout(en)" in run.stdout
    run = subprocess.run([sys.executable, "-m", "simulator", *play.split()[1:]], cwd=tmp_path,
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0
    assert "EINDE (geslaagd): Mevrouw Jansen vertelt dat ze een cadeau zoekt" in run.stdout
    assert "B1-K2-W1.2   goed" in run.stdout


def test_every_message_code_is_explained_in_the_guide():
    used = set()
    for path in (ROOT / "simulator").rglob("*.py"):
        used |= set(re.findall(r'"(J\d{3})"', path.read_text(encoding="utf-8")))
    documented = set(re.findall(r"^\| (J\d{3}) \|", GUIDE, re.M))
    assert used - documented == set(), "codes zonder uitleg in de handleiding"
    assert documented - used == set(), "codes in de handleiding die het programma niet (meer) geeft"
