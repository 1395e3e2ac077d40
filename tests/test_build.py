"""The frozen build: PyInstaller makes one folder under 120 MB whose programs check and play scenarios."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_build_runs_controleer_and_a_headless_playthrough(tmp_path):
    build = subprocess.run([sys.executable, str(ROOT / "tools" / "build.py"), "--dist", str(tmp_path / "dist"),
                            "--werkmap", str(tmp_path / "work")], capture_output=True, text=True, encoding="utf-8")
    print(build.stdout[-2000:], build.stderr[-3000:])
    assert build.returncode == 0
    folder = tmp_path / "dist" / "juwelier"
    size_mb = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1_000_000
    print(f"build size: {size_mb:.1f} MB")
    assert size_mb < 120
    exe = folder / ("juwelier-docent.exe" if sys.platform == "win32" else "juwelier-docent")
    check = subprocess.run([str(exe), "controleer", str(folder / "_internal" / "scenarios")],
                           capture_output=True, text=True, encoding="utf-8")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "0 met fouten" in check.stdout
    play = subprocess.run([str(exe), "speel", "klacht-horlogeband-losgeschoten", "--pad", "beste", "--json"],
                          capture_output=True, text=True, encoding="utf-8")
    assert play.returncode == 0, play.stderr
    assert '"oordeel": "onvoldoende"' not in play.stdout and '"oordeel": "goed"' in play.stdout
    licences = list(folder.rglob("OFL*")) + list(folder.rglob("*LICENSE*"))
    assert licences, "de lettertypen gaan mee met hun licentie"
