"""A teacher's own world: a `wereld.yaml` beside the scenarios, with tools, items and portraits of their own.

A scenario folder may hold one `wereld.yaml`. It adds to the built-in world (assets/) for the scenarios in that
folder and in the folders below it; a folder deeper down may add more. Its ids must be new: an id that is
already built in (or in a wereld.yaml higher up) is an error (J340), never a silent replacement. The file is
read as safely as a scenario and checked like one (Dutch problems with line and column); a world file with
errors makes each scenario under it fail with J341, which names the file, so one typo there is never a crash.

    werelden = Werelden()
    wereld = werelden.voor(Path("mijn-map/sub/scenario.yaml"), root=Path("mijn-map"))   # or ScenarioError
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Optional, Union

from pydantic import ConfigDict, Field, ValidationError, field_validator

from simulator.content import tekeningen
from simulator.content.files import read_scenario
from simulator.content.guard import guarded, program_fault
from simulator.content.parts import Id, Model
from simulator.content.problems import Probleem, ScenarioError, suggest
from simulator.content.tekeningen import GereedschapTekening, Kleur, Tekening, kleur_hex
from simulator.content.wereld import Wereld, standaard
from simulator.content.workbench import Gereedschap, Voorwerp, gereedschap_van, voorwerp_van
from simulator.content.yaml_source import SourceMap, read_yaml

NAMEN = ("wereld.yaml", "wereld.yml", "Wereld.yaml", "Wereld.yml")
"""The names a folder's world file may have (the first one found counts)."""


def is_wereldbestand(path: str | Path) -> bool:
    """Whether a file is a world file (never read as a scenario)."""
    return Path(path).name.lower() in ("wereld.yaml", "wereld.yml")


def _beschrijving(tekst: str) -> ConfigDict:
    return ConfigDict(json_schema_extra={"description": tekst})


# -- the format -----------------------------------------------------------------------------------------

class EigenGereedschap(Model):
    """A tool, measuring instrument or part of the teacher's own."""

    model_config = _beschrijving("Gereedschap, een meetmiddel of een onderdeel van je eigen wereld.")
    naam: str = Field(min_length=1, description="de naam op het scherm, bv. 'Griffenduwer met messing punt'")
    engels: str = Field(default="", description="de Engelse vakterm, bv. 'prong pusher'")
    soort: Literal["gereedschap", "meetmiddel", "onderdeel", "hulpmiddel"] = "gereedschap"
    omschrijving: str = Field(default="", description="één zin: wat het is en waarvoor")
    code: Optional[str] = Field(default=None, description="bij een onderdeel: wat erop staat, bv. de code van een batterij")
    tekening: Optional[GereedschapTekening] = Field(default=
        None, description="hoe het op de bak getekend wordt, bv. {vorm: griffenduwer, kleur: goud}; zonder: een kaartje")


class EigenVoorwerp(Model):
    """An item of the teacher's own: a drawing described by parameters, and its zones."""

    model_config = _beschrijving("Een voorwerp van je eigen wereld: een tekening met een paar woorden beschreven, "
                                 "en de zones waarop de student gereedschap kan gebruiken.")
    naam: str = Field(min_length=1, description="de naam, bv. 'Ring met saffier'")
    omschrijving: str = Field(default="", description="één zin over het voorwerp")
    tekening: Optional[Tekening] = Field(default=
        None, description="hoe het getekend wordt: {soort: ring, griffen: 4, steen: {kleur: blauw}}, {soort: steen} "
                          "{soort: horloge} of {soort: horlogeband}")
    zones: Optional[dict[Id, str]] = Field(default=
        None, description="zone-id: naam op het scherm; zonder deze sleutel: alle zones van de tekening")


