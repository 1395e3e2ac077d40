"""Save files that survive crashes: atomic JSON writes, rotating backups, recovery, schema versions.

Every write goes to a temp file in the same folder, is flushed and fsynced, and then replaces the
real file with os.replace, so a reader always sees the old or the new file, never half of one. Before
a mutable file is replaced, the old one becomes `.bak1` (and `.bak1` becomes `.bak2`).

Damage of any kind is handled the same way: a file that does not parse, is too deep, too big, of the wrong
shape (shapes.py), or is not a file at all (a folder, a FIFO) is moved aside as `<name>.kapot-<time>.json`,
the newest good backup is used, and the student it belongs to and the teacher are told (notices.py). A file
from a newer program is never written (read-only), so an old program cannot destroy new data.
"""

from __future__ import annotations

import errno
import json
import math
import os
import secrets
import shutil
import stat
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from simulator.progress import migrations, shapes
from simulator.progress.migrations import SCHEMA

if TYPE_CHECKING:
    from simulator.progress.notices import Notices

BACKUPS = 2

KB, MB = 1024, 1024 * 1024
LIMITS = {
    "profiel": 64 * KB, "instellingen": 64 * KB, "docent": 64 * KB, "lrs": 64 * KB, "privacy": 64 * KB,
    "scenariomappen": 64 * KB, "melding": 64 * KB, "autosave": 8 * MB, "poging": 8 * MB, "pak": 64 * MB,
    "logboek": 128 * MB, "verzonden": 64 * MB,
}
"""The largest file of each kind we read, far above what the program writes (a pack holds many attempts):
a bigger one is damage, refused before it is read, so a 200 MB file never costs the memory or the time."""

# What a file holds: as the student reads it ("Je opslag (je profiel) was beschadigd"), and as the teacher does.
WAT = {
    "profiel": ("je profiel", "het profiel"),
    "instellingen": ("je instellingen", "de instellingen"),
    "autosave": ("het scenario waar je mee bezig was", "het scenario waar de leerling mee bezig was"),
    "poging": ("een poging", "een poging"),
    "pak": ("een reeks pogingen", "een reeks pogingen"),
    "logboek": ("de keuzes van een reeks pogingen", "de keuzes van een reeks pogingen"),
    "lrs": ("de LRS-instellingen", "de LRS-instellingen"),
    "privacy": ("de sleutel voor schuilnamen", "de sleutel voor schuilnamen"),
    "verzonden": ("de lijst van verstuurde resultaten", "de lijst van verstuurde resultaten"),
    "pogingen": ("de map met je pogingen", "de map met pogingen"),
}


class Damaged(ValueError):
    """A save file that is empty, truncated, too big, of the wrong shape, or not a file at all."""


class SaveFailed(OSError):
    """Saving did not work (a read-only folder, a full disk); the message says so in Dutch."""


class _Unreadable(Exception):
    """A file from a newer program in a shape we cannot use: not damage (never set aside), just not for us."""


