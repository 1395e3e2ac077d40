"""The shop's own people in a scenario: `vast: daan` takes name, portrait and role from the cast (assets/winkel.yaml),
so the owner, the colleagues and the watchmaker are the same people in every scenario."""

from __future__ import annotations

from typing import Any

from simulator.content.problems import Probleem, suggest
from simulator.content.wereld import Wereld


def fill_cast(data: dict, smap: Any, wereld: Wereld) -> list[Probleem]:
    """Fill in every personage with `vast:` from the cast (what the file itself gives wins); an unknown id is J325."""
    problems: list[Probleem] = []
    personages = data.get("personages")
    if not isinstance(personages, dict):
        return problems
    personages = data["personages"] = dict(personages)  # the case's own: a template may be shared between cases
    for key, persoon in list(personages.items()):
        if not isinstance(persoon, dict) or "vast" not in persoon:
            continue
        vast = persoon["vast"]
        member = wereld.cast.get(vast) if isinstance(vast, str) else None
        if not isinstance(member, dict):
            problems.append(smap.probleem(("personages", key, "vast"), "J325",
                                          f"'{vast}' hoort niet bij de vaste mensen van de winkel.",
                                          suggest(str(vast), wereld.cast) or "Kies uit: " + ", ".join(wereld.cast) + "."))
            continue
        personages[key] = {**{k: v for k, v in member.items() if k in ("naam", "portret", "rol")}, **persoon}
    return problems
