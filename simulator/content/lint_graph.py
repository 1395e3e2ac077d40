"""Warnings over the whole step graph, from the analysis: what a teacher should fix before students play.

Only what the graph as a whole shows lives here (unreachable steps, dead ends, loops, what the best route
reaches); what only one kind of step can get wrong is that kind's own lint. Each problem is said once: a loop
without a way out is one message naming its steps, not one per step, and when the analysis could not finish,
conclusions it could not draw are left out instead of guessed.
"""

from __future__ import annotations

from typing import Iterable

from simulator.content.analysis import Analyse, Lus, Puntenlus
from simulator.content.model import Scenario
from simulator.content.problems import Probleem
from simulator.content.rules import rate
from simulator.content.yaml_source import SourceMap


MANY = 8
"""A loop of more steps is named by its first steps in the file, and how many more there are."""


def graph_problems(scenario: Scenario, analyse: Analyse, smap: SourceMap, claimed: list[str],
                   assessed: list[str]) -> list[Probleem]:
    """J401-J403, J405-J408, J411 and J412. `claimed`: the criteria the scenario says it assesses; `assessed`:
    those a result rates (claimed plus criteria of `ook` werkprocessen that score)."""
    problems: list[Probleem] = []

    def warn(path: tuple, code: str, bericht: str, hint: str = "", ernst: str = "waarschuwing") -> None:
        problems.append(smap.probleem(path, code, bericht, hint, ernst))

    if analyse.onvolledig and not analyse.lussen:  # a loop without a way out counts on for ever: J403 says why
        warn(*_too_big(analyse))
    for sid in sorted(analyse.doodlopend):
        warn(("stappen", sid), "J402", *_stuck(sid, analyse.vast.get(sid, {})), "fout")
    never_done = {sid for sid, _ in analyse.acties} - analyse.klaar  # work never done: the kind's lint (J409) says it better
    for lus in analyse.lussen:
        if not set(lus.stappen) <= never_done or analyse.onvolledig:
            warn(("stappen", lus.stappen[0]), "J403", *_loop(lus), "fout")
    if analyse.onvolledig:
        return problems  # what is unreachable, or what the best route reaches, cannot be told from half a walk
    if not analyse.eindes and not analyse.lussen and not analyse.doodlopend:
        warn(("start",), "J408", "Geen enkele route komt bij een einde.", "Geef minstens één stap met 'einde:'.", "fout")
    for sid in scenario.stappen:
        if sid not in analyse.bereikbaar:
            warn(("stappen", sid), "J401", f"Stap '{sid}' is onbereikbaar: geen keuze of route leidt erheen.",
                 "Verwijs ernaar met 'naar:', of verwijder de stap.")
    for farm in analyse.puntenlussen:
        warn(farm.pad or ("stappen", farm.zetten[0][0]), "J411", *_farm(farm))
    route = analyse.beste_route
    if route is None:
        return problems  # no route ends: the errors above say why; points cannot be judged yet
    for cid in claimed:
        if analyse.beste.get(cid, 0) <= 0:
            warn(("werkproces",) if scenario.beoordeelt is None else ("beoordeelt",), "J405",
                 f"Criterium {cid} wordt nergens met pluspunten beoordeeld.",
                 "Geef punten voor dit criterium bij een goede keuze, of zet 'beoordeelt:' met alleen de criteria die je toetst.")
    t = scenario.beoordeling
    missed = [c for c in assessed if analyse.beste.get(c, 0) > 0 and
              rate(route.punten.get(c, 0), analyse.beste[c], c in route.kritiek, t.goed, t.voldoende) != "goed"]
    if missed:
        warn(("stappen",), "J406", "De beste route (hoogste totaal) haalt niet voor elk criterium 'goed': " + ", ".join(missed) + ".",
             "Zorg dat één route alle goede keuzes bevat, zodat een student die alles goed doet ook overal 'goed' krijgt.")
    if analyse.tijdsdruk:
        for cid in sorted(analyse.beste):
            if analyse.beste[cid] > 0 and analyse.beste_zonder_tijdsdruk.get(cid, 0) <= 0:
                warn(("stappen",), "J412", f"Criterium {cid} krijgt alleen punten voor tempo: zonder tijdsdruk is het niet te beoordelen.",
                     "Geef ook punten voor nauwkeurig werken (bv. de pakking controleren, niets bekrassen).")
    return problems


