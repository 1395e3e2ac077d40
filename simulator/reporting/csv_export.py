"""Results as CSV that opens right in Dutch Excel: `;` between columns, UTF-8 with BOM, Dutch dates and decimals.

One row per attempt (what a teacher reads): student, class, scenario, werkproces, date, mode, score,
afloop, and a column per gedrag criterion with its rating. Or one row per attempt per criterion
(`per="criterium"`), which suits a pivot table.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Callable, Iterable, Literal, Optional

from simulator.content import tekst
from simulator.dossier import load_dossier
from simulator.progress import Attempt, Profile

BASE_COLUMNS = ["leerling", "klas", "scenario", "titel", "werkproces", "datum", "begin", "eind", "duur (min)",
                "modus", "score (%)", "afloop", "geslaagd"]


def rows(data: Iterable[tuple[Profile, list[Attempt]]], pseudonym: Optional[Callable[[str], str]] = None,
         per: Literal["poging", "criterium"] = "poging") -> list[list[str]]:
    """The table, header first, by class and name. `pseudonym` (profile id -> code) replaces names by 'Leerling <code>'."""
    # By class, then name, then time: how a teacher reads a class list.
    data = sorted(((p, sorted(a, key=lambda x: x.begin)) for p, a in data),
                  key=lambda pa: ((pa[0].klas or "").casefold(), pa[0].naam.casefold(), pa[0].id))
    if per == "criterium":
        table = [BASE_COLUMNS + ["criterium", "omschrijving", "oordeel", "punten", "max", "kritieke fout"]]
        for profile, attempts in data:
            for a in attempts:
                for c in a.criteria:
                    table.append(_base(profile, a, pseudonym) + [c.id, _criterium_tekst(c.id), c.oordeel,
                                                                 str(c.punten), str(c.max), _ja(c.kritiek)])
        return table
    criteria = _criteria_order({c.id for _, attempts in data for a in attempts for c in a.criteria})
    table = [BASE_COLUMNS + criteria]
    for profile, attempts in data:
        for a in attempts:
            rated = {c.id: c.oordeel + (" (kritieke fout)" if c.kritiek else "") for c in a.criteria}
            table.append(_base(profile, a, pseudonym) + [rated.get(cid, "") for cid in criteria])
    return table


def write(path: Path, table: list[list[str]]) -> None:
    path.write_bytes(to_bytes(table))


def to_bytes(table: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    # CRLF and ';': what Excel with Dutch regional settings expects; the BOM tells it the file is UTF-8.
    csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(
        [[_safe(cell) for cell in row] for row in table])
    return "\ufeff".encode("utf-8") + buffer.getvalue().encode("utf-8")


def _base(profile: Profile, a: Attempt, pseudonym) -> list[str]:
    name = f"Leerling {pseudonym(profile.id)}" if pseudonym else profile.naam
    minutes = max(0.0, a.duur.total_seconds() / 60)
    return [
        name, profile.klas or "", a.scenario, tekst(a.titel) if a.titel else "", a.werkproces,
        a.begin.strftime("%d-%m-%Y"), a.begin.strftime("%H:%M"), a.eind.strftime("%H:%M"),
        f"{minutes:.1f}".replace(".", ","), a.modus, str(round(a.score * 100)),
        a.afloop or ("niet afgemaakt" if not a.klaar else ""), _ja(a.geslaagd),
    ]


def _criteria_order(ids: set[str]) -> list[str]:
    order = {c.id: n for n, c in enumerate(load_dossier().criteria)}
    return sorted(ids, key=lambda cid: (order.get(cid, len(order)), cid))


def _criterium_tekst(cid: str) -> str:
    dossier = load_dossier()
    return dossier.criterium(cid).tekst if dossier.heeft_criterium(cid) else ""


def _ja(value: bool) -> str:
    return "ja" if value else "nee"


def _safe(cell: str) -> str:
    # A name typed as "=HYPERLINK(…)" must stay text in Excel, not become a formula (CSV injection).
    text = str(cell)
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _number(text) else text


def _number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
        return True
    except ValueError:
        return False
