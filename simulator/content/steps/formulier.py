"""A form to fill in (a repair receipt, a purchase register entry): fields scored one by one against what the
conversation revealed.

Each field has what a professional writes there (`verwacht`, with accepted alternatives, key words or a margin),
points for filling it in right (`gedrag`), and what a wrong value (`fout`) or an empty field (`leeg`) costs, each
with feedback. The student hands the whole form in at once; the feedback names every field that counts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal, Mapping, Optional, Sequence, Union

from pydantic import ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from simulator.content.parts import Bewijsstuk, Gevolg, Id, Model, Naar, StapBasis, Waarde
from simulator.content.steps.actions import FillIn, Move
from simulator.content.steps.base import (
    Controle, Gebeurd, Inhoud, Keuzeplek, Label, Onmogelijk, Optie, Regel, StapSoort, Uitweg,
)
from simulator.content.text import Bericht, Tekst, Weergave

VeldSoort = Literal["tekst", "keuze", "getal", "datum", "vinkjes"]


class VeldOptie(Model):
    """A choice in a `keuze` or `vinkjes` field."""

    model_config = ConfigDict(json_schema_extra={"description": "Een optie bij een keuze- of vinkjesveld."})

    id: Id = Field(description="vaste naam van de optie; die gebruik je bij 'verwacht', bv. sms")
    tekst: Tekst


class Veld(Bewijsstuk):
    """One field of the form. `gedrag` and `feedback` count when it is filled in right."""

    model_config = ConfigDict(json_schema_extra={"description": (
        "Eén veld van het formulier. 'gedrag' en 'feedback' tellen als het goed is ingevuld, 'fout' als het niet "
        "goed is en 'leeg' als het leeg blijft.")})

    id: Id = Field(description="vaste naam van het veld, bv. telefoon; elk veld een eigen naam")
    label: Tekst = Field(description="wat er op het formulier staat, bv. 'Naam klant' of 'Schade bij ontvangst'")
    soort: VeldSoort = Field("tekst", description="tekst, keuze (één optie), getal, datum (dagen na vandaag) of vinkjes (meer opties)")
    verwacht: Union[str, float, list[str], None] = Field(
        None, description="wat een vakman invult: een tekst, het id van een optie, een getal, een aantal dagen na "
                          "vandaag, of de ids van de opties die aangevinkt horen")
    ook_goed: list[str] = Field(default_factory=list, description="andere goede antwoorden bij een tekstveld")
    sleutelwoorden: list[str] = Field(
        default_factory=list, description="bij een tekstveld: woorden die er allemaal in moeten staan (in plaats van 'verwacht')")
    marge: float = Field(0.0, ge=0, description="toegestane afwijking bij een getal of een datum (in dagen)")
    eenheid: Optional[str] = Field(None, description="bij een getal: bv. euro, mm, gram")
    opties: list[VeldOptie] = Field(default_factory=list, description="de keuzes bij een keuze- of vinkjesveld")
    fout: Bewijsstuk = Field(default_factory=Bewijsstuk, description="wat een verkeerde waarde kost, met feedback")
    leeg: Optional[Bewijsstuk] = Field(None, description="wat een leeg veld kost, met feedback (standaard: als 'fout')")

    @model_validator(mode="after")
    def _verwacht(self) -> "Veld":
        if self.verwacht is None and not (self.soort == "tekst" and self.sleutelwoorden):
            raise PydanticCustomError("veld_verwacht", "Een veld heeft 'verwacht:' (of bij tekst 'sleutelwoorden:').")
        return self

    def bij_leeg(self) -> Bewijsstuk:
        return self.leeg if self.leeg is not None else self.fout


class Formulier(StapBasis):
    """A form to fill in: the student writes what the conversation revealed; every field is scored."""

    model_config = ConfigDict(json_schema_extra={"description": (
        "Een formulier om in te vullen, zoals een reparatiebon of het opkopersregister: de student schrijft op wat "
        "het gesprek opleverde, en elk veld wordt apart beoordeeld.")})

    soort: Literal["formulier"] = "formulier"
    tekst: Tekst = Field(description="de opdracht, bv. 'Vul de reparatiebon in.'")
    titel: Optional[Tekst] = Field(None, description="de kop van het formulier, bv. 'Reparatiebon'")
    velden: list[Veld] = Field(min_length=1, description="de velden, in de volgorde waarin ze op het formulier staan")
    teller: Optional[str] = Field(
        None, description="een variabele die het aantal velden krijgt dat niet goed is ingevuld; zo kan 'naar' (of een "
                          "latere stap) het formulier laten meetellen, bv. als: {variabele: fouten_op_bon, minstens: 1}")
    naar: Naar = Field(description="de stap na het inleveren")


# -- labels and views ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class IngevuldLabel(Label):
    """The form handed in; in the analysis 'goed' (every field right) or 'fout' (every field at its worst)."""

    hoe: str = ""

    def __str__(self) -> str:
        return f"ingevuld-{self.hoe}" if self.hoe else "ingevuld"


@dataclass(frozen=True)
class VeldLabel(Label):
    """One field's outcome, for the checks and the map: 'bon.naam:goed'."""

    veld: str
    uitkomst: str

    def __str__(self) -> str:
        return f"{self.veld}:{self.uitkomst}"


