"""A scenario as a graph of steps and choices, for `juwelier kaart`: as Mermaid text here, as a PNG in the UI."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.content import GeladenScenario
from simulator.content import model as m
from simulator.content.steps import soort_van
from simulator.content.steps.base import KeuzeLabel
from simulator.content.text import tekst

Kwaliteit = str
"""'goed' (more plus than minus points), 'zwak' (zero or minus), 'kritiek' (a critical mistake), 'neutraal' (no points)."""
SYMBOLEN = {"goed": "✓", "zwak": "✗", "kritiek": "‼", "neutraal": "•"}


@dataclass(frozen=True)
class Knoop:
    id: str
    soort: str
    tekst: str
    """A short line: who says what, or how it ends."""
    probleem: str = ""
    """'onbereikbaar', 'doodlopend' or 'geen uitweg' when the lint flags this step."""


@dataclass(frozen=True)
class Pijl:
    van: str
    naar: str
    label: str
    kwaliteit: Kwaliteit
    bestaat: bool = True
    """False when the target step does not exist."""


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


def build(geladen: GeladenScenario, taal: str = "nl") -> tuple[list[Knoop], list[Pijl]]:
    scenario, analyse = geladen.scenario, geladen.analyse
    nodes, edges = [], []
    for sid, stap in scenario.stappen.items():
        kind = soort_van(stap)
        who = tekst(scenario.personages[stap.zegt].naam, taal) + ": " if stap.zegt in scenario.personages else ""
        line = who + tekst(stap.regel(), taal)
        if kind.einde(stap):
            ending = tekst(kind.inhoud(stap, sid, {}, (), True, geladen.wereld).einde, taal)
            line = f"EINDE ({kind.afloop(stap)}): {ending}"
        problem = ("onbereikbaar" if sid not in analyse.bereikbaar else
                   "doodlopend" if sid in analyse.doodlopend else
                   "geen uitweg" if sid in analyse.zonder_uitweg else "")
        nodes.append(Knoop(sid, kind.naam, _short(line), problem))
        for n, uitweg in enumerate(kind.uitwegen(stap, sid), 1):
            label = tekst(uitweg.kort, taal)
            if isinstance(uitweg.label, KeuzeLabel):
                label = f"{n}. {label}"
            for target in m.alle_volgende(uitweg.naar):
                edges.append(Pijl(sid, target, _short(label, 36), quality(uitweg.gevolg), target in scenario.stappen))
    return nodes, edges


def mermaid(geladen: GeladenScenario, taal: str = "nl") -> str:
    nodes, edges = build(geladen, taal)
    ids = {n.id: f"s{i}" for i, n in enumerate(nodes)}

    def esc(text: str) -> str:
        return text.replace('"', "#quot;")

    lines = ["flowchart TD"]
    for n in nodes:
        label = esc(f"{n.id}<br/>{n.tekst}" + (f"<br/>⚠ {n.probleem}" if n.probleem else ""))
        shape = f'(["{label}"])' if n.soort == "einde" else f'["{label}"]'
        lines.append(f"  {ids[n.id]}{shape}")
    missing = sorted({e.naar for e in edges if not e.bestaat})
    for i, name in enumerate(missing):
        ids[name] = f"x{i}"
        lines.append(f'  x{i}["{esc(name)}<br/>⚠ bestaat niet"]')
    styles = []
    for i, e in enumerate(edges):
        lines.append(f'  {ids[e.van]} -->|"{esc(SYMBOLEN[e.kwaliteit] + " " + e.label)}"| {ids[e.naar]}')
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
