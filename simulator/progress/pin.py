"""PINs (a student's optional PIN, the teacher PIN) kept only as salted scrypt hashes.

The format names its parameters, so they can be raised later without breaking old hashes:
`scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>`.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

# n=2**14, r=8: about 16 MB and a few tens of milliseconds: cheap for one login, costly to guess 10,000 PINs.
N, R, P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(_norm(pin), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        name, n, r, p, salt, digest = stored.split("$")
        if name != "scrypt":
            return False
        got = hashlib.scrypt(_norm(pin), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(bytes.fromhex(digest)), maxmem=2**26)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, bytes.fromhex(digest))


def _norm(pin: str) -> bytes:
    return str(pin).strip().encode("utf-8")
