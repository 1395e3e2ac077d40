"""The analysis of a scenario's paths: the same answers as before the rewrite, loops said once, bounded work."""

import hashlib
import inspect
import json
import random
import sys
import zipfile
from collections import deque
from pathlib import Path

import pytest
import yaml

from simulator import content
from simulator.content import ScenarioError
from simulator.content.analysis import analyse
from simulator.content.analysis_states import MAX_STATES, moves
from simulator.content.model import Scenario

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"

HEAD = """\
id: t
titel: "Test"
werkproces: B1-K2-W6
duur_minuten: 5
samenvatting: "Test."
"""


def problems(text: str) -> list:
    """Every problem a teacher sees for this file: the errors, or the warnings of a file that loads."""
    try:
        return list(content.parse(text.encode(), "t.yaml").waarschuwingen)
    except ScenarioError as exc:
        return list(exc.problemen)


def codes(text: str) -> list[str]:
    return sorted(p.code for p in problems(text))


def scenario(text: str) -> Scenario:
    return Scenario.model_validate(yaml.safe_load(text))


def shipped(folder: str = "*") -> list[Scenario]:
    """The shipped scenarios as the game loads them (a scenario that varies per play: its first case)."""
    return [content.load(f).scenario for f in sorted((ROOT / "scenarios").glob(f"{folder}/*.yaml"))]


def as_data(sc: Scenario) -> dict:
    return sc.model_dump(mode="json", by_alias=True, exclude_unset=True)


# -- the same answers as before ---------------------------------------------------------------------------

def encode(a) -> dict:
    """The fields the analysis had before the rewrite, as the snapshot stores them."""
    def route(r):
        return None if r is None else {"keuzes": [list(k) for k in r.keuzes], "punten": dict(sorted(r.punten.items())),
                                       "kritiek": sorted(r.kritiek), "einde": r.einde}
    return {
        "beste": dict(sorted(a.beste.items())), "slechtste": dict(sorted(a.slechtste.items())),
        "bereikbaar": sorted(a.bereikbaar), "doodlopend": sorted(a.doodlopend), "zonder_uitweg": sorted(a.zonder_uitweg),
        "eindes": sorted(a.eindes), "beste_route": route(a.beste_route), "slechtste_route": route(a.slechtste_route),
        "onvolledig": a.onvolledig, "tijdsdruk": a.tijdsdruk, "acties": sorted([list(x) for x in a.acties]),
        "klaar": sorted(a.klaar), "herhaalbaar": sorted([list(x) for x in a.herhaalbaar]), "al_klaar": sorted(a.al_klaar),
    }


def snapshot():
    """(file, Scenario, what the analysis of commit 70a4fde found) for the shipped scenarios as they were when
    the rewrite started, with and without time pressure (tests/data/analyse-snapshot.*)."""
    expected = json.loads((DATA / "analyse-snapshot.json").read_text(encoding="utf-8"))
    with zipfile.ZipFile(DATA / "analyse-snapshot.zip") as z:
        for name, want in expected.items():
            raw = z.read(name)
            assert hashlib.sha256(raw).hexdigest() == want["sha256"], name
            yield name, Scenario.model_validate(yaml.safe_load(raw)), want


KNOWN = {
    ("scenarios/B1-K1-W2/batterij-vervangen-drukdeksel.yaml", variant, field)
    for variant in ("tijdsdruk", "zonder_tijdsdruk") for field in ("slechtste", "slechtste_route")
}
"""Where the new analysis answers differently, on purpose: the old worst route there went round a loop (see the
next test); the totals count paths that visit no state twice."""


def test_the_analysis_gives_the_same_answers_as_before_the_rewrite():
    differences = set()
    count = 0
    for name, sc, want in snapshot():
        for variant, tijdsdruk in (("tijdsdruk", True), ("zonder_tijdsdruk", False)):
            got = encode(analyse(sc, tijdsdruk))
            differences |= {(name, variant, f) for f in want[variant] if got[f] != want[variant][f]}
            count += 1
    assert count == 90
    assert differences == KNOWN


