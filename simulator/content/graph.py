"""A scenario as a graph of steps and choices, for `juwelier kaart`: as Mermaid text here, as a PNG in the UI.

The steps' kinds say what their outcomes are (`uitwegen`); the map never asks which kind a step is. An outcome
that leads on is an arrow, one per step it can lead to, with the condition of its route ("als fouten ≥ 2"); an
outcome that stays at its step (a workbench action, a form field) is a line inside the step's box, so a critical
mistake at the workbench shows on the map too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from simulator.content import GeladenScenario
from simulator.content import model as m
from simulator.content.parts import Als, Voorwaarde
from simulator.content.steps import soort_van
from simulator.content.steps.base import KeuzeLabel, Uitweg
from simulator.content.steps.einde import EindeView
from simulator.content.text import tekst

Kwaliteit = str
"""'goed' (more plus than minus points), 'zwak' (zero or minus), 'kritiek' (a critical mistake), 'neutraal' (no points)."""
SYMBOLEN = {"goed": "✓", "zwak": "✗", "kritiek": "‼", "neutraal": "•"}
ERNST = ("neutraal", "goed", "zwak", "kritiek")
"""Qualities from mildest to worst."""


@dataclass(frozen=True)
class Handeling:
    """An outcome that stays at its step (a workbench action, a form field), as a line in the step's box."""

    tekst: str
    kwaliteiten: tuple[Kwaliteit, ...]
    """One field of a form can be right (goed) and wrong (zwak, kritiek): good first, worst last."""
    voorwaarde: str = ""
    """'batterij = oud' when the action only applies then."""

    @property
    def ergste(self) -> Kwaliteit:
        return max(self.kwaliteiten, key=ERNST.index)

    @property
    def regel(self) -> str:
        marks = " ".join(SYMBOLEN[k] for k in self.kwaliteiten)
        return f"{marks} {self.tekst}" + (f" ({self.voorwaarde})" if self.voorwaarde else "")


@dataclass(frozen=True)
class Knoop:
    id: str
    soort: str
    tekst: str
    """A short line: who says what, or how it ends."""
    probleem: str = ""
    """'onbereikbaar', 'doodlopend' or 'geen uitweg' when the lint flags this step."""
    handelingen: tuple[Handeling, ...] = ()


@dataclass(frozen=True)
class Pijl:
    van: str
    naar: str
    label: str
    """The choice's number and text, the answer or 'verder' (at most 80 characters; the picture wraps it)."""
    kwaliteit: Kwaliteit
    bestaat: bool = True
    """False when the target step does not exist."""
    voorwaarde: str = ""
    """When this arrow is taken: 'als fouten ≥ 2', or 'anders' for the last route of a list."""


