"""Play a session without a window by a plan: choice numbers and answers, or beste/slechtste/willekeurig.

Used by `juwelier speel --pad`, by the tests and by the benchmarks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from simulator.content.model import InvoerStap
from simulator.engine.session import Session, SessionError
from simulator.engine.views import StapView, Uitkomst


class PlanError(SessionError):
    """A plan does not fit the scenario (too short, a choice that is not open, a word that is no number)."""


@dataclass(frozen=True)
class Zet:
    """One move of a playthrough: what was shown and what happened."""

    stap: StapView
    gedaan: str
    """What the student did, as text: a choice number, an answer, or 'verder'."""
    uitkomst: Uitkomst


def parse_plan(text: str) -> list[str] | str:
    text = text.strip()
    if text in ("beste", "slechtste") or text.startswith("willekeurig"):
        return text
    return [part.strip() for part in text.split(",") if part.strip()]


def play(session: Session, plan: list[str] | str, max_moves: int = 500) -> list[Zet]:
    """Play until the end (or until a list plan runs out); returns the moves."""
    moves: list[Zet] = []
    route = _route(session, plan) if isinstance(plan, str) and plan in ("beste", "slechtste") else None
    rng = random.Random(_seed(plan)) if isinstance(plan, str) and plan.startswith("willekeurig") else None
    tokens = list(plan) if isinstance(plan, list) else []
    while not session.klaar and len(moves) < max_moves:
        view = session.step
        if view.soort == "vertelling":
            moves.append(Zet(view, "verder", session.advance()))
            continue
        if route is not None:
            token = route.pop(0)
        elif rng is not None:
            token = _random_token(session, rng)
        else:
            if not tokens:
                break
            token = tokens.pop(0)
        moves.append(Zet(view, token, _do(session, view, token)))
    return moves


def _do(session: Session, view: StapView, token: str) -> Uitkomst:
    if view.soort == "dialoog":
        if token.isdigit():
            if not 1 <= int(token) <= len(view.keuzes):
                raise PlanError(f"stap '{view.id}': keuze {token} bestaat niet (kies 1 t/m {len(view.keuzes)})")
            return session.choose(int(token))
        if any(k.id == token for k in view.keuzes):
            return session.choose(token)
        raise PlanError(f"stap '{view.id}': verwacht een keuzenummer, niet '{token}'")
    try:
        value = float(token.replace(",", "."))
    except ValueError:
        raise PlanError(f"stap '{view.id}': verwacht een getal, niet '{token}'") from None
    return session.answer(value)


def _seed(plan: str) -> int:
    _, _, seed = plan.partition(":")
    return int(seed) if seed.strip().isdigit() else 0


def _route(session: Session, which: str) -> list[str]:
    route = session.analysis.beste_route if which == "beste" else session.analysis.slechtste_route
    if route is None:
        raise PlanError("dit scenario heeft geen route naar een einde")
    tokens = []
    for step_id, label in route.keuzes:
        stap = session.scenario.stappen[step_id]
        if label == "verder":
            continue
        tokens.append(_answer_for(stap, label) if isinstance(stap, InvoerStap) else label)
    return tokens


def _answer_for(stap: InvoerStap, label: str) -> str:
    """A number that lands in the given band of a numeric step ('antwoord-N' or 'anders')."""
    bands = stap.invoer.antwoorden
    if label != "anders":
        return repr(bands[int(label.split("-")[1]) - 1].waarde)
    candidate = max(b.waarde + b.marge for b in bands) + 1000.0
    return repr(candidate)


def _random_token(session: Session, rng: random.Random) -> str:
    stap = session.scenario.stappen[session.state.stap]
    if isinstance(stap, InvoerStap):
        labels = [f"antwoord-{i + 1}" for i in range(len(stap.invoer.antwoorden))] + ["anders"]
        return _answer_for(stap, rng.choice(labels))
    return str(rng.randint(1, len(session.step.keuzes)))