def visits_a_state_twice(sc: Scenario, keuzes) -> bool:
    """Play a route by its labels with every variable kept: does it come back to the same step and variables?"""
    step, variables = sc.start, sc.beginwaarden()
    seen = {(step, repr(sorted(variables.items())))}
    again = False
    for sid, label in keuzes:
        assert sid == step
        move = next(m for m in moves(sc, step, variables) if m.label == label)
        step, variables = move.naar, move.variables
        key = (step, repr(sorted(variables.items())))
        again = again or key in seen
        seen.add(key)
    return again


def test_where_the_answers_differ_the_old_worst_route_went_round_a_loop():
    for name, sc, want in snapshot():
        if name not in {n for n, _, _ in KNOWN}:
            continue
        old = [tuple(k) for k in want["tijdsdruk"]["slechtste_route"]["keuzes"]]
        new = analyse(sc)
        assert visits_a_state_twice(sc, old)
        assert not visits_a_state_twice(sc, new.slechtste_route.keuzes)
        for cid, total in new.slechtste.items():  # fewer rounds of the same loop: never a lower worst total
            assert total >= want["tijdsdruk"]["slechtste"][cid]


def test_one_walk_gives_both_time_pressure_variants():
    for sc in shipped()[:12]:
        assert analyse(sc, True).beste_zonder_tijdsdruk == analyse(sc, False).beste


# -- keeping only what can still matter loses nothing ------------------------------------------------------

def reference(sc: Scenario, limit: int = 4_000):
    """Reachability the slow way: every variable in every state (None when that is more than `limit` states)."""
    start = (sc.start, repr(sorted(sc.beginwaarden().items())))
    queue, seen = deque([(sc.start, sc.beginwaarden())]), {start}
    bereikbaar, doodlopend = set(), set()
    while queue:
        step, variables = queue.popleft()
        bereikbaar.add(step)
        if sc.stappen[step].soort == "einde":
            continue
        found = moves(sc, step, variables)
        if not found:
            doodlopend.add(step)
        for m in found:
            if m.naar is None or m.naar not in sc.stappen:
                doodlopend.add(step)
                continue
            key = (m.naar, repr(sorted(m.variables.items())))
            if key not in seen:
                if len(seen) >= limit:
                    return None
                seen.add(key)
                queue.append((m.naar, m.variables))
    return bereikbaar, doodlopend


def retargeted(data: dict, rng: random.Random) -> dict:
    """A copy of a scenario with one to three `naar:` pointed at another step: loops, skips and dead ends."""
    spots = []
    todo = [data["stappen"]]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "naar" and isinstance(v, str):
                    spots.append(node)
                else:
                    todo.append(v)
        elif isinstance(node, list):
            todo += node
    for _ in range(rng.randint(1, 3)):
        rng.choice(spots)["naar"] = rng.choice(list(data["stappen"]))
    return data


def test_states_keep_every_variable_that_can_still_matter():
    rng = random.Random(12)
    loaded = shipped()
    cases = [as_data(sc) for sc in loaded]
    cases += [retargeted(as_data(rng.choice(loaded)), rng) for _ in range(30)]
    compared = 0
    for data in cases:
        sc = Scenario.model_validate(data)
        want = reference(sc)
        if want is None:
            continue
        got = analyse(sc)
        assert not got.onvolledig
        assert (got.bereikbaar, got.doodlopend) == want, sc.id
        compared += 1
    assert compared >= 50


# -- loops ------------------------------------------------------------------------------------------------

LOOP = HEAD + """\
start: begin
stappen:
  begin:
    tekst: "De klant wacht."
    keuzes:
      - tekst: "Ik kijk even."
        feedback: "Goed."
        naar: kijken
  kijken:
    tekst: "Je kijkt."
    naar: praten
  praten:
    tekst: "Je praat."
    keuzes:
      - tekst: "Nog eens kijken."
        feedback: "Goed."
        naar: kijken
      - tekst: "Opnieuw beginnen."
        feedback: "Goed."
        naar: begin
  einde:
    einde: "Klaar."
"""


def test_a_loop_without_a_way_out_is_one_message_that_names_its_steps():
    found = problems(LOOP)
    errors = [p for p in found if p.ernst == "fout"]
    assert [p.code for p in errors] == ["J403"]
    assert "'begin', 'kijken' en 'praten'" in errors[0].bericht and "lus zonder uitweg" in errors[0].bericht
    assert errors[0].regel == LOOP.splitlines().index("  begin:") + 1
    assert [p.code for p in found if p.ernst != "fout"] == ["J401"]  # the ending nobody reaches; no J405 or J407


