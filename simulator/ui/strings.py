"""UI string tables (assets/strings/<taal>.yaml): every word the game shows that is not scenario content.

Keys are dotted paths (`home.titel`); values may hold `{name}` fields. A key missing in English falls back
to Dutch, and a key missing everywhere shows itself, so a gap is visible but never a crash.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

from simulator import paths

STRINGS_DIR = paths.ASSETS_DIR / "strings"


@functools.lru_cache(maxsize=None)
def table(taal: str, folder: Path = STRINGS_DIR) -> dict[str, str]:
    """The flat table of one language ({} when the file is missing)."""
    path = folder / f"{taal}.yaml"
    try:
        stat = path.stat()
    except OSError:
        return {}
    # Importing PyYAML costs more than the rest of the first frame, so the flat table is kept as JSON in
    # the cache folder, keyed by the file's path, size and time (like a .pyc); any problem: read the YAML.
    key = hashlib.sha1(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    cache = paths.cache_dir() / "teksten" / f"{taal}-{key}.json"
    try:
        return json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    flat = _read_yaml(path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(flat, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, cache)
    except OSError:
        pass
    return flat


def _read_yaml(path: Path) -> dict[str, str]:
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    except OSError:
        return {}
    flat: dict[str, str] = {}
    _flatten(data or {}, "", flat)
    return flat


def _flatten(node, prefix: str, out: dict) -> None:
    for key, value in node.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            _flatten(value, name + ".", out)
        else:
            out[name] = str(value)


class Strings:
    """`strings("home.hallo", naam="Sanne")` -> "Hallo, Sanne"."""

    def __init__(self, taal: str = "nl"):
        self.taal = taal
        self._table = table(taal)
        self._fallback = table("nl")

    def __call__(self, key: str, **values) -> str:
        text = self._table.get(key) or self._fallback.get(key) or key
        if values:
            try:
                return text.format(**values)
            except (KeyError, IndexError, ValueError):
                return text
        return text

    def has(self, key: str) -> bool:
        return key in self._table or key in self._fallback
