"""Hostile things in a scenario folder (issue 12 §1): links out of the folder are not followed, pipes, devices and
sockets are refused without being opened, a huge file is refused without being read. Each is a Dutch problem
for that entry only; the other files load, and nothing hangs."""

import os
import socket
import subprocess
import sys
from pathlib import Path

from simulator import content
from simulator.content.files import read_scenario
from test_loading import GOOD

ROOT = Path(__file__).resolve().parents[1]
SECRET = "geheim-wachtwoord-van-de-directeur: hunter2"
"""A line of a file outside the folder: it must never show up in any message."""

J120 = "Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); ik lees het niet."
J121 = "Dit is een link naar een plek buiten de scenariomap; die volg ik niet."


def _outside(tmp_path: Path) -> Path:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    (elsewhere / "wachtwoorden.yaml").write_text(SECRET + "\n" + "regel: twee\n" * 3, encoding="utf-8")
    (elsewhere / "ander-scenario.yaml").write_text(GOOD.replace("id: mini", "id: van-elders"), encoding="utf-8")
    return elsewhere


def _hostile_folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A scenario folder with one good file and every hostile entry this platform can make: name -> J-code."""
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "mini.yaml").write_text(GOOD, encoding="utf-8")
    elsewhere = _outside(tmp_path)
    expected = {}
    os.symlink(elsewhere / "wachtwoorden.yaml", folder / "link-naar-buiten.yaml")
    expected["link-naar-buiten.yaml"] = "J121"
    os.symlink(elsewhere, folder / "map-naar-buiten", target_is_directory=True)
    expected["map-naar-buiten"] = "J121"
    (folder / "sub").mkdir()
    (folder / "sub" / "in-de-map.yaml").write_text(GOOD.replace("id: mini", "id: in-de-map"), encoding="utf-8")
    os.symlink(folder / "sub" / "in-de-map.yaml", folder / "link-binnen-de-map.yaml")  # stays inside: followed
    if os.path.exists("/dev/zero"):
        os.symlink("/dev/zero", folder / "nul.yaml")
        expected["nul.yaml"] = "J121"
    if os.path.exists("/etc/passwd"):
        os.symlink("/etc/passwd", folder / "passwd.yaml")
        expected["passwd.yaml"] = "J121"
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pijp.yaml")
        expected["pijp.yaml"] = "J120"
    if hasattr(socket, "AF_UNIX"):
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(folder / "stopcontact.yaml"))
        sock.close()
        expected["stopcontact.yaml"] = "J120"
    return folder, expected


def test_controleer_refuses_every_hostile_entry_by_name_and_checks_the_rest(tmp_path):
    folder, expected = _hostile_folder(tmp_path)
    run = subprocess.run([sys.executable, "-m", "simulator", "controleer", str(folder)], capture_output=True,
                         text=True, encoding="utf-8", cwd=ROOT, timeout=120)  # a pipe that is opened never returns
    out = run.stdout + run.stderr
    assert "Traceback" not in out and SECRET not in out and "regel: twee" not in out and "root:" not in out
    for name, code in expected.items():
        message = J121 if code == "J121" else J120
        assert f"{folder / name}: fout {code}: {message}" in run.stdout, name
    assert f"{folder / 'mini.yaml'}:" not in run.stdout and f"{folder / 'link-binnen-de-map.yaml'}:" not in run.stdout
    files = len(expected) + 3  # mini, sub/in-de-map and the link to it
    assert f"{files} bestand(en) gecontroleerd: 3 in orde, {len(expected)} met fouten" in run.stdout
    assert run.returncode == 1


def test_the_library_loads_the_good_files_and_lists_the_hostile_ones(tmp_path):
    folder, expected = _hostile_folder(tmp_path)
    library = content.load_library([folder])
    assert sorted(library.scenarios) == ["in-de-map", "mini"]
    refused = {Path(path).name: [p.code for p in problems] for path, problems in library.mislukt.items()}
    # the link inside the folder is followed (it comes first by name), so the file itself is the same id again
    assert refused == {**{name: [code] for name, code in expected.items()}, "in-de-map.yaml": ["J312"]}
    assert "van-elders" not in library.scenarios, "a folder linked from elsewhere is not entered"


def test_a_device_named_directly_is_refused_before_it_is_opened(tmp_path):
    device = Path("/dev/zero") if os.path.exists("/dev/zero") else Path(os.devnull)
    run = subprocess.run([sys.executable, "-m", "simulator", "controleer", str(device)], capture_output=True,
                         text=True, encoding="utf-8", cwd=ROOT, timeout=120)
    assert "Traceback" not in run.stdout + run.stderr
    assert f"{device}: fout J120: {J120}" in run.stdout


def test_a_pipe_named_directly_does_not_hang_kaart_or_speel(tmp_path):
    if not hasattr(os, "mkfifo"):  # Windows has no named pipes in the file system: nothing to hang on
        return
    pipe = tmp_path / "pijp.yaml"
    os.mkfifo(pipe)
    for args in (["kaart", str(pipe), "--mermaid"], ["speel", str(pipe), "--pad", "beste"]):
        run = subprocess.run([sys.executable, "-m", "simulator", *args], capture_output=True, text=True,
                             encoding="utf-8", cwd=ROOT, timeout=120)
        assert run.returncode == 1 and f"{pipe}: fout J120: {J120}" in run.stderr, args


def test_a_link_to_a_file_outside_is_never_read(tmp_path, monkeypatch):
    folder, _ = _hostile_folder(tmp_path)
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **k: opened.append(Path(path)) or real_open(path, *a, **k))
    content.check_all([folder])
    assert {p.name for p in opened} == {"mini.yaml", "in-de-map.yaml", "link-binnen-de-map.yaml"}


def test_a_huge_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    huge = tmp_path / "groot.yaml"
    with open(huge, "wb") as fh:
        fh.truncate(3 * 1024**3)  # 3 GB, sparse: it takes no room, but reading it would take all memory
    monkeypatch.setattr(os, "read", lambda *a: (_ for _ in ()).throw(AssertionError("the file was read")))
    [p] = content.check(huge).problemen
    assert (p.code, p.bericht) == ("J101", "Het bestand is te groot (3145728 kB; hooguit 976 kB).")


def test_reading_stops_after_the_limit(tmp_path, monkeypatch):
    """A file that grows between the size check and the read (or lies about its size) is read no further than
    one byte past the limit: enough to say it is too big."""
    import simulator.content.files as files
    from simulator.content.yaml_source import MAX_BYTES

    path = tmp_path / "groeit.yaml"
    path.write_bytes(b"x" * (3 * MAX_BYTES))
    real_stat = os.stat

    class Shrunk:
        def __init__(self, info):
            self.st_mode, self.st_size = info.st_mode, 100

    monkeypatch.setattr(files.os, "stat", lambda p, *a, **k: Shrunk(real_stat(p, *a, **k)))
    assert len(read_scenario(path)) == MAX_BYTES + 1


def test_missing_and_unreadable_files_are_told_in_dutch(tmp_path):
    [p] = content.check(tmp_path / "bestaat-niet.yaml").problemen
    assert (p.code, p.bericht) == ("J100", "Dit bestand of deze map bestaat niet.")
    loop = tmp_path / "lus.yaml"
    os.symlink(loop, loop)
    [p] = content.check(loop).problemen
    assert (p.code, p.bericht) == ("J100", "Dit is een link die steeds naar zichzelf blijft verwijzen.")