def _too_big(analyse: Analyse) -> tuple:
    found = analyse.te_groot
    if found is None:
        return (("stappen",), "J407", "Dit scenario heeft te veel combinaties van variabelen om elke route na te rekenen.",
                "Gebruik minder variabelen en tellers; zonder volledige berekening is de beoordeling niet eerlijk.", "fout")
    names = f" ({_names(found.variabelen)})" if found.variabelen else ""
    return (("stappen", found.stap), "J407",
            f"Stap '{found.stap}' maakt te veel combinaties van variabelen{names}: het spel kan niet elke route "
            f"nagaan en dus niet eerlijk beoordelen.",
            "Gebruik hier minder variabelen die tegelijk meetellen (bijvoorbeeld één teller in plaats van losse "
            "vlaggen), of splits het scenario in twee.", "fout")


def _stuck(sid: str, waarden: dict) -> tuple[str, str]:
    if not waarden:
        return (f"In stap '{sid}' kan de student niet verder: geen keuze staat open of geen route past.",
                "Geef een keuze zonder 'als:', of een laatste route zonder 'als:'.")
    return (f"In stap '{sid}' kan de student niet verder als {_values(waarden)}: dan past geen keuze, actie of route.",
            "Geef een keuze of actie die in deze toestand wél kan (bijvoorbeeld de fout herstellen), "
            "of een laatste route zonder 'als:'.")


def _loop(lus: Lus) -> tuple[str, str]:
    example = f" (bijvoorbeeld als {_values(lus.waarden)})" if lus.waarden else ""
    if len(lus.stappen) == 1:
        where = f"Stap '{lus.stappen[0]}' is een lus zonder uitweg{example}"
    elif len(lus.stappen) > MANY:
        where = (f"De stappen {', '.join(repr(s) for s in lus.stappen[:MANY])} en nog {len(lus.stappen) - MANY} andere "
                 f"vormen een lus zonder uitweg{example}")
    else:
        where = f"De stappen {_names(lus.stappen)} vormen een lus zonder uitweg{example}"
    return (where + ": wie erin komt, bereikt nooit een einde.",
            "Geef in de lus minstens één keuze, actie of route die eruit leidt, naar een stap met een einde.")


def _farm(lus: Puntenlus) -> tuple[str, str]:
    steps = {sid for sid, _ in lus.zetten}
    moves = _names(label for _, label in lus.zetten) if len(steps) == 1 else _names(
        f"{label} (stap {sid})" for sid, label in lus.zetten)
    where = f"In stap '{lus.zetten[0][0]}'" if len(steps) == 1 else "In deze stappen"
    doing = "steeds opnieuw doen" if len(lus.zetten) == 1 else "steeds na elkaar herhalen"
    return (f"{where} kan de student {moves} {doing} en zo steeds meer punten halen voor {lus.criterium}.",
            "Zorg dat de lus niets oplevert: laat een van deze acties iets veranderen en geef haar een 'als' die "
            "daarna niet meer geldt, of laat de punten van de lus samen op 0 uitkomen.")


def _names(items: Iterable[str]) -> str:
    """'a', 'b' en 'c'."""
    quoted = [f"'{item}'" for item in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " en " + quoted[-1]


def _values(waarden: dict) -> str:
    """kastdeksel: open en batterij: kapot, the way a teacher writes them in the file."""
    parts = [f"{name}: {_yaml(value)}" for name, value in sorted(waarden.items())]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]


def _yaml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