class EigenPortret(Model):
    """A portrait of the teacher's own, with the same fields as assets/portretten.yaml."""

    model_config = _beschrijving("Een portret van je eigen wereld, met dezelfde velden als assets/portretten.yaml.")
    beschrijving: str = Field(default="", description="voor docenten die een portret kiezen, bv. 'vrouw van rond de 60'")
    leeftijd: int = Field(default=40, ge=4, le=100)
    geslacht: Literal["m", "v"] = "v"
    huid: Literal["licht", "getint", "bruin", "donker"] = "getint"
    haar: Literal["kort", "lang", "krullen", "kaal", "knot", "staart", "vlechten", "bob", "hoofddoek", "tulband",
                  "capuchon"] = "kort"
    haarkleur: Optional[Kleur] = Field(default=None, description="bij een hoofddoek: de kleur van de doek")
    bril: bool = False
    brilkleur: Optional[Kleur] = None
    baard: bool = False
    baardstijl: Optional[Literal["vol", "kort", "snor", "lang"]] = None
    kleding: Optional[Kleur] = None
    kledingstijl: Optional[Literal["trui", "tshirt", "blouse", "overhemd", "colbert", "vest", "hoodie", "uniform",
                                   "polo"]] = None
    ogen: Optional[Literal["bruin", "donkerbruin", "blauw", "groen", "grijs"]] = None
    wenkbrauwkleur: Optional[Kleur] = None
    extra: Optional[Union[str, list[str]]] = Field(default=None, description="bv. pet, das, uniform of tulband-oranje")
    petvorm: Optional[Literal["sport", "plat"]] = None
    oorbellen: bool = False
    ketting: bool = False
    naambordje: bool = False

    @field_validator("haarkleur", "brilkleur", "kleding", "wenkbrauwkleur")
    @classmethod
    def _kleur(cls, value: Optional[str]) -> Optional[str]:
        return kleur_hex(value) if value is not None else None


class WereldBestand(Model):
    """What a folder's wereld.yaml adds to the built-in world."""

    model_config = _beschrijving("De eigen wereld van een scenariomap: gereedschap, voorwerpen en portretten die de "
                                 "scenario's in deze map (en de mappen eronder) naast de ingebouwde kunnen gebruiken.")
    gereedschap: dict[Id, EigenGereedschap] = Field(default_factory=dict)
    voorwerpen: dict[Id, EigenVoorwerp] = Field(default_factory=dict)
    portretten: dict[Id, EigenPortret] = Field(default_factory=dict)


FIELD_NAMES = sorted({info.alias or name for model in (WereldBestand, EigenGereedschap, EigenVoorwerp, EigenPortret,
                                                        GereedschapTekening, tekeningen.RingTekening, tekeningen.Steen,
                                                        tekeningen.SteenTekening, tekeningen.HorlogeTekening,
                                                        tekeningen.HorlogebandTekening)
                      for name, info in model.model_fields.items()})


# -- one world file, read and checked ---------------------------------------------------------------------

@dataclass(frozen=True)
class Deel:
    """One wereld.yaml: what it adds, or the problems that keep it out."""

    bestand: str
    inhoud: bytes
    gereedschap: dict
    voorwerpen: dict
    portretten: dict
    problemen: tuple[Probleem, ...]

    @property
    def fouten(self) -> tuple[Probleem, ...]:
        return tuple(p for p in self.problemen if p.ernst == "fout")


def lees(path: Path, basis: Wereld) -> Deel:
    """Read and check one world file against the world it adds to. Never raises: a failure of the program itself
    is problem J199 of this file (guard.py), so one odd world file stops nothing else."""
    try:
        return _lees(path, basis)
    except Exception as exc:  # noqa: BLE001 - the point: any failure becomes a problem of this file
        return Deel(str(path), b"", {}, {}, {}, (program_fault(str(path), exc),))


