"""A Session steps through a scenario: the UI asks what to show and tells what the student did.

The engine never calls the UI and touches no files: the loaded scenario brings the world it needs (the
dossier's wording, the catalogue of tools). Given the scenario and the log it is fully deterministic, so a
saved SessionState resumes exactly where the student was. Time, too, comes from the caller (seconds per
move), never from a clock here. Every kind of step is asked, never switched on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from simulator.content.analysis import Analyse
from simulator.content.lint import assessed
from simulator.content.model import Scenario
from simulator.content.parts import StapBasis, Werking
from simulator.content.rules import kritiek_of, punten_of, rate, shift_mood
from simulator.content.steps import soort_van
from simulator.content.steps.actions import Move
from simulator.content.steps.base import Onmogelijk, StapSoort
from simulator.content.text import Bericht, Weergave
from simulator.engine.state import LogRegel, SessionState
from simulator.engine.views import (
    Beschrijving, Bewijs, CriteriumOordeel, Resultaat, Spreker, StapView, Uitkomst,
)

if TYPE_CHECKING:
    from simulator.content import GeladenScenario


class SessionError(ValueError):
    """The caller asked for something the current step does not allow (e.g. a choice that is not open)."""


class Session:
    """One play of one loaded scenario.

    >>> session = Session(geladen)                      # doctest: +SKIP
    >>> session.step.inhoud.keuzes[0].tekst             # doctest: +SKIP
    >>> session.do(Choose(1))                            # doctest: +SKIP

    `tijdsdruk=False` turns tempo scoring at the workbench off (kept in the state, so a resumed
    session keeps it); the result then rates those criteria on precision only and says so.
    """

    def __init__(self, geladen: "GeladenScenario", state: Optional[SessionState] = None, tijdsdruk: Optional[bool] = None,
                 zaad: Optional[int] = None):
        if geladen.varieert:  # a scenario that varies per play: the seed picks the case, and a resume keeps it
            if state is not None and state.zaad is not None:
                zaad = state.zaad
            geladen = geladen.variant(zaad if zaad is not None else geladen.zaden[0])
        scenario = geladen.scenario
        self.geladen = geladen
        self.scenario: Scenario = scenario
        self.wereld = geladen.wereld
        if state is None:
            state = self._begin(tijdsdruk)
        elif state.scenario != scenario.id:
            raise SessionError(f"state belongs to scenario {state.scenario!r}, not {scenario.id!r}")
        elif state.stap not in scenario.stappen:
            raise SessionError(f"step {state.stap!r} no longer exists in scenario {scenario.id!r}")
        elif tijdsdruk is not None and tijdsdruk != state.tijdsdruk:
            state = state.model_copy(update={"tijdsdruk": tijdsdruk})
        self._state = state
        self.analysis: Analyse = geladen.analyse
        """One walk gives the best totals with and without time pressure (`beste`, `beste_zonder_tijdsdruk`)."""

    def _begin(self, tijdsdruk: Optional[bool]) -> SessionState:
        scenario = self.scenario
        return SessionState(
            scenario=scenario.id,
            stap=scenario.start,
            variabelen=scenario.beginwaarden(),
            stemmingen={k: p.stemming for k, p in scenario.personages.items()},
            tijdsdruk=True if tijdsdruk is None else tijdsdruk,
            zaad=self.geladen.zaad,
        )

    # -- what to show -------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def tijdsdruk(self) -> bool:
        return self._state.tijdsdruk

    @property
    def _stap(self) -> StapBasis:
        return self.scenario.stappen[self._state.stap]

    @property
    def soort(self) -> StapSoort:
        """The kind of the current step."""
        return soort_van(self._stap)

    @property
    def afgelopen(self) -> bool:
        """True once an ending is reached."""
        return self.soort.einde(self._stap)

    @property
    def step(self) -> StapView:
        stap, sid, kind = self._stap, self._state.stap, self.soort
        s = self._state
        inhoud = kind.inhoud(stap, sid, s.variabelen, s.log, s.tijdsdruk, self.wereld)
        return StapView(sid, kind.naam, self._speaker(stap), stap.regel(), inhoud, kind.einde(stap))

    def _speaker(self, stap: StapBasis) -> Optional[Spreker]:
        if stap.zegt is None:
            return None
        persoon = self.scenario.personages[stap.zegt]
        mood = self._state.stemmingen.get(stap.zegt, persoon.stemming)
        return Spreker(stap.zegt, persoon.naam or stap.zegt, persoon.portret, mood)

    # -- what the student does ----------------------------------------------------------------

    @property
    def concept(self) -> dict:
        """What the student filled in at this step but did not hand in yet (see SessionState.concept)."""
        return dict(self._state.concept)

    def bewaar_concept(self, waarden: dict) -> None:
        """Keep what the student filled in so far at this step, to be saved with the state."""
        self._state = self._state.model_copy(update={"concept": dict(waarden)})

    def do(self, actie: Move, seconden: Optional[float] = None) -> Uitkomst:
        """The one verb: a choice, an answer, reading on, a tool on a zone or a filled-in form."""
        stap, sid, kind = self._stap, self._state.stap, self.soort
        try:
            plek = kind.kies(stap, sid, actie, self._state.variabelen, self.wereld)
        except Onmogelijk as exc:
            raise SessionError(str(exc)) from None
        optie = plek.optie
        gevolg = optie.gevolg
        before = self._state.variabelen
        zet = kind.zet(stap, sid, gevolg, before)
        if zet.volgende is None:
            raise SessionError(f"no route from step {sid!r} applies (the scenario's lint reports this)")
        nxt = zet.volgende
        moods, mood_change = self._moods(stap, gevolg, nxt)
        regel = LogRegel(stap=sid, keuze=str(optie.label), waarde=plek.waarde,
                         actie=optie.bron if kind.bron_in_log and optie.bron >= 0 else None,
                         velden=dict(plek.velden) if plek.velden is not None else None,
                         punten=punten_of(gevolg), kritiek=kritiek_of(gevolg), seconden=seconden)
        log = self._state.log + (regel,)
        tempo = None
        if zet.af and nxt != sid:
            tempo = kind.afronding(stap, sid, log, self.tijdsdruk)
            if tempo is not None:
                log += (LogRegel(stap=sid, keuze="tempo", waarde=tempo.seconden, punten=dict(tempo.punten)),)
        self._state = self._state.model_copy(update={
            "stap": nxt, "variabelen": zet.variabelen, "stemmingen": moods, "log": log, "concept": {},
        })
        return Uitkomst(sid, regel.keuze, kind.feedback(stap, regel, gevolg, self.wereld, self.tijdsdruk),
                        dict(regel.punten), tuple(regel.kritiek), mood_change, nxt,
                        kind.veranderd(stap, before, zet.variabelen), tempo, kind.gedaan(stap, regel, self.wereld))

    def _moods(self, stap: StapBasis, gevolg, nxt: str) -> tuple[dict, Optional[tuple[str, str, str]]]:
        moods = dict(self._state.stemmingen)
        mood_change = None
        change = gevolg.stemming if isinstance(gevolg, Werking) else None
        who = (gevolg.wie if isinstance(gevolg, Werking) else None) or stap.zegt or next(iter(self.scenario.personages), None)
        if change is not None and who is not None:
            mood_before = moods.get(who, "neutraal")
            moods[who] = shift_mood(mood_before, change)
            mood_change = (who, mood_before, moods[who])
        nxt_stap = self.scenario.stappen[nxt]
        if nxt != self._state.stap and nxt_stap.stemming is not None and nxt_stap.zegt is not None:
            moods[nxt_stap.zegt] = nxt_stap.stemming  # the line itself is said in this mood
        return moods, mood_change

    # -- taking a move back (practice mode; the UI never offers it in a test) ---------------------------

    @property
    def kan_terug(self) -> bool:
        """True when there is a move of the student's own to take back (reading on does not count)."""
        return not self.afgelopen and any(self.eigen(r) for r in self._state.log)

    def terug(self) -> None:
        """Take back the last move the student made: replay the log before it, and keep the move as taken back."""
        log = list(self._state.log)
        while log and not self.eigen(log[-1]):
            log.pop()
        if not log:
            raise SessionError("er is nog niets om terug te nemen")
        undone = log.pop()
        fresh = Session(self.geladen, self._begin(self.tijdsdruk))
        for regel in log:
            fresh._redo(regel)
        self._state = fresh.state.model_copy(update={"teruggenomen": self._state.teruggenomen + (undone,),
                                                     "teruggenomen_bij": self._state.teruggenomen_bij + (len(fresh.state.log),)})

    def eigen(self, regel: LogRegel) -> bool:
        """True for a move of the student's own (not reading on, not the work time a workbench adds)."""
        stap = self.scenario.stappen.get(regel.stap)
        return stap is not None and regel.keuze != "tempo" and not soort_van(stap).vanzelf(stap)

    def _redo(self, regel: LogRegel) -> None:
        if regel.keuze == "tempo":
            return  # added again by the move that finished the work
        stap = self._stap
        kind = soort_van(stap)
        gevolg = kind.optie_uit_log(stap, regel)
        if gevolg is None:
            raise SessionError(f"de zet {regel.keuze!r} bestaat niet meer in stap {regel.stap!r}")
        actie = kind.opnieuw(stap, regel)
        self.do(actie, regel.seconden)

    # -- the assessment -----------------------------------------------------------------------

    def result(self) -> Resultaat:
        t = self.scenario.beoordeling
        tempo_criteria = {c for s in self.scenario.stappen.values() for c in soort_van(s).tempo(s)}
        criteria = []
        beste = self.analysis.beste if self.tijdsdruk else self.analysis.beste_zonder_tijdsdruk
        for cid in assessed(self.scenario, self.analysis, self.wereld.dossier):
            best = beste.get(cid, 0)
            total, critical, evidence, better = 0, False, [], []
            for regel in self._state.log:
                stap = self.scenario.stappen[regel.stap]
                kind = soort_van(stap)
                if cid in regel.punten or cid in regel.kritiek:
                    points = regel.punten.get(cid, 0)
                    total += points
                    is_critical = cid in regel.kritiek
                    critical |= is_critical
                    evidence.append(Bewijs(regel.stap, kind.gedaan(stap, regel, self.wereld), points,
                                           self._feedback(regel), is_critical))
                hint = kind.beter(stap, regel, cid, self.wereld)
                if hint is not None:
                    better.append(hint)
            oordeel = rate(total, best, critical, t.goed, t.voldoende)
            note = Bericht.van("resultaten.zonder_tijdsdruk") if not self.tijdsdruk and cid in tempo_criteria else None
            criteria.append(CriteriumOordeel(
                cid, self.wereld.criterium_tekst(cid), oordeel, total, best, critical, tuple(evidence), _unique(better), note,
            ))
        shares = [0.0 if c.kritiek or c.max <= 0 else max(0.0, min(1.0, c.punten / c.max)) for c in criteria]
        score = round(sum(shares) / len(shares), 4) if shares else 0.0
        stap = self._stap
        return Resultaat(self.scenario.id, self.afgelopen, self.soort.afloop(stap), tuple(criteria), score, self.tijdsdruk,
                         tuple(self.describe(r) for r in self._state.teruggenomen))

    def _feedback(self, regel: LogRegel) -> Optional[Weergave]:
        stap = self.scenario.stappen[regel.stap]
        kind = soort_van(stap)
        return kind.feedback(stap, regel, kind.optie_uit_log(stap, regel), self.wereld, self.tijdsdruk)

    def describe(self, regel: LogRegel) -> Beschrijving:
        """One line of the log as a transcript shows it (the one reading of the log for every screen)."""
        return beschrijf(self.geladen, regel, self.tijdsdruk, regel in self._state.teruggenomen)

    def verloop(self) -> list[Beschrijving]:
        """The whole play so far, oldest first, with the moves taken back marked (the history screen)."""
        return [self.describe(r) for r in self._state.log]


