"""Play a session without a window by a plan: choice numbers and answers, or beste/slechtste/willekeurig.

At a workbench a move is 'tool>zone' (e.g. kastmes>kastdeksel), optionally with the seconds it took:
'kastmes>kastdeksel@40'. Without seconds a move takes 0 s, so headless play stays deterministic; the
'slechtste' plan plays the slowest student (each action twice the norm time), as the analysis assumes.
Used by `juwelier speel --pad`, by the tests and by the benchmarks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from simulator.content.model import Inspectie, InvoerStap, WerkbankStap
from simulator.content.rules import options, step_apply
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
    slow = plan == "slechtste"
    while not session.klaar and len(moves) < max_moves:
        view = session.step
        if view.soort == "vertelling":
            moves.append(Zet(view, "verder", session.advance()))
            continue
        if route is not None:
            token = route.pop(0)
            # a route names choices by id (their place in the file); a number means the place among open choices
            token = next((str(k.nummer) for k in view.keuzes if k.id == token), token)
        elif rng is not None:
            token = _random_token(session, rng)
        else:
            if not tokens:
                break
            token = tokens.pop(0)
        if slow and view.werkbank is not None and view.werkbank.normtijd and "@" not in token:
            token = f"{token}@{2 * view.werkbank.normtijd}"
        moves.append(Zet(view, token, _do(session, view, token)))
    return moves


def _do(session: Session, view: StapView, token: str) -> Uitkomst:
    if view.soort == "werkbank":
        return _act(session, view, token)
    if view.soort == "dialoog" or (view.soort == "inspectie" and view.keuzes):
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


def _act(session: Session, view: StapView, token: str) -> Uitkomst:
    move, _, seconds = token.partition("@")
    tool, sep, zone = move.partition(">")
    bank = view.werkbank
    if not sep:
        raise PlanError(f"stap '{view.id}': verwacht gereedschap>zone (bv. kastmes>kastdeksel), niet '{token}'")
    if tool not in {t.id for t in bank.gereedschap}:
        raise PlanError(f"stap '{view.id}': '{tool}' ligt niet op de werkbank")
    if zone not in {z.id for z in bank.zones}:
        raise PlanError(f"stap '{view.id}': het voorwerp heeft geen zone '{zone}'")
    try:
        spent = float(seconds.replace(",", ".")) if seconds else 0.0
    except ValueError:
        raise PlanError(f"stap '{view.id}': '{seconds}' is geen aantal seconden") from None
    return session.act(tool, zone, spent)


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
        tokens.append(_answer_for(stap, label) if _asks_number(stap) else label)
    return tokens


def _asks_number(stap) -> bool:
    return isinstance(stap, InvoerStap) or (isinstance(stap, Inspectie) and stap.invoer is not None)


def _answer_for(stap, label: str) -> str:
    """A number that lands in the given band of a numeric step ('antwoord-N' or 'anders')."""
    bands = stap.invoer.antwoorden
    if label != "anders":
        return repr(bands[int(label.split("-")[1]) - 1].waarde)
    candidate = max(b.waarde + b.marge for b in bands) + 1000.0
    return repr(candidate)


def _random_token(session: Session, rng: random.Random) -> str:
    sid = session.state.stap
    stap = session.scenario.stappen[sid]
    if isinstance(stap, WerkbankStap):
        return _random_action(stap, sid, session.state.variabelen, rng)
    if _asks_number(stap):
        labels = [f"antwoord-{i + 1}" for i in range(len(stap.invoer.antwoorden))] + ["anders"]
        return _answer_for(stap, rng.choice(labels))
    return str(rng.randint(1, len(session.step.keuzes)))



def _random_action(stap: WerkbankStap, sid: str, variables: dict, rng: random.Random) -> str:
    """A random action that changes something (a random student still gets the work done)."""
    moves = [label for label, g in options(stap, variables) if step_apply(stap, sid, g, variables)[:2] != (variables, sid)]
    return rng.choice(moves or [label for label, _ in options(stap, variables)])
