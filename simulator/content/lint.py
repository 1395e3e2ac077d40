"""Warnings over the step graph: what a teacher should fix before students play the scenario."""

from __future__ import annotations

from typing import Optional

from simulator.content import model as m
from simulator.content.analysis import Analyse
from simulator.content.problems import Probleem
from simulator.content.lint_graph import graph_problems
from simulator.content.lint_style import style_problems
from simulator.content.yaml_source import SourceMap
from simulator.content.steps import Uitwegen, alle_uitwegen, soort_van
from simulator.dossier import Dossier, load_dossier


def claimed(scenario: m.Scenario, dossier: Optional[Dossier] = None) -> list[str]:
    """The criteria a scenario says it assesses: `beoordeelt`, else every criterion of its werkproces."""
    if scenario.beoordeelt is not None:
        return list(scenario.beoordeelt)
    return [c.id for c in (dossier or load_dossier()).werkproces(scenario.werkproces).criteria]


def assessed(scenario: m.Scenario, analyse: Analyse, dossier: Optional[Dossier] = None) -> list[str]:
    """The criteria a result rates: the claimed ones, plus criteria of `ook` werkprocessen that are scored."""
    ids = claimed(scenario, dossier)
    return ids + sorted(c for c, best in analyse.beste.items() if c not in ids and best > 0)


def lint(scenario: m.Scenario, analyse: Analyse, smap: SourceMap, data: Optional[dict] = None,
         uitwegen: Optional[Uitwegen] = None) -> list[Probleem]:
    problems: list[Probleem] = []

    def warn(path, code, bericht, hint="", ernst="waarschuwing"):
        problems.append(smap.probleem(path, code, bericht, hint, ernst))

    outcomes = uitwegen if uitwegen is not None else alle_uitwegen(scenario.stappen)  # once for the checks below
    problems += graph_problems(scenario, analyse, smap, claimed(scenario), assessed(scenario, analyse))
    problems += style_problems(scenario, smap, data, outcomes)
    for sid, stap in scenario.stappen.items():
        kind = soort_van(stap)
        for uitweg in outcomes[sid]:
            if uitweg.feedback_verwacht and uitweg.gevolg.feedback is None:
                warn(uitweg.pad, "J404", f"{uitweg.naam} in stap '{sid}' heeft geen feedback.",
                     "Leg in één of twee zinnen uit waarom dit goed of minder goed is, en noem het gedrag.")
        if sid in analyse.bereikbaar:
            problems += kind.lint(stap, sid, analyse, smap)
    return problems

