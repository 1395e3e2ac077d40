"""Scenario files in, validated frozen scenarios out, or every problem in Dutch with file, line and column.

Public API:
    parse(raw, bestand) -> GeladenScenario      load one scenario from bytes (raises ScenarioError)
    parse_safely(raw, bestand) -> GeladenScenario   parse, with any failure of the program a problem (J199)
    load(path) -> GeladenScenario               the same from a file (read safely: no links out, no pipes)
    check(path) -> Controle                     errors and warnings of one file, never raises
    check_all(paths) -> list[Controle]          every scenario file in some files and folders, each on its own
    load_library(folders) -> Bibliotheek        every scenario in some folders; broken files listed, not fatal

Everything that reads files goes through load/check, so one file can never stop the others: a crash while
checking it becomes problem J199 of that file (guard.py).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from pydantic import ValidationError

from simulator.content import assets, lint, messages, semantics
from simulator.content.analysis import Analyse, analyse
from simulator.content.files import read_scenario, scenario_entries
from simulator.content.guard import guarded
from simulator.content.model import Scenario
from simulator.content.problems import Probleem, ScenarioError
from simulator.content.text import tekst
from simulator.content.wereld import Wereld, standaard
from simulator.content.yaml_source import read_yaml

__all__ = [
    "Bibliotheek", "Controle", "GeladenScenario", "Probleem", "Scenario", "ScenarioError",
    "check", "check_all", "load", "load_library", "parse", "parse_safely", "read_scenario", "scenario_files", "tekst",
]


@dataclass(frozen=True)
class GeladenScenario:
    """A scenario that passed every check, with where it came from."""

    scenario: Scenario
    bestand: str
    hash: str
    """sha256 of the file's bytes: an attempt records it, so results stay tied to the exact content."""
    analyse: Analyse
    waarschuwingen: tuple[Probleem, ...] = ()
    wereld: Wereld = field(default_factory=standaard, compare=False)
    """The dossier, tools, items, portraits and cast this scenario was checked against (the engine is given it)."""


@dataclass(frozen=True)
class Controle:
    """The outcome of checking one file."""

    bestand: str
    geladen: Optional[GeladenScenario]
    problemen: tuple[Probleem, ...]

    @property
    def fouten(self) -> tuple[Probleem, ...]:
        return tuple(p for p in self.problemen if p.ernst == "fout")


@dataclass
class Bibliotheek:
    """All scenarios found in some folders; files that failed are listed with their problems."""

    scenarios: dict[str, GeladenScenario] = field(default_factory=dict)
    mislukt: dict[str, tuple[Probleem, ...]] = field(default_factory=dict)


def parse(raw: bytes, bestand: str = "<scenario>", assets_dir: Path | None = None, strict: bool = True,
          wereld: Optional[Wereld] = None) -> GeladenScenario:
    """Load one scenario. strict=False keeps going past reference and graph errors (for `kaart`),
    listing them in `waarschuwingen`; only a file that is no scenario at all still raises."""
    wereld = wereld or standaard(assets_dir)
    data, smap, warnings = read_yaml(raw, bestand)
    if not isinstance(data, dict):
        raise ScenarioError([Probleem(bestand, 1, 1, "J113", "Een scenario is een blok met sleutels (id:, titel:, werkproces:, …).",
                                      "Begin het bestand met bijvoorbeeld 'id: mijn-scenario'.")])
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(sorted(messages.translate(exc, data, smap), key=lambda p: (p.regel, p.kolom))) from None
    problems = semantics.check(scenario, smap, wereld)
    if strict and any(p.ernst == "fout" for p in problems):
        raise ScenarioError(sorted(problems, key=lambda p: (p.regel, p.kolom)))
    if scenario.start not in scenario.stappen:
        digest = hashlib.sha256(raw).hexdigest()
        return GeladenScenario(scenario, bestand, digest, Analyse(), tuple(warnings + problems), wereld)
    result = analyse(scenario)
    problems += lint.lint(scenario, result, smap)
    problems = sorted(problems, key=lambda p: (p.regel, p.kolom))
    if strict and any(p.ernst == "fout" for p in problems):
        raise ScenarioError(problems)
    digest = hashlib.sha256(raw).hexdigest()
    return GeladenScenario(scenario, bestand, digest, result, tuple(warnings + problems), wereld)


def parse_safely(raw: bytes, bestand: str = "<scenario>", assets_dir: Path | None = None,
                 strict: bool = True) -> GeladenScenario:
    """parse(), but a failure of the program itself is a ScenarioError (J199) for this file, never a crash."""
    with guarded(bestand):
        return parse(raw, bestand, assets_dir, strict)


def load(path: str | Path, assets_dir: Path | None = None, strict: bool = True,
         root: str | Path | None = None) -> GeladenScenario:
    """One file, read safely (it must stay inside root, default its own folder) and parsed safely."""
    path = Path(path)
    return parse_safely(read_scenario(path, root), str(path), assets_dir, strict)


def check(path: str | Path, strict: bool = True, root: str | Path | None = None) -> Controle:
    try:
        geladen = load(path, strict=strict, root=root)
    except ScenarioError as exc:
        return Controle(str(path), None, exc.problemen)
    return Controle(str(path), geladen, geladen.waarschuwingen)


def check_all(paths: Iterable[str | Path]) -> list[Controle]:
    """Every scenario file in the given files and folders, each checked on its own."""
    return [check(path, root=root) for path, root in scenario_entries(paths)]


def _check_cached(path: Path, root: Path, cache, lookup) -> Controle:
    if cache is None:
        return check(path, root=root)
    try:
        raw = read_scenario(path, root)
    except ScenarioError as exc:
        return Controle(str(path), None, exc.problemen)
    try:
        cached = lookup(cache, raw, str(path))
    except Exception:  # noqa: BLE001 - a damaged cache entry only costs the time to check the file again
        cached = None
    if cached is not None:
        return Controle(str(path), cached, cached.waarschuwingen)
    try:
        geladen = parse_safely(raw, str(path))
    except ScenarioError as exc:
        return Controle(str(path), None, exc.problemen)
    try:
        cache.put(geladen)
    except Exception:  # noqa: BLE001 - a cache that cannot be written only costs time
        pass
    return Controle(str(path), geladen, geladen.waarschuwingen)


def scenario_files(paths: Iterable[str | Path]) -> list[Path]:
    """The .yaml/.yml files in the given files and folders (recursively), sorted; links to folders not entered."""
    return [path for path, _ in scenario_entries(paths)]


def load_library(folders: Iterable[str | Path], cache_dir: Path | None = None) -> Bibliotheek:
    """Every scenario in the folders. With cache_dir, files checked before (same bytes) load from the cache.

    Never raises for a file: each broken, hostile or crashing file is listed in `mislukt` with its problems."""
    from simulator.content.cache import ContentCache, lookup

    cache = ContentCache(cache_dir) if cache_dir is not None else None
    library = Bibliotheek()
    for path, root in scenario_entries(folders):
        controle = _check_cached(path, root, cache, lookup)
        if controle.geladen is None:
            library.mislukt[str(path)] = controle.problemen
            continue
        sid = controle.geladen.scenario.id
        if sid in library.scenarios:
            first = library.scenarios[sid].bestand
            library.mislukt[str(path)] = (Probleem(str(path), 1, 1, "J312", f"Het id '{sid}' wordt al gebruikt door {first}.",
                                                   "Geef elk scenario een eigen id."),)
            continue
        library.scenarios[sid] = controle.geladen
    return library
