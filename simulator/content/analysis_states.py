"""The state graph of a scenario: every (step, variables) state a student can reach, and the moves between them.

Three things keep the graph small without changing any answer:
- a state holds only the variables that can still matter at its step: some step reachable from there reads
  them before a `zet` overwrites them (liveness, as a compiler computes it);
- a number stops counting once no condition ahead can tell it from larger (or smaller) values, given every
  amount `tel` can still add: 'vraag het nog een keer' with `tel:` gives a handful of states, and points
  counted per criterion for the ending only as many as the thresholds at the end still tell apart;
- the moves at a step depend only on the variables its own conditions read (what it counts changes by the same
  amount whatever it was), so they are asked once per combination of those and reused for every state that
  shares it.

The walk is breadth first and bounded by a `Budget` (a work counter, so the result does not depend on the
machine); when the budget runs out the graph is marked incomplete and `explosion` names the step that blew up.
"""

from __future__ import annotations

import math
import time
import typing
from collections import deque
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Callable, NamedTuple, Optional

from pydantic import BaseModel

from simulator.content.model import Route, Scenario, Voorwaarde, alle_volgende
from simulator.content.steps import soort_van, zetten

MAX_STATES = 20_000
"""Beyond this many (step, variables) states the walk stops."""
MAX_WORK = 400_000
"""Work units (a state expanded, a move followed, a path weighed) for the whole analysis of one scenario."""
ASK_WORK = 8
"""Work units for asking a step kind for one move (and preparing it), against 1 for following a prepared move."""
MAX_CPU_SECONDS = 5.0
"""A guard on top of the work counter, for a machine far slower than expected."""


class Move(NamedTuple):
    """One thing a student can do in a state, and where it leads."""

    label: str
    gevolg: object
    """The outcome (a choice, an answer, an action; a narration step for 'verder')."""
    variables: dict
    naar: Optional[str]
    """The next step; None when no route applies."""
    af: bool
    """A workbench's work ends on this move."""
    tempo: dict
    """Points for finishing in time that this move earns (a workbench's `tempo` when its work ends)."""
    bron: int = 0
    """Which outcome of the step this is (its place in the kind's `uitwegen`)."""


def moves(scenario: Scenario, step_id: str, variables: dict) -> list[Move]:
    """What a student can do at a step with these variables: the one place the analysis asks the step kinds."""
    stap = scenario.stappen[step_id]
    kind = soort_van(stap)
    found = []
    for optie, zet in zetten(stap, step_id, variables):
        af = zet.af and zet.volgende != step_id  # a workbench whose way on leads back to itself: the work goes on
        found.append(Move(str(optie.label), optie.gevolg, zet.variabelen, zet.volgende, af,
                          kind.tempo(stap) if af else {}, optie.bron))
    return found


def is_ending(scenario: Scenario, step_id: str) -> bool:
    stap = scenario.stappen[step_id]
    return soort_van(stap).einde(stap)


class Budget:
    """Counts work; `spend` answers False once the scenario has used up its share."""

    def __init__(self, limit: int = MAX_WORK, cpu_seconds: float = MAX_CPU_SECONDS):
        self.limit, self.used = limit, 0
        self._deadline = time.process_time() + cpu_seconds
        self._next_clock = 8192
        self.exhausted = False

    def spend(self, units: int = 1) -> bool:
        self.used += units
        if self.used > self.limit:
            self.exhausted = True
        elif self.used >= self._next_clock:
            self._next_clock = self.used + 8192
            self.exhausted = self.exhausted or time.process_time() > self._deadline
        return not self.exhausted


