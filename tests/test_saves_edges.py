"""Around the damage table: a pack without a copy, a read-only saves folder, two PCs making one profile, temp files
left by crashes, a PIN cost from a file, export names from student names, and a deletion that cannot finish."""

from __future__ import annotations

import builtins
import errno
import hashlib
import io
import json
import os
import shutil
import threading
import time

import pytest

from progress_support import DATA, played, scenario, times
from school_support import TEACHER_PIN, school
from simulator.cli import main
from simulator.progress import Store, pin
from simulator.progress.filenames import safe_file_name

SCENARIO = str(DATA / "ontvangst.yaml")


@pytest.fixture(scope="module")
def geladen():
    return scenario()


def read_only(monkeypatch, folder) -> None:
    """Make every write under `folder` fail as on a share where the student may only read (the tests run as root
    in CI, where chmod would not stop anything)."""
    root = os.fspath(folder)

    def inside(path) -> bool:
        return isinstance(path, (str, bytes, os.PathLike)) and os.fsdecode(os.fspath(path)).startswith(root)

    def deny(path):
        raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(os.fspath(path)))

    real_open, real_os_open = builtins.open, os.open
    writes = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def guarded_open(file, mode="r", *args, **kwargs):
        if inside(file) and any(c in mode for c in "wxa+"):
            deny(file)
        return real_open(file, mode, *args, **kwargs)

    def guarded_os_open(path, flags, *args, **kwargs):
        if inside(path) and flags & writes:
            deny(path)
        return real_os_open(path, flags, *args, **kwargs)

    def guard(real):
        def call(*args, **kwargs):
            if any(inside(a) for a in args[:2]):
                deny(args[0])
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    for name in ("mkdir", "replace", "rename", "unlink", "link", "rmdir", "makedirs"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))


def test_a_pack_without_a_copy_keeps_its_good_rows_and_says_how_many_it_could_not_read(tmp_path, geladen):
    store = Store(tmp_path, compact_at=0)
    bo = store.create_profile("Bo")
    for minutes in (30, 20, 10):
        store.record_attempt(bo.id, geladen, played(geladen), "oefenen", *times(minutes))
    store.compact(bo.id)
    pogingen = tmp_path / "profielen" / bo.id / "pogingen"
    for copy in pogingen.glob("*.bak1"):
        copy.unlink()  # a pack from before packs had a copy
    [pack] = [p for p in pogingen.glob("pak-*.json") if not p.name.endswith(".log.json")]
    data = json.loads(pack.read_text(encoding="utf-8"))
    data["pogingen"][1][10] = "hoog"  # the score of one row
    pack.write_text(json.dumps(data), encoding="utf-8")

    fresh = Store(tmp_path)
    assert len(fresh.attempts(bo.id)) == 2
    assert fresh.take_messages(bo.id) == [f"1 van je pogingen konden we niet lezen; ze staan nog in {pack.name}. "
                                          "Je docent kan ernaar kijken."]
    assert json.loads(pack.read_text(encoding="utf-8"))["pogingen"][1][10] == "hoog"  # left as it was
    assert "hebben een vorm die het programma niet kent" in fresh.teacher_notices()[0].tekst


def test_in_a_read_only_saves_folder_the_student_plays_as_a_guest(tmp_path, monkeypatch):
    from ui_support import library
    from simulator.ui.pilot import Pilot

    saves = tmp_path / "saves"
    Store(saves).create_profile("Anna", klas="JW3A")
    read_only(monkeypatch, saves)
    p = Pilot.start(store=Store(saves), library=library()).settle()
    p.click_on("Anna (JW3A)").settle()
    assert p.scene.name == "home" and p.ctx.profile is None
    assert any("kan niets worden opgeslagen. Je speelt als gast" in w.label for w in p.scene.form.widgets)

    p.press("escape").settle()  # back to the start screen; a new profile cannot be made either
    if p.scene.name != "start":
        p.app.stack.pop(None)
    p.settle()
    p.click_on("Naam").type("Bo").press("return").settle()
    assert p.scene.name == "home" and p.ctx.profile is None


