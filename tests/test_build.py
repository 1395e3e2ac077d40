"""The school build: one PyInstaller folder under 120 MB with every font the game loads, programs that say their
own name and version, the shipped scenarios checked and played, and a rebuild that keeps the students' saves/.

One real build for the whole file (about 20-40 s); the swap into dist/ is also tested on small fake folders.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from simulator import __version__
from simulator.ui import fonts

ROOT = Path(__file__).resolve().parents[1]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(f"tools_{name}", ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_tool = _tool("build")
bundle = _tool("bundle")


def run(*args: object, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, encoding="utf-8", **kwargs)


# -- one real build, made over an earlier one that a school has been using -----------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("build")
    folder = base / "dist" / "juwelier"
    # What a deployed portable folder holds: students' work, the school's settings, and an older build.
    (folder / "saves" / "profielen" / "sanne-1a2b3c").mkdir(parents=True)
    (folder / "saves" / "profielen" / "sanne-1a2b3c" / "profiel.json").write_text('{"naam": "Sanne"}')
    (folder / "schoolinstellingen").mkdir()
    (folder / "schoolinstellingen" / "docent.json").write_text("{}")
    (folder / "_internal").mkdir()
    (folder / "_internal" / "van-de-vorige-build.txt").write_text("oud")
    (folder / f"juwelier-docent{EXE_SUFFIX}").write_text("oud programma")
    result = run(sys.executable, ROOT / "tools" / "build.py", "--dist", base / "dist", "--werkmap", base / "work")
    print(result.stdout[-2000:], result.stderr[-3000:])
    assert result.returncode == 0, result.stderr[-3000:]
    return folder, base / "work", result.stdout


def program(folder: Path, name: str) -> Path:
    return folder / f"{name}{EXE_SUFFIX}"


def test_the_build_reports_its_size_on_disk_under_the_limit(built):
    folder, _, stdout = built
    line = re.search(r"Klaar: .*\((\d+\.\d) MB; grens 120 MB; \d+ s\)", stdout)
    assert line is not None, stdout
    reported = float(line.group(1))
    ours = sum(build_tool.folder_size(folder / name) if (folder / name).is_dir() else (folder / name).stat().st_size
               for name in build_tool.OURS if (folder / name).exists())
    assert reported == pytest.approx(ours / 1_000_000, abs=0.1)
    assert reported < 120


def test_every_font_the_game_loads_is_in_the_build(built):
    folder, _, _ = built
    expected = fonts.used_font_files()
    assert ("fontpkg_lora", "Lora[wght].ttf") in expected  # the title font the old glob lost
    missing = [f"{p}/{n}" for p, n in expected if not (folder / "_internal" / p / "files" / n).is_file()]
    assert missing == []


def test_the_built_game_draws_with_its_own_fonts_and_says_nothing_is_missing(built, tmp_path):
    folder, _, _ = built
    for familie in ("standaard", "leesbaar"):
        shot = run(program(folder, "juwelier-docent"), "screenshot", "--scherm", "start", "--lettertype", familie,
                   "--uit", tmp_path / f"{familie}.png")
        assert shot.returncode == 0, shot.stderr
        assert "ontbreekt" not in shot.stderr
        assert (tmp_path / f"{familie}.png").stat().st_size > 10_000


def test_both_programs_say_their_name_and_version(built):
    folder, _, _ = built
    # On Windows the game (juwelier.exe) is a window program without a console: it has nowhere to print.
    for name in ("juwelier-docent",) if sys.platform == "win32" else ("juwelier-docent", "juwelier"):
        answer = run(program(folder, name), "--version")
        assert answer.returncode == 0, answer.stderr
        assert answer.stdout.strip() == f"{name} (Juwelier-simulator) {__version__}"


def test_the_teacher_program_names_itself_in_its_help(built):
    folder, _, _ = built
    help_text = run(program(folder, "juwelier-docent"), "controleer", "--help").stdout
    assert help_text.startswith("usage: juwelier-docent controleer")


def test_the_build_checks_and_plays_the_shipped_scenarios(built):
    folder, _, _ = built
    check = run(program(folder, "juwelier-docent"), "controleer", folder / "_internal" / "scenarios")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "0 met fouten" in check.stdout
    play = run(program(folder, "juwelier-docent"), "speel", "klacht-horlogeband-losgeschoten", "--pad", "beste",
               "--json")
    assert play.returncode == 0, play.stderr
    assert '"oordeel": "onvoldoende"' not in play.stdout and '"oordeel": "goed"' in play.stdout


def test_the_fonts_go_with_their_licence(built):
    folder, _, _ = built
    licences = list(folder.rglob("OFL*")) + list(folder.rglob("*LICENSE*"))
    assert any("lora" in str(path).lower() for path in licences)


def test_a_rebuild_keeps_saves_and_the_school_settings_and_replaces_the_old_build(built):
    folder, _, stdout = built
    assert (folder / "saves" / "profielen" / "sanne-1a2b3c" / "profiel.json").read_text() == '{"naam": "Sanne"}'
    assert (folder / "schoolinstellingen" / "docent.json").exists()
    assert not (folder / "_internal" / "van-de-vorige-build.txt").exists()
    assert program(folder, "juwelier-docent").read_bytes() != b"oud programma"
    assert "Blijven staan (niet van de build): saves, schoolinstellingen" in stdout


def test_the_windows_version_information_carries_the_package_version(built):
    _, work, _ = built
    for name in ("juwelier", "juwelier-docent"):
        strings = _version_strings((work / "juwelier" / "programma" / f"versie-{name}.txt").read_text("utf-8"))
        numbers = ".".join(str(n) for n in bundle.version_numbers(__version__))
        assert strings["FileVersion"] == numbers and strings["ProductVersion"] == __version__
        assert strings["ProductName"] == "Juwelier-simulator" and strings["CompanyName"]
        assert strings["OriginalFilename"] == f"{name}.exe"
        assert strings["ffi.filevers"] == strings["ffi.prodvers"] == bundle.version_numbers(__version__)


def test_the_program_icon_holds_the_logo_at_every_windows_size(built):
    _, work, _ = built
    data = (work / "juwelier" / "programma" / "juwelier.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = []
    for i in range(count):
        side, _, _, _, _, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert bits == 32 and data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.append(side or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def _version_strings(text: str) -> dict:
    """Read PyInstaller's version file the way PyInstaller does (eval), with recording stand-ins for its classes."""
    found: dict = {}

    def fixed(**fields):
        found.update({f"ffi.{k}": v for k, v in fields.items()})

    def string(key, value):
        found[key] = value

    names = {"VSVersionInfo": lambda **kw: kw, "FixedFileInfo": fixed, "StringFileInfo": lambda kids: kids,
             "StringTable": lambda lang, kids: kids, "StringStruct": string, "VarFileInfo": lambda kids: kids,
             "VarStruct": lambda name, values: values}
    ast.parse(text, mode="eval")
    eval(text, {"__builtins__": {}}, names)  # our own generated file, read as PyInstaller reads it
    return found


