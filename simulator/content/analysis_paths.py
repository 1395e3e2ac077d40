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

from typing import Optional

from simulator.content.analysis_states import Budget, Edge, StateGraph

SCALE = 1_000_000
"""The best route breaks ties exactly, in integers: points count 10^6, a critical mistake 10^3, a minus point 1."""


def components(graph: StateGraph) -> tuple[list[int], list[list[int]]]:
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


def loops(graph: StateGraph, comps: list[list[int]]) -> list[bool]:
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


class Totals:
    """Best and worst Values for every state, from the endings back to the start."""

    def __init__(self, graph: StateGraph, ends: list[bool], comp_of: list[int], comps: list[list[int]],
                 weights: dict[int, Weight], lanes: Lanes, with_tempo: bool, budget: Budget):
        self.graph, self.ends, self.comp_of = graph, ends, comp_of
        self.weights, self.lanes, self.with_tempo, self.budget = weights, lanes, with_tempo, budget
        self.end = Value(lanes.zero)
        self.end.ends = True
        self.values: list[Optional[Value]] = [None] * len(graph)
        self.complete = True
        self.blown: Optional[list[int]] = None
        """The loop whose paths were too many to walk."""
        entries = self._entries()
        for comp in comps:
            if len(comp) == 1:  # a move that stays in the same state is never on a path without loops
                self._single(comp[0])
                continue
            for v in comp:
                if entries[v] and not self._loop(v):
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

    def choose(self, v: int, which: str) -> Optional[tuple[Edge, Value]]:
        """The option the best ("top_step", "vrij_step") or worst ("bottom_step") route takes at a state outside
        any loop: the same choice `combine` makes."""
        best: Optional[tuple[Edge, Value]] = None
        score = 0
        for e in self.graph.edges[v]:
            child = self.values[e[0]]
            if child is None or not child.ends:
                continue
            w = self.weights[id(e[1])]
            if which == "top_step":
                value = w.tie + w.tempo_top + child.top
            elif which == "vrij_step":
                value = w.tie + (child.vrij_top if self.with_tempo else child.top)
            else:
                value = -(w.bottom + child.bottom)
            if best is None or value > score:
                best, score = (e, child), value
        return best

    def _loop(self, entry: int) -> bool:
        """The Value of a state inside a loop, over every path that visits no state twice. False: budget spent."""
        if not self.ends[entry]:
            return True
        comp = self.comp_of[entry]
        on_path = {entry}
        frames: list[tuple[int, int, list]] = [(entry, 0, [])]
        result: Optional[Value] = None
        while frames:
            v, i, options = frames.pop()
            edges = self.graph.edges[v]
            if i == 0 and not self.budget.spend(1 + len(edges)):
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
