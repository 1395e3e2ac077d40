"""The kwalificatiedossier Juwelier as data: werkprocessen and the gedragscriteria students are assessed on.

`load_dossier()` reads dossier.yaml (package data, typed over from the official dossier text) into
frozen models. Criterium ids are "<werkproces>.<n>", numbered in dossier order: "B1-K2-W1.1" is the
first gedragscriterium of B1-K2-W1 "Ontvangt de klant".
"""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from simulator.dossier._models import Criterium, Dossier, Kerntaak, Profiel, Werkproces

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DATA_FILE = "dossier.yaml"


@functools.lru_cache(maxsize=1)
def load_dossier() -> Dossier:
    """The kwalificatiedossier from the packaged dossier.yaml (read once, then cached)."""
    text = resources.files(__package__).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    return Dossier.from_data(data)


__all__ = ["Criterium", "Dossier", "Kerntaak", "Profiel", "Werkproces", "load_dossier"]