def _lees(path: Path, basis: Wereld) -> Deel:
    bestand = str(path)
    try:
        raw = read_scenario(path, path.parent)
        data, smap, warnings = read_yaml(raw, bestand)
    except ScenarioError as exc:
        if [p.code for p in exc.problemen] == ["J105"]:  # an empty world file adds nothing, and that is fine
            return Deel(bestand, b"", {}, {}, {}, ())
        return Deel(bestand, b"", {}, {}, {}, exc.problemen)
    if not isinstance(data, dict):
        return Deel(bestand, raw, {}, {}, {}, (Probleem(
            bestand, 1, 1, "J113", "Een wereld.yaml is een blok met sleutels (gereedschap:, voorwerpen:, portretten:).",
            "Begin het bestand met bijvoorbeeld 'gereedschap:'; kijk naar het voorbeeld in de handleiding."),))
    try:
        model = WereldBestand.model_validate(data)
    except ValidationError as exc:
        return Deel(bestand, raw, {}, {}, {}, tuple(warnings) + tuple(_translate(exc, data, smap)))
    problems = list(warnings) + _clashes(model, basis, smap) + _zones(model, smap)
    tools = {tid: gereedschap_van(tid, t.model_dump(exclude_none=True), bestand) for tid, t in model.gereedschap.items()}
    items = {vid: voorwerp_van(vid, v.model_dump(exclude_none=True), bestand) for vid, v in model.voorwerpen.items()}
    people = {pid: p.model_dump(exclude_none=True) for pid, p in model.portretten.items()}
    return Deel(bestand, raw, tools, items, people, tuple(sorted(problems, key=lambda p: (p.regel, p.kolom))))


def _clashes(model: WereldBestand, basis: Wereld, smap: SourceMap) -> list[Probleem]:
    """J340: an id that the world already has. Replacing a built-in tool would change every scenario that uses it."""
    found = []
    groups = (("gereedschap", model.gereedschap, basis.catalogus.gereedschap, "gereedschap"),
              ("voorwerpen", model.voorwerpen, basis.catalogus.voorwerpen, "voorwerp"),
              ("portretten", model.portretten, basis.portretten, "portret"))
    for key, own, known, word in groups:
        for oid in own:
            if oid not in known:
                continue
            bron = _bron(basis, key, oid)
            where = f"in {bron}" if bron else "ingebouwd"
            found.append(smap.probleem((key, oid), "J340", f"Er is al een {word} '{oid}' ({where}); een eigen "
                                       f"{word} mag dat niet vervangen.",
                                       f"Geef je eigen {word} een nieuwe id, bv. '{oid}-eigen', en gebruik die in je "
                                       "scenario's. Wil je het bestaande gebruiken, laat het hier dan weg."))
    return found


def _bron(basis: Wereld, key: str, oid: str) -> str:
    if key == "portretten":
        return basis.portret_bron.get(oid, "")
    item = (basis.catalogus.gereedschap if key == "gereedschap" else basis.catalogus.voorwerpen).get(oid)
    return getattr(item, "bron", "")


def _zones(model: WereldBestand, smap: SourceMap) -> list[Probleem]:
    """J342 (warning): an item that cannot be pointed at with the mouse, or a zone its drawing does not show."""
    found = []
    for vid, item in model.voorwerpen.items():
        if item.tekening is None:
            if not item.zones:
                found.append(smap.probleem(("voorwerpen", vid), "J342",
                                           f"Voorwerp '{vid}' heeft geen tekening en geen zones.",
                                           "Geef 'tekening:' (bv. {soort: ring, griffen: 4}); dan krijgt het ook zones."))
            else:
                found.append(smap.probleem(("voorwerpen", vid), "J342",
                                           f"Voorwerp '{vid}' heeft geen tekening: het spel toont een plaatje zonder "
                                           "plekken, de zones kunnen alleen met de knoppen ernaast.",
                                           "Geef 'tekening:' (bv. {soort: ring, griffen: 4}).", "waarschuwing"))
            continue
        drawn = tekeningen.zones(item.tekening)
        for zone in item.zones or {}:
            if zone not in drawn:
                found.append(smap.probleem(("voorwerpen", vid, "zones", zone), "J342",
                                           f"De tekening van '{vid}' ({item.tekening.soort}) kent zone '{zone}' niet; "
                                           "die is alleen met de knop ernaast te kiezen.",
                                           suggest(zone, drawn) or "Zones van deze tekening: " + ", ".join(drawn) + ".",
                                           "waarschuwing"))
    return found


# -- Dutch messages for the shape of the file -------------------------------------------------------------

