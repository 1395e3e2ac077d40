"""The player's settings (text size, font, theme, text pace, language, volume), kept per profile as a plain dict."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

TEKSTGROOTTES = (100, 125, 150, 175, 200)
LETTERTYPES = ("standaard", "leesbaar")
THEMAS = ("creme", "contrast")
TEMPOS = ("direct", "typen")
TALEN = ("nl", "en")


@dataclass(frozen=True)
class Instellingen:
    tekstgrootte: int = 100
    """Percent of the base text size, 100..200."""
    lettertype: str = "standaard"
    """'standaard' (Fira Sans) or 'leesbaar' (Atkinson Hyperlegible, with wider line spacing)."""
    thema: str = "creme"
    tempo: str = "direct"
    """How a line appears: all at once, or typed (any key or click shows it all)."""
    taal: str = "nl"
    volume: int = 30
    """0..100; quiet by default for a classroom."""
    volledig_scherm: bool = False

    @classmethod
    def from_dict(cls, data: dict | None) -> "Instellingen":
        """Lenient: unknown keys are ignored and odd values fall back to the default, so an old save never breaks."""
        base = cls()
        if not isinstance(data, dict):
            return base
        values = {}
        for f in fields(cls):
            v = data.get(f.name, getattr(base, f.name))
            values[f.name] = v
        out = cls(**values)
        return replace(
            out,
            tekstgrootte=_clamp_size(out.tekstgrootte),
            lettertype=out.lettertype if out.lettertype in LETTERTYPES else base.lettertype,
            thema=out.thema if out.thema in THEMAS else base.thema,
            tempo=out.tempo if out.tempo in TEMPOS else base.tempo,
            taal=out.taal if out.taal in TALEN else base.taal,
            volume=max(0, min(100, int(out.volume))) if isinstance(out.volume, (int, float)) else base.volume,
            volledig_scherm=bool(out.volledig_scherm),
        )

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def schaal(self) -> float:
        return self.tekstgrootte / 100.0


def _clamp_size(value) -> int:
    try:
        value = int(value)
    except (TypeError, ValueError):
        return 100
    return min(TEKSTGROOTTES, key=lambda s: abs(s - value))
