"""Walk every path through a scenario: reachability, dead ends, loops, best and worst totals.

The walk is over states (step, variables), because conditions on variables decide which choices
are open. It is a depth-first search with a memo per state (dynamic programming over the graph):
a library of a thousand scenarios is analysed in well under a second each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from simulator.content.model import Einde, Scenario
from simulator.content.rules import apply, kritiek_of, options, punten_of

MAX_STATES = 20_000
"""Beyond this many (step, variables) states the analysis stops and says so."""


@dataclass(frozen=True)
class Route:
    """A complete path: the option labels chosen at each step, and what it scores."""

    keuzes: tuple[tuple[str, str], ...]
    """(step id, option label) pairs in order."""
    punten: dict
    kritiek: frozenset
    einde: str


@dataclass
class Analyse:
    """What the analysis found; the engine uses `beste` to rate, the lint reports the rest."""

    beste: dict[str, int] = field(default_factory=dict)
    """Per criterion: the highest total any complete path reaches."""
    slechtste: dict[str, int] = field(default_factory=dict)
    """Per criterion: the lowest total any complete path reaches."""
    bereikbaar: set[str] = field(default_factory=set)
    doodlopend: set[str] = field(default_factory=set)
    """Steps where, in some state, the student cannot go on (no open choice, no route)."""
    zonder_uitweg: set[str] = field(default_factory=set)
    """Steps from which, in some state, no ending can be reached (a loop with no way out)."""
    eindes: set[str] = field(default_factory=set)
    beste_route: Optional[Route] = None
    slechtste_route: Optional[Route] = None
    onvolledig: bool = False
    """True when the state space was too large to walk completely."""


@dataclass
class _Best:
    maxima: dict
    minima: dict
    top: float
    top_step: Optional[tuple]
    bottom: float
    bottom_step: Optional[tuple]
    ends: bool


def analyse(scenario: Scenario) -> Analyse:
    result = Analyse()
    memo: dict = {}
    on_stack: set = set()

    def key(step: str, variables: dict):
        return step, tuple(sorted((k, repr(v)) for k, v in variables.items()))

    def visit(step_id: str, variables: dict) -> _Best:
        k = key(step_id, variables)
        if k in memo:
            return memo[k]
        if len(memo) >= MAX_STATES:
            result.onvolledig = True
            return _Best({}, {}, float("-inf"), None, float("inf"), None, False)
        result.bereikbaar.add(step_id)
        stap = scenario.stappen[step_id]
        if isinstance(stap, Einde):
            result.eindes.add(step_id)
            memo[k] = _Best({}, {}, 0, None, 0, None, True)
            return memo[k]
        on_stack.add(k)
        best = _Best({}, {}, float("-inf"), None, float("inf"), None, False)
        opts = options(stap, variables)
        if not opts:
            result.doodlopend.add(step_id)
        per_option = []
        for label, gevolg in opts:
            new_vars, nxt = apply(gevolg, variables)
            if nxt is None or nxt not in scenario.stappen:
                result.doodlopend.add(step_id)
                continue
            if key(nxt, new_vars) in on_stack:
                continue  # a loop back: never better than going on, so it does not count for the totals
            child = visit(nxt, new_vars)
            if not child.ends:
                continue
            punten = punten_of(gevolg)
            criteria = set(child.maxima) | set(punten)
            per_option.append((
                {c: punten.get(c, 0) + child.maxima.get(c, 0) for c in criteria},
                {c: punten.get(c, 0) + child.minima.get(c, 0) for c in criteria},
            ))
            total = sum(punten.values())
            if total + child.top > best.top:
                best.top, best.top_step = total + child.top, (label, nxt, new_vars)
            # the worst route prefers critical mistakes when totals tie
            bottom = total + child.bottom - 0.5 * len(kritiek_of(gevolg))
            if bottom < best.bottom:
                best.bottom, best.bottom_step = bottom, (label, nxt, new_vars)
        if per_option:
            best.ends = True
            criteria = set().union(*(vmax for vmax, _ in per_option))
            # an option that does not touch a criterion counts as 0 for it
            best.maxima = {c: max(vmax.get(c, 0) for vmax, _ in per_option) for c in criteria}
            best.minima = {c: min(vmin.get(c, 0) for _, vmin in per_option) for c in criteria}
        on_stack.discard(k)
        if not best.ends:
            result.zonder_uitweg.add(step_id)
        memo[k] = best
        return best

    start_vars = dict(scenario.variabelen)
    top = visit(scenario.start, start_vars)
    result.beste = {c: int(v) for c, v in top.maxima.items()}
    result.slechtste = {c: int(v) for c, v in top.minima.items()}
    if top.ends:
        result.beste_route = _follow(scenario, memo, key, start_vars, "top_step")
        result.slechtste_route = _follow(scenario, memo, key, start_vars, "bottom_step")
    return result


def _follow(scenario, memo, key, variables, which: str) -> Route:
    step_id = scenario.start
    keuzes, punten, kritiek = [], {}, set()
    while True:
        node = memo.get(key(step_id, variables))
        chosen = getattr(node, which) if node else None
        if chosen is None:
            return Route(tuple(keuzes), punten, frozenset(kritiek), step_id)
        label, nxt, new_vars = chosen
        gevolg = dict(options(scenario.stappen[step_id], variables))[label]
        keuzes.append((step_id, label))
        for c, p in punten_of(gevolg).items():
            punten[c] = punten.get(c, 0) + p
        kritiek |= set(kritiek_of(gevolg))
        step_id, variables = nxt, new_vars
