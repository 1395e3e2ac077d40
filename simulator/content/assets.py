"""Which portraits exist: the catalogue in assets/portretten.yaml (drawn by the UI, named by scenarios)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from simulator import paths

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader


@lru_cache(maxsize=4)
def portraits(assets_dir: Path | None = None) -> dict[str, dict]:
    """Portrait id -> its drawing parameters."""
    path = (assets_dir or paths.ASSETS_DIR) / "portretten.yaml"
    with open(path, "rb") as fh:
        return yaml.load(fh, Loader=_Loader) or {}
