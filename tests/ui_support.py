"""Shared set-up for the UI tests: a small scenario written inline, a library holding it, a pilot on a fresh store."""

from __future__ import annotations

from simulator import content
from simulator.content import Bibliotheek

SCENARIO = """
id: test-klacht
titel: "De horlogeband is alweer kapot"
werkproces: B1-K2-W6
duur_minuten: 5
samenvatting: "Een klant komt boos terug met een kapotte horlogeband."
leerdoelen: ["Je erkent de emotie van de klant.", "Je rekent een prijs met btw uit."]
personages:
  klant: {naam: "Meneer Yılmaz", portret: klant-man-50, stemming: boos, rol: klant}
start: binnenkomst
stappen:
  binnenkomst:
    zegt: klant
    tekst: "Dit is nu al de tweede keer! Ik wil mijn geld terug."
    keuzes:
      - tekst: "Vervelend voor u. Mag ik de band even bekijken?"
        gedrag: {B1-K2-W6.1: 2, B1-K2-W6.2: 2}
        stemming: +1
        feedback: "Je erkent de emotie en onderzoekt eerst de klacht."
        naar: kijken
      - tekst: "Dat kan niet, wij leveren goed werk."
        gedrag: {B1-K2-W6.2: -2}
        kritiek: true
        stemming: -2
        feedback: "Je gaat in de verdediging voordat je weet wat er is gebeurd."
        naar: escalatie
  kijken:
    tekst: "Je bekijkt de band onder de lamp. Een veerpen zit verkeerd om."
    naar: onderzoek
  onderzoek:
    zegt: klant
    tekst: "En? Wat is er mis mee?"
    keuzes:
      - tekst: "De pen zit verkeerd om. Ik maak het gratis, volgens ons protocol."
        gedrag: {B1-K2-W6.3: 2, B1-K2-W6.4: 2}
        feedback: "Helder en volgens protocol."
        naar: prijs
      - tekst: "Geen idee."
        gedrag: {B1-K2-W6.3: -1}
        feedback: "Niet helder."
        naar: einde-slecht
  prijs:
    tekst: "Een nieuwe band kost 20 euro zonder btw. Hoeveel is dat met 21 % btw?"
    invoer:
      eenheid: euro
      antwoorden:
        - {waarde: 24.20, marge: 0.01, gedrag: {B1-K2-W6.3: 1}, feedback: "Goed: 20 × 1,21 = 24,20.", naar: einde-goed}
        - {waarde: 20, feedback: "Je vergat de btw.", naar: einde-goed}
      anders: {feedback: "Reken 20 × 1,21.", naar: einde-goed}
  escalatie:
    einde: "De klant loopt boos weg."
    afloop: escalatie
  einde-goed:
    zegt: klant
    tekst: "Dank u wel, zo hoort het."
    einde: "De klant is tevreden en komt terug."
  einde-slecht:
    einde: "De klant gaat twijfelend weg."
    afloop: matig
"""


def geladen():
    return content.parse(SCENARIO.encode("utf-8"), "test-klacht.yaml")


def library():
    g = geladen()
    return Bibliotheek(scenarios={g.scenario.id: g})


def pilot(tmp_path, **kwargs):
    from simulator.progress import Store
    from simulator.ui.pilot import Pilot
    kwargs.setdefault("store", Store(tmp_path))
    kwargs.setdefault("library", library())
    return Pilot.start(**kwargs)
