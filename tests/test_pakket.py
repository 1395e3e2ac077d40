"""Scenario packs: a teacher's folder round-trips through `juwelier pakket maak` and `installeer`; a pack with errors
is never made; hostile packs (../ entries, absolute paths, links, 10,000 files, a 1 GB entry, a size that lies, a
manifest that does not match) are refused with a Dutch message, and nothing is written outside the target folder;
versions update, and nothing is overwritten without saying so."""

import contextlib
import hashlib
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from simulator import __version__, content
from simulator.cli import main
from simulator.content import pakket
from simulator.content.pakket import PakketFout
from simulator.engine import Session

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "data" / "eigen-wereld"
SCENARIO = "ring-griffen-nazien.yaml"


def juwelier(*args, cwd=None):
    """The real command in a fresh process (as a teacher runs it)."""
    return subprocess.run([sys.executable, "-m", "simulator", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd)


def juwelier_here(*args) -> subprocess.CompletedProcess:
    """The same command in this process: the same parser and output, without the start-up time."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


@pytest.fixture
def folder(tmp_path) -> Path:
    """A teacher's folder: a world, a scenario, a second one in a subfolder, and files that are no scenario."""
    target = tmp_path / "ringen"
    shutil.copytree(EXAMPLE, target)
    (target / "extra").mkdir()
    second = (target / SCENARIO).read_text(encoding="utf-8").replace("id: ring-griffen-nazien", "id: ring-griffen-tweede")
    (target / "extra" / "ring-griffen-tweede.yaml").write_text(second, encoding="utf-8")
    (target / "aantekeningen.txt").write_text("voor mezelf\n", encoding="utf-8")
    return target


@pytest.fixture
def school(tmp_path) -> Path:
    path = tmp_path / "school-scenarios"
    path.mkdir()
    return path


def make(folder: Path, out: Path, versie: str = "1.0") -> Path:
    pakket.maak(folder, out, naam="ringen", versie=versie, auteurs=["J. de Vries, ROC West"], licentie="CC BY-SA 4.0")
    return out


def tree(path: Path) -> dict[str, bytes]:
    """Every file under path (links not followed), with its bytes: to show nothing else was written."""
    found = {}
    for folder, dirs, names in os.walk(path):
        for name in names:
            p = Path(folder) / name
            found[p.relative_to(path).as_posix()] = b"<link>" if p.is_symlink() else p.read_bytes()
    return found


# -- the round trip ----------------------------------------------------------------------------------

def test_a_pack_round_trips_into_the_schools_folder_and_plays(tmp_path, folder, school):
    run = juwelier("pakket", "maak", folder, "--versie", "1.0", "--auteur", "J. de Vries, ROC West",
                   "--licentie", "CC BY-SA 4.0", "--titel", "Griffen nazien", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Pakket gemaakt: ringen-1.0.zip" in run.stdout
    assert "niet meegenomen (geen scenario of wereld.yaml): aantekeningen.txt" in run.stdout
    zip_path = tmp_path / "ringen-1.0.zip"
    with zipfile.ZipFile(zip_path) as zf:
        assert sorted(zf.namelist()) == ["extra/ring-griffen-tweede.yaml", "pakket.json", SCENARIO, "wereld.yaml"]
        manifest = json.loads(zf.read("pakket.json"))
    assert manifest["auteurs"] == ["J. de Vries, ROC West"] and manifest["licentie"] == "CC BY-SA 4.0"
    assert manifest["versie"] == "1.0" and manifest["simulator"] == __version__ and manifest["titel"] == "Griffen nazien"

    shown = juwelier("pakket", "bekijk", zip_path)
    assert "ringen versie 1.0: Griffen nazien" in shown.stdout and "door J. de Vries, ROC West" in shown.stdout

    run = juwelier("pakket", "installeer", zip_path, "--naar", school)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"Geïnstalleerd: ringen versie 1.0 in {school / 'ringen'} (3 bestand(en))." in run.stdout
    installed = school / "ringen"
    for rel in ("wereld.yaml", SCENARIO, "extra/ring-griffen-tweede.yaml"):
        assert (installed / rel).read_bytes() == (folder / rel).read_bytes()
    assert not [p for p in school.iterdir() if p.name.startswith(".")]                     # no temporary folder left
    library = content.load_library([school])
    assert sorted(library.scenarios) == ["ring-griffen-nazien", "ring-griffen-tweede"] and not library.mislukt
    geladen = library.scenarios["ring-griffen-tweede"]
    assert geladen.wereld.bronnen == (str(installed / "wereld.yaml"),)                       # the pack's own world
    run = juwelier("speel", installed / SCENARIO, "--pad", "beste")
    assert run.returncode == 0 and "EINDE (geslaagd)" in run.stdout


def test_the_school_folder_is_the_default_target(tmp_path, folder, school):
    from simulator.progress.school import School

    zip_path = make(folder, tmp_path / "ringen.zip")
    settings = tmp_path / "schoolinstellingen"
    settings.mkdir()
    School(settings).save_scenario_folders([str(school)])
    run = juwelier_here("pakket", "installeer", zip_path, "--school", settings)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (school / "ringen" / SCENARIO).is_file()
    bare = juwelier_here("pakket", "installeer", zip_path, "--school", tmp_path / "leeg")
    assert bare.returncode == 2 and "geef met --naar de scenariomap" in bare.stderr


# -- making: checked first ---------------------------------------------------------------------------

def test_a_folder_with_errors_gives_no_pack(tmp_path, folder, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = folder / SCENARIO
    path.write_text(path.read_text(encoding="utf-8").replace("naar: klaar", "naar: klaarr"), encoding="utf-8")
    run = juwelier_here("pakket", "maak", folder, "--versie", "1.0", "--auteur", "X", "--licentie", "CC BY 4.0")
    assert run.returncode == 1
    assert "J304" in run.stdout and "een pakket met fouten maak ik niet" in run.stderr
    assert not list(tmp_path.glob("*.zip"))


def test_making_asks_for_version_authors_and_licence_in_dutch(tmp_path, folder, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = juwelier_here("pakket", "maak", folder)
    assert run.returncode == 2 and "geef ook --versie, --auteur, --licentie" in run.stderr
    run = juwelier_here("pakket", "maak", folder, "--versie", "één", "--auteur", "X", "--licentie", "CC BY 4.0")
    assert run.returncode == 1 and "'één' is geen geldig versienummer" in run.stderr
    assert "Traceback" not in run.stderr


def test_making_overwrites_no_pack_without_saying_so(tmp_path, folder):
    out = make(folder, tmp_path / "ringen.zip")
    before = out.read_bytes()
    with pytest.raises(PakketFout, match="bestaat al; ik overschrijf het niet"):
        make(folder, out, "1.1")
    assert out.read_bytes() == before


def test_a_link_in_the_folder_does_not_go_along(tmp_path, folder):
    secret = tmp_path / "geheim.yaml"
    secret.write_text("id: geheim\n", encoding="utf-8")
    (folder / "geheim.yaml").symlink_to(secret)
    with pytest.raises(PakketFout, match="links|link"):
        make(folder, tmp_path / "ringen.zip")


# -- hostile packs -----------------------------------------------------------------------------------

def hostile(path: Path, entries: list, manifest: bool = True, name: str = "kwaad") -> Path:
    """A zip with these entries (name, bytes) or ZipInfo-with-bytes, and (by default) a manifest that lists them,
    so only the defect under test can be the reason for a refusal."""
    listed = {}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for entry, data in entries:
            zf.writestr(entry, data)
            key = entry.filename if isinstance(entry, zipfile.ZipInfo) else entry
            listed[key] = {"grootte": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        if manifest:
            zf.writestr("pakket.json", json.dumps({"naam": name, "versie": "1.0", "auteurs": ["X"], "licentie": "CC0",
                                                   "simulator": __version__, "bestanden": listed}))
    return path


def refused(zip_path: Path, school: Path, words: str) -> str:
    outside = tree(school.parent)
    run = juwelier_here("pakket", "installeer", zip_path, "--naar", school)
    assert run.returncode == 1, run.stdout + run.stderr
    assert words in run.stderr, run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert tree(school.parent) == outside                     # nothing written anywhere, inside or outside
    assert list(school.iterdir()) == []
    return run.stderr


SCENARIO_BYTES = (EXAMPLE / SCENARIO).read_bytes()


@pytest.mark.parametrize("name, words", [
    ("../ontsnapt.yaml", "een pad dat buiten de map leidt (../)"),
    ("sub/../../ontsnapt.yaml", "een pad dat buiten de map leidt (../)"),
    ("/tmp/ontsnapt.yaml", "een pad vanaf de schijf zelf (absoluut pad)"),
    ("C:/Windows/ontsnapt.yaml", "tekens die niet in een pad mogen"),
    ("..\\ontsnapt.yaml", "tekens die niet in een pad mogen"),
    ("con.yaml", "die Windows niet toestaat"),
    ("goed.yaml\x00.txt", "klopt niet met zijn inhoudsopgave"),   # zipfile cuts the name at the NUL
])
def test_paths_that_leave_the_folder_are_refused(tmp_path, school, name, words):
    zip_path = hostile(tmp_path / "kwaad.zip", [(name, SCENARIO_BYTES)])
    refused(zip_path, school, words)
    assert not (tmp_path / "ontsnapt.yaml").exists()


def test_a_link_in_a_pack_is_refused(tmp_path, school):
    link = zipfile.ZipInfo("wereld.yaml")
    link.external_attr = (0o120777 << 16)                      # a symbolic link, pointing at a system file
    zip_path = hostile(tmp_path / "kwaad.zip", [(link, b"/etc/passwd"), (SCENARIO, SCENARIO_BYTES)])
    refused(zip_path, school, "Het pakket bevat een link ('wereld.yaml'); links installeer ik niet.")


def test_ten_thousand_files_are_refused(tmp_path, school):
    zip_path = hostile(tmp_path / "kwaad.zip", [(f"s{n}.yaml", b"id: x\n") for n in range(10_000)], manifest=False)
    refused(zip_path, school, "Het pakket heeft 10000 bestanden; een pakket heeft er hooguit 500.")


def _patch_size(zip_path: Path, name: str, size: int) -> None:
    """Make the zip say that `name` unpacks to `size` bytes (in the local header and the central directory)."""
    data = bytearray(zip_path.read_bytes())
    with zipfile.ZipFile(zip_path) as zf:
        info = zf.getinfo(name)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        n = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + n] == name.encode():
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    zip_path.write_bytes(bytes(data))


def test_a_one_gigabyte_entry_is_refused_before_unpacking(tmp_path, school):
    zip_path = hostile(tmp_path / "kwaad.zip", [("groot.yaml", b"\0" * 1000)], manifest=False)
    _patch_size(zip_path, "groot.yaml", 1 << 30)
    refused(zip_path, school, "'groot.yaml' is te groot (1,1 GB; hooguit 1 MB); ik installeer het pakket niet.")


def test_a_real_oversized_entry_is_refused(tmp_path, school):
    zip_path = hostile(tmp_path / "kwaad.zip", [("groot.yaml", b"# " + b"a" * (20 << 20))])   # 20 MB, 20 kB packed
    assert zip_path.stat().st_size < 100_000
    refused(zip_path, school, "'groot.yaml' is te groot (21 MB; hooguit 1 MB)")


def test_an_entry_that_unpacks_larger_than_it_says_is_refused(tmp_path, school):
    """A zip bomb that lies: it and its manifest say 500 kB, its data unpacks to 5 MB. The unpacking stops at what it
    said; nothing is written."""
    data = b"#" * (5 << 20)
    zip_path = tmp_path / "kwaad.zip"
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(SCENARIO, data)
        zf.writestr("pakket.json", json.dumps({"naam": "kwaad", "versie": "1.0", "auteurs": ["X"], "licentie": "CC0",
                                               "simulator": __version__, "bestanden": {SCENARIO: {
                                                   "grootte": 500_000, "sha256": hashlib.sha256(data[:500_000]).hexdigest()}}}))
    _patch_size(zip_path, SCENARIO, 500_000)
    refused(zip_path, school, f"'{SCENARIO}' in het pakket is beschadigd; ik installeer het niet.")


def test_a_pack_that_unpacks_beyond_the_total_is_refused(tmp_path, school):
    entries = [(f"s{n}.yaml", b"#" + bytes([65 + n % 26]) * 900_000) for n in range(60)]
    refused(hostile(tmp_path / "kwaad.zip", entries, manifest=False), school, "pakt uit tot meer dan 50 MB")


@pytest.mark.parametrize("entries, words", [
    ([(SCENARIO, SCENARIO_BYTES), ("RING-GRIFFEN-NAZIEN.yaml", SCENARIO_BYTES)], "twee keer"),
    ([(SCENARIO, SCENARIO_BYTES), ("start.exe", b"MZ")], "'start.exe', geen scenario of wereld.yaml"),
    ([(SCENARIO, SCENARIO_BYTES), ("script.py", b"import os")], "'script.py', geen scenario of wereld.yaml"),
])
def test_duplicates_and_other_kinds_of_file_are_refused(tmp_path, school, entries, words):
    refused(hostile(tmp_path / "kwaad.zip", entries), school, words)


def test_a_pack_without_a_manifest_or_with_one_that_lies_is_refused(tmp_path, school):
    refused(hostile(tmp_path / "a.zip", [(SCENARIO, SCENARIO_BYTES)], manifest=False), school, "heeft geen pakket.json")
    lying = tmp_path / "b.zip"
    with zipfile.ZipFile(lying, "w") as zf:
        zf.writestr(SCENARIO, SCENARIO_BYTES)
        zf.writestr("pakket.json", json.dumps({"naam": "b", "versie": "1.0", "auteurs": ["X"], "licentie": "CC0",
                                               "simulator": "0.1.0", "bestanden": {
                                                   SCENARIO: {"grootte": len(SCENARIO_BYTES), "sha256": "0" * 64}}}))
    refused(lying, school, "anders dan de inhoudsopgave zegt")
    extra = tmp_path / "c.zip"
    with zipfile.ZipFile(extra, "w") as zf:
        zf.writestr(SCENARIO, SCENARIO_BYTES)
        zf.writestr("pakket.json", json.dumps({"naam": "c", "versie": "1.0", "auteurs": ["X"], "licentie": "CC0",
                                               "simulator": "0.1.0", "bestanden": {}}))
    refused(extra, school, "klopt niet met zijn inhoudsopgave")
    broken = tmp_path / "d.zip"
    broken.write_bytes(b"PK\x03\x04 dit is geen zip")
    refused(broken, school, "is geen geldig pakket")
    bad_name = hostile(tmp_path / "e.zip", [(SCENARIO, SCENARIO_BYTES)], name="../kwaad")
    refused(bad_name, school, "De pakket.json van het pakket klopt niet (bij: naam)")


def test_a_pack_with_errors_in_its_scenarios_is_refused(tmp_path, school):
    broken = SCENARIO_BYTES.replace(b"naar: klaar", b"naar: klaarr")
    text = refused(hostile(tmp_path / "kwaad.zip", [("wereld.yaml", (EXAMPLE / "wereld.yaml").read_bytes()),
                                                    (SCENARIO, broken)]), school, "fout(en) in deze installatie")
    run_stdout = juwelier_here("pakket", "installeer", tmp_path / "kwaad.zip", "--naar", school).stdout
    assert f"kwaad/{SCENARIO}:" in run_stdout and "J304" in run_stdout                   # named by its place in the pack
    assert "Traceback" not in text


def test_a_scenario_id_that_exists_is_refused(tmp_path, school):
    shipped = (ROOT / "scenarios" / "B1-K1-W2" / "batterij-vervangen-drukdeksel.yaml").read_bytes()
    zip_path = hostile(tmp_path / "kwaad.zip", [("batterij-vervangen-drukdeksel.yaml", shipped)])
    refused(zip_path, school, "hetzelfde id als")


# -- versions: a newer one updates, nothing is overwritten without saying so --------------------------

def test_versions_update_and_nothing_is_overwritten_unannounced(tmp_path, folder, school):
    v1 = make(folder, tmp_path / "v1.zip", "1.0")
    pakket.installeer(v1, school)
    with pytest.raises(PakketFout, match="versie 1.0 is al geïnstalleerd"):
        pakket.installeer(v1, school)
    path = folder / SCENARIO
    path.write_text(path.read_text(encoding="utf-8").replace("Mevrouw Dekker gaat tevreden", "Mevrouw Dekker gaat blij"),
                    encoding="utf-8")
    (folder / "extra" / "ring-griffen-tweede.yaml").unlink()
    v2 = make(folder, tmp_path / "v2.zip", "1.10")                 # 1.10 is newer than 1.9, and than 1.0
    run = juwelier_here("pakket", "installeer", v2, "--naar", school)
    assert run.returncode == 0, run.stderr
    assert "Bijgewerkt: ringen van versie 1.0 naar 1.10" in run.stdout
    assert f"gewijzigd: {SCENARIO}" in run.stdout and "verwijderd: extra/ring-griffen-tweede.yaml" in run.stdout
    assert not (school / "ringen" / "extra" / "ring-griffen-tweede.yaml").exists()
    run = juwelier_here("pakket", "installeer", v1, "--naar", school)
    assert run.returncode == 1 and "is ouder dan de geïnstalleerde versie 1.10" in run.stderr
    assert "blij" in (school / "ringen" / SCENARIO).read_text(encoding="utf-8")          # untouched

    (school / "ringen" / SCENARIO).write_text("id: mijn-eigen-versie\n", encoding="utf-8")   # a teacher changed it
    (school / "ringen" / "mijn-notities.yaml").write_text("# van mij\n", encoding="utf-8")
    v3 = make(folder, tmp_path / "v3.zip", "2.0")
    run = juwelier_here("pakket", "installeer", v3, "--naar", school)
    assert run.returncode == 1 and "veranderd of toegevoegd sinds de installatie" in run.stderr
    assert "veranderd of nieuw: mijn-notities.yaml, ring-griffen-nazien.yaml" in run.stdout
    assert (school / "ringen" / SCENARIO).read_text(encoding="utf-8") == "id: mijn-eigen-versie\n"
    run = juwelier_here("pakket", "installeer", v3, "--naar", school, "--forceer")
    assert run.returncode == 0 and "overschreven (was in de map veranderd): mijn-notities.yaml, ring-griffen-nazien.yaml" \
        in run.stdout


def test_a_folder_with_the_packs_name_that_is_no_pack_is_left_alone(tmp_path, folder, school):
    mine = school / "ringen"
    mine.mkdir()
    (mine / "mijn-scenario.yaml").write_text("# van mij\n", encoding="utf-8")
    before = tree(school)
    with pytest.raises(PakketFout, match="is geen installatie van dit pakket; ik overschrijf niets"):
        pakket.installeer(make(folder, tmp_path / "v1.zip"), school)
    assert tree(school) == before


def test_an_older_pack_can_be_forced_back(tmp_path, folder, school):
    pakket.installeer(make(folder, tmp_path / "v2.zip", "2.0"), school)
    done = pakket.installeer(make(folder, tmp_path / "v1.zip", "1.0"), school, forceer=True)
    assert done.vorige == "2.0" and done.manifest.versie == "1.0"
    assert json.loads((school / "ringen" / "pakket.json").read_text(encoding="utf-8"))["versie"] == "1.0"


def test_the_installed_pack_plays_with_its_own_world(tmp_path, folder, school):
    pakket.installeer(make(folder, tmp_path / "v1.zip"), school)
    geladen = content.load_library([school]).scenarios["ring-griffen-nazien"]
    session = Session(geladen)
    assert session.wereld.catalogus.tool("zettang").naam == "Zettang"
    assert "klant-vrouw-60-krullen" in session.wereld.portretten
