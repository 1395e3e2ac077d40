"""Checks that need more than the shape of the file: ids from the dossier, steps, characters, portraits.

What every kind of step has in common (the criteria its outcomes score, the steps they lead to, the
variables they set and read) is checked here over the kind's `uitwegen`; what only one kind has (a
workbench's tools, an inspection's loupe) the kind checks itself.
"""

from __future__ import annotations

from typing import Optional

from simulator.content import model as m
from simulator.content.parts import Als, Bewijsstuk, Naar, Voorwaarde, Werking
from simulator.content.problems import Probleem, suggest
from simulator.content.steps import SOORTEN, Uitwegen, alle_uitwegen, soort_van
from simulator.content.steps.base import Controle, Pad
from simulator.content.wereld import Wereld
from simulator.content.yaml_source import SourceMap


def check(scenario: m.Scenario, smap: SourceMap, wereld: Wereld, uitwegen: Optional[Uitwegen] = None) -> list[Probleem]:
    """The references of a scenario (`uitwegen`: every step's outcomes, when the caller has them)."""
    dossier = wereld.dossier
    problems: list[Probleem] = []
    add = problems.append
    codes = [w.code for w in dossier.werkprocessen]

    for path, code in [(("werkproces",), scenario.werkproces)] + [(("ook", i), c) for i, c in enumerate(scenario.ook)]:
        if not dossier.heeft_werkproces(code):
            add(smap.probleem(path, "J301", f"Werkproces '{code}' staat niet in het kwalificatiedossier.",
                              suggest(code, codes) or "Codes zien eruit als B1-K2-W1; 'juwelier dossier' toont ze allemaal."))
    if not all(dossier.heeft_werkproces(c) for c in scenario.werkprocessen()):
        return problems  # criterion checks make no sense without a known werkproces

    own = {c.id for code in scenario.werkprocessen() for c in dossier.werkproces(code).criteria}
    if scenario.werkproces.startswith("P2") and scenario.profielen != ["P2"]:
        add(smap.probleem(("profielen",), "J310", f"{scenario.werkproces} hoort alleen bij profiel P2 (Juwelier-ondernemer).",
                          "Schrijf 'profielen: [P2]' en 'niveau: 4'.", "waarschuwing"))

    def criterion(path: Pad, cid: str) -> None:
        if not dossier.heeft_criterium(cid):
            add(smap.probleem(path, "J302", f"Gedragscriterium '{cid}' bestaat niet.",
                              suggest(cid, own) or suggest(cid, [c.id for c in dossier.criteria])
                              or f"De criteria van {scenario.werkproces} zijn {_range(own, scenario.werkproces)}."))
        elif cid not in own:
            werkproces = dossier.criterium(cid).werkproces
            add(smap.probleem(path, "J303", f"Criterium '{cid}' hoort bij {werkproces}, niet bij dit scenario ({', '.join(scenario.werkprocessen())}).",
                              f"Zet {werkproces} onder 'ook:' als dit scenario dat werkproces ook beoordeelt."))

    for i, cid in enumerate(scenario.beoordeelt or []):
        criterion(("beoordeelt", i), cid)

    steps = list(scenario.stappen)
    outcomes = uitwegen if uitwegen is not None else alle_uitwegen(scenario.stappen)
    if scenario.start not in scenario.stappen:
        add(smap.probleem(("start",), "J304", f"De startstap '{scenario.start}' bestaat niet.", suggest(scenario.start, steps)))

    ctx = Controle(wereld, smap, set(scenario.variabelen))
    conditions: list[tuple[Pad, Voorwaarde]] = []

    def who(path: Pad, name: Optional[str]) -> None:
        if name is not None and name not in scenario.personages:
            add(smap.probleem(path, "J305", f"'{name}' staat niet onder personages.",
                              suggest(name, scenario.personages) or "Laat 'zegt' weg voor de verteller, of voeg het personage toe."))

    def collect(path: Pad, als: Optional[Als]) -> None:
        if als is None:
            return
        for j, c in enumerate(als if isinstance(als, list) else [als]):
            conditions.append((path + ((j,) if isinstance(als, list) else ()), c))

    def targets(path: Pad, naar: Naar) -> None:
        for j, target in enumerate(m.alle_volgende(naar)):
            where = path if isinstance(naar, str) else path + (j, "naar")
            if target not in scenario.stappen:
                add(smap.probleem(where, "J304", f"Stap '{target}' bestaat niet.",
                                  suggest(target, steps) or "Controleer de naam; stappen staan onder 'stappen:'."))
        if not isinstance(naar, str):
            for j, route in enumerate(naar):
                collect(path + (j, "als"), route.als)

    def evidence(path: Pad, g: Bewijsstuk) -> None:
        for cid in g.gedrag:
            criterion(path + ("gedrag", cid), cid)
        for cid in g.kritieke_criteria():
            criterion(path + ("kritiek",), cid)
        if g.kritiek is True and not g.kritieke_criteria():
            add(smap.probleem(path + ("kritiek",), "J309", "'kritiek: true' maar deze keuze geeft geen minpunten.",
                              "Geef minpunten onder 'gedrag' voor het criterium waarop dit een kritieke fout is."))
        if isinstance(g, Werking):
            who(path + ("wie",), g.wie)
            ctx.variabelen.update(g.zet, g.tel)

    for sid, stap in scenario.stappen.items():
        base = ("stappen", sid)
        kind = soort_van(stap)
        if stap.zegt is not None:
            who(base + ("zegt",), stap.zegt)
        for uitweg in outcomes[sid]:
            evidence(uitweg.pad, uitweg.gevolg)
            if uitweg.naar is not None:
                targets(uitweg.pad + ("naar",), uitweg.naar)
            collect(uitweg.pad + ("als",), uitweg.als)
        for path, als in kind.voorwaarden(stap, sid):
            collect(path, als)
        for cid in kind.tempo(stap):
            criterion(base + ("werkbank", "tempo", cid), cid)

    problems += _case(scenario, ctx)  # before the conditions: a workbench's zones are variables too
    for path, c in conditions:
        problems.extend(_condition(path, c, smap, ctx.variabelen))
    return _once(problems)


