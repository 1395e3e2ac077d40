"""Frozen pydantic models for the kwalificatiedossier: profielen, kerntaken, werkprocessen, criteria."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

_WERKPROCES_CODE = r"^(B|P)\d+-K\d+-W\d+$"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Profiel(_Frozen):
    """An uitstroomprofiel, e.g. P1 "Allround medewerker Juwelier" (mbo-niveau 3)."""

    code: str = Field(pattern=r"^P\d+$")
    naam: str = Field(min_length=1)
    niveau: int = Field(ge=1, le=4)


class Kerntaak(_Frozen):
    """A kerntaak such as B1-K2; B* kerntaken belong to every profiel, P2-* only to P2."""

    code: str = Field(pattern=r"^(B|P)\d+-K\d+$")
    titel: str = Field(min_length=1)
    profielen: tuple[str, ...] = Field(min_length=1)


class Criterium(_Frozen):
    """One gedragscriterium of a werkproces; `id` is "<werkproces>.<nummer>", e.g. "B1-K2-W1.1"."""

    id: str
    werkproces: str = Field(pattern=_WERKPROCES_CODE)
    nummer: int = Field(ge=1)
    tekst: str = Field(min_length=1)

    @model_validator(mode="after")
    def _id_matches(self) -> Criterium:
        expected = f"{self.werkproces}.{self.nummer}"
        if self.id != expected:
            raise ValueError(f"criterium-id {self.id!r} moet {expected!r} zijn")
        if self.tekst != self.tekst.strip():
            raise ValueError(f"criterium {self.id}: tekst begint of eindigt met witruimte")
        return self


class Werkproces(_Frozen):
    """A werkproces with its gedragscriteria (in dossier order) and onderliggende competenties."""

    code: str = Field(pattern=_WERKPROCES_CODE)
    titel: str = Field(min_length=1)
    kerntaak: str
    profielen: tuple[str, ...] = Field(min_length=1)
    omschrijving: str
    resultaat: str
    criteria: tuple[Criterium, ...] = Field(min_length=1)
    competenties: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Werkproces:
        if not self.code.startswith(f"{self.kerntaak}-W"):
            raise ValueError(f"werkproces {self.code} hoort niet bij kerntaak {self.kerntaak}")
        for n, crit in enumerate(self.criteria, start=1):
            if crit.werkproces != self.code or crit.nummer != n:
                raise ValueError(
                    f"werkproces {self.code}: criterium {n} heeft id {crit.id!r}, verwacht {self.code}.{n}"
                )
        return self

    @property
    def gedrag(self) -> tuple[str, ...]:
        """The criteria texts, as the dossier's "Gedrag" list."""
        return tuple(c.tekst for c in self.criteria)


