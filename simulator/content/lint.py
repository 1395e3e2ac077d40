"""Warnings over the step graph: what a teacher should fix before students play the scenario."""

from __future__ import annotations

from simulator.content import model as m
from simulator.content import analysis
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


def assessed(scenario: m.Scenario, analyse: Analyse) -> list[str]:
    """The criteria a result rates: the claimed ones, plus criteria of `ook` werkprocessen that are scored."""
    ids = claimed(scenario)
    return ids + sorted(c for c, best in analyse.beste.items() if c not in ids and best > 0)


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

    problems += _workbench(scenario, analyse, smap)

    for cid in claimed(scenario):
        if analyse.beste.get(cid, 0) <= 0:
            warn(("werkproces",) if scenario.beoordeelt is None else ("beoordeelt",), "J405",
                 f"Criterium {cid} wordt nergens met pluspunten beoordeeld.",
                 "Geef punten voor dit criterium bij een goede keuze, of zet 'beoordeelt:' met alleen de criteria die je toetst.")

    route = analyse.beste_route
    if route is not None:
        t = scenario.beoordeling
        missed = [c for c in assessed(scenario, analyse) if analyse.beste.get(c, 0) > 0 and
                  rate(route.punten.get(c, 0), analyse.beste[c], c in route.kritiek, t.goed, t.voldoende) != "goed"]
        if missed:
            warn(("stappen",), "J406", "De beste route (hoogste totaal) haalt niet voor elk criterium 'goed': " + ", ".join(missed) + ".",
                 "Zorg dat één route alle goede keuzes bevat, zodat een student die alles goed doet ook overal 'goed' krijgt.")
    return problems


def _workbench(scenario: m.Scenario, analyse: Analyse, smap) -> list[Probleem]:
    """A workbench's work must be able to end, its actions must apply somewhere, and no loop may farm points."""
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
    for sid, label in sorted(analyse.herhaalbaar):
        i = next((j for j, a in enumerate(scenario.stappen[sid].acties) if f"{a.gereedschap}>{a.zone}" == label), 0)
        problems.append(smap.probleem(("stappen", sid, "acties", i), "J411",
                                      f"In stap '{sid}' kan de student '{label}' herhalen en zo steeds meer punten halen.",
                                      "Laat de actie een zone veranderen en geef haar een 'als' die na afloop niet meer geldt.",
                                      "waarschuwing"))
    tempo = {c for s in scenario.stappen.values() if isinstance(s, m.WerkbankStap) for c in s.werkbank.tempo}
    if tempo:
        zonder = analysis.analyse(scenario, tijdsdruk=False)
        for cid in sorted(tempo):
            if analyse.beste.get(cid, 0) > 0 and zonder.beste.get(cid, 0) <= 0:
                problems.append(smap.probleem(("stappen",), "J412",
                                              f"Criterium {cid} krijgt alleen punten voor tempo: zonder tijdsdruk is het niet te beoordelen.",
                                              "Geef ook punten voor nauwkeurig werken (bv. de pakking controleren, niets bekrassen).",
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
