"""A realistic demo history for screenshots and tests: one student who grows, or a class of 25 in two groups.

Attempts are played headless by the engine (mostly random paths early on, better paths later) and recorded
through the Store with times spread over the past weeks, as a real class would leave them.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

NAMES = [
    "Sanne de Vries", "Daan Jansen", "Fatima El Amrani", "Mohammed Yılmaz", "Priya Ramdin", "Kevin Nguyen",
    "Lotte Bakker", "Jayden Martina", "Anouk Visser", "Emre Demir", "Noa Cohen", "Sem van Dijk",
    "Chanel Kromosoeto", "Bilal Ouali", "Julia Kowalski", "Mees de Boer", "Amira Haddad", "Thijs Mulder",
    "Roshni Baldewsingh", "Stijn Smit", "Yara Tahiri", "Luuk Hendriks", "Dewi Soerjadi", "Aziz Rahimi",
    "Femke Willems",
]
CLASSES = ("JW3A", "JW3B")


def _play(geladen, skill: float, rng: random.Random):
    from simulator.engine import Session
    from simulator.engine.autoplay import play
    session = Session(geladen)
    plan = "beste" if rng.random() < skill else f"willekeurig:{rng.randrange(10_000)}"
    play(session, plan)
    return session


def history(store, profile, library, attempts: int = 10, seed: int = 1, start_skill: float = 0.1,
            end_skill: float = 0.8, scenarios=None) -> None:
    """Record `attempts` finished attempts for a profile, getting better over time, over the past 5 weeks."""
    rng = random.Random(seed)
    pool = list(scenarios) if scenarios is not None else sorted(library.scenarios)
    pool = [sid for sid in pool if sid in library.scenarios]
    if not pool:
        return
    favourites = rng.sample(pool, k=min(len(pool), 3))
    now = datetime.now(timezone.utc).replace(microsecond=0)
    for i in range(attempts):
        skill = start_skill + (end_skill - start_skill) * i / max(1, attempts - 1)
        sid = rng.choice(favourites) if rng.random() < 0.7 else rng.choice(pool)
        geladen = library.scenarios[sid]
        session = _play(geladen, skill, rng)
        ended = now - timedelta(days=35 * (attempts - i) / attempts, minutes=rng.randrange(600))
        started = ended - timedelta(minutes=rng.randint(4, 14))
        store.record_attempt(profile.id, geladen, session, "toets" if rng.random() < 0.15 else "oefenen",
                             started, ended)


def demo_class(store, library, size: int = 25, attempts: tuple[int, int] = (3, 8), seed: int = 7,
               names: list[str] = NAMES) -> list:
    """Make `size` students in two classes with a few attempts each; returns the profiles."""
    rng = random.Random(seed)
    pool = sorted(library.scenarios)
    # a class works on the same few werkprocessen, so the overview has something to compare
    focus = rng.sample(pool, k=min(len(pool), 6))
    profiles = []
    for i, naam in enumerate(names[:size]):
        profile = store.create_profile(naam, CLASSES[i % 2])
        profiles.append(profile)
        history(store, profile, library, rng.randint(*attempts), seed=seed * 100 + i,
                start_skill=rng.uniform(0.0, 0.3), end_skill=rng.uniform(0.4, 0.95), scenarios=focus)
    return profiles
