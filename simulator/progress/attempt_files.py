"""A profile's attempts on disk: one new file per attempt, packed into a summary and a log file when read.

    pogingen/p-<begin>-<id>.json       one attempt, written once, never changed (a save is one small file)
    pogingen/pak-<begin>-<n>.json      many attempts' summaries as rows (fast to parse)
    pogingen/pak-<begin>-<n>.log.json  and their choice logs, read only when a log is asked for
    pogingen/pak-….json.bak1           a second copy of each pack file: one damaged file never loses the
                                       attempts it holds (the loose files are gone once they are packed)

Writing a new file per attempt means two windows or PCs can never overwrite each other's attempts.
Packing happens when attempts are read, never while saving, so a save stays one file and two fsyncs.
It is safe at any moment: the pack is complete before the loose files go, and an attempt found
twice (a crash between the two) is kept once.
"""

from __future__ import annotations

import os
import re
import secrets
from functools import partial
from pathlib import Path
from typing import Callable, Optional

from simulator.bulk import bulk
from simulator.progress.files import SaveFiles, fsync_dir, remove_stale_temp
from simulator.progress.migrations import SCHEMA
from simulator.progress.models import ROW, Attempt
from simulator.progress.shapes import sound_attempt

LOOSE = re.compile(r"^p-[0-9A-Za-z-]+\.json$")
PACK = re.compile(r"^pak-[0-9A-Za-z-]+\.json$")
PACK_BACKUP = re.compile(r"^(pak-[0-9A-Za-z-]+\.json)\.bak1$")


