"""Render a scenario map (steps as boxes, choices as coloured, labelled arrows) to a PNG file."""

from __future__ import annotations

import os
from collections import deque
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame  # noqa: E402

from simulator.content import GeladenScenario, graph  # noqa: E402

BOX_W, BOX_H, GAP_X, GAP_Y, MARGIN = 300, 92, 60, 110, 40
COLOURS = {"goed": (46, 125, 50), "zwak": (230, 81, 0), "kritiek": (198, 40, 40), "neutraal": (117, 117, 117)}
PAPER, INK, BOX, END, PROBLEM = (250, 246, 238), (40, 34, 30), (255, 255, 255), (232, 240, 224), (255, 214, 214)
SYMBOL_WORDS = {"goed": "+", "zwak": "-", "kritiek": "!!", "neutraal": ""}


def _font(size: int, bold: bool = False):
    """The game's reading font (Fira Sans), or pygame's own when the font package is missing."""
    from simulator.ui.fonts import font_file

    path = font_file("fontpkg_fira_sans", "FiraSans-SemiBold.ttf" if bold else "FiraSans-Regular.ttf")
    return pygame.font.Font(str(path) if path else None, size if path else int(size * 1.3))


def _layers(nodes, edges, start: str) -> dict[str, int]:
    """Depth of each step from the start (breadth first); unreachable steps go in a last row."""
    depth = {start: 0}
    queue = deque([start])
    targets: dict[str, list[str]] = {}
    for e in edges:
        targets.setdefault(e.van, []).append(e.naar)
    while queue:
        current = queue.popleft()
        for t in targets.get(current, []):
            if t not in depth:
                depth[t] = depth[current] + 1
                queue.append(t)
    last = max(depth.values(), default=0) + 1
    return {n.id: depth.get(n.id, last) for n in nodes} | {e.naar: depth.get(e.naar, last) for e in edges if not e.bestaat}


def _wrap(text: str, font, width: int, lines: int) -> list[str]:
    words, out, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if font.size(trial)[0] <= width:
            line = trial
        else:
            out.append(line)
            line = word
    out.append(line)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: max(0, len(out[-1]) - 1)] + "…"
    return out


def render_map(geladen: GeladenScenario, out: Path) -> None:
    """Draw the map and save it as PNG."""
    surface = draw_map(geladen)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(out))