class SaveFiles:
    """Reads and writes the JSON save files of one saves folder; tells the student and the teacher about damage."""

    def __init__(self, notices: "Notices"):
        self.notices = notices
        self.read_only: set[Path] = set()
        """Files written by a newer program: read as far as we understand them, never overwritten."""
        self._told: set[tuple[str, Path]] = set()
        self._tidied: set[Path] = set()

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
        except _Unreadable:
            return None
        except FileNotFoundError:
            if not backups:
                raise
            return self._from_backup(path, soort, damaged=None)
        except Damaged:
            aside = self.move_aside(path)
            return self._from_backup(path, soort, damaged=aside) if backups else self._lost(path, soort, aside)

    def _load(self, path: Path, soort: str) -> dict:
        data = parse(read_regular(path, LIMITS.get(soort, 16 * MB)), soort, check=False)
        version = data["schema"]
        if version > SCHEMA:
            self.read_only.add(path)
            wat = _wat(soort)
            self._tell("toekomst", path,
                       f"Je opslag ({wat[0]}) komt uit een nieuwere versie van de Juwelier-simulator. We veranderen er "
                       "niets aan, zodat er niets verloren gaat. Vraag je docent om het programma bij te werken.",
                       f"Uit een nieuwere versie van het programma: {wat[1]} ({path.name}). Het bestand blijft "
                       "onveranderd; werk het programma op deze pc bij.")
            if shapes.problem(soort, data):
                raise _Unreadable(path)
            return data
        try:
            data = migrations.migrate(data, soort, path.name)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise Damaged(f"kan niet bijwerken: {exc}") from None
        wrong = shapes.problem(soort, data)
        if wrong:
            raise Damaged(wrong)
        return data

    def _from_backup(self, path: Path, soort: str, damaged: Optional[Path]) -> Optional[dict]:
        found = self.backup_of(path, soort)
        if found is None:
            return self._lost(path, soort, damaged) if damaged is not None else None
        bak, data = found
        if damaged is None:
            # A crash between rotating the backups and the rename can leave only a backup: quietly use it.
            _copy_back(bak, path)
        else:
            self._restored(path, soort, bak)
        return data

    def backup_of(self, path: Path, soort: str) -> Optional[tuple[Path, dict]]:
        """The newest good backup of `path` and its data (a damaged backup is moved aside on the way)."""
        for n in range(1, BACKUPS + 1):
            bak = backup_path(path, n)
            try:
                return bak, self._load(bak, soort)
            except (FileNotFoundError, _Unreadable):
                continue
            except Damaged:
                self.move_aside(bak)
        return None

    def restore(self, path: Path, soort: str, bak: Path) -> None:
        """A file that loads but is worse than its backup (rows we cannot read): set aside, the backup put back."""
        self.move_aside(path)
        self._restored(path, soort, bak)

    def _restored(self, path: Path, soort: str, bak: Path) -> None:
        when = _clock(bak.stat().st_mtime)
        wat = _wat(soort)
        self._tell("hersteld", path, f"Je opslag ({wat[0]}) was beschadigd; we hebben de reservekopie van {when} "
                   "gebruikt.", f"Beschadigd: {wat[1]}; de reservekopie van {when} is gebruikt.")
        if path not in self.read_only:
            _copy_back(bak, path)

    def _lost(self, path: Path, soort: str, aside: Path) -> Optional[dict]:
        wat = _wat(soort)
        self._tell("kwijt", aside, f"Je opslag ({wat[0]}) was beschadigd en er was geen goede reservekopie. "
                   f"Het beschadigde bestand staat nog in de map als {aside.name}; je docent kan ernaar kijken.",
                   f"Beschadigd: {wat[1]}, zonder goede reservekopie. Het bestand staat opzij als "
                   f"{_relative(aside, self.notices.root)}.")
        return None

    def set_aside(self, path: Path, soort: str) -> None:
        """A file that parsed but cannot be used (and has no backup): moved aside, and said."""
        self._lost(path, soort, self.move_aside(path))

    def move_aside(self, path: Path) -> Path:
        """Rename a damaged file (or a folder where a file belongs) to `<name>.kapot-<time>-<code>.json`."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{_stem(path.name)}.kapot-{stamp}-{secrets.token_hex(2)}.json")
        try:
            _replace(path, aside)
        except FileNotFoundError:
            pass
        except OSError:
            pass  # a read-only share: the file stays; we read around it and say so
        return aside

    def tell_rows(self, path: Path, dropped: int) -> None:
        """Rows of a pack that could not be read: left in the file, and said (never dropped silently)."""
        self._tell("rijen", path, f"{dropped} van je pogingen konden we niet lezen; ze staan nog in {path.name}. "
                   "Je docent kan ernaar kijken.",
                   f"{dropped} poging(en) in {path.name} hebben een vorm die het programma niet kent; "
                   "ze staan nog in het bestand.")

    def _tell(self, kind: str, path: Path, student: str, teacher: str) -> None:
        if (kind, path) in self._told:
            return
        self._told.add((kind, path))
        owner = self.notices.owner_of(path)
        self.notices.tell(owner, student if owner is not None else None, teacher)

    # -- writing --------------------------------------------------------------------------------

    def write(self, path: Path, data: dict, soort: str, backups: bool = True) -> bool:
        """Write atomically (with rotating backups for mutable files). False if the file is read-only.

        Raises SaveFailed (in Dutch) when the folder cannot be written.
        """
        if path in self.read_only:
            wat = _wat(soort)
            self._tell("niet-opgeslagen", path, f"We konden {wat[0]} niet opslaan, omdat dat bestand uit een nieuwere "
                       "versie van het programma komt. Vraag je docent om het programma bij te werken.",
                       f"Niet opgeslagen: {wat[1]}, want het bestand komt uit een nieuwere versie ({path.name}). "
                       "Werk het programma op deze pc bij.")
            return False
        self._write(path, _payload(data, soort), BACKUPS if backups else 0)
        return True

    def write_twice(self, path: Path, data: dict, soort: str) -> None:
        """A file written once that must not be a single point of loss: its copy `.bak1` first, then the file."""
        payload = _payload(data, soort)
        self._write(backup_path(path, 1), payload, 0)
        self._write(path, payload, 0)

    def write_bytes(self, path: Path, payload: bytes) -> None:
        """Write a file that is not JSON (the LRS queue) atomically, with the same care as the save files."""
        self._write(path, payload, 0)

    def _write(self, path: Path, payload: bytes, backups: int) -> None:
        try:
            try:
                atomic_write(path, payload, backups)
            except IsADirectoryError:
                self.move_aside(path)  # a folder where the file belongs: damage, set aside like any other
                atomic_write(path, payload, backups)
        except OSError as exc:
            if os.name == "nt" and isinstance(exc, PermissionError) and path.is_dir():
                self.move_aside(path)
                return self._write(path, payload, backups)
            raise failed(path, exc) from None
        if path.parent not in self._tidied:
            self._tidied.add(path.parent)
            remove_stale_temp(path.parent)


def _payload(data: dict, soort: str) -> bytes:
    return json.dumps({"schema": SCHEMA, "soort": soort, **data}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def read_regular(path: Path, cap: int) -> bytes:
    """The bytes of a regular file of at most `cap` bytes.

    Damaged for anything else: a folder, a FIFO or device (which would block or never end), a file that is
    too big. FileNotFoundError when there is nothing (also when a folder on the way is a file).
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except (FileNotFoundError, NotADirectoryError):
        raise FileNotFoundError(path) from None
    except IsADirectoryError:
        raise Damaged("een map in plaats van een bestand") from None
    except PermissionError:
        if path.is_dir():  # Windows opens no folder as a file
            raise Damaged("een map in plaats van een bestand") from None
        raise
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENXIO, errno.ENAMETOOLONG):
            raise Damaged("geen gewoon bestand") from None
        raise
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise Damaged("een map in plaats van een bestand")
        if not stat.S_ISREG(info.st_mode):
            raise Damaged("geen gewoon bestand")
        if info.st_size > cap:
            raise Damaged(f"te groot ({info.st_size} bytes)")
        chunks, left = [], cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, MB))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        raw = b"".join(chunks)
    finally:
        os.close(fd)
    if len(raw) > cap:
        raise Damaged("te groot")  # it grew while we read
    return raw


