"""The string tables (assets/strings/<taal>.yaml): every word the program says that is not scenario content.

The game, the commands and the reports all use them; the engine returns a `Bericht` (a key and its values)
and `zeg` turns it into words in the player's language, as Yarn Spinner's line provider does.

Keys are dotted paths (`home.titel`); values may hold `{name}` fields. A key missing in English falls back
to Dutch, and a key missing everywhere shows itself, so a gap is visible but never a crash.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Optional

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

    def zeg(self, value: object) -> str:
        """Words for a scenario text or a Bericht; a Bericht's values are said in the same language
        (numbers the way this language writes them)."""
        from simulator.content.text import Bericht, tekst

        if isinstance(value, Bericht):
            values = dict(value.waarden)
            unit = values.get("eenheid")
            eenheid = unit if isinstance(unit, str) else None
            said = {k: self._waarde(v, eenheid) for k, v in values.items()}
            return self(value.sleutel, **said).strip()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        return tekst(value, self.taal)

    def _waarde(self, value: object, eenheid: Optional[str]) -> str:
        """A Bericht's value in words: a number the way this language writes it; a list of messages as
        one per line, of names separated by commas."""
        from simulator.content.text import Bericht

        if isinstance(value, float):
            return _number(value, self.taal, eenheid)
        if isinstance(value, (tuple, list)):
            joiner = "\n" if all(isinstance(v, Bericht) for v in value) else ", "
            return joiner.join(self.zeg(v) for v in value)
        return self.zeg(value)


def zeg(value: object, taal: str = "nl") -> str:
    """Anything shown as words, in a language: a scenario text (str or {nl, en}) or a Bericht from the program."""
    return Strings(taal).zeg(value)


def _number(value: float, taal: str, eenheid: Optional[str]) -> str:
    from simulator.engine.getal import decimalen_voor, schrijf_getal

    decimals = decimalen_voor(value, eenheid)
    if taal == "nl":
        return schrijf_getal(value, decimals)
    return f"{value:,.{decimals}f}" if decimals is not None else f"{value:,g}"
