"""The small, serialisable state of a session in progress: enough to resume it exactly."""

from __future__ import annotations

from typing import Optional, Union

from pydantic import BaseModel, ConfigDict, Field


class LogRegel(BaseModel):
    """One thing the student did: a choice, an answer, or reading on."""

    model_config = ConfigDict(frozen=True)

    stap: str
    keuze: str
    """The option's label: a choice id, 'antwoord-N', 'anders', 'verder', at a workbench 'tool>zone',
    or 'tempo' for the time evidence when a workbench's work is done."""
    waarde: Optional[float] = None
    """The number typed in, for a numeric answer; for 'tempo' the work time in seconds."""
    actie: Optional[int] = None
    """At a workbench: the index of the action that applied (None: no action, the step's `anders`)."""
    velden: Optional[dict[str, Union[bool, int, float, str, list[str], None]]] = None
    """For a form: what the student filled in, per field id."""
    punten: dict[str, int] = Field(default_factory=dict)
    kritiek: tuple[str, ...] = ()
    seconden: Optional[float] = None
    """Time the student took for this step, when the UI measures it."""


class SessionState(BaseModel):
    """Where a session is: the step, the variables, the moods and the log. JSON in, JSON out."""

    model_config = ConfigDict(frozen=True)

    versie: int = 1
    scenario: str
    """The scenario id."""
    stap: str
    variabelen: dict[str, Union[bool, int, float, str]] = Field(default_factory=dict)
    stemmingen: dict[str, str] = Field(default_factory=dict)
    tijdsdruk: bool = True
    """False: workbench tempo is not scored (a setting for students who need more time)."""
    zaad: Optional[int] = None
    """The seed of this play's variant, for a scenario that varies per play (None: it does not vary)."""
    log: tuple[LogRegel, ...] = ()
    concept: dict[str, Union[str, int, float, list[str], None]] = Field(default_factory=dict)
    """What the student filled in at this step but did not hand in yet (a form's fields), so that a pause or a
    closed window keeps it; the next move clears it."""
    teruggenomen: tuple[LogRegel, ...] = ()
    """Moves the student took back in practice mode (oldest first): no longer counted, still shown in the result."""
    teruggenomen_bij: tuple[int, ...] = ()
    """For each move taken back, where it stood: the log's length once it was taken back (the history shows it
    there). Older saves lack it; then the history puts those moves by their step."""
