"""Scenario packs: a teacher's folder (scenarios and their wereld.yaml) as one zip another school can install.

A pack is a zip with a manifest, `pakket.json`: its name (also the folder it installs into), version, authors,
licence, the version of the Juwelier-simulator it was made for, and every file with its size and sha256.
`maak` checks the folder first and refuses a pack with errors. `installeer` trusts nothing in the zip: it refuses
paths that leave the folder, links, too many files, entries that are (or turn out to be) too big, anything that
is not a scenario or world file, and a manifest that does not match; it checks the scenarios as they will stand
in the school's folder, and only then moves them into place. It overwrites nothing without saying so: a folder
that is not this pack, an older or the same version, or files a teacher changed there are refused unless forced.
Everything it writes stays inside the target folder (a temporary folder there, renamed into place at the end).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from simulator import __version__, paths
from simulator.content.files import SUFFIXES
from simulator.content.problems import Probleem
from simulator.content.wereldbestand import is_wereldbestand
from simulator.content.yaml_source import MAX_BYTES, read_yaml

MANIFEST = "pakket.json"
MAX_FILES = 500
"""Files in one pack; a school's whole library is about 60 scenarios."""
MAX_FILE_BYTES = MAX_BYTES
"""The largest scenario or world file the loader accepts (1 MB)."""
MAX_MANIFEST_BYTES = 256 * 1024
MAX_TOTAL_BYTES = 50_000_000
MAX_ZIP_BYTES = 60_000_000
MAX_PATH = 200
MAX_DEPTH = 8

_NAAM = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")
_VERSIE = re.compile(r"^\d{1,4}(\.\d{1,4}){0,3}$")
_PART = re.compile(r"^[^\W_][\w .()+-]*$")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}
"""Names Windows will not create a file with."""


class PakketFout(ValueError):
    """A pack that cannot be made or installed: a Dutch message, and the problems behind it when there are any."""

    def __init__(self, bericht: str, problemen: Iterable[Probleem] = (), details: Iterable[str] = ()):
        self.bericht = bericht
        self.problemen = tuple(problemen)
        self.details = tuple(details)
        super().__init__(bericht)


