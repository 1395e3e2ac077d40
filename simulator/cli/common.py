"""Helpers shared by the subcommands: finding a scenario, printing problems, Dutch errors on stderr."""

from __future__ import annotations

import sys
from pathlib import Path

from simulator import content, paths
from simulator.content import GeladenScenario, ScenarioError


def fail(message: str, code: int = 2) -> int:
    print(f"juwelier: {message}", file=sys.stderr)
    return code


def find_scenario(name: str) -> GeladenScenario:
    """A scenario by file path, or by id in the shipped library."""
    path = Path(name)
    if path.suffix.lower() in (".yaml", ".yml") or path.exists():
        return content.load(path)
    for file in content.scenario_files([paths.SCENARIOS_DIR]):
        if file.stem == name:
            return content.load(file)
    from simulator.content.cache import default_cache_dir

    library = content.load_library([paths.SCENARIOS_DIR], cache_dir=default_cache_dir())
    if name in library.scenarios:
        return library.scenarios[name]
    hint = content.problems.suggest(name, library.scenarios)
    raise ScenarioError([content.Probleem(name, 0, 0, "J100", "Geen scenario-bestand of scenario-id met deze naam.",
                                          hint or "Geef het pad naar een .yaml-bestand, of een id uit de map scenarios.")])


def print_problems(problems, stream=None) -> None:
    stream = stream or sys.stdout
    for p in problems:
        print(p, file=stream)
