"""After an attempt is recorded: send queued xAPI statements to the school's LRS in a background thread.

Only when an LRS is set up in the school configuration (reporting.config, never the saves folder). Offline, a slow server or any error never blocks
or stops the game: the queue waits for the next attempt (reporting.lrs retries and never sends twice).
"""

from __future__ import annotations

import logging
import threading
from typing import Optional

log = logging.getLogger(__name__)


def send_in_background(ctx) -> Optional[threading.Thread]:
    store = ctx.store
    if store is None:
        return None
    thread = threading.Thread(target=_send, args=(ctx, store), name="lrs", daemon=True)
    thread.start()
    ctx.lrs_thread = thread
    return thread


def _send(ctx, store) -> None:
    try:
        from simulator.reporting import lrs
        from simulator.reporting.config import load_lrs
        config = load_lrs(ctx.school)
        if config is None:
            return
        result = lrs.sync(store, config)
        if result.fout:
            log.info("LRS: %s (%d in de wachtrij)", result.fout, result.wachtrij)
        elif result.verstuurd:
            ctx.messages.append(ctx.strings("lrs.verstuurd", n=result.verstuurd))
    except Exception as exc:  # noqa: BLE001 - never let sending results disturb the lesson
        log.info("LRS: versturen lukte niet: %s", exc)