class _Bestand(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    grootte: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class Manifest(BaseModel):
    """What a pack says about itself (pakket.json)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    naam: str = Field(pattern=_NAAM.pattern)
    versie: str = Field(pattern=_VERSIE.pattern)
    titel: str = ""
    auteurs: list[str] = Field(min_length=1)
    licentie: str = Field(min_length=1)
    simulator: str
    """The version of the Juwelier-simulator the pack was made (and checked) with."""
    gemaakt: str = ""
    bestanden: dict[str, _Bestand]

    def json_bytes(self) -> bytes:
        return (json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def versie_tuple(versie: str) -> tuple[int, ...]:
    """'1.2' -> (1, 2, 0, 0): versions compare number by number (1.10 is newer than 1.9)."""
    parts = [int(p) for p in versie.split(".")]
    return tuple(parts + [0] * (4 - len(parts)))


def check_naam(naam: str) -> str:
    if not _NAAM.match(naam):
        raise PakketFout(f"'{naam}' is geen geldige pakketnaam.",
                         details=["Gebruik kleine letters, cijfers en streepjes, bv. 'horlogebanden-roc-west'; "
                                  "het pakket komt in een map met die naam."])
    return naam


def check_versie(versie: str) -> str:
    if not _VERSIE.match(versie):
        raise PakketFout(f"'{versie}' is geen geldig versienummer.", details=["Schrijf bv. 1.0 of 2.1.3."])
    return versie


# -- making a pack -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Gemaakt:
    pad: Path
    manifest: Manifest
    overgeslagen: tuple[str, ...]
    """Files in the folder that do not go in a pack (no scenario or world file), by their path in the folder."""
    waarschuwingen: int


def maak(map_: Path, uit: Path, *, naam: str, versie: str, auteurs: list[str], licentie: str, titel: str = "",
         overschrijf: bool = False) -> Gemaakt:
    """Check the folder and write its scenarios and world files as a pack. PakketFout when anything is wrong."""
    from simulator import content

    map_ = Path(map_)
    if not map_.is_dir():
        raise PakketFout(f"'{map_}' is geen map.", details=["Geef de map met de scenario's die je wilt delen."])
    check_naam(naam)
    check_versie(versie)
    auteurs = [a.strip() for a in auteurs if a.strip()]
    if not auteurs:
        raise PakketFout("Een pakket noemt zijn makers.", details=["Geef --auteur \"Naam, school\" (mag vaker)."])
    if not licentie.strip():
        raise PakketFout("Een pakket noemt zijn licentie.", details=["Geef bv. --licentie \"CC BY-SA 4.0\"."])
    uit = Path(uit)
    if os.path.lexists(uit) and not overschrijf:
        raise PakketFout(f"'{uit}' bestaat al; ik overschrijf het niet.",
                         details=["Kies een andere naam, of geef --overschrijf als je het oude pakket wilt vervangen."])
    files, skipped = _files_of(map_)
    if not any(not is_wereldbestand(rel) for rel, _ in files):
        raise PakketFout(f"In '{map_}' staan geen scenario's (.yaml).")
    checks = content.check_all([map_])
    errors = [p for c in checks for p in c.fouten]
    if errors:
        raise PakketFout(f"De map heeft {len(errors)} fout(en); een pakket met fouten maak ik niet.", errors)
    warnings = sum(len(c.problemen) - len(c.fouten) for c in checks)
    listed = {rel: _Bestand(grootte=len(data), sha256=hashlib.sha256(data).hexdigest()) for rel, data in files}
    manifest = Manifest(naam=naam, versie=versie, titel=titel, auteurs=auteurs, licentie=licentie.strip(),
                        simulator=__version__, gemaakt=time.strftime("%Y-%m-%d"), bestanden=listed)
    _write_zip(uit, manifest, files)
    return Gemaakt(uit, manifest, tuple(skipped), warnings)


def _files_of(map_: Path) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(path in the pack, bytes) of every scenario and world file in the folder, and what is left out."""
    files: list[tuple[str, bytes]] = []
    skipped: list[str] = []
    for folder, dirs, names in os.walk(map_, followlinks=False):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in list(dirs):
            if (here / d).is_symlink():
                raise PakketFout(f"'{here / d}' is een link naar een map; links gaan niet mee in een pakket.",
                                 details=["Zet de bestanden zelf in de map."])
        for name in sorted(names):
            path = here / name
            rel = path.relative_to(map_).as_posix()
            if name.startswith(".") or path.suffix.lower() not in SUFFIXES:
                skipped.append(rel)
                continue
            if path.is_symlink() or not stat.S_ISREG(os.lstat(path).st_mode):
                raise PakketFout(f"'{path}' is een link of geen gewoon bestand; dat gaat niet mee in een pakket.",
                                 details=["Zet het bestand zelf in de map."])
            problem = _unsafe_name(rel)
            if problem:
                raise PakketFout(f"De naam '{rel}' kan niet in een pakket: {problem}.",
                                 details=["Gebruik letters, cijfers, streepjes en punten in namen van bestanden en mappen."])
            data = path.read_bytes()
            if len(data) > MAX_FILE_BYTES:
                raise PakketFout(f"'{rel}' is te groot voor een pakket ({_size(len(data))}; hooguit "
                                 f"{_size(MAX_FILE_BYTES)}).")
            files.append((rel, data))
    if len(files) > MAX_FILES:
        raise PakketFout(f"De map heeft {len(files)} bestanden; een pakket heeft er hooguit {MAX_FILES}.",
                         details=["Maak meer kleinere pakketten, bv. één per werkproces."])
    return files, skipped


def _write_zip(uit: Path, manifest: Manifest, files: list[tuple[str, bytes]]) -> None:
    uit.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=uit.parent, prefix=".pakket-", suffix=".zip")
    os.close(handle)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, manifest.json_bytes())
            for rel, data in files:
                zf.writestr(rel, data)
        os.replace(tmp, uit)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- reading a pack, trusting nothing -----------------------------------------------------------------

@dataclass(frozen=True)
class Pakket:
    """A pack whose zip passed every check; the files are read (bounded) only when installing."""

    pad: Path
    manifest: Manifest
    entries: dict[str, zipfile.ZipInfo]
    """Path in the pack -> its zip entry (files only, the manifest excluded)."""


