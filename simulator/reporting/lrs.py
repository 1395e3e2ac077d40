"""Send xAPI statements to a teacher's LRS: a local JSONL queue, retried when offline, never sent twice.

Nothing is sent unless an LRS is set up in the school configuration (load_lrs). `sync` first
queues the statements of every attempt that is neither sent nor queued (xapi/wachtrij.jsonl), then
posts the queue in batches with Basic auth. A batch the LRS accepted is written to the ledger
(xapi/verzonden.json, attempt ids) before the next one. Statement ids are fixed per attempt, so if
the program dies between the LRS's answer and the ledger, the next try gets 409 Conflict ("already
there") from the LRS and counts it as sent: a statement is stored once, whatever happens.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Callable, Optional

from simulator.progress import SaveBusy, Store
from simulator.progress.files import Damaged
from simulator.reporting import xapi
from simulator.reporting.config import LrsConfig, pseudonymiser

QUEUE = "xapi/wachtrij.jsonl"
LEDGER = "xapi/verzonden.json"
BATCH = 100
QUEUE_MAX = 128 * 1024 * 1024
"""A bigger queue is damage. Nothing is lost by starting afresh: statements follow from the attempts."""


@dataclass(frozen=True)
class Verzending:
    """What one sync did."""

    verstuurd: int
    """Statements the LRS accepted (or already had) in this run."""
    wachtrij: int
    """Statements still waiting."""
    fout: Optional[str] = None
    """Why sending stopped, in Dutch (None: everything went, or no LRS is configured)."""
    ingesteld: bool = True


def sync(store: Store, config: Optional[LrsConfig], post: Optional[Callable] = None) -> Verzending:
    """Queue new attempts' statements and send the queue to `config` (load_lrs(school); None: nothing is sent).
    Safe to call often and from several PCs."""
    if config is None:
        return Verzending(0, 0, None, ingesteld=False)
    post = post or (lambda statements: post_statements(config, statements))
    try:
        with store.lock("xapi", timeout=0):
            queue = _refresh_queue(store, config)
            return _send(store, queue, post)
    except SaveBusy:
        return Verzending(0, len(_read_queue(store)), "Een andere computer verstuurt nu; later opnieuw.")


def post_statements(config: LrsConfig, statements: list[dict]) -> int:
    """POST statements to <endpoint>/statements; returns the HTTP status (raises OSError when offline)."""
    request = urllib.request.Request(
        config.endpoint.rstrip("/") + "/statements",
        data=json.dumps(statements, ensure_ascii=False).encode("utf-8"),
        method="POST",
        headers={"Content-Type": "application/json; charset=utf-8", "X-Experience-API-Version": "1.0.3"},
    )
    if config.gebruiker:
        token = base64.b64encode(f"{config.gebruiker}:{config.wachtwoord}".encode("utf-8")).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=config.timeout) as response:  # noqa: S310 - a teacher's URL
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def queued(store: Store) -> int:
    return len(_read_queue(store))


def _refresh_queue(store: Store, config: LrsConfig) -> list[dict]:
    sent = set((store.read_json(LEDGER, "verzonden") or {}).get("pogingen", []))
    queue = _read_queue(store, repair=True)
    pseudonym = pseudonymiser(store) if config.pseudoniem else None
    existing: dict[str, tuple] = {}
    for profile in store.profiles():
        for attempt in store.attempts(profile.id):
            existing[attempt.id] = (profile, attempt)
    # AVG: statements of a student who was deleted before they were sent are dropped, not sent.
    kept = [e for e in queue if e.get("poging") in existing]
    waiting = {e["poging"] for e in kept}
    for aid, (profile, attempt) in existing.items():
        if aid in sent or aid in waiting:
            continue
        actor = xapi.actor_for(profile, config.homepage, pseudonym)
        kept.extend({"poging": aid, "statement": s} for s in xapi.statements(attempt, actor, config.homepage + "/xapi"))
    if kept != queue:
        _write_queue(store, kept)
    return kept


def _send(store: Store, queue: list[dict], post: Callable) -> Verzending:
    done = 0
    error = None
    while queue:
        batch = _batch(queue)
        try:
            status = post([e["statement"] for e in batch])
            if status == 409:
                status = max((_one_by_one(post, e) for e in batch), default=200)
        except OSError as exc:
            error = f"Het LRS is niet bereikbaar ({getattr(exc, 'reason', exc)}); we proberen het later opnieuw."
            break
        if status not in (200, 204, 409):
            error = f"Het LRS weigerde de gegevens (HTTP {status}); vraag de beheerder om de instellingen te controleren."
            break
        _mark_sent(store, {e["poging"] for e in batch})
        queue = queue[len(batch):]
        _write_queue(store, queue)
        done += len(batch)
    return Verzending(done, len(queue), error)


def _one_by_one(post: Callable, entry: dict) -> int:
    status = post([entry["statement"]])
    return 200 if status in (200, 204, 409) else status


def _batch(queue: list[dict]) -> list[dict]:
    """Up to BATCH statements, never splitting one attempt over two batches (the ledger is per attempt)."""
    end = min(BATCH, len(queue))
    while end < len(queue) and queue[end]["poging"] == queue[end - 1]["poging"]:
        end += 1
    return queue[:end]


def _mark_sent(store: Store, attempt_ids: set[str]) -> None:
    sent = set((store.read_json(LEDGER, "verzonden") or {}).get("pogingen", []))
    store.write_json(LEDGER, {"pogingen": sorted(sent | attempt_ids)}, "verzonden")


def _read_queue(store: Store, repair: bool = False) -> list[dict]:
    """The queued entries; a damaged queue counts as empty, and with `repair` (under the xapi lock) is set aside."""
    try:
        raw = store.read_raw(QUEUE, QUEUE_MAX)
    except Damaged:
        raw = b"\0"  # a folder, a FIFO or far too big: damaged like a bad line
    if raw is None:
        return []
    entries = []
    for line in raw.decode("utf-8", "replace").splitlines():
        try:
            entry = json.loads(line)
        except (ValueError, RecursionError):
            entry = None
        if not (isinstance(entry, dict) and isinstance(entry.get("poging"), str)
                and isinstance(entry.get("statement"), dict)):
            # Damaged: start the queue afresh. Statements follow from the attempts and keep their ids,
            # so nothing is lost and the LRS keeps one copy of whatever it already had.
            if repair:
                store.discard(QUEUE, "de wachtrij voor het LRS",
                              "Hij is opnieuw opgebouwd uit de pogingen; er gaat niets verloren.")
            return []
        entries.append(entry)
    return entries


def _write_queue(store: Store, entries: list[dict]) -> None:
    payload = "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in entries)
    store.write_raw(QUEUE, payload.encode("utf-8"))
