"""Checks simulator/dossier/dossier.yaml against the official kwalificatiedossier text, parsed here independently."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pydantic
import pytest

from simulator.dossier import Criterium, Dossier, load_dossier

REPO_ROOT = Path(__file__).resolve().parents[1]
DOSSIER_TXT = REPO_ROOT / "simulator" / "dossier" / "kwalificatiedossier-juwelier.txt"

# Headings in the dossier text. The PDF export puts a no-break space after the code, has a colon
# after B1-codes but not after P2-codes, and repeats the current heading at the top of a new page.
WERKPROCES_HEADING = re.compile(r"^((?:B|P)\d+-K\d+-W\d+):?\s+(\S.*)$")
KERNTAAK_HEADING = re.compile(r"^((?:B|P)\d+-K\d+):?\s+(\S.*)$")
PROFIEL_HEADING = re.compile(r"^(P\d+)\s+(\S.*)$")
SECTION_HEADING = re.compile(r"^(\d+\.\s+\S.*|Basisdeel|Profieldeel)$")
GEDRAG_ITEM = re.compile(r"^-\s+(.*)$")
COMPETENTIES = "De onderliggende competenties zijn:"


@dataclass
class BronWerkproces:
    code: str
    titel: str
    omschrijving: list[str] = field(default_factory=list)
    resultaat: list[str] = field(default_factory=list)
    gedrag: list[str] = field(default_factory=list)
    competenties: list[str] = field(default_factory=list)


@dataclass
class Bron:
    profielen: dict[str, tuple[str, int]]  # code -> (naam, niveau)
    kerntaken: dict[str, str]  # code -> titel
    werkprocessen: list[BronWerkproces]


def _clean(text: str) -> str:
    """Collapse all whitespace (including no-break spaces) to single spaces."""
    return " ".join(text.replace("\u00a0", " ").split())


def _criterium_text(item: str) -> str:
    return re.sub(r"[;.]$", "", _clean(item)).strip()


def _is_heading(line: str) -> bool:
    return bool(WERKPROCES_HEADING.match(line) or KERNTAAK_HEADING.match(line) or SECTION_HEADING.match(line))


@functools.lru_cache(maxsize=1)
def _parse_source() -> Bron:
    lines = [_clean(line) for line in DOSSIER_TXT.read_text(encoding="utf-8").splitlines()]

    def next_text(i: int) -> tuple[int, str]:
        j = i + 1
        while j < len(lines) and not lines[j]:
            j += 1
        return j, (lines[j] if j < len(lines) else "")

    profielen: dict[str, tuple[str, int]] = {}
    kerntaken: dict[str, str] = {}
    werkprocessen: list[BronWerkproces] = []
    current: BronWerkproces | None = None
    part = None  # "omschrijving", "resultaat", "gedrag", "competenties"

    for i, line in enumerate(lines):
        wp_head = WERKPROCES_HEADING.match(line)
        if current is not None and wp_head and wp_head.group(1) == current.code:
            continue  # the heading repeated at the top of a page

        if current is None or part == "competenties":
            j, following = next_text(i)
            kt_head = KERNTAAK_HEADING.match(line)
            if kt_head and following == "Complexiteit":
                kerntaken.setdefault(kt_head.group(1), kt_head.group(2))
            profiel_head = PROFIEL_HEADING.match(line)
            if profiel_head and following == "Mbo-niveau":
                profielen[profiel_head.group(1)] = (profiel_head.group(2), int(next_text(j)[1]))
            if wp_head and following == "Omschrijving":
                current = BronWerkproces(code=wp_head.group(1), titel=wp_head.group(2))
                werkprocessen.append(current)
                part = None
                continue

        if current is None:
            continue
        if part == "competenties":
            if not line or _is_heading(line):
                current, part = None, None
            else:
                current.competenties.append(line)
            continue
        if line in ("Omschrijving", "Resultaat", "Gedrag"):
            part = line.lower()
        elif line.startswith(COMPETENTIES):
            part = "competenties"
            current.competenties.append(line[len(COMPETENTIES) :])
        elif not line or (part == "gedrag" and line == "De beginnend beroepsbeoefenaar:"):
            continue
        elif part == "gedrag":
            item = GEDRAG_ITEM.match(line)
            if item:
                current.gedrag.append(item.group(1))
            else:
                assert current.gedrag, f"{current.code}: tekst onder 'Gedrag' vóór het eerste '- ': {line!r}"
                current.gedrag[-1] += " " + line
        elif part in ("omschrijving", "resultaat"):
            getattr(current, part).append(line)

    for wp in werkprocessen:
        wp.gedrag = [_criterium_text(item) for item in wp.gedrag]
        wp.competenties = [_clean(c) for c in " ".join(wp.competenties).split(",") if c.strip()]
    return Bron(profielen=profielen, kerntaken=kerntaken, werkprocessen=werkprocessen)


def bron() -> Bron:
    if not DOSSIER_TXT.is_file():
        pytest.fail(
            f"Het kwalificatiedossier ontbreekt: {DOSSIER_TXT} niet gevonden. "
            "Deze test vergelijkt simulator/dossier/dossier.yaml met die tekst, die in de repository hoort.",
            pytrace=False,
        )
    return _parse_source()


def _werkprocessen_by_code() -> dict[str, BronWerkproces]:
    return {wp.code: wp for wp in bron().werkprocessen}


# --- the source parser itself --------------------------------------------------------------------


def test_source_parser_finds_the_whole_dossier():
    source = bron()
    assert len(source.werkprocessen) == 19
    assert sum(len(wp.gedrag) for wp in source.werkprocessen) == 84
    assert len({wp.code for wp in source.werkprocessen}) == 19, "een werkproces is dubbel gelezen"
    assert sorted(source.kerntaken) == ["B1-K1", "B1-K2", "P2-K1", "P2-K2"]
    assert set(source.profielen) == {"P1", "P2"}
    for wp in source.werkprocessen:
        assert wp.gedrag and wp.competenties and wp.omschrijving and wp.resultaat, wp.code


# --- dossier.yaml against the source -------------------------------------------------------------


def test_counts():
    dossier = load_dossier()
    assert len(dossier.werkprocessen) == 19
    assert len(dossier.criteria) == 84


def test_werkprocessen_in_dossier_order_with_titles():
    expected = [(wp.code, wp.titel) for wp in bron().werkprocessen]
    assert [(wp.code, wp.titel) for wp in load_dossier().werkprocessen] == expected


def test_criteria_per_werkproces_match_the_source_text():
    source = _werkprocessen_by_code()
    problems = []
    for wp in load_dossier().werkprocessen:
        expected = source[wp.code].gedrag
        actual = [c.tekst for c in wp.criteria]
        if len(actual) != len(expected):
            problems.append(f"{wp.code}: {len(actual)} criteria, het dossier heeft er {len(expected)}")
        for n, (got, want) in enumerate(zip(actual, expected), start=1):
            if got != want:
                problems.append(f"{wp.code}.{n}: {got!r} != dossier {want!r}")
    assert not problems, "\n".join(problems)


def test_competenties_match_the_source_text():
    source = _werkprocessen_by_code()
    problems = [
        f"{wp.code}: {list(wp.competenties)} != dossier {source[wp.code].competenties}"
        for wp in load_dossier().werkprocessen
        if list(wp.competenties) != source[wp.code].competenties
    ]
    assert not problems, "\n".join(problems)


def test_omschrijving_and_resultaat_match_the_source_text():
    source = _werkprocessen_by_code()
    problems = []
    for wp in load_dossier().werkprocessen:
        if wp.omschrijving != " ".join(source[wp.code].omschrijving):
            problems.append(f"{wp.code}: omschrijving wijkt af")
        if wp.resultaat != " ".join(source[wp.code].resultaat):
            problems.append(f"{wp.code}: resultaat wijkt af")
    assert not problems, "\n".join(problems)


def test_texts_have_no_pdf_artefacts():
    for wp in load_dossier().werkprocessen:
        for text in (wp.titel, wp.omschrijving, wp.resultaat, *wp.gedrag, *wp.competenties):
            assert text == _clean(text), f"{wp.code}: witruimte in {text!r}"
            assert not text.endswith((";", ",")), f"{wp.code}: {text!r}"
        for crit in wp.criteria:
            assert not crit.tekst.startswith("-") and not crit.tekst.endswith("."), crit.id


def test_kerntaken_and_profielen():
    source = bron()
    dossier = load_dossier()
    assert {p.code: (p.naam, p.niveau) for p in dossier.profielen} == source.profielen
    assert [(p.code, p.niveau) for p in dossier.profielen] == [("P1", 3), ("P2", 4)]
    assert {k.code: k.titel for k in dossier.kerntaken} == source.kerntaken
    for kt in dossier.kerntaken:
        expected = ("P1", "P2") if kt.code.startswith("B1-") else ("P2",)
        assert kt.profielen == expected, kt.code
    for wp in dossier.werkprocessen:
        assert wp.code.startswith(wp.kerntaak + "-W")
        expected = ("P1", "P2") if wp.code.startswith("B1-") else ("P2",)
        assert wp.profielen == expected, wp.code


def test_criterium_ids_are_unique_and_numbered_in_order():
    dossier = load_dossier()
    ids = [c.id for c in dossier.criteria]
    assert len(set(ids)) == len(ids) == 84
    for wp in dossier.werkprocessen:
        assert [c.id for c in wp.criteria] == [f"{wp.code}.{n}" for n in range(1, len(wp.criteria) + 1)]
        assert all(c.werkproces == wp.code for c in wp.criteria)
        assert [c.nummer for c in wp.criteria] == list(range(1, len(wp.criteria) + 1))
    assert list(dossier.criteria) == [c for wp in dossier.werkprocessen for c in wp.criteria]


# --- the Python API ------------------------------------------------------------------------------


def test_lookups():
    dossier = load_dossier()
    assert dossier.werkproces("B1-K2-W1").titel == "Ontvangt de klant"
    assert dossier.criterium("B1-K2-W1.1").tekst == "heeft een open en uitnodigende houding"
    assert dossier.criterium("P2-K2-W5.2").tekst == "ziet, creëert en benut commerciële kansen effectief"
    assert [c.id for c in dossier.criteria_van("B1-K1-W3")] == ["B1-K1-W3.1", "B1-K1-W3.2", "B1-K1-W3.3"]
    assert dossier.heeft_werkproces("P2-K2-W7") and not dossier.heeft_werkproces("P2-K2-W8")
    assert dossier.heeft_criterium("P2-K2-W7.5") and not dossier.heeft_criterium("P2-K2-W7.6")
    assert dossier.kerntaak("P2-K2").titel == "Onderneemt als juwelier"
    assert len(dossier.werkprocessen_voor_profiel("P1")) == 10
    assert len(dossier.werkprocessen_voor_profiel("P2")) == 19
    assert [w.code for w in dossier.werkprocessen_van_kerntaak("P2-K1")] == ["P2-K1-W1", "P2-K1-W2"]
    with pytest.raises(KeyError):
        dossier.werkproces("B1-K2-W9")
    with pytest.raises(KeyError):
        dossier.criterium("B1-K2-W1.9")
    with pytest.raises(KeyError):
        dossier.criteria_van("X")


def test_load_dossier_is_cached_and_frozen():
    dossier = load_dossier()
    assert load_dossier() is dossier
    with pytest.raises(pydantic.ValidationError):
        dossier.werkproces("B1-K2-W1").titel = "iets anders"  # type: ignore[misc]
    assert isinstance(dossier.criteria[0], Criterium)


def test_inconsistent_data_is_rejected():
    data = load_dossier().model_dump(mode="json")
    data["werkprocessen"][0]["criteria"][1]["nummer"] = 7
    with pytest.raises(pydantic.ValidationError):
        Dossier.model_validate(data)
    data = load_dossier().model_dump(mode="json")
    data["werkprocessen"][0]["kerntaak"] = "B1-K9"
    with pytest.raises(pydantic.ValidationError):
        Dossier.model_validate(data)
    assert Dossier.model_validate(load_dossier().model_dump(mode="json")) == load_dossier()


# --- `juwelier dossier` --------------------------------------------------------------------------


def _juwelier(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "dossier", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_cli_dossier_text_lists_every_werkproces_and_criterium():
    result = _juwelier()
    assert result.returncode == 0, result.stderr
    flat = _clean(result.stdout)  # the command wraps long lines
    dossier = load_dossier()
    for wp in dossier.werkprocessen:
        assert f"{wp.code} {wp.titel}" in flat
        assert ", ".join(wp.competenties) in flat
        for crit in wp.criteria:
            assert f"{crit.id} {crit.tekst}" in flat


def test_cli_dossier_json():
    result = _juwelier("--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["werkprocessen"]) == 19
    assert sum(len(wp["criteria"]) for wp in data["werkprocessen"]) == 84
    assert data["werkprocessen"][3]["criteria"][0] == {
        "id": "B1-K2-W1.1",
        "werkproces": "B1-K2-W1",
        "nummer": 1,
        "tekst": "heeft een open en uitnodigende houding",
    }
    assert "ë" in result.stdout  # ensure_ascii=False


def test_cli_dossier_one_werkproces():
    result = _juwelier("--werkproces", "b1-k2-w6")
    assert result.returncode == 0, result.stderr
    assert "B1-K2-W6  Behandelt klachten" in result.stdout
    assert "Omschrijving:" in result.stdout
    assert "B1-K1-W1" not in result.stdout

    result = _juwelier("--werkproces", "P2-K1-W1", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["titel"] == "Maakt een ontwerpschets"


def test_cli_dossier_unknown_werkproces():
    result = _juwelier("--werkproces", "B1-K2-W9")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "onbekend werkproces" in result.stderr
    assert "Bedoel je B1-K2-W" in result.stderr