def lees(zip_path: Path) -> Pakket:
    """Open a pack and check its table of contents and manifest. PakketFout (Dutch) when anything is wrong."""
    zip_path = Path(zip_path)
    try:
        info = os.stat(zip_path)
    except OSError:
        raise PakketFout(f"'{zip_path}' bestaat niet of is niet te lezen.") from None
    if not stat.S_ISREG(info.st_mode):
        raise PakketFout(f"'{zip_path}' is geen gewoon bestand.")
    if info.st_size > MAX_ZIP_BYTES:
        raise PakketFout(f"'{zip_path}' is te groot voor een pakket ({_size(info.st_size)}; hooguit "
                         f"{_size(MAX_ZIP_BYTES)}).")
    try:
        zf = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise PakketFout(f"'{zip_path}' is geen geldig pakket (geen leesbaar zip-bestand).",
                         details=["Vraag de maker om het pakket opnieuw te sturen."]) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_FILES + 1:
            raise PakketFout(f"Het pakket heeft {len(infos)} bestanden; een pakket heeft er hooguit {MAX_FILES}. "
                             "Ik installeer het niet.")
        entries, manifest_info = _entries(infos)
        if manifest_info is None:
            raise PakketFout(f"Het pakket heeft geen {MANIFEST}; het is niet met 'juwelier pakket maak' gemaakt.")
        manifest = _manifest(_read(zf, manifest_info, MAX_MANIFEST_BYTES))
    listed, present = set(manifest.bestanden), set(entries)
    if listed != present:
        missing, extra = sorted(listed - present), sorted(present - listed)
        raise PakketFout("Het pakket klopt niet met zijn inhoudsopgave (pakket.json); ik installeer het niet.",
                         details=[f"ontbreekt: {', '.join(missing)}"] * bool(missing)
                         + [f"niet in de inhoudsopgave: {', '.join(extra)}"] * bool(extra))
    for rel, entry in entries.items():
        if manifest.bestanden[rel].grootte != entry.file_size:
            raise PakketFout(f"'{rel}' is in het pakket anders dan de inhoudsopgave zegt; ik installeer het niet.")
    return Pakket(zip_path, manifest, entries)


def _entries(infos: list[zipfile.ZipInfo]) -> tuple[dict[str, zipfile.ZipInfo], Optional[zipfile.ZipInfo]]:
    entries: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    manifest = None
    total = 0
    for info in infos:
        name = info.filename
        problem = _unsafe_name(name.rstrip("/") if info.is_dir() else name)
        if problem:
            raise PakketFout(f"Het pakket bevat '{_shown(name)}': {problem}. Ik installeer het niet.")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PakketFout(f"Het pakket bevat een link ('{_shown(name)}'); links installeer ik niet.")
        if info.flag_bits & 0x1:
            raise PakketFout(f"'{_shown(name)}' in het pakket is versleuteld; dat kan ik niet controleren.")
        if info.is_dir():
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PakketFout(f"'{_shown(name)}' is ingepakt op een manier die ik niet ken.")
        folded = name.casefold()
        if folded in seen:
            raise PakketFout(f"Het pakket bevat '{_shown(name)}' twee keer (ook als je hoofdletters niet meetelt); "
                             "ik installeer het niet.")
        seen[folded] = name
        limit = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_FILE_BYTES
        if info.file_size > limit:
            raise PakketFout(f"'{_shown(name)}' is te groot ({_size(info.file_size)}; hooguit {_size(limit)}); "
                             "ik installeer het pakket niet.")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PakketFout(f"Het pakket pakt uit tot meer dan {_size(MAX_TOTAL_BYTES)}; ik installeer het niet.")
        if name == MANIFEST:
            manifest = info
            continue
        if Path(name).suffix.lower() not in SUFFIXES:
            raise PakketFout(f"Het pakket bevat '{_shown(name)}', geen scenario of wereld.yaml; ik installeer het niet.",
                             details=["Een pakket bevat alleen .yaml-bestanden en pakket.json."])
        entries[name] = info
    return entries, manifest