class _Missing:
    """A variable that has no value (yet)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()
_TRUE, _FALSE = object(), object()
"""Stand-ins for True and False in state keys: True == 1 in Python, but a condition tells them apart."""
_VALUE = {id(_TRUE): True, id(_FALSE): False}


class _Kind(NamedTuple):
    """What the walk over a step needs to know about a model class, found once per class."""

    nested: tuple[str, ...]
    """Fields whose type can hold another model (the rest is text and numbers)."""
    counts: bool
    """It has `tel`."""
    outcome: bool
    """It has `naar`: a way on (a route inside a `naar` list is part of its outcome, not one of its own)."""


_KINDS: dict[type, _Kind] = {}


def _kind(cls: type) -> _Kind:
    found = _KINDS.get(cls)
    if found is None:
        fields = getattr(cls, "model_fields", {})
        found = _KINDS[cls] = _Kind(tuple(name for name, f in fields.items() if _holds_model(f.annotation)),
                                    "tel" in fields,
                                    "naar" in fields and not issubclass(cls, Route))
    return found


def _holds_model(annotation: object) -> bool:
    todo, seen = [annotation], 0
    while todo and seen < 200:
        seen += 1
        item = todo.pop()
        if isinstance(item, type) and issubclass(item, BaseModel):
            return True
        if typing.get_origin(item) is typing.Literal:
            continue
        if isinstance(item, (str, typing.ForwardRef)):
            return True  # not resolved: look inside to be safe
        todo += typing.get_args(item)
    return False


@dataclass
class _StepFacts:
    """How a step uses variables. A step reads variables through conditions (`als`, routes, `klaar`) and counts
    them with `tel`; a kind that reads them in another way must show up here too."""

    reads: set[str] = field(default_factory=set)
    counts: set[str] = field(default_factory=set)
    outcomes: list[tuple[list[str], set[str], dict[str, int]]] = field(default_factory=list)
    """Per outcome: the steps it can lead to, the variables its `zet` overwrites, and what its `tel` counts."""


def _step_facts(step_id: str, stap: object, compared_by_name: dict[str, list[tuple[str, float]]]) -> _StepFacts:
    """How a step uses variables, from every model inside it, whatever the step kind (so a new kind that reads
    variables through conditions and counts them with `tel` needs no change here)."""
    facts = _StepFacts()
    todo: list = [stap]
    while todo:
        m = todo.pop()
        if isinstance(m, (list, tuple)):
            todo += m
            continue
        if isinstance(m, dict):
            todo += m.values()
            continue
        if not isinstance(m, BaseModel):
            continue
        kind = _KINDS.get(type(m)) or _kind(type(m))
        fields = m.__dict__
        todo += [fields[name] for name in kind.nested if fields[name] is not None]
        if isinstance(m, Voorwaarde) and m.variabele:
            _compared(m, facts, compared_by_name)
        counted = fields["tel"] if kind.counts and fields["tel"] else {}
        facts.counts.update(counted)
        if kind.outcome:
            naar = fields["naar"]
            targets = alle_volgende(naar) if naar is not None else [step_id]  # no `naar`: stays (a workbench)
            zet = fields.get("zet")
            facts.outcomes.append((targets, set(zet) if isinstance(zet, dict) else set(), counted))
    return facts


def _compared(c: Voorwaarde, facts: _StepFacts, compared_by_name: dict[str, list[tuple[str, float]]]) -> None:
    name = c.variabele or ""
    facts.reads.add(name)
    compared = compared_by_name.setdefault(name, [])
    for op, value in (("is", c.is_), ("niet", c.niet), ("minstens", c.minstens), ("hoogstens", c.hoogstens)):
        if isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value)):
            compared.append((op, float(value)))


class Band(NamedTuple):
    """Where a number stops mattering at one step: every value at or past `hoog` (`laag`) is alike to every
    condition still ahead, so the state keeps the stand-in instead. inf: no such place."""

    hoog: float
    tot_hoog: bool
    """The value `hoog` itself belongs to the band above."""
    boven: float
    """The stand-in for the band above."""
    laag: float
    tot_laag: bool
    onder: float

    def value(self, value: float) -> float:
        """The value kept: the stand-in of the band it is in, or itself."""
        if value > self.hoog or (self.tot_hoog and value == self.hoog):
            return self.boven
        if value < self.laag or (self.tot_laag and value == self.laag):
            return self.onder
        return value


def _bands(compared: list[tuple[str, float]], facts: dict[str, _StepFacts], name: str) -> dict[str, Band]:
    """Per step, where the value of a compared variable stops mattering.

    Ahead of a step, the variable takes every value v + d, for d a sum of `tel` amounts along a path from it
    (up to a `zet` that overwrites it). When v + d is past the highest number compared for every such d, no
    condition tells v from any larger value: v is in the band above. The sums come from the steps' outcomes,
    whatever their conditions: more paths than can really be taken, so the bands are never too wide."""
    top, bottom = max(value for _, value in compared), min(value for _, value in compared)
    at_least = all(op == "minstens" for op, value in compared if value == top)
    at_most = all(op == "hoogstens" for op, value in compared if value == bottom)
    if any(name in f.counts for f in facts.values()):
        edges = [(sid, t, counted.get(name, 0)) for sid, f in facts.items()
                 for targets, overwritten, counted in f.outcomes if name not in overwritten
                 for t in targets if t in facts]
        least = _sums(facts, edges, 1)
        most = {sid: -value for sid, value in _sums(facts, edges, -1).items()}
    else:  # never counted, only set: every sum ahead is 0
        least = most = dict.fromkeys(facts, 0.0)
    bands = {}
    for sid in facts:
        hoog, laag = top - least[sid], bottom - most[sid]
        bands[sid] = Band(hoog, at_least, _stand_in(hoog, at_least, up=True),
                          laag, at_most, _stand_in(laag, at_most, up=False))
    return bands


def _stand_in(limit: float, inclusive: bool, up: bool) -> float:
    """A whole number in the band past `limit` (at it, when the band includes it): what its values are kept as."""
    if not math.isfinite(limit):
        return limit  # no band
    if up:
        return _whole(math.ceil(limit) if inclusive else math.floor(limit) + 1)
    return _whole(math.floor(limit) if inclusive else math.ceil(limit) - 1)


def _sums(facts: dict[str, _StepFacts], edges: list[tuple[str, str, int]], sign: int) -> dict[str, float]:
    """Per step, the least sum of amounts (sign -1: of the amounts negated) along any path from it, the empty path
    (0) included; -inf where a loop can take off without end (Bellman-Ford, rounds past the number of steps
    only spread that)."""
    least = dict.fromkeys(facts, 0.0)
    for round_ in range(2 * len(facts) + 1):
        changed = False
        for sid, t, amount in edges:
            if least[t] + sign * amount < least[sid]:
                least[sid] = least[t] + sign * amount if round_ < len(facts) else -math.inf
                changed = True
        if not changed:
            break
    return least


def _whole(value: float) -> float:
    return int(value) if float(value).is_integer() else value


@dataclass
class Projection:
    """Which variables make up a state at each step, which ones its moves depend on, and where numbers stop
    mattering."""

    names: dict[str, tuple[str, ...]]
    """Step -> the variables that can still matter there (read there or later, before a `zet` overwrites them)."""
    local: dict[str, tuple[str, ...]]
    """Step -> the variables its own moves depend on: what its conditions read. (What it only counts changes
    by the same amount whatever it was: see `_Step.adds`.)"""
    bands: dict[tuple[str, str], Band] = field(default_factory=dict)
    """(step, variable) -> where its value stops mattering there (for variables a condition compares with a number)."""
    targets: dict[str, set[str]] = field(default_factory=dict)
    """Step -> every step any of its outcomes can lead to, whatever the variables (itself for a workbench)."""

    @classmethod
    def of(cls, scenario: Scenario) -> "Projection":
        compared_by_name: dict[str, list[tuple[str, float]]] = {}
        facts = {sid: _step_facts(sid, stap, compared_by_name) for sid, stap in scenario.stappen.items()}
        live = _live(facts)
        bands = {(sid, name): band for name, compared in compared_by_name.items() if compared
                 for sid, band in _bands(compared, facts, name).items()}
        return cls({sid: tuple(sorted(v)) for sid, v in live.items()},
                   {sid: tuple(sorted(f.reads)) for sid, f in facts.items()}, bands,
                   {sid: {t for targets, _, _ in f.outcomes for t in targets} for sid, f in facts.items()})

    def value(self, step_id: str, name: str, value: object) -> object:
        """The value a state at the step keeps: a number past where it matters becomes its band's stand-in."""
        band = self.bands.get((step_id, name))
        if band is not None and isinstance(value, (int, float)) and type(value) is not bool:
            return band.value(value)
        return value


