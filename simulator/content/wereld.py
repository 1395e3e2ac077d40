"""The world a scenario may refer to besides itself: the dossier, the tools and items, the portraits, the cast.

The content layer reads it from files; the engine is given it (through the loaded scenario) and reads nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional

from simulator.content.workbench import Catalogus, catalogue
from simulator.dossier import Dossier, load_dossier


@dataclass(frozen=True)
class Wereld:
    dossier: Dossier
    catalogus: Catalogus
    portretten: Mapping[str, dict] = field(default_factory=dict)
    """Portrait id -> its drawing parameters."""
    cast: Mapping[str, dict] = field(default_factory=dict)
    """The shop's own people (assets/winkel.yaml): cast id -> naam, portret, rol."""

    def criterium_tekst(self, cid: str) -> str:
        return self.dossier.criterium(cid).tekst if self.dossier.heeft_criterium(cid) else cid


@lru_cache(maxsize=4)
def standaard(assets_dir: Optional[Path] = None) -> Wereld:
    """The built-in world: the dossier and the catalogues in assets/."""
    from simulator.content import assets

    return Wereld(load_dossier(), catalogue(assets_dir), assets.portraits(assets_dir), assets.cast(assets_dir))