def _unsafe_name(name: str) -> str:
    """Why a path in a pack is not allowed ('' when it is): it must stay a plain relative path inside the folder."""
    if not name:
        return "een lege naam"
    if len(name) > MAX_PATH:
        return "een te lange naam"
    if any(ord(ch) < 32 or ch in '\\:*?"<>|' for ch in name):
        return "een naam met tekens die niet in een pad mogen (zoals \\ of :)"
    if name.startswith("/"):
        return "een pad vanaf de schijf zelf (absoluut pad)"
    parts = name.split("/")
    if len(parts) > MAX_DEPTH:
        return "te veel mappen in elkaar"
    for part in parts:
        if part in ("", ".", ".."):
            return "een pad dat buiten de map leidt (../)" if part == ".." else "een ongeldig pad"
        if not _PART.match(part) or part.endswith((".", " ")):
            return f"een naam ('{part}') die niet als bestandsnaam kan"
        if part.split(".")[0].casefold() in _RESERVED:
            return f"een naam ('{part}') die Windows niet toestaat"
    return ""


def _shown(name: str) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in name)
    return text if len(text) <= 80 else text[:77] + "…"


def _size(n: int) -> str:
    """A size as a teacher reads it: '1,1 GB', '21 MB', '640 kB'."""
    if n >= 1_000_000_000:
        return f"{n / 1e9:.1f} GB".replace(".", ",")
    return f"{round(n / 1e6)} MB" if n >= 1_000_000 else f"{max(1, n // 1000)} kB"


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """An entry's bytes, stopping as soon as there are more than it declared or than the limit (a zip bomb)."""
    cap = min(limit, info.file_size)
    chunks, size = [], 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(min(1 << 16, cap + 1 - size))
                if not chunk:
                    break
                size += len(chunk)
                if size > cap:
                    raise PakketFout(f"'{_shown(info.filename)}' pakt groter uit dan het pakket zegt; ik installeer het "
                                     "niet.")
                chunks.append(chunk)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise PakketFout(f"'{_shown(info.filename)}' in het pakket is beschadigd; ik installeer het niet.",
                         details=["Vraag de maker om het pakket opnieuw te sturen."]) from None
    return b"".join(chunks)


def _manifest(raw: bytes) -> Manifest:
    try:
        data = json.loads(raw.decode("utf-8"))
        return Manifest.model_validate(data)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise PakketFout(f"De {MANIFEST} van het pakket is geen geldige JSON.") from None
    except ValidationError as exc:
        fields = sorted({str(e["loc"][0]) for e in exc.errors() if e["loc"]})
        raise PakketFout(f"De {MANIFEST} van het pakket klopt niet (bij: {', '.join(fields) or 'het geheel'}).",
                         details=["Vraag de maker het pakket opnieuw te maken met 'juwelier pakket maak'."]) from None


# -- installing --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Geinstalleerd:
    map: Path
    manifest: Manifest
    vorige: Optional[str] = None
    """The version that was there before (None: a new install)."""
    nieuw: tuple[str, ...] = ()
    gewijzigd: tuple[str, ...] = ()
    verwijderd: tuple[str, ...] = ()
    overschreven: tuple[str, ...] = ()
    """Files a teacher had changed or added in the pack's folder, replaced because of --forceer."""
    waarschuwingen: int = 0
    notities: tuple[str, ...] = field(default_factory=tuple)


def installeer(zip_path: Path, naar: Path, *, forceer: bool = False) -> Geinstalleerd:
    """Check a pack and install it into naar/<its name>. PakketFout (Dutch) when it is refused; then nothing of it
    is left behind, and nothing outside `naar` was ever written."""
    naar = Path(naar)
    if not naar.is_dir() or naar.is_symlink():
        raise PakketFout(f"De scenariomap '{naar}' bestaat niet (of is een link).",
                         details=["Geef met --naar de scenariomap van de school; maak die eerst aan."])
    pakket = lees(zip_path)
    m = pakket.manifest
    doel = naar / m.naam
    vorige, vorige_bestanden, lokaal = _installed(doel, m, forceer)
    notes = []
    if versie_tuple(_plain(m.simulator)) > versie_tuple(_plain(__version__)):
        notes.append(f"Het pakket is gemaakt met Juwelier-simulator {m.simulator}; deze is {__version__}. "
                     "Werkt iets niet, werk het programma dan bij.")
    tmp = Path(tempfile.mkdtemp(dir=naar, prefix=f".pakket-{m.naam}-"))
    try:
        _extract(pakket, tmp)
        (tmp / MANIFEST).write_bytes(m.json_bytes())
        warnings = _check_as_installed(tmp, naar, m)
        _refuse_clashing_ids(tmp, naar, doel)
        _swap(tmp, doel, naar)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = vorige_bestanden
    return Geinstalleerd(
        doel, m, vorige,
        nieuw=tuple(sorted(set(m.bestanden) - set(old))),
        gewijzigd=tuple(sorted(r for r in set(m.bestanden) & set(old) if old[r].sha256 != m.bestanden[r].sha256)),
        verwijderd=tuple(sorted(set(old) - set(m.bestanden))),
        overschreven=tuple(lokaal), waarschuwingen=warnings, notities=tuple(notes))


