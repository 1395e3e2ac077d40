"""Shared test set-up: headless SDL, and a test run that writes nothing into the checkout or the home folder.

Every folder the program or a library could write to (saves, caches, the home folder, XDG folders, Python's
bytecode cache, hypothesis's example database) points into one temporary folder for the whole run, also for the
subprocesses the tests start; it is removed at the end.
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "scenarios"

_SANDBOX = Path(tempfile.mkdtemp(prefix="juwelier-tests-"))
_PYTEST_PYCACHE = Path(__file__).parent / "__pycache__"
"""pytest writes this file's own rewritten bytecode there before any line here runs (every test module after it
goes to the sandbox): removed at the end, with the folder when nothing else is in it."""

for _name, _sub in [("HOME", "home"), ("USERPROFILE", "home"), ("APPDATA", "appdata"), ("LOCALAPPDATA", "localappdata"),
                    ("XDG_CACHE_HOME", "cache"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                    ("XDG_STATE_HOME", "state"), ("JUWELIER_CACHE", "juwelier-cache"),
                    ("JUWELIER_SAVES", "saves"), ("PYTHONPYCACHEPREFIX", "pycache"),
                    ("HYPOTHESIS_STORAGE_DIRECTORY", "hypothesis"), ("MYPY_CACHE_DIR", "mypy")]:
    (_SANDBOX / _sub).mkdir(exist_ok=True)
    os.environ[_name] = str(_SANDBOX / _sub)
sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"]
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from hypothesis import settings  # noqa: E402 - after the environment is set

settings.register_profile("juwelier", database=None, deadline=None)
settings.load_profile("juwelier")


def pytest_unconfigure(config):
    shutil.rmtree(_SANDBOX, ignore_errors=True)
    for pyc in _PYTEST_PYCACHE.glob("conftest.*-pytest-*.pyc"):
        pyc.unlink(missing_ok=True)
    try:
        _PYTEST_PYCACHE.rmdir()  # only when empty: a developer's own files there stay
    except OSError:
        pass
