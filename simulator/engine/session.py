"""A Session steps through a Scenario: the UI asks what to show and tells what the student did.

The engine never calls the UI and touches no files. Given the scenario and the log it is fully
deterministic, so a saved SessionState resumes exactly where the student was.
"""

from __future__ import annotations

from typing import Optional

from simulator.content.analysis import Analyse, analyse
from simulator.content.lint import claimed
from simulator.content.model import Dialoog, Einde, InvoerStap, Scenario, Vertelling, gevolgen, keuze_id
from simulator.content.rules import apply, kritiek_of, options, punten_of, rate, shift_mood
from simulator.dossier import load_dossier
from simulator.engine.state import LogRegel, SessionState
from simulator.engine.views import (
    Bewijs, CriteriumOordeel, KeuzeView, Resultaat, Spreker, StapView, Uitkomst,
)


class SessionError(ValueError):
    """The caller asked for something the current step does not allow (e.g. a choice that is not open)."""


class Session:
    """One play of one scenario.

    >>> session = Session(scenario)            # doctest: +SKIP
    >>> session.step.keuzes[0].tekst           # doctest: +SKIP
    >>> session.choose(session.step.keuzes[0].id)   # doctest: +SKIP
    """

    def __init__(self, scenario: Scenario, state: Optional[SessionState] = None, analysis: Optional[Analyse] = None):
        self.scenario = scenario
        self.analysis = analysis or analyse(scenario)
        if state is None:
            state = SessionState(
                scenario=scenario.id,
                stap=scenario.start,
                variabelen=dict(scenario.variabelen),
                stemmingen={k: p.stemming for k, p in scenario.personages.items()},
            )
        elif state.scenario != scenario.id:
            raise SessionError(f"state belongs to scenario {state.scenario!r}, not {scenario.id!r}")
        elif state.stap not in scenario.stappen:
            raise SessionError(f"step {state.stap!r} no longer exists in scenario {scenario.id!r}")
        self._state = state

    # -- what to show -------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def klaar(self) -> bool:
        return isinstance(self._stap, Einde)

    @property
    def _stap(self):
        return self.scenario.stappen[self._state.stap]

    @property
    def step(self) -> StapView:
        stap, sid = self._stap, self._state.stap
        spreker = self._speaker(stap)
        if isinstance(stap, Dialoog):
            keuzes = tuple(
                KeuzeView(n, label, keuze.tekst)
                for n, (label, keuze) in enumerate(options(stap, self._state.variabelen), 1)
            )
            return StapView(sid, "dialoog", spreker, stap.tekst, keuzes)
        if isinstance(stap, InvoerStap):
            return StapView(sid, "invoer", spreker, stap.tekst, eenheid=stap.invoer.eenheid)
        if isinstance(stap, Vertelling):
            return StapView(sid, "vertelling", spreker, stap.tekst)
        return StapView(sid, "einde", spreker, stap.tekst, einde=stap.einde, afloop=stap.afloop)

    def _speaker(self, stap) -> Optional[Spreker]:
        if stap.zegt is None:
            return None
        persoon = self.scenario.personages[stap.zegt]
        mood = self._state.stemmingen.get(stap.zegt, persoon.stemming)
        return Spreker(stap.zegt, persoon.naam, persoon.portret, mood)

    # -- what the student does ----------------------------------------------------------------

    def choose(self, choice: str | int, seconden: float | None = None) -> Uitkomst:
        """Pick an open choice by its id, or by its number (int, 1-based) among the open choices."""
        stap = self._stap
        if not isinstance(stap, Dialoog):
            raise SessionError(f"step {self._state.stap!r} has no choices")
        open_options = options(stap, self._state.variabelen)
        if isinstance(choice, int):
            if not 1 <= choice <= len(open_options):
                raise SessionError(f"choice number {choice} is not open (1..{len(open_options)})")
            label, gevolg = open_options[choice - 1]
        else:
            found = dict(open_options)
            if choice not in found:
                raise SessionError(f"choice {choice!r} is not open at step {self._state.stap!r}")
            label, gevolg = choice, found[choice]
        return self._take(label, gevolg, None, seconden)

    def answer(self, value: float, seconden: float | None = None) -> Uitkomst:
        """Give a numeric answer; the first expected answer within its margin applies, else `anders`."""
        stap = self._stap
        if not isinstance(stap, InvoerStap):
            raise SessionError(f"step {self._state.stap!r} asks no number")
        value = float(value)
        for label, gevolg in options(stap, self._state.variabelen):
            if label == "anders" or abs(value - gevolg.waarde) <= gevolg.marge + 1e-9:
                return self._take(label, gevolg, value, seconden)
        raise AssertionError("unreachable: 'anders' always matches")

    def advance(self, seconden: float | None = None) -> Uitkomst:
        """Read on after narration."""
        stap = self._stap
        if not isinstance(stap, Vertelling):
            raise SessionError(f"step {self._state.stap!r} is not narration")
        return self._take("verder", stap, None, seconden)

    def _take(self, label: str, gevolg, value, seconden) -> Uitkomst:
        stap, sid = self._stap, self._state.stap
        variables, nxt = apply(gevolg, self._state.variabelen)
        if nxt is None:
            raise SessionError(f"no route from step {sid!r} applies (the scenario's lint reports this)")
        moods = dict(self._state.stemmingen)
        change = getattr(gevolg, "stemming", None) if not isinstance(gevolg, Vertelling) else None
        mood_change = None
        who = getattr(gevolg, "wie", None) or stap.zegt or next(iter(self.scenario.personages), None)
        if change is not None and who is not None:
            before = moods.get(who, "neutraal")
            moods[who] = shift_mood(before, change)
            mood_change = (who, before, moods[who])
        nxt_stap = self.scenario.stappen[nxt]
        if nxt_stap.stemming is not None and nxt_stap.zegt is not None:
            moods[nxt_stap.zegt] = nxt_stap.stemming  # the line itself is said in this mood
        punten, kritiek = punten_of(gevolg), kritiek_of(gevolg)
        regel = LogRegel(stap=sid, keuze=label, waarde=value, punten=punten, kritiek=kritiek, seconden=seconden)
        self._state = self._state.model_copy(update={
            "stap": nxt, "variabelen": variables, "stemmingen": moods, "log": self._state.log + (regel,),
        })
        return Uitkomst(sid, label, getattr(gevolg, "feedback", None), punten, kritiek, mood_change, nxt)

    # -- the assessment -----------------------------------------------------------------------

    def result(self) -> Resultaat:
        dossier = load_dossier()
        t = self.scenario.beoordeling
        criteria = []
        for cid in self._assessed():
            best = self.analysis.beste.get(cid, 0)
            total, critical, evidence, better = 0, False, [], []
            for regel in self._state.log:
                if cid in regel.punten or cid in regel.kritiek:
                    points = regel.punten.get(cid, 0)
                    total += points
                    is_critical = cid in regel.kritiek
                    critical |= is_critical
                    evidence.append(Bewijs(regel.stap, self._said(regel), points, self._feedback(regel), is_critical))
                hint = self._better(regel, cid)
                if hint is not None:
                    better.append(hint)
            oordeel = rate(total, best, critical, t.goed, t.voldoende)
            criteria.append(CriteriumOordeel(
                cid, dossier.criterium(cid).tekst, oordeel, total, best, critical, tuple(evidence), tuple(better),
            ))
        shares = [0.0 if c.kritiek or c.max <= 0 else max(0.0, min(1.0, c.punten / c.max)) for c in criteria]
        score = round(sum(shares) / len(shares), 4) if shares else 0.0
        stap = self._stap
        return Resultaat(self.scenario.id, self.klaar, stap.afloop if isinstance(stap, Einde) else None, tuple(criteria), score)

    def _assessed(self) -> list[str]:
        """The claimed criteria, plus criteria of `ook` werkprocessen the scenario scores."""
        ids = claimed(self.scenario)
        extra = [c for c in self.analysis.beste if c not in ids and self.analysis.beste[c] > 0]
        return ids + sorted(extra)

    def _option(self, regel: LogRegel):
        stap = self.scenario.stappen[regel.stap]
        if isinstance(stap, Dialoog):
            return next((k for i, k in enumerate(stap.keuzes) if keuze_id(k, i) == regel.keuze), None)
        if isinstance(stap, InvoerStap):
            if regel.keuze == "anders":
                return stap.invoer.anders
            return stap.invoer.antwoorden[int(regel.keuze.split("-")[1]) - 1]
        return None

    def _said(self, regel: LogRegel):
        if regel.waarde is not None:
            unit = self.scenario.stappen[regel.stap].invoer.eenheid
            return f"{regel.waarde:g}" + (f" {unit}" if unit else "")
        option = self._option(regel)
        return getattr(option, "tekst", regel.keuze)

    def _feedback(self, regel: LogRegel):
        return getattr(self._option(regel), "feedback", None)

    def _better(self, regel: LogRegel, cid: str):
        """The choice at this step that scores best on cid, when the student's scored less."""
        stap = self.scenario.stappen[regel.stap]
        if not isinstance(stap, (Dialoog, InvoerStap)):
            return None
        alternatives = [g for _, g in gevolgen(stap)]
        top = max(alternatives, key=lambda g: g.gedrag.get(cid, 0))
        if top.gedrag.get(cid, 0) > regel.punten.get(cid, 0):
            if isinstance(stap, InvoerStap):
                unit = stap.invoer.eenheid
                return f"{top.waarde:g}" + (f" {unit}" if unit else "")
            return top.tekst
        return None

