"""Render a scenario map to a PNG: steps as boxes, choices as coloured arrows with their labels.

The layout is grandalf's layered (Sugiyama) layout, the method of Graphviz's dot: layers from the start down,
the order within each layer chosen to reduce crossings, long arrows routed through the gaps. Each arrow's label
is a small node of its own on the arrow's way, so the layout keeps it clear of every box, as dot does with
labels. Choices that lead to the same step share an arrow only when they are alike (all good, all weak…), so a
good choice is never hidden among weak ones.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame  # noqa: E402
from grandalf.graphs import Edge, Graph, Vertex  # noqa: E402
from grandalf.layouts import SugiyamaLayout  # noqa: E402

from simulator.content import GeladenScenario, graph  # noqa: E402

BOX_W, MARGIN, HEADER = 300, 40, 76
LABEL_W = 230
"""Widest line of an arrow's label; longer labels wrap."""
X_GAP, Y_GAP, COMPONENT_GAP = 28, 34, 80
COLOURS = {"goed": (46, 125, 50), "zwak": (230, 81, 0), "kritiek": (198, 40, 40), "neutraal": (117, 117, 117)}
PAPER, INK, BOX, END, PROBLEM = (250, 246, 238), (40, 34, 30), (255, 255, 255), (232, 240, 224), (255, 214, 214)
SYMBOL_WORDS = {"goed": "+", "zwak": "-", "kritiek": "!!", "neutraal": ""}
"""The game's fonts have no ✓ ✗ ‼: on the picture the marks are written with plain signs (see the legend)."""
LEGEND = ("Pijlen: + groen = goede keuze, - oranje = zwakke keuze, !! rood = kritieke fout, grijs = zonder punten. "
          "Regels in een vak: acties die bij die stap blijven (werkbank, formulier). Rood vak = probleem.")


def _font(size: int, bold: bool = False) -> pygame.font.Font:
    """The game's reading font (Fira Sans), or pygame's own when the font package is missing."""
    from simulator.ui.fonts import font_file

    path = font_file("fontpkg_fira_sans", "FiraSans-SemiBold.ttf" if bold else "FiraSans-Regular.ttf")
    return pygame.font.Font(str(path) if path else None, size if path else int(size * 1.3))


@dataclass
class _Fonts:
    title: pygame.font.Font = field(default_factory=lambda: _font(22, True))
    head: pygame.font.Font = field(default_factory=lambda: _font(15, True))
    text: pygame.font.Font = field(default_factory=lambda: _font(15))
    small: pygame.font.Font = field(default_factory=lambda: _font(13))


# -- what is on the map, and where ---------------------------------------------------------------------------

@dataclass
class Regel:
    """A line of text on the map, in the colour of what it says."""

    tekst: str
    kleur: tuple[int, int, int] = INK


@dataclass
class Vak:
    """A step's box."""

    knoop: graph.Knoop
    rect: pygame.Rect
    regels: list[Regel]
    """The step's own text."""
    handelingen: list[Regel]
    """What can be done without leaving the step (workbench actions, form fields)."""


@dataclass
class Etiket:
    """The label of an arrow: the choices it stands for, and when it is taken."""

    rect: pygame.Rect
    regels: list[Regel]


@dataclass
class Lijn:
    punten: list[tuple[float, float]]
    kwaliteit: graph.Kwaliteit
    pijlpunt: bool
    """True for the part that ends at the target step (the other part ends at the label)."""


@dataclass
class Kaart:
    """A laid out map: sizes and places of everything, before any pixel is drawn (tests check these)."""

    breedte: int
    hoogte: int
    titel: str
    vakken: dict[str, Vak]
    etiketten: list[Etiket]
    lijnen: list[Lijn]


# -- text --------------------------------------------------------------------------------------------------

def _wrap(text: str, font: pygame.font.Font, width: int, lines: int) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if font.size(trial)[0] <= width or not line:
            line = trial
        else:
            out.append(line)
            line = word
    out.append(line)
    while any(font.size(t)[0] > width for t in out):  # one word wider than the box
        out = [t if font.size(t)[0] <= width else t[: max(1, len(t) - 2)] + "…" for t in out]
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1].rstrip(" …")[: max(0, len(out[-1]) - 1)] + "…"
    return out


def _mark(kwaliteiten) -> str:
    return " ".join(SYMBOL_WORDS[k] for k in kwaliteiten if SYMBOL_WORDS[k])


