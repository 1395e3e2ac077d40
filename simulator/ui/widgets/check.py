"""The layout check: every text fits its box and no two widgets overlap, on a scene as it is laid out now.

What counts as cut off (`afgekapt`):
- a widget whose text needs more room than its box (`Widget.text_need()`), wider or taller;
- a word that had to be cut where Dutch hyphenation allows no break (the fonts record it while the check listens);
- a widget that reaches outside the window; in a scroll region, one that reaches outside the region sideways,
  above its top, or under its scroll bar while the region scrolls. Below the fold of a scroll region is
  scrolling, not clipping: the player scrolls there, so that is allowed.
What counts as an overlap (`overlappen`):
- two widgets of one layer (both fixed on the screen, or both in the same scroll region) whose boxes intersect,
  unless one is drawn on the other on purpose (`widget.inside`, e.g. a name tag on the shop map);
- a fixed widget over a scroll region's viewport, and two scroll regions whose viewports intersect.
An overlay (pause, feedback) is checked on its own: it covers the scene below by design.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import pygame

from simulator.ui.widgets.base import Form, Region, Widget

TOLERANCE = 1
"""Pixels of rounding a box may be off before it counts."""
KINDS = {"Button": "knop", "Text": "tekst", "TypedText": "tekst", "Picture": "vak", "TextField": "invoerveld",
         "Bar": "balk", "ToolButton": "gereedschap", "RoomSpot": "kaartplek", "PinField": "invoerveld"}


@dataclass(frozen=True)
class Opmaak:
    """The outcome of the layout check of one screen."""

    teksten: int
    """How many texts were checked (each wrapped text and each widget's words)."""
    afgekapt: tuple[str, ...]
    """One Dutch line per text that is cut off, naming it."""
    overlappen: tuple[str, ...]
    """One Dutch line per pair of widgets (or regions) that lie over each other."""

    @property
    def ok(self) -> bool:
        return not self.afgekapt and not self.overlappen

    def regel(self) -> str:
        return (f"opmaak: {self.teksten} teksten gecontroleerd, {len(self.afgekapt)} afgekapt, "
                f"{len(self.overlappen)} overlappen")

    def verslag(self) -> str:
        """The summary line and every offender, one per line."""
        return "\n".join([self.regel(), *(f"  afgekapt: {a}" for a in self.afgekapt),
                          *(f"  overlap: {o}" for o in self.overlappen)])


def check_scene(scene) -> Opmaak:
    """Lay the scene out afresh while the fonts listen, then check what it placed."""
    fonts = scene.ctx.fonts
    fonts.listen()
    try:
        scene.relayout()
        scene.ensure_layout()
    finally:
        laid_out, cuts = fonts.stop_listening()
    form: Optional[Form] = getattr(scene, "form", None)
    if form is None:
        return Opmaak(len(laid_out), (), ())
    return check_form(form, scene.ctx.screen.rect, laid_out, cuts)


def check_form(form: Form, screen: pygame.Rect, laid_out=frozenset(), cuts=()) -> Opmaak:
    cut: list[str] = []
    for text, word, width in dict.fromkeys(cuts):
        cut.append(f"het woord '{_short(word)}' in '{_short(text)}' past niet in {width} px en heeft geen "
                   f"afbreekpunt dat past")
    for w in form.widgets:
        cut.extend(_fits(w))
        cut.extend(_placed(w, screen))
    for region in form.regions:
        if not screen.contains(region.rect):
            cut.append(f"een schuifvlak {_box(region.rect)} valt buiten het venster {_box(screen)}")
    texts = {text for text, _, _ in laid_out} | {w.label for w in form.widgets if w.label}
    return Opmaak(len(texts), tuple(dict.fromkeys(cut)), tuple(_overlaps(form)))


def _fits(w: Widget) -> list[str]:
    need = w.text_need()
    if need is None:
        return []
    nw, nh = need
    if nw > w.rect.w + TOLERANCE or nh > w.rect.h + TOLERANCE:
        return [f"{_name(w)} heeft {nw}×{nh} px nodig maar krijgt {w.rect.w}×{w.rect.h} px"]
    return []


def _placed(w: Widget, screen: pygame.Rect) -> list[str]:
    if w.rect.w <= 0 or w.rect.h <= 0:
        return []
    region = w.region
    if region is None:
        if not _inside(w.rect, screen):
            return [f"{_name(w)} {_box(w.rect)} valt buiten het venster {_box(screen)}"]
        return []
    r = region.rect
    right = r.right - (region.bar_w if region.max_scroll > 0 else 0)
    if w.rect.left < r.left - TOLERANCE or w.rect.top < r.top - TOLERANCE:
        return [f"{_name(w)} {_box(w.rect)} begint buiten zijn schuifvlak {_box(r)}"]
    if w.rect.right > right + TOLERANCE:
        where = "onder de schuifbalk" if w.rect.right <= r.right + TOLERANCE else "buiten zijn schuifvlak"
        return [f"{_name(w)} {_box(w.rect)} loopt door tot {where} (rechts {w.rect.right} > {right})"]
    return []


def _overlaps(form: Form) -> list[str]:
    out: list[str] = []
    layers: dict[Optional[Region], list[Widget]] = {}
    for w in form.widgets:
        if w.rect.w > 0 and w.rect.h > 0:
            layers.setdefault(w.region, []).append(w)
    for widgets in layers.values():
        for i, a in enumerate(widgets):
            for b in widgets[i + 1:]:
                if a.inside is b or b.inside is a:
                    continue
                hit = _hit(a.rect, b.rect)
                if hit is not None:
                    out.append(f"{_name(a)} en {_name(b)} liggen over elkaar ({hit.w}×{hit.h} px)")
    for w in layers.get(None, []):
        for region in form.regions:
            hit = _hit(w.rect, region.rect)
            if hit is not None:
                out.append(f"{_name(w)} ligt over een schuifvlak {_box(region.rect)} ({hit.w}×{hit.h} px)")
    for i, one in enumerate(form.regions):
        for other in form.regions[i + 1:]:
            if _hit(one.rect, other.rect) is not None:
                out.append(f"de schuifvlakken {_box(one.rect)} en {_box(other.rect)} liggen over elkaar")
    return out


def _hit(a: pygame.Rect, b: pygame.Rect) -> Optional[pygame.Rect]:
    hit = a.clip(b)
    return hit if hit.w > TOLERANCE and hit.h > TOLERANCE else None


def _inside(rect: pygame.Rect, outer: pygame.Rect) -> bool:
    return outer.inflate(2 * TOLERANCE, 2 * TOLERANCE).contains(rect)


def _name(w: Widget) -> str:
    kind = KINDS.get(type(w).__name__, "onderdeel")
    words = w.label or w.key or ""
    return f"{kind} '{_short(words)}'" if words else kind


def _short(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _box(r: pygame.Rect) -> str:
    return f"({r.left},{r.top} {r.w}×{r.h})"