def key_part(value: object) -> object:
    return value if type(value) is not bool else _TRUE if value else _FALSE


def _live(facts: dict[str, _StepFacts]) -> dict[str, set[str]]:
    """Per step, the variables read at it or later, before a `zet` overwrites them (a fixpoint over a worklist).
    A counted variable is not read by counting: it matters only if it is read later."""
    live = {sid: set(f.reads) for sid, f in facts.items()}
    before: dict[str, set[str]] = {sid: set() for sid in facts}
    for sid, f in facts.items():
        for targets, _, _ in f.outcomes:
            for t in targets:
                if t in before:
                    before[t].add(sid)
    todo = list(facts)
    waiting = set(todo)
    while todo:
        sid = todo.pop()
        waiting.discard(sid)
        new = set(facts[sid].reads)
        for targets, overwritten, _ in facts[sid].outcomes:
            for t in targets:
                if t in live:
                    new |= live[t] - overwritten
        if new != live[sid]:
            live[sid] = new
            for u in before[sid]:
                if u not in waiting:
                    waiting.add(u)
                    todo.append(u)
    return live


Edge = tuple[int, Move]
"""A move from a state: (the state it leads to, the move). Moves are shared by every state that asked the same."""


@dataclass(frozen=True)
class Explosie:
    """Where the state space blew up: the step with the most states and the variables that vary there."""

    stap: str
    variabelen: tuple[str, ...]
    toestanden: int


