"""Finding and reading scenario files without trusting the folder they are in.

A scenario folder may be a shared drive or a USB stick that anyone can write to. So a file is only read
when it is a regular file inside the folder the teacher named: a link that points elsewhere (to a system
file, say) is refused without reading it, and a pipe, device or socket is refused before it is opened
(opening a pipe waits for a writer; /dev/zero never ends). Every refusal is a Dutch problem for that file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Iterable, Optional

from simulator.content.problems import Probleem, ScenarioError
from simulator.content.yaml_source import MAX_BYTES, too_big

SUFFIXES = (".yaml", ".yml")

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
"""O_NONBLOCK: should a pipe slip in between the check and the open, opening and reading it return at once."""


def scenario_entries(paths: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """(file, the folder it must stay inside) for every .yaml/.yml file in the given files and folders.

    Folders are searched recursively; links to folders are not entered. Links, pipes and the like with a
    .yaml name are listed anyway, so that reading them gives the teacher a problem instead of silence.
    A file named directly must stay inside its own folder.
    """
    found: list[tuple[Path, Path]] = []
    for p in map(Path, paths):
        if os.path.isdir(p):  # False on any error: the path is then read as a file and the error told in Dutch
            found += [(f, p) for f in sorted(_walk(p))]
        else:
            found.append((p, p.parent))
    return found


def _walk(root: Path) -> list[Path]:
    """Scenario files under root, without following links to folders (they could lead outside, or loop)."""
    found: list[Path] = []
    todo = [root]
    while todo:
        folder = todo.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError:
            found.append(folder)  # reading it as a file says in Dutch that this folder cannot be opened
            continue
        for entry in listed:
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                todo.append(path)
            elif entry.is_symlink() and entry.is_dir():  # a link to a folder
                if not inside(path, root):
                    found.append(path)  # elsewhere: refused by name; inside: its files are found anyway
            elif path.suffix.lower() in SUFFIXES:
                found.append(path)
    return found


def inside(path: Path, root: Path) -> bool:
    """Whether path, with every link in it followed, stays within root (also with links followed)."""
    real, base = os.path.realpath(path), os.path.realpath(root)
    try:
        return os.path.commonpath([real, base]) == base
    except ValueError:  # another drive on Windows
        return False


def read_scenario(path: str | Path, root: Optional[str | Path] = None) -> bytes:
    """The bytes of a scenario file (at most MAX_BYTES + 1), or a ScenarioError saying why not.

    root: the folder the file must stay inside (default: the file's own folder).
    """
    path = Path(path)
    bestand = str(path)
    if not inside(path, Path(root) if root is not None else path.parent):
        raise ScenarioError([Probleem(
            bestand, 0, 0, "J121",
            "Dit is een link naar een plek buiten de scenariomap; die volg ik niet.",
            "Zet het scenario-bestand zelf in de map, niet een snelkoppeling of link ernaartoe.",
        )])
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ScenarioError([unreadable(bestand, exc)]) from None
    _refuse_unless_regular(bestand, info.st_mode)
    if info.st_size > MAX_BYTES:
        raise ScenarioError([too_big(bestand, info.st_size)])
    try:
        handle = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise ScenarioError([unreadable(bestand, exc)]) from None
    try:
        opened = os.fstat(handle)
        _refuse_unless_regular(bestand, opened.st_mode)  # swapped for a pipe since the check above
        chunks: list[bytes] = []
        left = MAX_BYTES + 1  # one byte too many is enough to say the file is too big
        while left > 0:
            chunk = os.read(handle, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise ScenarioError([unreadable(bestand, exc)]) from None
    finally:
        os.close(handle)


def _refuse_unless_regular(bestand: str, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise ScenarioError([Probleem(bestand, 0, 0, "J100", "Deze map kan ik niet openen.",
                                      "Controleer of je de map mag lezen, of vraag het de ICT-afdeling.")])
    raise ScenarioError([Probleem(
        bestand, 0, 0, "J120",
        "Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); ik lees het niet.",
        "Een scenario is een gewoon tekstbestand. Verwijder dit item uit de scenariomap.",
    )])


_REASONS = {
    errno.ENOENT: ("Dit bestand of deze map bestaat niet.", "Controleer de naam en het pad (let op hoofdletters)."),
    errno.EACCES: ("Je hebt geen rechten om dit bestand te lezen.", "Vraag de ICT-afdeling om leesrechten."),
    errno.EPERM: ("Je hebt geen rechten om dit bestand te lezen.", "Vraag de ICT-afdeling om leesrechten."),
    errno.ELOOP: ("Dit is een link die steeds naar zichzelf blijft verwijzen.", "Verwijder de link."),
    errno.ENAMETOOLONG: ("De naam of het pad van dit bestand is te lang.", "Kies een kortere naam of map."),
    errno.EISDIR: ("Dit is een map, geen bestand.", "Geef een .yaml-bestand, of de map zelf als map."),
}


def unreadable(bestand: str, exc: OSError) -> Probleem:
    """J100 in Dutch for an OSError (the system's own text may be English)."""
    bericht, hint = _REASONS.get(exc.errno or 0, (
        f"Dit bestand kan niet worden gelezen (systeemfout {errno.errorcode.get(exc.errno or 0, exc.errno)}).",
        "Staat het bestand open in een ander programma? Sluit dat en probeer het opnieuw.",
    ))
    return Probleem(bestand, 0, 0, "J100", bericht, hint)