_KINDS = {"string_type": "een tekst", "int_type": "een geheel getal", "int_parsing": "een geheel getal",
          "int_from_float": "een geheel getal (zonder komma)", "float_type": "een getal", "float_parsing": "een getal",
          "bool_type": "true of false", "bool_parsing": "true of false", "dict_type": "een blok met sleutels",
          "model_type": "een blok met sleutels", "model_attributes_type": "een blok met sleutels",
          "list_type": "een lijst"}
_BOUNDS = {"greater_than_equal": ("minstens", "ge"), "less_than_equal": ("hoogstens", "le"),
           "greater_than": ("groter dan", "gt"), "less_than": ("kleiner dan", "lt")}


def _real_path(loc: tuple, data) -> tuple[tuple, bool]:
    """Pydantic's location as a path in the data, and whether the error is about a key itself (an id)."""
    path: list = []
    node = data
    for part in loc:
        if part == "[key]":
            return tuple(path), True
        if isinstance(node, dict) and part in node:
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            path.append(part)
            node = node[part]
        elif isinstance(node, dict) and part in tekeningen.TEKENING_SOORTEN and node.get("soort") == part:
            continue  # the drawing's kind, a tag pydantic adds
        else:
            path.append(part)
            node = None
    return tuple(path), False


def _where(path: tuple) -> str:
    return " → ".join(str(p) if not isinstance(p, int) else f"[{p + 1}]" for p in path) or "het bestand"


def _show(value) -> str:
    text = f"'{value}'" if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…'"


def _translate(exc: ValidationError, data, smap: SourceMap) -> list[Probleem]:
    found: dict[tuple, Probleem] = {}
    for err in exc.errors():
        path, is_key = _real_path(err["loc"], data)
        found.setdefault(path, _one(err, path, is_key, smap))
    return list(found.values())


def _one(err, path: tuple, is_key: bool, smap: SourceMap) -> Probleem:
    kind, value, ctx = err["type"], err.get("input"), err.get("ctx") or {}
    if is_key:
        return smap.probleem(path, "J206", f"{_show(path[-1] if path else value)} is geen geldige id.",
                             "Gebruik letters, cijfers en streepjes, zonder spaties, bv. 'ring-saffier'.")
    if kind == "missing":
        return smap.probleem(path[:-1], "J201", f"In {_where(path[:-1])} ontbreekt de verplichte sleutel '{path[-1]}'.",
                             "Een gereedschap en een voorwerp hebben ten minste een 'naam:'." if path[-1] == "naam" else "")
    if kind == "extra_forbidden":
        name = str(path[-1]) if path else ""
        return smap.probleem(path, "J202", f"Onbekende sleutel '{name}' in {_where(path[:-1])}.",
                             suggest(name, FIELD_NAMES) or "Controleer de spelling en het inspringen.")
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return smap.probleem(path + (("soort",) if kind == "union_tag_invalid" else ()), "J205",
                             f"Bij '{_where(path)}' hoort 'soort:' met een van: {', '.join(tekeningen.TEKENING_SOORTEN)}.",
                             suggest(str((value or {}).get("soort", "")) if isinstance(value, dict) else "",
                                     tekeningen.TEKENING_SOORTEN) or "Bijvoorbeeld: tekening: {soort: ring, griffen: 4}")
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", "")).replace(" or ", ", ")
        options = [e.strip(" '") for e in expected.split(",")]
        return smap.probleem(path, "J205", f"{_show(value)} mag niet bij '{_where(path)}'; kies uit {expected}.",
                             suggest(str(value), options))
    if kind in _KINDS:
        return smap.probleem(path, "J204", f"Bij '{_where(path)}' hoort {_KINDS[kind]}, maar er staat {_show(value)}.")
    if kind in _BOUNDS:
        words, key = _BOUNDS[kind]
        return smap.probleem(path, "J208", f"'{_where(path)}' moet {words} {ctx.get(key)} zijn, maar is {_show(value)}.")
    if kind in ("too_short", "string_too_short"):
        return smap.probleem(path, "J207", f"'{_where(path)}' mag niet leeg zijn.")
    if kind == "string_pattern_mismatch":
        return smap.probleem(path, "J206", f"{_show(value)} is geen geldige id.",
                             "Gebruik letters, cijfers en streepjes, zonder spaties, bv. 'ring-saffier'.")
    if kind == "value_error" and isinstance(ctx.get("error"), ValueError):
        return smap.probleem(path, "J299", f"Bij '{_where(path)}': {ctx['error']}.")  # our validators' Dutch text
    return smap.probleem(path, "J299", f"De waarde bij '{_where(path)}' klopt niet: {_show(value)}.",
                         "Vergelijk dit deel met het voorbeeld in docs/scenario-schrijven.md.")


