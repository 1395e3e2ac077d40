"""Fonts and text: OFL fonts from pinned PyPI packages, sizes per role and text scale, wrapping, a render cache.

Fira Sans for reading, Lora for titles (a jeweller's serif), Atkinson Hyperlegible as the easy-to-read option
(distinct letter shapes; used with wider line spacing). A character a font lacks (Atkinson has no ĳ) is
replaced by a plain equivalent, so Dutch text never shows an empty box.
"""

from __future__ import annotations

import importlib.util
import logging
from collections import OrderedDict
from pathlib import Path

import pygame

# Base pixel sizes on the 1280x720 canvas at 100 %.
BASE_SIZES = {"body": 26, "bold": 26, "small": 22, "button": 26, "heading": 32, "title": 46}
# Titles grow half as fast as body text: at 200 % they would otherwise crowd out what they title.
HEADING_ROLES = ("heading", "title")

_FAMILIES = {
    "standaard": {
        "body": ("fontpkg_fira_sans", "FiraSans-Regular.ttf"),
        "small": ("fontpkg_fira_sans", "FiraSans-Regular.ttf"),
        "bold": ("fontpkg_fira_sans", "FiraSans-SemiBold.ttf"),
        "button": ("fontpkg_fira_sans", "FiraSans-Medium.ttf"),
        "heading": ("fontpkg_lora", "Lora[wght].ttf"),
        "title": ("fontpkg_lora", "Lora[wght].ttf"),
    },
    "leesbaar": {
        "body": ("fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-Regular.ttf"),
        "small": ("fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-Regular.ttf"),
        "bold": ("fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-Bold.ttf"),
        "button": ("fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-Bold.ttf"),
        "heading": ("fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-Bold.ttf"),
        "title": ("fontpkg_atkinson_hyperlegible", "AtkinsonHyperlegible-Bold.ttf"),
    },
}
LINE_SPACING = {"standaard": 1.25, "leesbaar": 1.5}

# Plain stand-ins for characters a font may lack.
_STAND_INS = {
    "ĳ": "ij", "Ĳ": "IJ", "…": "...", "‘": "'", "’": "'", "“": '"', "”": '"', "„": '"',
    "–": "-", "—": "-", "\u2011": "-", "×": "x", "€": "EUR", "→": "->", "•": "-", "½": "1/2", "²": "2",
}
_NOTDEF = "\uffff"

log = logging.getLogger(__name__)
_reported: set[str] = set()
"""Font files already reported missing: one warning per file per run, not one per role or settings change."""


def used_font_files() -> set[tuple[str, str]]:
    """Every (package, file name) the game can load: the build ships exactly these."""
    return {entry for family in _FAMILIES.values() for entry in family.values()}


