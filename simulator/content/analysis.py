"""Walk every path through a scenario: reachability, dead ends, loops, best and worst totals.

The walk is over states (step, variables), because conditions on variables decide which choices are open
(`analysis_states`: breadth first, only the variables a condition reads, numbers kept only as far as a threshold
ahead tells them apart). Over that graph (`analysis_paths`, all without recursion): the states that can still
reach an ending, the loops without a way out, the best and worst totals over paths without loops (both with and
without time pressure in one pass), and loops that gain points. Everything runs within one work budget per
scenario; a scenario that needs more is marked `onvolledig`, with the step that blew up in `te_groot`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from simulator.bulk import bulk
from simulator.content.analysis_paths import (
    Lanes, Totals, Value, Weight, can_end, components, loops, positive_loop,
)
from simulator.content.analysis_states import Budget, Explosie, Move, StateGraph, explore, is_ending, locate, varying
from simulator.content.model import Scenario
from simulator.content.steps import soort_van
from simulator.content.rules import kritiek_of, punten_of

__all__ = ["Analyse", "Explosie", "Lus", "Puntenlus", "Route", "analyse"]


@dataclass(frozen=True)
class Route:
    """A complete path: the option labels chosen at each step, and what it scores."""

    keuzes: tuple[tuple[str, str], ...]
    """(step id, option label) pairs in order."""
    punten: dict
    kritiek: frozenset
    einde: str


@dataclass(frozen=True)
class Lus:
    """Steps a student can enter and never leave: no ending can be reached from them."""

    stappen: tuple[str, ...]
    """In the order of the file."""
    waarden: dict
    """The variables in one state of the loop (a workbench's zone states), for the message."""


@dataclass(frozen=True)
class Puntenlus:
    """Moves a student can repeat in a circle, gaining points for a criterion every round."""

    zetten: tuple[tuple[str, str], ...]
    """(step id, option label) in the order of the loop."""
    criterium: str
    pad: tuple = ()
    """Where the first move stands in the file (for the message's line)."""


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
    """True when the state space was too large to walk completely (see `te_groot`)."""
    tijdsdruk: bool = True
    """Whether the totals include the workbenches' tempo points (a session without time pressure has none)."""
    acties: set[tuple[str, int]] = field(default_factory=set)
    """Workbench actions (step id, index in `acties`) that apply in some reachable state."""
    klaar: set[str] = field(default_factory=set)
    """Workbench steps whose `klaar` holds in some reachable state."""
    herhaalbaar: set[tuple[str, str]] = field(default_factory=set)
    """Moves (step id, label) on a loop that gains points: a student could repeat them (see `puntenlussen`)."""
    al_klaar: set[str] = field(default_factory=set)
    """Workbench steps entered in some state where `klaar` already holds (any first action ends the work)."""
    beste_zonder_tijdsdruk: dict[str, int] = field(default_factory=dict)
    """`beste` without tempo points, whatever `tijdsdruk` is: what a session without time pressure can reach."""
    vast: dict[str, dict] = field(default_factory=dict)
    """Per step in `doodlopend`: the variables its conditions read, in one state where the student is stuck."""
    lussen: list[Lus] = field(default_factory=list)
    """Loops without a way out, each once (`waarden`: what the loop's steps read, in one of its states)."""
    puntenlussen: list[Puntenlus] = field(default_factory=list)
    te_groot: Optional[Explosie] = None
    """With `onvolledig`: the step where the combinations of variables (or the orders of moves) blow up."""
    toestanden: int = 0
    """How many (step, variables) states the walk found."""


def analyse(scenario: Scenario, tijdsdruk: bool = True) -> Analyse:
    """Walk the scenario. With `tijdsdruk`, finishing a workbench counts its tempo points at best (within the
    norm time) for the best totals and at worst (far too slow: none) for the worst."""
    with bulk():  # many small objects, no garbage cycles
        return _analyse(scenario, tijdsdruk)


def _analyse(scenario: Scenario, tijdsdruk: bool) -> Analyse:
    result = Analyse(tijdsdruk=tijdsdruk)
    budget = Budget()
    graph = explore(scenario, budget, _Observer(scenario, result))
    result.toestanden = len(graph)
    _reach(scenario, graph, result)
    ends = can_end(graph)
    comp_of, comps = components(graph)
    looping = loops(graph, comps)
    _without_exit(scenario, graph, ends, comps, looping, result)
    if not graph.complete:  # half a walk shows loops that are not there: only the certain ones count
        result.lussen = []
        _certain_traps(scenario, graph, result)
    moves = {id(move): move for move in graph.moves}
    criteria = _criteria(moves)
    weights, lanes = _weights(graph, moves, criteria)
    with_tempo = any(move.tempo for move in moves.values())
    totals = Totals(graph, ends, comp_of, comps, weights, lanes, with_tempo, budget)
    _gaining_loops(scenario, graph, comps, looping, weights, totals.calm, budget, result)
    result.onvolledig = not graph.complete or not totals.complete
    if totals.blown is not None and graph.complete:
        steps = sorted({graph.steps[v] for v in totals.blown}, key=list(scenario.stappen).index)
        result.te_groot = Explosie(steps[0], varying(graph, totals.blown), len(totals.blown))
    else:
        result.te_groot = graph.explosion
    top = totals.values[0] if len(graph) else None
    if top is None or not top.ends:
        return result

    def as_dict(total: int, bits: int) -> dict[str, int]:
        return {c: lanes.unpack(total, i) for c, i in criteria.items() if bits >> i & 1}

    free = as_dict(top.vrij_maxima, top.vrij_bits)
    result.beste_zonder_tijdsdruk = free
    result.beste = as_dict(top.maxima, top.bits) if tijdsdruk else free
    result.slechtste = as_dict(top.minima, top.bits if tijdsdruk else top.vrij_bits)
    if not result.onvolledig:  # half a walk gives no route worth playing
        result.beste_route = _follow(graph, totals, "top_step" if tijdsdruk else "vrij_step", weights)
        result.slechtste_route = _follow(graph, totals, "bottom_step", weights)
    return result


def _criteria(moves: dict[int, Move]) -> dict[str, int]:
    """Every criterion any move scores, numbered: its lane in the packed totals."""
    criteria: dict[str, int] = {}
    for move in moves.values():
        for c in list(punten_of(move.gevolg)) + list(move.tempo):
            criteria.setdefault(c, len(criteria))
    return criteria


def _weights(graph: StateGraph, moves: dict[int, Move], criteria: dict[str, int]) -> tuple[dict[int, Weight], Lanes]:
    """What every move is worth, and lanes wide enough for any path's total (a path takes each edge at most
    once: the number of edges times the most any move gives or takes bounds it)."""
    points: dict[int, dict] = {}
    for m in moves.values():
        if id(m.gevolg) not in points:
            points[id(m.gevolg)] = punten_of(m.gevolg)
    most = max((sum(map(abs, points[id(m.gevolg)].values())) + sum(map(abs, m.tempo.values())) for m in moves.values()),
               default=0)
    lanes = Lanes(len(criteria), sum(map(len, graph.edges)) * most)
    shared: dict[tuple[int, int], Weight] = {}
    weights = {}
    for key, m in moves.items():
        same = (id(m.gevolg), id(m.tempo) if m.tempo else 0)
        found = shared.get(same)
        if found is None:
            found = shared[same] = Weight(points[id(m.gevolg)], kritiek_of(m.gevolg), m.tempo, criteria, lanes)
        weights[key] = found
    return weights, lanes


class _Observer:
    """Facts the kinds' lint needs, gathered while the states are explored: which outcomes ever apply, whether a
    step's work can end, and whether it is done before it starts (every move counts, also one that gets stuck)."""

    def __init__(self, scenario: Scenario, result: Analyse):
        self.scenario, self.result = scenario, result

    def __call__(self, step_id: str, variables: dict, moves: list[Move]) -> None:
        stap = self.scenario.stappen[step_id]
        kind = soort_van(stap)
        if not kind.heeft_werk:
            return
        if kind.al_af(stap, variables):
            self.result.al_klaar.add(step_id)
        for move in moves:
            self.result.acties.add((step_id, move.bron))
            if move.af and getattr(move.gevolg, "naar", None) is None:
                self.result.klaar.add(step_id)


def _reach(scenario: Scenario, graph: StateGraph, result: Analyse) -> None:
    for state, step_id in enumerate(graph.steps):
        result.bereikbaar.add(step_id)
        if graph.ending[state]:
            result.eindes.add(step_id)
        if graph.stuck[state]:
            result.doodlopend.add(step_id)
            if step_id not in result.vast:
                result.vast[step_id] = _read(graph, [step_id], state)


def _without_exit(scenario: Scenario, graph: StateGraph, ends: list[bool], comps: list[list[int]],
                  looping: list[bool], result: Analyse) -> None:
    """States that cannot end, and the loops among them, each named once."""
    order = {sid: i for i, sid in enumerate(scenario.stappen)}
    seen = set()
    for comp, is_loop in zip(reversed(comps), reversed(looping)):  # the start's side first
        if ends[comp[0]] or graph.ending[comp[0]]:
            continue
        result.zonder_uitweg.update(graph.steps[v] for v in comp)
        if not is_loop:
            continue
        steps = tuple(sorted({graph.steps[v] for v in comp}, key=order.__getitem__))
        if steps not in seen:
            seen.add(steps)
            result.lussen.append(Lus(steps, _read(graph, steps, min(comp))))


def _certain_traps(scenario: Scenario, graph: StateGraph, result: Analyse) -> None:
    """When the walk could not finish: the loops no ending can be reached from whatever the variables are, from
    the steps alone (where a loop without a way out makes the variables in it count on for ever, this names the
    real mistake)."""
    steps = list(scenario.stappen)
    number = {sid: i for i, sid in enumerate(steps)}
    targets = [[number[t] for t in graph.targets.get(sid, ()) if t in number] for sid in steps]
    endings = [is_ending(scenario, sid) for sid in steps]
    back: list[list[int]] = [[] for _ in steps]
    for i, ts in enumerate(targets):
        for t in ts:
            back[t].append(i)
    out = [i for i, ending in enumerate(endings) if ending]
    can = set(out)
    for i in out:  # grows while it is read
        for u in back[i]:
            if u not in can:
                can.add(u)
                out.append(u)
    reach = [number[scenario.start]] if scenario.start in number else []
    seen = set(reach)
    for i in reach:
        for t in targets[i]:
            if t not in seen:
                seen.add(t)
                reach.append(t)
    trapped = [i for i in reach if i not in can]
    place = {i: k for k, i in enumerate(trapped)}
    view = _StepLinks([[(place[t], None) for t in targets[i] if t in place and t != i] for i in trapped],
                      [[None] if i in targets[i] else [] for i in trapped])
    _, comps = components(view)
    for comp, is_loop in zip(reversed(comps), reversed(loops(view, comps))):
        found = tuple(sorted((steps[trapped[k]] for k in comp), key=number.__getitem__))
        if is_loop and all(lus.stappen != found for lus in result.lussen):
            result.lussen.append(Lus(found, {}))


@dataclass
class _StepLinks:
    """Where steps lead, without variables: enough to find loops (analysis_paths.Links). A move is None here."""

    edges: list[list[tuple[int, None]]]
    stays: list[list[None]]

    def __len__(self) -> int:
        return len(self.edges)


def _read(graph: StateGraph, steps: Iterable[str], state: int) -> dict:
    """The values in a state of the variables these steps read."""
    names = {n for sid in steps for n in graph.reads.get(sid, ())}
    return {n: v for n, v in graph.variables(state).items() if n in names}


def _gaining_loops(scenario: Scenario, graph: StateGraph, comps: list[list[int]], looping: list[bool],
                   weights: dict[int, Weight], calm: set[int], budget: Budget, result: Analyse) -> None:
    """Loops that gain points for some criterion, however many moves they take. (Where value iteration settled
    a big loop, no round there gains points: it would not have settled.)"""
    for comp, is_loop in zip(comps, looping):
        if not is_loop:
            continue
        for v in comp:  # a move that stays in the same state is a loop of its own
            for move in graph.stays[v]:
                for criterion, p in sorted(weights[id(move)].punten.items()):
                    if p > 0:
                        _farm(scenario, result, ((graph.steps[v], move),), criterion)
        if len(comp) == 1 or comp[0] in calm:
            continue
        inside = set(comp)
        inner = [e for v in comp for e in graph.edges[v] if e[0] in inside]
        criteria = sorted({c for _, move in inner for c, p in weights[id(move)].punten.items() if p > 0})
        for criterion in criteria:
            gain = {id(move): weights[id(move)].punten.get(criterion, 0) for _, move in inner}
            loop = positive_loop(graph, comp, gain, budget)
            if loop is not None:
                _farm(scenario, result, tuple((graph.steps[v], e[1]) for v, e in loop), criterion)


def _farm(scenario: Scenario, result: Analyse, loop: tuple[tuple[str, Move], ...], criterion: str) -> None:
    zetten = tuple((sid, move.label) for sid, move in loop)
    if any(p.zetten == zetten for p in result.puntenlussen):
        return
    sid, first = loop[0]
    pad = ("stappen", sid) + (locate(scenario.stappen[sid], first.gevolg) or ())
    result.puntenlussen.append(Puntenlus(zetten, criterion, pad))
    result.herhaalbaar.update(zetten)


def _follow(graph: StateGraph, totals: Totals, which: str, weights: dict[int, Weight]) -> Optional[Route]:
    """The route the best or worst totals take: inside a walked loop the links its walk kept (the choice there
    depends on the way in), elsewhere the choice `combine` made, asked again."""
    keuzes: list[tuple[str, str]] = []
    punten: dict[str, int] = {}
    kritiek: set[str] = set()
    state, value = 0, totals.values[0]
    seen: set[int] = set()
    while not graph.ending[state]:
        if value is not None and totals.walked(state):
            chosen = getattr(value, which)
        else:
            chosen = totals.choose(state, which, hurry=state in seen)  # back at a state: a round that gains points
        seen.add(state)
        if chosen is None or len(keuzes) > 2 * len(graph):
            return None
        (target, move), child = chosen
        keuzes.append((graph.steps[state], move.label))
        w = weights[id(move)]
        extra = move.tempo if which == "top_step" else {}
        for c, p in list(w.punten.items()) + list(extra.items()):
            punten[c] = punten.get(c, 0) + p
        kritiek |= set(w.kritiek)
        state, value = target, child
    return Route(tuple(keuzes), punten, frozenset(kritiek), graph.steps[state])