# -- the boxes and labels ------------------------------------------------------------------------------------

def _box(knoop: graph.Knoop, fonts: _Fonts) -> Vak:
    regels = [Regel(t) for t in _wrap(knoop.tekst, fonts.text, BOX_W - 20, 3)]
    handelingen = []
    for h in knoop.handelingen:
        words = (_mark(h.kwaliteiten) + " " + h.tekst).strip() + (f" (als {h.voorwaarde})" if h.voorwaarde else "")
        colour = COLOURS[h.ergste]
        handelingen += [Regel(t, colour) for t in _wrap(words, fonts.small, BOX_W - 20, 2)]
    height = 8 + 20 + 19 * len(regels) + (6 + 16 * len(handelingen) if handelingen else 0) + 10
    return Vak(knoop, pygame.Rect(0, 0, BOX_W, height), regels, handelingen)


def _label(pijlen: list[graph.Pijl], fonts: _Fonts) -> Etiket:
    regels: list[Regel] = []
    for p in pijlen:
        colour = COLOURS[p.kwaliteit]
        regels += [Regel(t, colour) for t in _wrap((SYMBOL_WORDS[p.kwaliteit] + " " + p.label).strip(),
                                                     fonts.small, LABEL_W, 2)]
        if p.voorwaarde:
            regels += [Regel(t, INK) for t in _wrap(p.voorwaarde, fonts.small, LABEL_W, 2)]
    width = max(fonts.small.size(r.tekst)[0] for r in regels) + 10
    return Etiket(pygame.Rect(0, 0, width, 16 * len(regels) + 6), regels)


class _View:
    """What grandalf needs of a vertex: its size, and where it puts it (the centre)."""

    def __init__(self, w: float, h: float):
        self.w, self.h = w, h
        self.xy: Optional[tuple[float, float]] = None


# -- the layout ----------------------------------------------------------------------------------------------

def indeling(geladen: GeladenScenario) -> Kaart:
    """Lay the map out: every box, label and line with its place."""
    pygame.font.init()
    fonts = _Fonts()
    nodes, edges = graph.build(geladen)
    missing = sorted({e.naar for e in edges if not e.bestaat})
    nodes = nodes + [graph.Knoop(name, "ontbreekt", "Deze stap bestaat niet.", "bestaat niet") for name in missing]
    vakken = {n.id: _box(n, fonts) for n in nodes}
    groups: dict[tuple[str, str, str], list[graph.Pijl]] = {}
    for e in edges:  # one arrow per target and quality: a good choice never hides among weak ones
        groups.setdefault((e.van, e.naar, e.kwaliteit), []).append(e)
    etiketten = [_label(pijlen, fonts) for pijlen in groups.values()]

    vertices = {sid: Vertex(sid) for sid in vakken}
    for sid, v in vertices.items():
        v.view = _View(vakken[sid].rect.w, vakken[sid].rect.h)
    labels = []
    graph_edges = []
    for i, ((van, naar, kwaliteit), _) in enumerate(groups.items()):
        lv = Vertex(("etiket", i))
        lv.view = _View(etiketten[i].rect.w, etiketten[i].rect.h)
        labels.append(lv)
        first, second = Edge(vertices[van], lv), Edge(lv, vertices[naar])
        first.data, second.data = (kwaliteit, False), (kwaliteit, True)
        graph_edges += [first, second]
    g = Graph(list(vertices.values()) + labels, graph_edges)

    start = geladen.scenario.start
    x0 = 0.0
    routes: list[Lijn] = []
    for component in sorted(g.C, key=lambda c: start not in [v.data for v in c.sV]):
        right, lines = _lay_out(component, vertices.get(start), x0)
        x0 = right + COMPONENT_GAP
        routes += lines

    left = min(v.view.xy[0] - v.view.w / 2 for v in g.V())
    top = min(v.view.xy[1] - v.view.h / 2 for v in g.V())
    dx, dy = MARGIN - left, MARGIN + HEADER - top
    for sid, v in vertices.items():
        x, y = v.view.xy
        vakken[sid].rect.center = (round(x + dx), round(y + dy))
    for i, lv in enumerate(labels):
        x, y = lv.view.xy
        etiketten[i].rect.center = (round(x + dx), round(y + dy))
    lijnen = [Lijn([(px + dx, py + dy) for px, py in line.punten], line.kwaliteit, line.pijlpunt) for line in routes]
    right = max([r.rect.right for r in vakken.values()] + [e.rect.right for e in etiketten])
    bottom = max([r.rect.bottom for r in vakken.values()] + [e.rect.bottom for e in etiketten])
    title = f"{geladen.scenario.id} — {graph.tekst(geladen.scenario.titel)}"
    width = max(right + MARGIN, fonts.title.size(title)[0] + 2 * MARGIN, 600)
    return Kaart(width, max(bottom + MARGIN, 300), title, vakken, etiketten, lijnen)