def check_case(scenario: m.Scenario, smap: SourceMap, wereld: Wereld) -> list[Probleem]:
    """`check` for another case of a scenario whose cases differ only in texts and answers
    (`Invuller.alleen_tekst`): what those can change (portraits, and what each kind checks in its own texts and
    answers). The references are the same in every case, so the first case's check holds for them."""
    if not all(wereld.dossier.heeft_werkproces(c) for c in scenario.werkprocessen()):
        return []  # as `check`: nothing more is checked without a known werkproces
    return _once(_case(scenario, Controle(wereld, smap, set(scenario.variabelen))))


def _case(scenario: m.Scenario, ctx: Controle) -> list[Probleem]:
    """The checks whose outcome can differ between the cases of a scenario that varies only in texts."""
    problems = [ctx.smap.probleem(("personages", key, "portret"), "J306", f"Portret '{persoon.portret}' bestaat niet.",
                                  suggest(persoon.portret, ctx.wereld.portretten)
                                  or "Kies een portret uit assets/portretten.yaml ('juwelier wereld' toont ze), of "
                                     "beschrijf het in de wereld.yaml van je map.")
                for key, persoon in scenario.personages.items()
                if persoon.portret and persoon.portret not in ctx.wereld.portretten]
    for sid, stap in scenario.stappen.items():
        problems.extend(soort_van(stap).controleer(stap, sid, ctx))
    for kind in SOORTEN:
        problems.extend(kind.controleer_scenario(scenario, ctx))
    return problems


def _once(problems: list[Probleem]) -> list[Probleem]:
    """The same problem once (a route shared by two outcomes is checked twice)."""
    seen, found = set(), []
    for p in problems:
        if p not in seen:
            seen.add(p)
            found.append(p)
    return found


def _condition(path: Pad, c: Voorwaarde, smap: SourceMap, known: set) -> list[Probleem]:
    problems = []
    if c.alle is not None or c.een_van is not None:
        for key in ("alle", "een_van"):
            for j, sub in enumerate(getattr(c, key) or []):
                problems += _condition(path + (key, j), sub, smap, known)
        return problems
    comparisons = [x for x in (c.is_, c.niet, c.minstens, c.hoogstens) if x is not None]
    if not c.variabele or not comparisons:
        problems.append(smap.probleem(path, "J308", "Een voorwaarde noemt een variabele en een vergelijking.",
                                      "Bijvoorbeeld: als: {variabele: bon_gezien, is: true}"))
    elif c.variabele not in known:
        problems.append(smap.probleem(path, "J307", f"Variabele '{c.variabele}' krijgt nergens een waarde.",
                                      suggest(c.variabele, known) or "Zet hem met 'zet:' bij een keuze, of geef een beginwaarde onder 'variabelen:'."))
    return problems


def _range(ids: set, werkproces: str) -> str:
    mine = sorted(i for i in ids if i.startswith(werkproces + "."))
    return f"{mine[0]} t/m {mine[-1]}" if mine else werkproces
