"""A teacher's own world (wereld.yaml): merged with the built-in one for the scenarios in its folder and below,
checked like a scenario (Dutch problems with file, line and column), never silently replacing a built-in id, and
never a crash: a broken world file is a problem of that folder's scenarios, named in their message."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator import content
from simulator.cli.schema import schema, wereld_schema
from simulator.content.cache import ContentCache
from simulator.content.wereld import standaard
from simulator.content.wereldbestand import EigenPortret, Werelden
from simulator.engine import Session

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "data" / "eigen-wereld"
SCENARIO = "ring-griffen-nazien.yaml"


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "mijn-scenarios"
    shutil.copytree(EXAMPLE, target)
    return target


def juwelier(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "simulator", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd)


def codes(problems) -> list[tuple[str, int, str]]:
    return [(Path(p.bestand).name, p.regel, p.code) for p in problems]


def test_a_scenario_uses_the_tool_item_and_portrait_of_its_folder(folder):
    geladen = content.load(folder / SCENARIO)
    wereld = geladen.wereld
    assert wereld.bronnen == (str(folder / "wereld.yaml"),)
    assert wereld.catalogus.gereedschap["zettang"].naam == "Zettang"
    ring = wereld.catalogus.voorwerpen["ring-saffier"]
    assert list(ring.zones) == ["steen", "griffen", "grif-1", "grif-2", "grif-3", "grif-4", "zetting", "scheen",
                                "binnenkant"]                      # the zones its drawing shows
    assert ring.tekening["steen"]["kleur"] == "#3054b4"              # 'blauw', as the art layer reads it
    assert wereld.portretten["klant-vrouw-60-krullen"]["haarkleur"] == "#8a8e96"
    assert "klant-man-50" in wereld.portretten and "kastmes" in wereld.catalogus.gereedschap   # built-in ones too
    assert Session(geladen).step.id == "aanname"


def test_the_world_counts_in_subfolders_and_not_beside_them(folder):
    (folder / "B1-K1-W2").mkdir()
    shutil.move(folder / SCENARIO, folder / "B1-K1-W2" / SCENARIO)
    library = content.load_library([folder])
    assert list(library.scenarios) == ["ring-griffen-nazien"] and not library.mislukt
    assert content.load(folder / "B1-K1-W2" / SCENARIO).wereld.bronnen   # named on its own: the folders above count
    beside = folder.parent / "andere-map"
    beside.mkdir()
    shutil.copy(folder / "B1-K1-W2" / SCENARIO, beside / SCENARIO)
    check = content.check(beside / SCENARIO)
    assert {p.code for p in check.fouten} >= {"J313", "J314"}          # that folder has no ring-saffier, no zettang


def test_the_world_file_is_no_scenario(folder):
    assert content.scenario_files([folder]) == [folder / SCENARIO]
    run = juwelier("controleer", folder)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 bestand(en) gecontroleerd: 2 in orde" in run.stdout      # the scenario and the world file


def test_a_teachers_id_may_not_replace_a_built_in_one(folder):
    text = (folder / "wereld.yaml").read_text(encoding="utf-8")
    (folder / "wereld.yaml").write_text(text.replace("  zettang:\n", "  loep:\n"), encoding="utf-8")
    run = juwelier("controleer", folder)
    assert run.returncode == 1
    assert re.search(r"wereld\.yaml:3:3: fout J340: Er is al een gereedschap 'loep' \(ingebouwd\); een eigen "
                     r"gereedschap mag dat niet vervangen\.", run.stdout), run.stdout
    assert "tip: Geef je eigen gereedschap een nieuwe id, bv. 'loep-eigen'" in run.stdout
    assert f"{SCENARIO}: fout J341: De wereld.yaml {folder / 'wereld.yaml'} heeft 1 fout(en)" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr


def test_a_deeper_world_file_may_add_but_not_replace(folder):
    sub = folder / "sub"
    sub.mkdir()
    (sub / "wereld.yaml").write_text("portretten:\n  klant-vrouw-60-krullen: {leeftijd: 61}\n", encoding="utf-8")
    deel = Werelden().deel(sub / "wereld.yaml")
    assert codes(deel.problemen) == [("wereld.yaml", 2, "J340")]
    assert f"in {folder / 'wereld.yaml'}" in deel.problemen[0].bericht


@pytest.mark.parametrize("edit, expected", [
    (("    tekening: {vorm: tang, kleur: groen}", "    tekening: {vorm: tang, kleur: zeegroen}"),
     (8, "J299", "'zeegroen' is geen kleur die ik ken")),
    (("      soort: ring\n", "      soort: kring\n"), (14, "J205", "hoort 'soort:' met een van: ring, steen, horloge")),
    (("    omschrijving: \"Tang", "    omschrijvng: \"Tang"), (7, "J202", "Onbekende sleutel 'omschrijvng'")),
    (("      griffen: 4", "      griffen: 1"), (16, "J299", "één grif houdt geen steen vast")),
    (("    leeftijd: 60", "    leeftijd: 160"), (21, "J208", "moet hoogstens 100 zijn")),
    (("    haar: krullen", "    haar: krul"), (24, "J205", "'krul' mag niet bij 'portretten → klant-vrouw-60-krullen → haar'")),
    (("  zettang:\n", "  zet tang:\n"), (3, "J206", "'zet tang' is geen geldige id")),
    (("    naam: Zettang\n", ""), (3, "J201", "ontbreekt de verplichte sleutel 'naam'")),
])
def test_mistakes_in_a_world_file_get_a_dutch_message_on_their_line(folder, edit, expected):
    path = folder / "wereld.yaml"
    text = path.read_text(encoding="utf-8")
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1]), encoding="utf-8")
    deel = Werelden().deel(path)
    line, code, words = expected
    found = [(p.regel, p.code) for p in deel.problemen]
    assert (line, code) in found, [str(p) for p in deel.problemen]
    assert any(words in p.bericht for p in deel.problemen), [str(p) for p in deel.problemen]


def test_a_zone_the_drawing_does_not_show_is_a_warning(folder):
    path = folder / "wereld.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "      steen: {kleur: blauw, vorm: ovaal, grootte: 7}\n",
        "      steen: {kleur: blauw, vorm: ovaal, grootte: 7}\n    zones: {steen: Saffier, grif: Grif}\n"), encoding="utf-8")
    deel = Werelden().deel(path)
    assert [(p.code, p.ernst) for p in deel.problemen] == [("J342", "waarschuwing")]
    assert "kent zone 'grif' niet" in deel.problemen[0].bericht and "bedoelde je 'grif-" in deel.problemen[0].hint


@pytest.mark.parametrize("damage", ["gereedschap: [kapot\n", "\tgereedschap: {}\n", b"\xff\xfe\x00\xd8", "- een lijst\n"])
def test_a_broken_world_file_stops_its_folder_not_the_library(tmp_path, folder, damage):
    path = folder / "wereld.yaml"
    path.write_bytes(damage if isinstance(damage, bytes) else damage.encode())
    other = tmp_path / "andere-map"
    other.mkdir()
    shutil.copy(ROOT / "scenarios" / "B1-K1-W2" / "batterij-vervangen-drukdeksel.yaml", other)
    library = content.load_library([folder, other])
    assert list(library.scenarios) == ["batterij-vervangen-drukdeksel"]
    assert [p.code for p in library.mislukt[str(folder / SCENARIO)]] == ["J341"]
    assert library.mislukt[str(path)]                                   # the world file's own problems are listed
    run = juwelier("controleer", folder)
    assert run.returncode == 1 and "J341" in run.stdout and "Traceback" not in run.stdout + run.stderr


def test_a_broken_world_file_is_reported_once_also_for_a_relative_folder(folder):
    # typed as a teacher does, from the folder above: the world file was counted and shown twice
    (folder / "wereld.yaml").write_text("gereedschap: [kapot\n", encoding="utf-8")
    run = juwelier("controleer", folder.name, cwd=folder.parent)
    shown = [line for line in run.stdout.splitlines() if "wereld.yaml:" in line and "J1" in line]
    assert len(shown) == 1, run.stdout
    assert run.stdout.strip().splitlines()[-1].startswith("2 bestand(en) gecontroleerd: 0 in orde, 2 met fouten")


def test_an_empty_world_file_adds_nothing_and_is_fine(folder):
    (folder / "wereld.yaml").write_text("# nog niets\n", encoding="utf-8")
    check = content.check(folder / SCENARIO)
    assert {p.code for p in check.fouten} == {"J306", "J313", "J314"}  # its own portrait, ring and tool are gone


def test_a_world_file_that_links_outside_is_not_followed(tmp_path, folder):
    secret = tmp_path / "geheim.yaml"
    secret.write_text("gereedschap: {}\n", encoding="utf-8")
    (folder / "wereld.yaml").unlink()
    (folder / "wereld.yaml").symlink_to(secret)
    deel = Werelden().deel(folder / "wereld.yaml")
    assert [p.code for p in deel.problemen] == ["J121"]
    assert [p.code for p in content.check(folder / SCENARIO).problemen] == ["J341"]


def test_the_cache_keeps_scenarios_apart_by_their_world(tmp_path, folder):
    cache = tmp_path / "cache"
    first = content.load_library([folder], cache_dir=cache).scenarios["ring-griffen-nazien"]
    again = content.load_library([folder], cache_dir=cache).scenarios["ring-griffen-nazien"]
    assert again.wereld.vingerafdruk == first.wereld.vingerafdruk != ""
    assert again.wereld.catalogus.gereedschap["zettang"].naam == "Zettang"        # the cached one carries its world
    path = folder / "wereld.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("naam: Zettang", "naam: Griffentang"), encoding="utf-8")
    changed = content.load_library([folder], cache_dir=cache).scenarios["ring-griffen-nazien"]
    assert changed.wereld.catalogus.gereedschap["zettang"].naam == "Griffentang"
    assert Session(changed).wereld.catalogus.tool("zettang").naam == "Griffentang"
    bare = tmp_path / "zonder-wereld"
    bare.mkdir()
    shutil.copy(folder / SCENARIO, bare / SCENARIO)                                  # the same bytes, no world
    library = content.load_library([bare], cache_dir=cache)
    assert not library.scenarios and "J314" in {p.code for p in library.mislukt[str(bare / SCENARIO)]}
    names = sorted(p.name for p in cache.iterdir())
    assert len(names) == 2 and all(n.startswith(first.hash + "-") for n in names)
    assert ContentCache(cache).get(first.hash, "x", changed.wereld.vingerafdruk) is not None
    assert ContentCache(cache).get(first.hash, "x", "") is None        # never served for the built-in world


def test_juwelier_wereld_lists_what_a_folder_can_use(folder):
    run = juwelier("wereld", folder, "--eigen")
    assert run.returncode == 0, run.stderr
    assert f"Wereld: {folder / 'wereld.yaml'}" in run.stdout
    assert re.search(r"zettang +Zettang \(prong-setting pliers\), gereedschap +\[eigen: ", run.stdout)
    assert "zones: steen, griffen, grif-1, grif-2, grif-3, grif-4, zetting, scheen, binnenkant" in run.stdout
    assert "klant-vrouw-60-krullen" in run.stdout and "kastmes" not in run.stdout
    data = json.loads(juwelier("wereld", "--json", "--alleen", "gereedschap").stdout)
    names = {t["id"]: t["naam"] for t in data["gereedschap"]}
    assert names["griffenduwer"] == "Griffenduwer" and names["stiftendrukker"] == "Stiftendrukker"
    assert juwelier("wereld", folder / "bestaat-niet").returncode == 2


def test_the_built_in_world_has_the_common_tools_and_items():
    cat = standaard().catalogus
    for tool, english in (("griffenduwer", "prong pusher"), ("veerstaafjestang", "spring bar pliers"),
                          ("bandwisselaar", "spring bar tool"), ("veerstaafjes", "spring bars"),
                          ("steenpincet", "stone tweezers (diamond tweezers)")):
        assert cat.gereedschap[tool].engels == english and cat.gereedschap[tool].tekening
    assert {"steen", "grif-1", "grif-4", "griffen"} <= set(cat.voorwerpen["ring-met-steen"].zones)
    assert {"tafel", "rondist", "kalet", "insluitsel"} <= set(cat.voorwerpen["losse-steen"].zones)
    assert {"veerstaafje-6", "band-12", "gesp"} <= set(cat.voorwerpen["horloge-leren-band"].zones)


def test_a_teachers_portrait_has_the_same_fields_as_the_built_in_ones():
    for pid, params in standaard().portretten.items():
        EigenPortret.model_validate(params)


def test_the_catalogue_headers_are_dutch():
    for name in ("gereedschap.yaml", "portretten.yaml"):
        header = [line for line in (ROOT / "assets" / name).read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        words = " ".join(header).lower()
        assert "wereld.yaml" in words
        assert not re.search(r"\b(the|and|with|which|items|fields|used by)\b", words), name


def _descriptions(node) -> list[str]:
    if isinstance(node, dict):
        own = [node["description"]] if isinstance(node.get("description"), str) else []
        return own + [d for v in node.values() for d in _descriptions(v)]
    if isinstance(node, list):
        return [d for v in node for d in _descriptions(v)]
    return []


@pytest.mark.parametrize("made", [schema, wereld_schema], ids=["scenario", "wereld"])
def test_every_hover_text_in_the_schemas_is_dutch(made):
    texts = _descriptions(made())
    assert len(texts) > 20
    english = [t for t in texts if re.search(r"\b(the|and|with|when|what|which|that|this|from|one|step)\b", t)]
    assert english == []


def test_the_world_schema_validates_the_example():
    from simulator.content.wereldbestand import WereldBestand

    data = yaml.safe_load((EXAMPLE / "wereld.yaml").read_text(encoding="utf-8"))
    WereldBestand.model_validate(data)
    run = juwelier("schema", "--wereld")
    schema_ = json.loads(run.stdout)
    assert schema_["title"] == "Juwelier-wereld"
    assert set(schema_["properties"]) == {"gereedschap", "voorwerpen", "portretten"}


def test_the_guide_chapter_on_the_own_world_literally(tmp_path):
    """A teacher follows chapter 12: the two files it shows, in a folder, checked, listed and played."""
    guide = (ROOT / "docs" / "scenario-schrijven.md").read_text(encoding="utf-8")
    chapter = guide.split("## 12.")[1].split("## 13.")[0]
    files = re.findall(r"```yaml\n# (mijn-scenarios/[\w.-]+\.yaml)\n(.*?)```", chapter, re.S)
    assert [name for name, _ in files] == ["mijn-scenarios/wereld.yaml", f"mijn-scenarios/{SCENARIO}"]
    for name, text in files:
        assert text == (EXAMPLE / Path(name).name).read_text(encoding="utf-8"), "de handleiding en tests/data lopen uiteen"
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    commands = re.findall(r"^(juwelier [^\n]+)$", chapter, re.M)
    assert [c.split()[1] for c in commands] == ["controleer", "wereld", "speel"]
    runs = [juwelier(*c.split()[1:], cwd=tmp_path) for c in commands]
    assert [r.returncode for r in runs] == [0, 0, 0], [r.stdout + r.stderr for r in runs]
    assert "0 fout(en), 0 waarschuwing(en)" in runs[0].stdout
    assert "zettang" in runs[1].stdout and "ring-saffier" in runs[1].stdout
    assert "EINDE (geslaagd): Mevrouw Dekker gaat tevreden naar huis." in runs[2].stdout


_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=12)
_KEYS = st.sampled_from(["naam", "engels", "soort", "tekening", "zones", "kleur", "vorm", "griffen", "steen", "leeftijd",
                         "haar", "grootte", "metaal", "deksel", "insluitsel", "x"])
_ENTRY = st.dictionaries(_KEYS, _VALUES | st.dictionaries(_KEYS, _VALUES, max_size=4), max_size=5)


@settings(max_examples=150)
@given(st.dictionaries(st.sampled_from(["gereedschap", "voorwerpen", "portretten", "anders"]),
                       st.dictionaries(st.text(min_size=1, max_size=10), _ENTRY, max_size=3) | _VALUES, max_size=3))
def test_any_world_file_gives_dutch_problems_and_never_a_crash(data):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "wereld.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        deel = Werelden().deel(path)
    for p in deel.problemen:
        assert re.fullmatch(r"J\d{3}", p.code) and p.code != "J199", str(p)
        assert not re.search(r"\b(Input should|Field required|validation error|Traceback)\b", p.bericht + p.hint), str(p)
