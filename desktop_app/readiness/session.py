"""A check being answered, without Qt: every rule of answering, saving and scoring.

The shell's widgets show what a :class:`CheckSession` returns and pass on what the user
did; they decide nothing. Every change is written to the store first and applied to the
session only once it is saved, so the screen never shows an answer the database lacks.
Failures are typed (``InvalidAnswer``, ``StoreError``) with codes the shell translates.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..core.model import ReportPack
from .answers import (
    UNKNOWN_QUESTION,
    AnswerValue,
    CheckAnswers,
    InvalidAnswer,
    Participant,
    validate_answer,
)
from .model import MODES, ProfileQuestion, Question, Questionnaire
from .scoring import DimensionChange, ReadinessResult, compare, score_check
from .store import ORGANISATION, CheckStore, StoredCheck, StoreError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Step:
    """One question of the check as it is asked: a survey (profile) or a readiness question."""

    question: ProfileQuestion | Question

    @property
    def id(self) -> str:
        return self.question.id

    @property
    def per_participant(self) -> bool:
        """Answered by each participant; otherwise once, for the organisation."""
        return isinstance(self.question, Question) or self.question.per_participant

    @property
    def multiple(self) -> bool:
        return isinstance(self.question, ProfileQuestion) and self.question.choice == "multiple"

    @property
    def is_survey_question(self) -> bool:
        return isinstance(self.question, ProfileQuestion)


def steps_for(questionnaire: Questionnaire, mode: str) -> list[Step]:
    """The questions of a check in the order they are asked: survey questions first."""
    return [Step(p) for p in questionnaire.profile_for(mode)] + [
        Step(q) for q in questionnaire.questions_for(mode)
    ]


class CheckSession:
    """One open check: its answers, its steps and its live result."""

    def __init__(
        self,
        store: CheckStore,
        questionnaire: Questionnaire,
        pack: ReportPack,
        check: StoredCheck,
    ) -> None:
        self.store = store
        self.questionnaire = questionnaire
        self.pack = pack
        self.check = check
        self.steps: list[Step] = steps_for(questionnaire, check.answers.mode)
        # Set when the list's score summary could not be saved: the answer itself was.
        self.summary_error: StoreError | None = None
        self.result: ReadinessResult = self._score()

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(
        cls, store: CheckStore, questionnaire: Questionnaire, pack: ReportPack, check_id: int
    ) -> CheckSession:
        """The saved check ``check_id``; StoreError when it cannot be read."""
        return cls(store, questionnaire, pack, store.load_check(check_id))

    @classmethod
    def create(
        cls,
        store: CheckStore,
        questionnaire: Questionnaire,
        pack: ReportPack,
        *,
        client: str,
        mode: str,
        language: str,
        first_role: str,
    ) -> CheckSession:
        """A new check with one participant, saved before it is shown."""
        check_id = store.create_check(client, mode, language, pack.id, [first_role])
        return cls.open(store, questionnaire, pack, check_id)

    # -- what the check holds ----------------------------------------------------------
    @property
    def id(self) -> int:
        return self.check.id

    @property
    def answers(self) -> CheckAnswers:
        return self.check.answers

    @property
    def participants(self) -> list[Participant]:
        return self.check.answers.participants

    def participant(self, participant_id: int) -> Participant:
        return next((p for p in self.participants if p.id == participant_id), self.participants[0])

    def answerer(self, step: Step, participant_id: int) -> int:
        """Who answers ``step``: the participant, or the organisation as a whole."""
        return self.participant(participant_id).id if step.per_participant else ORGANISATION

    def value(self, step: Step, participant_id: int) -> AnswerValue | None:
        """The saved answer to ``step`` as ``participant_id`` sees it, or None."""
        if step.per_participant:
            return self.participant(participant_id).answers.get(step.id)
        return self.answers.profile.get(step.id)

    def answered(self, participant_id: int) -> int:
        """How many steps ``participant_id`` sees answered ("don't know" counts as answered)."""
        return sum(1 for step in self.steps if self.value(step, participant_id) is not None)

    # -- answering ---------------------------------------------------------------------
    def choose(self, step: Step, participant_id: int, option: AnswerValue) -> AnswerValue:
        """The whole answer after picking ``option``: a multiple-choice option toggles."""
        if not step.multiple:
            return option
        chosen = set(self.value(step, participant_id) or ()) ^ {option}
        return tuple(o for o in step.question.options if o in chosen)

    def answer(self, step: Step, participant_id: int, value: AnswerValue) -> ReadinessResult:
        """Validate, save, then apply and score: nothing changes unless it was saved.

        ``value`` is the whole answer (for a multiple-choice question, every chosen option;
        see ``choose``). Raises InvalidAnswer or StoreError, and then nothing has changed.
        """
        value = validate_answer(self.questionnaire, step.id, value)
        who = self.answerer(step, participant_id)
        self.store.save_answer(self.id, who, step.id, value)
        if who == ORGANISATION:
            self.answers.profile[step.id] = value
        else:
            self.participant(who).answers[step.id] = value
        return self.rescore()

    def step(self, question_id: str) -> Step:
        """The step of a question of this check's mode; InvalidAnswer when it has none."""
        found = next((s for s in self.steps if s.id == question_id), None)
        if found is None:
            raise InvalidAnswer(question_id, UNKNOWN_QUESTION, "not a question of this check")
        return found

    def rescore(self) -> ReadinessResult:
        """Score the answers again and save the summary the list of checks shows."""
        self.result = self._score()
        position = self.result.position
        try:
            self.store.save_summary(
                self.id,
                self.result.overall,
                self.result.stage_id,
                position.level if position else None,
            )
            self.summary_error = None
        except StoreError as error:
            # The answers are saved; only the list's score is behind. It is recomputed on open.
            log.warning("Score summary of check %s not saved: %s", self.id, error)
            self.summary_error = error
        return self.result

    def _score(self) -> ReadinessResult:
        return score_check(self.questionnaire, self.pack, self.answers)

    # -- the check itself --------------------------------------------------------------
    def rename(self, client: str) -> None:
        client = client.strip()
        if client != self.check.client:
            self.store.rename(self.id, client)
            self.check.client = client

    def set_mode(self, mode: str) -> bool:
        """Quick or full; True when the steps changed."""
        if mode not in MODES or mode == self.answers.mode:
            return False
        self.store.set_mode(self.id, mode)
        self.answers.mode = mode
        self.steps = steps_for(self.questionnaire, mode)
        self.rescore()
        return True

    def add_participant(self, role: str) -> int:
        participant_id = self.store.add_participant(self.id, role.strip())
        self.participants.append(Participant(participant_id, role.strip()))
        self.rescore()
        return participant_id

    def rename_participant(self, participant_id: int, role: str) -> None:
        self.store.rename_participant(participant_id, role.strip())
        self.participant(participant_id).role = role.strip()

    def remove_participant(self, participant_id: int) -> bool:
        """Remove someone and their answers; the last participant stays (False)."""
        if len(self.participants) < 2:
            return False
        self.store.remove_participant(self.id, participant_id)
        self.participants[:] = [p for p in self.participants if p.id != participant_id]
        self.rescore()
        return True

    def reload(self) -> None:
        """Read the check again from the store (after another window changed it)."""
        self.check = self.store.load_check(self.id)
        self.steps = steps_for(self.questionnaire, self.answers.mode)
        self.rescore()


@dataclass(frozen=True)
class Comparison:
    """What moved between two checks of one client, earlier check first."""

    before: StoredCheck
    after: StoredCheck
    dimensions: tuple[DimensionChange, ...]
    overall: DimensionChange


class DifferentClients(ValueError):
    """Two checks of different clients cannot be compared."""


def compare_checks(
    store: CheckStore, questionnaire: Questionnaire, pack: ReportPack, first_id: int, second_id: int
) -> Comparison:
    """Compare two saved checks of the same client; DifferentClients or StoreError if not."""
    first, second = store.load_check(first_id), store.load_check(second_id)
    if first.client.strip().casefold() != second.client.strip().casefold():
        raise DifferentClients(f"checks {first_id} and {second_id} are of different clients")
    before, after = sorted((first, second), key=lambda c: (c.created, c.id))
    old = score_check(questionnaire, pack, before.answers)
    new = score_check(questionnaire, pack, after.answers)
    return Comparison(
        before,
        after,
        tuple(compare(old, new)),
        DimensionChange("overall", old.overall, new.overall),
    )
