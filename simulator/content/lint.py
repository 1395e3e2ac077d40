"""Warnings over the step graph: what a teacher should fix before students play the scenario."""

from __future__ import annotations

from simulator.content import model as m
from simulator.content.analysis import Analyse
from simulator.content.problems import Probleem
from simulator.content.rules import rate
from simulator.content.yaml_source import SourceMap
from simulator.dossier import load_dossier


def claimed(scenario: m.Scenario) -> list[str]:
    """The criteria a scenario says it assesses: `beoordeelt`, else every criterion of its werkproces."""
    if scenario.beoordeelt is not None:
        return list(scenario.beoordeelt)
    return [c.id for c in load_dossier().werkproces(scenario.werkproces).criteria]


def lint(scenario: m.Scenario, analyse: Analyse, smap: SourceMap) -> list[Probleem]:
    problems: list[Probleem] = []

    def warn(path, code, bericht, hint="", ernst="waarschuwing"):
        problems.append(smap.probleem(path, code, bericht, hint, ernst))

    if analyse.onvolledig:
        warn(("stappen",), "J407", "Er zijn te veel combinaties van variabelen om elke route na te gaan.",
             "Gebruik minder tellers; de beoordeling kan onnauwkeurig zijn.")
    if not analyse.eindes:
        warn(("start",), "J408", "Geen enkele route komt bij een einde.", "Geef minstens één stap met 'einde:'.", "fout")
    for sid in scenario.stappen:
        if sid not in analyse.bereikbaar:
            warn(("stappen", sid), "J401", f"Stap '{sid}' is onbereikbaar: geen keuze of route leidt erheen.",
                 "Verwijs ernaar met 'naar:', of verwijder de stap.")
    for sid in sorted(analyse.doodlopend):
        warn(("stappen", sid), "J402", f"In stap '{sid}' kan de student niet verder: geen keuze staat open of geen route past.",
             "Geef een keuze zonder 'als:', of een laatste route zonder 'als:'.", "fout")
    for sid in sorted(analyse.zonder_uitweg - analyse.doodlopend):
        warn(("stappen", sid), "J403", f"Vanuit stap '{sid}' is geen einde te bereiken: de student blijft rondlopen.",
             "Geef in de lus minstens één keuze die naar een einde leidt.", "fout")

    for sid, stap in scenario.stappen.items():
        for label, g, path in _outcomes(sid, stap):
            if g.feedback is None:
                warn(path, "J404", f"{label} in stap '{sid}' heeft geen feedback.",
                     "Leg in één of twee zinnen uit waarom dit goed of minder goed is, en noem het gedrag.")

    for cid in claimed(scenario):
        if analyse.beste.get(cid, 0) <= 0:
            warn(("werkproces",) if scenario.beoordeelt is None else ("beoordeelt",), "J405",
                 f"Criterium {cid} wordt nergens met pluspunten beoordeeld.",
                 "Geef punten voor dit criterium bij een goede keuze, of zet 'beoordeelt:' met alleen de criteria die je toetst.")

    route = analyse.beste_route
    if route is not None:
        t = scenario.beoordeling
        missed = [c for c in claimed(scenario) if analyse.beste.get(c, 0) > 0 and
                  rate(route.punten.get(c, 0), analyse.beste[c], c in route.kritiek, t.goed, t.voldoende) != "goed"]
        if missed:
            warn(("stappen",), "J406", "De beste route (hoogste totaal) haalt niet voor elk criterium 'goed': " + ", ".join(missed) + ".",
                 "Zorg dat één route alle goede keuzes bevat, zodat een student die alles goed doet ook overal 'goed' krijgt.")
    return problems


def _outcomes(sid, stap):
    if isinstance(stap, m.Dialoog):
        for i, k in enumerate(stap.keuzes):
            yield f"Keuze {i + 1}", k, ("stappen", sid, "keuzes", i)
    elif isinstance(stap, m.InvoerStap):
        for i, a in enumerate(stap.invoer.antwoorden):
            yield f"Antwoord {i + 1}", a, ("stappen", sid, "invoer", "antwoorden", i)
        yield "'anders'", stap.invoer.anders, ("stappen", sid, "invoer", "anders")
