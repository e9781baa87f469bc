"""A check's answers and their validation: an invalid answer names its question."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import DONT_KNOW, MODES, Questionnaire

AnswerValue = int | str | tuple[str, ...]


class InvalidAnswer(ValueError):
    """An answer that cannot be scored; the message names the question.

    ``code`` says what is wrong, so the shell can say it in the interface language:
    NOT_AN_OPTION, OFF_SCALE, UNKNOWN_QUESTION, NOT_A_LIST, UNKNOWN_OPTION, MISSING,
    UNKNOWN_MODE or NO_PARTICIPANTS; ``value`` is the answer that was refused.
    """

    def __init__(self, question_id: str, code: str, message: str, value: object = None) -> None:
        self.question_id = question_id
        self.code = code
        self.value = value
        super().__init__(f"question '{question_id}': {message}")


NOT_AN_OPTION, OFF_SCALE, UNKNOWN_QUESTION = "not_an_option", "off_scale", "unknown_question"
NOT_A_LIST, UNKNOWN_OPTION, MISSING = "not_a_list", "unknown_option", "missing"
UNKNOWN_MODE, NO_PARTICIPANTS = "unknown_mode", "no_participants"


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
            raise InvalidAnswer(
                question_id, NOT_AN_OPTION, f"answer {value!r} is not an option number", value
            )
        if not 0 <= value < len(question.options):
            raise InvalidAnswer(
                question_id,
                OFF_SCALE,
                f"answer {value} is off the scale (0 to {len(question.options) - 1})",
                value,
            )
        return value
    profile = questionnaire.profile_question(question_id)
    if profile is None:
        raise InvalidAnswer(question_id, UNKNOWN_QUESTION, "unknown question")
    if profile.choice == "multiple":
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise InvalidAnswer(question_id, NOT_A_LIST, "expects a list of options", value)
        unknown = [v for v in value if v not in profile.options]
        if unknown:
            raise InvalidAnswer(
                question_id,
                UNKNOWN_OPTION,
                f"unknown option(s) {', '.join(map(str, unknown))}",
                tuple(unknown),
            )
        return tuple(o for o in profile.options if o in value)  # the figure's order, no repeats
    if value not in profile.options:
        raise InvalidAnswer(question_id, UNKNOWN_OPTION, f"unknown option {value!r}", value)
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
        raise InvalidAnswer("mode", UNKNOWN_MODE, f"unknown mode {answers.mode!r}", answers.mode)
    if not answers.participants:
        raise InvalidAnswer(
            "participants", NO_PARTICIPANTS, "a check needs at least one participant"
        )
    missing = missing_answers(questionnaire, answers)
    if missing:
        raise InvalidAnswer(missing[0], MISSING, "a required answer is missing")