RETRY = HEAD + """\
start: vraag
stappen:
  vraag:
    tekst: "De klant vraagt iets wat je niet verstaat."
    keuzes:
      - tekst: "Kunt u dat nog eens zeggen?"
        tel: {pogingen: 1}
        gedrag: {B1-K2-W6.1: -1}
        feedback: "Eerlijk, maar het kost geduld."
        naar:
          - {als: {variabele: pogingen, minstens: 3}, naar: boos}
          - {naar: vraag}
      - tekst: "U bedoelt de sluiting? Die vervang ik voor u."
        gedrag: {B1-K2-W6.1: 2, B1-K2-W6.2: 2, B1-K2-W6.3: 2, B1-K2-W6.4: 2}
        feedback: "Goed: je vat samen wat je hoorde."
        naar: goed
  goed:
    einde: "De klant is geholpen."
  boos:
    einde: "De klant loopt weg."
    afloop: mislukt
"""


def test_a_retry_loop_with_a_counter_is_analysed_correctly():
    assert codes(RETRY) == []
    a = analyse(scenario(RETRY))
    assert a.toestanden == 5  # vraag with 0, 1 and 2 tries, and the two endings
    assert a.beste == {"B1-K2-W6.1": 2, "B1-K2-W6.2": 2, "B1-K2-W6.3": 2, "B1-K2-W6.4": 2}
    assert a.slechtste["B1-K2-W6.1"] == -3
    assert [label for _, label in a.slechtste_route.keuzes] == ["1", "1", "1"] and a.slechtste_route.einde == "boos"


def test_a_counter_keeps_counting_only_while_a_condition_can_tell_the_difference():
    # asked 'minstens 3' only: 3, 4, 5 ... are all alike, so the loop on the third try is a loop, not 20,000 states
    endless = RETRY.replace("          - {als: {variabele: pogingen, minstens: 3}, naar: boos}\n          - {naar: vraag}\n",
                            "          - {naar: vraag}\n").replace(
        "      - tekst: \"U bedoelt", "      - tekst: \"Ik haal er iemand bij.\"\n"
        "        als: {variabele: pogingen, minstens: 3}\n        feedback: \"Goed.\"\n        naar: boos\n"
        "      - tekst: \"U bedoelt")
    assert codes(endless) == []
    a = analyse(scenario(endless))
    assert not a.onvolledig and a.toestanden == 6
    assert a.slechtste["B1-K2-W6.1"] == -3  # the third try again is the same state: a loop, not more points


def chain(length: int) -> str:
    steps = "".join(f"  s{i}:\n    tekst: \"Stap {i}.\"\n    naar: s{i + 1}\n" for i in range(length))
    return HEAD + f"start: s0\nstappen:\n{steps}  s{length}:\n    einde: \"Klaar.\"\n"


def test_a_chain_of_a_thousand_steps_needs_no_recursion():
    sc = scenario(chain(1000))
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 80)  # far less than the steps: any recursion would fail
    try:
        a = analyse(sc)
    finally:
        sys.setrecursionlimit(old)
    assert len(a.bereikbaar) == 1001 and a.eindes == {"s1000"} and len(a.beste_route.keuzes) == 1000


def test_a_long_loop_is_said_once():
    text = chain(1000).replace("naar: s1000\n", "naar: s0\n")
    found = [p for p in problems(text) if p.code == "J403"]
    assert len(found) == 1 and "'s0', 's1', 's2'" in found[0].bericht


def flags(count: int) -> str:
    """`count` yes/no questions, each remembered in its own flag, all read at the end: 2^count combinations."""
    steps = "".join(f"""\
  v{i}:
    tekst: "Vraag {i}."
    keuzes:
      - tekst: "Ja."
        zet: {{f{i}: true}}
        feedback: "Goed."
        naar: v{i + 1}
      - tekst: "Nee."
        zet: {{f{i}: false}}
        feedback: "Goed."
        naar: v{i + 1}
""" for i in range(count))
    routes = "".join(f"      - {{als: {{variabele: f{i}, is: true}}, naar: ja}}\n" for i in range(count))
    return HEAD + f"""\
start: v0
stappen:
{steps}  v{count}:
    tekst: "Afronden."
    naar:
{routes}      - {{naar: nee}}
  ja:
    einde: "Ja."
  nee:
    einde: "Nee."
"""


