"""The Store: profiles, settings, attempts, autosave and mastery in one saves folder.

Layout of a saves folder (every file JSON with a `schema` version; see files.py for how they are written):

    profielen/<id>/profiel.json            the profile (name, class, PIN hash)         mutable, backed up
    profielen/<id>/instellingen.json       the student's settings                      mutable, backed up
    profielen/<id>/autosaves/<scenario>.json  each paused scenario, one file per scenario  mutable, backed up
    profielen/<id>/autosave.json           the one paused scenario of older versions   read, then moved over
    profielen/<id>/pogingen/               the attempts, each written once (see attempt_files.py)
    profielen/<id>/meldingen/              notices for this student (a damaged file found by another PC)
    meldingen/                             notices for the teacher (see notices.py)
    privacy.json, xapi/                    the key behind pseudonyms, the LRS queue (simulator.reporting)

Nothing that acts for the class is read from here (every student can write this folder): the teacher PIN,
the LRS, extra scenario folders and lessons live in the school configuration (school.py).

Mutable files are changed under a file lock (one per profile folder, one for the saves folder):
lock, re-read, merge, write; so two game windows, or two PCs on one network share, never lose
each other's updates.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shutil
import time
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, cast

import filelock

from simulator.engine import SessionState
from simulator.progress import assignments as _assignments
from simulator.progress import mastery as _mastery
from simulator.progress import pin as _pin
from simulator.bulk import bulk
from simulator.progress.attempt_files import AttemptFiles
from simulator.progress.files import (SaveFailed, SaveFiles, backup_path, failed, fsync_dir, read_regular,
                                      remove_stale_temp)
from simulator.progress.migrations import SCHEMA
from simulator.progress.models import MODI, Attempt, CriteriumResultaat, Modus, Profile
from simulator.progress.notices import Melding, Notices

if TYPE_CHECKING:
    from simulator.content import GeladenScenario

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_MISSING = object()


class SaveBusy(TimeoutError):
    """The saves are locked by another window or PC for longer than we wait."""


class UnknownProfile(KeyError):
    """No profile with this id in the saves folder."""


class ProfileExists(ValueError):
    """A profile with this name (in this class) already exists."""


class DeletionIncomplete(SaveFailed):
    """A deleted profile's folder could not be removed completely yet (a file held open on a share)."""


GONE = ".verwijderd-"
"""Prefix of a deleted profile's folder while it is being removed."""


@dataclass(frozen=True)
class Hervatpunt:
    """A scenario in progress, saved after the last step."""

    scenario: str
    hash: str
    """The content hash it was played with; if the file changed since, resuming may not fit any more."""
    state: SessionState
    modus: str
    begin: Optional[datetime]
    """When the attempt began: a resumed attempt keeps it, so its duration counts from the first start."""
    bewaard: Optional[datetime] = None
    """When it was saved last (the newest paused scenario is offered first)."""


