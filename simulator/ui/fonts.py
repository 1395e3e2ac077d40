"""Fonts and text: OFL fonts from pinned PyPI packages, sizes per role and text scale, wrapping, a render cache.

Fira Sans for reading, Lora for titles (a jeweller's serif), Atkinson Hyperlegible as the easy-to-read option
(distinct letter shapes; used with wider line spacing). A character a font lacks (Atkinson has no ĳ) is
replaced by a plain equivalent, so Dutch text never shows an empty box.

Fonts are made at the window's scale (simulator.ui.screen) times the text size, so text is rendered at the
real resolution. Wrapping moves a whole word to the next line; only a word wider than the whole line is
hyphenated, the Dutch way (pyphen's Dutch dictionary: "Schroe-vendraaier", "Juwelier-" + "simulator"). A word
that cannot be split anywhere that fits is cut as a last resort, and that cut is remembered so the layout
check (simulator.ui.widgets.check) can name it.
"""

from __future__ import annotations

import importlib.util
import logging
from collections import OrderedDict
from pathlib import Path
from typing import Optional

import pygame
import pyphen

# Base pixel sizes in design pixels (a 1280x720 window) at 100 %.
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
HYPHEN_LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}
HYPHEN = "-"

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

    def __init__(self, schaal: float = 1.0, familie: str = "standaard", *, scale: float = 1.0, taal: str = "nl"):
        self.schaal = schaal
        """The player's text size (1.0 = 100 %)."""
        self.scale = scale
        """The window's scale (simulator.ui.screen.Screen.scale): design pixels to real pixels."""
        self.familie = familie if familie in _FAMILIES else "standaard"
        self.spacing = LINE_SPACING[self.familie]
        self.taal = taal
        self._fonts: dict[str, pygame.font.Font] = {}
        self._missing: dict[str, dict[str, bool]] = {}
        self._renders: OrderedDict = OrderedDict()
        self._wraps: OrderedDict = OrderedDict()
        self._hyphenator: Optional[pyphen.Pyphen] = None
        self.missing_files: list[str] = []
        self.cuts: Optional[list[tuple[str, str, int]]] = None
        """While a layout check listens (`listen()`): (text, word, width) of every word that had to be cut."""
        self.laid_out: Optional[set[tuple[str, str, int]]] = None
        """While a layout check listens: every (text, role, width) wrapped."""

    # -- fonts -------------------------------------------------------------------------------

    def size(self, role: str) -> int:
        base = BASE_SIZES[role]
        factor = 1 + (self.schaal - 1) * 0.5 if role in HEADING_ROLES else self.schaal
        return max(10, round(base * factor * self.scale))

    def px(self, n: float) -> int:
        """Design pixels to real pixels at the window's scale."""
        return round(n * self.scale)

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
        """Lines of at most `width` pixels; '\\n' starts a new line. A word wider than a line is hyphenated."""
        key = (text, role, width)
        found = self._wraps.get(key)
        if found is None:
            found = self._wrap(text, role, width)
            self._wraps[key] = found
            if len(self._wraps) > 2000:
                self._wraps.popitem(last=False)
        if self.laid_out is not None:
            self.laid_out.add(key)
            if self.cuts is not None:
                self.cuts.extend((text, word, width) for word in found[1])
        return found[0]

    def listen(self) -> None:
        """Start recording what is wrapped and which words are cut (for the layout check)."""
        self.laid_out, self.cuts = set(), []

    def stop_listening(self) -> tuple[set[tuple[str, str, int]], list[tuple[str, str, int]]]:
        laid_out, cuts = self.laid_out or set(), self.cuts or []
        self.laid_out, self.cuts = None, None
        return laid_out, cuts

    def _wrap(self, text: str, role: str, width: int) -> tuple[list[str], tuple[str, ...]]:
        lines: list[str] = []
        cut: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for word in _unbreakable(paragraph.split(" ")):
                trial = f"{line} {word}" if line else word
                if self._w(trial, role) <= width:
                    line = trial
                    continue
                if line:
                    lines.append(line)
                if self._w(word, role) > width and len(word) > 1:
                    pieces, forced = self._hyphenate(word, role, width)
                    if forced:
                        cut.append(word)
                    lines.extend(pieces[:-1])
                    word = pieces[-1]
                line = word
            lines.append(line)
        return lines, tuple(cut)

    def _w(self, text: str, role: str) -> int:
        return self.font(role).size(self.normalise(text, role))[0]

    def _hyphenate(self, word: str, role: str, width: int) -> tuple[list[str], bool]:
        """A word wider than a line in pieces that fit, split at its hyphenation points ('Horloge-' 'hamertje'); at a
        hyphen the word already has ('Juwelier-' 'simulator') first, and no second one is added there. Cut anywhere
        only where no point fits; the bool says that happened."""
        own = sorted((i + 1 for i, ch in enumerate(word[:-1]) if ch in "-/" and i > 0), reverse=True)
        syllables = sorted((i for i in self.hyphenator().positions(word) if word[i - 1] not in "-/"), reverse=True)
        ordered = own + syllables   # the word's own hyphen first: 'Juwelier-' 'simulator', not 'Juwelier-simu-
        pieces: list[str] = []
        start, forced = 0, False
        while self._w(word[start:], role) > width and len(word) - start > 1:
            fitting = next((i for i in ordered if i > start and self._w(self._piece(word, start, i), role) <= width),
                           None)
            if fitting is not None:
                pieces.append(self._piece(word, start, fitting))
                start = fitting
            else:
                end = start + _fit(self.font(role), word[start:], width, lambda t: self.normalise(t, role))
                pieces.append(word[start:end])
                start, forced = end, True
        pieces.append(word[start:])
        return pieces, forced

    @staticmethod
    def _piece(word: str, start: int, end: int) -> str:
        return word[start:end] if word[end - 1] in "-/" else word[start:end] + HYPHEN

    def hyphenator(self) -> pyphen.Pyphen:
        if self._hyphenator is None:
            self._hyphenator = pyphen.Pyphen(lang=HYPHEN_LANGUAGES.get(self.taal, "nl_NL"))
        return self._hyphenator

    def block(self, text: str, role: str, colour, width: int, align: str = "left") -> pygame.Surface:
        """Wrapped text pre-rendered on one transparent surface."""
        key = ("\0block", text, role, tuple(colour), width, align)
        lines = self.wrap(text, role, width)  # also when the block is cached: the layout check listens here
        surf = self._renders.get(key)
        if surf is not None:
            return surf
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


def _unbreakable(words: list[str]) -> list[str]:
    """The words of a line, with a euro sign kept on the line of its amount ('€ 24,50', '−€ 3.400')."""
    glued: list[str] = []
    for word in words:
        if glued and glued[-1].endswith("€") and word:
            glued[-1] += " " + word
        else:
            glued.append(word)
    return glued
