"""PINs (a student's optional PIN, the teacher PIN) kept only as salted scrypt hashes.

The format names its parameters, `scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>`, but the cost is fixed here,
in the program: a hash whose file names any other cost is refused, never computed. A file can be edited by
anyone who can write the folder, and a cost read from it (p=64) made a single check take seconds.
To raise the cost one day, add the new triple to ACCEPTED and write new hashes with it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

# n=2**14, r=8: about 16 MB and a few tens of milliseconds: cheap for one login, costly to guess 10,000 PINs.
N, R, P = 2**14, 8, 1
ACCEPTED = frozenset({(N, R, P)})
"""The only costs a stored hash may name."""
SALT_BYTES, HASH_BYTES = 16, 32


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(_norm(pin), salt=salt, n=N, r=R, p=P, dklen=HASH_BYTES)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def well_formed(stored: object) -> bool:
    """A hash this program wrote: the fixed cost, a 16-byte salt and a 32-byte hash."""
    return _parts(stored) is not None


def check_pin(pin: str, stored: object) -> bool:
    parts = _parts(stored)
    if parts is None:
        return False
    cost, salt, digest = parts
    n, r, p = cost
    got = hashlib.scrypt(_norm(pin), salt=salt, n=n, r=r, p=p, dklen=HASH_BYTES, maxmem=2**26)
    return hmac.compare_digest(got, digest)


def _parts(stored: object):
    if not isinstance(stored, str) or len(stored) > 200:
        return None
    try:
        name, n, r, p, salt, digest = stored.split("$")
        cost = (int(n), int(r), int(p))
        salt_bytes, digest_bytes = bytes.fromhex(salt), bytes.fromhex(digest)
    except ValueError:
        return None
    if name != "scrypt" or cost not in ACCEPTED or len(salt_bytes) != SALT_BYTES or len(digest_bytes) != HASH_BYTES:
        return None
    return cost, salt_bytes, digest_bytes


def _norm(pin: str) -> bytes:
    return str(pin).strip().encode("utf-8")
