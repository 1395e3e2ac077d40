"""A new scenario skeleton for a teacher: valid at once, scoring every criterion of its werkproces."""

from __future__ import annotations

import re
import unicodedata

from simulator.dossier import load_dossier

SCHEMA_FILE = "scenario.schema.json"

SAMENVATTING = "(Wat gebeurt er? Eén of twee zinnen voor het introscherm.)"
LEERDOEL = "({nummer} leerdoel)"
KLANT_ZEGT = "(Wat zegt of doet de klant? Stap {n}.)"
GOEDE_KEUZE = "(Wat een vakkundige medewerker zegt of doet.)"
GOEDE_FEEDBACK = "(Leg uit waarom dit goed is en noem het gedrag: {gedrag}.)"
ZWAKKE_KEUZE = "(Een fout die studenten echt maken.)"
ZWAKKE_FEEDBACK = "(Leg uit waarom dit niet handig is en wat beter is.)"
EINDE_GOED = "(Hoe het goed afloopt.)"
EINDE_MATIG = "(Hoe het minder goed afloopt.)"
PLAATSHOUDERS = (SAMENVATTING, LEERDOEL, KLANT_ZEGT, GOEDE_KEUZE, GOEDE_FEEDBACK, ZWAKKE_KEUZE, ZWAKKE_FEEDBACK,
                 EINDE_GOED, EINDE_MATIG)
"""The texts between brackets the template writes for the teacher to replace ({…} is filled in per step)."""


def _pattern(placeholder: str) -> re.Pattern:
    parts = re.split(r"\{[a-z]+\}", placeholder)
    return re.compile("^" + ".+?".join(re.escape(part) for part in parts) + "$", re.S)


_PATTERNS = tuple(_pattern(p) for p in PLAATSHOUDERS)


def is_plaatshouder(text: str) -> bool:
    """True for a text the template wrote and the teacher has not replaced yet."""
    text = text.strip()
    return text.startswith("(") and any(p.match(text) for p in _PATTERNS)


def slug(title: str) -> str:
    """A file and id name from a title: 'Een klant met haast!' -> 'een-klant-met-haast'."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "nieuw-scenario"


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def skeleton(werkproces: str, titel: str, klant: str, portret: str, stemming: str = "neutraal") -> str:
    """YAML text of a playable scenario: one step per gedrag criterion, a good and a weak choice each."""
    dossier = load_dossier()
    w = dossier.werkproces(werkproces)
    p2 = werkproces.startswith("P2")
    criteria = list(w.criteria)
    lines = [
        f"# yaml-language-server: $schema=./{SCHEMA_FILE}",
        f"# Scenario gemaakt met 'juwelier nieuw'. Vervang de teksten tussen haakjes door je eigen verhaal;",
        "# controleer daarna met: juwelier controleer <dit bestand>   en speel het met: juwelier speel <dit bestand>",
        "",
        f"id: {slug(titel)}                # vaste naam: gelijk aan de bestandsnaam, zonder spaties",
        f"titel: {_q(titel)}",
        f"werkproces: {w.code}           # {w.titel}",
        f"profielen: [{'P2' if p2 else 'P1, P2'}]          # P1 = niveau 3, P2 = niveau 4",
        f"niveau: {4 if p2 else 3}",
        "duur_minuten: 8                # hoe lang een student erover doet (5-15)",
        f"samenvatting: {_q(SAMENVATTING)}",
        "leerdoelen:                    # wat de student hierna kan, concreet",
        f"  - {_q(LEERDOEL.format(nummer='Eerste'))}",
        f"  - {_q(LEERDOEL.format(nummer='Tweede'))}",
        "",
        "personages:                    # wie er meedoen; portretten staan in assets/portretten.yaml",
        f"  klant: {{naam: {_q(klant)}, portret: {portret}, stemming: {stemming}}}",
        "",
        f"start: {_step(1)}",
        "stappen:",
    ]
    for n, c in enumerate(criteria, 1):
        nxt = _step(n + 1) if n < len(criteria) else "einde-goed"
        good = [
            f"      - tekst: {_q(GOEDE_KEUZE)}",
            f"        gedrag: {{{c.id}: 2}}      # pluspunten voor dit criterium",
            f"        feedback: {_q(GOEDE_FEEDBACK.format(gedrag=c.tekst))}",
            "        stemming: +1               # de klant wordt tevredener",
            f"        naar: {nxt}",
        ]
        weak = [
            f"      - tekst: {_q(ZWAKKE_KEUZE)}",
            f"        gedrag: {{{c.id}: -1}}     # minpunten; zet 'kritiek: true' erbij voor een ernstige fout",
            f"        feedback: {_q(ZWAKKE_FEEDBACK)}",
            "        stemming: -1",
            f"        naar: {nxt if n < len(criteria) else 'einde-matig'}",
        ]
        lines += [
            f"  # {c.id}: {c.tekst}",
            f"  {_step(n)}:",
            "    zegt: klant",
            f"    tekst: {_q(KLANT_ZEGT.format(n=n))}",
            "    keuzes:" + ("                       # de beste keuze staat niet altijd bovenaan" if n == 2 else ""),
            # the best choice changes place, so that a student has to read (the check warns when it never does)
            *(good + weak if n % 2 else weak + good),
        ]
    lines += [
        "  einde-goed:",
        f"    einde: {_q(EINDE_GOED)}",
        "    afloop: geslaagd",
        "  einde-matig:",
        f"    einde: {_q(EINDE_MATIG)}",
        "    afloop: matig",
        "",
    ]
    return "\n".join(lines)


def _step(n: int) -> str:
    return f"stap-{n}"
