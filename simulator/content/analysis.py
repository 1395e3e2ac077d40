"""Walk every path through a scenario: reachability, dead ends, loops, best and worst totals.

The walk is over states (step, variables), because conditions on variables decide which choices
are open. First every reachable state is found (breadth first), which gives reachability and the
states from which no ending can be reached; then a depth-first search with a memo per state
(dynamic programming over the graph) finds the best and worst totals over paths without loops.
A library of a thousand scenarios is analysed in well under a second each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from simulator.content.model import Einde, Scenario, WerkbankStap, als_holds
from simulator.content.rules import kritiek_of, options, punten_of, step_apply

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
    tijdsdruk: bool = True
    """Whether the totals include the workbenches' tempo points (a session without time pressure has none)."""
    acties: set[tuple[str, int]] = field(default_factory=set)
    """Workbench actions (step id, index in `acties`) that apply in some reachable state."""
    klaar: set[str] = field(default_factory=set)
    """Workbench steps whose `klaar` holds in some reachable state."""
    herhaalbaar: set[tuple[str, str]] = field(default_factory=set)
    """Workbench moves (step id, label) that close a loop which gains points: a student could repeat them."""
    al_klaar: set[str] = field(default_factory=set)
    """Workbench steps entered in some state where `klaar` already holds (any first action ends the work)."""


MAX_VISITS = 400_000
"""Beyond this many steps of the best/worst walk the analysis stops and says so (see `_Walk`)."""


@dataclass(frozen=True)
class _Edge:
    label: str
    gevolg: object
    target: tuple
    tempo: dict
    """Tempo points for finishing a workbench on this move (counted at best, not at worst)."""


@dataclass
class _Node:
    step: str
    variables: dict
    end: bool = False
    werkbank: bool = False
    edges: list = field(default_factory=list)


@dataclass
class _Best:
    maxima: dict
    minima: dict
    top: float
    top_step: Optional[tuple]
    """(edge, the child's _Best) on the best route from here."""
    bottom: float
    bottom_step: Optional[tuple]
    ends: bool


def _key(step: str, variables: dict) -> tuple:
    return step, tuple(sorted((k, repr(v)) for k, v in variables.items()))


def analyse(scenario: Scenario, tijdsdruk: bool = True) -> Analyse:
    """Walk the scenario. With `tijdsdruk`, finishing a workbench counts its tempo points at best
    (within the norm time) for the best totals and at worst (far too slow: none) for the worst."""
    result = Analyse(tijdsdruk=tijdsdruk)
    start = _key(scenario.start, scenario.beginwaarden())
    nodes = _explore(scenario, result, start, tijdsdruk)
    ending = _can_end(nodes)
    for k, node in nodes.items():
        if not node.end and k not in ending:
            result.zonder_uitweg.add(node.step)
    walk = _Walk(nodes, ending, result)
    top = walk.visit(start, 0, {})
    result.beste = {c: int(v) for c, v in top.maxima.items()}
    result.slechtste = {c: int(v) for c, v in top.minima.items()}
    if top.ends:
        result.beste_route = _follow(top, "top_step", nodes[start].step)
        result.slechtste_route = _follow(top, "bottom_step", nodes[start].step)
    return result


def _explore(scenario: Scenario, result: Analyse, start: tuple, tijdsdruk: bool) -> dict:
    """Every reachable state with its moves (breadth first, at most MAX_STATES states)."""
    nodes: dict = {start: _Node(scenario.start, scenario.beginwaarden())}
    queue = [start]
    while queue:
        k = queue.pop()
        node = nodes[k]
        result.bereikbaar.add(node.step)
        stap = scenario.stappen[node.step]
        if isinstance(stap, Einde):
            node.end = True
            result.eindes.add(node.step)
            continue
        node.werkbank = isinstance(stap, WerkbankStap)
        if node.werkbank and als_holds(stap.klaar, node.variables):
            result.al_klaar.add(node.step)
        opts = options(stap, node.variables)
        if not opts:
            result.doodlopend.add(node.step)
        for label, gevolg in opts:
            if node.werkbank:
                result.acties.add((node.step, next(i for i, a in enumerate(stap.acties) if a is gevolg)))
            new_vars, nxt, af = step_apply(stap, node.step, gevolg, node.variables)
            if af and nxt == node.step:
                af = False  # a workbench whose way on leads back to itself: the work goes on
            if node.werkbank and af and gevolg.naar is None:
                result.klaar.add(node.step)
            if nxt is None or nxt not in scenario.stappen:
                result.doodlopend.add(node.step)
                continue
            target = _key(nxt, new_vars)
            if target not in nodes:
                if len(nodes) >= MAX_STATES:
                    result.onvolledig = True
                    continue
                nodes[target] = _Node(nxt, new_vars)
                queue.append(target)
            tempo = dict(stap.werkbank.tempo) if node.werkbank and af and tijdsdruk else {}
            node.edges.append(_Edge(label, gevolg, target, tempo))
    return nodes


