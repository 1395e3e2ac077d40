"""The world a scenario may refer to besides itself: the dossier, the tools and items, the portraits, the cast.

The built-in world comes from assets/; a teacher's folder may add to it with its own wereld.yaml
(simulator/content/wereldbestand.py). The content layer reads both from files; the engine is given the world
(through the loaded scenario) and reads nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional

from simulator.content.workbench import Catalogus, Gereedschap, Voorwerp, catalogue
from simulator.dossier import Dossier, load_dossier


@dataclass(frozen=True)
class Wereld:
    dossier: Dossier
    catalogus: Catalogus
    portretten: Mapping[str, dict] = field(default_factory=dict)
    """Portrait id -> its drawing parameters."""
    cast: Mapping[str, dict] = field(default_factory=dict)
    """The shop's own people (assets/winkel.yaml): cast id -> naam, portret, rol."""
    bronnen: tuple[str, ...] = ()
    """The wereld.yaml files merged into the built-in world, top folder first (empty: the built-in world)."""
    vingerafdruk: str = ""
    """A digest of those files' bytes ('' for the built-in world): the content cache keeps scenarios apart by it."""
    portret_bron: Mapping[str, str] = field(default_factory=dict)
    """Portrait id -> the wereld.yaml that describes it (built-in portraits are not listed)."""

    def criterium_tekst(self, cid: str) -> str:
        return self.dossier.criterium(cid).tekst if self.dossier.heeft_criterium(cid) else cid

    def met(self, bestand: str, inhoud: bytes, gereedschap: Mapping[str, Gereedschap],
            voorwerpen: Mapping[str, Voorwerp], portretten: Mapping[str, dict]) -> "Wereld":
        """This world with one more wereld.yaml merged in (its ids must be new: the caller checks that)."""
        digest = hashlib.sha256(self.vingerafdruk.encode() + hashlib.sha256(inhoud).digest()).hexdigest()[:16]
        return Wereld(self.dossier, self.catalogus.met(gereedschap, voorwerpen), {**self.portretten, **portretten},
                      self.cast, self.bronnen + (bestand,), digest,
                      {**self.portret_bron, **{pid: bestand for pid in portretten}})


@lru_cache(maxsize=4)
def standaard(assets_dir: Optional[Path] = None) -> Wereld:
    """The built-in world: the dossier and the catalogues in assets/."""
    from simulator.content import assets

    return Wereld(load_dossier(), catalogue(assets_dir), assets.portraits(assets_dir), assets.cast(assets_dir))
