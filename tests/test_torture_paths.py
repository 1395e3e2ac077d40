"""A scenario cannot point outside the scenario or assets folder: a portrait is an id from the catalogue, and
every other name (steps, objects, tools) is an id without slashes. `juwelier controleer` refuses paths in Dutch."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE = (Path(__file__).resolve().parent / "data" / "ontvangst.yaml").read_text(encoding="utf-8")
WORKBENCH = (ROOT / "scenarios" / "B1-K1-W2" / "horlogeband-inkorten.yaml").read_text(encoding="utf-8")
PERSON = 'klant: {naam: "Mevrouw De Vries", stemming: neutraal}'

PORTRAITS = ["../../etc/passwd", "/etc/passwd", "..\\..\\Windows\\win.ini", "C:\\Windows\\win.ini",
             "../assets/portretten.yaml", "file:///etc/passwd"]
IDS = ["../../etc/passwd", "/etc/passwd", "..\\..\\boot.ini", "sub/map"]


def _portrait(value: str) -> str:
    return BASE.replace(PERSON, f'klant: {{naam: "Mevrouw De Vries", portret: \'{value}\', stemming: neutraal}}')


def _controleer(folder: Path) -> tuple[int, str]:
    run = subprocess.run([sys.executable, "-m", "simulator", "controleer", str(folder)], capture_output=True,
                         text=True, encoding="utf-8", cwd=ROOT, timeout=120)
    assert "Traceback" not in run.stdout + run.stderr
    return run.returncode, run.stdout


def test_controleer_refuses_paths_where_a_scenario_names_an_asset_or_step(tmp_path):
    expected = {}
    for n, value in enumerate(PORTRAITS):
        (tmp_path / f"portret-{n}.yaml").write_text(_portrait(value), encoding="utf-8")
        expected[f"portret-{n}.yaml"] = ("J306", f"Portret '{value}' bestaat niet.")
    for n, value in enumerate(IDS):
        quoted = f"'{value}'"
        files = {
            f"id-{n}.yaml": BASE.replace("id: test-winkel-ontvangst", f"id: {quoted}"),
            f"naar-{n}.yaml": BASE.replace("naar: einde-goed", f"naar: {quoted}"),
            f"voorwerp-{n}.yaml": WORKBENCH.replace("voorwerp: horlogeband-schakels", f"voorwerp: {quoted}", 1),
        }
        for name, text in files.items():
            assert text.count(value) == 1, f"{name}: the test did not put the path into the file"
            (tmp_path / name).write_text(text, encoding="utf-8")
            expected[name] = ("J206", f"{quoted} is geen geldige naam.")

    code, out = _controleer(tmp_path)

    assert code == 1
    for name, (code_expected, message) in expected.items():
        lines = [line for line in out.splitlines() if line.startswith(str(tmp_path / name) + ":")]
        assert any(f"fout {code_expected}: {message}" in line for line in lines), f"{name}:\n" + "\n".join(lines)
    assert f"{len(expected)} bestand(en) gecontroleerd: 0 in orde, {len(expected)} met fouten" in out


def test_the_untouched_files_pass_so_only_the_path_is_refused(tmp_path):
    (tmp_path / "ontvangst.yaml").write_text(_portrait("klant-vrouw-70"), encoding="utf-8")
    (tmp_path / "werkbank.yaml").write_text(WORKBENCH, encoding="utf-8")
    code, out = _controleer(tmp_path)
    assert code == 0, out
