"""Quiet sounds (the shop door bell, a soft click). No audio device, or any audio error: the game stays silent."""

from __future__ import annotations

import sys

import pygame

from simulator import paths

SOUNDS_DIR = paths.ASSETS_DIR / "sounds"
NAMES = {"deurbel": "deurbel.wav", "klik": "klik.wav"}
# The click is a by-product of every button; keep it well under the bell.
LEVEL = {"deurbel": 0.8, "klik": 0.35}


class Sounds:
    def __init__(self, volume: int = 30, enabled: bool = True):
        self.volume = volume
        self.enabled = enabled
        self._ready = False
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self.played: list[str] = []
        """Names of the sounds asked for, in order (tests read this; audio itself may be silent)."""

    def _init(self) -> bool:
        if self._ready:
            return True
        if not self.enabled:
            return False
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=22050, size=-16, channels=1, buffer=1024)
            for name, file in NAMES.items():
                path = SOUNDS_DIR / file
                if path.exists():
                    self._sounds[name] = pygame.mixer.Sound(str(path))
            self._ready = True
        except (pygame.error, OSError, NotImplementedError) as exc:
            print(f"juwelier: geen geluid ({exc}); het spel gaat stil verder.", file=sys.stderr)
            self.enabled = False
        return self._ready

    def play(self, name: str) -> None:
        self.played.append(name)
        if self.volume <= 0 or not self._init():
            return
        sound = self._sounds.get(name)
        if sound is None:
            return
        try:
            sound.set_volume(self.volume / 100 * LEVEL.get(name, 0.5))
            sound.play()
        except pygame.error:
            self.enabled = False