def _can_end(nodes: dict) -> set:
    """The states from which some ending can be reached."""
    back: dict = {}
    for k, node in nodes.items():
        for e in node.edges:
            back.setdefault(e.target, []).append(k)
    found = {k for k, n in nodes.items() if n.end}
    queue = list(found)
    while queue:
        for k in back.get(queue.pop(), ()):
            if k not in found:
                found.add(k)
                queue.append(k)
    return found


class _Walk:
    """Best and worst totals over the paths that visit no state twice (a loop never counts).

    A depth-first walk with a memo per state. A state whose value depends on the path that led to it
    (its moves loop back to a state further up that path) is not memoised but walked again in each
    context, so the totals stay exact; such loops are small in practice (a workbench action undone).
    """

    def __init__(self, nodes: dict, ending: set, result: Analyse):
        self.nodes, self.ending, self.result = nodes, ending, result
        self.memo: dict = {}
        self.on_stack: dict = {}
        """State key -> (depth on the current path, points gathered on the way there)."""
        self.visits = 0

    def visit(self, k: tuple, depth: int, gathered: dict) -> _Best:
        return self._visit(k, depth, gathered)[0]

    def _visit(self, k: tuple, depth: int, gathered: dict) -> tuple[_Best, float]:
        if k in self.memo:
            return self.memo[k], float("inf")
        node = self.nodes[k]
        if node.end:
            self.memo[k] = _Best({}, {}, 0, None, 0, None, True)
            return self.memo[k], float("inf")
        self.visits += 1
        best = _Best({}, {}, float("-inf"), None, float("inf"), None, False)
        if self.visits > MAX_VISITS:
            self.result.onvolledig = True
            return best, float("-inf")
        self.on_stack[k] = (depth, gathered)
        low = float("inf")
        per_option = []
        for e in node.edges:
            punten = punten_of(e.gevolg)
            if e.target in self.on_stack:
                # a loop back: never better than going on, so it does not count for the totals;
                # but a loop at a workbench that gains points lets a student farm them
                there, before = self.on_stack[e.target]
                low = min(low, there)
                if node.werkbank and any(gathered.get(c, 0) + p - before.get(c, 0) > 0 for c, p in punten.items()):
                    self.result.herhaalbaar.add((node.step, e.label))
                continue
            if e.target not in self.ending:
                continue
            after = {c: gathered.get(c, 0) + punten.get(c, 0) for c in set(gathered) | set(punten)}
            child, child_low = self._visit(e.target, depth + 1, after)
            low = min(low, child_low)
            if not child.ends:
                continue
            tempo = e.tempo
            criteria = set(child.maxima) | set(punten) | set(tempo)
            per_option.append((
                {c: punten.get(c, 0) + tempo.get(c, 0) + child.maxima.get(c, 0) for c in criteria},
                {c: punten.get(c, 0) + child.minima.get(c, 0) for c in criteria},
            ))
            total = sum(punten.values())
            # the best route avoids critical mistakes and minus points when totals tie (a mistake made
            # good again at a workbench scores the same as no mistake at all)
            top = (total + sum(tempo.values()) + child.top
                   - 1e-3 * len(kritiek_of(e.gevolg)) - 1e-6 * sum(-p for p in punten.values() if p < 0))
            if top > best.top:
                best.top, best.top_step = top, (e, child)
            # the worst route prefers critical mistakes when totals tie
            bottom = total + child.bottom - 0.5 * len(kritiek_of(e.gevolg))
            if bottom < best.bottom:
                best.bottom, best.bottom_step = bottom, (e, child)
        if per_option:
            best.ends = True
            criteria = set().union(*(vmax for vmax, _ in per_option))
            # an option that does not touch a criterion counts as 0 for it
            best.maxima = {c: max(vmax.get(c, 0) for vmax, _ in per_option) for c in criteria}
            best.minima = {c: min(vmin.get(c, 0) for _, vmin in per_option) for c in criteria}
        del self.on_stack[k]
        if low >= depth:
            self.memo[k] = best
        return best, low


def _follow(best: _Best, which: str, step_id: str) -> Route:
    keuzes, punten, kritiek = [], {}, set()
    while True:
        chosen = getattr(best, which)
        if chosen is None:
            return Route(tuple(keuzes), punten, frozenset(kritiek), step_id)
        edge, child = chosen
        keuzes.append((step_id, edge.label))
        extra = edge.tempo if which == "top_step" else {}
        for c, p in list(punten_of(edge.gevolg).items()) + list(extra.items()):
            punten[c] = punten.get(c, 0) + p
        kritiek |= set(kritiek_of(edge.gevolg))
        step_id, best = edge.target[0], child
