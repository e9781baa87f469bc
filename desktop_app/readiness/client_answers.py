"""The client's answers to the survey's own questions, per figure of the report.

The profile questions of readiness.toml are built on figures of the report (adoption
level, main reason, obstacles, sector, job level): whatever the pack names there, the
client's answer can be marked on every chart of that figure. Without Qt.
"""

from __future__ import annotations

from .model import Questionnaire
from .scoring import ReadinessResult


def client_answers(
    questionnaire: Questionnaire, result: ReadinessResult
) -> dict[str, tuple[str, ...]]:
    """Figure id -> the items the client chose, for every profile question answered."""
    answers: dict[str, tuple[str, ...]] = {}
    for profile in questionnaire.profile:
        shares = result.profile_shares.get(profile.id, ())
        chosen = tuple(s.item_id for s in shares if s.chosen)
        if chosen:
            answers[profile.figure_id] = tuple(
                dict.fromkeys(answers.get(profile.figure_id, ()) + chosen)
            )
    return answers
