"""Scenario files in, validated frozen scenarios out, or every problem in Dutch with file, line and column.

Public API:
    parse(raw, bestand) -> GeladenScenario      load one scenario from bytes (raises ScenarioError)
    load(path) -> GeladenScenario               the same from a file
    check(path) -> Controle                     errors and warnings of one file, never raises
    load_library(folders) -> Bibliotheek        every scenario in some folders; broken files listed, not fatal
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from pydantic import ValidationError

from simulator.content import assets, lint, messages, semantics
from simulator.content.analysis import Analyse, analyse
from simulator.content.model import Scenario
from simulator.content.problems import Probleem, ScenarioError
from simulator.content.text import tekst
from simulator.content.yaml_source import read_yaml

__all__ = [
    "Bibliotheek", "Controle", "GeladenScenario", "Probleem", "Scenario", "ScenarioError",
    "check", "load", "load_library", "parse", "tekst",
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


def parse(raw: bytes, bestand: str = "<scenario>", assets_dir: Path | None = None, strict: bool = True) -> GeladenScenario:
    """Load one scenario. strict=False keeps going past reference and graph errors (for `kaart`),
    listing them in `waarschuwingen`; only a file that is no scenario at all still raises."""
    data, smap, warnings = read_yaml(raw, bestand)
    if not isinstance(data, dict):
        raise ScenarioError([Probleem(bestand, 1, 1, "J113", "Een scenario is een blok met sleutels (id:, titel:, werkproces:, …).",
                                      "Begin het bestand met bijvoorbeeld 'id: mijn-scenario'.")])
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(sorted(messages.translate(exc, data, smap), key=lambda p: (p.regel, p.kolom))) from None
    problems = semantics.check(scenario, smap, assets.portraits(assets_dir))
    if strict and any(p.ernst == "fout" for p in problems):
        raise ScenarioError(sorted(problems, key=lambda p: (p.regel, p.kolom)))
    if scenario.start not in scenario.stappen:
        digest = hashlib.sha256(raw).hexdigest()
        return GeladenScenario(scenario, bestand, digest, Analyse(), tuple(warnings + problems))
    result = analyse(scenario)
    problems += lint.lint(scenario, result, smap)
    problems = sorted(problems, key=lambda p: (p.regel, p.kolom))
    if strict and any(p.ernst == "fout" for p in problems):
        raise ScenarioError(problems)
    digest = hashlib.sha256(raw).hexdigest()
    return GeladenScenario(scenario, bestand, digest, result, tuple(warnings + problems))


def load(path: str | Path, assets_dir: Path | None = None) -> GeladenScenario:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioError([Probleem(str(path), 0, 0, "J100", f"Kan het bestand niet lezen ({exc.strerror}).")]) from None
    return parse(raw, str(path), assets_dir)


def check(path: str | Path) -> Controle:
    try:
        geladen = load(path)
    except ScenarioError as exc:
        return Controle(str(path), None, exc.problemen)
    return Controle(str(path), geladen, geladen.waarschuwingen)


def _check_cached(path: Path, cache, lookup) -> Controle:
    if cache is None:
        return check(path)
    try:
        raw = path.read_bytes()
    except OSError:
        return check(path)
    cached = lookup(cache, raw, str(path))
    if cached is not None:
        return Controle(str(path), cached, cached.waarschuwingen)
    try:
        geladen = parse(raw, str(path))
    except ScenarioError as exc:
        return Controle(str(path), None, exc.problemen)
    cache.put(geladen)
    return Controle(str(path), geladen, geladen.waarschuwingen)


def scenario_files(paths: Iterable[str | Path]) -> list[Path]:
    """The .yaml/.yml files in the given files and folders (recursively), sorted."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(f for f in p.rglob("*") if f.suffix.lower() in (".yaml", ".yml") and f.is_file())
        else:
            found.append(p)
    return found


def load_library(folders: Iterable[str | Path], cache_dir: Path | None = None) -> Bibliotheek:
    """Every scenario in the folders. With cache_dir, files checked before (same bytes) load from the cache."""
    from simulator.content.cache import ContentCache, lookup

    cache = ContentCache(cache_dir) if cache_dir is not None else None
    library = Bibliotheek()
    for path in scenario_files(folders):
        controle = _check_cached(path, cache, lookup)
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