def _lay_out(component, start: Optional[Vertex], x0: float) -> tuple[float, list[Lijn]]:
    """Lay out one connected part of the graph from x0 on: its right edge, and its lines."""
    vertices = list(component.sV)
    if len(vertices) == 1:
        v = vertices[0]
        v.view.xy = (x0 + v.view.w / 2, v.view.h / 2)
        return x0 + v.view.w, []
    layout = SugiyamaLayout(component)
    layout.xspace, layout.yspace = X_GAP, Y_GAP
    layout.dw, layout.dh = 12, 12  # a bend of a long arrow: a thin place in its layer, not a box's width
    layout.init_all(roots=[start] if start is not None and start in vertices else None)
    layout.draw(3)
    everything = [v for layer in layout.layers for v in layer]
    _spread(layout)
    left = min(v.view.xy[0] - v.view.w / 2 for v in everything)
    for v in everything:
        v.view.xy = (v.view.xy[0] - left + x0, v.view.xy[1])
    return max(v.view.xy[0] + v.view.w / 2 for v in everything), _routes(layout, component)


def _spread(layout: SugiyamaLayout) -> None:
    """Keep the vertices of each layer apart by at least X_GAP: grandalf averages four placements, which can
    bring two neighbours closer than their widths."""
    for layer in layout.layers:
        row = sorted(layer, key=lambda v: v.view.xy[0])
        for a, b in zip(row, row[1:]):
            need = a.view.xy[0] + (a.view.w + b.view.w) / 2 + X_GAP
            if b.view.xy[0] < need:
                b.view.xy = (need, b.view.xy[1])


def _routes(layout: SugiyamaLayout, component) -> list[Lijn]:
    """Each arrow as a polyline that never crosses a box: straight down (or up) inside a layer, from a place of
    its own on the box's edge, and slanted only in the free space between two layers."""
    band = {}
    for r, layer in enumerate(layout.layers):
        y = layer[0].view.xy[1]
        half = max(v.view.h for v in layer) / 2
        band[r] = (y - half, y + half)
    chains = []
    for e in component.sE:
        r0, r1 = layout.grx[e.v[0]].rank, layout.grx[e.v[1]].rank
        step = 1 if r1 > r0 else -1
        ctrl = layout.ctrls.get(e, {})
        chain = [e.v[0]] + [ctrl[r] for r in range(r0 + step, r1, step)] + [e.v[1]]
        chains.append((e, chain, step))
    ports = _ports(chains)
    lines = []
    for e, chain, step in chains:
        points: list[tuple[float, float]] = []
        for i, v in enumerate(chain):
            rank = layout.grx[v].rank
            top, bottom = band[rank]
            x_in = ports.get((id(e), i, "in"), v.view.xy[0])
            x_out = ports.get((id(e), i, "out"), v.view.xy[0])
            y_near, y_far = (top, bottom) if step > 0 else (bottom, top)
            edge_in = v.view.xy[1] - step * v.view.h / 2
            edge_out = v.view.xy[1] + step * v.view.h / 2
            if i > 0:
                points += [(x_in, y_near), (x_in, edge_in if i == len(chain) - 1 else v.view.xy[1])]
            if i < len(chain) - 1:
                points += [(x_out, edge_out if i == 0 else v.view.xy[1]), (x_out, y_far)]
        lines.append(Lijn(_tidy(points), e.data[0], e.data[1]))
    return lines