class AttemptFiles:
    """Reads, writes and packs the `pogingen/` folders of a saves folder; caches what does not change."""

    def __init__(self, files: SaveFiles, lock: Callable, compact_at: int):
        self._files = files
        self._lock = lock
        """lock(folder, timeout) -> a context manager holding that folder's file lock."""
        self.compact_at = compact_at
        self._packs: dict[Path, tuple[Optional[tuple[int, int]], list[Attempt]]] = {}
        self._pack_logs: dict[Path, dict] = {}
        self._loose: dict[Path, Optional[Attempt]] = {}

    def write(self, profile_dir: Path, attempt: Attempt, log: list) -> None:
        path = profile_dir / "pogingen" / f"p-{attempt.begin.strftime('%Y%m%dT%H%M%S')}-{attempt.id[:16]}.json"
        self._files.write(path, {**attempt.summary_json(), "log": log}, "poging", backups=False)
        self._loose[path] = attempt

    def read(self, profile_dir: Path, profile_id: str) -> list[Attempt]:
        """Every attempt of a profile, oldest first."""
        pogingen = profile_dir / "pogingen"
        with bulk():
            for _ in range(10):
                try:
                    return self._read(pogingen, profile_dir, profile_id)
                except FileNotFoundError:
                    continue  # another window packed loose files while we listed them: list again
            return self._read(pogingen, profile_dir, profile_id)

    def _read(self, pogingen: Path, profile_dir: Path, profile_id: str) -> list[Attempt]:
        try:
            names = os.listdir(pogingen)
        except FileNotFoundError:
            return []
        except NotADirectoryError:
            self._files.set_aside(pogingen, "pogingen")  # a file where the attempts folder belongs
            return []
        # A pack whose file is gone but whose copy is left: reading it puts the copy back.
        names += [m.group(1) for m in map(PACK_BACKUP.match, names) if m and m.group(1) not in names]
        if self.compact_at and sum(1 for n in names if LOOSE.match(n)) >= self.compact_at:
            if self.compact(profile_dir, profile_id, wait=False):
                names = os.listdir(pogingen)
        found: dict[str, Attempt] = {}
        for name in sorted(n for n in names if PACK.match(n)):
            for a in self._read_pack(pogingen / name, profile_id):
                found.setdefault(a.id, a)
        for name in sorted(n for n in names if LOOSE.match(n)):
            loose = self._read_loose(pogingen / name, profile_id)
            if loose is not None:
                found.setdefault(loose.id, loose)
        return sorted(found.values(), key=lambda a: (a.eind, a.id))

    def _read_loose(self, path: Path, profile_id: str) -> Optional[Attempt]:
        if path not in self._loose:
            data = self._files.read(path, "poging", backups=False)
            attempt = from_record(data, profile_id)
            if data is not None and attempt is None and path not in self._files.read_only:
                self._files.set_aside(path, "poging")  # valid JSON, but not an attempt we can use: damage
            self._loose[path] = attempt
        return self._loose[path]

    def _read_pack(self, path: Path, profile_id: str) -> list[Attempt]:
        cached = self._packs.get(path)
        if cached is not None and cached[0] == _stamp(path):
            return cached[1]
        attempts, dropped = self._rows(path, self._files.read(path, "pak") or {}, profile_id)
        if dropped and path not in self._files.read_only:
            backup = self._files.backup_of(path, "pak")
            if backup is not None:
                from_backup, fewer = self._rows(path, backup[1], profile_id)
                if fewer < dropped:  # the copy is whole where the file is not: it was damage
                    self._files.restore(path, "pak", backup[0])
                    attempts, dropped = from_backup, fewer
            if dropped:
                self._files.tell_rows(path, dropped)  # left in the file as they are, and said
        self._packs[path] = (_stamp(path), attempts)
        return attempts

    def _rows(self, path: Path, data: dict, profile_id: str) -> tuple[list[Attempt], int]:
        """The attempts of a pack's rows, and how many rows could not be read."""
        logs = path.with_name(path.name[: -len(".json")] + ".log.json")
        fields = data.get("velden") or ROW
        attempts, dropped = [], 0
        for row in data.get("pogingen", ()):
            try:
                if fields == ROW:
                    attempt = Attempt.from_row(row, profile_id, partial(self._pack_log, logs, row[0]))
                else:  # a pack with other columns (another version): the slower, forgiving way
                    values = dict(zip(fields, row))
                    attempt = Attempt.from_json(values, profile_id, partial(self._pack_log, logs, values["id"]))
            except (KeyError, ValueError, TypeError, IndexError, OverflowError):
                attempt = None
            if attempt is None or not sound_attempt(attempt):
                dropped += 1
                continue
            attempts.append(attempt)
        return attempts, dropped

    def _pack_log(self, path: Path, attempt_id: str) -> list:
        if path not in self._pack_logs:
            try:
                self._pack_logs[path] = (self._files.read(path, "logboek") or {}).get("logs", {})
            except FileNotFoundError:
                self._pack_logs[path] = {}
        found = self._pack_logs[path].get(attempt_id, [])
        return found if isinstance(found, list) else []

    def compact(self, profile_dir: Path, profile_id: str, wait: bool = True) -> int:
        """Pack the loose attempt files of a profile into one pack; returns how many were packed."""
        pogingen = profile_dir / "pogingen"
        try:
            with self._lock(profile_dir, None if wait else 0):
                records = []
                for name in sorted(n for n in os.listdir(pogingen) if LOOSE.match(n)):
                    try:
                        data = self._files.read(pogingen / name, "poging", backups=False)
                    except FileNotFoundError:
                        continue
                    # Files from a newer program stay loose, untouched.
                    if data is not None and data.get("schema") == SCHEMA and from_record(data, profile_id):
                        records.append((name, data))
                if len(records) < 2:
                    return 0
                self.write_pack(pogingen, profile_id, [d for _, d in records])
                for name, _ in records:
                    try:
                        os.unlink(pogingen / name)
                    except FileNotFoundError:
                        pass
                    self._loose.pop(pogingen / name, None)
                fsync_dir(pogingen)
                remove_stale_temp(pogingen)
                return len(records)
        except (TimeoutError, OSError):
            return 0  # another window is packing, or the share is read-only: the loose files load as they are

    def write_pack(self, pogingen: Path, profile_id: str, records: list[dict]) -> None:
        """One pack: the logs first, then the summaries (the summary file is what makes the pack count)."""
        first = min(d["begin"] for d in records)[:19].replace(":", "").replace("-", "")
        stem = f"pak-{first}-{secrets.token_hex(4)}"
        rows = [a.row() for a in (from_record(d, profile_id) for d in records) if a is not None]
        self._files.write_twice(pogingen / f"{stem}.log.json",
                                {"logs": {d["id"]: d.get("log", []) for d in records}}, "logboek")
        self._files.write_twice(pogingen / f"{stem}.json", {"velden": ROW, "pogingen": rows}, "pak")


def from_record(data: Optional[dict], profile_id: str, log=None) -> Optional[Attempt]:
    """An attempt from a saved record, or None for one we cannot read."""
    if not data:
        return None
    try:
        attempt = Attempt.from_json(data, profile_id, log)
    except (KeyError, ValueError, TypeError, OverflowError):
        return None
    return attempt if sound_attempt(attempt) else None


def _stamp(path: Path) -> Optional[tuple[int, int]]:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size
