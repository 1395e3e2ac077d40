"""The class at a glance for the teacher: per student and werkproces, the criteria the class finds hard, lessons.

All derived from the saved attempts (as mastery is), so a shared results folder with many PCs gives
one overview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from simulator.dossier import load_dossier
from simulator.progress import Attempt, Opdracht, Profile, Store, WerkprocesBeheersing
from simulator.progress import assignments, mastery


@dataclass(frozen=True)
class Leerling:
    profiel: Profile
    pogingen: int
    laatst: Optional[datetime]
    werkprocessen: dict[str, WerkprocesBeheersing]
    """Mastery per werkproces (every werkproces of the dossier; niveau 'nieuw' when not practised)."""


@dataclass(frozen=True)
class MoeilijkCriterium:
    """A gedrag criterion and how the class does on it."""

    id: str
    tekst: str
    werkproces: str
    waarde: float
    """0..1: the mean mastery over the students who were rated on it."""
    leerlingen: int
    """Students rated on it at least once."""
    onvoldoende: int
    """Students whose latest rating is onvoldoende."""


@dataclass(frozen=True)
class KlasOverzicht:
    klas: Optional[str]
    leerlingen: tuple[Leerling, ...]
    werkprocessen: tuple[str, ...]
    """Werkprocessen at least one student practised, in dossier order."""
    moeilijk: tuple[MoeilijkCriterium, ...]
    """Criteria rated for anyone, hardest first."""


def klassen(store: Store) -> list[str]:
    return sorted({p.klas for p in store.profiles() if p.klas}, key=str.casefold)


def class_overview(store: Store, klas: Optional[str] = None) -> KlasOverzicht:
    """The class (or every profile, with klas=None)."""
    dossier = load_dossier()
    students = []
    per_criterion: dict[str, list] = {}
    for profile in store.profiles():
        if klas is not None and (profile.klas or "").casefold() != klas.casefold():
            continue
        attempts = store.attempts(profile.id)
        m = mastery.mastery(attempts)
        students.append(Leerling(profile, len(attempts), max((a.eind for a in attempts), default=None),
                                 m["werkprocessen"]))
        for cid, c in m["criteria"].items():
            if c.niveau != "nieuw":
                per_criterion.setdefault(cid, []).append(c)
    practised = {code for s in students for code, w in s.werkprocessen.items() if w.niveau != "nieuw"}
    order = [w.code for w in dossier.werkprocessen]
    hard = [
        MoeilijkCriterium(cid, dossier.criterium(cid).tekst if dossier.heeft_criterium(cid) else "",
                          cid.rsplit(".", 1)[0], round(sum(c.waarde for c in rated) / len(rated), 4), len(rated),
                          sum(1 for c in rated if c.recent and c.recent[0] == "onvoldoende"))
        for cid, rated in per_criterion.items()
    ]
    hard.sort(key=lambda h: (h.waarde, -h.onvoldoende, h.id))
    return KlasOverzicht(klas, tuple(students), tuple(c for c in order if c in practised) +
                         tuple(sorted(practised - set(order))), tuple(hard))


def lesson_progress(store: Store, opdracht: Opdracht) -> dict[str, dict[str, Optional[Attempt]]]:
    """profile id -> (scenario id -> the attempt that counts) for the students the lesson is for."""
    return {p.id: assignments.status(opdracht, store.attempts(p.id))
            for p in store.profiles() if opdracht.voor(p.klas) and (p.klas or not opdracht.klassen)}