def _ports(chains) -> dict:
    """Where each arrow leaves or enters a box: spread along the edge in the order of where they go, so arrows
    into one box do not all meet in its middle."""
    sides: dict[tuple[int, str, int], list[tuple[float, tuple]]] = {}
    for e, chain, step in chains:
        for i, v in enumerate(chain):
            if v.view.w < 20:
                continue  # a bend or a thin place: one way through
            if i > 0:
                side = "top" if step > 0 else "bottom"
                sides.setdefault((id(v), side, 0), []).append((chain[i - 1].view.xy[0], (id(e), i, "in")))
            if i < len(chain) - 1:
                side = "bottom" if step > 0 else "top"
                sides.setdefault((id(v), side, 0), []).append((chain[i + 1].view.xy[0], (id(e), i, "out")))
    owners = {id(v): v for _, chain, _ in chains for v in chain}
    found = {}
    for (vid, _, _), ends in sides.items():
        v = owners[vid]
        ends.sort(key=lambda end: end[0])
        room = max(0.0, v.view.w - 24)
        for j, (_, key) in enumerate(ends):
            share = (j + 1) / (len(ends) + 1)
            found[key] = v.view.xy[0] - room / 2 + room * share if len(ends) > 1 else v.view.xy[0]
    return found


def _tidy(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Without repeated points (a zero-length piece has no direction for the arrowhead)."""
    out: list[tuple[float, float]] = []
    for p in points:
        if not out or abs(out[-1][0] - p[0]) > 0.5 or abs(out[-1][1] - p[1]) > 0.5:
            out.append(p)
    return out


# -- drawing -----------------------------------------------------------------------------------------------------

def render_map(geladen: GeladenScenario, out: Path) -> None:
    """Draw the map and save it as PNG."""
    surface = draw_map(geladen)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(out))


def draw_map(geladen: GeladenScenario) -> pygame.Surface:
    """The scenario map as a Surface (also shown in the game's teacher mode)."""
    kaart = indeling(geladen)
    fonts = _Fonts()
    surface = pygame.Surface((kaart.breedte, kaart.hoogte))
    surface.fill(PAPER)
    surface.blit(fonts.title.render(kaart.titel, True, INK), (MARGIN, MARGIN - 10))
    for j, line in enumerate(_wrap(LEGEND, fonts.small, kaart.breedte - 2 * MARGIN, 3)):
        surface.blit(fonts.small.render(line, True, INK), (MARGIN, MARGIN + 20 + j * 16))
    for lijn in kaart.lijnen:
        _line(surface, lijn)
    for etiket in kaart.etiketten:
        pygame.draw.rect(surface, PAPER, etiket.rect)
        for j, regel in enumerate(etiket.regels):
            text = fonts.small.render(regel.tekst, True, regel.kleur)
            surface.blit(text, text.get_rect(midtop=(etiket.rect.centerx, etiket.rect.y + 3 + 16 * j)))
    for vak in kaart.vakken.values():
        _box_draw(surface, vak, fonts)
    return surface


def _line(surface: pygame.Surface, lijn: Lijn) -> None:
    colour = COLOURS[lijn.kwaliteit]
    points = [pygame.Vector2(p) for p in lijn.punten]
    thick = 3 if lijn.kwaliteit == "kritiek" else 2
    if len(points) < 2:
        return
    pygame.draw.lines(surface, colour, False, points, thick)
    if lijn.pijlpunt and points[-1] != points[-2]:
        end, direction = points[-1], (points[-1] - points[-2]).normalize()
        left = end - direction * 12 + direction.rotate(90) * 6
        right = end - direction * 12 - direction.rotate(90) * 6
        pygame.draw.polygon(surface, colour, [end, left, right])


def _box_draw(surface: pygame.Surface, vak: Vak, fonts: _Fonts) -> None:
    n, rect = vak.knoop, vak.rect
    fill = PROBLEM if n.probleem else END if n.soort == "einde" else BOX
    border = COLOURS["kritiek"] if n.probleem else INK
    radius = 28 if n.soort == "einde" else 8
    pygame.draw.rect(surface, fill, rect, border_radius=radius)
    pygame.draw.rect(surface, border, rect, width=4 if n.probleem else 2, border_radius=radius)
    head = n.id + (f"  ! {n.probleem.upper()}" if n.probleem else "")
    surface.blit(fonts.head.render(_wrap(head, fonts.head, BOX_W - 20, 1)[0], True, border), (rect.x + 10, rect.y + 8))
    y = rect.y + 28
    for regel in vak.regels:
        surface.blit(fonts.text.render(regel.tekst, True, regel.kleur), (rect.x + 10, y))
        y += 19
    if vak.handelingen:
        y += 4
        pygame.draw.line(surface, (200, 192, 180), (rect.x + 10, y - 2), (rect.right - 10, y - 2))
        for regel in vak.handelingen:
            surface.blit(fonts.small.render(regel.tekst, True, regel.kleur), (rect.x + 10, y))
            y += 16