def parse(raw: bytes, soort: str, check: bool = True) -> dict:
    """A save file's JSON, or Damaged when it is empty, cut off, not JSON, too deep or not this kind of save.

    With `check`, also the shape its readers rely on (see shapes.py); SaveFiles checks after migrating instead.
    """
    if not raw.strip():
        raise Damaged("leeg bestand")
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_float=_finite, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise Damaged(str(exc)) from None
    except RecursionError:
        raise Damaged("te diep genest") from None
    if not isinstance(data, dict):
        raise Damaged("geen JSON-object")
    version = data.get("schema", data.get("versie"))
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Damaged("geen schemaversie")
    if data.get("soort", soort) != soort:
        raise Damaged(f"verwacht {soort}, gevonden {data.get('soort')!r:.40}")
    data["schema"] = version
    if check and version <= SCHEMA:
        wrong = shapes.problem(soort, data)
        if wrong:
            raise Damaged(wrong)
    return data


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"getal buiten bereik: {text[:20]}")
    return value


def _no_constant(name: str):
    raise ValueError(f"{name} is geen getal")


def failed(path: Path, exc: OSError) -> SaveFailed:
    """A Dutch SaveFailed for an OSError while writing `path` (the reason in words a student understands)."""
    if isinstance(exc, SaveFailed):
        return exc
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        why = "de map is alleen-lezen of je hebt er geen schrijfrechten"
    elif exc.errno == errno.ENOSPC:
        why = "de schijf is vol"
    elif exc.errno == getattr(errno, "EDQUOT", -1):
        why = "je opslagruimte (quota) is vol"
    else:
        why = f"foutcode {exc.errno or type(exc).__name__}"
    error = SaveFailed(f"Opslaan in {path.parent} lukte niet: {why}.")
    error.errno = exc.errno
    return error


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


def _wat(soort: str) -> tuple[str, str]:
    return WAT.get(soort, (soort, soort))


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return path.name


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

