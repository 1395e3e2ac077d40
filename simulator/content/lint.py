"""Warnings over the step graph: what a teacher should fix before students play the scenario."""

from __future__ import annotations

from simulator.content import model as m
from simulator.content.analysis import Analyse
from simulator.content.problems import Probleem
from simulator.content.lint_graph import graph_problems
from simulator.content.yaml_source import SourceMap
from simulator.dossier import load_dossier


def claimed(scenario: m.Scenario) -> list[str]:
    """The criteria a scenario says it assesses: `beoordeelt`, else every criterion of its werkproces."""
    if scenario.beoordeelt is not None:
        return list(scenario.beoordeelt)
    return [c.id for c in load_dossier().werkproces(scenario.werkproces).criteria]


def assessed(scenario: m.Scenario, analyse: Analyse) -> list[str]:
    """The criteria a result rates: the claimed ones, plus criteria of `ook` werkprocessen that are scored."""
    ids = claimed(scenario)
    return ids + sorted(c for c, best in analyse.beste.items() if c not in ids and best > 0)


def lint(scenario: m.Scenario, analyse: Analyse, smap: SourceMap) -> list[Probleem]:
    problems: list[Probleem] = []

    def warn(path, code, bericht, hint="", ernst="waarschuwing"):
        problems.append(smap.probleem(path, code, bericht, hint, ernst))

    problems += graph_problems(scenario, analyse, smap, claimed(scenario), assessed(scenario, analyse))
    for sid, stap in scenario.stappen.items():
        for label, g, path in _outcomes(sid, stap):
            if g.feedback is None:
                warn(path, "J404", f"{label} in stap '{sid}' heeft geen feedback.",
                     "Leg in één of twee zinnen uit waarom dit goed of minder goed is, en noem het gedrag.")

    problems += _workbench(scenario, analyse, smap)

    return problems


def _workbench(scenario: m.Scenario, analyse: Analyse, smap) -> list[Probleem]:
    """A workbench's work must be able to end and its actions must apply somewhere."""
    problems = []
    for sid, stap in scenario.stappen.items():
        if not isinstance(stap, m.WerkbankStap) or sid not in analyse.bereikbaar:
            continue
        base = ("stappen", sid)
        if sid not in analyse.klaar and not analyse.onvolledig:
            problems.append(smap.probleem(base + ("klaar",), "J409", f"Het werk in stap '{sid}' kan nooit klaar zijn: geen reeks acties maakt 'klaar' waar.",
                                          "Controleer of de acties de zones in de staat zetten die 'klaar' vraagt (spelling van de staten!).", "fout"))
        if sid in analyse.al_klaar:
            problems.append(smap.probleem(base + ("klaar",), "J413", f"Het werk in stap '{sid}' is al klaar voordat de student begint: de eerste actie beëindigt de werkbank.",
                                          "Kies voor 'klaar:' een staat die pas na het werk geldt (geef de zone een andere beginstaat).",
                                          "waarschuwing"))
        for i, actie in enumerate(stap.acties):
            if (sid, i) not in analyse.acties:
                problems.append(smap.probleem(base + ("acties", i), "J410",
                                              f"Actie {i + 1} ({actie.gereedschap} op {actie.zone}) in stap '{sid}' kan nooit gebeuren.",
                                              "Haar 'als' geldt nooit, of een eerdere actie met hetzelfde gereedschap op dezelfde zone gaat voor.",
                                              "waarschuwing"))
    return problems


def _outcomes(sid, stap):
    if isinstance(stap, m.Dialoog) or (isinstance(stap, m.Inspectie) and stap.keuzes is not None):
        for i, k in enumerate(stap.keuzes):
            yield f"Keuze {i + 1}", k, ("stappen", sid, "keuzes", i)
    elif isinstance(stap, (m.InvoerStap, m.Inspectie)):
        for i, a in enumerate(stap.invoer.antwoorden):
            yield f"Antwoord {i + 1}", a, ("stappen", sid, "invoer", "antwoorden", i)
        yield "'anders'", stap.invoer.anders, ("stappen", sid, "invoer", "anders")
    elif isinstance(stap, m.WerkbankStap):
        for i, a in enumerate(stap.acties):
            yield f"Actie {i + 1} ({a.gereedschap} op {a.zone})", a, ("stappen", sid, "acties", i)
        if stap.anders is not None:
            yield "'anders'", stap.anders, ("stappen", sid, "anders")
