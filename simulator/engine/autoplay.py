"""Play a session without a window by a plan: moves as text, or beste/slechtste/willekeurig; and golden plans.

A move is whatever the step's kind reads from text: a choice number (`2`) or id, a number (`45.50`), a tool
on a zone (`kastmes>kastdeksel`), optionally with the seconds it took (`kastmes>kastdeksel@40`). Without
seconds a move takes 0 s, so headless play stays deterministic; the 'slechtste' plan plays the slowest student
(each move twice the step's norm time), as the analysis assumes. Used by `juwelier speel --pad`, the golden
plans in tests/plans/, the tests and the benchmarks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Union

from simulator.content.steps.actions import Move
from simulator.content.steps.base import Onmogelijk
from simulator.engine.session import Session, SessionError
from simulator.engine.views import StapView, Uitkomst

Plan = Union[list[str], str]


class PlanError(SessionError):
    """A plan does not fit the scenario (too short, a choice that is not open, a word that is no number)."""


@dataclass(frozen=True)
class Zet:
    """One move of a playthrough: what was shown and what happened."""

    stap: StapView
    gedaan: str
    """What the student did, as a plan writes it: a choice number, an answer, 'verder', 'kastmes>kastdeksel'."""
    uitkomst: Uitkomst


def parse_plan(text: str) -> Plan:
    text = text.strip()
    if text in ("beste", "slechtste") or text.startswith("willekeurig"):
        return text
    return [part.strip() for part in text.split(",") if part.strip()]


def play(session: Session, plan: Plan, max_moves: int = 500) -> list[Zet]:
    """Play until the end (or until a list plan runs out); returns the moves."""
    moves: list[Zet] = []
    route = _route(session, plan) if plan in ("beste", "slechtste") else None
    rng = random.Random(_seed(plan)) if isinstance(plan, str) and plan.startswith("willekeurig") else None
    tokens = list(plan) if isinstance(plan, list) else []
    slow = plan == "slechtste"
    while not session.afgelopen and len(moves) < max_moves:
        view, kind = session.step, session.soort
        stap = session.scenario.stappen[view.id]
        seconds: Optional[float] = None
        try:
            if kind.vanzelf(stap):
                actie = kind.route_actie(stap, "verder")
            elif route is not None:
                actie = kind.route_actie(stap, route.pop(0))
            elif rng is not None:
                actie = kind.willekeurig(stap, view.id, session.state.variabelen, rng)
            else:
                if not tokens:
                    break
                token = tokens.pop(0)
                actie = kind.uit_token(stap, token)
                seconds = _seconds(token, view.id)
        except Onmogelijk as exc:
            raise PlanError(f"stap '{view.id}': {exc}") from None
        if actie is None:
            raise PlanError(f"stap '{view.id}': hier kan niets meer")
        if slow and seconds is None and kind.tijd(stap):
            seconds = 2.0 * (kind.tijd(stap) or 0)
        written = kind.token(stap, actie, session.state.variabelen) + (f"@{seconds:g}" if seconds else "")
        moves.append(Zet(view, written, _do(session, actie, seconds, view.id)))
    return moves


def play_move(session: Session, zet: Mapping[str, Any]) -> Uitkomst:
    """One move of a golden plan (`kies:`, `antwoord:`, `doe:` with `seconden:`, `vul:`), read by the step's kind."""
    view, kind = session.step, session.soort
    stap = session.scenario.stappen[view.id]
    try:
        actie = kind.uit_plan(stap, zet)
    except Onmogelijk as exc:
        raise PlanError(f"stap '{view.id}': {exc}") from None
    return _do(session, actie, zet.get("seconden"), view.id)


def read_on(session: Session) -> None:
    """Take every step that only needs reading on (narration), as a student who presses Verder."""
    while not session.afgelopen and session.soort.vanzelf(session.scenario.stappen[session.state.stap]):
        stap = session.scenario.stappen[session.state.stap]
        actie = session.soort.route_actie(stap, "verder")
        if actie is None:  # a kind that reads on by itself must name the move that does it
            raise SessionError(f"stap {session.state.stap!r} ({session.soort.naam}) heeft geen zet om verder te lezen")
        session.do(actie)


def _do(session: Session, actie: Move, seconds: Optional[float], sid: str) -> Uitkomst:
    try:
        return session.do(actie, seconds)
    except SessionError as exc:
        raise PlanError(f"stap '{sid}': {exc}") from None


def _seconds(token: str, sid: str) -> Optional[float]:
    _, at, seconds = token.partition("@")
    if not at:
        return None
    try:
        return float(seconds.replace(",", "."))
    except ValueError:
        raise PlanError(f"stap '{sid}': '{seconds}' is geen aantal seconden") from None


def _seed(plan: str) -> int:
    _, _, seed = plan.partition(":")
    return int(seed) if seed.strip().isdigit() else 0


def _route(session: Session, which: str) -> list[str]:
    """The labels of the analysis's best (or worst) route, without the steps that only need reading on."""
    route = session.analysis.beste_route if which == "beste" else session.analysis.slechtste_route
    if route is None:
        raise PlanError("dit scenario heeft geen route naar een einde")
    stappen = session.scenario.stappen
    from simulator.content.steps import soort_van
    return [str(label) for sid, label in route.keuzes if not soort_van(stappen[sid]).vanzelf(stappen[sid])]