# -- the swap into dist/juwelier, on small fake folders ---------------------------------------------------------

def _fake_build(path: Path) -> Path:
    (path / "_internal").mkdir(parents=True)
    (path / "_internal" / "nieuw.txt").write_text("nieuw")
    for name in ("juwelier", "juwelier-docent"):
        (path / name).write_text("nieuw programma")
    return path


def test_install_replaces_only_the_builds_own_parts(tmp_path):
    target = tmp_path / "dist" / "juwelier"
    (target / "saves").mkdir(parents=True)
    (target / "saves" / "werk.json").write_text("werk van een student")
    (target / "LEESMIJ-school.txt").write_text("van de ICT")
    (target / "_internal").mkdir()
    (target / "_internal" / "oud.txt").write_text("oud")
    (target / "juwelier.exe").write_text("oud programma")  # an old Windows build in the same folder
    kept = build_tool.install(_fake_build(tmp_path / "nieuw"), target, tmp_path / "vorige")
    assert kept == ["LEESMIJ-school.txt", "saves"]
    assert (target / "saves" / "werk.json").read_text() == "werk van een student"
    assert sorted(p.name for p in target.iterdir()) == ["LEESMIJ-school.txt", "_internal", "juwelier",
                                                        "juwelier-docent", "saves"]
    assert [p.name for p in (target / "_internal").iterdir()] == ["nieuw.txt"]
    assert not (tmp_path / "vorige").exists()