class Dossier(_Frozen):
    """The whole kwalificatiedossier, with lookups by werkproces code and criterium id."""

    profielen: tuple[Profiel, ...]
    kerntaken: tuple[Kerntaak, ...]
    werkprocessen: tuple[Werkproces, ...]

    _werkproces_index: dict[str, Werkproces] = PrivateAttr(default_factory=dict)
    _criterium_index: dict[str, Criterium] = PrivateAttr(default_factory=dict)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Dossier:
        """Build a Dossier from the dossier.yaml shape, where each werkproces has `gedrag: [tekst, ...]`."""
        werkprocessen = []
        for raw in data.get("werkprocessen", ()):
            wp = dict(raw)
            gedrag = wp.pop("gedrag", None)
            if gedrag is not None:
                if "criteria" in wp:
                    raise ValueError(f"werkproces {wp.get('code')}: geef 'gedrag' of 'criteria', niet allebei")
                code = wp.get("code")
                wp["criteria"] = [
                    {"id": f"{code}.{n}", "werkproces": code, "nummer": n, "tekst": tekst}
                    for n, tekst in enumerate(gedrag, start=1)
                ]
            werkprocessen.append(wp)
        return cls.model_validate({**data, "werkprocessen": werkprocessen})

    @model_validator(mode="after")
    def _check_and_index(self) -> Dossier:
        profiel_codes = _unique("profiel", [p.code for p in self.profielen])
        kerntaken = {k.code: k for k in self.kerntaken}
        _unique("kerntaak", [k.code for k in self.kerntaken])
        _unique("werkproces", [w.code for w in self.werkprocessen])
        for kerntaak in self.kerntaken:
            _known_profielen(kerntaak.code, kerntaak.profielen, profiel_codes)
        for wp in self.werkprocessen:
            kt = kerntaken.get(wp.kerntaak)
            if kt is None:
                raise ValueError(f"werkproces {wp.code}: onbekende kerntaak {wp.kerntaak}")
            _known_profielen(wp.code, wp.profielen, profiel_codes)
            if set(wp.profielen) != set(kt.profielen):
                raise ValueError(f"werkproces {wp.code}: profielen {wp.profielen} wijken af van kerntaak {kt.code}")
        self._werkproces_index = {w.code: w for w in self.werkprocessen}
        self._criterium_index = {c.id: c for w in self.werkprocessen for c in w.criteria}
        return self

    @property
    def criteria(self) -> tuple[Criterium, ...]:
        """All gedragscriteria, in dossier order."""
        return tuple(self._criterium_index.values())

    def werkproces(self, code: str) -> Werkproces:
        """The werkproces with this code, e.g. "B1-K2-W1"; KeyError if there is none."""
        try:
            return self._werkproces_index[code]
        except KeyError:
            raise KeyError(f"onbekend werkproces: {code}") from None

    def criterium(self, id: str) -> Criterium:  # noqa: A002 - "id" is the field's name
        """The criterium with this id, e.g. "B1-K2-W1.1"; KeyError if there is none."""
        try:
            return self._criterium_index[id]
        except KeyError:
            raise KeyError(f"onbekend criterium: {id}") from None

    def criteria_van(self, code: str) -> list[Criterium]:
        """The criteria of one werkproces, in order; KeyError if the werkproces is unknown."""
        return list(self.werkproces(code).criteria)

    def heeft_werkproces(self, code: str) -> bool:
        return code in self._werkproces_index

    def heeft_criterium(self, id: str) -> bool:  # noqa: A002
        return id in self._criterium_index

    def kerntaak(self, code: str) -> Kerntaak:
        """The kerntaak with this code, e.g. "P2-K1"; KeyError if there is none."""
        for kt in self.kerntaken:
            if kt.code == code:
                return kt
        raise KeyError(f"onbekende kerntaak: {code}")

    def profiel(self, code: str) -> Profiel:
        """The profiel with this code, "P1" or "P2"; KeyError if there is none."""
        for p in self.profielen:
            if p.code == code:
                return p
        raise KeyError(f"onbekend profiel: {code}")

    def werkprocessen_van_kerntaak(self, code: str) -> list[Werkproces]:
        """The werkprocessen of one kerntaak, in order; KeyError if the kerntaak is unknown."""
        self.kerntaak(code)
        return [w for w in self.werkprocessen if w.kerntaak == code]

    def werkprocessen_voor_profiel(self, code: str) -> list[Werkproces]:
        """The werkprocessen a student in this profiel is assessed on; KeyError if the profiel is unknown."""
        self.profiel(code)
        return [w for w in self.werkprocessen if code in w.profielen]


def _unique(kind: str, codes: list[str]) -> set[str]:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise ValueError(f"{kind} {code} komt dubbel voor")
        seen.add(code)
    return seen


def _known_profielen(owner: str, profielen: tuple[str, ...], known: set[str]) -> None:
    unknown = [p for p in profielen if p not in known]
    if unknown:
        raise ValueError(f"{owner}: onbekend profiel {', '.join(unknown)}")


__all__ = ["Criterium", "Dossier", "Kerntaak", "Profiel", "Werkproces"]