def beschrijf(geladen: "GeladenScenario", regel: LogRegel, tijdsdruk: bool = True, terug: bool = False) -> Beschrijving:
    """A log line (of a session, or of a saved attempt) as a transcript shows it: what was asked, what the
    student did, the feedback and the points. A step the file no longer has shows the bare label."""
    scenario, wereld = geladen.scenario, geladen.wereld
    stap = scenario.stappen.get(regel.stap)
    if stap is None:
        return Beschrijving(regel.stap, None, None, regel.keuze, None, dict(regel.punten), tuple(regel.kritiek), terug)
    kind = soort_van(stap)
    spreker = scenario.personages[stap.zegt].naam if stap.zegt in scenario.personages else None
    feedback = kind.feedback(stap, regel, kind.optie_uit_log(stap, regel), wereld, tijdsdruk)
    return Beschrijving(regel.stap, spreker, stap.regel(), kind.gedaan(stap, regel, wereld), feedback,
                        dict(regel.punten), tuple(regel.kritiek), terug)


def _unique(hints: list) -> tuple:
    """The same advice once, in order (texts can be {nl, en} dicts, which do not hash)."""
    seen, found = set(), []
    for hint in hints:
        key = repr(hint)
        if key not in seen:
            seen.add(key)
            found.append(hint)
    return tuple(found)
