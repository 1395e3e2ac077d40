"""Dutch notices about the saves, for the person they concern: the student whose file it was, and the teacher.

On a shared saves folder the game of one student reads every profile (the start screen lists them all), so it
is often another student's game that finds and repairs a damaged file. That student must not be told about
it; the owner must, the next time they choose their profile, and the teacher must, in the teacher overview.
So a notice about a file in `profielen/<id>/` is kept in that profile's `meldingen/` folder, and every notice
is also kept in the saves folder's `meldingen/` for the teacher. One small file per notice, named after its
text: two PCs telling the same thing write the same file, and no lock is needed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Optional

from simulator.progress.files import Damaged, atomic_write, parse, read_regular
from simulator.progress.migrations import SCHEMA

FOLDER = "meldingen"
KEEP = 200
"""The teacher's list keeps the newest notices; older ones are removed when a new one comes."""
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True)
class Melding:
    """A notice for the teacher."""

    tekst: str
    profiel: Optional[str]
    """The profile id whose file it was (None: a file of the whole saves folder)."""
    tijd: str
    """ISO time the notice was made."""


class Notices:
    """Routes each notice to the student it belongs to and to the teacher; keeps it in memory on a read-only share."""

    def __init__(self, root: Path, log: list[str]):
        self.root = root
        self.log = log
        """Every message of this Store, whoever it is for (the command line shows them all to the teacher)."""
        self.session: list[str] = []
        """Messages for whoever is at this PC now (a busy share, a read-only folder)."""
        self._pending: dict[Optional[str], list[str]] = {}

    def owner_of(self, path: Path) -> Optional[str]:
        """The profile id of a file in `profielen/<id>/`, else None (a file of the whole saves folder)."""
        try:
            parts = path.relative_to(self.root).parts
        except ValueError:
            return None
        if len(parts) >= 3 and parts[0] == "profielen" and _ID.match(parts[1]):
            return parts[1]
        return None

    def to_session(self, text: str) -> None:
        self.log.append(text)
        self.session.append(text)

    def tell(self, owner: Optional[str], student: Optional[str], teacher: str) -> None:
        """`student` for the owner of the file (None: no student concerned), `teacher` for the teacher's list."""
        self.log.append(student or teacher)
        if owner is not None and student is not None:
            if not self._keep(self.root / "profielen" / owner / FOLDER, {"tekst": student}):
                self._pending.setdefault(owner, []).append(student)
        if not self._keep(self.root / FOLDER, {"tekst": teacher, "profiel": owner}):
            self._pending.setdefault(None, []).append(teacher)

    def take(self, profile_id: Optional[str]) -> list[str]:
        """The messages for the person at this PC: session messages, and with a profile its own notices (once)."""
        out, self.session = self.session, []
        if profile_id is not None and _ID.match(profile_id):
            out += self._pending.pop(profile_id, [])
            out += [m.tekst for m in self._read(self.root / "profielen" / profile_id / FOLDER, remove=True)]
        return list(dict.fromkeys(out))

    def for_teacher(self) -> list[Melding]:
        """The teacher's notices, newest first (kept until the teacher clears them)."""
        kept = self._read(self.root / FOLDER, remove=False)
        now = _now()
        kept += [Melding(t, None, now) for t in self._pending.get(None, [])]
        return sorted(kept, key=lambda m: m.tijd, reverse=True)

    def clear_teacher(self) -> None:
        self._pending.pop(None, None)
        self._read(self.root / FOLDER, remove=True)

    def _keep(self, folder: Path, data: dict) -> bool:
        if not folder.parent.is_dir():
            return False  # the profile is gone (deleted meanwhile): nobody left to tell
        name = hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()[:20] + ".json"
        payload = json.dumps({"schema": SCHEMA, "soort": "melding", "tijd": _now(), **data}, ensure_ascii=False)
        try:
            atomic_write(folder / name, payload.encode("utf-8"))
            if folder == self.root / FOLDER:
                self._trim(folder)
        except OSError:
            return False
        return True

    def _trim(self, folder: Path) -> None:
        entries = sorted(os.scandir(folder), key=lambda e: e.stat().st_mtime)
        for entry in entries[:-KEEP]:
            try:
                os.unlink(entry.path)
            except OSError:
                pass

    def _read(self, folder: Path, remove: bool) -> list[Melding]:
        try:
            names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
        except OSError:
            return []
        found = []
        for name in names:
            path = folder / name
            try:
                data = parse(read_regular(path, 64_000), "melding")
                found.append(Melding(data["tekst"], data.get("profiel"), data.get("tijd") or ""))
            except (OSError, Damaged):
                pass  # a notice is a courtesy: a damaged one is simply dropped
            if remove:
                try:
                    os.unlink(path)
                except OSError:
                    pass
        return sorted(found, key=lambda m: m.tijd)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
