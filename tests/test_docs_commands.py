"""The guides for school IT and teachers stay true to the code: every command they show is accepted by the real
argument parser, the lesson example loads with the real loader, and the names they mention exist."""

from __future__ import annotations

import contextlib
import io
import ntpath
import os
import re
import shlex
import textwrap
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import build_parser
from simulator.progress import assignments, location
from simulator.reporting import csv_export

ROOT = Path(__file__).resolve().parents[1]
DOCS = {name: ROOT / "docs" / name for name in ("installatie.md", "docenten.md")}
PROGRAMS = {"juwelier", "juwelier-docent"}

# Placeholders a guide may use where the reader fills in their own value.
SAMPLES = {
    "PIN": "4821", "URL": "https://lrs.school.nl/xAPI/", "BESTAND": "klas.csv", "MAP": r"\\server\map",
    "NAAM": "Sanne de Vries", "KLAS": "JW3A", "SCENARIO": "scenarios/B1-K2-W6/klacht.yaml",
    "GEBRUIKER": "juwelier-schrijven", "WACHTWOORD": "geheim", "PAD": "scenarios",
}

FENCE = re.compile(r"^[ \t]*```([^\n`]*)\n(.*?)^[ \t]*```", re.M | re.S)  # also fences indented in a list


def code_blocks(text: str, language: str | None = None) -> list[str]:
    return [textwrap.dedent(body) for lang, body in FENCE.findall(text) if language is None or lang.strip() == language]


def split(line: str) -> list[str]:
    # Windows paths keep their backslashes ("\\server\share"): quotes group words, nothing escapes.
    lexer = shlex.shlex(line, posix=True)
    lexer.whitespace_split = True
    lexer.escape = ""
    lexer.commenters = ""
    return list(lexer)


def commands(text: str) -> list[tuple[str, list[str]]]:
    """(the line, its arguments) for every line of a code block that runs juwelier or juwelier-docent."""
    found = []
    for block in code_blocks(text):
        for line in block.splitlines():
            tokens = split(line.strip()) if line.strip() else []
            if tokens and program(tokens[0]) in PROGRAMS:
                found.append((line.strip(), [SAMPLES.get(t, t) for t in tokens[1:]]))
    return found


def program(token: str) -> str:
    name = ntpath.basename(token)
    return name[:-4] if name.lower().endswith(".exe") else name


def parse_problem(args: list[str]) -> str | None:
    """None when the real parser accepts the arguments, else what it said."""
    if not args:
        return None  # `juwelier` alone opens the game
    said = io.StringIO()
    try:
        with contextlib.redirect_stderr(said), contextlib.redirect_stdout(said):
            parsed = build_parser().parse_args(args)
    except SystemExit as exc:
        return said.getvalue().strip().splitlines()[-1] if said.getvalue().strip() else f"argparse stopte ({exc.code})"
    if getattr(parsed, "_run", None) is None:
        return f"geen subopdracht: {args[0]!r}"
    return None


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {name: path.read_text(encoding="utf-8") for name, path in DOCS.items()}


@pytest.mark.parametrize("name", sorted(DOCS))
def test_every_command_in_the_guide_is_accepted_by_the_real_parser(texts, name):
    found = commands(texts[name])
    assert len(found) >= 10, f"{name}: te weinig opdrachten gevonden; leest de test de codeblokken nog goed?"
    wrong = [(line, problem) for line, args in found if (problem := parse_problem(args))]
    assert not wrong, "\n".join(f"{name}: {line}\n    {problem}" for line, problem in wrong)


def test_the_checker_rejects_what_the_parser_rejects():
    assert parse_problem(["export", "--csv", "klas.csv", "--klas", "JW3A"]) is None
    assert parse_problem(["profiel", "--verwijder", "Mo", "--ja"]) is None
    assert parse_problem(["exporteren", "--csv", "klas.csv"])  # no such subcommand
    assert parse_problem(["export", "--excel", "klas.csv"])  # no such option
    assert parse_problem(["export", "--pseudoniem"])  # --csv or --xapi is required
    assert parse_problem(["lrs", "--instellen", "https://x/", "--uitzetten"])  # mutually exclusive
    assert parse_problem(["export", "--csv", "a.csv", "--per", "leerling"])  # not a choice


