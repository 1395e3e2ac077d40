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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, NoReturn, Optional

from pydantic import ValidationError

from simulator.bulk import bulk
from simulator.content import assets, gevallen, lint, messages, semantics
from simulator.content.analysis import Analyse, analyse
from simulator.content.files import read_scenario, scenario_entries
from simulator.content.guard import guarded
from simulator.content.model import Scenario
from simulator.content.steps import alle_uitwegen
from simulator.content.problems import Probleem, ScenarioError
from simulator.content.text import tekst
from simulator.content.cast import fill_cast
from simulator.content.varianten import (
    Invuller, dekkende_zaden, fill_variant, in_variant, varianten_van,
)
from simulator.content.wereld import Wereld, standaard
from simulator.content.wereldbestand import Werelden, is_wereldbestand, wereld_voor
from simulator.content.yaml_source import SourceMap, read_yaml, utf8

__all__ = [
    "Bibliotheek", "Controle", "GeladenScenario", "Probleem", "Scenario", "ScenarioError",
    "check", "check_all", "load", "load_library", "parse", "parse_safely", "read_scenario", "scenario_files", "tekst",
    "wereld_voor",
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
    zaad: Optional[int] = None
    """For a scenario that varies per play: the seed of this case."""
    bron: Optional[bytes] = field(default=None, compare=False, repr=False)
    """For a scenario that varies per play: the file's text (UTF-8), read again when another case is made. Kept
    as text rather than as the parsed template: in a library of 1,000 scenarios the trees cost some 30 MB."""
    zaden: tuple[int, ...] = ()
    """The seeds of the cases the checker played through (the game draws new plays from these)."""
    _cases: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def varieert(self) -> bool:
        return self.bron is not None

    @property
    def sjabloon(self) -> Optional[dict]:
        """For a scenario that varies per play: the file's data before the values are filled in."""
        return self._template()[0] if self.bron is not None else None

    def _template(self) -> tuple[dict, SourceMap]:
        """The file read again (it was a scenario, so a block of keys, when it was loaded)."""
        data, smap, _ = read_yaml(self.bron or b"", self.bestand)
        return (data if isinstance(data, dict) else {}), smap

    def variant(self, zaad: int) -> "GeladenScenario":
        """The case of this seed (itself when the scenario does not vary); a seed the checker did not play
        through is checked now, and a problem in it is a ScenarioError."""
        if self.bron is None or zaad == self.zaad:
            return self
        if zaad not in self._cases:
            sjabloon, smap = self._template()
            data = fill_variant(sjabloon, varianten_van(sjabloon) or {}, zaad, smap)
            case = _checked(data, smap, self.wereld, True, self.bestand, self.hash, [], zaad)
            self._cases[zaad] = replace(case, bron=self.bron, zaden=self.zaden)
        return self._cases[zaad]


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
    listing them in `waarschuwingen`; only a file that is no scenario at all still raises.

    A scenario that varies per play is checked in every case needed to meet each of its values once; the
    loaded scenario is its first case and can make any other (`variant(zaad)`)."""
    with bulk():  # a scenario is many small objects that stay, and no garbage cycles
        return _parse(raw, bestand, wereld or standaard(assets_dir), strict)


def _parse(raw: bytes, bestand: str, wereld: Wereld, strict: bool) -> GeladenScenario:
    data, smap, warnings = read_yaml(raw, bestand)
    if not isinstance(data, dict):
        raise ScenarioError([Probleem(bestand, 1, 1, "J113", "Een scenario is een blok met sleutels (id:, titel:, werkproces:, …).",
                                      "Begin het bestand met bijvoorbeeld 'id: mijn-scenario'.")])
    digest = hashlib.sha256(raw).hexdigest()
    varianten = varianten_van(data)
    if varianten is None:
        return _checked(data, smap, wereld, strict, bestand, digest, warnings)
    cases: list[GeladenScenario] = []
    seeds = dekkende_zaden(varianten)
    invuller = Invuller(data, varianten, smap)
    same_graph = invuller.alleen_tekst  # only texts and answers differ: one analysis (and its lint) holds for all
    parts = gevallen.delen(path for path, _ in invuller.plekken)
    for zaad in seeds:
        case_data = invuller.geval(zaad)
        if cases and same_graph:
            cases.append(_checked_texts(case_data, smap, wereld, strict, cases[0], zaad, parts))
        else:
            cases.append(_checked(case_data, smap, wereld, strict, bestand, digest, warnings, zaad))
    problems = tuple(dict.fromkeys(p for case in cases for p in case.waarschuwingen))
    return replace(cases[0], waarschuwingen=problems, bron=utf8(raw, bestand), zaden=tuple(seeds))


def _checked_texts(data: dict, smap, wereld: Wereld, strict: bool, first: "GeladenScenario", zaad: int,
                   parts: gevallen.Delen) -> "GeladenScenario":
    """Another case of a scenario whose cases differ only in texts and answers: the parts with placeholders are
    validated and what texts can change is checked; the first case's references and analysis hold."""
    problems = fill_cast(data, smap, wereld)
    try:
        scenario = gevallen.valideer(first.scenario, data, parts)
    except gevallen.GevalFout as exc:
        problems += messages.translate_errors(exc.errors, data, smap)
        raise ScenarioError(in_variant(sorted(problems, key=lambda p: (p.regel, p.kolom)), data, zaad)) from None
    problems += semantics.check_case(scenario, smap, wereld)
    errors = [p for p in problems if p.ernst == "fout"]
    if strict and errors:
        raise ScenarioError(in_variant(sorted(errors, key=lambda p: (p.regel, p.kolom)), data, zaad))
    return replace(first, scenario=scenario, zaad=zaad, _cases={})


def _checked(data: dict, smap, wereld: Wereld, strict: bool, bestand: str, digest: str, warnings: list,
             zaad: Optional[int] = None) -> "GeladenScenario":
    """One case of a scenario checked: the shape, the references, the graph."""
    def fail(problems: list[Probleem]) -> NoReturn:
        raise ScenarioError(in_variant(sorted(problems, key=lambda p: (p.regel, p.kolom)), data, zaad))

    problems = fill_cast(data, smap, wereld)
    if strict and problems:
        fail(problems)
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        fail(messages.translate(exc, data, smap))
    outcomes = alle_uitwegen(scenario.stappen)  # read once for the references and the lint
    problems += semantics.check(scenario, smap, wereld, outcomes)
    if strict and any(p.ernst == "fout" for p in problems):
        fail(problems)
    if scenario.start not in scenario.stappen:
        return GeladenScenario(scenario, bestand, digest, Analyse(), tuple(warnings + problems), wereld, zaad=zaad)
    result = analyse(scenario)
    problems += lint.lint(scenario, result, smap, data, outcomes)
    problems = sorted(problems, key=lambda p: (p.regel, p.kolom))
    if strict and any(p.ernst == "fout" for p in problems):
        fail(problems)
    return GeladenScenario(scenario, bestand, digest, result, tuple(warnings + problems), wereld, zaad=zaad)


def parse_safely(raw: bytes, bestand: str = "<scenario>", assets_dir: Path | None = None,
                 strict: bool = True, wereld: Optional[Wereld] = None) -> GeladenScenario:
    """parse(), but a failure of the program itself is a ScenarioError (J199) for this file, never a crash."""
    with guarded(bestand):
        return parse(raw, bestand, assets_dir, strict, wereld)


def _world(path: Path, root: str | Path | None, werelden: Optional[Werelden]) -> Wereld:
    """The world of the file's folder: the built-in one with the wereld.yaml files above it (J341 if one is broken)."""
    with guarded(str(path)):
        return (werelden or Werelden()).voor(path, root)


def load(path: str | Path, assets_dir: Path | None = None, strict: bool = True,
         root: str | Path | None = None, werelden: Optional[Werelden] = None) -> GeladenScenario:
    """One file, read safely (it must stay inside root, default its own folder) and parsed safely, against the
    world of its folder (root: world files above it do not count; None: every folder above the file counts)."""
    path = Path(path)
    raw = read_scenario(path, root)
    wereld = _world(path, root, werelden) if assets_dir is None else None
    return parse_safely(raw, str(path), assets_dir, strict, wereld)


def check(path: str | Path, strict: bool = True, root: str | Path | None = None,
          werelden: Optional[Werelden] = None) -> Controle:
    try:
        geladen = load(path, strict=strict, root=root, werelden=werelden)
    except ScenarioError as exc:
        return Controle(str(path), None, exc.problemen)
    return Controle(str(path), geladen, geladen.waarschuwingen)


def check_all(paths: Iterable[str | Path]) -> list[Controle]:
    """Every scenario file in the given files and folders, each checked on its own; and every world file
    (wereld.yaml) found there or used by them, first."""
    werelden = Werelden()
    scenarios = []
    for given in paths:
        if is_wereldbestand(given) and not Path(given).is_dir():
            werelden.deel(given)  # named on its own: checked against the world of the folders above it
            continue
        for path, root in scenario_entries([given]):
            if is_wereldbestand(path):
                werelden.deel(path, root)
            else:
                scenarios.append(check(path, root=root, werelden=werelden))
    return [Controle(d.bestand, None, d.problemen) for d in werelden.delen.values()] + scenarios


def _check_cached(path: Path, root: Path, cache, lookup, werelden: Optional[Werelden] = None) -> Controle:
    if cache is None:
        return check(path, root=root, werelden=werelden)
    try:
        raw = read_scenario(path, root)
        wereld = _world(path, root, werelden)
    except ScenarioError as exc:
        return Controle(str(path), None, exc.problemen)
    try:
        cached = lookup(cache, raw, str(path), wereld)
    except Exception:  # noqa: BLE001 - a damaged cache entry only costs the time to check the file again
        cached = None
    if cached is not None:
        return Controle(str(path), cached, cached.waarschuwingen)
    try:
        geladen = parse_safely(raw, str(path), wereld=wereld)
    except ScenarioError as exc:
        return Controle(str(path), None, exc.problemen)
    try:
        cache.put(geladen)
    except Exception:  # noqa: BLE001 - a cache that cannot be written only costs time
        pass
    return Controle(str(path), geladen, geladen.waarschuwingen)


def scenario_files(paths: Iterable[str | Path]) -> list[Path]:
    """The .yaml/.yml files in the given files and folders (recursively), sorted; links to folders not entered.
    World files (wereld.yaml) are no scenarios."""
    return [path for path, _ in scenario_entries(paths) if not is_wereldbestand(path)]


def load_library(folders: Iterable[str | Path], cache_dir: Path | None = None) -> Bibliotheek:
    """Every scenario in the folders. With cache_dir, files checked before (same bytes) load from the cache.

    Never raises for a file: each broken, hostile or crashing file is listed in `mislukt` with its problems."""
    from simulator.content.cache import ContentCache, lookup

    cache = ContentCache(cache_dir) if cache_dir is not None else None
    with bulk():  # the library stays in memory: the collector would walk it again after every file
        return _load_library(folders, cache, lookup)


def _load_library(folders: Iterable[str | Path], cache, lookup) -> Bibliotheek:
    library = Bibliotheek()
    werelden = Werelden()
    for path, root in scenario_entries(folders):
        if is_wereldbestand(path):
            continue
        controle = _check_cached(path, root, cache, lookup, werelden)
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
    for deel in werelden.delen.values():  # a broken world file is listed too, beside the scenarios it stops
        if deel.fouten:
            library.mislukt[deel.bestand] = deel.fouten
    return library
