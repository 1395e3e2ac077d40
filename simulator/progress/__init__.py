"""Profiles, attempts, mastery and lessons, kept in a saves folder that never loses work.

Public API:
    saves_dir(args_or_none) -> Path       where the saves are (--saves, JUWELIER_SAVES, portable, user data)
    Store(folder)                          profiles, settings, attempts, autosave, mastery, lessons, notices
    School.find(args, saves)               the school configuration: teacher PIN, LRS, scenario folders, lessons
    Profile, Attempt, CriteriumResultaat   what is saved (value objects)
    CriteriumBeheersing, WerkprocesBeheersing, Suggestie   what Store.mastery / Store.suggestion give
    Opdracht                               a lesson a teacher prepared
    SaveBusy, SaveFailed, UnknownProfile, ProfileExists
"""

from simulator.progress.assignments import Opdracht
from simulator.progress.files import SaveFailed
from simulator.progress.location import saves_dir
from simulator.progress.mastery import Beheersing, CriteriumBeheersing, Suggestie, WerkprocesBeheersing
from simulator.progress.models import Attempt, CriteriumResultaat, Profile
from simulator.progress.school import School, school_dir
from simulator.progress.store import Hervatpunt, ProfileExists, SaveBusy, Store, UnknownProfile

__all__ = [
    "Attempt", "Beheersing", "CriteriumBeheersing", "CriteriumResultaat", "Hervatpunt", "Opdracht", "Profile", "ProfileExists",
    "SaveBusy", "SaveFailed", "School", "Store", "Suggestie", "UnknownProfile", "WerkprocesBeheersing", "saves_dir",
    "school_dir",
]