class Store:
    """Everything saved in one saves folder. Safe to use from several windows and PCs at once.

    >>> store = Store(tmp_path)                              # doctest: +SKIP
    >>> anna = store.create_profile("Anna", klas="JW3A")     # doctest: +SKIP
    >>> store.record_attempt(anna.id, geladen, session, "oefenen", started, ended)   # doctest: +SKIP
    """

    def __init__(self, folder, *, compact_at: int = 10, lock_timeout: float = 15.0):
        self.folder = Path(folder)
        self.messages: list[str] = []
        """Every Dutch message this Store raised (damaged saves, a newer program), for whoever they concern:
        the command line shows them all to the teacher; the game asks take_messages(profile) for its player's."""
        self.lock_timeout = lock_timeout
        self._notices = Notices(self.folder, self.messages)
        self._files = SaveFiles(self._notices)
        self._tidied = False
        self._locks: dict[Path, filelock.BaseFileLock] = {}
        self._settings_base: dict[str, dict] = {}
        self._attempts = AttemptFiles(self._files, self._lock, compact_at)

    # -- messages, locks, paths -----------------------------------------------------------------

    def take_messages(self, profile_id: Optional[str] = None) -> list[str]:
        """The messages for the person at this PC, each once: about this session (a read-only folder) and, with
        their profile id, about their own files, also those another PC found. Other students' notices wait
        for them, and every notice waits for the teacher (teacher_notices)."""
        return self._notices.take(profile_id)

    def teacher_notices(self) -> list[Melding]:
        """Notices about damaged or unreadable saves, newest first, until the teacher clears them."""
        return self._notices.for_teacher()

    def clear_teacher_notices(self) -> None:
        self._notices.clear_teacher()

    def writable(self) -> bool:
        """Can this PC save here? (A test file is made and removed; a missing saves folder is made.)"""
        probe = self.folder / f".schrijftest-{os.getpid()}-{secrets.token_hex(3)}.tmp"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with open(probe, "xb"):
                pass
            os.unlink(probe)
        except OSError:
            return False
        return True

    def read_only_message(self) -> str:
        return (f"In de opslagmap ({self.folder}) kan niets worden opgeslagen. Je speelt als gast: je voortgang "
                "wordt niet bewaard. Vraag je docent of de ICT-afdeling om de map te controleren.")

    @property
    def read_only(self) -> bool:
        """Some save here comes from a newer program and is left untouched."""
        return bool(self._files.read_only)

    def lock(self, relative: str = "", timeout: Optional[float] = None):
        """A file lock on a folder of the saves (the saves folder itself by default), for other layers' files."""
        return self._lock(self.folder / relative, timeout)

    def read_json(self, relative: str, soort: str) -> Optional[dict]:
        """A JSON file of the saves folder, with the same recovery and migration as the Store's own files."""
        return self._files.read(self.folder / relative, soort)

    def write_json(self, relative: str, data: dict, soort: str) -> bool:
        """Write a JSON file of the saves folder atomically, with backups (take lock() around read-change-write)."""
        return self._files.write(self.folder / relative, data, soort)

    def read_raw(self, relative: str, cap: int) -> Optional[bytes]:
        """The bytes of a file of the saves folder that is not JSON (the LRS queue); None when it is missing.

        Raises Damaged for a folder, a FIFO or a file bigger than `cap`: the caller rebuilds it (discard()).
        """
        try:
            return read_regular(self.folder / relative, cap)
        except FileNotFoundError:
            return None

    def write_raw(self, relative: str, payload: bytes) -> None:
        """Write a file of the saves folder atomically (no backups); SaveFailed in Dutch when it cannot be saved."""
        self._files.write_bytes(self.folder / relative, payload)

    def discard(self, relative: str, wat: str, then: str) -> None:
        """A damaged file that can be made again from the other saves: moved aside, and the teacher told."""
        aside = self._files.move_aside(self.folder / relative)
        self._notices.tell(None, None, f"Beschadigd: {wat}. {then} Het oude bestand staat opzij als {aside.name}.")

    def _lock(self, folder: Path, timeout: Optional[float] = None):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise failed(folder / ".lock", exc) from None
        path = folder / ".lock"
        lock = self._locks.get(path)
        if lock is None:
            lock = self._locks[path] = filelock.FileLock(str(path), poll_interval=0.005)
        return _Locked(lock, self.lock_timeout if timeout is None else timeout, self._files)

    def _profiles_dir(self) -> Path:
        return self.folder / "profielen"

    def _dir(self, profile_id: object) -> Path:
        """The profile's folder; any other id (a path, a name from a damaged file) is an unknown profile."""
        if not isinstance(profile_id, str) or not _ID.match(profile_id):
            raise UnknownProfile(profile_id)
        return self._profiles_dir() / profile_id

    def _existing(self, profile_id: str) -> Path:
        folder = self._dir(profile_id)
        if not (folder / "profiel.json").exists() and not any(folder.glob("profiel.json.bak*")):
            raise UnknownProfile(profile_id)
        return folder

    # -- profiles -------------------------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        """All profiles, by name."""
        self._tidy()
        folder = self._profiles_dir()
        try:
            ids = sorted(e.name for e in os.scandir(folder) if e.is_dir() and _ID.match(e.name))
        except FileNotFoundError:
            return []
        except NotADirectoryError:
            self._files.move_aside(folder)  # a file where the profiles folder belongs
            return []
        found = []
        for i in ids:
            try:
                profile = self.profile(i)
            except OSError as exc:  # a profile this PC may not read: the others still load
                self._notices.tell(None, None, f"Het profiel {i} kon niet worden gelezen ({exc.strerror or exc}).")
                continue
            if profile is not None:
                found.append(profile)
        return sorted(found, key=lambda p: (p.naam.casefold(), p.klas or "", p.id))

    def profile(self, profile_id: str) -> Optional[Profile]:
        folder = self._dir(profile_id)
        data = self._files.read(folder / "profiel.json", "profiel")
        if data is None:
            if not (folder / "pogingen").is_dir():
                return None
            # The profile file is lost but the attempts are not: keep the student, named after the folder.
            data = {"naam": profile_id.rsplit("-", 1)[0].replace("-", " ").title()}
            try:
                self._write_profile(Profile.from_json(data, profile_id))
            except SaveFailed:
                pass  # a read-only share: the student is still listed, the file is written another time
        return Profile.from_json(data, profile_id)

    def find_profile(self, naam: str, klas: Optional[str] = None) -> Optional[Profile]:
        """A profile by name (case does not matter) or id; with klas, only in that class."""
        key = naam.strip().casefold()
        for p in self.profiles():
            if (p.naam.casefold() == key or p.id == naam) and (klas is None or (p.klas or "") == klas):
                return p
        return None

    def create_profile(self, naam: str, klas: Optional[str] = None, pin: Optional[str] = None) -> Profile:
        naam = " ".join(str(naam).split())
        klas = " ".join(str(klas).split()) or None if klas is not None else None
        if not naam:
            raise ValueError("Vul een naam of bijnaam in.")
        if len(naam) > 40:
            raise ValueError("Een naam is hoogstens 40 tekens.")
        if klas is not None and len(klas) > 40:
            raise ValueError("Een klas is hoogstens 40 tekens.")
        # Under the saves folder's lock: two PCs making the same new name at once make one profile.
        with self._lock(self.folder):
            for p in self.profiles():
                if p.naam.casefold() == naam.casefold() and (p.klas or "").casefold() == (klas or "").casefold():
                    raise ProfileExists(f"Er is al een profiel met de naam {p.naam}"
                                        + (f" in klas {p.klas}." if p.klas else "."))
            profile = Profile(f"{_slug(naam)}-{secrets.token_hex(3)}", naam, klas,
                              _pin.hash_pin(pin) if pin else None, _now().isoformat(timespec="seconds"))
            self._write_profile(profile)
        return profile

    def find_or_create_profile(self, naam: str, klas: Optional[str] = None) -> Profile:
        """The profile with this name (see find_profile), made if there is none; looked up and made under one
        lock, so a second PC doing the same at the same moment gets the same profile, not an error."""
        with self._lock(self.folder):
            found = self.find_profile(naam, klas)
            return found if found is not None else self.create_profile(naam, klas)

    def update_profile(self, profile_id: str, *, naam: Optional[str] = None, klas=_MISSING, pin=_MISSING) -> Profile:
        """Change name, class or PIN (pin=None removes it)."""
        folder = self._existing(profile_id)
        with self._lock(folder):
            current = self.profile(profile_id)
            if current is None:  # damaged without a backup, and no attempts to keep it by
                raise UnknownProfile(profile_id)
            changes: dict[str, Optional[str]] = {}
            if naam is not None:
                if not " ".join(naam.split()):
                    raise ValueError("Vul een naam of bijnaam in.")
                changes["naam"] = " ".join(naam.split())
            if klas is not _MISSING:
                changes["klas"] = klas or None
            if pin is not _MISSING:
                changes["pin_hash"] = _pin.hash_pin(pin) if pin else None
            profile = Profile(**{**current.__dict__, **changes})
            self._write_profile(profile)
        return profile

    def check_pin(self, profile_id: str, pin: str) -> bool:
        """True if the profile has no PIN, or this is its PIN."""
        profile = self.profile(profile_id)
        return profile is not None and (not profile.heeft_pin or _pin.check_pin(pin, profile.pin_hash))

    def _write_profile(self, profile: Profile) -> None:
        data = profile.to_json()
        data.pop("id")
        self._files.write(self._dir(profile.id) / "profiel.json", data, "profiel")

    def delete_profile(self, profile_id: str) -> None:
        """Remove a student and everything saved for them (AVG: the right to be forgotten).

        Raises DeletionIncomplete (in Dutch) when the student's folder could not be removed completely: the
        student is gone from the game, and the rest is removed the next time the saves are opened.
        """
        folder = self._existing(profile_id)
        # Rename first: a crash halfway through deleting must not leave half a profile that still looks valid.
        gone = folder.with_name(f"{GONE}{profile_id}-{secrets.token_hex(3)}")
        with self._lock(self.folder):
            try:
                _retry(lambda: os.replace(folder, gone))
            except OSError as exc:
                raise SaveFailed(f"De gegevens van deze leerling konden niet worden verwijderd: de map {folder} is "
                                 f"in gebruik of alleen-lezen ({exc.strerror or exc}). Er is niets verwijderd; "
                                 "probeer het zo nog eens.") from None
            fsync_dir(folder.parent)
        self._locks.pop(folder / ".lock", None)
        self._settings_base.pop(profile_id, None)
        if not _remove_tree(gone):
            raise DeletionIncomplete(
                f"De leerling is uit het spel verwijderd, maar de map {gone} met gegevens kon nog niet helemaal "
                "worden gewist (een bestand is nog in gebruik). Het programma ruimt hem de volgende keer op; "
                "of verwijder die map zelf.")

    def _tidy(self) -> None:
        """Once per Store: finish deletions that were cut short, and remove temp files left by crashes."""
        if self._tidied:
            return
        self._tidied = True
        try:
            entries = list(os.scandir(self._profiles_dir()))
        except OSError:
            entries = []
        for entry in entries:
            if entry.name.startswith(GONE):
                _remove_tree(Path(entry.path), attempts=1)
            elif _ID.match(entry.name):
                remove_stale_temp(Path(entry.path))
        for folder in (self.folder, self._profiles_dir(), self.folder / "xapi"):
            remove_stale_temp(folder)

    def export_profile(self, profile_id: str) -> dict:
        """Everything saved for one student, as JSON-ready data (AVG: the right of access)."""
        profile = self.profile(profile_id)
        if profile is None:
            raise UnknownProfile(profile_id)
        data = profile.to_json()
        data["pin_hash"] = "(ingesteld)" if profile.heeft_pin else None
        return {"schema": SCHEMA, "profiel": data, "instellingen": self.settings(profile_id),
                "pogingen": [a.to_json() for a in self.attempts(profile_id)]}

    # -- settings -------------------------------------------------------------------------------

    def settings(self, profile_id: str) -> dict:
        data = self._files.read(self._dir(profile_id) / "instellingen.json", "instellingen") or {}
        values = dict(data.get("waarden", {}))
        self._settings_base[profile_id] = dict(values)
        return values

    def save_settings(self, profile_id: str, values: dict) -> dict:
        """Save the settings; keys another window changed meanwhile (and we did not) are kept.

        Returns the merged settings as now saved.
        """
        folder = self._existing(profile_id)
        with self._lock(folder):
            base = self._settings_base.get(profile_id)
            current = dict((self._files.read(folder / "instellingen.json", "instellingen") or {}).get("waarden", {}))
            if base is None:
                merged = {**current, **values}
            else:
                merged = dict(current)
                for key, value in values.items():
                    if base.get(key, _MISSING) != value:
                        merged[key] = value
                for key in base.keys() - values.keys():
                    merged.pop(key, None)
            self._files.write(folder / "instellingen.json", {"waarden": merged}, "instellingen")
        self._settings_base[profile_id] = dict(merged)
        return dict(merged)

    # -- attempts -------------------------------------------------------------------------------

    def record_attempt(self, profile_id: str, geladen, session, modus: str, started: datetime,
                       ended: datetime) -> Attempt:
        """Save a finished (or stopped) play: result per criterion, the full choice log, times and mode."""
        if modus not in MODI:
            raise ValueError(f"modus is 'oefenen' of 'toets', niet {modus!r}")
        folder = self._existing(profile_id)
        result = session.result()
        scenario = geladen.scenario
        log = [r.model_dump(mode="json", exclude_defaults=True) for r in session.state.log]
        attempt = Attempt(
            id=uuid.uuid4().hex, profiel=profile_id, scenario=scenario.id, hash=geladen.hash,
            werkproces=scenario.werkproces, titel=scenario.titel, modus=cast(Modus, modus),
            begin=_aware(started), eind=_aware(ended), klaar=result.afgelopen, afloop=result.afloop,
            score=result.score, geslaagd=result.geslaagd,
            criteria=tuple(CriteriumResultaat(c.id, c.oordeel, c.punten, c.max, c.kritiek) for c in result.criteria),
            _log=log, zaad=session.state.zaad,
        )
        self._attempts.write(folder, attempt, log)
        resume = self.resume_info(profile_id, scenario.id)
        if resume is not None and session.state.log[:len(resume.state.log)] == resume.state.log:
            self._forget_autosave(folder, scenario.id, durable=False)
        return attempt

    def attempts(self, profile_id: str) -> list[Attempt]:
        """Every attempt of a profile, oldest first."""
        return self._attempts.read(self._dir(profile_id), profile_id)

    def all_attempts(self) -> dict[str, list[Attempt]]:
        """Every profile's attempts, by profile id (for the teacher overview and exports)."""
        with bulk():
            return {p.id: self.attempts(p.id) for p in self.profiles()}

    def compact(self, profile_id: str, wait: bool = True) -> int:
        """Pack a profile's loose attempt files into one pack now; returns how many were packed."""
        return self._attempts.compact(self._dir(profile_id), profile_id, wait)

    def best_scores(self, profile_id: str) -> dict[str, float]:
        """scenario id -> the best score of a finished attempt."""
        best: dict[str, float] = {}
        for a in self.attempts(profile_id):
            if a.klaar:
                best[a.scenario] = max(best.get(a.scenario, 0.0), a.score)
        return best

    def mastery(self, profile_id: str) -> _mastery.Beheersing:
        """{"werkprocessen": {code: WerkprocesBeheersing}, "criteria": {id: CriteriumBeheersing}} (see mastery.py)."""
        return _mastery.mastery(self.attempts(profile_id))

    def suggestion(self, profile_id: str, scenarios: Optional[Iterable[GeladenScenario]] = None
                   ) -> Optional[_mastery.Suggestie]:
        """"Wat oefen je nu?": the werkproces and criteria that need work (and a scenario, given the library)."""
        return _mastery.suggestion(self.attempts(profile_id), scenarios)

    # -- autosave -------------------------------------------------------------------------------
    # One file per paused scenario, so starting another scenario never replaces the one a student paused.
    # Older versions kept a single autosave.json: it is still read (as one of the paused scenarios) and
    # removed once that scenario is saved again, finished or discarded.

    def autosave(self, profile_id: str, geladen, session, modus: str = "oefenen",
                 started: Optional[datetime] = None) -> None:
        """Save this scenario in progress (call after every step); small, so it is quick. Other paused
        scenarios stay. Without `started`, the start of this scenario's earlier save is kept."""
        folder = self._existing(profile_id)
        scenario_id = geladen.scenario.id
        if started is None:
            previous = self.resume_info(profile_id, scenario_id)
            started = (previous.begin if previous is not None else None) or _now()
        data = {"scenario": scenario_id, "hash": geladen.hash, "modus": modus,
                "begin": _aware(started).isoformat(), "bewaard": _now().isoformat(),
                "state": session.state.model_dump(mode="json")}
        with self._lock(folder):
            self._files.write(_autosave_path(folder, scenario_id), data, "autosave")
            legacy = self._legacy_autosave(folder)
            if legacy is not None and legacy.scenario == scenario_id:
                self._remove(folder / "autosave.json")

    def paused(self, profile_id: str) -> list[Hervatpunt]:
        """Every scenario this student paused, the most recently saved first (one per scenario)."""
        folder = self._dir(profile_id)
        found: dict[str, Hervatpunt] = {}
        for path in _autosave_files(folder / "autosaves"):
            point = _hervatpunt(self._files.read(path, "autosave"))
            if point is not None:
                found[point.scenario] = point
        legacy = self._legacy_autosave(folder)
        if legacy is not None and legacy.scenario not in found:
            found[legacy.scenario] = legacy
        oldest = datetime.min.replace(tzinfo=_now().tzinfo)
        return sorted(found.values(), key=lambda h: _aware(h.bewaard or h.begin or oldest), reverse=True)

    def resume_info(self, profile_id: str, scenario: Optional[str] = None) -> Optional[Hervatpunt]:
        """The paused scenario to offer for resuming (with its hash, mode and start): this scenario's, or
        without one the most recently saved; None when there is none."""
        if scenario is None:
            return next(iter(self.paused(profile_id)), None)
        folder = self._dir(profile_id)
        point = _hervatpunt(self._files.read(_autosave_path(folder, scenario), "autosave"))
        if point is not None and point.scenario == scenario:
            return point
        legacy = self._legacy_autosave(folder)
        return legacy if legacy is not None and legacy.scenario == scenario else None

    def resume_point(self, profile_id: str) -> Optional[tuple[str, SessionState]]:
        """(scenario id, SessionState) of the most recently paused scenario, or None."""
        info = self.resume_info(profile_id)
        return None if info is None else (info.scenario, info.state)

    def clear_autosave(self, profile_id: str, scenario: Optional[str] = None) -> None:
        """Forget a paused scenario (the student discards it, or starts it afresh); without a scenario, all of them."""
        folder = self._existing(profile_id)
        self._forget_autosave(folder, scenario, durable=True)

    def _legacy_autosave(self, folder: Path) -> Optional[Hervatpunt]:
        return _hervatpunt(self._files.read(folder / "autosave.json", "autosave"))

    def _forget_autosave(self, folder: Path, scenario: Optional[str], durable: bool) -> None:
        with self._lock(folder):
            removed = False
            if scenario is None:
                targets = list(_autosave_files(folder / "autosaves"))
            else:
                targets = [_autosave_path(folder, scenario)]
            legacy = self._legacy_autosave(folder)
            if legacy is not None and (scenario is None or legacy.scenario == scenario):
                targets.append(folder / "autosave.json")
            for path in targets:
                removed |= self._remove(path)
            # After recording an attempt the fsync is skipped to keep that save quick: a power cut at
            # that moment can at worst bring back the offer to resume a scenario that was finished.
            if removed and durable:
                fsync_dir(folder)
                fsync_dir(folder / "autosaves")

    @staticmethod
    def _remove(path: Path) -> bool:
        """Remove a save file and its backups (backups first: a missing file with a backup left is read back)."""
        removed = False
        for victim in (backup_path(path, 2), backup_path(path, 1), path):
            try:
                os.unlink(victim)
                removed = True
            except (FileNotFoundError, NotADirectoryError):
                pass
            except IsADirectoryError:
                pass  # damage in the file's place: the reader sets it aside
        return removed

    # -- lessons --------------------------------------------------------------------------------

    def assignments(self, profile: Profile | str | None = None, folders: Iterable = (), include_past: bool = False):
        """Lessons in `folders` (the school configuration's opdrachten/, never the saves folder) for this
        profile's class, soonest first."""
        if isinstance(profile, str):
            profile = self.profile(profile)
        return _assignments.load(list(map(Path, folders)), klas=profile.klas if profile else None,
                                 include_past=include_past)

    def assignment_status(self, profile_id: str, opdracht) -> dict:
        """scenario id -> the attempt that counts for this lesson (None: not done yet)."""
        return _assignments.status(opdracht, self.attempts(profile_id))


