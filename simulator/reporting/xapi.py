"""xAPI statements for an attempt: `answered` per choice, then `completed` and `passed`/`failed`.

Every attempt is one registration (its id). Statement ids are derived from the attempt id, so the
same attempt always gives the same statements: sending them again can never make a duplicate.
The scenario id and content hash travel in the context (the hash as `revision`), the gedrag
evidence of a choice and the rating per criterion as extensions.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Callable, Iterable, Optional

import simulator
from simulator.dossier import load_dossier
from simulator.progress import Attempt, Profile

VERBS = {
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
    "terminated": "http://adlnet.gov/expapi/verbs/terminated",
}
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
WERKPROCES_TYPE = "http://adlnet.gov/expapi/activities/objective"

_NAMESPACE = uuid.UUID("5b0c2f0e-7c1a-4d47-9a4e-6a7d3b1f9e21")  # fixed forever: statement ids depend on it


def statements(attempt: Attempt, actor: dict, base: str) -> list[dict]:
    """All statements for one attempt, in order. `base` is the IRI under which activities are named."""
    base = base.rstrip("/")
    scenario = _scenario_activity(attempt, base)
    context = _context(attempt, base)
    step_context = {**context, "contextActivities": {**context["contextActivities"],
                                                     "parent": [{"objectType": "Activity", "id": scenario["id"]}]}}
    out = []
    when = attempt.begin
    for n, regel in enumerate(attempt.log):
        if regel.seconden:
            when = when + timedelta(seconds=regel.seconden)
        result: dict = {"response": _response(regel)}
        extensions: dict[str, object] = {}
        if regel.punten:
            extensions[f"{base}/extensies/gedrag"] = dict(regel.punten)
        if regel.kritiek:
            extensions[f"{base}/extensies/kritiek"] = list(regel.kritiek)
        if extensions:
            result["extensions"] = extensions
        if regel.seconden:
            result["duration"] = iso_duration(regel.seconden)
        out.append(_statement(attempt, f"answered/{n}", actor, "answered", {
            "objectType": "Activity",
            "id": f"{scenario['id']}/stap/{regel.stap}",
            "definition": {"type": INTERACTION, "name": {"nl": f"{_plain(attempt.titel)}: stap {regel.stap}"}},
        }, result, step_context, min(when, attempt.eind)))
    duration = iso_duration(max(0.0, attempt.duur.total_seconds()))
    score = {"scaled": round(max(0.0, min(1.0, attempt.score)), 4)}
    criteria = {c.id: {"oordeel": c.oordeel, "punten": c.punten, "max": c.max, "kritiek": c.kritiek}
                for c in attempt.criteria}
    summary_ext: dict[str, object] = {f"{base}/extensies/criteria": criteria}
    if attempt.afloop:
        summary_ext[f"{base}/extensies/afloop"] = attempt.afloop
    if attempt.klaar:
        out.append(_statement(attempt, "completed", actor, "completed", scenario,
                              {"completion": True, "duration": duration, "score": score, "extensions": summary_ext},
                              context, attempt.eind))
        verb = "passed" if attempt.geslaagd else "failed"
        out.append(_statement(attempt, verb, actor, verb, scenario,
                              {"success": attempt.geslaagd, "completion": True, "duration": duration, "score": score},
                              context, attempt.eind))
    else:
        out.append(_statement(attempt, "terminated", actor, "terminated", scenario,
                              {"completion": False, "duration": duration, "extensions": summary_ext},
                              context, attempt.eind))
    return out


def actor_for(profile: Profile, homepage: str, pseudonym: Optional[Callable[[str], str]]) -> dict:
    """The student as an xAPI account: a stable pseudonym by default, the profile id and name otherwise."""
    if pseudonym is not None:
        return {"objectType": "Agent", "account": {"homePage": homepage, "name": pseudonym(profile.id)}}
    return {"objectType": "Agent", "name": profile.naam, "account": {"homePage": homepage, "name": profile.id}}


def all_statements(store, homepage: str, pseudonym: Optional[Callable[[str], str]],
                   profiles: Optional[Iterable[Profile]] = None) -> Iterable[dict]:
    """Statements for every attempt of every (given) profile in a Store."""
    for profile in (store.profiles() if profiles is None else profiles):
        actor = actor_for(profile, homepage, pseudonym)
        for attempt in store.attempts(profile.id):
            yield from statements(attempt, actor, homepage + "/xapi")


def statement_id(attempt_id: str, part: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{attempt_id}/{part}"))


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration, as xAPI wants it (hundredths of a second): 'PT1H2M3.5S'."""
    total = round(seconds, 2)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    text = "PT"
    if hours:
        text += f"{int(hours)}H"
    if minutes:
        text += f"{int(minutes)}M"
    secs_text = f"{secs:.2f}".rstrip("0").rstrip(".")
    if secs or text == "PT":
        text += f"{secs_text}S"
    return text


def _statement(attempt: Attempt, part: str, actor: dict, verb: str, obj: dict, result: dict, context: dict,
               when) -> dict:
    return {
        "id": statement_id(attempt.id, part),
        "actor": actor,
        "verb": {"id": VERBS[verb], "display": {"nl": _DISPLAY[verb], "en-US": verb}},
        "object": obj,
        "result": result,
        "context": context,
        "timestamp": when.isoformat(),
        "version": "1.0.3",
    }


_DISPLAY = {"answered": "beantwoordde", "completed": "voltooide", "passed": "slaagde voor",
            "failed": "zakte voor", "terminated": "stopte met"}


def _scenario_activity(attempt: Attempt, base: str) -> dict:
    name = _language_map(attempt.titel) or {"nl": attempt.scenario}
    return {"objectType": "Activity", "id": f"{base}/scenario/{attempt.scenario}",
            "definition": {"type": SIMULATION, "name": name}}


def _context(attempt: Attempt, base: str) -> dict:
    return {
        "registration": str(uuid.UUID(hex=attempt.id)) if _is_hex_uuid(attempt.id) else statement_id(attempt.id, "registratie"),
        "revision": attempt.hash or "onbekend",
        "platform": f"Juwelier-simulator {simulator.__version__}",
        "language": "nl-NL",
        "contextActivities": {
            "grouping": [{"objectType": "Activity", "id": f"{base}/werkproces/{attempt.werkproces or 'onbekend'}",
                          "definition": {"type": WERKPROCES_TYPE, "name": {"nl": _werkproces_naam(attempt.werkproces)}}}],
        },
        "extensions": {
            f"{base}/extensies/scenario": attempt.scenario,
            f"{base}/extensies/inhoud-hash": attempt.hash,
            f"{base}/extensies/modus": attempt.modus,
        },
    }


def _werkproces_naam(code: str) -> str:
    dossier = load_dossier()
    if code and dossier.heeft_werkproces(code):
        return f"{code} {dossier.werkproces(code).titel}"
    return code or "onbekend"


def _response(regel) -> str:
    if regel.waarde is not None:
        return f"{regel.waarde:g}"
    return regel.keuze or "?"


def _language_map(tekst) -> dict:
    if isinstance(tekst, dict):
        return {k: v for k, v in tekst.items() if isinstance(v, str) and v.strip()}
    if isinstance(tekst, str) and tekst.strip():
        return {"nl": tekst}
    return {}


def _plain(tekst) -> str:
    names = _language_map(tekst)
    return names.get("nl") or next(iter(names.values()), "scenario")


def _is_hex_uuid(value: str) -> bool:
    try:
        uuid.UUID(hex=value)
        return True
    except ValueError:
        return False