def test_too_many_combinations_is_one_dutch_error_naming_the_step_and_its_variables():
    text = flags(20)
    found = problems(text)
    errors = [p for p in found if p.ernst == "fout"]
    assert [p.code for p in errors] == ["J407"]
    assert "Stap 'v" in errors[0].bericht and "te veel combinaties van variabelen" in errors[0].bericht
    assert "'f1'" in errors[0].bericht or "'f0'" in errors[0].bericht
    a = analyse(scenario(text))
    assert a.onvolledig and a.toestanden <= MAX_STATES
    assert analyse(scenario(text)).te_groot == a.te_groot  # counted work, not the clock: the same every time


def test_a_scenario_too_big_to_analyse_stops_only_itself(tmp_path):
    (tmp_path / "groot.yaml").write_text(flags(20).replace("id: t", "id: groot"), encoding="utf-8")
    (tmp_path / "klein.yaml").write_text(RETRY.replace("id: t", "id: klein"), encoding="utf-8")
    library = content.load_library([tmp_path])
    assert list(library.scenarios) == ["klein"]
    assert [p.code for p in library.mislukt[str(tmp_path / "groot.yaml")]] == ["J407"]


# -- workbenches ------------------------------------------------------------------------------------------

WERK = """\
id: t
titel: "Test"
werkproces: B1-K1-W2
duur_minuten: 5
samenvatting: "Test."
start: werk
stappen:
  werk:
    tekst: "Vervang de batterij."
    werkbank:
      voorwerp: horloge-drukdeksel
      zones: {kastdeksel: dicht, batterij: oud}
      gereedschap: [kastmes, plastic-pincet, metalen-pincet, kastpers]
    acties:
      - gereedschap: kastmes
        zone: kastdeksel
        als: {variabele: kastdeksel, is: dicht}
        zet: {kastdeksel: open}
        gedrag: {B1-K1-W2.1: 2, B1-K1-W2.2: 2, B1-K1-W2.3: 2, B1-K1-W2.4: 2}
        feedback: "Open."
      - gereedschap: plastic-pincet
        zone: batterij
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: oud}]
        zet: {batterij: nieuw}
        feedback: "Nieuw."
      - gereedschap: metalen-pincet
        zone: batterij
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: oud}]
        zet: {batterij: kortgesloten, kastdeksel: klem}
        gedrag: {B1-K1-W2.2: -2}
        feedback: "Kortsluiting, en het deksel zit klem."
      - gereedschap: kastpers
        zone: kastdeksel
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: nieuw}]
        zet: {kastdeksel: dicht}
        feedback: "Dicht."
    klaar: [{variabele: kastdeksel, is: dicht}, {variabele: batterij, is: nieuw}]
    naar: einde
  einde:
    einde: "Klaar."
"""


def test_a_stuck_workbench_names_the_zone_states():
    [p] = [p for p in problems(WERK) if p.code == "J402"]
    assert p.ernst == "fout"
    assert "In stap 'werk' kan de student niet verder als batterij: kortgesloten en kastdeksel: klem" in p.bericht


ROUND = WERK.replace("""      - gereedschap: kastpers
        zone: kastdeksel
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: nieuw}]
""", """      - gereedschap: plastic-pincet
        zone: batterij
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: nieuw}]
        zet: {batterij: eruit}
        gedrag: {B1-K1-W2.2: 1}
        feedback: "Eruit."
      - gereedschap: metalen-pincet
        zone: batterij
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: eruit}]
        zet: {batterij: oud}
        gedrag: {B1-K1-W2.3: 1}
        feedback: "Terug."
      - gereedschap: kastpers
        zone: kastdeksel
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: nieuw}]
""").replace("""        zet: {batterij: kortgesloten, kastdeksel: klem}
        gedrag: {B1-K1-W2.2: -2}""", """        zet: {batterij: nieuw}
        gedrag: {B1-K1-W2.2: 1}""").replace("""      - gereedschap: plastic-pincet
        zone: batterij
        als: [{variabele: kastdeksel, is: open}, {variabele: batterij, is: oud}]
        zet: {batterij: nieuw}
        feedback: "Nieuw."
""", "")


