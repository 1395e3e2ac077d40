"""What the build carries besides code: the fonts, and for the Windows programs the icon and version information.

Fonts are listed by exact path from simulator.ui.fonts (a glob once read `Lora[wght].ttf` as a character class
and silently left Lora out); a missing one stops the build. IT detection rules (Intune, SCCM, PDQ) read
FileVersion and ProductName from the .exe, so both come from simulator.__version__ at build time and can never
disagree with `juwelier-docent --version`. tools/juwelier.spec calls these; PyInstaller embeds the icon and
version files on Windows only.
"""

from __future__ import annotations

import re
from pathlib import Path

PRODUCT = "Juwelier-simulator"
COMPANY = "Juwelier-simulator"
COPYRIGHT = "MIT-licentie"
DUTCH_UNICODE = (0x0413, 1200)
"""Language Dutch (Netherlands) and code page 1200 (UTF-16): the string table is written in Dutch."""

class MissingFonts(SystemExit):
    """Stops the build (PyInstaller prints a SystemExit's message as it is, without a traceback)."""


def font_datas() -> list[tuple[str, str]]:
    """(source file, folder in the build) for every font file the game loads, or MissingFonts naming them."""
    from simulator.ui.fonts import font_file, used_font_files

    fonts = sorted(used_font_files())
    missing = [(package, name) for package, name in fonts if font_file(package, name) is None]
    if missing:
        packages = " ".join(sorted({package.replace("_", "-") for package, _ in missing}))
        raise MissingFonts("Build gestopt: deze lettertypen ontbreken in de Python-omgeving van de build: "
                           + ", ".join(f"{name} (pakket {package})" for package, name in missing)
                           + f".\nInstalleer ze opnieuw met: python -m pip install --force-reinstall {packages}")
    return [(str(font_file(package, name)), f"{package}/files") for package, name in fonts]


PROGRAMS = {
    "juwelier": "Juwelier-simulator: het oefenspel",
    "juwelier-docent": "Juwelier-simulator: opdrachten voor docenten en beheer",
}


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); a suffix such as 'rc1' or '.dev2' is dropped (Windows wants four numbers)."""
    leading = re.match(r"\d+(\.\d+)*", version)
    if leading is None:
        raise ValueError(f"versie {version!r} begint niet met een getal")
    numbers = [int(part) for part in leading.group(0).split(".")[:4]]
    numbers += [0] * (4 - len(numbers))
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"versie {version!r}: Windows staat per deel hoogstens 65535 toe")
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_file_text(version: str, program: str) -> str:
    """PyInstaller's version file (the text form of its VSVersionInfo) for one program."""
    numbers = version_numbers(version)
    language, codepage = DUTCH_UNICODE
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": PROGRAMS[program],
        "FileVersion": ".".join(map(str, numbers)),
        "InternalName": program,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{program}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""# Made by tools/exe_info.py from simulator.__version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('{language:04X}{codepage:04X}', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [{language:#06x}, {codepage}])])
  ]
)
"""


def write_resources(folder: Path, version: str) -> dict[str, Path]:
    """Write juwelier.ico and one version file per program into folder; returns their paths by name."""
    from simulator.ui.icon import ico_bytes

    folder.mkdir(parents=True, exist_ok=True)
    paths = {"icon": folder / "juwelier.ico"}
    paths["icon"].write_bytes(ico_bytes())
    for program in PROGRAMS:
        paths[program] = folder / f"versie-{program}.txt"
        paths[program].write_text(version_file_text(version, program), encoding="utf-8")
    return paths
