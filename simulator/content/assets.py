"""The built-in catalogues scenarios name: the portraits (assets/portretten.yaml) and the cast (assets/winkel.yaml)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from simulator import paths
from simulator.content.yaml_source import SafeLoader


@lru_cache(maxsize=4)
def portraits(assets_dir: Path | None = None) -> dict[str, dict]:
    """Portrait id -> its drawing parameters."""
    path = (assets_dir or paths.ASSETS_DIR) / "portretten.yaml"
    with open(path, "rb") as fh:
        return yaml.load(fh, Loader=SafeLoader) or {}


@lru_cache(maxsize=4)
def cast(assets_dir: Path | None = None) -> dict[str, dict]:
    """The shop's own people (assets/winkel.yaml): cast id -> naam, portret, rol. Empty when the file is missing."""
    path = (assets_dir or paths.ASSETS_DIR) / "winkel.yaml"
    try:
        with open(path, "rb") as fh:
            return yaml.load(fh, Loader=SafeLoader) or {}
    except OSError:
        return {}