def test_a_points_loop_over_three_actions_is_found():
    [p] = [p for p in problems(ROUND) if p.code == "J411"]
    assert "'metalen-pincet>batterij', 'plastic-pincet>batterij' en 'metalen-pincet>batterij'" in p.bericht
    assert "B1-K1-W2.2" in p.bericht and "steeds meer punten" in p.bericht


def test_work_that_can_never_end_is_one_message():
    never = WERK.replace("klaar: [{variabele: kastdeksel, is: dicht}, {variabele: batterij, is: nieuw}]",
                         "klaar: {variabele: kastdeksel, is: weg}")
    errors = sorted(p.code for p in problems(never) if p.ernst == "fout")
    assert errors == ["J402", "J409"]  # no J403 besides: the work loops, J409 says why


def toggles(count: int) -> str:
    """A workbench with `count` zones the student may switch on and off again in any order: 2^count states in
    one loop."""
    zones = ", ".join(f"z{i}: uit" for i in range(count))
    actions = "".join(f"""\
      - gereedschap: kastmes
        zone: z{i}
        als: {{variabele: z{i}, is: uit}}
        zet: {{z{i}: aan}}
        gedrag: {{B1-K1-W2.1: 1}}
        feedback: "Aan."
      - gereedschap: kastpers
        zone: z{i}
        als: {{variabele: z{i}, is: aan}}
        zet: {{z{i}: uit}}
        gedrag: {{B1-K1-W2.1: -1}}
        feedback: "Uit."
""" for i in range(count))
    klaar = ", ".join(f"{{variabele: z{i}, is: aan}}" for i in range(count))
    return WERK.split("stappen:")[0] + f"""\
stappen:
  werk:
    tekst: "Zet alles aan."
    werkbank:
      voorwerp: horloge-drukdeksel
      zones: {{{zones}}}
      gereedschap: [kastmes, kastpers]
    acties:
{actions}    klaar: [{klaar}]
    naar: einde
  einde:
    einde: "Klaar."
"""


def test_a_workbench_with_many_zones_to_switch_back_and_forth_is_settled():
    text = toggles(7)  # 128 states in one loop: too many paths to walk one by one
    assert [p for p in problems(text) if p.ernst == "fout" or p.code in ("J407", "J411")] == []
    a = analyse(scenario(text))
    assert not a.onvolledig and a.toestanden == 128
    assert a.beste == {"B1-K1-W2.1": 7} and a.slechtste == {"B1-K1-W2.1": 7}
    assert len(a.beste_route.keuzes) == 7  # never round the loop: switching off and on again gains nothing


def test_settling_a_loop_gives_the_same_best_totals_as_walking_it(monkeypatch):
    from simulator.content import analysis_paths

    workbenches = shipped("B1-K1-W2")
    walked = [analyse(sc) for sc in workbenches]
    monkeypatch.setattr(analysis_paths, "LOOP_WORK", 0)
    for sc, a in zip(workbenches, walked):
        b = analyse(sc)
        assert (b.beste, b.beste_zonder_tijdsdruk, b.beste_route.punten) == (a.beste, a.beste_zonder_tijdsdruk, a.beste_route.punten)


def test_a_counter_that_only_counts_down_stops_too():
    patience = RETRY.replace("tel: {pogingen: 1}", "tel: {geduld: -1}").replace(
        "{als: {variabele: pogingen, minstens: 3}, naar: boos}", "{als: {variabele: geduld, hoogstens: 0}, naar: boos}"
    ).replace("start: vraag", "variabelen: {geduld: 3}\nstart: vraag")
    assert codes(patience) == []
    a = analyse(scenario(patience))
    assert a.toestanden == 5 and a.slechtste["B1-K2-W6.1"] == -3


# -- random scenarios: every route the analysis gives can be played and scores what it says ------------------

