"""What a teacher configures for reporting (the LRS) and the secret key behind pseudonyms, kept in the saves folder.

Privacy (AVG): without an `lrs.json` nothing is ever sent anywhere. Pseudonyms are an HMAC of the
profile id with a random key of this saves folder, so the same student gets the same pseudonym in
every export and statement, and nobody without the folder can turn it back into a name.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import asdict, dataclass
from typing import Callable, Optional

from simulator.progress import Store

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


def load_lrs(store: Store) -> Optional[LrsConfig]:
    data = store.read_json("lrs.json", "lrs")
    if not data or not data.get("endpoint"):
        return None
    known = {k: data[k] for k in LrsConfig.__dataclass_fields__ if k in data}
    return LrsConfig(**known)


def save_lrs(store: Store, config: Optional[LrsConfig]) -> None:
    """Save (or with None: switch off) the LRS configuration."""
    with store.lock():
        store.write_json("lrs.json", asdict(config) if config else {"endpoint": None}, "lrs")


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
