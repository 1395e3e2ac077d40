"""Checks that need more than the shape of the file: ids from the dossier, steps, characters, portraits."""

from __future__ import annotations

from simulator.content import model as m
from simulator.content.problems import Probleem, suggest
from simulator.content.workbench import catalogue
from simulator.content.yaml_source import SourceMap
from simulator.dossier import load_dossier


def check(scenario: m.Scenario, smap: SourceMap, portraits: dict) -> list[Probleem]:
    dossier = load_dossier()
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

    def criterion(path, cid):
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

    for key, persoon in scenario.personages.items():
        if persoon.portret and persoon.portret not in portraits:
            add(smap.probleem(("personages", key, "portret"), "J306", f"Portret '{persoon.portret}' bestaat niet.",
                              suggest(persoon.portret, portraits) or "De portretten staan in assets/portretten.yaml."))

    steps = list(scenario.stappen)
    if scenario.start not in scenario.stappen:
        add(smap.probleem(("start",), "J304", f"De startstap '{scenario.start}' bestaat niet.", suggest(scenario.start, steps)))

    variables_set = set(scenario.variabelen)
    conditions: list[tuple[tuple, m.Voorwaarde]] = []

    def who(path, name):
        if name is not None and name not in scenario.personages:
            add(smap.probleem(path, "J305", f"'{name}' staat niet onder personages.",
                              suggest(name, scenario.personages) or "Laat 'zegt' weg voor de verteller, of voeg het personage toe."))

    def targets(path, naar):
        for j, target in enumerate(m.alle_volgende(naar)):
            where = path if isinstance(naar, str) else path + (j, "naar")
            if target not in scenario.stappen:
                add(smap.probleem(where, "J304", f"Stap '{target}' bestaat niet.",
                                  suggest(target, steps) or "Controleer de naam; stappen staan onder 'stappen:'."))
        if not isinstance(naar, str):
            for j, route in enumerate(naar):
                collect(path + (j, "als"), route.als)

    def collect(path, als):
        if als is None:
            return
        for j, c in enumerate(als if isinstance(als, list) else [als]):
            conditions.append((path + ((j,) if isinstance(als, list) else ()), c))

    def gevolg(path, g: m.Gevolg):
        for cid in g.gedrag:
            criterion(path + ("gedrag", cid), cid)
        for cid in g.kritieke_criteria():
            criterion(path + ("kritiek",), cid)
        if g.kritiek is True and not g.kritieke_criteria():
            add(smap.probleem(path + ("kritiek",), "J309", "'kritiek: true' maar deze keuze geeft geen minpunten.",
                              "Geef minpunten onder 'gedrag' voor het criterium waarop dit een kritieke fout is."))
        who(path + ("wie",), g.wie)
        variables_set.update(g.zet, g.tel)
        targets(path + ("naar",), g.naar)

    for sid, stap in scenario.stappen.items():
        base = ("stappen", sid)
        if stap.zegt is not None:
            who(base + ("zegt",), stap.zegt)
        if isinstance(stap, m.Dialoog):
            ids = [m.keuze_id(k, i) for i, k in enumerate(stap.keuzes)]
            for dup in {i for i in ids if ids.count(i) > 1}:
                add(smap.probleem(base + ("keuzes",), "J311", f"Twee keuzes in stap '{sid}' hebben dezelfde id '{dup}'."))
            for i, keuze in enumerate(stap.keuzes):
                gevolg(base + ("keuzes", i), keuze)
                collect(base + ("keuzes", i, "als"), keuze.als)
        elif isinstance(stap, m.InvoerStap):
            for i, antwoord in enumerate(stap.invoer.antwoorden):
                gevolg(base + ("invoer", "antwoorden", i), antwoord)
            gevolg(base + ("invoer", "anders"), stap.invoer.anders)
        elif isinstance(stap, m.Vertelling):
            variables_set.update(stap.zet)
            targets(base + ("naar",), stap.naar)
        elif isinstance(stap, m.Inspectie):
            problems.extend(_loep(stap, base, smap))
            if stap.keuzes is not None:
                for i, keuze in enumerate(stap.keuzes):
                    gevolg(base + ("keuzes", i), keuze)
                    collect(base + ("keuzes", i, "als"), keuze.als)
            else:
                for i, antwoord in enumerate(stap.invoer.antwoorden):
                    gevolg(base + ("invoer", "antwoorden", i), antwoord)
                gevolg(base + ("invoer", "anders"), stap.invoer.anders)
        elif isinstance(stap, m.WerkbankStap):
            problems.extend(_werkbank(stap, base, smap))
            variables_set.update(stap.werkbank.zones)
            for cid in stap.werkbank.tempo:
                criterion(base + ("werkbank", "tempo", cid), cid)
            for i, actie in enumerate(stap.acties):
                path = base + ("acties", i)
                for cid in actie.gedrag:
                    criterion(path + ("gedrag", cid), cid)
                for cid in actie.kritieke_criteria():
                    criterion(path + ("kritiek",), cid)
                who(path + ("wie",), actie.wie)
                variables_set.update(actie.zet, actie.tel)
                if actie.naar is not None:
                    targets(path + ("naar",), actie.naar)
                collect(path + ("als",), actie.als)
            if stap.anders is not None:
                for cid in stap.anders.gedrag:
                    criterion(base + ("anders", "gedrag", cid), cid)
            collect(base + ("klaar",), stap.klaar)
            targets(base + ("naar",), stap.naar)

    problems.extend(_zone_starts(scenario, smap))

    for path, c in conditions:
        problems.extend(_condition(path, c, smap, variables_set))
    return problems


