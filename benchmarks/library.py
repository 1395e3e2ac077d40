"""A big scenario library for the benchmarks: copies of the shipped scenarios with new ids and varied text.

A school that writes its own scenarios for years may end up with hundreds; the benchmarks load 1,000.
Each copy keeps the shape of a real scenario (steps, choices, workbench tasks), so loading it costs what a
real one costs, but has its own id, title and summary, so no two files are the same.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "scenarios"

_ID = re.compile(r"^id:[ \t]*(\S+)[ \t]*$", re.M)
_TITEL = re.compile(r'^titel:[ \t]*"(.*)"[ \t]*$', re.M)
_SAMENVATTING = re.compile(r"^samenvatting:[ \t]*>-?\n([ \t]+)", re.M)
_WORDS = ["Vandaag", "Deze week", "Op een rustige ochtend", "Vlak voor sluitingstijd", "Op een drukke middag"]


def sources(folder: Path = SCENARIOS) -> list[Path]:
    return sorted(folder.rglob("*.yaml"))


def variant(text: str, k: int) -> tuple[str, str]:
    """Copy number k of a scenario's text: a new id, a new title and a different first line of the summary."""
    match = _ID.search(text)
    if match is None:
        raise ValueError("a shipped scenario without a top-level 'id:' line")
    new_id = f"{match.group(1)}-v{k:04d}"
    text = text[:match.start()] + f"id: {new_id}" + text[match.end():]
    text = _TITEL.sub(lambda m: f'titel: "{m.group(1)} (variant {k})"', text, count=1)
    text = _SAMENVATTING.sub(lambda m: f"samenvatting: >-\n{m.group(1)}{_WORDS[k % len(_WORDS)]}, variant {k}. ",
                             text, count=1)
    return new_id, text


def generate(folder: Path, count: int, source_folder: Path = SCENARIOS) -> list[Path]:
    """Write `count` scenario files into folder (one subfolder per werkproces, like the shipped library)."""
    shipped = sources(source_folder)
    texts = [p.read_text(encoding="utf-8") for p in shipped]
    written = []
    for k in range(count):
        i = k % len(shipped)
        new_id, text = variant(texts[i], k)
        target = folder / shipped[i].parent.name / f"{new_id}.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        written.append(target)
    return written


if __name__ == "__main__":
    out, n = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    print(f"{len(generate(out, n))} scenario's geschreven in {out}")
