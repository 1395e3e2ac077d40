"""The player's settings (text size, font, theme, text pace, language, volume), kept per profile as a plain dict."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

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
        raw = {f.name: data.get(f.name, getattr(base, f.name)) for f in fields(cls)}
        volume = raw["volume"]
        return cls(
            tekstgrootte=_clamp_size(raw["tekstgrootte"]),
            lettertype=raw["lettertype"] if raw["lettertype"] in LETTERTYPES else base.lettertype,
            thema=raw["thema"] if raw["thema"] in THEMAS else base.thema,
            tempo=raw["tempo"] if raw["tempo"] in TEMPOS else base.tempo,
            taal=raw["taal"] if raw["taal"] in TALEN else base.taal,
            volume=max(0, min(100, int(volume))) if isinstance(volume, (int, float)) else base.volume,
            volledig_scherm=bool(raw["volledig_scherm"]),
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
