"""A new scenario skeleton for a teacher: valid at once, scoring every criterion of its werkproces."""

from __future__ import annotations

import re
import unicodedata

from simulator.dossier import load_dossier

SCHEMA_FILE = "scenario.schema.json"


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
        'samenvatting: "(Wat gebeurt er? Eén of twee zinnen voor het introscherm.)"',
        "leerdoelen:                    # wat de student hierna kan, concreet",
        '  - "(Eerste leerdoel)"',
        '  - "(Tweede leerdoel)"',
        "",
        "personages:                    # wie er meedoen; portretten staan in assets/portretten.yaml",
        f"  klant: {{naam: {_q(klant)}, portret: {portret}, stemming: {stemming}}}",
        "",
        f"start: {_step(1)}",
        "stappen:",
    ]
    for n, c in enumerate(criteria, 1):
        nxt = _step(n + 1) if n < len(criteria) else "einde-goed"
        lines += [
            f"  # {c.id}: {c.tekst}",
            f"  {_step(n)}:",
            "    zegt: klant",
            f'    tekst: "(Wat zegt of doet de klant? Stap {n}.)"',
            "    keuzes:",
            f'      - tekst: "(Wat een vakkundige medewerker zegt of doet.)"',
            f"        gedrag: {{{c.id}: 2}}      # pluspunten voor dit criterium",
            f'        feedback: "(Leg uit waarom dit goed is en noem het gedrag: {c.tekst}.)"',
            "        stemming: +1               # de klant wordt tevredener",
            f"        naar: {nxt}",
            f'      - tekst: "(Een fout die studenten echt maken.)"',
            f"        gedrag: {{{c.id}: -1}}     # minpunten; zet 'kritiek: true' erbij voor een ernstige fout",
            f'        feedback: "(Leg uit waarom dit niet handig is en wat beter is.)"',
            "        stemming: -1",
            f"        naar: {nxt if n < len(criteria) else 'einde-matig'}",
        ]
    lines += [
        "  einde-goed:",
        '    einde: "(Hoe het goed afloopt.)"',
        "    afloop: geslaagd",
        "  einde-matig:",
        '    einde: "(Hoe het minder goed afloopt.)"',
        "    afloop: matig",
        "",
    ]
    return "\n".join(lines)


def _step(n: int) -> str:
    return f"stap-{n}"