def _plain(versie: str) -> str:
    found = re.match(r"^\d{1,4}(\.\d{1,4}){0,3}", versie)
    return found.group(0) if found else "0"


def _installed(doel: Path, m: Manifest, forceer: bool) -> tuple[Optional[str], dict, list[str]]:
    """What is in the pack's folder now: (its version, its files, files a teacher changed or added there)."""
    if not os.path.lexists(doel):
        return None, {}, []
    if doel.is_symlink() or not doel.is_dir():
        raise PakketFout(f"Er staat al iets met de naam '{doel.name}' in de scenariomap, maar geen map; ik overschrijf "
                         "het niet.", details=["Hernoem of verwijder het, en installeer dan opnieuw."])
    try:
        raw = (doel / MANIFEST).read_bytes() if (doel / MANIFEST).is_file() and not (doel / MANIFEST).is_symlink() else None
        old = _manifest(raw) if raw is not None and len(raw) <= MAX_MANIFEST_BYTES else None
    except (OSError, PakketFout):
        old = None
    if old is None or old.naam != m.naam:
        raise PakketFout(f"De map '{doel}' bestaat al en is geen installatie van dit pakket; ik overschrijf niets.",
                         details=["Hernoem die map, of verwijder hem als je hem niet meer nodig hebt, en installeer "
                                  "dan opnieuw."])
    new, had = versie_tuple(m.versie), versie_tuple(old.versie)
    if new == had and not forceer:
        raise PakketFout(f"Pakket '{m.naam}' versie {m.versie} is al geïnstalleerd in '{doel}'.",
                         details=["Geef --forceer om het opnieuw te installeren."])
    if new < had and not forceer:
        raise PakketFout(f"Pakket '{m.naam}' versie {m.versie} is ouder dan de geïnstalleerde versie {old.versie}; "
                         "ik installeer het niet.", details=["Geef --forceer als je echt terug wilt naar deze versie."])
    changed = _local_changes(doel, old)
    if changed and not forceer:
        raise PakketFout(f"In '{doel}' zijn bestanden veranderd of toegevoegd sinds de installatie; die zou de nieuwe "
                         "versie overschrijven of weghalen.",
                         details=[f"veranderd of nieuw: {', '.join(changed)}",
                                  "Bewaar ze ergens anders (een eigen scenario hoort in een eigen map), of geef --forceer."])
    return old.versie, dict(old.bestanden), changed


