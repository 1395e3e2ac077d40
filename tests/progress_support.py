"""Shared set-up for the progress, saves and reporting tests: a tiny scenario and a played session."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from simulator import content
from simulator.engine import Session
from simulator.engine.autoplay import play

DATA = Path(__file__).resolve().parent / "data"


def scenario():
    """A two-step scenario for B1-K2-W1 (criteria .1 and .2), loaded like any teacher's file."""
    return content.load(DATA / "ontvangst.yaml")


def played(geladen, plan="beste") -> Session:
    session = Session(geladen)
    play(session, plan)
    return session


def times(minutes_ago: float = 10, length: float = 5) -> tuple[datetime, datetime]:
    end = datetime.now().astimezone() - timedelta(minutes=minutes_ago)
    return end - timedelta(minutes=length), end