def test_in_a_read_only_saves_folder_the_commands_say_so_in_dutch(tmp_path, monkeypatch, capsys):
    saves = tmp_path / "saves"
    Store(saves).create_profile("Anna")
    read_only(monkeypatch, saves)
    assert main(["profiel", "--nieuw", "Bo", "--saves", str(saves)]) == 2
    assert main(["speel", SCENARIO, "--pad", "beste", "--profiel", "Anna", "--saves", str(saves)]) == 2
    err = capsys.readouterr().err
    assert "lukte niet: de map is alleen-lezen of je hebt er geen schrijfrechten" in err
    assert "Traceback" not in err and "Errno" not in err


def test_two_pcs_making_the_same_new_profile_at_once_keep_both_attempts(tmp_path, monkeypatch):
    # Both PCs look the name up at the same moment; before, both found nothing, and the second one's
    # "Er is al een profiel met de naam Anna" lost its attempt.
    both_looked = threading.Barrier(2)
    real_find = Store.find_profile

    def find_together(self, naam, klas=None):
        try:
            both_looked.wait(timeout=1)
        except threading.BrokenBarrierError:
            pass  # the other PC waits for the lock: it looks after we made the profile
        return real_find(self, naam, klas)
    monkeypatch.setattr(Store, "find_profile", find_together)
    codes = []
    runs = [threading.Thread(target=lambda: codes.append(main(
        ["speel", SCENARIO, "--pad", "beste", "--profiel", "Anna", "--saves", str(tmp_path)]))) for _ in range(2)]
    for run in runs:
        run.start()
    for run in runs:
        run.join(timeout=60)
    assert codes == [0, 0]
    [anna] = Store(tmp_path).profiles()
    assert len(Store(tmp_path).attempts(anna.id)) == 2


def test_temp_files_left_by_crashes_are_cleaned_everywhere_but_new_ones_are_left(tmp_path):
    store = Store(tmp_path)
    anna = store.create_profile("Anna")
    old = [tmp_path / ".docent.json.123-ab.tmp", tmp_path / "profielen" / anna.id / ".instellingen.json.4-cd.tmp",
           tmp_path / "xapi" / ".wachtrij.jsonl.5-ef.tmp", tmp_path / "profielen" / ".x.6-ab.tmp"]
    new = tmp_path / "profielen" / anna.id / ".autosave.json.7-ab.tmp"  # another window is writing it now
    for path in old + [new]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b'{"schema": 2, "half')
    hour_ago = time.time() - 3600
    for path in old:
        os.utime(path, (hour_ago, hour_ago))
    assert [p.naam for p in Store(tmp_path).profiles()] == ["Anna"]
    assert [p for p in old if p.exists()] == [] and new.exists()


def test_the_pin_cost_is_fixed_in_the_program_never_read_from_the_file(monkeypatch, tmp_path):
    costs = []
    real = hashlib.scrypt

    def counting(password, **kw):
        costs.append((kw["n"], kw["r"], kw["p"]))
        return real(password, **kw)
    monkeypatch.setattr(hashlib, "scrypt", counting)
    good = pin.hash_pin("1234")
    assert pin.check_pin("1234", good) and not pin.check_pin("4321", good)
    name, n, r, p, salt, digest = good.split("$")
    costly = "$".join([name, n, r, "64", salt, digest])  # p=64: seconds per check, from a file anyone can edit
    assert not pin.check_pin("1234", costly)
    assert not pin.check_pin("1234", "$".join([name, str(2**20), r, p, salt, digest]))
    assert set(costs) == {(pin.N, pin.R, pin.P)}

    store = Store(tmp_path)
    anna = store.create_profile("Anna", pin="1234")
    path = tmp_path / "profielen" / anna.id / "profiel.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "pin_hash": costly}), encoding="utf-8")
    assert not Store(tmp_path).check_pin(anna.id, "1234")
    assert set(costs) == {(pin.N, pin.R, pin.P)}


