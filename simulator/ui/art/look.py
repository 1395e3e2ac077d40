"""A person's look: the fields of assets/portretten.yaml turned into colours and shapes to draw.

Unknown or missing fields fall back to calm defaults, so a teacher's typo never breaks a portrait.
Face geometry lives here too (the portrait is designed in a 400×500 box, head centred at x=200).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .palette import Color, darker, hex_color, lighter, mix

# Portrait design box and the head's landmarks in it.
W, H = 400, 500
CX = 200          # the face's vertical axis
CY = 200          # the face's centre
FW = 72           # half the face's width
FH = 92           # half the face's height (top of skull to chin)
EYE_Y = 203
EYE_DX = 30
BROW_Y = 180
NOSE_Y = 236
MOUTH_Y = 262
CHIN_Y = CY + FH
EAR_Y = 212

MOODS = ("neutraal", "blij", "bezorgd", "boos")

SKINS: dict[str, Color] = {
    "licht": (242, 208, 182),
    "getint": (220, 170, 126),
    "bruin": (172, 114, 74),
    "donker": (110, 70, 46),
}

EYE_COLOURS: dict[str, Color] = {
    "bruin": (92, 58, 34),
    "donkerbruin": (58, 36, 24),
    "blauw": (70, 112, 160),
    "groen": (86, 118, 72),
    "grijs": (110, 124, 136),
}

CLOTHING_STYLES = ("trui", "tshirt", "blouse", "overhemd", "colbert", "vest", "hoodie", "uniform",
                   "polo")

COVERED_HAIR = ("hoofddoek", "tulband", "capuchon")


@dataclass(frozen=True)
class Skin:
    """The shades of one skin tone, from deep shadow to highlight."""
    base: Color
    shade: Color
    deep: Color
    light: Color
    lip: Color
    lip_dark: Color
    blush: Color
    line: Color   # wrinkles and soft contours: a darker skin tone, never black

    @classmethod
    def of(cls, name: str) -> "Skin":
        base = SKINS.get(name, SKINS["getint"])
        dark = base[0] < 150
        lip = mix(base, (150, 60, 62) if not dark else (80, 34, 34), 0.35 if not dark else 0.3)
        return cls(
            base=base,
            shade=darker(base, 0.12),
            deep=darker(base, 0.28),
            light=lighter(base, 0.14 if not dark else 0.1),
            lip=lip,
            lip_dark=darker(lip, 0.35),
            blush=mix(base, (228, 96, 96) if not dark else (170, 60, 60), 0.55),
            line=darker(base, 0.3 if not dark else 0.38),
        )


@dataclass(frozen=True)
class Look:
    """Everything the drawing code needs about one person."""
    age: int
    male: bool
    skin: Skin
    hair: str                 # one of the haar styles
    hair_colour: Color
    brow_colour: Color
    eye_colour: Color
    glasses: bool
    glasses_colour: Color
    beard: str                # '' (none), 'vol', 'kort', 'snor', 'lang'
    beard_colour: Color
    clothing: Color
    style: str                # one of CLOTHING_STYLES
    extras: frozenset[str] = field(default_factory=frozenset)
    headwear_colour: Color = (60, 60, 60)
    cap_kind: str = ""        # '' (none), 'sport', 'plat', 'politie'
    earrings: bool = False
    necklace: bool = False
    name_badge: bool = False
    face_width: float = 1.0   # small per-person variation so faces are not all alike
    nose: float = 1.0

    @property
    def old(self) -> bool:
        return self.age >= 60

    @property
    def ears_visible(self) -> bool:
        return self.hair not in ("hoofddoek", "tulband", "capuchon", "lang", "bob", "vlechten") \
            and not (self.hair == "kort" and not self.male)


def _bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "ja", "yes", "1")
    return bool(value)


def _extras(value) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset(p.strip().lower() for p in value.replace(",", " ").split() if p.strip())
    if isinstance(value, (list, tuple, set, frozenset)):
        return frozenset(str(p).strip().lower() for p in value)
    return frozenset()


def look_from(params: dict | None) -> Look:
    """Read one entry of portretten.yaml (any missing or odd field gets a default)."""
    p = params or {}
    try:
        age = int(p.get("leeftijd", 35))
    except (TypeError, ValueError):
        age = 35
    age = max(4, min(100, age))
    male = str(p.get("geslacht", "v")).strip().lower() in ("m", "man", "jongen")
    skin = Skin.of(str(p.get("huid", "getint")).strip().lower())
    hair = str(p.get("haar", "kort")).strip().lower()
    known_hair = ("kort", "lang", "krullen", "kaal", "knot", "staart", "vlechten", "bob") + COVERED_HAIR
    if hair not in known_hair:
        hair = "kort"
    hair_colour = hex_color(p.get("haarkleur"), (70, 50, 36))
    extras = _extras(p.get("extra"))

    # For a hoofddoek the yaml's haarkleur is the scarf's colour; brows then get a natural colour.
    natural_hair = hair_colour
    if hair in ("hoofddoek",):
        natural_hair = hex_color(p.get("wenkbrauwkleur"), (52, 36, 28))
    brow = hex_color(p.get("wenkbrauwkleur"), _brow_from(natural_hair))
    eye = EYE_COLOURS.get(str(p.get("ogen", "")).strip().lower(),
                          EYE_COLOURS["donkerbruin"] if skin.base[0] < 200 else EYE_COLOURS["bruin"])

    beard = ""
    if _bool(p.get("baard", False)):
        beard = str(p.get("baardstijl", "vol")).strip().lower()
        if beard not in ("vol", "kort", "snor", "lang"):
            beard = "vol"
    beard_colour = hex_color(p.get("baardkleur"), natural_hair)

    clothing = hex_color(p.get("kleding"), (90, 90, 110))
    style = str(p.get("kledingstijl", "")).strip().lower()
    if style not in CLOTHING_STYLES:
        style = _default_style(age, male, hair, extras)

    headwear = hair_colour
    if hair == "tulband":
        headwear = hex_color(p.get("tulbandkleur"), (226, 128, 36) if "tulband-oranje" in extras
                             else (40, 56, 96))
    elif hair == "hoofddoek":
        headwear = hex_color(p.get("doekkleur"), hair_colour)
    elif hair == "capuchon":
        headwear = clothing

    cap = ""
    if "pet" in extras:
        cap = str(p.get("petvorm", "")).strip().lower()
        if cap not in ("sport", "plat"):
            cap = "plat" if age >= 55 else "sport"
    if "uniform" in extras and _bool(p.get("uniformpet", True)):
        cap = "politie"

    return Look(
        age=age, male=male, skin=skin, hair=hair, hair_colour=hair_colour, brow_colour=brow,
        eye_colour=eye, glasses=_bool(p.get("bril", False)),
        glasses_colour=hex_color(p.get("brilkleur"), (58, 44, 40)),
        beard=beard, beard_colour=beard_colour, clothing=clothing, style=style, extras=extras,
        headwear_colour=headwear, cap_kind=cap,
        earrings=_bool(p.get("oorbellen", False)), necklace=_bool(p.get("ketting", False)),
        name_badge=_bool(p.get("naambordje", False)),
        face_width=_number(p.get("gezichtsbreedte"), 1.0, 0.9, 1.1),
        nose=_number(p.get("neus"), 1.0, 0.8, 1.3),
    )


def _number(value, default: float, lo: float, hi: float) -> float:
    try:
        return max(lo, min(hi, float(value)))
    except (TypeError, ValueError):
        return default


def _brow_from(hair: Color) -> Color:
    """Brows a little darker than the hair; very light (grey, white) hair keeps light-grey brows."""
    if sum(hair) > 560:
        return mix(hair, (120, 110, 100), 0.45)
    return darker(hair, 0.25)


def _default_style(age: int, male: bool, hair: str, extras: frozenset[str]) -> str:
    if "uniform" in extras:
        return "uniform"
    if "das" in extras:
        return "colbert"
    if hair == "capuchon":
        return "hoodie"
    if male:
        return "trui" if age >= 40 else "tshirt"
    return "blouse" if age >= 40 else "tshirt"