def font_file(package: str, name: str) -> Path | None:
    """The path of a font file inside an installed font package, without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "files" / name
    return path if path.exists() else None


class Fonts:
    """Fonts at one text scale and family. Make a new one when the settings change (the caches go with it)."""

    def __init__(self, schaal: float = 1.0, familie: str = "standaard"):
        self.schaal = schaal
        self.familie = familie if familie in _FAMILIES else "standaard"
        self.spacing = LINE_SPACING[self.familie]
        self._fonts: dict[str, pygame.font.Font] = {}
        self._missing: dict[str, dict[str, bool]] = {}
        self._renders: OrderedDict = OrderedDict()
        self._wraps: OrderedDict = OrderedDict()
        self.missing_files: list[str] = []

    # -- fonts -------------------------------------------------------------------------------

    def size(self, role: str) -> int:
        base = BASE_SIZES[role]
        factor = 1 + (self.schaal - 1) * 0.5 if role in HEADING_ROLES else self.schaal
        return max(10, round(base * factor))

    def font(self, role: str) -> pygame.font.Font:
        found = self._fonts.get(role)
        if found is None:
            package, name = _FAMILIES[self.familie][role]
            path = font_file(package, name)
            if path is None:
                # A broken install should still show text, but say so: a silent fallback hid a missing Lora.
                self.missing_files.append(f"{package}/{name}")
                _report_missing(package, name)
                found = pygame.font.Font(None, round(self.size(role) * 1.3))
            else:
                found = pygame.font.Font(str(path), self.size(role))
            self._fonts[role] = found
        return found

    def line_height(self, role: str) -> int:
        return round(self.font(role).get_linesize() * self.spacing)

    # -- text --------------------------------------------------------------------------------

    def normalise(self, text: str, role: str) -> str:
        """Replace characters the role's font cannot draw by a plain stand-in."""
        if text.isascii():
            return text
        out = []
        for ch in text:
            if ch.isascii() or ch not in _STAND_INS:
                out.append(ch)
            else:
                out.append(_STAND_INS[ch] if self._lacks(role, ch) else ch)
        return "".join(out)

    def _lacks(self, role: str, ch: str) -> bool:
        key = "/".join(_FAMILIES[self.familie][role])
        known = self._missing.setdefault(key, {})
        if ch not in known:
            font = self.font(role)
            # SDL_ttf draws a missing glyph as the font's .notdef box: compare with that.
            known[ch] = _pixels(font, ch) == _pixels(font, _NOTDEF)
        return known[ch]

    def render(self, text: str, role: str, colour) -> pygame.Surface:
        key = (text, role, tuple(colour))
        surf = self._renders.get(key)
        if surf is None:
            surf = self.font(role).render(self.normalise(text, role), True, colour)
            self._renders[key] = surf
            if len(self._renders) > 3000:
                self._renders.popitem(last=False)
        else:
            self._renders.move_to_end(key)
        return surf

    def width(self, text: str, role: str) -> int:
        return self.font(role).size(self.normalise(text, role))[0]

    def wrap(self, text: str, role: str, width: int) -> list[str]:
        """Lines of at most `width` pixels; words longer than a line are split; '\\n' starts a new line."""
        key = (text, role, width)
        lines = self._wraps.get(key)
        if lines is not None:
            return lines
        font = self.font(role)
        lines = []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                trial = f"{line} {word}" if line else word
                if font.size(self.normalise(trial, role))[0] <= width:
                    line = trial
                    continue
                if line:
                    lines.append(line)
                while font.size(self.normalise(word, role))[0] > width and len(word) > 1:
                    cut = _fit(font, word, width, lambda s: self.normalise(s, role))
                    lines.append(word[:cut])
                    word = word[cut:]
                line = word
            lines.append(line)
        self._wraps[key] = lines
        if len(self._wraps) > 2000:
            self._wraps.popitem(last=False)
        return lines

    def block(self, text: str, role: str, colour, width: int, align: str = "left") -> pygame.Surface:
        """Wrapped text pre-rendered on one transparent surface."""
        key = ("\0block", text, role, tuple(colour), width, align)
        surf = self._renders.get(key)
        if surf is not None:
            return surf
        lines = self.wrap(text, role, width)
        lh = self.line_height(role)
        surf = pygame.Surface((max(1, width), max(1, lh * len(lines))), pygame.SRCALPHA)
        for i, line in enumerate(lines):
            if not line:
                continue
            img = self.render(line, role, colour)
            x = {"left": 0, "center": (width - img.get_width()) // 2, "right": width - img.get_width()}[align]
            surf.blit(img, (x, i * lh + (lh - img.get_height()) // 2))
        self._renders[key] = surf
        return surf

    def block_height(self, text: str, role: str, width: int) -> int:
        return self.line_height(role) * len(self.wrap(text, role, width))


def _report_missing(package: str, name: str) -> None:
    key = f"{package}/{name}"
    if key in _reported:
        return
    _reported.add(key)
    log.warning("Let op: lettertype %s ontbreekt (pakket %s); het spel gebruikt nu het standaardlettertype "
                "van pygame. Installeer het opnieuw met: python -m pip install --force-reinstall %s, of maak de "
                "build opnieuw.", name, package, package.replace("_", "-"))


def _fit(font, word: str, width: int, norm) -> int:
    cut = len(word) - 1
    while cut > 1 and font.size(norm(word[:cut]))[0] > width:
        cut -= 1
    return max(1, cut)


def _pixels(font: pygame.font.Font, ch: str) -> bytes:
    return pygame.image.tobytes(font.render(ch, False, (255, 255, 255), (0, 0, 0)), "RGB")
