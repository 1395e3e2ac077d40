"""The scene where the student works: the shop, the person with a visible mood, the line, and the answer.

How a step is answered (choices, a number, reading on, the workbench…) its kind says: the scene asks the
kind's module in simulator/ui/steps/ and never switches on the kind. After each step the session is autosaved;
in practice mode a feedback panel follows every choice that counts; at the end the attempt is recorded and the
results open. Time per step is the sum of the `dt` the app hands to `update`, never a clock read here.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

import pygame

from simulator.ui import draw, intents as I, messages as M
from simulator.ui.scene import Scene
from simulator.engine import Move
from simulator.ui import steps
from simulator.ui.scenes import dialogue_tools, dialogue_view as view, number_answer
from simulator.ui.widgets import Form
from simulator.ui.widgets.typed import TypedText
from simulator.ui.variation import new_seed

TYPE_SPEED = 45
"""Characters per second when text is typed."""


class DialogueScene(Scene):
    name = "dialoog"

    def __init__(self, ctx, geladen, session, modus: str = "oefenen", started: Optional[datetime] = None):
        """`started`: when the attempt began (a resumed attempt keeps its first start, so its duration is right)."""
        super().__init__(ctx)
        self.geladen = session.geladen  # for a scenario that varies: the case this session plays
        self.session = session
        self.modus = modus
        self.form = Form(ctx)
        self.started = started or datetime.now(timezone.utc)
        self.elapsed = 0.0
        """Seconds on this step so far: the sum of the dt that update() received (a pause stops it)."""
        self.answer_text = ""
        self.error = ""
        self.mood_note = None
        """(who, before, after) of the last mood change, shown until the next step."""
        self.typed: Optional[TypedText] = None
        """The line being typed out, while it is (see Instellingen.tempo)."""
        self.recorded = False
        self.person = view.first_person(geladen.scenario)
        self._new_step(fresh=not session.state.log)

    # -- steps -------------------------------------------------------------------------------

    def enter(self) -> None:
        if not self.session.state.log and self.geladen.scenario.waar() == "verkoopruimte":
            self.ctx.sounds.play("deurbel")
        if not self.session.afgelopen:
            self.ctx.autosave(self.geladen, self.session, self.modus, self.started)

    def _new_step(self, fresh: bool = True) -> None:
        step = self.session.step
        if step.spreker is not None:
            self.person = step.spreker.sleutel
        self.answer_text = ""
        self.error = ""
        self.elapsed = 0.0
        self.typing = self.ctx.settings.tempo == "typen" and bool(self.ctx.tekst(step.tekst)) and fresh
        self.relayout()

    def layout(self) -> None:
        self.form = view.build(self)
        self._static = None
        self.dirty = True

    def seconds(self) -> float:
        return round(self.elapsed, 1)

    def mood(self, key):
        return self.session.state.stemmingen.get(key, "neutraal") if key else "neutraal"

    # -- per frame ---------------------------------------------------------------------------

    def animating(self) -> bool:
        return self.typed is not None and not self.typed.done()

    def update(self, dt: float, intents: list) -> None:
        self.elapsed += dt
        if self._open_own_scene():
            return
        typed = self.typed
        if typed is not None and not typed.done():
            typed.type_on(dt * TYPE_SPEED)
            self.dirty = True
            for intent in intents:
                if intent.kind in (I.BACK, I.MENU):
                    self._pause()
                    return
                if intent.kind in (I.CONFIRM, I.CLICK, I.SELECT):
                    typed.show_all()
            if typed.done():
                self.typing = False
                self.relayout()
            return
        for intent in intents:
            if intent.kind == I.BACK:
                self._pause()
                break
            if dialogue_tools.intercept(self, intent):
                break  # the history or the menu opened, or the step moved on
            action = self.form.handle(intent)
            if action is not None:
                self.on_action(action)
            if self.left_top:
                break
        number_answer.refresh(self)  # a typed number clears the reason shown for the last try
        if self.form.dirty:
            self.dirty = True

    def _open_own_scene(self) -> bool:
        """A step whose kind has a scene of its own (the workbench, the loupe) opens it over this one."""
        if not self.on_top or self.session.afgelopen:
            return False
        step = self.session.step
        own = steps.for_step(step).opens(self, step)
        if own is None:
            return False
        self.stack.push(own, self._back_from_own_scene)
        return True

    def _back_from_own_scene(self, result) -> None:
        """The workbench or the loupe closed: with the pause menu's choice, with the step's outcome, or just closed."""
        match result:
            case M.FromPause(choice):
                self._paused(choice)
            case None:
                self.dirty = True
            case uitkomst:
                self._after(uitkomst)

    @property
    def wants_text(self) -> bool:
        return self.form.focused is not None and self.form.focused.takes_text

    # -- what the student did ----------------------------------------------------------------

    def on_action(self, action: M.Message) -> None:
        if isinstance(action, M.Pause):
            self._pause()
        elif isinstance(action, M.OpenHistory):
            dialogue_tools.open_history(self)
        elif isinstance(action, M.StepBack):
            dialogue_tools.step_back(self)
        else:
            steps.for_step(self.session.step).handle(self, action)

    def submit(self, move: Move) -> None:
        """The student's move at this step, with the time it took."""
        self._after(self.session.do(move, self.seconds()))

    def show_results(self) -> None:
        from simulator.ui.scenes.results import ResultsScene
        self.stack.replace(ResultsScene(self.ctx, self.geladen, self.session, self.modus))

    def _after(self, uitkomst) -> None:
        if uitkomst.stemming is not None or uitkomst.keuze != "verder":
            self.mood_note = uitkomst.stemming  # reading on keeps the last change in view
        if self.session.afgelopen:
            self._record()
        else:
            self.ctx.autosave(self.geladen, self.session, self.modus, self.started)
        shows = uitkomst.feedback or uitkomst.punten or uitkomst.kritiek or getattr(uitkomst, "tempo", None)
        same_step = uitkomst.volgende == uitkomst.stap
        if self.modus == "oefenen" and shows and not same_step:
            from simulator.ui.scenes.feedback import FeedbackScene
            feedback = FeedbackScene(self.ctx, self.geladen, uitkomst, terug=dialogue_tools.can_step_back(self))
            self.stack.push(feedback, self._after_feedback)
        else:
            self.last = uitkomst if same_step else None
            self._new_step()

    def _after_feedback(self, result) -> None:
        """The feedback panel closed: on to the next step, or (practice) straight back before this move."""
        self._new_step()
        if isinstance(result, M.StepBack):
            dialogue_tools.step_back(self)

    def _record(self) -> None:
        if self.recorded:
            return
        self.recorded = True
        self.ctx.record_attempt(self.geladen, self.session, self.modus, self.started, datetime.now(timezone.utc))
        self.ctx.clear_autosave(self.geladen.scenario.id)

    def leave(self) -> None:
        """The game closes (the window's cross, Alt+F4): keep what was filled in but not handed in."""
        self._keep_concept()

    def _keep_concept(self) -> None:
        if self.session.afgelopen or self.recorded:
            return
        concept = steps.for_step(self.session.step).concept(self)
        if concept is not None and concept != self.session.concept:
            self.session.bewaar_concept(concept)
            self.ctx.autosave(self.geladen, self.session, self.modus, self.started)

    def _pause(self) -> None:
        self._keep_concept()  # the pause menu's 'Stoppen' keeps the game's place, with a half-filled form
        from simulator.ui.scenes.pause import PauseScene
        self.stack.push(PauseScene(self.ctx, self.session, self.modus), self._paused)

    def _paused(self, result) -> None:
        match result:
            case M.Restart():
                from simulator.engine import Session
                g = self.geladen
                self.ctx.clear_autosave(self.geladen.scenario.id)
                fresh = Session(g, tijdsdruk=self.session.tijdsdruk, zaad=new_seed(g, self.session.state.zaad))
                self.stack.replace(DialogueScene(self.ctx, g, fresh, self.modus))
            case M.Stop():
                self.stack.pop(None)
            case M.OpenHistory():
                dialogue_tools.open_history(self)
            case M.StepBack():
                dialogue_tools.step_back(self)
            case _:
                self.dirty = True

    # -- drawing -----------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        if self._static is None or self._static.get_size() != surface.get_size():
            # the stage changes only per step (portrait, mood): drawn once, then one opaque blit a frame
            self._static = pygame.Surface(surface.get_size()).convert()
            view.draw_stage(self, self._static)
            draw.panel(self._static, self.ctx.theme, self.panel_rect)
        surface.blit(self._static, (0, 0))
        self.form.draw(surface)
        self.dirty = False

    _static: Optional[pygame.Surface] = None

    last = None
    panel_rect = pygame.Rect(0, 0, 0, 0)