def draw_map(geladen: GeladenScenario) -> pygame.Surface:
    """The scenario map as a Surface (also shown in the game's teacher mode)."""
    pygame.font.init()
    nodes, edges = graph.build(geladen)
    missing = sorted({e.naar for e in edges if not e.bestaat})
    nodes = nodes + [graph.Knoop(name, "ontbreekt", "bestaat niet", "bestaat niet") for name in missing]
    layer = _layers(nodes, edges, geladen.scenario.start)
    rows: dict[int, list] = {}
    for n in nodes:
        rows.setdefault(layer[n.id], []).append(n)
    widest = max(len(r) for r in rows.values())
    lane = 14  # arrows back up run in lanes along the right edge, never through a box
    width = MARGIN * 2 + widest * BOX_W + (widest - 1) * GAP_X + lane * 8
    height = MARGIN * 2 + 60 + len(rows) * BOX_H + (len(rows) - 1) * GAP_Y + 40
    surface = pygame.Surface((width, height))
    surface.fill(PAPER)
    title_font, text_font, small = _font(22, True), _font(15), _font(13)
    title = f"{geladen.scenario.id} — {graph.tekst(geladen.scenario.titel)}"
    surface.blit(title_font.render(title, True, INK), (MARGIN, MARGIN - 10))
    legend = ("Pijlen: + groen = goede keuze, - oranje = zwakke keuze, !! rood = kritieke fout, grijs = zonder punten. "
              "Rood vak = probleem.")
    for j, line in enumerate(_wrap(legend, small, width - 2 * MARGIN, 2)):
        surface.blit(small.render(line, True, INK), (MARGIN, MARGIN + 20 + j * 16))
    rects = {}
    for depth, row in sorted(rows.items()):
        row_w = len(row) * BOX_W + (len(row) - 1) * GAP_X
        x0 = (width - lane * 8 - row_w) // 2
        y = MARGIN + 60 + depth * (BOX_H + GAP_Y)
        for i, n in enumerate(row):
            rects[n.id] = pygame.Rect(x0 + i * (BOX_W + GAP_X), y, BOX_W, BOX_H)
    grouped: dict[tuple, list] = {}
    for e in edges:  # parallel arrows (several answers to one step) share one line and one stacked label
        grouped.setdefault((e.van, e.naar), []).append(e)
    right_edge = width - lane * 8
    for i, group in enumerate(grouped.values()):
        _arrow(surface, rects[group[0].van], rects[group[0].naar], group, small, i, right_edge + lane * (i % 7))
    for n in nodes:
        rect = rects[n.id]
        fill = PROBLEM if n.probleem else END if n.soort == "einde" else BOX
        border = COLOURS["kritiek"] if n.probleem else INK
        radius = 28 if n.soort == "einde" else 8
        pygame.draw.rect(surface, fill, rect, border_radius=radius)
        pygame.draw.rect(surface, border, rect, width=4 if n.probleem else 2, border_radius=radius)
        head = n.id + (f"  ⚠ {n.probleem.upper()}" if n.probleem else "")
        surface.blit(_font(15, True).render(head, True, border), (rect.x + 10, rect.y + 6))
        for j, line in enumerate(_wrap(n.tekst, text_font, BOX_W - 20, 3)):
            surface.blit(text_font.render(line, True, INK), (rect.x + 10, rect.y + 28 + j * 19))
    return surface


def _arrow(surface, a: pygame.Rect, b: pygame.Rect, group: list, font, index: int, lane_x: int) -> None:
    worst = max(group, key=lambda e: ["neutraal", "goed", "zwak", "kritiek"].index(e.kwaliteit))
    colour = COLOURS[worst.kwaliteit]
    thick = 3 if worst.kwaliteit == "kritiek" else 2
    if b.top == a.top:  # the same row: a bracket underneath both boxes
        y = a.bottom + 18 + 6 * (index % 4)
        points = [pygame.Vector2(a.centerx + 20, a.bottom), pygame.Vector2(a.centerx + 20, y),
                  pygame.Vector2(b.centerx - 20, y), pygame.Vector2(b.centerx - 20, b.bottom)]
    elif b.top < a.top:  # a way back up: along a lane at the right edge
        points = [pygame.Vector2(a.right, a.centery + 10), pygame.Vector2(lane_x, a.centery + 10),
                  pygame.Vector2(lane_x, b.centery - 10), pygame.Vector2(b.right, b.centery - 10)]
    else:
        points = [pygame.Vector2(a.centerx, a.bottom), pygame.Vector2(b.centerx, b.top)]
    pygame.draw.lines(surface, colour, False, points, thick)
    start, end = points[-2], points[-1]
    direction = (end - start).normalize() if end != start else pygame.Vector2(0, 1)
    mid = points[0] + (points[1] - points[0]) * (0.3 + 0.2 * (index % 3)) if len(points) == 2 else (points[1] + points[2]) / 2
    left = end - direction * 12 + direction.rotate(90) * 6
    right = end - direction * 12 - direction.rotate(90) * 6
    pygame.draw.polygon(surface, colour, [end, left, right])
    labels = [font.render((SYMBOL_WORDS[e.kwaliteit] + " " + e.label).strip(), True, COLOURS[e.kwaliteit]) for e in group]
    height = sum(t.get_height() for t in labels)
    y = mid.y - height / 2
    for text in labels:
        box = text.get_rect(midtop=(mid.x, y))
        pygame.draw.rect(surface, PAPER, box.inflate(6, 0))
        surface.blit(text, box)
        y += text.get_height()