@dataclass
class StateGraph:
    """States are numbered from 0 (the start); per state its step, its variables and its moves."""

    steps: list[str] = field(default_factory=list)
    keys: list[tuple] = field(default_factory=list)
    """Per state: its step, then the key parts of the variables in `names[step]` (see `variables`)."""
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    edges: list[list[Edge]] = field(default_factory=list)
    """Moves to another state."""
    stays: list[list[Move]] = field(default_factory=list)
    """Moves that lead back to the same state (a tool that changes nothing): never on a route, but a loop."""
    ending: list[bool] = field(default_factory=list)
    stuck: list[bool] = field(default_factory=list)
    """No move open, or a move whose route finds no next step."""
    complete: bool = True
    explosion: Optional[Explosie] = None
    reads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per step: the variables its own conditions read (what decides what a student can do there)."""
    targets: dict[str, set[str]] = field(default_factory=dict)
    """Per step: every step its outcomes can lead to, whatever the variables."""
    moves: list[Move] = field(default_factory=list)
    """Every distinct move asked (states that share what their step reads share their moves)."""

    def __len__(self) -> int:
        return len(self.steps)

    def variables(self, state: int) -> dict:
        """The variables that matter in a state (a variable without a value is left out)."""
        key = self.keys[state]
        return {n: _VALUE.get(id(p), p) for n, p in zip(self.names.get(key[0], ()), key[1:]) if p is not MISSING}


def _changes(before: dict, after: dict) -> dict:
    """The variables a move sets (a value of another type counts: True is not 1 to a condition)."""
    return {k: v for k, v in after.items()
            if k not in before or type(before[k]) is not type(v) or before[k] != v}


Observer = Callable[[str, dict, list[Move]], None]
"""Sees (step, the variables its conditions read, the moves then) once per combination, also moves that find no
next step."""


def explore(scenario: Scenario, budget: Budget, observe: Optional[Observer] = None) -> StateGraph:
    """Every reachable state with its moves, breadth first, within the budget."""
    walk = _Walk(scenario, budget, observe)
    walk.run()
    if not walk.graph.complete:
        walk.graph.explosion = _explosion(walk.graph)
    return walk.graph


class _Step:
    """A move as asked once, ready to apply to any state at its step that shares the variables the step reads.

    The target state's key is picked in one go (`pick`, an itemgetter) from the source state's key followed by
    `consts`: no value, the values the move sets, and the target step. `adds`: (place in the target's key, place
    in the source's, amount, the target's band) for each variable the move only counts (`tel` adds to whatever
    the value was, so that part differs per state), amount None for a number carried on into another band.
    """

    __slots__ = ("move", "target", "consts", "pick", "adds")

    def __init__(self, move: Move, target: Optional[str], consts: tuple, pick: Callable[[tuple], tuple],
                 adds: tuple[tuple[int, int, Optional[int], Optional[Band]], ...]):
        self.move, self.target, self.consts, self.pick, self.adds = move, target, consts, pick, adds


def _picker(indices: list[int]) -> Callable[[tuple], tuple]:
    if len(indices) == 1:
        only = indices[0]
        return lambda ext: (ext[only],)
    return itemgetter(*indices)


class _Walk:
    """The breadth-first walk. A state's key is its step followed by the key parts of its variables, in the order
    of `Projection.names` for the step."""

    def __init__(self, scenario: Scenario, budget: Budget, observe: Optional[Observer]):
        self.scenario, self.budget, self.observe = scenario, budget, observe
        self.projection = Projection.of(scenario)
        self.places = {sid: {n: i for i, n in enumerate(names)} for sid, names in self.projection.names.items()}
        self.endings = {sid for sid in scenario.stappen if is_ending(scenario, sid)}
        self.graph = StateGraph(reads=self.projection.local, names=self.projection.names, targets=self.projection.targets)
        self.keys = self.graph.keys
        self.local = {sid: _picker([1 + self.places[sid][n] for n in names]) if names else None
                      for sid, names in self.projection.local.items()}
        """Per step: picks the key parts of what its conditions read from a state's key."""
        self.index: dict[tuple, int] = {}
        self.asked: dict[object, list[_Step]] = {}
        self.queue: deque[int] = deque()

    def run(self) -> None:
        scenario, graph, projection = self.scenario, self.graph, self.projection
        start = scenario.beginwaarden()
        names = projection.names.get(scenario.start, ())
        values = [projection.value(scenario.start, n, start[n]) if n in start else MISSING for n in names]
        self._add((scenario.start, *[key_part(v) for v in values]))
        # the hot loop: names bound locally, one dictionary look-up per move
        index_get, keys, popleft, asked_get, local = self.index.get, self.keys, self.queue.popleft, self.asked.get, self.local
        ending, stuck, stays, all_edges, spend = graph.ending, graph.stuck, graph.stays, graph.edges, self.budget.spend
        while self.queue:
            state = popleft()
            if ending[state]:
                continue
            key = keys[state]
            pick = local[key[0]]
            asked = (key[0], pick(key)) if pick is not None else key[0]
            found = asked_get(asked)
            if found is None:
                found = self._ask(state, asked)
            if not spend(1 + len(found)):
                graph.complete = False
                return
            if not found:
                stuck[state] = True
            edges = all_edges[state]
            for step in found:
                if step.target is None:
                    stuck[state] = True
                    continue
                full = step.pick(key + step.consts)
                if step.adds:
                    full = self._count(step, key, full)
                target = index_get(full)
                if target is None:
                    target = self._new(full)
                if target == state:
                    stays[state].append(step.move)
                elif target is not None:
                    edges.append((target, step.move))

    def _count(self, step: _Step, key: tuple, full: tuple) -> tuple:
        """What `tel` makes of the values (anything but a number counts from 0), in the target's bands."""
        parts = list(full)
        for i, j, amount, band in step.adds:
            value: Any = key[j] if j >= 0 else MISSING
            if amount is not None:
                value = (value if type(value) in (int, float) else 0) + amount
            if band is not None and type(value) in (int, float):
                value = band.value(value)
            parts[i] = value
        return tuple(parts)

    def _ask(self, state: int, asked: object) -> list[_Step]:
        """The moves at a state's step for the variables its conditions read: asked once per combination."""
        step_id = self.keys[state][0]
        variables = self.graph.variables(state)
        local = {n: variables[n] for n in self.projection.local.get(step_id, ()) if n in variables}
        found = self.asked[asked] = [self._prepare(step_id, m, local) for m in moves(self.scenario, step_id, local)]
        self.budget.spend(ASK_WORK * (1 + len(found)))  # asking the step kind costs far more than following a move
        self.graph.moves += [step.move for step in found]
        if self.observe is not None:
            self.observe(step_id, local, [step.move for step in found])
        return found

    def _prepare(self, step_id: str, move: Move, local: dict) -> _Step:
        if move.naar is None or move.naar not in self.scenario.stappen:
            return _Step(move, None, (), _picker([0]), ())
        source = self.places[step_id]
        target = self.projection.names.get(move.naar, ())
        changes = _changes(local, move.variables)
        counted = getattr(move.gevolg, "tel", None) or {}
        overwritten = getattr(move.gevolg, "zet", None) or {}
        bands = self.projection.bands
        missing = 1 + len(source)  # places in key + consts: the source's key, then no value, then what is set
        consts: list = [MISSING]
        indices: list[int] = []
        adds = []
        for i, n in enumerate(target, start=1):
            if n in counted and n not in overwritten and n not in local:
                adds.append((i, 1 + source[n] if n in source else -1, counted[n], bands.get((move.naar, n))))
                indices.append(missing)
            elif n in changes:
                indices.append(missing + len(consts))
                consts.append(key_part(self.projection.value(move.naar, n, changes[n])))
            elif n in source and bands.get((move.naar, n)) != bands.get((step_id, n)):
                adds.append((i, 1 + source[n], None, bands.get((move.naar, n))))  # carried on, into the target's band
                indices.append(missing)
            else:
                indices.append(1 + source[n] if n in source else missing)
        indices.insert(0, missing + len(consts))
        consts.append(move.naar)
        return _Step(move, move.naar, tuple(consts), _picker(indices), tuple(adds))

    def _new(self, full: tuple) -> Optional[int]:
        if len(self.graph.steps) >= MAX_STATES:
            self.graph.complete = False
            return None
        return self._add(full)

    def _add(self, full: tuple) -> int:
        graph = self.graph
        state = self.index[full] = len(graph.steps)
        self.keys.append(full)
        graph.steps.append(full[0])
        graph.edges.append([])
        graph.stays.append([])
        graph.ending.append(full[0] in self.endings)
        graph.stuck.append(False)
        self.queue.append(state)
        return state


