"""Shared by the damage table and benchmarks/torture_saves.py: a small class's saves, every kind of save file in
it, every kind of damage, and everything a lesson does with the saves (the start screen, a student's page, the
teacher overview, exports, LRS sync)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Callable

from progress_support import played, scenario, times
from simulator.progress import Store
from simulator.reporting import csv_export, lrs, overview, xapi
from simulator.reporting.config import LrsConfig

OFFLINE = LrsConfig("http://127.0.0.1:9/xAPI/", timeout=1)


def offline(statements):
    raise OSError("geen netwerk")


def make_class(folder: Path) -> dict:
    """Anna (no damage ever) and Bo (whose files get damaged): Bo has loose attempts and a pack, three saved
    settings, two saved profile versions, a scenario in progress, and queued LRS statements."""
    geladen = scenario()
    store = Store(folder, compact_at=0)
    anna = store.create_profile("Anna", klas="JW3A")
    bo = store.create_profile("Bo", klas="JW3A")
    store.update_profile(bo.id, klas="JW3A")
    store.update_profile(bo.id, klas="JW3A")
    for size in (110, 120, 130):
        store.save_settings(bo.id, {"tekstgrootte": size})
    for who in (anna, bo):
        for minutes in (30, 20, 10):
            store.record_attempt(who.id, geladen, played(geladen), "oefenen", *times(minutes))
    store.compact(bo.id)  # Bo's three attempts into a pack (with its copy) ...
    store.record_attempt(bo.id, geladen, played(geladen, "slechtste"), "toets", *times(5))  # ... and one loose
    store.autosave(bo.id, geladen, played(geladen))
    lrs.sync(store, OFFLINE, post=offline)
    return {"anna": anna.id, "bo": bo.id}


def files_of(folder: Path, bo: str) -> dict[str, Path]:
    """The path of each kind of save file in the class above (Bo's, where a file belongs to a student)."""
    mine = folder / "profielen" / bo
    pogingen = mine / "pogingen"
    return {
        "profiel": mine / "profiel.json",
        "instellingen": mine / "instellingen.json",
        "autosave": next((mine / "autosaves").glob("*.json")),
        "poging": next(pogingen.glob("p-*.json")),
        "pak": next(p for p in pogingen.glob("pak-*.json") if not p.name.endswith(".log.json")),
        "logboek": next(pogingen.glob("pak-*.log.json")),
        "wachtrij": folder / "xapi" / "wachtrij.jsonl",
        "privacy": folder / "privacy.json",
    }


def _nested(path: Path) -> None:
    path.write_bytes(b'{"schema":2,"x":' + b"[" * 200_000 + b"]" * 200_000 + b"}")


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "iets.txt").write_text("een map waar een bestand hoort", encoding="utf-8")


def _wrong_shape(path: Path) -> None:
    if path.suffix == ".jsonl":
        path.write_text(json.dumps({"poging": ["x"], "statement": "geen statement"}) + "\n", encoding="utf-8")
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    # Valid JSON, the right schema and kind, every field of the wrong type (a list of objects nested deep).
    path.write_text(json.dumps({k: (v if k in ("schema", "soort") else [{"x": [[[1]]]}]) for k, v in data.items()}),
                    encoding="utf-8")


def _wrong_rows(path: Path) -> None:
    if path.suffix == ".jsonl":
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        path.write_text("".join(json.dumps({**e, "statement": [e["statement"]]}) + "\n" for e in lines), encoding="utf-8")
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    if "pogingen" in data and isinstance(data["pogingen"], list):
        data["pogingen"] = [row[:10] + ["hoog"] + row[11:] for row in data["pogingen"]]  # score "hoog"
    else:
        data = {**data, **{k: 1e308 for k in data if k not in ("schema", "soort")}}
    path.write_text(json.dumps(data), encoding="utf-8")


def _huge(size: int) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        with open(path, "r+b") as f:  # sparse: 200 MB on paper, nothing on disk, no time to write
            f.truncate(size)
    return damage


def _huge_name(size: int) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        if path.suffix == ".jsonl":
            line = json.dumps({"poging": "x" * size, "statement": {}})
            path.write_text(line + "\n", encoding="utf-8")
            return
        data = json.loads(path.read_text(encoding="utf-8"))
        data["naam" if "naam" in data else "id" if "id" in data else "extra"] = "Bo" * (size // 2)
        path.write_text(json.dumps(data), encoding="utf-8")
    return damage


def _not_a_number(path: Path) -> None:
    if path.suffix == ".jsonl":
        with open(path, "a", encoding="utf-8") as f:
            f.write('{"poging": NaN, "statement": Infinity}\n')
        return
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"schema":2', '"schema":2,"getal":NaN,"groot":1e999', 1), encoding="utf-8")


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)  # a reader that opens this blocks until someone writes: a hang for the whole class


def damages(huge: int = 200 * 1024 * 1024, name: int = 2 * 1024 * 1024) -> dict[str, Callable[[Path], None]]:
    found = {
        "diep-genest": _nested, "map-in-plaats-van-bestand": _folder, "verkeerde-vorm": _wrong_shape,
        "verkeerde-rijen": _wrong_rows, "200-MB": _huge(huge), "enorme-naam": _huge_name(name),
        "NaN-en-oneindig": _not_a_number, "leeg": lambda p: p.write_bytes(b""),
        "rommel": lambda p: p.write_bytes(b"\x00\xff{\x13" * 64),
    }
    if hasattr(os, "mkfifo"):
        found["fifo"] = _fifo
    return found


def lesson(folder: Path, ids: dict) -> dict:
    """What one lesson does with the saves, from a fresh Store; returns what a user would see."""
    store = Store(folder)
    seen: dict = {"profielen": [p.naam for p in store.profiles()], "sessie": store.take_messages()}
    for who in ("anna", "bo"):
        pid = ids[who]
        seen[f"{who}-instellingen"] = store.settings(pid)
        seen[f"{who}-pogingen"] = len(store.attempts(pid))
        store.mastery(pid)
        store.resume_info(pid)
        store.export_profile(pid)
        for attempt in store.attempts(pid):
            attempt.log  # noqa: B018 - a transcript reads the log
        seen[f"{who}-meldingen"] = store.take_messages(pid)
    overview.class_overview(store)
    csv_export.rows([(p, store.attempts(p.id)) for p in store.profiles()])
    list(xapi.all_statements(store, "https://school.invalid", None))
    sent = lrs.sync(store, OFFLINE, post=offline)
    seen["wachtrij"] = sent.wachtrij
    seen["docent"] = [m.tekst for m in store.teacher_notices()]
    seen["alles"] = list(store.messages)
    return seen


def copy_class(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True)
    return target
