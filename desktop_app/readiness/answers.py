"""A check's answers and their validation: an invalid answer names its question."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import DONT_KNOW, MODES, Questionnaire

AnswerValue = int | str | tuple[str, ...]


class InvalidAnswer(ValueError):
    """An answer that cannot be scored; the message names the question."""

    def __init__(self, question_id: str, message: str) -> None:
        self.question_id = question_id
        super().__init__(f"question '{question_id}': {message}")


@dataclass
class Participant:
    """Someone answering, named by role (director, IT lead, HR…)."""

    id: int
    role: str
    answers: dict[str, AnswerValue] = field(default_factory=dict)


@dataclass
class CheckAnswers:
    """Everything answered in one check: the organisation's profile and each participant."""

    mode: str
    profile: dict[str, AnswerValue] = field(default_factory=dict)
    participants: list[Participant] = field(default_factory=list)


def validate_answer(
    questionnaire: Questionnaire, question_id: str, value: AnswerValue
) -> AnswerValue:
    """The answer in canonical form, or InvalidAnswer saying what is wrong with it."""
    question = questionnaire.question(question_id)
    if question is not None:
        if value == DONT_KNOW:
            return DONT_KNOW
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidAnswer(question_id, f"answer {value!r} is not an option number")
        if not 0 <= value < len(question.options):
            raise InvalidAnswer(
                question_id, f"answer {value} is off the scale (0 to {len(question.options) - 1})"
            )
        return value
    profile = questionnaire.profile_question(question_id)
    if profile is None:
        raise InvalidAnswer(question_id, "unknown question")
    if profile.choice == "multiple":
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise InvalidAnswer(question_id, "expects a list of options")
        unknown = [v for v in value if v not in profile.options]
        if unknown:
            raise InvalidAnswer(question_id, f"unknown option(s) {', '.join(map(str, unknown))}")
        return tuple(o for o in profile.options if o in value)  # the figure's order, no repeats
    if value not in profile.options:
        raise InvalidAnswer(question_id, f"unknown option {value!r}")
    return value


def missing_answers(questionnaire: Questionnaire, answers: CheckAnswers) -> list[str]:
    """Questions of the check's mode still without an answer ("don't know" counts as one)."""
    missing = []
    for profile in questionnaire.profile_for(answers.mode):
        if profile.per_participant:
            if any(profile.id not in p.answers for p in answers.participants):
                missing.append(profile.id)
        elif profile.id not in answers.profile:
            missing.append(profile.id)
    for question in questionnaire.questions_for(answers.mode):
        if any(question.id not in p.answers for p in answers.participants):
            missing.append(question.id)
    return missing


def validate_complete(questionnaire: Questionnaire, answers: CheckAnswers) -> None:
    """Raise InvalidAnswer for the first required answer that is missing."""
    if answers.mode not in MODES:
        raise InvalidAnswer("mode", f"unknown mode {answers.mode!r}")
    if not answers.participants:
        raise InvalidAnswer("participants", "a check needs at least one participant")
    missing = missing_answers(questionnaire, answers)
    if missing:
        raise InvalidAnswer(missing[0], "a required answer is missing")