def test_windows_paths_and_quotes_survive_splitting():
    line = r'juwelier-docent export --csv klas.csv --saves "\\server\juwelier-resultaten\JW3A"'
    assert split(line) == ["juwelier-docent", "export", "--csv", "klas.csv", "--saves", r"\\server\juwelier-resultaten\JW3A"]
    assert program(r"C:\Program Files\Juwelier-simulator\juwelier-docent.exe") == "juwelier-docent"


def test_both_guides_show_the_teacher_commands_they_promise(texts):
    used = {(name, args[0]) for name, text in texts.items() for _, args in commands(text) if args}
    for sub in ("export", "profiel", "dekking", "kaart", "speel"):
        assert ("docenten.md", sub) in used, f"docenten.md toont geen 'juwelier {sub}'"
    for sub in ("lrs", "profiel", "controleer", "speel"):
        assert ("installatie.md", sub) in used, f"installatie.md toont geen 'juwelier-docent {sub}'"
    teacher = [args for _, args in commands(texts["docenten.md"])]
    assert ["export", "--csv", "klas.csv"] in teacher
    assert any(a[:2] == ["export", "--xapi"] for a in teacher)
    assert any("--pseudoniem" in a for a in teacher)


def test_the_lesson_example_loads_with_the_real_loader(texts, tmp_path):
    lessons = [b for b in code_blocks(texts["docenten.md"], "yaml") if re.search(r"^scenarios:", b, re.M)]
    assert lessons, "docenten.md heeft geen voorbeeld van een opdracht (```yaml met scenarios:)"
    folder = tmp_path / "opdrachten"
    folder.mkdir()
    for n, body in enumerate(lessons):
        (folder / f"les-{n}.yaml").write_text(body, encoding="utf-8")
    assert assignments.check([folder]) == []
    loaded = assignments.load([folder], include_past=True)
    assert len(loaded) == len(lessons)
    shipped = {p.stem for p in paths.SCENARIOS_DIR.rglob("*.yaml")}
    for les in loaded:
        assert les.titel and les.scenarios
        missing = set(les.scenarios) - shipped
        assert not missing, f"het voorbeeld noemt scenario's die niet bestaan: {sorted(missing)}"
    full = loaded[0]
    assert full.klassen == ("jw3a",) and full.modus == "toets" and full.tot and full.vanaf
    # the student of that class sees it; a student of another class does not
    assert assignments.load([folder], klas="JW3A", include_past=True)
    assert not assignments.load([folder], klas="JW2B", include_past=True)


def test_the_lesson_keys_in_the_table_are_the_models_keys(texts):
    table = re.findall(r"^\| `(\w+)` \| (?:ja|nee) \|", texts["docenten.md"], re.M)
    keys = set(assignments.Opdracht.model_fields) - {"bestand"}
    assert set(table) == keys


def test_the_csv_columns_in_the_guide_are_the_exported_columns(texts):
    documented = re.findall(r"^\| `([^`]+)` \|", texts["docenten.md"], re.M)
    for column in csv_export.BASE_COLUMNS:
        assert column in documented, f"docenten.md beschrijft de CSV-kolom {column!r} niet"
    header = csv_export.to_bytes([csv_export.BASE_COLUMNS]).decode("utf-8")
    assert header.startswith("\ufeff") and ";" in header  # what the guide promises Excel


def test_the_guide_names_the_real_saves_and_scenario_settings(texts, monkeypatch):
    text = texts["installatie.md"]
    assert location.ENV in text
    assert rf"AppData\Roaming\{location.APP}" in text and rf"%APPDATA%\{location.APP}" in text
    assert "JUWELIER_SCENARIOS" in text
    from simulator.ui.context import library_folders

    monkeypatch.setenv("JUWELIER_SCENARIOS", os.pathsep.join(["eigen-a", "eigen-b"]))
    assert library_folders() == [paths.SCENARIOS_DIR, Path("eigen-a"), Path("eigen-b")]
