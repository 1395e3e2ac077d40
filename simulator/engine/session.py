"""A Session steps through a Scenario: the UI asks what to show and tells what the student did.

The engine never calls the UI and touches no files. Given the scenario and the log it is fully
deterministic, so a saved SessionState resumes exactly where the student was. Time, too, comes from
the caller (seconds per action), never from a clock here.
"""

from __future__ import annotations

from typing import Optional

from simulator.content.analysis import Analyse, analyse
from simulator.content.lint import assessed
from simulator.content.model import (
    Dialoog, Einde, Inspectie, InvoerStap, Scenario, Vertelling, WerkbankStap, gevolgen, keuze_id,
)
from simulator.content.rules import (
    STANDAARD_MISGREEP, kritiek_of, options, punten_of, rate, shift_mood, step_apply, tempo_points, workbench_action,
)
from simulator.dossier import load_dossier
from simulator.engine import werkbank as wb
from simulator.engine.state import LogRegel, SessionState
from simulator.engine.views import (
    Bewijs, CriteriumOordeel, KeuzeView, Resultaat, Spreker, StapView, Tempo, Uitkomst,
)


class SessionError(ValueError):
    """The caller asked for something the current step does not allow (e.g. a choice that is not open)."""


class Session:
    """One play of one scenario.

    >>> session = Session(scenario)            # doctest: +SKIP
    >>> session.step.keuzes[0].tekst           # doctest: +SKIP
    >>> session.choose(session.step.keuzes[0].id)   # doctest: +SKIP

    `tijdsdruk=False` turns tempo scoring at the workbench off (kept in the state, so a resumed
    session keeps it); the result then rates those criteria on precision only and says so.
    """

    def __init__(self, scenario: Scenario, state: Optional[SessionState] = None, analysis: Optional[Analyse] = None,
                 tijdsdruk: Optional[bool] = None):
        self.scenario = scenario
        if state is None:
            state = SessionState(
                scenario=scenario.id,
                stap=scenario.start,
                variabelen=scenario.beginwaarden(),
                stemmingen={k: p.stemming for k, p in scenario.personages.items()},
                tijdsdruk=True if tijdsdruk is None else tijdsdruk,
            )
        elif state.scenario != scenario.id:
            raise SessionError(f"state belongs to scenario {state.scenario!r}, not {scenario.id!r}")
        elif state.stap not in scenario.stappen:
            raise SessionError(f"step {state.stap!r} no longer exists in scenario {scenario.id!r}")
        elif tijdsdruk is not None and tijdsdruk != state.tijdsdruk:
            state = state.model_copy(update={"tijdsdruk": tijdsdruk})
        self._state = state
        if analysis is None or analysis.tijdsdruk != state.tijdsdruk:
            analysis = analyse(scenario, tijdsdruk=state.tijdsdruk)
        self.analysis = analysis

    # -- what to show -------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def tijdsdruk(self) -> bool:
        return self._state.tijdsdruk

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
            return StapView(sid, "dialoog", spreker, stap.tekst, self._keuzes(stap))
        if isinstance(stap, InvoerStap):
            return StapView(sid, "invoer", spreker, stap.tekst, eenheid=stap.invoer.eenheid)
        if isinstance(stap, Vertelling):
            return StapView(sid, "vertelling", spreker, stap.tekst)
        if isinstance(stap, WerkbankStap):
            log = self._state.log
            done = tuple(self._replay(stap, sid, r) for r in wb.visit(sid, log))
            view = wb.werkbank_view(stap, self._state.variabelen, done, wb.work_time(sid, log), self.tijdsdruk)
            return StapView(sid, "werkbank", spreker, stap.tekst, werkbank=view)
        if isinstance(stap, Inspectie):
            return StapView(
                sid, "inspectie", spreker, stap.tekst,
                keuzes=self._keuzes(stap) if stap.keuzes is not None else (),
                eenheid=stap.invoer.eenheid if stap.invoer is not None else None,
                inspectie=wb.inspectie_view(stap, self._state.variabelen),
            )
        return StapView(sid, "einde", spreker, stap.tekst, einde=stap.einde, afloop=stap.afloop)

    def _keuzes(self, stap) -> tuple[KeuzeView, ...]:
        return tuple(
            KeuzeView(n, label, keuze.tekst)
            for n, (label, keuze) in enumerate(options(stap, self._state.variabelen), 1)
        )

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
        if not (isinstance(stap, Dialoog) or (isinstance(stap, Inspectie) and stap.keuzes is not None)):
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
        if not (isinstance(stap, InvoerStap) or (isinstance(stap, Inspectie) and stap.invoer is not None)):
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

    def act(self, gereedschap: str, zone: str, seconden: float | None = None) -> Uitkomst:
        """Use a tool (or part) from the tray on a zone of the item at a workbench.

        The first action for this tool and zone whose condition holds applies; a tool on a zone with
        no action does nothing but cost time (the step's `anders`). `seconden` is how long this action
        took the student: the work time is their sum, rated against the step's norm time.
        """
        stap, sid = self._stap, self._state.stap
        if not isinstance(stap, WerkbankStap):
            raise SessionError(f"step {sid!r} is not a workbench")
        if gereedschap not in stap.werkbank.gereedschap:
            raise SessionError(f"tool {gereedschap!r} is not on the tray at step {sid!r}")
        if zone not in stap.werkbank.zones:
            raise SessionError(f"zone {zone!r} is not on the item at step {sid!r}")
        index, gevolg = workbench_action(stap, gereedschap, zone, self._state.variabelen)
        return self._take(f"{gereedschap}>{zone}", gevolg, None, seconden, index)

    def _take(self, label: str, gevolg, value, seconden, actie: Optional[int] = None) -> Uitkomst:
        stap, sid = self._stap, self._state.stap
        before = self._state.variabelen
        variables, nxt, af = step_apply(stap, sid, gevolg, before)
        if nxt is None:
            raise SessionError(f"no route from step {sid!r} applies (the scenario's lint reports this)")
        moods = dict(self._state.stemmingen)
        change = getattr(gevolg, "stemming", None) if not isinstance(gevolg, Vertelling) else None
        mood_change = None
        who = getattr(gevolg, "wie", None) or stap.zegt or next(iter(self.scenario.personages), None)
        if change is not None and who is not None:
            mood_before = moods.get(who, "neutraal")
            moods[who] = shift_mood(mood_before, change)
            mood_change = (who, mood_before, moods[who])
        nxt_stap = self.scenario.stappen[nxt]
        if nxt != sid and nxt_stap.stemming is not None and nxt_stap.zegt is not None:
            moods[nxt_stap.zegt] = nxt_stap.stemming  # the line itself is said in this mood
        punten, kritiek = punten_of(gevolg), kritiek_of(gevolg)
        regel = LogRegel(stap=sid, keuze=label, waarde=value, actie=actie, punten=punten, kritiek=kritiek, seconden=seconden)
        log = self._state.log + (regel,)
        changed, tempo = (), None
        if isinstance(stap, WerkbankStap):
            changed = tuple((z, before.get(z), variables.get(z)) for z in stap.werkbank.zones if before.get(z) != variables.get(z))
            if af and nxt != sid and stap.werkbank.normtijd is not None:
                tempo = self._tempo(stap, sid, log)
                log += (LogRegel(stap=sid, keuze="tempo", waarde=tempo.seconden, punten=tempo.punten),)
        feedback = self._feedback_for(stap, label, gevolg)
        self._state = self._state.model_copy(update={
            "stap": nxt, "variabelen": variables, "stemmingen": moods, "log": log,
        })
        return Uitkomst(sid, label, feedback, punten, kritiek, mood_change, nxt, changed, tempo)

    # -- the workbench's time and history -----------------------------------------------------

    def _tempo(self, stap: WerkbankStap, sid: str, log) -> Tempo:
        bank = stap.werkbank
        seconds = wb.work_time(sid, log)
        punten = tempo_points(bank, seconds) if self.tijdsdruk else {}
        best = dict(bank.tempo) if self.tijdsdruk else {}
        return Tempo(seconds, bank.normtijd, punten, best, wb.tempo_feedback(seconds, bank.normtijd, self.tijdsdruk))

    def _replay(self, stap: WerkbankStap, sid: str, regel: LogRegel) -> Uitkomst:
        """An earlier action at this workbench, as it was shown then (zone changes are not kept)."""
        gevolg = self._option(regel)
        return Uitkomst(sid, regel.keuze, self._feedback_for(stap, regel.keuze, gevolg), dict(regel.punten),
                        tuple(regel.kritiek), None, sid)

    def _feedback_for(self, stap, label: str, gevolg):
        feedback = getattr(gevolg, "feedback", None)
        if feedback is None and isinstance(stap, WerkbankStap) and ">" in label:
            return wb.misgreep_feedback(stap, label)
        return feedback

    # -- the assessment -----------------------------------------------------------------------

    def result(self) -> Resultaat:
        dossier = load_dossier()
        t = self.scenario.beoordeling
        tempo_criteria = self._tempo_criteria()
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
            note = wb.ZONDER_TIJDSDRUK if not self.tijdsdruk and cid in tempo_criteria else None
            criteria.append(CriteriumOordeel(
                cid, dossier.criterium(cid).tekst, oordeel, total, best, critical, tuple(evidence), _unique(better), note,
            ))
        shares = [0.0 if c.kritiek or c.max <= 0 else max(0.0, min(1.0, c.punten / c.max)) for c in criteria]
        score = round(sum(shares) / len(shares), 4) if shares else 0.0
        stap = self._stap
        return Resultaat(self.scenario.id, self.klaar, stap.afloop if isinstance(stap, Einde) else None, tuple(criteria),
                         score, self.tijdsdruk)

    def _assessed(self) -> list[str]:
        return assessed(self.scenario, self.analysis)

    def _tempo_criteria(self) -> set[str]:
        return {c for s in self.scenario.stappen.values() if isinstance(s, WerkbankStap) for c in s.werkbank.tempo}

    def _option(self, regel: LogRegel):
        stap = self.scenario.stappen[regel.stap]
        if isinstance(stap, WerkbankStap):
            if regel.keuze == "tempo":
                return None
            if regel.actie is not None:
                return stap.acties[regel.actie]
            return stap.anders or STANDAARD_MISGREEP
        if isinstance(stap, Dialoog) or (isinstance(stap, Inspectie) and stap.keuzes is not None):
            return next((k for i, k in enumerate(stap.keuzes) if keuze_id(k, i) == regel.keuze), None)
        if isinstance(stap, (InvoerStap, Inspectie)):
            if regel.keuze == "anders":
                return stap.invoer.anders
            return stap.invoer.antwoorden[int(regel.keuze.split("-")[1]) - 1]
        return None

    def _said(self, regel: LogRegel):
        stap = self.scenario.stappen[regel.stap]
        if isinstance(stap, WerkbankStap):
            if regel.keuze == "tempo":
                return wb.tempo_said(regel.waarde or 0, stap.werkbank.normtijd or 0)
            return wb.action_text(stap, regel.keuze)
        if regel.waarde is not None:
            unit = stap.invoer.eenheid
            return f"{regel.waarde:g}" + (f" {unit}" if unit else "")
        option = self._option(regel)
        return getattr(option, "tekst", regel.keuze)

    def _feedback(self, regel: LogRegel):
        stap = self.scenario.stappen[regel.stap]
        if isinstance(stap, WerkbankStap) and regel.keuze == "tempo":
            return wb.tempo_feedback(regel.waarde or 0, stap.werkbank.normtijd or 0, bool(regel.punten) or self.tijdsdruk)
        return self._feedback_for(stap, regel.keuze, self._option(regel))

    def _better(self, regel: LogRegel, cid: str):
        """What scores best on cid at this step, when the student's move scored less: the best choice
        or answer. At a workbench, after a mistake (minus points): the best action on the same zone;
        after working too slowly: working within the norm time."""
        stap = self.scenario.stappen[regel.stap]
        if isinstance(stap, WerkbankStap):
            if regel.keuze == "tempo":
                if cid in regel.punten and regel.punten[cid] < stap.werkbank.tempo.get(cid, 0):
                    return wb.tempo_better(stap.werkbank.normtijd or 0)
                return None
            if regel.punten.get(cid, 0) >= 0:
                return None
            zone = regel.keuze.partition(">")[2]
            top = max((a for a in stap.acties if a.zone == zone), key=lambda a: a.gedrag.get(cid, 0), default=None)
            if top is not None and top.gedrag.get(cid, 0) > 0:
                return wb.action_text(stap, stap.actie_label(top))
            return None
        if not isinstance(stap, (Dialoog, InvoerStap, Inspectie)):
            return None
        invoer = getattr(stap, "invoer", None)
        # For a number, a professional's answer is a number: 'anders' (any other number) is never suggested.
        alternatives = list(invoer.antwoorden) if invoer is not None else [g for _, g in gevolgen(stap)]
        top = max(alternatives, key=lambda g: g.gedrag.get(cid, 0))
        if top.gedrag.get(cid, 0) > regel.punten.get(cid, 0):
            if invoer is not None:
                unit = invoer.eenheid
                return f"{top.waarde:g}" + (f" {unit}" if unit else "")
            return top.tekst
        return None



def _unique(hints: list) -> tuple:
    """The same advice once, in order (texts can be {nl, en} dicts, which do not hash)."""
    seen, found = set(), []
    for hint in hints:
        key = hint if isinstance(hint, str) else tuple(sorted(hint.items()))
        if key not in seen:
            seen.add(key)
            found.append(hint)
    return tuple(found)
