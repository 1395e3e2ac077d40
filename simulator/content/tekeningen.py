"""Drawings a teacher describes with a few words instead of an image: a ring with N prongs and a stone, a loose
stone under the loupe, a watch from the back, a watch with its strap; and the shape a tool on the tray has.

The content layer knows what a drawing can be and which zones it has (so the check can name a zone the drawing
does not know); the art layer (simulator/ui/art) draws it from the same parameters. No pygame here.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, Optional, Union

from pydantic import ConfigDict, Field, field_validator

from simulator.content.parts import Model

KLEUREN: dict[str, str] = {
    "wit": "#f4f4f0", "zwart": "#1e1e22", "grijs": "#8a8e96", "zilver": "#c4c8ce", "goud": "#deb046",
    "rood": "#c4283f", "donkerrood": "#8a1c2c", "roze": "#e48aa8", "oranje": "#e08a2c", "geel": "#e8c83a",
    "groen": "#2a9664", "donkergroen": "#1e5a3c", "blauw": "#3054b4", "lichtblauw": "#8cb8e4",
    "donkerblauw": "#1e2e6a", "paars": "#6e3ca0", "bruin": "#7a4a2c", "beige": "#d8c4a0",
    "helder": "#ecf8ff", "transparant": "#ecf8ff",
}
"""Colour words a teacher may write instead of '#rrggbb' (helder: the colour of a colourless diamond)."""

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def kleur_hex(value: str) -> str:
    """'#rrggbb' for a colour word or hex code; ValueError (in Dutch) for anything else."""
    text = str(value).strip().lower()
    if text in KLEUREN:
        return KLEUREN[text]
    if _HEX.match(text):
        return text
    raise ValueError(f"'{value}' is geen kleur die ik ken: schrijf een kleurwoord ({', '.join(sorted(KLEUREN))}) "
                     "of een code als '#3054b4'")


def _beschrijving(tekst: str) -> ConfigDict:
    """The Dutch description editors show on hover (the model's docstring is for programmers)."""
    return ConfigDict(json_schema_extra={"description": tekst})


Kleur = Annotated[str, Field(description="een kleurwoord (rood, blauw, helder…) of een code als '#3054b4'")]
SteenVorm = Literal["rond", "ovaal", "vierkant", "druppel"]
Metaal = Literal["geelgoud", "witgoud", "roségoud", "zilver", "platina"]


class _MetKleur(Model):
    @field_validator("kleur", check_fields=False)
    @classmethod
    def _kleur(cls, value: str) -> str:
        return kleur_hex(value)


class Steen(_MetKleur):
    """The stone in a ring."""

    model_config = _beschrijving("De steen in de ring: kleur, vorm en grootte.")
    kleur: Kleur = "helder"
    vorm: SteenVorm = Field(default="rond", description="rond (briljant), ovaal, vierkant (prinses) of druppel (peer)")
    grootte: float = Field(default=6.0, ge=1.0, le=15.0, description="doorsnede in millimeter, bv. 6")


class RingTekening(Model):
    """A ring seen from above: a stone held by prongs (or a bezel), the shank and its inside."""

    model_config = _beschrijving("Een ring van bovenaf: een steen in griffen (of in een kastzetting), de ringscheen "
                                 "en de binnenkant met de stempels.")
    soort: Literal["ring"]
    metaal: Metaal = "geelgoud"
    griffen: int = Field(default=4, ge=0, le=8, description="aantal griffen (2 tot 8); 0 is een kastzetting (een rand om de steen)")
    steen: Steen = Field(default_factory=lambda: Steen())

    @field_validator("griffen")
    @classmethod
    def _griffen(cls, value: int) -> int:
        if value == 1:
            raise ValueError("één grif houdt geen steen vast: kies 2 tot 8 griffen, of 0 voor een kastzetting")
        return value


class SteenTekening(_MetKleur):
    """A loose stone under the loupe: from above and from the side."""

    model_config = _beschrijving("Een losse steen onder de loep, van boven en van opzij: tafel, kroon, rondist, "
                                 "paviljoen, kalet en eventueel een insluitsel.")
    soort: Literal["steen"]
    kleur: Kleur = "helder"
    vorm: SteenVorm = Field(default="rond", description="rond (briljant), ovaal, vierkant (prinses) of druppel (peer)")
    insluitsel: bool = Field(default=True, description="een klein insluitsel tekenen (zone 'insluitsel')")


class HorlogeTekening(_MetKleur):
    """A wrist watch seen from the back, like the built-in watches."""

    model_config = _beschrijving("Een polshorloge van achteren, zoals de ingebouwde horloges.")
    soort: Literal["horloge"]
    deksel: Literal["druk", "schroef"] = Field(default="druk", description="een drukdeksel (met lipje) of een schroefdeksel (met groeven)")
    kleur: Kleur = Field(default="bruin", description="de kleur van de band")


class HorlogebandTekening(_MetKleur):
    """A watch seen from the front with its strap on spring bars: for changing a strap."""

    model_config = _beschrijving("Een horloge van voren met een band aan veerstaafjes: om een band te wisselen.")
    soort: Literal["horlogeband"]
    kleur: Kleur = Field(default="bruin", description="de kleur van de band")


Tekening = Annotated[Union[RingTekening, SteenTekening, HorlogeTekening, HorlogebandTekening],
                     Field(discriminator="soort")]
"""How a teacher's item is drawn (`tekening:` in a wereld.yaml or in assets/gereedschap.yaml)."""

TEKENING_SOORTEN = ("ring", "steen", "horloge", "horlogeband")

GereedschapVorm = Literal[
    "tang", "pincet", "schroevendraaier", "loep", "hamer", "vijl", "ringstok", "zaagbeugel", "griffenduwer",
    "veerstaafjestang", "vorkje", "borstel", "flesje", "doosje", "batterij", "band", "steen", "kaart",
]
"""Shapes a tool or part on the tray can have; the art layer draws each in the tekening's colour."""


class GereedschapTekening(Model):
    """How a teacher's tool is drawn on the tray: one of the known shapes, in a colour."""

    model_config = _beschrijving("Hoe het gereedschap op de bak getekend wordt: een vorm en een kleur.")
    vorm: GereedschapVorm
    kleur: Optional[Kleur] = Field(default=None, description="de kleur van het handvat of het onderdeel")

    @field_validator("kleur")
    @classmethod
    def _kleur(cls, value: Optional[str]) -> Optional[str]:
        return kleur_hex(value) if value is not None else None


# -- zones: what a drawing can show, and where a student can put a tool -------------------------------------

def zones(tekening: object) -> dict[str, str]:
    """Zone id -> Dutch name, for every zone this drawing shows (in the order a student reads them)."""
    if isinstance(tekening, RingTekening):
        found = {"steen": "Steen"}
        if tekening.griffen:
            found["griffen"] = "Alle griffen"
            found.update({f"grif-{n}": f"Grif {n}" for n in range(1, tekening.griffen + 1)})
            found["zetting"] = "Zetting (chaton)"
        else:
            found["zetting"] = "Kastzetting"
        found.update({"scheen": "Ringscheen", "binnenkant": "Binnenkant (stempels)"})
        return found
    if isinstance(tekening, SteenTekening):
        found = {"tafel": "Tafel", "kroon": "Kroon (bovenkant)", "rondist": "Rondist",
                 "paviljoen": "Paviljoen (onderkant)", "kalet": "Kalet (punt)"}
        if tekening.insluitsel:
            found["insluitsel"] = "Insluitsel"
        return found
    if isinstance(tekening, HorlogebandTekening):
        return {"veerstaafje-12": "Veerstaafje aan de 12-uurkant", "veerstaafje-6": "Veerstaafje aan de 6-uurkant",
                "band-12": "Band aan de 12-uurkant", "band-6": "Band aan de 6-uurkant", "gesp": "Gesp", "kast": "Kast"}
    if isinstance(tekening, HorlogeTekening):
        return {"kastdeksel": "Kastdeksel", "batterij": "Batterij", "batterijvak": "Batterijvak", "pakking": "Pakking",
                "uurwerk": "Uurwerk", "kast": "Kast", "kroon": "Kroon", "glas": "Glas", "secondewijzer": "Secondewijzer"}
    return {}


def als_gegevens(tekening: object) -> dict:
    """The drawing as plain data for the art layer (colours as '#rrggbb')."""
    dump = getattr(tekening, "model_dump", None)
    return dump(mode="json") if dump is not None else {}