def random_scenario(rng: random.Random) -> dict:
    """A small scenario with choices, conditions, counters, flags, loops and a workbench."""
    steps = [f"s{i}" for i in range(rng.randint(2, 8))] + ["w"]
    criteria = ["B1-K2-W6.1", "B1-K2-W6.2", "B1-K2-W6.3"]

    def cond() -> dict:
        op = rng.choice(["is", "niet", "minstens", "hoogstens"])
        return {"variabele": rng.choice("abc"), op: rng.choice([0, 1, 2, True, "x"]) if op in ("is", "niet") else rng.randint(-1, 3)}

    def naar():
        target = rng.choice(steps + ["e0", "e1"])
        return [{"als": cond(), "naar": target}, {"naar": rng.choice(steps + ["e0"])}] if rng.random() < 0.3 else target

    def outcome(extra: dict) -> dict:
        if rng.random() < 0.5:
            extra["gedrag"] = {rng.choice(criteria): rng.randint(-2, 2)}
        if rng.random() < 0.3:  # a counts up, b down (a counter that does both in a loop has no end: J407)
            extra["tel"] = rng.choice([{"a": 1}, {"a": 2}, {"b": -1}])
        if rng.random() < 0.2:
            extra["zet"] = {rng.choice("abc"): rng.choice([0, 1, True, "x"])}
        return extra

    stappen: dict = {s: {"tekst": "t", "keuzes": [outcome({"tekst": "k", "feedback": "f", "naar": naar(), **(
        {"als": cond()} if rng.random() < 0.3 else {})}) for _ in range(rng.randint(1, 3))]} for s in steps[:-1]}
    acties = []
    for _ in range(rng.randint(2, 6)):
        zone = rng.choice(["z1", "z2"])
        actie = {"gereedschap": rng.choice(["kastmes", "kastpers", "loep"]), "zone": zone, "feedback": "f",
                 "zet": {zone: rng.choice(["uit", "aan", "kapot"])}, "als": {"variabele": zone, "is": rng.choice(["uit", "aan"])}}
        acties.append(outcome(actie) if rng.random() < 0.9 else {**actie, "naar": naar()})
    stappen["w"] = {"tekst": "w", "acties": acties, "klaar": {"variabele": "z1", "is": "aan"}, "naar": naar(),
                    "werkbank": {"voorwerp": "horloge-drukdeksel", "zones": {"z1": "uit", "z2": "uit"},
                                 "gereedschap": ["kastmes"], "normtijd": 60, "tempo": {criteria[0]: 1}}}
    stappen["e0"], stappen["e1"] = {"einde": "Goed."}, {"einde": "Slecht."}
    return {"id": "r", "titel": "R", "werkproces": "B1-K2-W6", "duur_minuten": 5, "samenvatting": "R.",
            "variabelen": {"a": 0, "b": 0}, "start": "s0", "stappen": stappen}


def play_route(sc: Scenario, route, with_tempo: bool) -> dict:
    """Play a route's labels with every variable kept; the points it scores (it must end at an ending)."""
    step, variables, total = sc.start, sc.beginwaarden(), {}
    for sid, label in route.keuzes:
        assert sid == step
        move = next(m for m in moves(sc, step, variables) if m.label == label)
        for c, p in list(move.gevolg.gedrag.items()) + (list(move.tempo.items()) if with_tempo else []):
            total[c] = total.get(c, 0) + p
        step, variables = move.naar, move.variables
    assert step == route.einde and sc.stappen[step].soort == "einde"
    return total


def test_every_route_can_be_played_and_scores_what_the_analysis_says():
    rng = random.Random(2026)
    checked = 0
    for _ in range(250):
        sc = Scenario.model_validate(random_scenario(rng))
        for tijdsdruk in (True, False):
            a = analyse(sc, tijdsdruk)
            if a.onvolledig or a.beste_route is None:
                continue
            best, worst = play_route(sc, a.beste_route, tijdsdruk), play_route(sc, a.slechtste_route, False)
            assert {c: p for c, p in best.items() if p} == {c: p for c, p in a.beste_route.punten.items() if p}
            assert all(p <= a.beste.get(c, 0) for c, p in best.items())
            assert all(p >= a.slechtste.get(c, 0) for c, p in worst.items())
            checked += 1
        want = reference(sc, 3000)
        if want is not None and not a.onvolledig:
            assert (a.bereikbaar, a.doodlopend) == want
    assert checked >= 300