def test_install_into_a_new_folder(tmp_path):
    assert build_tool.install(_fake_build(tmp_path / "nieuw"), tmp_path / "dist" / "juwelier", tmp_path / "v") == []
    assert (tmp_path / "dist" / "juwelier" / "_internal" / "nieuw.txt").exists()


def test_a_failed_swap_puts_the_old_build_back_and_says_why_in_dutch(tmp_path, monkeypatch):
    target = tmp_path / "juwelier"
    (target / "_internal").mkdir(parents=True)
    (target / "_internal" / "oud.txt").write_text("oud")
    (target / "juwelier").write_text("oud programma")
    (target / "saves").mkdir()
    real_move = build_tool.shutil.move
    calls = []

    def move(src, dst):
        calls.append(src)
        if len(calls) == 4:  # the old parts are aside, one new part is in: then Windows says the file is in use
            raise PermissionError("Het proces heeft geen toegang tot het bestand")
        return real_move(src, dst)

    monkeypatch.setattr(build_tool.shutil, "move", move)
    with pytest.raises(build_tool.BuildError, match="Draait het spel nog vanuit deze map"):
        build_tool.install(_fake_build(tmp_path / "nieuw"), target, tmp_path / "vorige")
    assert (target / "_internal" / "oud.txt").read_text() == "oud"
    assert (target / "juwelier").read_text() == "oud programma"
    assert not (target / "juwelier-docent").exists() and (target / "saves").is_dir()


def test_a_build_that_ships_a_saves_folder_is_refused(tmp_path):
    built = _fake_build(tmp_path / "nieuw")
    (built / "saves").mkdir()
    (tmp_path / "juwelier" / "saves").mkdir(parents=True)
    with pytest.raises(build_tool.BuildError, match="van de school"):
        build_tool.install(built, tmp_path / "juwelier", tmp_path / "vorige")
    assert (tmp_path / "juwelier" / "saves").is_dir()


# -- fonts, size and version parts of the build ------------------------------------------------------------------

def test_a_font_missing_from_the_environment_stops_the_build_with_a_dutch_message(monkeypatch):
    real = fonts.font_file
    monkeypatch.setattr(fonts, "font_file", lambda p, n: None if p == "fontpkg_lora" else real(p, n))
    with pytest.raises(SystemExit) as stop:
        bundle.font_datas()
    message = str(stop.value)
    assert "Build gestopt" in message and "Lora[wght].ttf" in message
    assert "python -m pip install --force-reinstall fontpkg-lora" in message


def test_the_build_lists_every_font_by_its_exact_file():
    datas = bundle.font_datas()
    assert sorted(Path(source).name for source, _ in datas) == sorted(n for _, n in fonts.used_font_files())
    assert all(Path(source).is_file() for source, _ in datas)


def test_a_built_folder_without_a_font_is_caught(tmp_path):
    for package, name in fonts.used_font_files():
        (tmp_path / "_internal" / package / "files").mkdir(parents=True, exist_ok=True)
        if name != "Lora[wght].ttf":
            (tmp_path / "_internal" / package / "files" / name).write_bytes(b"font")
    assert build_tool.missing_fonts(tmp_path) == ["fontpkg_lora/files/Lora[wght].ttf"]


def test_the_size_counts_a_linked_library_once(tmp_path):
    (tmp_path / "libSDL2.so.0.3200.10").write_bytes(b"x" * 1000)
    os.link(tmp_path / "libSDL2.so.0.3200.10", tmp_path / "libSDL2-hardlink.so")
    try:
        os.symlink(tmp_path / "libSDL2.so.0.3200.10", tmp_path / "libSDL2.so")
    except OSError:
        pass  # Windows without developer mode may not make symlinks; the hard link is still counted once
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "a.yaml").write_bytes(b"y" * 10)
    assert build_tool.folder_size(tmp_path) == 1010


@pytest.mark.parametrize("version, numbers", [("0.1.0", (0, 1, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)),
                                              ("2.0rc1", (2, 0, 0, 0)), ("1.4.0.dev3", (1, 4, 0, 0))])
def test_windows_file_versions_are_four_numbers(version, numbers):
    assert bundle.version_numbers(version) == numbers


def test_pyproject_and_the_program_agree_on_the_version():
    match = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text("utf-8"), re.MULTILINE)
    assert match is not None and match.group(1) == __version__
