"""The school configuration: what acts for the whole class, kept where students cannot write.

Students must be able to write the saves folder, so nothing that gives power over the class is read from it.
The teacher PIN, the LRS (where results go, with a password), extra scenario folders and lessons live in a
folder of their own that IT (or a teacher with write rights) sets up and students may only read:

    schoolinstellingen/docent.json           the teacher PIN hash (juwelier docent --instellen)
    schoolinstellingen/lrs.json              the LRS (juwelier lrs --instellen)
    schoolinstellingen/scenariomappen.json   extra scenario folders (juwelier docent --scenariomap, or in the game)
    schoolinstellingen/opdrachten/*.yaml     lessons

Where it is: `--school MAP` (teacher commands), else the JUWELIER_SCHOOL environment variable (IT points it
at a share), else `schoolinstellingen/` beside the program (read-only for students under Program Files).
The game never creates it: a missing or damaged teacher file locks the teacher functions, and says how a
teacher or IT sets the PIN up. A school folder inside the saves folder is refused, as if it were not there.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Optional

from simulator import paths
from simulator.progress import pin as _pin
from simulator.progress.files import LIMITS, Damaged, SaveFailed, atomic_write, parse, read_regular
from simulator.progress.migrations import SCHEMA

ENV = "JUWELIER_SCHOOL"
FOLDER = "schoolinstellingen"
PIN_MIN = 6
"""Characters of a teacher PIN. Its hash can be read by students (the game checks it on their PCs), so a
short PIN could be guessed offline; six digits make that a matter of hours, not minutes."""

Status = Literal["ingesteld", "ontbreekt", "kapot", "onveilig"]


def school_dir(args=None) -> Path:
    """The school configuration folder for this run (not created here)."""
    chosen = getattr(args, "school", None) if args is not None else None
    if chosen:
        return Path(chosen).expanduser()
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    return paths.beside_program() / FOLDER


def teacher_command() -> str:
    """How a teacher runs a command on this installation: the build has a separate console program."""
    return "juwelier-docent" if getattr(sys, "frozen", False) else "juwelier"


@dataclass(frozen=True)
class Slot:
    """Whether the teacher functions open with a PIN; if not, why and how to set it up (Dutch)."""

    status: Status
    reden: str = ""

    @property
    def open(self) -> bool:
        return self.status == "ingesteld"


class School:
    """The school configuration of one installation. Reading never writes; writing needs rights to the folder."""

    def __init__(self, folder, saves=None):
        self.folder = Path(folder)
        self.saves = Path(saves) if saves is not None else None
        """The saves folder in use, if known: a school folder inside it is not trusted."""

    @classmethod
    def find(cls, args=None, saves=None) -> "School":
        return cls(school_dir(args), saves)

    # -- the teacher PIN -------------------------------------------------------------------------

    def teacher(self) -> Slot:
        command = f"{teacher_command()} docent --instellen"
        if self._inside_saves():
            return Slot("onveilig", f"De docentfuncties zijn op slot: de schoolinstellingen ({self.folder}) staan in "
                        "de opslagmap, waar studenten kunnen schrijven. Laat de ICT-afdeling een andere map kiezen "
                        f"(de omgevingsvariabele {ENV}; zie de installatiehandleiding).")
        try:
            data = self._read("docent.json", "docent")
        except _NoAccess:
            return Slot("kapot", f"De docentfuncties zijn op slot: deze gebruiker mag het bestand met de docentpincode "
                        f"({self.folder / 'docent.json'}) niet lezen. Log in als docent, of vraag de ICT-afdeling.")
        except Damaged:
            return Slot("kapot", f"De docentfuncties zijn op slot: het bestand met de docentpincode "
                        f"({self.folder / 'docent.json'}) is beschadigd. Stel de pincode opnieuw in met: {command} "
                        "(door de ICT-afdeling of een docent die in die map mag schrijven).")
        if data is None or not data.get("pin_hash"):
            return Slot("ontbreekt", f"De docentfuncties zijn op slot: er is nog geen docentpincode ingesteld in de "
                        f"schoolinstellingen ({self.folder}). Vraag de ICT-afdeling, of stel hem in op een computer "
                        f"waar je in die map mag schrijven: {command}")
        if not _pin.well_formed(data["pin_hash"]):
            return Slot("kapot", f"De docentfuncties zijn op slot: de docentpincode in {self.folder / 'docent.json'} "
                        f"is niet door dit programma gemaakt. Stel hem opnieuw in met: {command}")
        return Slot("ingesteld")

    def check_teacher_pin(self, pin: str) -> bool:
        """True only for the right PIN of a teacher file that is set up and whole; never without one."""
        if not self.teacher().open:
            return False
        try:
            data = self._read("docent.json", "docent") or {}
        except Damaged:  # changed since we looked: locked
            return False
        return _pin.check_pin(pin, data.get("pin_hash"))

    def set_teacher_pin(self, pin: str) -> None:
        """Write the teacher PIN hash (makes the folder). Only someone with write rights to the folder can."""
        if len(str(pin).strip()) < PIN_MIN:
            raise ValueError(f"Een docentpincode heeft minstens {PIN_MIN} tekens.")
        if self._inside_saves():
            raise ValueError(self.teacher().reden)
        self._write("docent.json", {"pin_hash": _pin.hash_pin(pin)}, "docent")

    # -- what else acts for the class -------------------------------------------------------------

    def lrs(self) -> Optional[dict]:
        """The LRS settings as saved (None: no LRS, or a damaged file: then nothing is sent)."""
        try:
            data = self._trusted("lrs.json", "lrs")
        except Damaged:
            return None
        return data if data and data.get("endpoint") else None

    def save_lrs(self, data: Optional[dict]) -> None:
        self._write("lrs.json", data or {"endpoint": None}, "lrs")

    def scenario_folders(self) -> list[Path]:
        """Extra scenario folders, as the teacher listed them (a listed folder may not exist on this PC)."""
        try:
            data = self._trusted("scenariomappen.json", "scenariomappen") or {}
        except Damaged:
            return []
        return [Path(p) for p in data.get("mappen") or [] if p.strip()]

    def save_scenario_folders(self, folders: list[str]) -> None:
        self._write("scenariomappen.json", {"mappen": list(dict.fromkeys(folders))}, "scenariomappen")

    def lesson_folders(self) -> list[Path]:
        return [] if self._inside_saves() else [self.folder / "opdrachten"]

    def problems(self) -> list[str]:
        """Dutch notices for the teacher about the school configuration itself (a damaged file)."""
        found = []
        for name, soort in (("lrs.json", "lrs"), ("scenariomappen.json", "scenariomappen")):
            try:
                self._trusted(name, soort)
            except Damaged as exc:
                found.append(f"{self.folder / name} is beschadigd ({exc}) en wordt niet gebruikt. "
                             "Stel het opnieuw in.")
        return found

    def left_in_saves(self, saves: Path) -> list[tuple[str, str]]:
        """(kind, Dutch notice) for what an older version kept in the saves folder, no longer read because every
        student can change it there: docent, lrs, scenariomappen, opdrachten."""
        command = teacher_command()
        found = []
        if _has(saves / "docent.json"):
            found.append(("docent", f"De docentpincode in de opslagmap ({saves / 'docent.json'}) wordt niet meer gebruikt: elke "
                         f"student kon hem veranderen. Stel hem in de schoolinstellingen in met: {command} docent "
                         "--instellen. Daarna mag docent.json uit de opslagmap weg."))
        if _has(saves / "lrs.json"):
            found.append(("lrs", f"De LRS-koppeling in de opslagmap ({saves / 'lrs.json'}) wordt niet meer gebruikt: elke "
                         "student kon hem veranderen. Er wordt niets verstuurd tot het LRS opnieuw is ingesteld met: "
                         f"{command} lrs --instellen. Verwijder daarna lrs.json en lrs.json.bak* uit de opslagmap: "
                         "er staat een wachtwoord in."))
        if _has(saves / "scenariomappen.json"):
            found.append(("scenariomappen", f"De extra scenariomappen in de opslagmap ({saves / 'scenariomappen.json'}) worden niet meer "
                         f"gelezen. Zet ze in de schoolinstellingen met: {command} docent --scenariomap MAP."))
        try:
            lessons = [p for p in (saves / "opdrachten").iterdir() if p.suffix.lower() in (".yaml", ".yml")]
        except OSError:
            lessons = []
        if lessons:
            found.append(("opdrachten", f"De opdrachten in de opslagmap ({saves / 'opdrachten'}) worden niet meer "
                                        f"gelezen. Verplaats ze naar {self.folder / 'opdrachten'}."))
        return found

    # -- files ------------------------------------------------------------------------------------

    def _trusted(self, name: str, soort: str) -> Optional[dict]:
        """A file of the school folder, or None when it is missing or the folder cannot be trusted."""
        return None if self._inside_saves() else self._read(name, soort)

    def _read(self, name: str, soort: str) -> Optional[dict]:
        try:
            return parse(read_regular(self.folder / name, LIMITS[soort]), soort)
        except FileNotFoundError:
            return None
        except PermissionError:  # IT may hide docent.json from students: locked for them, never a way in
            raise _NoAccess("niet te lezen") from None
        except OSError as exc:
            raise Damaged(f"niet te lezen: {exc.strerror or exc}") from None

    def _write(self, name: str, data: dict, soort: str) -> None:
        payload = _json({"schema": SCHEMA, "soort": soort, **data})
        try:
            atomic_write(self.folder / name, payload)
        except OSError as exc:
            raise SaveFailed(f"Opslaan in de schoolinstellingen ({self.folder}) lukte niet: je mag daar niet "
                             f"schrijven, of de map is er niet ({exc.strerror or exc}). Dat hoort zo voor "
                             "studenten; de ICT-afdeling of een docent met schrijfrechten stelt dit in.") from None

    def _inside_saves(self) -> bool:
        if self.saves is None:
            return False
        try:
            school, saves = self.folder.resolve(), self.saves.resolve()
        except OSError:
            return False
        return school == saves or saves in school.parents


class _NoAccess(Damaged):
    """This user may not read the file (on purpose: IT can keep docent.json from students)."""


def _has(path: Path) -> bool:
    return os.path.lexists(path)


def _json(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