def random_points_scenario(rng: random.Random) -> dict:
    """Points counted up and down per criterion along the way, and the ending chosen on thresholds: the shape of
    an evaluation talk (steps lead only forward, so every value can be walked the slow way too)."""
    steps = [f"s{i}" for i in range(rng.randint(3, 9))]

    def cond() -> dict:
        op = rng.choice(["is", "niet", "minstens", "hoogstens"])
        return {"variabele": rng.choice("pq"), op: rng.randint(-3, 4)}

    def choice(i: int) -> dict:
        later = steps[i + 1:] or ["e0"]
        found = {"tekst": "k", "feedback": "f", "gedrag": {"B1-K2-W6.1": rng.randint(-2, 2)},
                 "tel": {rng.choice("pq"): rng.choice([-2, -1, 1, 2])}, "naar": rng.choice(later)}
        if rng.random() < 0.3:
            found["als"] = cond()
        if rng.random() < 0.1:
            found["zet"] = {rng.choice("pq"): rng.randint(-2, 2)}
        if i == len(steps) - 1 or rng.random() < 0.2:
            found["naar"] = [{"als": cond(), "naar": rng.choice(["e0", "e1"])}, {"naar": rng.choice(later + ["e1"])}]
        return found

    stappen: dict = {s: {"tekst": "t", "keuzes": [choice(i) for _ in range(rng.randint(1, 3))]} for i, s in enumerate(steps)}
    stappen["e0"], stappen["e1"] = {"einde": "Goed."}, {"einde": "Matig.", "afloop": "matig"}
    return {"id": "r", "titel": "R", "werkproces": "B1-K2-W6", "duur_minuten": 5, "samenvatting": "R.",
            "variabelen": {"p": 0, "q": 0}, "start": "s0", "stappen": stappen}


def test_counting_only_as_far_as_the_thresholds_ahead_tell_apart_changes_no_answer(monkeypatch):
    # a value past where any condition ahead can tell it from the next is kept as one stand-in; with every value
    # kept (no bands) the walk must find the same steps, ends, totals and loops
    from simulator.content import analysis_states

    rng = random.Random(312)
    fewer = 0
    for _ in range(200):
        sc = Scenario.model_validate(random_points_scenario(rng))
        banded = analyse(sc)
        with monkeypatch.context() as m:
            m.setattr(analysis_states, "_bands", lambda compared, facts, name: {})
            exact = analyse(sc)
        assert not exact.onvolledig
        for field in ("beste", "slechtste", "bereikbaar", "doodlopend", "zonder_uitweg", "eindes", "onvolledig"):
            assert getattr(banded, field) == getattr(exact, field), field
        assert (banded.beste_route is None) == (exact.beste_route is None)
        if banded.beste_route is not None:
            assert banded.beste_route.punten == exact.beste_route.punten
            assert banded.slechtste_route.punten == exact.slechtste_route.punten
        assert banded.toestanden <= exact.toestanden
        fewer += banded.toestanden < exact.toestanden
    assert fewer >= 10  # and it does keep fewer states


def test_a_loop_without_a_way_out_is_named_even_when_its_counters_count_on_for_ever():
    # patience goes up and down in loops nobody leaves: the combinations never end, the loop is the mistake
    text = LOOP.replace('''        naar: kijken
  kijken:''', '''        tel: {geduld: 1}
        naar: kijken
  kijken:''').replace('''      - tekst: "Nog eens kijken."''', '''      - tekst: "Nog eens kijken."
        tel: {geduld: 1}''').replace('''      - tekst: "Opnieuw beginnen."''', '''      - tekst: "Geduld op?"
        als: {variabele: geduld, hoogstens: -5}
        feedback: "Goed."
        naar: kijken
      - tekst: "Opnieuw beginnen."
        tel: {geduld: -2}''')
    assert analyse(scenario(text)).onvolledig
    errors = [p for p in problems(text) if p.ernst == "fout"]
    assert [p.code for p in errors] == ["J403"]
    assert "'begin', 'kijken' en 'praten'" in errors[0].bericht


def test_what_the_analysis_finds_survives_the_content_cache(tmp_path):
    from simulator.content.cache import ContentCache

    geladen = content.parse(ROUND.encode(), "t.yaml")
    assert geladen.analyse.puntenlussen and geladen.analyse.herhaalbaar
    cache = ContentCache(tmp_path / "cache")
    cache.put(geladen)
    again = cache.get(geladen.hash, "t.yaml", geladen.wereld.vingerafdruk)
    assert again is not None and again.analyse == geladen.analyse
