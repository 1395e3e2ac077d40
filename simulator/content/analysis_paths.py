"""Paths through a state graph, without recursion: loops (strongly connected components), which states can
still reach an ending, the best and worst totals, and loops that gain points.

Best and worst totals count paths that visit no state twice (a loop never adds to them). Over the graph of
loops (the condensation) that is plain dynamic programming, from the endings back to the start; only inside
a loop, which in real scenarios is a few workbench states (open the case, close it again), are the paths
walked one by one, with an explicit stack and within the budget.

Totals per criterion travel as one integer with a fixed-width lane per criterion (`Lanes`): adding two
vectors is one addition, and a lane-wise maximum a handful of bit operations, instead of a loop in Python.
"""

from __future__ import annotations

from collections import deque
from typing import Optional, Protocol, Sequence

from simulator.content.analysis_states import Budget, Edge, StateGraph

SCALE = 1_000_000
"""The best route breaks ties exactly, in integers: points count 10^6, a critical mistake 10^3, a minus point 1."""


class Links(Protocol):
    """What finding loops reads of a graph: per node its moves to other nodes, and its moves that stay.
    A StateGraph is one; so is a graph of steps alone (see analysis._certain_traps)."""

    def __len__(self) -> int: ...
    @property
    def edges(self) -> Sequence[Sequence[tuple[int, object]]]: ...
    @property
    def stays(self) -> Sequence[Sequence[object]]: ...


def components(graph: Links) -> tuple[list[int], list[list[int]]]:
    """Tarjan's strongly connected components, iteratively: (component of each state, the components with
    every component after all components it leads to, i.e. endings first)."""
    n = len(graph)
    index, low = [-1] * n, [0] * n
    on_stack = [False] * n
    stack: list[int] = []
    comp_of = [-1] * n
    comps: list[list[int]] = []
    counter = 0
    for root in range(n):
        if index[root] >= 0:
            continue
        work = [(root, 0)]
        while work:
            v, i = work.pop()
            if i == 0:
                index[v] = low[v] = counter
                counter += 1
                stack.append(v)
                on_stack[v] = True
            edges = graph.edges[v]
            while i < len(edges):
                w = edges[i][0]
                if index[w] < 0:
                    break
                if on_stack[w] and index[w] < low[v]:
                    low[v] = index[w]
                i += 1
            if i < len(edges):
                work.append((v, i + 1))
                work.append((edges[i][0], 0))
                continue
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    comp_of[w] = len(comps)
                    comp.append(w)
                    if w == v:
                        break
                comps.append(comp)
            if work:
                parent = work[-1][0]
                if low[v] < low[parent]:
                    low[parent] = low[v]
    return comp_of, comps


def loops(graph: Links, comps: list[list[int]]) -> list[bool]:
    """Per component: whether it is a loop (more than one state, or a move back to the same state)."""
    return [len(c) > 1 or bool(graph.stays[c[0]]) for c in comps]


def can_end(graph: StateGraph) -> list[bool]:
    """Per state: whether some ending can still be reached from it."""
    back: list[list[int]] = [[] for _ in range(len(graph))]
    for v, edges in enumerate(graph.edges):
        for e in edges:
            back[e[0]].append(v)
    found = list(graph.ending)
    todo = [v for v in range(len(graph)) if found[v]]
    while todo:
        for u in back[todo.pop()]:
            if not found[u]:
                found[u] = True
                todo.append(u)
    return found


class Lanes:
    """Vectors of small integers (one per criterion) packed into one int, `width` bits per lane.

    A packed total holds each value plus a bias, so every lane stays positive and below its guard bit; the
    width is chosen from the largest total any path can reach, so no lane ever overflows into the next.
    """

    def __init__(self, size: int, bound: int):
        self.size = size
        self.width = width = max(8, bound.bit_length() + 3)
        self.zero = sum((1 << (width - 2)) << (width * i) for i in range(size))
        """Every lane at 0 (the bias)."""
        self.guard = sum((1 << (width - 1)) << (width * i) for i in range(size))

    def pack(self, values: dict[int, int]) -> int:
        """A change (not biased): lane -> amount; added to a total it moves those lanes."""
        return sum(v << (self.width * i) for i, v in values.items())

    def unpack(self, total: int, lane: int) -> int:
        return ((total >> (self.width * lane)) & ((1 << self.width) - 1)) - (1 << (self.width - 2))

    def high(self, a: int, b: int) -> int:
        """Lane-wise maximum: per lane (a | guard) - b keeps its guard bit exactly where a >= b."""
        ge = ((a | self.guard) - b) & self.guard
        keep = ge - (ge >> (self.width - 1))
        return (a & keep) | (b & ~keep)

    def low(self, a: int, b: int) -> int:
        ge = ((a | self.guard) - b) & self.guard
        keep = ge - (ge >> (self.width - 1))
        return (b & keep) | (a & ~keep)


