"""Schema versions of the save files and the steps that bring an old file up to date.

Each save file carries `schema` (version 1 called it `versie`). Reading migrates step by step in
memory; the file itself is rewritten in the new format the next time it is saved, and an attempt file
(written once) simply stays old on disk. To change a format: raise SCHEMA, add a function to STEPS.

Version 1 (the first prototype): times as Unix seconds, `groep` instead of `klas`, criteria as a
mapping, settings as a flat object, no werkproces or id in an attempt.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

SCHEMA = 2
"""The version this program writes."""


def _iso(seconds) -> str | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(float(seconds), timezone.utc).astimezone().isoformat(timespec="seconds")


def _poging_1(data: dict, name: str) -> dict:
    criteria = [
        {"id": cid, "oordeel": c.get("oordeel", "onvoldoende"), "punten": c.get("punten", 0),
         "max": c.get("max", 0), "kritiek": bool(c.get("kritiek", False))}
        for cid, c in data.get("criteria", {}).items()
    ]
    # v1 did not store the werkproces; a criterion id is "<werkproces>.<n>", so it follows from them.
    werkproces = data.get("werkproces") or (criteria[0]["id"].rsplit(".", 1)[0] if criteria else "")
    klaar = data.get("klaar", data.get("eind") is not None)
    return {
        "id": data.get("id") or name.removesuffix(".json"),
        "scenario": data["scenario"],
        "hash": data.get("hash", ""),
        "werkproces": werkproces,
        "titel": data.get("titel"),
        "modus": data.get("modus", "oefenen"),
        "begin": _iso(data.get("start")),
        "eind": _iso(data.get("eind", data.get("start"))),
        "klaar": klaar,
        "afloop": data.get("afloop"),
        "score": float(data.get("score", 0.0)),
        "geslaagd": klaar and all(c["oordeel"] != "onvoldoende" for c in criteria),
        "criteria": criteria,
        "log": data.get("keuzes", []),
    }


def _profiel_1(data: dict, name: str) -> dict:
    return {"id": data.get("id"), "naam": data["naam"], "klas": data.get("groep"), "pin_hash": None,
            "aangemaakt": _iso(data.get("aangemaakt"))}


def _instellingen_1(data: dict, name: str) -> dict:
    return {"waarden": {k: v for k, v in data.items() if k not in ("versie", "schema", "soort")}}


def _autosave_1(data: dict, name: str) -> dict:
    return {"scenario": data["scenario"], "hash": data.get("hash", ""), "modus": data.get("modus", "oefenen"),
            "begin": _iso(data.get("start")), "state": data["staat"]}


STEPS: dict[tuple[str, int], Callable[[dict, str], dict]] = {
    ("poging", 1): _poging_1,
    ("profiel", 1): _profiel_1,
    ("instellingen", 1): _instellingen_1,
    ("autosave", 1): _autosave_1,
}
"""(kind, version) -> the function that turns that version into the next one."""


def migrate(data: dict, soort: str, name: str = "") -> dict:
    """Bring `data` (a parsed save file of kind `soort`) up to SCHEMA, one step at a time."""
    version = data["schema"]
    while version < SCHEMA:
        step = STEPS.get((soort, version))
        if step is not None:
            data = step(data, name)
        version += 1
        data["schema"] = version
        data["soort"] = soort
    return data
