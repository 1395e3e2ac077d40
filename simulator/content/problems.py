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


VAKTERMEN: dict[str, tuple[str, ...]] = {
    "pennendrijver": ("stiftendrukker",), "pendrijver": ("stiftendrukker",), "stiftenuitdrijver": ("stiftendrukker",),
    "schakelpendrukker": ("stiftendrukker",), "pinnendrukker": ("stiftendrukker",),
    "kastopener": ("kastmes",), "dekselopener": ("kastmes",), "horlogeopener": ("kastmes",), "dekselmes": ("kastmes",),
    "jaxa": ("kastsleutel",), "jaxa-sleutel": ("kastsleutel",), "dekselsleutel": ("kastsleutel",),
    "openingsbal": ("rubberbal",), "wrijfbal": ("rubberbal",),
    "dekselpers": ("kastpers",), "sluitpers": ("kastpers",), "horlogepers": ("kastpers",),
    "pincet": ("plastic-pincet",), "kunststof-pincet": ("plastic-pincet",),
    "blazer": ("blaasbalg",), "luchtblazer": ("blaasbalg",),
    "lektester": ("droogtester",), "waterdichtheidstester": ("droogtester",), "waterdichtheidtester": ("droogtester",),
    "vergrootglas": ("loep",), "loupe": ("loep",),
    "schuifpasser": ("schuifmaat",), "schuifmeter": ("schuifmaat",),
    "ringmaten": ("ringmaatset",), "vingermaten": ("ringmaatset",),
    "ringmaatstok": ("ringstok",), "ringdoorn": ("ringstok",), "triboulet": ("ringstok",),
    "horlogehamer": ("hamertje",), "horlogehamertje": ("hamertje",),
    "bandhouder": ("bandblok",), "zilverdoek": ("poetsdoek",), "poetsdoekje": ("poetsdoek",),
    "griffendrukker": ("griffenduwer",), "chatonduwer": ("griffenduwer",), "zetijzer": ("griffenduwer",),
    "prong-pusher": ("griffenduwer",), "veerpentang": ("veerstaafjestang",), "veerpennentang": ("veerstaafjestang",),
    "springbartang": ("veerstaafjestang",), "springbar-tang": ("veerstaafjestang",),
    "diamantpincet": ("steenpincet",), "steentjespincet": ("steenpincet",), "reinigingsbad": ("ultrasoonbad",),
}
"""Other names a teacher may use for a tool in the catalogue (term -> ids it can mean, the first present wins).
Spelling alone cannot find these: 'pennendrijver' looks nothing like 'stiftendrukker'."""


def distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from a to b: how far a typo is from the word."""
    previous, current = list(range(len(b) + 1)), [0] * (len(b) + 1)
    before: list[int] = []
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, previous = previous, current
    return previous[len(b)]


def _close(word: str, option: str) -> bool:
    """A typo, not another word: at most one edit in four letters (two for short words), ignoring case."""
    return distance(word.lower(), option.lower()) <= max(2, len(word) // 4)


def suggest(word: str, options: Iterable[str]) -> str:
    """A Dutch did-you-mean hint, or '' when nothing is close. Never the word itself: that helps no one.

    Only a close spelling (a typo) or a known other name of the same tool is suggested: a word that merely
    shares letters ('griffenduwer', 'stiftendrukker') is another thing, and naming it would mislead."""
    word = str(word)
    choices = [str(o) for o in options if str(o) != word]
    for meant in VAKTERMEN.get(word.lower().strip(), ()):
        if meant in choices:
            return f"bedoelde je '{meant}'?"
    matches = [m for m in difflib.get_close_matches(word, choices, n=5, cutoff=0.6) if _close(word, m)]
    if not matches:
        lowered = {c.lower(): c for c in choices}
        matches = [lowered[m] for m in difflib.get_close_matches(word.lower(), list(lowered), n=5, cutoff=0.6)
                   if _close(word, m)]
    return f"bedoelde je '{matches[0]}'?" if matches else ""
