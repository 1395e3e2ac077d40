"""The workbench catalogue (assets/gereedschap.yaml): tools, parts and the items the workbench can draw.

Scenarios name tools and items by id; the checks use this catalogue to catch typos, the engine and
the UI use it for names, English trade terms and descriptions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

from simulator import paths

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader


@dataclass(frozen=True)
class Gereedschap:
    """A tool, measuring instrument or part on the tray."""

    id: str
    naam: str
    engels: str
    """The English trade term (the dossier asks students to know them)."""
    soort: str = "gereedschap"
    """gereedschap, meetmiddel, onderdeel or hulpmiddel."""
    omschrijving: str = ""
    code: Optional[str] = None
    """For parts: what is printed on it (a battery's code)."""


@dataclass(frozen=True)
class Voorwerp:
    """An item the workbench can draw, with the zones the drawing knows."""

    id: str
    naam: str
    omschrijving: str = ""
    zones: dict = field(default_factory=dict)
    """Zone id -> display name."""


@dataclass(frozen=True)
class Catalogus:
    gereedschap: dict
    """Tool id -> Gereedschap."""
    voorwerpen: dict
    """Item id -> Voorwerp."""

    def tool(self, tool_id: str) -> Gereedschap:
        """The tool, or a stand-in named after its id when the catalogue does not know it."""
        return self.gereedschap.get(tool_id) or Gereedschap(tool_id, tool_id.replace("-", " ").capitalize(), tool_id)

    def zone_naam(self, voorwerp: str, zone: str) -> str:
        item = self.voorwerpen.get(voorwerp)
        return (item.zones.get(zone) if item else None) or zone.replace("-", " ").capitalize()


@lru_cache(maxsize=4)
def catalogue(assets_dir: Path | None = None) -> Catalogus:
    path = (assets_dir or paths.ASSETS_DIR) / "gereedschap.yaml"
    with open(path, "rb") as fh:
        data = yaml.load(fh, Loader=_Loader) or {}
    tools = {
        tid: Gereedschap(tid, str(t["naam"]), str(t.get("engels", "")), str(t.get("soort", "gereedschap")),
                         str(t.get("omschrijving", "")), str(t["code"]) if t.get("code") else None)
        for tid, t in (data.get("gereedschap") or {}).items()
    }
    items = {
        vid: Voorwerp(vid, str(v["naam"]), str(v.get("omschrijving", "")), {str(k): str(n) for k, n in (v.get("zones") or {}).items()})
        for vid, v in (data.get("voorwerpen") or {}).items()
    }
    return Catalogus(tools, items)