def _explosion(graph: StateGraph) -> Explosie:
    per_step: dict[str, list[int]] = {}
    for state, step_id in enumerate(graph.steps):
        per_step.setdefault(step_id, []).append(state)
    step_id, states = max(per_step.items(), key=lambda kv: len(kv[1]))
    return Explosie(step_id, varying(graph, states), len(states))


def locate(root: object, target: object) -> Optional[tuple]:
    """The path to an object inside a model (field names, list places, dict keys), for a message's line."""
    todo: list[tuple[object, tuple]] = [(root, ())]
    while todo:
        item, path = todo.pop()
        if item is target:
            return path
        if isinstance(item, BaseModel):
            todo += [(v, path + (k,)) for k, v in item.__dict__.items() if isinstance(v, (BaseModel, list, dict))]
        elif isinstance(item, list):
            todo += [(v, path + (i,)) for i, v in enumerate(item)]
        elif isinstance(item, dict):
            todo += [(v, path + (k,)) for k, v in item.items() if isinstance(v, (BaseModel, list, dict))]
    return None


def varying(graph: StateGraph, states: list[int]) -> tuple[str, ...]:
    """The variables that differ between these states, the one with the most values first."""
    values: dict[str, set] = {}
    found = [graph.variables(state) for state in states]
    for variables in found:
        for name, value in variables.items():
            values.setdefault(name, set()).add(repr(value))
    for name in values:
        if any(name not in variables for variables in found):
            values[name].add("MISSING")
    counts = {name: len(v) for name, v in values.items() if len(v) > 1}
    return tuple(sorted(counts, key=lambda name: (-counts[name], name)))
