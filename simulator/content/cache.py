"""A cache of checked scenarios keyed by the file's hash: a warm start skips parsing, validation and analysis.

Entries are JSON (never pickle: a cache folder may be shared or copied), one file per scenario content.
Every entry carries a fingerprint of the program, the dossier and the built-in catalogues; when any of
them changes, old entries are simply not used. A scenario checked against a teacher's own world (wereld.yaml)
is kept apart by that world's fingerprint: the same bytes in another folder, or after the world file changed,
are checked again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Optional

from simulator import __version__, paths
from simulator.content import analysis as analysis_module
from simulator.content.model import Scenario
from simulator.content.problems import Probleem

CACHE_VERSION = 2


def fingerprint() -> str:
    """What the checks depend on besides the file itself and its own world: our code, the dossier, the built-in
    catalogues."""
    digest = hashlib.sha256(f"{CACHE_VERSION}:{__version__}".encode())
    here = Path(__file__).resolve().parent
    sources = sorted(here.glob("*.py")) + [here.parent / "dossier" / "dossier.yaml"] + [
        paths.ASSETS_DIR / name for name in ("portretten.yaml", "gereedschap.yaml", "winkel.yaml")]
    for source in sources:
        try:
            digest.update(source.read_bytes())
        except OSError:
            digest.update(source.name.encode())
    if getattr(sys, "frozen", False):  # a build has no .py sources: the program file itself identifies it
        try:
            digest.update(str(Path(sys.executable).stat().st_mtime_ns).encode())
        except OSError:
            pass
    return digest.hexdigest()[:16]


def _encode(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"__dc__": type(value).__name__, **{f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, (set, frozenset)):
        return {"__set__": sorted((_encode(v) for v in value), key=repr), "frozen": isinstance(value, frozenset)}
    if isinstance(value, tuple):
        return {"__tuple__": [_encode(v) for v in value]}
    if isinstance(value, dict):
        return {"__dict__": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    return value


def _decode(value):
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "__dc__" in value:
        cls = getattr(analysis_module, value["__dc__"])
        return cls(**{k: _decode(v) for k, v in value.items() if k != "__dc__"})
    if "__set__" in value:
        items = [_hashable(_decode(v)) for v in value["__set__"]]
        return frozenset(items) if value.get("frozen") else set(items)
    if "__tuple__" in value:
        return tuple(_decode(v) for v in value["__tuple__"])
    if "__dict__" in value:
        return {_hashable(_decode(k)): _decode(v) for k, v in value["__dict__"]}
    return value


def _hashable(value):
    return tuple(_hashable(v) for v in value) if isinstance(value, list) else value


class ContentCache:
    """Checked scenarios on disk, keyed by the sha256 of the file's bytes."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.print = fingerprint()

    def _path(self, digest: str, wereld: str = "") -> Path:
        return self.folder / (f"{digest}-{wereld}.json" if wereld else f"{digest}.json")

    def get(self, digest: str, bestand: str, wereld: str = ""):
        """The cached GeladenScenario for these bytes checked against this world (its fingerprint, '' for the
        built-in one), or None (missing, stale or unreadable). The caller gives it its world object."""
        from simulator.content import GeladenScenario

        try:
            entry = json.loads(self._path(digest, wereld).read_text(encoding="utf-8"))
            if entry.get("fingerprint") != self.print or entry.get("wereld", "") != wereld:
                return None
            scenario = Scenario.model_validate(entry["scenario"])
            result = _decode(entry["analyse"])
            warnings = tuple(Probleem(**{**p, "bestand": bestand}) for p in entry["waarschuwingen"])
            variation = entry.get("varianten") or {}
            bron = variation["bron"].encode("utf-8") if variation else None
            zaden, zaad = tuple(variation.get("zaden", ())), variation.get("zaad")
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return GeladenScenario(scenario, bestand, digest, result, warnings, zaad=zaad, bron=bron, zaden=zaden)

    def put(self, geladen) -> None:
        entry = {
            "fingerprint": self.print,
            "scenario": geladen.scenario.model_dump(mode="json", by_alias=True, exclude_unset=True),
            "analyse": _encode(geladen.analyse),
            "waarschuwingen": [p.as_dict() for p in geladen.waarschuwingen],
            "wereld": geladen.wereld.vingerafdruk,
        }
        if geladen.bron is not None:  # the file's text, so any other case can be made from the cache
            entry["varianten"] = {"bron": geladen.bron.decode("utf-8"), "zaden": list(geladen.zaden), "zaad": geladen.zaad}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(entry, ensure_ascii=False))  # dumps: the C encoder (dump writes in Python)
            os.replace(tmp, self._path(geladen.hash, geladen.wereld.vingerafdruk))
        except OSError:
            pass  # a cache that cannot be written only costs time


def default_cache_dir() -> Path:
    return paths.cache_dir() / "scenarios"


def lookup(cache: Optional[ContentCache], raw: bytes, bestand: str, wereld=None):
    """The cached scenario for these bytes in this world (None: the built-in one), carrying that world."""
    if cache is None:
        return None
    found = cache.get(hashlib.sha256(raw).hexdigest(), bestand, wereld.vingerafdruk if wereld is not None else "")
    return dataclasses.replace(found, wereld=wereld) if found is not None and wereld is not None else found
