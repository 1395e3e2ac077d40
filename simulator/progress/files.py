"""Save files that survive crashes: atomic JSON writes, rotating backups, recovery, schema versions.

Every write goes to a temp file in the same folder, is flushed and fsynced, and then replaces the
real file with os.replace, so a reader always sees the old or the new file, never half of one. Before
a mutable file is replaced, the old one becomes `.bak1` (and `.bak1` becomes `.bak2`). A file that
does not parse is moved aside as `<name>.kapot-<time>.json` and the newest good backup is used; a
file from a newer program is never written (read-only) so an old program cannot destroy new data.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import time
from datetime import datetime
from pathlib import Path
from typing import Optional

from simulator.progress import migrations
from simulator.progress.migrations import SCHEMA

BACKUPS = 2

# What a file holds, as the student reads it in a message ("Je opslag (…) was beschadigd").
WAT = {
    "profiel": "je profiel",
    "instellingen": "je instellingen",
    "autosave": "het scenario waar je mee bezig was",
    "poging": "een poging",
    "pak": "een reeks pogingen",
    "logboek": "de keuzes van een reeks pogingen",
    "docent": "de docentinstellingen",
    "lrs": "de LRS-instellingen",
    "privacy": "de sleutel voor schuilnamen",
    "verzonden": "de lijst van verstuurde resultaten",
}


class Damaged(ValueError):
    """A save file that is empty, truncated or otherwise not a valid save."""


class SaveFiles:
    """Reads and writes the JSON save files of one saves folder; queues messages for the student."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        self.read_only: set[Path] = set()
        """Files written by a newer program: read as far as we understand them, never overwritten."""
        self._told: set[tuple[str, Path]] = set()

    # -- reading --------------------------------------------------------------------------------

    def read(self, path: Path, soort: str, backups: bool = True) -> Optional[dict]:
        """The file's data migrated to the current schema; from a backup if the file is damaged.

        None when the file does not exist (or is damaged without a usable backup). A future-version
        file is returned as it is (unknown keys ignored by the caller) and marked read-only.
        Without backups (files written once), a missing file raises FileNotFoundError: the caller
        is listing a folder another process is tidying up.
        """
        try:
            return self._load(path, soort)
        except FileNotFoundError:
            if not backups:
                raise
            return self._from_backup(path, soort, damaged=None)
        except Damaged:
            aside = self._move_aside(path)
            return self._from_backup(path, soort, damaged=aside) if backups else self._lost(soort, aside)

    def _load(self, path: Path, soort: str) -> dict:
        raw = path.read_bytes()
        data = parse(raw, soort)
        version = data["schema"]
        if version > SCHEMA:
            self.read_only.add(path)
            self._tell("toekomst", path, f"Je opslag ({WAT.get(soort, soort)}) komt uit een nieuwere versie van de "
                       "Juwelier-simulator. We veranderen er niets aan, zodat er niets verloren gaat. "
                       "Vraag je docent om het programma bij te werken.")
            return data
        try:
            return migrations.migrate(data, soort, path.name)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise Damaged(f"kan niet bijwerken: {exc}") from None

    def _from_backup(self, path: Path, soort: str, damaged: Optional[Path]) -> Optional[dict]:
        for n in range(1, BACKUPS + 1):
            bak = backup_path(path, n)
            try:
                data = self._load(bak, soort)
            except FileNotFoundError:
                continue
            except Damaged:
                self._move_aside(bak)
                continue
            when = _clock(bak.stat().st_mtime)
            if damaged is None:
                # A crash between rotating the backups and the rename can leave only a backup: quietly use it.
                _copy_back(bak, path)
                return data
            self._tell("hersteld", path, f"Je opslag ({WAT.get(soort, soort)}) was beschadigd; "
                       f"we hebben de reservekopie van {when} gebruikt.")
            if path not in self.read_only:
                _copy_back(bak, path)
            return data
        return self._lost(soort, damaged) if damaged is not None else None

    def _lost(self, soort: str, aside: Path) -> None:
        self._tell("kwijt", aside, f"Je opslag ({WAT.get(soort, soort)}) was beschadigd en er was geen goede "
                   f"reservekopie. Het beschadigde bestand staat nog in de map als {aside.name}; "
                   "je docent kan ernaar kijken.")
        return None

    def _move_aside(self, path: Path) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{_stem(path.name)}.kapot-{stamp}-{secrets.token_hex(2)}.json")
        try:
            os.replace(path, aside)
        except FileNotFoundError:
            pass
        return aside

    def _tell(self, kind: str, path: Path, message: str) -> None:
        if (kind, path) not in self._told:
            self._told.add((kind, path))
            self.messages.append(message)

    # -- writing --------------------------------------------------------------------------------

    def write(self, path: Path, data: dict, soort: str, backups: bool = True) -> bool:
        """Write atomically (with rotating backups for mutable files). False if the file is read-only."""
        if path in self.read_only:
            self._tell("niet-opgeslagen", path, f"We konden {WAT.get(soort, soort)} niet opslaan, omdat dat bestand "
                       "uit een nieuwere versie van het programma komt. Vraag je docent om het programma bij te werken.")
            return False
        payload = json.dumps({"schema": SCHEMA, "soort": soort, **data}, ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8")
        atomic_write(path, payload, BACKUPS if backups else 0)
        return True


def parse(raw: bytes, soort: str) -> dict:
    """A save file's JSON, or Damaged when it is empty, cut off, not JSON or not this kind of save."""
    if not raw.strip():
        raise Damaged("leeg bestand")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise Damaged(str(exc)) from None
    if not isinstance(data, dict):
        raise Damaged("geen JSON-object")
    version = data.get("schema", data.get("versie"))
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Damaged("geen schemaversie")
    if data.get("soort", soort) != soort:
        raise Damaged(f"verwacht {soort}, gevonden {data.get('soort')}")
    data["schema"] = version
    return data


def atomic_write(path: Path, payload: bytes, backups: int = 0) -> None:
    """Replace `path` by `payload` so that a crash at any moment leaves the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        if backups and path.exists():
            _rotate(path, backups)
        _replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


def backup_path(path: Path, n: int) -> Path:
    return path.with_name(f"{path.name}.bak{n}")


def _rotate(path: Path, backups: int) -> None:
    # Callers hold the file's lock; FileNotFoundError still means only that a reader repairing a file
    # moved something first, and a backup that is one step older is no loss.
    for n in range(backups, 1, -1):
        try:
            _replace(backup_path(path, n - 1), backup_path(path, n))
        except FileNotFoundError:
            pass
    newest = backup_path(path, 1)
    try:
        os.link(path, newest)  # a hard link costs no copy; the rename below gives `path` a new inode
    except FileNotFoundError:
        pass
    except OSError:
        try:
            _replace_copy(path, newest)  # FAT/exFAT USB sticks and some shares have no hard links
        except FileNotFoundError:
            pass


def _replace_copy(src: Path, dst: Path) -> None:
    tmp = dst.with_name(f".{dst.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    shutil.copyfile(src, tmp)
    _replace(tmp, dst)


def _copy_back(bak: Path, path: Path) -> None:
    try:
        atomic_write(path, bak.read_bytes())
    except OSError:
        pass  # a read-only share: the data was still read, the next write repairs the file


def _replace(src: Path, dst: Path, attempts: int = 20) -> None:
    # On Windows a virus scanner or another window reading the file can make a rename fail for a moment.
    for n in range(attempts):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if n == attempts - 1:
                raise
            time.sleep(0.01 * (n + 1))


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder for this and needs no such step."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temp(folder: Path, older_than: float = 600.0) -> None:
    """Temp files left by a crash; only old ones, since another window may be writing right now."""
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(".tmp"):
            try:
                if now - entry.stat().st_mtime > older_than:
                    os.unlink(entry.path)
            except OSError:
                pass


def _stem(name: str) -> str:
    for suffix in (".json.bak1", ".json.bak2", ".json"):
        if name.endswith(suffix):
            return name[: -len(suffix)] + ("-reserve" + suffix[-1] if "bak" in suffix else "")
    return name


def _clock(mtime: float) -> str:
    when = datetime.fromtimestamp(mtime)
    if when.date() == datetime.now().date():
        return when.strftime("%H:%M")
    return f"{when.day} {_MAANDEN[when.month - 1]}, {when:%H:%M}"


_MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december"]