def _local_changes(doel: Path, old: Manifest) -> list[str]:
    found = []
    for folder, dirs, names in os.walk(doel, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            rel = (Path(folder) / name).relative_to(doel).as_posix()
            if rel == MANIFEST:
                continue
            listed = old.bestanden.get(rel)
            try:
                data = (Path(folder) / name).read_bytes() if listed is not None else None
            except OSError:
                data = None
            if listed is None or data is None or hashlib.sha256(data).hexdigest() != listed.sha256:
                found.append(rel)
    found += [rel for rel in old.bestanden if not (doel / rel).exists()]
    return sorted(set(found))


def _extract(pakket: Pakket, tmp: Path) -> None:
    """Write every file into tmp: bounded reads, sha256 checked, new files only (no link is ever followed)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    base = os.path.realpath(tmp)
    with zipfile.ZipFile(pakket.pad) as zf:
        for rel, info in pakket.entries.items():
            data = _read(zf, info, MAX_FILE_BYTES)
            if hashlib.sha256(data).hexdigest() != pakket.manifest.bestanden[rel].sha256:
                raise PakketFout(f"'{rel}' in het pakket is anders dan de inhoudsopgave zegt (beschadigd of veranderd); "
                                 "ik installeer het niet.")
            target = tmp.joinpath(*rel.split("/"))
            if os.path.commonpath([base, os.path.realpath(target)]) != base:  # _unsafe_name already refused this
                raise PakketFout(f"'{rel}' zou buiten de map terechtkomen; ik installeer het niet.")
            target.parent.mkdir(parents=True, exist_ok=True)
            handle = os.open(target, flags, 0o644)
            with os.fdopen(handle, "wb") as fh:
                fh.write(data)


def _check_as_installed(tmp: Path, naar: Path, m: Manifest) -> int:
    """Check the pack's scenarios and world files as they will stand in the school's folder (its wereld.yaml counts)."""
    from simulator import content
    from simulator.content.wereldbestand import Werelden

    werelden = Werelden()
    checks = []
    for path in sorted(p for p in tmp.rglob("*") if p.suffix.lower() in SUFFIXES):
        if is_wereldbestand(path):
            werelden.deel(path, naar)
        else:
            checks.append(content.check(path, root=naar, werelden=werelden))
    problems = [p for c in checks for p in c.problemen] + [p for d in werelden.delen.values() for p in d.problemen]
    shown = [_in_pack(p, tmp, m.naam) for p in problems]
    errors = [p for p in shown if p.ernst == "fout"]
    if errors:
        raise PakketFout(f"Het pakket heeft {len(errors)} fout(en) in deze installatie; ik installeer het niet.", errors)
    return len(shown)


def _in_pack(p: Probleem, tmp: Path, naam: str) -> Probleem:
    """A problem named after the file's place in the pack, not the temporary folder."""
    try:
        rel = Path(p.bestand).relative_to(tmp).as_posix()
    except ValueError:
        return p
    return Probleem(f"{naam}/{rel}", p.regel, p.kolom, p.code, p.bericht, p.hint, p.ernst)


def _refuse_clashing_ids(tmp: Path, naar: Path, doel: Path) -> None:
    """Two scenarios with one id: the game would load only one. Compared with the school's folder and the shipped
    library (the pack's own older version does not count)."""
    own: dict[Optional[str], Path] = {}
    for path in sorted(tmp.rglob("*")):
        if path.suffix.lower() in SUFFIXES and not is_wereldbestand(path):
            sid = _id_of(path)
            if sid in own:
                raise PakketFout(f"Twee scenario's in het pakket hebben het id '{sid}' ({own[sid].relative_to(tmp).as_posix()} "
                                 f"en {path.relative_to(tmp).as_posix()}); ik installeer het niet.")
            own[sid] = path
    skip = [Path(os.path.realpath(tmp)), Path(os.path.realpath(doel))]
    for folder in (naar, paths.SCENARIOS_DIR):
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            real = Path(os.path.realpath(path))
            if path.suffix.lower() not in SUFFIXES or is_wereldbestand(path) or any(s == real or s in real.parents for s in skip):
                continue
            sid = _id_of(path)
            if sid is not None and sid in own:
                raise PakketFout(f"Het scenario '{sid}' in het pakket heeft hetzelfde id als {path}; dan laadt het spel "
                                 "er maar één. Ik installeer het niet.",
                                 details=["Vraag de maker een ander id te kiezen, of haal het andere scenario weg."])


def _id_of(path: Path) -> Optional[str]:
    try:
        if path.is_symlink() or path.stat().st_size > MAX_BYTES:
            return None
        data, _, _ = read_yaml(path.read_bytes(), str(path))
    except Exception:  # noqa: BLE001 - a broken file has no id to clash with; the check reports it elsewhere
        return None
    return str(data["id"]) if isinstance(data, dict) and isinstance(data.get("id"), str) else None


def _swap(tmp: Path, doel: Path, naar: Path) -> None:
    """Put the checked files in place: the old version aside first, back if the rename fails."""
    if not os.path.lexists(doel):
        os.replace(tmp, doel)
        return
    aside = Path(tempfile.mkdtemp(dir=naar, prefix=f".pakket-oud-{doel.name}-"))
    os.rmdir(aside)
    os.replace(doel, aside)
    try:
        os.replace(tmp, doel)
    except OSError:
        os.replace(aside, doel)
        raise
    shutil.rmtree(aside, ignore_errors=True)