@dataclass(frozen=True)
class OptieView:
    id: str
    tekst: Weergave


@dataclass(frozen=True)
class VeldView:
    id: str
    label: Weergave
    soort: str
    opties: tuple[OptieView, ...] = ()
    eenheid: Optional[str] = None


@dataclass(frozen=True)
class FormulierView(Inhoud):
    titel: Optional[Weergave]
    velden: tuple[VeldView, ...]


# -- scoring a field -----------------------------------------------------------------------------------

Uitslag = Literal["goed", "fout", "leeg"]


def _woorden(text: str) -> str:
    """Text compared the way a reader would: case, accents, punctuation and extra spaces do not count."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return " ".join(re.sub(r"[^\w\s€]", " ", text).split())


def _cijfers(value: Any) -> str:
    return "".join(ch for ch in str(value) if ch.isdigit())


def _nummer(expected: Any) -> bool:
    """A number written with digits and separators only (06-41873920, 0031 6 …): compared by its digits."""
    text = str(expected or "")
    return len(_cijfers(text)) >= 6 and not any(ch.isalpha() for ch in text)


def _leeg(value: Any) -> bool:
    return value is None or value == "" or value == [] or (isinstance(value, str) and not value.strip())


def beoordeel(veld: Veld, value: Any) -> Uitslag:
    """Whether what the student wrote in a field is right, wrong or empty."""
    if _leeg(value):
        return "leeg"
    if veld.soort == "tekst":
        if _nummer(veld.verwacht):  # a phone or serial number: only the digits count ("06-41 87" = "064187")
            return "goed" if _cijfers(value) in {_cijfers(r) for r in [veld.verwacht, *veld.ook_goed]} else "fout"
        said = _woorden(str(value))
        if veld.sleutelwoorden:
            return "goed" if all(_woorden(w) in said for w in veld.sleutelwoorden) else "fout"
        right = [str(veld.verwacht), *veld.ook_goed]
        return "goed" if said in {_woorden(r) for r in right} else "fout"
    if veld.soort in ("getal", "datum"):
        try:
            number = float(value)
        except (TypeError, ValueError):
            return "fout"
        return "goed" if abs(number - _verwacht_getal(veld)) <= veld.marge + 1e-9 else "fout"
    if veld.soort == "vinkjes":
        ticked = {str(v) for v in (value if isinstance(value, (list, tuple, set)) else [value])}
        expected = set(veld.verwacht if isinstance(veld.verwacht, list) else [str(veld.verwacht)])
        return "goed" if ticked == expected else "fout"
    return "goed" if str(value) == str(veld.verwacht) else "fout"


def _verwacht_getal(veld: Veld) -> float:
    """The expected number of a getal or datum field (the checks make sure it is written as a number)."""
    if isinstance(veld.verwacht, list):
        raise TypeError(f"veld '{veld.id}' verwacht opties, geen getal")
    return float(veld.verwacht or 0)


def _bewijs(veld: Veld, uitslag: Uitslag) -> Bewijsstuk:
    return veld if uitslag == "goed" else veld.fout if uitslag == "fout" else veld.bij_leeg()


def _samen(stap: Formulier, uitslagen: Sequence[Uitslag]) -> Gevolg:
    """Every field's evidence added up, as one outcome that leads on (and counts the fields not right)."""
    gedrag: dict[str, int] = {}
    kritiek: list[str] = []
    for veld, uitslag in zip(stap.velden, uitslagen):
        bewijs = _bewijs(veld, uitslag)
        for cid, p in bewijs.gedrag.items():
            gedrag[cid] = gedrag.get(cid, 0) + p
        kritiek += [c for c in bewijs.kritieke_criteria() if c not in kritiek]
    zet: dict[str, Waarde] = {stap.teller: sum(u != "goed" for u in uitslagen)} if stap.teller else {}
    return Gevolg(gedrag=gedrag, kritiek=kritiek, zet=zet, naar=stap.naar)


def _slechtst(veld: Veld) -> Uitslag:
    return "fout" if sum(veld.fout.gedrag.values()) <= sum(veld.bij_leeg().gedrag.values()) else "leeg"


