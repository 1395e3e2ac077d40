"""What each kind of save file must look like once parsed: anything else is damage, never a crash later on.

A save file is written by this program, but it lies in a folder every student can write, and disks, USB sticks
and half-finished copies damage files. So every kind is checked here, right after parsing, for the types and
sizes its readers rely on; a file that fails is treated like one that does not parse (set aside, backup used).
Attempts are checked per attempt (sound_attempt), so one bad row of a pack costs that row only.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Optional

from simulator.progress.models import MODI, OORDELEN, Attempt

NAME_MAX = 200
"""A profile name is at most 40 characters when typed; 200 leaves room for old or edited files."""
TEXT_MAX = 2_000
"""Any other plain text field of a small save file (a class, a PIN hash, a URL, a path)."""
KEYS_MAX = 200
"""Entries of a settings object; the game has eight."""


def problem(soort: str, data: dict) -> Optional[str]:
    """Why `data` (a parsed, migrated save file of kind `soort`) cannot be used, or None when it can."""
    check = _CHECKS.get(soort)
    return None if check is None else check(data)


def _text(value: Any, limit: int = TEXT_MAX, optional: bool = True) -> bool:
    if value is None:
        return optional
    return isinstance(value, str) and len(value) <= limit


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _texts(value: Any, limit: int = TEXT_MAX) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and len(v) <= limit for v in value)


def _fields(data: dict, **rules: Callable[[Any], bool]) -> Optional[str]:
    for name, ok in rules.items():
        if not ok(data.get(name)):
            return f"het veld {name!r} heeft de verkeerde vorm"
    return None


def _profiel(data: dict) -> Optional[str]:
    return _fields(data, naam=lambda v: _text(v, NAME_MAX, optional=False) and bool(v.strip()), klas=_text,
                   pin_hash=_text, aangemaakt=lambda v: _text(v, 64))


def _instellingen(data: dict) -> Optional[str]:
    values = data.get("waarden", {})
    if not isinstance(values, dict) or len(values) > KEYS_MAX:
        return "de instellingen zijn geen lijst van namen en waarden"
    for key, value in values.items():
        if not (isinstance(key, str) and (value is None or isinstance(value, bool) or _number(value)
                                          or _text(value, TEXT_MAX))):
            return f"de instelling {key!r} heeft de verkeerde vorm"
    return None


def _autosave(data: dict) -> Optional[str]:
    return _fields(data, scenario=lambda v: _text(v, optional=False), hash=_text, modus=lambda v: v is None or v in MODI,
                   begin=lambda v: _text(v, 64), state=lambda v: isinstance(v, dict))


def _poging(data: dict) -> Optional[str]:
    # The full check needs the Attempt itself: attempt_files builds it and calls sound_attempt.
    return _fields(data, id=lambda v: _text(v, 200, optional=False), log=lambda v: v is None or isinstance(v, list))


def _pak(data: dict) -> Optional[str]:
    return _fields(data, velden=lambda v: v is None or _texts(v, 64), pogingen=lambda v: isinstance(v, list))


def _logboek(data: dict) -> Optional[str]:
    logs = data.get("logs")
    if not (isinstance(logs, dict) and all(isinstance(v, list) for v in logs.values())):
        return "de keuzes staan er niet in als lijsten"
    return None


def _lrs(data: dict) -> Optional[str]:
    return _fields(data, endpoint=_text, gebruiker=_text, wachtwoord=_text, homepage=_text,
                   pseudoniem=lambda v: v is None or isinstance(v, bool),
                   timeout=lambda v: v is None or (_number(v) and 0 < v <= 600))


def _privacy(data: dict) -> Optional[str]:
    key = data.get("sleutel")
    if key is None:
        return None
    if not (isinstance(key, str) and len(key) == 64 and all(c in "0123456789abcdef" for c in key)):
        return "de sleutel is geen sleutel"
    return None


_CHECKS: dict[str, Callable[[dict], Optional[str]]] = {
    "profiel": _profiel,
    "instellingen": _instellingen,
    "autosave": _autosave,
    "poging": _poging,
    "pak": _pak,
    "logboek": _logboek,
    "docent": lambda d: _fields(d, pin_hash=_text),
    "lrs": _lrs,
    "privacy": _privacy,
    "verzonden": lambda d: _fields(d, pogingen=lambda v: v is None or _texts(v, 200)),
    "scenariomappen": lambda d: _fields(d, mappen=lambda v: v is None or _texts(v)),
    "melding": lambda d: _fields(d, tekst=lambda v: _text(v, optional=False), profiel=lambda v: _text(v, 200),
                                 naam=lambda v: _text(v, NAME_MAX), tijd=lambda v: _text(v, 64)),
}


def sound_attempt(a: Attempt) -> bool:
    """Every field of an attempt has the type its readers (mastery, CSV, xAPI, the game) rely on."""
    try:
        return (_is(a.id, str) and _is(a.scenario, str) and _is(a.hash, str) and _is(a.werkproces, str)
                and a.modus in MODI and _is(a.klaar, bool) and _is(a.geslaagd, bool)
                and (a.afloop is None or _is(a.afloop, str)) and _number(a.score) and 0.0 <= a.score <= 1.0
                and _titel(a.titel) and all(_criterium(c) for c in a.criteria))
    except TypeError:  # e.g. an unhashable modus
        return False


def _is(value: Any, kind: type) -> bool:
    """Exactly of this type, whatever the field is declared as: an attempt read from a damaged file may hold
    anything."""
    return type(value) is kind


def _titel(value: Any) -> bool:
    if value is None or isinstance(value, str):
        return True
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def _criterium(c) -> bool:
    return (type(c[0]) is str and c[1] in OORDELEN and type(c[2]) is int and type(c[3]) is int
            and type(c[4]) is bool)
