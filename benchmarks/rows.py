"""The shared shape of a benchmark result: one row per figure, printed as a table or written as JSON.

Every benchmark script here can write its rows with `--json FILE`; run_all.py collects them into one table.
A row's ratio is its value against a floor measured in the same run on the same machine, so the figure
means the same on a fast laptop and on a slow school PC.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Optional


@dataclass
class Row:
    figure: str
    value: Optional[float]
    """None when the figure could not be measured (then `met` is False and the figure says why)."""
    unit: str
    floor: Optional[float]
    """The same work stripped to its bare minimum, in the same unit; None where no floor makes sense."""
    ratio: Optional[float]
    target: str
    met: bool

    @classmethod
    def against(cls, figure: str, value: Optional[float], unit: str, floor: Optional[float],
                target: str, limit: float, on_ratio: bool) -> "Row":
        """A row whose target is a limit on the ratio (on_ratio) or on the value itself."""
        ratio = value / floor if value is not None and floor else None
        measured = ratio if on_ratio else value
        return cls(figure, value, unit, floor, ratio, target, measured is not None and measured <= limit)


def percentile(samples: Iterable[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sample."""
    ordered = sorted(samples)
    return ordered[min(len(ordered), max(1, math.ceil(q / 100 * len(ordered)))) - 1]


def write_json(rows: list[Row], path: str) -> None:
    text = json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2)
    if path == "-":
        print(text)
    else:
        Path(path).write_text(text + "\n", encoding="utf-8")


def read_json(path: str | Path) -> list[Row]:
    return [Row(**item) for item in json.loads(Path(path).read_text(encoding="utf-8"))]


def _num(value: Optional[float]) -> str:
    if value is None:
        return "-"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(rows: list[Row]) -> str:
    """A plain-text table: figure, value, unit, floor, ratio, target, verdict."""
    header = ("meting", "waarde", "eenheid", "vloer", "verhouding", "doel", "oordeel")
    lines = [(r.figure, _num(r.value), r.unit, _num(r.floor),
              f"{r.ratio:.2f}x" if r.ratio is not None else "-", r.target, "gehaald" if r.met else "NIET gehaald")
             for r in rows]
    widths = [max(len(str(cells[i])) for cells in [header, *lines]) for i in range(len(header))]
    right = {1, 3, 4}

    def fmt(cells) -> str:
        return "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    return "\n".join([fmt(header), "  ".join("-" * w for w in widths), *map(fmt, lines)])


def markdown(rows: list[Row]) -> str:
    """The same table in Markdown, for docs/prestaties.md."""
    out = ["| meting | waarde | eenheid | vloer | verhouding | doel | oordeel |", "|---|---:|---|---:|---:|---|---|"]
    for r in rows:
        value = _num(r.value) if r.value is not None else "–"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "–"
        floor = _num(r.floor) if r.floor is not None else "–"
        out.append(f"| {r.figure} | {value} | {r.unit} | {floor} | {ratio} | {r.target} | "
                   f"{'gehaald' if r.met else '**niet gehaald**'} |")
    return "\n".join(out)