class _Locked:
    """A context manager around a FileLock that raises SaveBusy with a Dutch message on timeout."""

    def __init__(self, lock, timeout: float, files: SaveFiles):
        self.lock, self.timeout, self.files = lock, timeout, files

    def __enter__(self):
        try:
            self._acquire()
        except IsADirectoryError:
            self.files.move_aside(Path(self.lock.lock_file))  # a folder where the lock file belongs
            self._acquire()
        return self

    def _acquire(self) -> None:
        try:
            self.lock.acquire(timeout=self.timeout)
        except filelock.Timeout:
            raise SaveBusy("De opslag is bezet door een ander venster of een andere computer. "
                           "Probeer het zo nog eens.") from None
        except IsADirectoryError:
            raise
        except OSError as exc:
            raise failed(Path(self.lock.lock_file), exc) from None

    def __exit__(self, *exc):
        self.lock.release()


def _retry(action, attempts: int = 20) -> None:
    # On Windows a virus scanner or an open file on a share makes a rename or a delete fail for a moment.
    for n in range(attempts):
        try:
            action()
            return
        except PermissionError:
            if n == attempts - 1:
                raise
            time.sleep(0.01 * (n + 1))


def _remove_tree(folder: Path, attempts: int = 5) -> bool:
    """Remove a folder and all in it, retrying; True when it is gone."""
    for n in range(attempts):
        shutil.rmtree(folder, ignore_errors=True)
        if not os.path.lexists(folder):
            return True
        if n < attempts - 1:
            time.sleep(0.05 * (n + 1))
    return False


