"""A scenario as a graph of steps and choices, for `juwelier kaart`: as Mermaid text here, as a PNG in the UI."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.content import GeladenScenario
from simulator.content import model as m
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
        who = tekst(scenario.personages[stap.zegt].naam, taal) + ": " if stap.zegt in scenario.personages else ""
        if isinstance(stap, m.Einde):
            line = f"EINDE ({stap.afloop}): {tekst(stap.einde, taal)}"
        else:
            line = who + tekst(stap.tekst, taal)
        problem = ("onbereikbaar" if sid not in analyse.bereikbaar else
                   "doodlopend" if sid in analyse.doodlopend else
                   "geen uitweg" if sid in analyse.zonder_uitweg else "")
        nodes.append(Knoop(sid, stap.soort, _short(line), problem))
        for label, gevolg in _outcomes(stap):
            for target in m.alle_volgende(gevolg.naar):
                edges.append(Pijl(sid, target, _short(label, 36), quality(gevolg), target in scenario.stappen))
        if isinstance(stap, m.Vertelling):
            for target in m.alle_volgende(stap.naar):
                edges.append(Pijl(sid, target, "verder", "neutraal", target in scenario.stappen))
    return nodes, edges


def _outcomes(stap):
    if isinstance(stap, m.Dialoog):
        for i, k in enumerate(stap.keuzes):
            yield f"{i + 1}. {tekst(k.tekst)}", k
    elif isinstance(stap, m.InvoerStap):
        unit = f" {stap.invoer.eenheid}" if stap.invoer.eenheid else ""
        for a in stap.invoer.antwoorden:
            yield f"= {a.waarde:g}{unit}", a
        yield "ander antwoord", stap.invoer.anders
    else:
        for label, gevolg in m.gevolgen(stap):
            yield label, gevolg


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
