"""Make the game's sounds (assets/sounds/*.wav) from sine waves: a shop door bell and a soft click.

    python tools/make_sounds.py

Pure Python (wave + math), deterministic, 22.05 kHz mono 16-bit; the files are committed, this script
shows how they were made. Both are quiet on purpose: a classroom has twenty of them.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parents[1] / "assets" / "sounds"


def bell_tone(freq: float, start: float, length: float, level: float, total: float) -> list[float]:
    """A struck bell: a few inharmonic partials, each fading at its own pace."""
    partials = ((1.0, 1.0, 2.2), (2.0, 0.45, 3.5), (2.76, 0.25, 5.0), (5.4, 0.08, 8.0))
    out = [0.0] * int(total * RATE)
    first = int(start * RATE)
    for i in range(int(length * RATE)):
        t = i / RATE
        attack = min(1.0, t / 0.004)
        v = sum(a * math.exp(-d * t) * math.sin(2 * math.pi * freq * m * t) for m, a, d in partials)
        if first + i < len(out):
            out[first + i] += level * attack * v
    return out


def mix(*tracks: list[float]) -> list[float]:
    return [sum(s) for s in zip(*tracks)]


def save(name: str, samples: list[float], peak: float) -> None:
    top = max(abs(s) for s in samples) or 1.0
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s / top * peak * 32767)) for s in samples))


def main() -> None:
    total = 1.6
    # ding-dong: E6 then C#6, the second a little softer
    save("deurbel.wav", mix(bell_tone(1318.5, 0.0, 1.2, 1.0, total), bell_tone(1108.7, 0.32, 1.28, 0.8, total)), 0.5)
    # a soft tick: a short, quickly damped low sine with a touch of a higher one
    n = int(0.035 * RATE)
    click = [math.exp(-i / (0.004 * RATE)) * (math.sin(2 * math.pi * 1400 * i / RATE)
                                               + 0.3 * math.sin(2 * math.pi * 3100 * i / RATE)) for i in range(n)]
    save("klik.wav", click, 0.35)


if __name__ == "__main__":
    main()