_FILE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")


def _autosave_path(folder: Path, scenario_id: str) -> Path:
    """The file of one paused scenario: its id when that is a safe file name on every system, else a slug
    and a hash (ids may hold capitals and dots; Windows would fold 'A' and 'a' into one file)."""
    if _FILE_ID.match(scenario_id):
        name = scenario_id
    else:
        digest = hashlib.sha1(scenario_id.encode("utf-8")).hexdigest()[:10]
        name = f"{_slug(scenario_id)[:60]}-{digest}"
    return folder / "autosaves" / f"{name}.json"


def _autosave_files(folder: Path) -> Iterable[Path]:
    """The paused scenarios' files in `folder` (a file left only as its backup counts: reading brings it back)."""
    try:
        names = {e.name for e in os.scandir(folder)}
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError:
        return []
    stems = set()
    for name in names:
        if ".kapot-" in name or name.startswith("."):
            continue
        for suffix in (".json", ".json.bak1", ".json.bak2"):
            if name.endswith(suffix):
                stems.add(name[: -len(suffix)])
    return [folder / f"{stem}.json" for stem in sorted(stems)]


def _hervatpunt(data: Optional[dict]) -> Optional[Hervatpunt]:
    if not data or not data.get("scenario"):
        return None
    try:
        state = SessionState.model_validate(data["state"])
        begin = datetime.fromisoformat(data["begin"]) if data.get("begin") else None
    except (ValueError, KeyError, TypeError):
        return None
    try:
        bewaard = datetime.fromisoformat(data["bewaard"])  # older versions did not write it: then the start counts
    except (ValueError, KeyError, TypeError):
        bewaard = None
    return Hervatpunt(data["scenario"], data.get("hash", ""), state, data.get("modus", "oefenen"), begin, bewaard)


def _slug(naam: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:24].strip("-") or "profiel"


def _now() -> datetime:
    return datetime.now().astimezone()


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.astimezone()
