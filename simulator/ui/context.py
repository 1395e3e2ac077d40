"""What every scene shares: the store and the profile, settings, theme, fonts, strings, sounds, art, the library.

The heavy parts (scenario library, dossier) load lazily: the library in a background thread started after
the first frame, so the start screen shows at once on a slow school PC.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from simulator import paths
from simulator.ui.artwork import Art
from simulator.ui.fonts import Fonts
from simulator.ui.screen import DESIGN, Screen
from simulator.ui.settings import Instellingen
from simulator.ui.sound import Sounds
from simulator.strings import Strings
from simulator.ui.theme import theme as theme_named

if TYPE_CHECKING:
    from simulator.progress import Profile, School
    from simulator.ui.app import App


def library_folders() -> list[Path]:
    """The shipped scenarios, plus folders a school adds in JUWELIER_SCENARIOS (separated like PATH)."""
    extra = [Path(p) for p in os.environ.get("JUWELIER_SCENARIOS", "").split(os.pathsep) if p.strip()]
    return [paths.SCENARIOS_DIR, *extra]


class Context:
    def __init__(self, store, settings: Optional[Instellingen] = None, *, library=None, folders=None,
                 sound: bool = True):
        # a Store, or a callable that makes one: opening the saves may import a lot, so the start
        # screen can show before it happens
        self._store_factory = store if (callable(store) and not hasattr(store, "profiles")) else None
        self._store = None if self._store_factory else store
        self.app: Optional[App] = None
        self.profile: Optional[Profile] = None
        """The chosen Profile (id, naam, klas), or None for a guest (nothing is saved)."""
        self.settings = settings or Instellingen()
        self.sounds = Sounds(self.settings.volume, enabled=sound)
        self.art = Art()
        self._folders = folders if folders is not None else library_folders()
        self._library = library
        self._thread: Optional[threading.Thread] = None
        self._load_error: Optional[BaseException] = None
        self.messages: list[str] = []
        self._school: Optional[School] = None
        self.screen = Screen(*DESIGN)
        """The window: its size in real pixels and the scale the scenes lay out at (the App keeps it current)."""
        self._build()

    def _build(self) -> None:
        s = self.settings
        self.theme = theme_named(s.thema)
        self.fonts = Fonts(s.schaal, s.lettertype, scale=self.screen.scale, taal=s.taal)
        self.strings = Strings(s.taal)
        self.sounds.volume = s.volume

    def resize(self, screen: Screen) -> None:
        """The window changed size: fonts for its scale (the App then lays every scene out again)."""
        if screen != self.screen:
            self.screen = screen
            self._build()

    def px(self, n: float) -> int:
        """Design pixels to window pixels (see simulator.ui.screen)."""
        return self.screen.px(n)

    # -- the store ---------------------------------------------------------------------------

    @property
    def store_ready(self) -> bool:
        return self._store is not None

    def open_store(self):
        if self._store is None and self._store_factory is not None:
            factory, self._store_factory = self._store_factory, None
            self._store = factory()
        return self._store

    @property
    def store(self):
        return self.open_store()

    @property
    def school(self):
        """The school configuration (teacher PIN, LRS, extra scenario folders, lessons): never the saves folder."""
        if self._school is None or (self._school.saves is None and self._store is not None):
            from simulator.progress import School
            self._school = School.find(saves=getattr(self._store, "folder", None))
        return self._school

    def take_store_messages(self) -> list[str]:
        """The store's messages for the player at this PC: never another student's notices (they wait for them)."""
        store = self.store
        if store is None:
            return []
        return list(store.take_messages(self.profile.id if self.profile is not None else None))

    # -- settings ----------------------------------------------------------------------------

    def apply(self, settings: Instellingen, save: bool = True) -> None:
        """Use new settings now (every scene lays itself out again) and remember them for the profile."""
        self.settings = settings
        self._build()
        if save:
            self._safe(lambda s, p: s.save_settings(p, settings.to_dict()))
        if self.app is not None:
            if self.app.fullscreen != settings.volledig_scherm:
                self.app.toggle_fullscreen()
            self.app.relayout()

    def choose_profile(self, profile) -> None:
        """Take this profile's settings; a new profile keeps what was set on the start screen.

        None, or a saves folder this PC cannot write, means playing as a guest (said in Dutch): nothing is saved.
        """
        store = self.store
        if profile is not None and store is not None and not store.writable():
            self.messages.append(store.read_only_message())
            profile = None
        self.profile = profile
        if profile is None:
            return
        saved = self._safe(lambda s, p: s.settings(p), {}) or {}
        if saved:
            # full screen belongs to this PC's window, not to the profile: choosing a profile keeps it (F11)
            mine = Instellingen.from_dict({**saved, "volledig_scherm": self.settings.volledig_scherm})
            self.apply(mine, save=False)
        else:
            self.apply(self.settings, save=True)

    # -- the library -------------------------------------------------------------------------

    def start_loading(self) -> None:
        if self._library is not None or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._load, name="bibliotheek", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        try:
            from simulator import content
            from simulator.content.cache import default_cache_dir
            from simulator.ui.folders import readable_folders, report_broken
            library = content.load_library([*self._folders, *readable_folders(self.school)],
                                           cache_dir=default_cache_dir())
            self.messages.extend(report_broken(self, library))
            from simulator.dossier import load_dossier
            load_dossier()
            self._library = library
        except BaseException as exc:  # noqa: BLE001 - shown to the player as a notice, never a crash
            self._load_error = exc

    def reload_library(self) -> None:
        """Read the scenario folders again (a folder was added or removed); waits for it."""
        self._library, self._thread = None, None
        self.library  # noqa: B018 - loads now

    @property
    def library_ready(self) -> bool:
        return self._library is not None

    @property
    def library(self):
        if self._library is None:
            self.start_loading()
            if self._thread is not None:
                self._thread.join()
            if self._library is None:
                from simulator.content import Bibliotheek
                self._library = Bibliotheek()
                self.messages.append(self.strings("lijst.laadfout", fout=str(self._load_error)))
        return self._library

    @property
    def dossier(self):
        from simulator.dossier import load_dossier
        return load_dossier()

    # -- text --------------------------------------------------------------------------------

    def t(self, key: str, **values) -> str:
        return self.strings(key, **values)

    def count(self, key: str, n: int, **values) -> str:
        """A counted phrase: the table's `key_een` for one, else `key` ("1 scenario", "3 scenario's")."""
        if n == 1 and self.strings.has(f"{key}_een"):
            return self.strings(f"{key}_een", n=n, **values)
        return self.strings(key, n=n, **values)

    def tekst(self, value) -> str:
        """Scenario text (or a Bericht from the engine) in the player's language; a plain string as written."""
        return self.strings.zeg(value)

    # -- progress (nothing is saved for a guest; a busy or broken save never stops the game) -----

    def _safe(self, what, default=None):
        if self.profile is None or self.store is None:
            return default
        try:
            return what(self.store, self.profile.id)
        except Exception as exc:  # noqa: BLE001 - the lesson goes on; the student is told once
            self.messages.append(self.strings("opslag.mislukt", fout=str(exc) or type(exc).__name__))
            return default

    def best_scores(self) -> dict[str, float]:
        return self._safe(lambda s, p: s.best_scores(p), {}) or {}

    def mastery(self) -> dict[str, tuple[float, str]]:
        """werkproces -> (0..1, its level: nieuw, oefenen, op weg, beheerst), as the progress page words it."""
        found = self._safe(lambda s, p: s.mastery(p), {}) or {}
        if isinstance(found.get("werkprocessen"), dict):
            found = found["werkprocessen"]
        return {code: (float(getattr(v, "waarde", v)), str(getattr(v, "niveau", "nieuw")))
                for code, v in found.items() if isinstance(code, str)}

    def resume(self, scenario: Optional[str] = None):
        """(scenario id, SessionState, modus) of a paused scenario (this one, or the newest), or None."""
        found = self.resume_info(scenario)
        return None if found is None else (found.scenario, found.state, found.modus)

    def resume_info(self, scenario: Optional[str] = None):
        """The store's Hervatpunt (state, mode, when it began) of a paused scenario, or None."""
        return self._safe(lambda s, p: s.resume_info(p, scenario))

    def paused(self) -> list:
        """Every scenario this student paused, newest first (Hervatpunt: scenario, state, modus, begin)."""
        return self._safe(lambda s, p: s.paused(p), []) or []

    def autosave(self, geladen, session, modus: str, started) -> None:
        self._safe(lambda s, p: s.autosave(p, geladen, session, modus=modus, started=started))

    def record_attempt(self, geladen, session, modus: str, started, ended) -> None:
        recorded = self._safe(lambda s, p: s.record_attempt(p, geladen, session, modus, started, ended))
        if recorded is not None:
            from simulator.ui.sync import send_in_background
            send_in_background(self)

    def clear_autosave(self, scenario: Optional[str] = None) -> None:
        """Forget this paused scenario (other paused scenarios stay); without one, every paused scenario."""
        self._safe(lambda s, p: s.clear_autosave(p, scenario))

    def take_messages(self) -> list[str]:
        out = self.take_store_messages() + self.messages
        self.messages = []
        return out