def _fout_waarde(veld: Veld) -> Any:
    """A value that is wrong for this field (for the worst path of automatic play)."""
    if veld.soort in ("getal", "datum"):
        return _verwacht_getal(veld) + veld.marge + 1000
    if veld.soort == "keuze":
        return next((o.id for o in veld.opties if o.id != veld.verwacht), "?")
    if veld.soort == "vinkjes":
        wanted = veld.verwacht if isinstance(veld.verwacht, list) else [str(veld.verwacht)]
        return [o.id for o in veld.opties if o.id not in wanted][:1] or ["?"]
    return "???"


def _goede_waarde(veld: Veld) -> Any:
    if veld.soort == "tekst" and veld.verwacht is None:
        return " ".join(veld.sleutelwoorden)
    return veld.verwacht


class FormulierSoort(StapSoort[Formulier, FormulierView]):
    naam = "formulier"
    sleutel = "velden"
    model = Formulier

    def uitwegen(self, stap: Formulier, sid: str) -> list[Uitweg]:
        base = ("stappen", sid)
        found = []
        for i, v in enumerate(stap.velden):
            pad = base + ("velden", i)
            found.append(Uitweg(VeldLabel(v.id, "goed"), v, pad, f"Veld '{v.id}' goed", v.label, feedback_verwacht=False))
            found.append(Uitweg(VeldLabel(v.id, "fout"), v.fout, pad + ("fout",), f"Veld '{v.id}' fout", v.label))
            if v.leeg is not None:
                found.append(Uitweg(VeldLabel(v.id, "leeg"), v.leeg, pad + ("leeg",), f"Veld '{v.id}' leeg", v.label))
        teller: dict[str, Waarde] = {stap.teller: 0} if stap.teller else {}
        found.append(Uitweg(IngevuldLabel(), Gevolg(zet=teller, naar=stap.naar), base, "Ingevuld", Bericht.van("kaart.ingevuld"),
                            naar=stap.naar, feedback_verwacht=False))
        return found

    def controleer(self, stap: Formulier, sid: str, ctx: Controle) -> list:
        base = ("stappen", sid, "velden")
        problems = []
        ids = [v.id for v in stap.velden]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            problems.append(ctx.smap.probleem(base, "J321", f"Twee velden in stap '{sid}' hebben dezelfde id '{dup}'.",
                                              "Geef elk veld een eigen 'id:'."))
        for i, v in enumerate(stap.velden):
            pad = base + (i,)
            options = [o.id for o in v.opties]
            if v.soort in ("keuze", "vinkjes") and not v.opties:
                problems.append(ctx.smap.probleem(pad, "J322", f"Veld '{v.id}' is een {v.soort}veld zonder 'opties:'.",
                                                  "Geef de keuzes, bv. opties: [{id: ja, tekst: Ja}, {id: nee, tekst: Nee}]."))
            wanted = v.verwacht if isinstance(v.verwacht, list) else [v.verwacht]
            if v.soort in ("keuze", "vinkjes") and v.opties and any(str(w) not in options for w in wanted):
                problems.append(ctx.smap.probleem(pad + ("verwacht",), "J323",
                                                  f"'verwacht' van veld '{v.id}' noemt een optie die er niet is.",
                                                  "Kies uit: " + ", ".join(options) + "."))
            if v.soort in ("getal", "datum") and not isinstance(v.verwacht, (int, float)):
                problems.append(ctx.smap.probleem(pad + ("verwacht",), "J323",
                                                  f"Veld '{v.id}' is een {v.soort}veld: 'verwacht' is een getal"
                                                  + (" (dagen na vandaag)." if v.soort == "datum" else "."),
                                                  "Bijvoorbeeld 'verwacht: 14' voor over twee weken."))
            if not v.gedrag:
                problems.append(ctx.smap.probleem(pad, "J324", f"Veld '{v.id}' geeft geen punten als het goed is ingevuld.",
                                                  "Geef punten onder 'gedrag', bv. {B1-K2-W2.2: 1}, of laat het veld weg.",
                                                  "waarschuwing"))
        return problems

    # -- play ----------------------------------------------------------------------------------------------

    def opties(self, stap: Formulier, variabelen: Mapping) -> list[Optie]:
        """For the analysis: the form with every field right, and with every field at its worst (fields count
        on their own, so these two give the best and worst totals)."""
        return [Optie(IngevuldLabel("goed"), _samen(stap, ["goed"] * len(stap.velden)), 0),
                Optie(IngevuldLabel("fout"), _samen(stap, [_slechtst(v) for v in stap.velden]), 1)]

    def kies(self, stap: Formulier, sid: str, actie: Move, variabelen: Mapping, wereld) -> Keuzeplek:
        if not isinstance(actie, FillIn):
            raise Onmogelijk(f"stap {sid!r} is een formulier: vul de velden in en lever het in")
        unknown = set(actie.velden) - {v.id for v in stap.velden}
        if unknown:
            raise Onmogelijk(f"het formulier heeft geen veld {', '.join(sorted(unknown))}")
        values = {v.id: actie.velden.get(v.id) for v in stap.velden}
        gevolg = _samen(stap, [beoordeel(v, values[v.id]) for v in stap.velden])
        return Keuzeplek(Optie(IngevuldLabel(), gevolg), velden=values)

    def optie_uit_log(self, stap: Formulier, regel: Regel) -> Optional[Bewijsstuk]:
        values = regel.velden or {}
        return _samen(stap, [beoordeel(v, values.get(v.id)) for v in stap.velden])

    def feedback(self, stap: Formulier, regel: Regel, gevolg, wereld, tijdsdruk: bool = True) -> Optional[Weergave]:
        """Per field that counts: its label, right/wrong/empty, and why."""
        values = regel.velden or {}
        lines = []
        for v in stap.velden:
            uitslag = beoordeel(v, values.get(v.id))
            bewijs = _bewijs(v, uitslag)
            if bewijs.feedback is not None or bewijs.gedrag:
                lines.append(Bericht.van(f"formulier.{uitslag}", veld=v.label, uitleg=bewijs.feedback or ""))
        return Bericht.van("formulier.verslag", regels=tuple(lines)) if lines else None

    def gedaan(self, stap: Formulier, regel: Regel, wereld) -> Weergave:
        values = regel.velden or {}
        goed = sum(beoordeel(v, values.get(v.id)) == "goed" for v in stap.velden)
        return Bericht.van("formulier.gedaan", goed=str(goed), van=str(len(stap.velden)))

    def beter(self, stap: Formulier, regel: Regel, cid: str, wereld) -> Optional[Weergave]:
        values = regel.velden or {}
        missed = [v.label for v in stap.velden
                  if v.gedrag.get(cid, 0) > 0 and beoordeel(v, values.get(v.id)) != "goed"]
        return Bericht.van("formulier.beter", velden=tuple(missed)) if missed else None

    def inhoud(self, stap: Formulier, sid: str, variabelen: Mapping, log, tijdsdruk: bool, wereld) -> FormulierView:
        return FormulierView(stap.titel, tuple(
            VeldView(v.id, v.label, v.soort, tuple(OptieView(o.id, o.tekst) for o in v.opties), v.eenheid)
            for v in stap.velden))

    # -- automatic play ------------------------------------------------------------------------------------

    def route_actie(self, stap: Formulier, label: str) -> FillIn:
        if label == str(IngevuldLabel("fout")):
            return FillIn({v.id: (None if _slechtst(v) == "leeg" else _fout_waarde(v)) for v in stap.velden})
        return FillIn({v.id: _goede_waarde(v) for v in stap.velden})

    def uit_token(self, stap: Formulier, token: str) -> FillIn:
        """`goed`, `fout`, or fields as `veld=waarde;veld=waarde` (vinkjes as a|b)."""
        token = token.strip()
        if token in ("goed", "fout"):
            return self.route_actie(stap, str(IngevuldLabel(token)))
        values: dict[str, Any] = {}
        for part in filter(None, (p.strip() for p in token.split(";"))):
            key, sep, value = part.partition("=")
            if not sep:
                raise Onmogelijk(f"verwacht veld=waarde, niet '{part}'")
            veld = next((v for v in stap.velden if v.id == key.strip()), None)
            if veld is None:
                raise Onmogelijk(f"het formulier heeft geen veld '{key.strip()}'")
            values[veld.id] = _lees(veld, value.strip())
        return FillIn(values)

    def uit_plan(self, stap: Formulier, zet: Mapping) -> FillIn:
        if "vul" not in zet:
            raise Onmogelijk(f"verwacht een ingevuld formulier ('vul: {{veld: waarde}}'), niet {dict(zet)}")
        return FillIn(dict(zet["vul"] or {}))

    def token(self, stap, actie: Move, variabelen: Mapping) -> str:
        if not isinstance(actie, FillIn):
            return super().token(stap, actie, variabelen)
        return ";".join(f"{k}={'|'.join(v) if isinstance(v, list) else '' if v is None else v}" for k, v in actie.velden.items())

    def opnieuw(self, stap: Formulier, regel: Regel) -> FillIn:
        return FillIn(dict(regel.velden or {}))

    def transcript(self, inhoud: FormulierView, uitkomst: Gebeurd, zeg) -> list[str]:
        return [f"  > {zeg(uitkomst.gedaan)}"]


def _lees(veld: Veld, value: str) -> Any:
    if veld.soort in ("getal", "datum"):
        try:
            return float(value.replace(",", "."))
        except ValueError:
            raise Onmogelijk(f"veld '{veld.id}' verwacht een getal, niet '{value}'") from None
    if veld.soort == "vinkjes":
        return [v for v in value.split("|") if v]
    return value
