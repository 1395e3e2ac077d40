"""Preview for teachers who write scenarios: `juwelier speel PAD.yaml --volg [--stap ID] [--zet var=waarde]`.

The scenario opens in the game as a guest (nothing is saved). With --volg the file is polled (mtime and size,
twice a second) and reloaded when it is saved: the player stays at the same step when it still exists; a file
with errors shows its problems in a calm panel over the last good version, and the game recovers by itself
when the file is fixed. Nothing here imports pygame at module level, so the CLI can use the option parsing.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from simulator import content
from simulator.content import ScenarioError
from simulator.content.problems import suggest
from simulator.engine import Session
from simulator.engine.session import SessionError

if TYPE_CHECKING:
    import pygame

POLL_INTERVAL_S = 0.5
BADGE_WIDTH = 400

TEKSTEN = {
    "nl": {
        "badge": "Voorbeeld · {bestand}",
        "bijgewerkt": "Bijgewerkt om {tijd}",
        "fout": "Fout in het bestand, regel {regel}",
        "fout_bestand": "Fout in het bestand",
        "stap_weg": "Stap '{stap}' bestaat niet meer: opnieuw begonnen bij het begin.",
        "ander_id": "Het scenario-id is veranderd: opnieuw begonnen bij het begin.",
        "geen_stap": "Stap '{stap}' bestaat niet: begonnen bij het begin.",
        "wacht": "Het spel wacht op een bestand zonder fouten. Verbeter het bestand en sla het op: "
                 "het scenario begint dan vanzelf.",
        "titel_een": "Het bestand heeft een fout",
        "titel": "Het bestand heeft {n} fouten",
        "uitleg": "Je ziet nog de laatste goede versie. Verbeter het bestand en sla het op: "
                  "het spel laadt het dan vanzelf opnieuw.",
        "regel": "{bestand}, regel {regel}",
        "heel_bestand": "{bestand}",
        "tip": "Tip: {hint}",
        "meer": "En nog {n} meer. Zie ook: juwelier controleer {bestand}",
        "verder": "Speel verder met de laatste goede versie",
        "toon_fouten": "Toon de fouten",
    },
    "en": {
        "badge": "Preview · {bestand}",
        "bijgewerkt": "Updated at {tijd}",
        "fout": "Error in the file, line {regel}",
        "fout_bestand": "Error in the file",
        "stap_weg": "Step '{stap}' no longer exists: started again from the beginning.",
        "ander_id": "The scenario id changed: started again from the beginning.",
        "geen_stap": "Step '{stap}' does not exist: started from the beginning.",
        "wacht": "The game waits for a file without errors. Fix the file and save it: the scenario then starts by itself.",
        "titel_een": "The file has an error",
        "titel": "The file has {n} errors",
        "uitleg": "You still see the last good version. Fix the file and save it: the game then reloads it by itself.",
        "regel": "{bestand}, line {regel}",
        "heel_bestand": "{bestand}",
        "tip": "Tip: {hint}",
        "meer": "And {n} more. See also: juwelier controleer {bestand}",
        "verder": "Play on with the last good version",
        "toon_fouten": "Show the errors",
    },
}


def tekst(ctx, key: str, **values) -> str:
    taal = getattr(getattr(ctx, "settings", None), "taal", "nl")
    return TEKSTEN.get(taal, TEKSTEN["nl"])[key].format(**values)


class PreviewError(ValueError):
    """A preview option that cannot be used; the message is Dutch and says how to fix it."""


# -- options: --stap and --zet ------------------------------------------------------------------

def parse_waarde(text: str):
    """A --zet value as the scenario format would read it: a bool, an int, a float, else text."""
    t = text.strip()
    low = t.lower()
    if low in ("true", "ja", "waar"):
        return True
    if low in ("false", "nee", "onwaar"):
        return False
    if re.fullmatch(r"[+-]?\d+", t):
        return int(t)
    if re.fullmatch(r"[+-]?(\d+[.,]\d*|[.,]\d+)", t):
        return float(t.replace(",", "."))  # 12,5 as a Dutch teacher writes it
    if len(t) >= 2 and t[0] == t[-1] and t[0] in "'\"":
        return t[1:-1]
    return t


def parse_zet(items) -> dict:
    """['geld=20', 'vip=ja'] -> {'geld': 20, 'vip': True}; a malformed item raises PreviewError."""
    out = {}
    for item in items or ():
        name, sep, value = str(item).partition("=")
        if not sep or not name.strip():
            raise PreviewError(f"--zet verwacht naam=waarde, bijvoorbeeld --zet korting=10 (niet '{item}')")
        out[name.strip()] = parse_waarde(value)
    return out


def variable_names(scenario) -> set[str]:
    """Every variable the scenario knows: its beginwaarden and every name a choice sets (`zet`) or counts (`tel`)."""
    from pydantic import BaseModel
    names = set(scenario.beginwaarden())

    def walk(obj) -> None:
        if isinstance(obj, BaseModel):
            for field in type(obj).model_fields:
                value = getattr(obj, field, None)
                if field in ("zet", "tel") and isinstance(value, dict):
                    names.update(value)
                walk(value)
        elif isinstance(obj, dict):
            for value in obj.values():
                walk(value)
        elif isinstance(obj, (list, tuple)):
            for value in obj:
                walk(value)

    walk(scenario)
    return names


def check_stap(geladen, stap: Optional[str]) -> None:
    """An unknown --stap raises PreviewError with a did-you-mean."""
    if stap is None or stap in geladen.scenario.stappen:
        return
    hint = suggest(stap, geladen.scenario.stappen)
    raise PreviewError(f"stap '{stap}' bestaat niet in {geladen.bestand}"
                       + (f"; {hint}" if hint else f". Stappen: {', '.join(geladen.scenario.stappen)}"))


def zet_warnings(geladen, zet: dict) -> list[str]:
    known = variable_names(geladen.scenario)
    out = []
    for name in zet:
        if name not in known:
            hint = suggest(name, known)
            out.append(f"let op: het scenario kent geen variabele '{name}'" + (f" ({hint})" if hint else "")
                       + "; ik zet hem toch.")
    return out


def start_session(geladen, stap: Optional[str] = None, zet: Optional[dict] = None) -> Session:
    """A session at the start, or at `stap`, with the variables in `zet` preset."""
    check_stap(geladen, stap)
    session = Session(geladen)
    if stap is None and not zet:
        return session
    state = session.state.model_copy(update={
        "stap": stap or session.state.stap,
        "variabelen": {**session.state.variabelen, **(zet or {})},
    })
    return Session(geladen, state)


# -- watching the file ------------------------------------------------------------------------------

class Watcher:
    """Tells when a file was saved: its (mtime, size) differs from the last look. At most one stat per interval."""

    def __init__(self, path, interval: float = POLL_INTERVAL_S):
        self.path = Path(path)
        self.interval = interval
        self._next = 0.0
        self._seen = self._signature()

    def _signature(self):
        try:
            st = os.stat(self.path)
        except OSError:
            return None  # an editor saving via a temporary file: gone for a moment, not changed yet
        return (st.st_mtime_ns, st.st_size)

    def changed(self, now: Optional[float] = None) -> bool:
        now = time.monotonic() if now is None else now
        if now < self._next:
            return False
        self._next = now + self.interval
        seen = self._signature()
        if seen is None or seen == self._seen:
            return False
        self._seen = seen
        return True

    def again(self) -> None:
        """Report the file as changed at the next look (reading it failed this time)."""
        self._seen = None


@dataclass
class Reload:
    """What one reload did: a new version in play, or the problems of a broken file."""

    geladen: Optional[content.GeladenScenario] = None
    problemen: tuple = ()
    bericht: str = ""


class Preview:
    """Lives beside the scenes (App.extras): polls the file, rebuilds the game after a save, draws the badge."""

    def __init__(self, app, path, geladen, *, stap: Optional[str] = None, zet: Optional[dict] = None,
                 volg: bool = True, interval: float = POLL_INTERVAL_S):
        self.app = app
        self.ctx = app.ctx
        self.path = Path(path)
        self.geladen = geladen
        """The last good version."""
        self.stap = stap
        """--stap: used again when the game (re)starts without a session to carry over."""
        self.zet = dict(zet or {})
        self.watcher = Watcher(self.path, interval) if volg else None
        self.problemen: tuple = ()
        self.status = ""
        self.reloads = 0
        self._badge: Optional[pygame.Surface] = None

    wake_event: Optional[int] = None
    """The timer event that wakes the sleeping app to look at the file (None without --volg)."""

    def stop(self) -> None:
        """Stop the wake-up timer (the window closes, or a test is done with this app)."""
        if self.wake_event is not None:
            import pygame
            pygame.time.set_timer(self.wake_event, 0)
            self.wake_event = None

    # -- per frame ---------------------------------------------------------------------------

    def tick(self) -> None:
        if self.watcher is not None and self.watcher.changed():
            self.reload()

    def reload(self) -> Reload:
        try:
            raw = self.path.read_bytes()
            nieuw = content.parse_safely(raw, str(self.path), strict=True, wereld=content.wereld_voor(self.path))
        except OSError:
            if self.watcher is not None:
                self.watcher.again()  # locked mid-save (Windows): look again next time
            return Reload()
        except ScenarioError as exc:
            self.failed(tuple(exc.problemen))
            return Reload(problemen=self.problemen)
        self.problemen = ()
        self.reloads += 1
        bericht = self._rebuild(nieuw)
        self.geladen = nieuw
        self._set_status(bericht or tekst(self.ctx, "bijgewerkt", tijd=time.strftime("%H:%M:%S")))
        return Reload(geladen=nieuw, bericht=bericht)

    def failed(self, problemen: tuple) -> None:
        """The file does not load: say so in the badge and show the problems over what is on screen."""
        self.problemen = problemen
        first = problemen[0] if problemen else None
        self._set_status(tekst(self.ctx, "fout", regel=first.regel) if first and first.regel
                         else tekst(self.ctx, "fout_bestand"))
        self._show_problems()

    def _game_session(self):
        for scene in reversed(self.app.stack.scenes):
            if getattr(scene, "session", None) is not None:
                return scene.session
        return None

    def _rebuild(self, nieuw) -> str:
        """Put the new version in play at the same step (the log and variables carry over); '' or what happened."""
        from simulator.ui.scenes.dialogue import DialogueScene
        old = self._game_session()
        bericht = ""
        session = None
        if old is not None:
            state = old.state
            # variables the new version declares get their start value; what the student did stays
            state = state.model_copy(update={"variabelen": {**nieuw.scenario.beginwaarden(), **state.variabelen}})
            try:
                session = Session(nieuw, state)
            except SessionError:
                same_id = state.scenario == nieuw.scenario.id
                bericht = tekst(self.ctx, "stap_weg" if same_id else "ander_id", stap=state.stap)
        if session is None:
            stap = self.stap
            if stap is not None and stap not in nieuw.scenario.stappen:
                bericht = bericht or tekst(self.ctx, "geen_stap", stap=stap)
                stap = None
            session = start_session(nieuw, stap if old is None else None, self.zet)
        self.app.stack.reset(DialogueScene(self.ctx, nieuw, session, "oefenen"))
        return bericht

    def _show_problems(self) -> None:
        from simulator.ui.scenes.preview_errors import PreviewErrorScene
        top = self.app.stack.top
        if isinstance(top, PreviewErrorScene):
            top.problemen = self.problemen
            top.relayout()
        else:
            self.app.stack.push(PreviewErrorScene(self.ctx, self.problemen))

    def _set_status(self, text: str) -> None:
        self.status = text
        self._badge = None
        self.app.stack.changed = True  # a new frame, so the badge shows it

    # -- the badge -----------------------------------------------------------------------------

    def badge_text(self) -> str:
        head = tekst(self.ctx, "badge", bestand=self.path.name)
        return f"{head}\n{self.status}" if self.status else head

    def _fitted_head(self) -> str:
        """'Voorbeeld · name.yaml', the name shortened in the middle so the badge stays on the shop counter."""
        name = self.path.name
        head = tekst(self.ctx, "badge", bestand=name)
        stem, suffix = self.path.stem, self.path.suffix
        while self.ctx.fonts.render(head, "bold", self.ctx.theme.accent).get_width() > BADGE_WIDTH and len(stem) > 8:
            stem = stem[:-1]
            head = tekst(self.ctx, "badge", bestand=f"{stem}…{suffix}")
        return head

    def draw(self, surface) -> None:
        """Bottom left, over the shop counter: the one place no scene puts a button."""
        import pygame
        from simulator.ui import draw
        if self._badge is None:
            theme, fonts = self.ctx.theme, self.ctx.fonts
            head = fonts.render(self._fitted_head(), "bold", theme.accent)
            status = fonts.block(self.status, "small", theme.text, BADGE_WIDTH) if self.status else None
            pad = 10
            w = max(head.get_width(), status.get_width() if status else 0) + 2 * pad
            h = head.get_height() + (status.get_height() + 2 if status else 0) + pad
            surf = pygame.Surface((w, h), pygame.SRCALPHA)
            draw.panel(surf, theme, surf.get_rect(), radius=8, alpha=235)
            surf.blit(head, (pad, pad // 2))
            if status:
                surf.blit(status, (pad, pad // 2 + head.get_height() + 2))
            self._badge = surf
        surface.blit(self._badge, (8, surface.get_height() - self._badge.get_height() - 8))


# -- putting it together ------------------------------------------------------------------------

def make_preview_app(path, geladen, *, stap: Optional[str] = None, zet: Optional[dict] = None, volg: bool = True,
                     interval: float = POLL_INTERVAL_S, problemen=(), **kwargs):
    """The game on this scenario as a guest, at `stap` with `zet` preset; with `volg` it reloads on save.
    Without `geladen` (the file does not load yet) it shows `problemen` and waits for a good save."""
    from simulator.ui.game import make_app
    from simulator.ui.scenes.dialogue import DialogueScene
    session = start_session(geladen, stap, zet) if geladen is not None else None
    kwargs.setdefault("store", lambda: None)  # a guest: no saves folder is opened, nothing is recorded
    app = make_app(**kwargs)
    preview = Preview(app, path, geladen, stap=stap, zet=zet, volg=volg, interval=interval)
    if session is not None:
        app.stack.reset(DialogueScene(app.ctx, geladen, session, "oefenen"))
    else:
        from simulator.ui.scenes.preview_errors import WaitingScene
        app.stack.reset(WaitingScene(app.ctx))
        preview.failed(tuple(problemen))
    app.extras.append(preview)
    app.preview = preview
    if volg:
        import pygame
        # the app sleeps up to a second between events; a timer wakes it twice a second to look at the file
        preview.wake_event = pygame.event.custom_type()
        pygame.time.set_timer(preview.wake_event, max(50, int(interval * 1000)))
    return app


def run_preview(path, geladen, *, stap=None, zet=None, volg=True, problemen=()) -> int:
    """Open the preview window (called by `juwelier speel PAD.yaml --volg`)."""
    from simulator.ui import pygame_problem
    problem = pygame_problem()
    if problem:
        import sys
        print(f"juwelier: {problem}", file=sys.stderr)
        return 2
    import pygame
    app = make_preview_app(path, geladen, stap=stap, zet=zet, volg=volg, problemen=problemen)
    try:
        return app.run()
    finally:
        app.preview.stop()
        pygame.quit()
