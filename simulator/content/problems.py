"""Problems found in a scenario file: what is wrong, where, and how to fix it, in Dutch."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable, Literal

Ernst = Literal["fout", "waarschuwing"]


@dataclass(frozen=True)
class Probleem:
    """One problem in one file, as a teacher should read it."""

    bestand: str
    regel: int
    """1-based line number; 0 when the problem concerns the whole file."""
    kolom: int
    """1-based column number; 0 when unknown."""
    code: str
    """Stable code (J101…), listed in docs/scenario-schrijven.md, so a teacher can look it up."""
    bericht: str
    hint: str = ""
    ernst: Ernst = "fout"

    def __str__(self) -> str:
        waar = self.bestand
        if self.regel:
            waar += f":{self.regel}"
            if self.kolom:
                waar += f":{self.kolom}"
        tekst = f"{waar}: {self.ernst} {self.code}: {self.bericht}"
        if self.hint:
            tekst += f"\n    tip: {self.hint}"
        return tekst

    def as_dict(self) -> dict:
        return {
            "bestand": self.bestand,
            "regel": self.regel,
            "kolom": self.kolom,
            "ernst": self.ernst,
            "code": self.code,
            "bericht": self.bericht,
            "hint": self.hint,
        }


class ScenarioError(ValueError):
    """A scenario file could not be loaded; carries every problem found in it."""

    def __init__(self, problemen: Iterable[Probleem]):
        self.problemen = tuple(problemen)
        super().__init__("\n".join(str(p) for p in self.problemen))


def suggest(word: str, options: Iterable[str]) -> str:
    """A Dutch did-you-mean hint, or '' when nothing is close. Never the word itself: that helps no one."""
    matches = difflib.get_close_matches(str(word), [str(o) for o in options if str(o) != str(word)], n=1, cutoff=0.6)
    return f"bedoelde je '{matches[0]}'?" if matches else ""
