"""The content cache: a warm start gives exactly what a cold one gives, and never serves stale content."""

import json
import shutil
from pathlib import Path

from simulator import content
from simulator.content import cache as cache_module

ROOT = Path(__file__).resolve().parents[1]
SOME = ["B1-K2-W6", "P2-K2-W4"]


def library_copy(tmp_path):
    folder = tmp_path / "scenarios"
    for name in SOME:
        shutil.copytree(ROOT / "scenarios" / name, folder / name)
    return folder


def test_warm_start_equals_cold_start(tmp_path):
    folder = library_copy(tmp_path)
    cold = content.load_library([folder])
    content.load_library([folder], cache_dir=tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("*.json"))) == len(cold.scenarios) >= 4
    warm = content.load_library([folder], cache_dir=tmp_path / "cache")
    assert warm.scenarios.keys() == cold.scenarios.keys()
    for sid, geladen in cold.scenarios.items():
        cached = warm.scenarios[sid]
        assert (cached.scenario, cached.analyse, cached.waarschuwingen, cached.hash, cached.bestand) == (
            geladen.scenario, geladen.analyse, geladen.waarschuwingen, geladen.hash, geladen.bestand)


def test_a_changed_file_is_checked_again(tmp_path):
    folder = library_copy(tmp_path)
    content.load_library([folder], cache_dir=tmp_path / "cache")
    path = next(folder.rglob("*.yaml"))
    path.write_text(path.read_text(encoding="utf-8").replace("\nstart:", "\nstart: nergens\nstart_oud:", 1), encoding="utf-8")
    library = content.load_library([folder], cache_dir=tmp_path / "cache")
    assert str(path) in library.mislukt


def test_stale_or_broken_entries_are_ignored(tmp_path, monkeypatch):
    folder = library_copy(tmp_path)
    content.load_library([folder], cache_dir=tmp_path / "cache")
    entries = sorted((tmp_path / "cache").glob("*.json"))
    entries[0].write_text("{kapot", encoding="utf-8")
    stale = json.loads(entries[1].read_text(encoding="utf-8"))
    stale["scenario"]["titel"] = "Vervalst"
    stale["fingerprint"] = "oud"
    entries[1].write_text(json.dumps(stale), encoding="utf-8")
    library = content.load_library([folder], cache_dir=tmp_path / "cache")
    assert "Vervalst" not in {content.tekst(g.scenario.titel) for g in library.scenarios.values()}
    assert len(library.scenarios) == len(entries)


def test_an_unwritable_cache_only_costs_time(tmp_path):
    folder = library_copy(tmp_path)
    blocker = tmp_path / "cache"
    blocker.write_text("geen map", encoding="utf-8")
    library = content.load_library([folder], cache_dir=blocker)
    assert len(library.scenarios) >= 4 and not library.mislukt