def _short(text: str, n: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def quality(gevolg) -> Kwaliteit:
    if gevolg.kritieke_criteria():
        return "kritiek"
    total = sum(gevolg.gedrag.values())
    if not gevolg.gedrag:
        return "neutraal"
    return "goed" if total > 0 else "zwak"


# -- conditions in words -------------------------------------------------------------------------------------

def _value(value: object) -> str:
    """A value the way a teacher writes it in the file, numbers the Dutch way (2,5)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    return str(value)


def voorwaarde_tekst(als: Optional[Als]) -> str:
    """'fouten ≥ 2', 'bon_gezien = true en geduld ≤ 1', '(a = 1 of b = 2)'; '' without a condition."""
    if als is None:
        return ""
    if isinstance(als, list):
        return " en ".join(filter(None, (_one(c, len(als) > 1) for c in als)))
    return _one(als)


def _one(c: Voorwaarde, nested: bool = False) -> str:
    """One condition; 'a of b' gets brackets only inside an 'en'."""
    if c.alle is not None:
        return " en ".join(_one(sub, len(c.alle) > 1) for sub in c.alle)
    if c.een_van is not None:
        either = " of ".join(_one(sub) for sub in c.een_van)
        return f"({either})" if nested and len(c.een_van) > 1 else either
    name = c.variabele or "?"
    parts = []
    if c.is_ is not None:
        parts.append(f"{name} = {_value(c.is_)}")
    if c.niet is not None:
        parts.append(f"{name} ≠ {_value(c.niet)}")
    if c.minstens is not None:
        parts.append(f"{name} ≥ {_value(c.minstens)}")
    if c.hoogstens is not None:
        parts.append(f"{name} ≤ {_value(c.hoogstens)}")
    return " en ".join(parts)


def _routes(uitweg: Uitweg) -> list[tuple[str, str]]:
    """(target, condition) per step the outcome can lead to, the outcome's own `als` included."""
    own = voorwaarde_tekst(uitweg.als)
    naar = uitweg.naar
    if naar is None:
        return []
    if isinstance(naar, str):
        return [(naar, f"als {own}" if own else "")]
    found = []
    conditional = any(r.als is not None for r in naar)
    for route in naar:
        words = [w for w in (own, voorwaarde_tekst(route.als)) if w]
        if words:
            found.append((route.naar, "als " + " en ".join(words)))
        else:
            found.append((route.naar, "anders" if conditional else ""))
    return found


# -- the graph ---------------------------------------------------------------------------------------------------

def _stays(stap_uitwegen: list[Uitweg], taal: str) -> tuple[Handeling, ...]:
    """Lines for the outcomes that stay at the step; outcomes with the same text and condition share a line."""
    lines: dict[tuple[str, str], list[Kwaliteit]] = {}
    for u in stap_uitwegen:
        if u.naar is None:
            lines.setdefault((_short(tekst(u.kort, taal), 40), voorwaarde_tekst(u.als)), []).append(quality(u.gevolg))
    order = ("goed", "zwak", "kritiek", "neutraal")
    return tuple(Handeling(text, tuple(sorted(set(qs), key=order.index)), cond)
                 for (text, cond), qs in lines.items())


def build(geladen: GeladenScenario, taal: str = "nl") -> tuple[list[Knoop], list[Pijl]]:
    scenario, analyse = geladen.scenario, geladen.analyse
    nodes, edges = [], []
    for sid, stap in scenario.stappen.items():
        kind = soort_van(stap)
        who = tekst(scenario.personages[stap.zegt].naam, taal) + ": " if stap.zegt in scenario.personages else ""
        line = who + tekst(stap.regel(), taal)
        if kind.einde(stap):
            view = kind.inhoud(stap, sid, {}, (), True, geladen.wereld)
            ending = tekst(view.einde, taal) if isinstance(view, EindeView) else ""
            line = f"EINDE ({kind.afloop(stap)}): {ending}"
        problem = ("onbereikbaar" if sid not in analyse.bereikbaar else
                   "doodlopend" if sid in analyse.doodlopend else
                   "geen uitweg" if sid in analyse.zonder_uitweg else "")
        uitwegen = kind.uitwegen(stap, sid)
        nodes.append(Knoop(sid, kind.naam, _short(line), problem, _stays(uitwegen, taal)))
        for n, uitweg in enumerate(uitwegen, 1):
            label = tekst(uitweg.kort, taal)
            if isinstance(uitweg.label, KeuzeLabel):
                label = f"{n}. {label}"
            for target, condition in _routes(uitweg):
                edges.append(Pijl(sid, target, _short(label, 80), quality(uitweg.gevolg), target in scenario.stappen,
                                  condition))
    return nodes, edges


def mermaid(geladen: GeladenScenario, taal: str = "nl") -> str:
    nodes, edges = build(geladen, taal)
    ids = {n.id: f"s{i}" for i, n in enumerate(nodes)}

    def esc(text: str) -> str:
        return text.replace('"', "#quot;")

    lines = ["flowchart TD"]
    for n in nodes:
        body = [n.id, n.tekst] + [h.regel for h in n.handelingen] + ([f"⚠ {n.probleem}"] if n.probleem else [])
        label = esc("<br/>".join(body))
        shape = f'(["{label}"])' if n.soort == "einde" else f'["{label}"]'
        lines.append(f"  {ids[n.id]}{shape}")
    missing = sorted({e.naar for e in edges if not e.bestaat})
    for i, name in enumerate(missing):
        ids[name] = f"x{i}"
        lines.append(f'  x{i}["{esc(name)}<br/>⚠ bestaat niet"]')
    styles = []
    for i, e in enumerate(edges):
        text = SYMBOLEN[e.kwaliteit] + " " + _short(e.label, 36) + (f" ({e.voorwaarde})" if e.voorwaarde else "")
        lines.append(f'  {ids[e.van]} -->|"{esc(text)}"| {ids[e.naar]}')
        colour = {"goed": "#2e7d32", "zwak": "#e65100", "kritiek": "#c62828", "neutraal": "#757575"}[e.kwaliteit]
        styles.append(f"  linkStyle {i} stroke:{colour},stroke-width:2px")
    lines += styles
    lines.append("  classDef probleem fill:#ffd6d6,stroke:#c62828,stroke-width:3px")
    lines.append("  classDef einde fill:#e8f0e0,stroke:#556b2f")
    flagged = [ids[n.id] for n in nodes if n.probleem] + [ids[x] for x in missing]
    ends = [ids[n.id] for n in nodes if n.soort == "einde" and not n.probleem]
    if ends:
        lines.append(f"  class {','.join(ends)} einde")
    if flagged:
        lines.append(f"  class {','.join(flagged)} probleem")
    return "\n".join(lines) + "\n"