@pytest.mark.parametrize("naam, expected", [
    ("Anna de Vries", "Anna de Vries"), ("CON", "CON_"), ("nul", "nul_"), ("Com1", "Com1_"), ("lpt9", "lpt9_"),
    ("../../etc/passwd", "etc_passwd"), ("...", "anna-1a2b3c"), ("A" * 300, "A" * 60), ("CON.txt", "CON_txt"),
])
def test_export_names_are_short_and_never_a_windows_device(naam, expected):
    assert safe_file_name(naam, "anna-1a2b3c") == expected


def test_exporting_a_student_named_like_a_device_writes_a_normal_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    saves = tmp_path / "saves"
    store = Store(saves)
    con = store.create_profile("x")
    store.update_profile(con.id, naam="CON")  # an edited name
    school(tmp_path, monkeypatch)
    assert main(["profiel", "--exporteer", "CON", "--saves", str(saves), "--docent", TEACHER_PIN]) == 0
    assert json.loads((tmp_path / "CON_.json").read_text(encoding="utf-8"))["profiel"]["naam"] == "CON"


def test_a_deletion_that_cannot_finish_says_so_and_is_finished_later(tmp_path, monkeypatch, capsys, geladen):
    saves = tmp_path / "saves"
    store = Store(saves)
    anna = store.create_profile("Anna")
    store.record_attempt(anna.id, geladen, played(geladen), "oefenen", *times())
    school(tmp_path, monkeypatch)
    real_rmtree = shutil.rmtree
    monkeypatch.setattr(shutil, "rmtree", lambda *a, **k: None)  # a file held open on the share
    assert main(["profiel", "--verwijder", "Anna", "--ja", "--saves", str(saves), "--docent", TEACHER_PIN]) != 0
    out, err = capsys.readouterr()
    assert "zijn verwijderd" not in out
    assert "kon nog niet helemaal worden gewist" in err and ".verwijderd-anna-" in err
    assert Store(saves).find_profile("Anna") is None            # gone from the game at once
    assert list((saves / "profielen").glob(".verwijderd-*"))    # but the data is still there ...
    monkeypatch.setattr(shutil, "rmtree", real_rmtree)
    Store(saves).profiles()                                     # ... until the saves are opened again
    assert not list((saves / "profielen").glob(".verwijderd-*"))


def test_a_deletion_retries_a_rename_that_is_busy_for_a_moment(tmp_path, monkeypatch):
    store = Store(tmp_path)
    anna = store.create_profile("Anna")
    real_replace, busy = os.replace, [2]

    def scanner(src, dst):
        if ".verwijderd-" in os.fspath(dst) and busy[0]:
            busy[0] -= 1
            raise PermissionError(errno.EACCES, "in gebruik")
        return real_replace(src, dst)
    monkeypatch.setattr(os, "replace", scanner)
    store.delete_profile(anna.id)
    assert busy == [0] and store.profiles() == []


def test_the_lrs_commands_say_in_dutch_what_cannot_be_saved(tmp_path, monkeypatch, capsys):
    saves = tmp_path / "saves"
    Store(saves).create_profile("Anna")
    config = school(tmp_path, monkeypatch)
    from simulator.reporting.config import LrsConfig, save_lrs
    save_lrs(config, LrsConfig("http://127.0.0.1:9/xAPI/", timeout=1))
    read_only(monkeypatch, saves)               # a student's PC: the saves folder ...
    read_only(monkeypatch, config.folder)       # ... and the school configuration may not be written
    assert main(["lrs", "--verstuur", "--saves", str(saves)]) != 0
    assert main(["lrs", "--instellen", "https://lrs.school.invalid/xAPI/", "--saves", str(saves),
                 "--docent", TEACHER_PIN]) == 2
    err = capsys.readouterr().err
    assert "lukte niet" in err and "Traceback" not in err and "Errno" not in err