# -- the world of a folder ------------------------------------------------------------------------------

def gevonden(folder: Path) -> Optional[Path]:
    """The world file in a folder, or None (a link or folder with that name counts: reading it says why not)."""
    for name in NAMEN:
        candidate = folder / name
        if os.path.lexists(candidate):
            return candidate
    return None


class Werelden:
    """The world of each folder, read once: the built-in world merged with the world files from the top down.

    One instance per check or load: world files are read again by the next one (a teacher may have saved).
    """

    def __init__(self, basis: Optional[Wereld] = None):
        self.basis = basis or standaard()
        self._folders: dict[tuple[str, str], tuple[Wereld, tuple[Deel, ...]]] = {}
        self.delen: dict[str, Deel] = {}
        """Every world file read so far, by its path (for `controleer`)."""

    def voor(self, scenario: str | Path, root: str | Path | None = None) -> Wereld:
        """The world of a scenario file; ScenarioError (J341) when a world file on the way has errors.

        root: the scenario folder it was found in (world files above it do not count); None for a file named on
        its own: then its own folder and every folder above it."""
        wereld, broken = self._folder(_absolute(Path(scenario).parent), _absolute(Path(root)) if root is not None else None)
        if broken:
            bestand = str(scenario)
            raise ScenarioError([Probleem(
                bestand, 0, 0, "J341",
                f"De wereld.yaml {deel.bestand} heeft {len(deel.fouten)} fout(en); daardoor kan dit scenario niet "
                "geladen worden.", f"Controleer die eerst: juwelier controleer \"{deel.bestand}\"") for deel in broken])
        return wereld

    def deel(self, path: str | Path, root: str | Path | None = None) -> Deel:
        """A world file named on its own (or found in a folder): read and checked against the world above it."""
        path = Path(path)
        folder = _absolute(path.parent)
        top = _absolute(Path(root)) if root is not None else None
        above = self.basis if folder == top or folder.parent == folder else self._folder(folder.parent, top)[0]
        key = str(_absolute(path))  # as the scenarios' folders find it: one entry, however the path was typed
        if key not in self.delen:
            self.delen[key] = lees(path, above)
        return self.delen[key]

    def _folder(self, folder: Path, top: Optional[Path]) -> tuple[Wereld, tuple[Deel, ...]]:
        key = (str(folder), str(top))
        if key in self._folders:
            return self._folders[key]
        chain = _chain(folder, top)
        wereld = self.basis
        broken: tuple[Deel, ...] = ()
        for n, here in enumerate(chain):
            memo = (str(here), str(top))
            if memo in self._folders:
                wereld, broken = self._folders[memo]
                continue
            path = gevonden(here)
            if path is not None:
                deel = self.delen.get(str(path)) or lees(path, wereld)
                self.delen[str(path)] = deel
                if deel.fouten:
                    broken = broken + (deel,)
                else:
                    wereld = wereld.met(deel.bestand, deel.inhoud, deel.gereedschap, deel.voorwerpen, deel.portretten)
            self._folders[memo] = (wereld, broken)
        return wereld, broken


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _chain(folder: Path, top: Optional[Path]) -> list[Path]:
    """The folders from the top down to folder: from root when folder lies inside it, else every folder above."""
    above = [folder, *folder.parents]
    if top is not None and top in above:
        above = above[:above.index(top) + 1]
    return above[::-1]


def wereld_voor(scenario: str | Path, root: str | Path | None = None) -> Wereld:
    """The world of one scenario file (see Werelden.voor); any failure is a ScenarioError for that file."""
    with guarded(str(scenario)):
        return Werelden().voor(scenario, root)
