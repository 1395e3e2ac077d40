"""What a teacher configures for reporting (the LRS), and the secret key behind pseudonyms.

The LRS lives in the school configuration (simulator.progress.school), never in the saves folder: an
`lrs.json` there could be written by any student, and would send every classmate's results, with names,
to a server of their choice. Privacy (AVG): without an LRS in the school configuration nothing is ever
sent anywhere. Pseudonyms are an HMAC of the profile id with a random key of the saves folder, so the same
student gets the same pseudonym in every export and statement, and nobody without the folder can turn it
back into a name.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import asdict, dataclass
from typing import Callable, Optional

from simulator.progress import School, Store

HOMEPAGE = "https://juwelier-simulator.invalid"
"""Default base for activity ids and pseudonymous accounts (.invalid: a name that is never a real site)."""


@dataclass(frozen=True)
class LrsConfig:
    """Where statements go, set by a teacher (`juwelier lrs --instellen`)."""

    endpoint: str
    """The LRS's xAPI base, e.g. https://lrs.school.nl/xAPI/ (statements go to <endpoint>/statements)."""
    gebruiker: str = ""
    wachtwoord: str = ""
    homepage: str = HOMEPAGE
    """The homePage of the students' accounts and the base of activity ids: the school's or LMS's address."""
    pseudoniem: bool = True
    """Send a stable hash instead of the student's name (the default, AVG)."""
    timeout: float = 10.0


def load_lrs(school: School) -> Optional[LrsConfig]:
    """The LRS of the school configuration; None when there is none (or its file is damaged): nothing is sent."""
    data = school.lrs()
    if data is None:
        return None
    known = {k: data[k] for k in LrsConfig.__dataclass_fields__ if data.get(k) is not None}
    return LrsConfig(**known)


def save_lrs(school: School, config: Optional[LrsConfig]) -> None:
    """Save (or with None: switch off) the LRS; SaveFailed (Dutch) without write rights to the school folder."""
    school.save_lrs(asdict(config) if config else None)


def pseudonymiser(store: Store) -> Callable[[str], str]:
    """A function profile id -> a stable, non-reversible code of 16 hex characters."""
    key = _key(store)
    return lambda profile_id: hmac.new(key, profile_id.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def _key(store: Store) -> bytes:
    data = store.read_json("privacy.json", "privacy") or {}
    if not data.get("sleutel"):
        with store.lock():
            data = store.read_json("privacy.json", "privacy") or {}
            if not data.get("sleutel"):
                data = {"sleutel": secrets.token_hex(32)}
                store.write_json("privacy.json", data, "privacy")
    return bytes.fromhex(data["sleutel"])