def _werkbank(stap: m.WerkbankStap, base: tuple, smap: SourceMap) -> list[Probleem]:
    """The workbench's item, tray, and the tools and zones its actions name."""
    cat = catalogue()
    bank = stap.werkbank
    problems = []
    add = problems.append
    item = cat.voorwerpen.get(bank.voorwerp)
    if item is None:
        add(smap.probleem(base + ("werkbank", "voorwerp"), "J313", f"Voorwerp '{bank.voorwerp}' staat niet in assets/gereedschap.yaml.",
                          suggest(bank.voorwerp, cat.voorwerpen) or "Kies uit: " + ", ".join(cat.voorwerpen) + "."))
    else:
        for zone in bank.zones:
            if zone not in item.zones:
                add(smap.probleem(base + ("werkbank", "zones", zone), "J317",
                                  f"De tekening van '{bank.voorwerp}' kent zone '{zone}' niet; die wordt alleen als naam getoond.",
                                  suggest(zone, item.zones) or "Zones van dit voorwerp: " + ", ".join(item.zones) + ".", "waarschuwing"))
    for i, tool in enumerate(bank.gereedschap):
        if tool not in cat.gereedschap:
            add(smap.probleem(base + ("werkbank", "gereedschap", i), "J314", f"Gereedschap '{tool}' staat niet in assets/gereedschap.yaml.",
                              suggest(tool, cat.gereedschap) or "Voeg het toe aan assets/gereedschap.yaml, of kies een bestaand id."))
    if bank.tempo and bank.normtijd is None:
        add(smap.probleem(base + ("werkbank", "tempo"), "J320", "Punten voor tempo zonder normtijd.",
                          "Geef onder 'werkbank:' ook 'normtijd:' in seconden, bv. 'normtijd: 300'."))
    for cid, points in bank.tempo.items():
        if points <= 0:
            add(smap.probleem(base + ("werkbank", "tempo", cid), "J320", f"Tempopunten voor {cid} moeten groter dan 0 zijn.",
                              "Binnen de normtijd krijgt de student deze punten; langzamer minder."))
    for i, actie in enumerate(stap.acties):
        path = base + ("acties", i)
        if actie.gereedschap not in bank.gereedschap:
            hint = (f"Zet '{actie.gereedschap}' onder 'werkbank: gereedschap:'." if actie.gereedschap in cat.gereedschap
                    else suggest(actie.gereedschap, bank.gereedschap) or "Noem een id van de gereedschapsbak.")
            add(smap.probleem(path + ("gereedschap",), "J315", f"'{actie.gereedschap}' ligt niet op de gereedschapsbak van deze werkbank.", hint))
        if actie.zone not in bank.zones:
            add(smap.probleem(path + ("zone",), "J316", f"Zone '{actie.zone}' staat niet onder 'werkbank: zones:'.",
                              suggest(actie.zone, bank.zones) or "Voeg de zone toe met haar beginstaat, bv. 'kastdeksel: dicht'."))
    return problems


def _loep(stap: m.Inspectie, base: tuple, smap: SourceMap) -> list[Probleem]:
    cat = catalogue()
    loep = stap.inspectie
    item = cat.voorwerpen.get(loep.voorwerp)
    if item is None:
        return [smap.probleem(base + ("inspectie", "voorwerp"), "J313", f"Voorwerp '{loep.voorwerp}' staat niet in assets/gereedschap.yaml.",
                              suggest(loep.voorwerp, cat.voorwerpen) or "Kies uit: " + ", ".join(cat.voorwerpen) + ".")]
    return [smap.probleem(base + ("inspectie", "details", i, "zone"), "J317",
                          f"De tekening van '{loep.voorwerp}' kent zone '{d.zone}' niet; de loep toont dan het hele voorwerp.",
                          suggest(d.zone, item.zones) or "Zones van dit voorwerp: " + ", ".join(item.zones) + ".", "waarschuwing")
            for i, d in enumerate(loep.details) if d.zone not in item.zones]


def _zone_starts(scenario: m.Scenario, smap: SourceMap) -> list[Probleem]:
    """A zone is a variable shared by every workbench that names it: one start state, given once or alike."""
    problems, start, where = [], {}, {}
    for sid, stap in scenario.stappen.items():
        if not isinstance(stap, m.WerkbankStap):
            continue
        for zone, z in stap.werkbank.zones.items():
            path = ("stappen", sid, "werkbank", "zones", zone)
            if z.staat is None:
                where.setdefault(zone, path)
                continue
            if zone in scenario.variabelen and scenario.variabelen[zone] != z.staat:
                problems.append(smap.probleem(path, "J318",
                                              f"Zone '{zone}' begint hier als '{z.staat}', maar onder 'variabelen:' als '{scenario.variabelen[zone]}'.",
                                              "Een zone is een variabele: geef haar beginstaat één keer."))
            elif zone in start and start[zone] != z.staat:
                problems.append(smap.probleem(path, "J318",
                                              f"Zone '{zone}' begint hier als '{z.staat}', maar in stap '{where[zone][1]}' als '{start[zone]}'.",
                                              "Een zone houdt haar staat van werkbank tot werkbank: geef de beginstaat één keer (of overal gelijk)."))
            elif zone not in start:
                start[zone] = z.staat
                where[zone] = path
    for zone, path in where.items():
        if zone not in start and zone not in scenario.variabelen:
            problems.append(smap.probleem(path, "J319", f"Zone '{zone}' heeft nergens een beginstaat.",
                                          f"Schrijf bijvoorbeeld '{zone}: heel', of geef '{zone}' een beginwaarde onder 'variabelen:'."))
    return problems


def _condition(path, c: m.Voorwaarde, smap: SourceMap, known: set) -> list[Probleem]:
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