class Weight:
    """What a move is worth, read once from the model (never in the hot loop)."""

    __slots__ = ("punten", "kritiek", "points", "tempo", "bits", "tempo_bits", "tie", "tempo_top", "bottom", "neutral")

    def __init__(self, punten: dict, kritiek: tuple, tempo: dict, criteria: dict[str, int], lanes: Lanes):
        self.punten, self.kritiek = punten, kritiek
        total = sum(punten.values())
        self.points = lanes.pack(_lanes(punten, criteria))
        self.tempo = lanes.pack(_lanes(tempo, criteria))
        self.bits = _bits(punten, criteria)
        self.tempo_bits = _bits(tempo, criteria)
        self.tie = SCALE * total - 1000 * len(kritiek) - sum(-p for p in punten.values() if p < 0)
        self.tempo_top = SCALE * sum(tempo.values())
        self.bottom = 2 * total - len(kritiek)
        self.neutral = not punten and not kritiek and not tempo
        """Worth nothing at all (reading on): the totals after it are the totals before."""


def _lanes(points: dict, criteria: dict[str, int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for c, p in points.items():
        found[criteria[c]] = found.get(criteria[c], 0) + p
    return found


def _bits(points: dict, criteria: dict[str, int]) -> int:
    bits = 0
    for c in points:
        bits |= 1 << criteria[c]
    return bits


class Value:
    """Best and worst from a state onwards (in the context of the path that led there, inside a loop).

    Totals are packed vectors over the scenario's criteria (`Lanes`): `maxima` count tempo points,
    `vrij_maxima` do not (a session without time pressure); `minima` never do (the slowest student gets
    none). `bits` and `vrij_bits` are the criteria any ending path from here touches (with and without tempo).
    `top`, `vrij_top` and `bottom` rank routes: `top` in units of `SCALE`, `bottom` in half points (a critical
    mistake weighs half a point against the worst route).
    """

    __slots__ = ("ends", "maxima", "vrij_maxima", "minima", "bits", "vrij_bits", "top", "vrij_top", "bottom",
                 "top_step", "vrij_step", "bottom_step")

    def __init__(self, zero: int = 0) -> None:
        self.ends = False
        self.maxima = self.vrij_maxima = self.minima = zero
        self.bits = self.vrij_bits = 0
        self.top = self.vrij_top = self.bottom = 0
        self.top_step: Optional[tuple[Edge, Value]] = None
        self.vrij_step: Optional[tuple[Edge, Value]] = None
        self.bottom_step: Optional[tuple[Edge, Value]] = None


def combine(options: list[tuple[Edge, Value]], weights: dict[int, Weight], lanes: Lanes, with_tempo: bool) -> Value:
    """A state's Value from its options (edge, the Value after it), in the order a student sees them.

    A criterion an option does not touch counts 0 for it. The best route avoids critical mistakes and minus
    points when totals tie (a mistake made good again at a workbench scores the same as no mistake at all);
    the worst prefers critical mistakes. On a tie the first option wins (`Totals.choose` repeats this choice).
    """
    best = Value()
    if not options:
        return best
    best.ends = True
    high, low = lanes.high, lanes.low
    first = True
    for edge, child in options:
        w = weights[id(edge[1])]
        vmin = w.points + child.minima
        top = w.tie + w.tempo_top + child.top
        bottom = w.bottom + child.bottom
        vmax = w.points + w.tempo + child.maxima
        if first:
            first = False
            best.maxima, best.minima, best.bits = vmax, vmin, w.bits | w.tempo_bits | child.bits
            best.top, best.bottom = top, bottom
            best.top_step = best.bottom_step = (edge, child)
            if with_tempo:
                best.vrij_maxima, best.vrij_bits = w.points + child.vrij_maxima, w.bits | child.vrij_bits
                best.vrij_top, best.vrij_step = w.tie + child.vrij_top, (edge, child)
            continue
        if vmax != best.maxima:
            best.maxima = high(best.maxima, vmax)
        if vmin != best.minima:
            best.minima = low(best.minima, vmin)
        best.bits |= w.bits | w.tempo_bits | child.bits
        if top > best.top:
            best.top, best.top_step = top, (edge, child)
        if bottom < best.bottom:
            best.bottom, best.bottom_step = bottom, (edge, child)
        if with_tempo:
            vrij = w.points + child.vrij_maxima
            if vrij != best.vrij_maxima:
                best.vrij_maxima = high(best.vrij_maxima, vrij)
            best.vrij_bits |= w.bits | child.vrij_bits
            vrij_top = w.tie + child.vrij_top
            if vrij_top > best.vrij_top:
                best.vrij_top, best.vrij_step = vrij_top, (edge, child)
    if not with_tempo:
        best.vrij_maxima, best.vrij_bits, best.vrij_top, best.vrij_step = best.maxima, best.bits, best.top, best.top_step
    return best


LOOP_WORK = 20_000
"""Work for walking every path through one loop; a bigger loop is settled by value iteration (`Totals._settle`)."""


SETTLE_ROUNDS = 24
"""Sweeps of value iteration over a settled loop at most. A sweep inwards from the ways out settles every route
that goes round no more than once; a loop where every round gains points (J411) would go on for ever."""


class Totals:
    """Best and worst Values for every state, from the endings back to the start.

    A loop (a strongly connected component) is walked path by path, so the totals are exact for paths that visit
    no state twice, when that takes at most `LOOP_WORK`: in real scenarios a loop is a few workbench states. A
    bigger loop (a workbench with many zones a student may open and close again) is settled by value iteration
    over walks instead: the same totals as long as no round of the loop gains points (J411 reports such rounds).
    """

    def __init__(self, graph: StateGraph, ends: list[bool], comp_of: list[int], comps: list[list[int]],
                 weights: dict[int, Weight], lanes: Lanes, with_tempo: bool, budget: Budget):
        self.graph, self.ends, self.comp_of = graph, ends, comp_of
        self.weights, self.lanes, self.with_tempo, self.budget = weights, lanes, with_tempo, budget
        self.end = Value(lanes.zero)
        self.end.ends = True
        self.values: list[Optional[Value]] = [None] * len(graph)
        self.steps: dict[int, tuple[int, int, int]] = {}
        """For states in a settled loop: the moves the best, the best-without-tempo and the worst route take
        until an ending (a route prefers the shortest of equal ones, so it never goes round)."""
        self.in_walked: set[int] = set()
        self.distance: dict[int, int] = {}
        """For states in a settled loop: the fewest moves to leave it."""
        self.calm: set[int] = set()
        """States of settled loops whose best side stopped changing: no round there gains points."""
        self.complete = True
        self.blown: Optional[list[int]] = None
        """The loop that could not be settled within the budget."""
        entries = self._entries()
        for comp in comps:
            if len(comp) == 1:  # a move that stays in the same state is never on a path without loops
                self._single(comp[0])
                continue
            if self._walk(comp, entries):
                self.in_walked.update(comp)
            elif not self._settle(comp):
                self.complete, self.blown = False, comp
                return

    def _entries(self) -> list[bool]:
        """States where a path enters a loop: the start, or a state with a move from outside its loop."""
        entry = [False] * len(self.graph)
        entry[0] = True
        comp_of = self.comp_of
        for v, edges in enumerate(self.graph.edges):
            for e in edges:
                if comp_of[e[0]] != comp_of[v]:
                    entry[e[0]] = True
        return entry

    def _single(self, v: int) -> None:
        if self.graph.ending[v]:
            self.values[v] = self.end
            return
        if not self.ends[v]:
            return
        values = self.values
        options = [(e, child) for e in self.graph.edges[v] if (child := values[e[0]]) is not None and child.ends]
        if len(options) == 1 and self.weights[id(options[0][0][1])].neutral:
            self.values[v] = options[0][1]  # reading on: the same totals (a route asks `choose` for the step)
            return
        self.values[v] = combine(options, self.weights, self.lanes, self.with_tempo)

    def walked(self, v: int) -> bool:
        """Whether the state lies in a loop whose paths were walked one by one: its Values keep their links,
        because the choice there depends on the way in."""
        return v in self.in_walked

    def choose(self, v: int, which: str, hurry: bool = False) -> Optional[tuple[Edge, Value]]:
        """The option the best ("top_step", "vrij_step") or worst ("bottom_step") route takes at a state outside
        a walked loop: the same choice `combine` makes, and in a settled loop the shortest of equal ones.
        `hurry`: only the shortest way out (for a route that came back to a state of a loop that gains points)."""
        best: Optional[tuple[Edge, Value]] = None
        score: tuple[int, int] = (0, 0)
        index = ("top_step", "vrij_step", "bottom_step").index(which)
        for e in self.graph.edges[v]:
            child = self.values[e[0]]
            if child is None or not child.ends:
                continue
            if hurry:
                key = (0, -self.distance.get(e[0], 0))
            else:
                key = (self._score(e, child, which), -self.steps[e[0]][index] if e[0] in self.steps else 0)
            if best is None or key > score:
                best, score = (e, child), key
        return best

    def _walk(self, comp: list[int], entries: list[bool]) -> bool:
        """Walk every path through a loop from each state where one enters it. False: more than `LOOP_WORK`."""
        work = [0]
        return all(self._loop(v, work) for v in comp if entries[v])

    def _loop(self, entry: int, work: list[int]) -> bool:
        """The Value of a state inside a loop, over every path that visits no state twice."""
        if not self.ends[entry]:
            return True
        comp = self.comp_of[entry]
        on_path = {entry}
        frames: list[tuple[int, int, list]] = [(entry, 0, [])]
        result: Optional[Value] = None
        while frames:
            v, i, options = frames.pop()
            edges = self.graph.edges[v]
            if i == 0:
                work[0] += 1 + len(edges)
                if work[0] > LOOP_WORK or not self.budget.spend(1 + len(edges)):
                    return False
            descend = None
            while i < len(edges):
                e = edges[i]
                i += 1
                t = e[0]
                if self.comp_of[t] != comp:
                    child = self.values[t]
                    if child is not None and child.ends:
                        options.append((e, child))
                elif t not in on_path and self.ends[t]:
                    descend = e
                    break
            if descend is not None:
                frames.append((v, i, options))
                frames.append((descend[0], 0, []))
                on_path.add(descend[0])
                continue
            value = combine(options, self.weights, self.lanes, self.with_tempo)
            on_path.discard(v)
            if frames:
                parent, j, parent_options = frames[-1]
                if value.ends:
                    parent_options.append((self.graph.edges[parent][j - 1], value))
            else:
                result = value
        self.values[entry] = result
        return True

    def _settle(self, comp: list[int]) -> bool:
        """Values for a big loop by value iteration over walks: sweeps from the ways out inwards, until the best
        side no longer changes (a round that keeps gaining points stops after `SETTLE_ROUNDS` sweeps; the worst
        side, where a round may keep losing points, is what the last sweep gives). False: the budget ran out."""
        inside = set(comp)
        order = self._inwards(comp, inside)
        for v in comp:
            self.values[v] = None
        edges, values = self.graph.edges, self.values
        for _ in range(SETTLE_ROUNDS):
            changed = False
            for v in order:
                if not self.budget.spend(1 + len(edges[v])):
                    return False
                options = [(e, child) for e in edges[v] if (child := values[e[0]]) is not None and child.ends]
                value = combine(options, self.weights, self.lanes, self.with_tempo)
                old = values[v]
                changed = changed or old is None or not _same_best(old, value)
                values[v] = value
            if not changed:
                self.calm.update(comp)
                break
        self._count_steps(comp, inside)
        return True

    def _inwards(self, comp: list[int], inside: set[int]) -> list[int]:
        """The states of a loop, nearest the way out first (breadth first, backwards from the moves that leave)."""
        before: dict[int, list[int]] = {v: [] for v in comp}
        order = []
        for v in comp:
            leaves = False
            for e in self.graph.edges[v]:
                if e[0] in inside:
                    before[e[0]].append(v)
                else:
                    leaves = True
            if leaves:
                order.append(v)
        seen = set(order)
        for v in order:
            self.distance[v] = 1
        for v in order:  # grows while it is read: a breadth-first walk
            for u in before[v]:
                if u not in seen:
                    seen.add(u)
                    self.distance[u] = self.distance[v] + 1
                    order.append(u)
        return order + [v for v in comp if v not in seen]

    def _count_steps(self, comp: list[int], inside: set[int]) -> None:
        """Per state and route, how many moves it takes until it leaves the loop along the options that score best
        there (backwards, breadth first): a route then takes the shortest of equal options and never goes round."""
        far = len(self.graph) + 1
        steps = {v: [far, far, far] for v in comp}
        for index, which in enumerate(("top_step", "vrij_step", "bottom_step")):
            best: dict[int, list[int]] = {v: [] for v in comp}
            todo: deque[int] = deque()
            for v in comp:
                for t in self._best_targets(v, which):
                    if t in inside:
                        best[t].append(v)
                    elif steps[v][index] == far:
                        steps[v][index] = 1
                        todo.append(v)
            while todo:
                t = todo.popleft()
                for v in best[t]:
                    if steps[v][index] == far:
                        steps[v][index] = steps[t][index] + 1
                        todo.append(v)
        for v in comp:
            self.steps[v] = (steps[v][0], steps[v][1], steps[v][2])

    def _best_targets(self, v: int, which: str) -> list[int]:
        """Where the options that score best at a state lead (several when they tie)."""
        found: list[int] = []
        score = 0
        for e in self.graph.edges[v]:
            child = self.values[e[0]]
            if child is None or not child.ends:
                continue
            value = self._score(e, child, which)
            if not found or value > score:
                found, score = [e[0]], value
            elif value == score:
                found.append(e[0])
        return found

    def _score(self, e: Edge, child: Value, which: str) -> int:
        w = self.weights[id(e[1])]
        if which == "top_step":
            return w.tie + w.tempo_top + child.top
        if which == "vrij_step":
            return w.tie + (child.vrij_top if self.with_tempo else child.top)
        return -(w.bottom + child.bottom)


def _same_best(a: Value, b: Value) -> bool:
    """Whether the best side of two Values is the same (what the ratings and the best route depend on)."""
    return (a.ends, a.maxima, a.vrij_maxima, a.bits, a.vrij_bits, a.top, a.vrij_top) == \
        (b.ends, b.maxima, b.vrij_maxima, b.bits, b.vrij_bits, b.top, b.vrij_top)


def positive_loop(graph: StateGraph, comp: list[int], gain: dict[int, int], budget: Budget) -> Optional[list[tuple[int, Edge]]]:
    """A loop inside this component whose moves gain points in total (Bellman-Ford), as (state, move) in order.
    `gain`: the points each move (by id) gives for the criterion in question."""
    inside = set(comp)
    best = {v: 0 for v in comp}
    came: dict[int, tuple[int, Edge]] = {}
    changed = None
    inner = [(v, e) for v in comp for e in graph.edges[v] if e[0] in inside]
    for _ in range(len(comp)):
        changed = None
        if not budget.spend(len(inner)):
            return None
        for v, e in inner:
            t = e[0]
            total = best[v] + gain.get(id(e[1]), 0)
            if total > best[t]:
                best[t], came[t] = total, (v, e)
                changed = t
        if changed is None:
            return None
    if changed is None:
        return None
    v = changed
    for _ in range(len(comp)):
        if v not in came:
            return None
        v = came[v][0]
    start = v
    loop: list[tuple[int, Edge]] = []
    while v in came and len(loop) <= len(comp):
        u, e = came[v]
        loop.append((u, e))
        v = u
        if v == start:
            break
    else:
        return None
    loop.reverse()
    first = min(range(len(loop)), key=lambda i: loop[i][0])  # begin where a student first gets (breadth first)
    return loop[first:] + loop[:first]
