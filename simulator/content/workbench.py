"""The workbench catalogue (assets/gereedschap.yaml): tools, parts and the items the workbench can draw.

Scenarios name tools and items by id; the checks use this catalogue to catch typos, the engine and
the UI use it for names, English trade terms, descriptions and drawings. A teacher's own wereld.yaml
adds to it (simulator/content/wereldbestand.py); `Catalogus.met` merges the two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional

import yaml
from pydantic import TypeAdapter

from simulator import paths
from simulator.content import tekeningen
from simulator.content.yaml_source import SafeLoader


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
    tekening: Optional[Mapping] = None
    """How the tray draws it ({vorm, kleur}); None: by its id, or a plain card for an id the art does not know."""
    bron: str = ""
    """The wereld.yaml that describes it; '' for the built-in catalogue."""


@dataclass(frozen=True)
class Voorwerp:
    """An item the workbench can draw, with the zones the drawing knows."""

    id: str
    naam: str
    omschrijving: str = ""
    zones: dict = field(default_factory=dict)
    """Zone id -> display name."""
    tekening: Optional[Mapping] = None
    """A drawing described by parameters ({soort: ring, griffen: 4, …}); None: drawn by its id."""
    bron: str = ""
    """The wereld.yaml that describes it; '' for the built-in catalogue."""


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

    def tekening(self, voorwerp: str) -> Optional[Mapping]:
        item = self.voorwerpen.get(voorwerp)
        return item.tekening if item else None

    def met(self, gereedschap: Mapping[str, Gereedschap], voorwerpen: Mapping[str, Voorwerp]) -> "Catalogus":
        """This catalogue with more tools and items (ids already here are the caller's to refuse)."""
        return Catalogus({**self.gereedschap, **gereedschap}, {**self.voorwerpen, **voorwerpen})


_TEKENING: TypeAdapter = TypeAdapter(tekeningen.Tekening)
_GEREEDSCHAP_TEKENING: TypeAdapter = TypeAdapter(tekeningen.GereedschapTekening)


def voorwerp_van(vid: str, v: Mapping, bron: str = "") -> Voorwerp:
    """An item from its entry in a catalogue file; without `zones:` it has the zones its drawing shows."""
    drawing = _TEKENING.validate_python(v["tekening"]) if v.get("tekening") is not None else None
    zones = {str(k): str(n) for k, n in (v.get("zones") or {}).items()} or tekeningen.zones(drawing)
    return Voorwerp(vid, str(v["naam"]), str(v.get("omschrijving") or ""), zones,
                    tekeningen.als_gegevens(drawing) if drawing is not None else None, bron)


def gereedschap_van(tid: str, t: Mapping, bron: str = "") -> Gereedschap:
    drawing = _GEREEDSCHAP_TEKENING.validate_python(t["tekening"]) if t.get("tekening") is not None else None
    return Gereedschap(tid, str(t["naam"]), str(t.get("engels") or ""), str(t.get("soort") or "gereedschap"),
                       str(t.get("omschrijving") or ""), str(t["code"]) if t.get("code") else None,
                       tekeningen.als_gegevens(drawing) if drawing is not None else None, bron)


@lru_cache(maxsize=4)
def catalogue(assets_dir: Path | None = None) -> Catalogus:
    path = (assets_dir or paths.ASSETS_DIR) / "gereedschap.yaml"
    with open(path, "rb") as fh:
        data = yaml.load(fh, Loader=SafeLoader) or {}
    tools = {tid: gereedschap_van(tid, t) for tid, t in (data.get("gereedschap") or {}).items()}
    items = {vid: voorwerp_van(vid, v) for vid, v in (data.get("voorwerpen") or {}).items()}
    return Catalogus(tools, items)
