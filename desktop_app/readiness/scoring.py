"""Scoring a readiness check: per dimension and overall, stage, place among the survey, advice.

Every number here can be traced: DimensionScore keeps each answer's contribution, and the
weights and thresholds come from the pack. The rules:

* an option on an anchored scale of k options scores 100 × index / (k − 1);
* "don't know" is not scored at all (never as zero); it is counted as a knowledge gap;
* a question's group score is the mean of its participants' scores;
* a dimension's score is the weighted mean (question weights) of its questions' group scores;
* the overall score is the weighted mean (dimension weights) of the dimensions with a score;
* the stage is the highest whose ``min_score`` the overall score reaches;
* priorities are the three dimensions with the highest weight × (100 − score).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.model import ReportPack
from ..core.stats import wilson_interval
from .answers import CheckAnswers
from .model import DONT_KNOW, Insight, Questionnaire

PRIORITY_COUNT = 3


@dataclass(frozen=True)
class Contribution:
    question_id: str
    participant_id: int
    option: int | None  # None: "don't know"
    points: float | None
    weight: float


@dataclass(frozen=True)
class DimensionScore:
    dimension_id: str
    score: float | None  # None when nobody could answer any of its questions
    by_participant: dict[int, float | None]
    spread: float | None  # highest minus lowest participant score
    disagreement: bool
    asked: int
    dont_know: int
    contributions: tuple[Contribution, ...]


@dataclass(frozen=True)
class SurveyShare:
    """How common an answer was among the surveyed organisations."""

    item_id: str
    share: float
    interval: tuple[float, float] | None
    chosen: bool


@dataclass(frozen=True)
class LadderPosition:
    level: str
    ahead_of: float  # % of surveyed organisations on a lower level
    same: float  # % on the same level
    behind: float  # % on a higher level


@dataclass(frozen=True)
class Priority:
    dimension_id: str
    score: float
    urgency: float  # weight × (100 − score)
    recommendation_id: str | None


@dataclass(frozen=True)
class ReadinessResult:
    overall: float | None
    stage_id: str | None
    dimensions: tuple[DimensionScore, ...]
    position: LadderPosition | None
    obstacles: tuple[SurveyShare, ...]  # every obstacle of the survey, the client's marked
    profile_shares: dict[str, tuple[SurveyShare, ...]]
    insights: tuple[Insight, ...]
    priorities: tuple[Priority, ...]
    knowledge_gaps: tuple[str, ...]  # dimensions with at least one "don't know"
    answered: int
    total: int

    def dimension(self, dimension_id: str) -> DimensionScore:
        return next(d for d in self.dimensions if d.dimension_id == dimension_id)

    @property
    def shared_obstacles(self) -> tuple[SurveyShare, ...]:
        return tuple(o for o in self.obstacles if o.chosen)


def _weighted_mean(pairs: list[tuple[float, float]]) -> float | None:
    total = sum(w for _, w in pairs)
    return sum(v * w for v, w in pairs) / total if total else None


def score_check(
    questionnaire: Questionnaire, pack: ReportPack, answers: CheckAnswers
) -> ReadinessResult:
    """Score ``answers`` against the questionnaire and the survey's figures in ``pack``."""
    questions = questionnaire.questions_for(answers.mode)
    dimensions = []
    knowledge_gaps = []
    answered = 0
    for dimension in questionnaire.dimensions:
        asked = [q for q in questions if q.dimension == dimension.id]
        contributions = []
        group_scores: list[tuple[float, float]] = []
        per_participant: dict[int, list[tuple[float, float]]] = {
            p.id: [] for p in answers.participants
        }
        dont_know = 0
        for question in asked:
            points_given = []
            for participant in answers.participants:
                value = participant.answers.get(question.id)
                if value is None:
                    continue
                answered += 1
                if value == DONT_KNOW:
                    dont_know += 1
                    contributions.append(
                        Contribution(question.id, participant.id, None, None, question.weight)
                    )
                    continue
                if not isinstance(value, int) or not 0 <= value < len(question.options):
                    continue  # saved against another version of the question: not scored
                points = question.points(value)
                points_given.append(points)
                per_participant[participant.id].append((points, question.weight))
                contributions.append(
                    Contribution(question.id, participant.id, value, points, question.weight)
                )
            if points_given:
                group_scores.append((sum(points_given) / len(points_given), question.weight))
        by_participant = {pid: _weighted_mean(pairs) for pid, pairs in per_participant.items()}
        known = [s for s in by_participant.values() if s is not None]
        spread = max(known) - min(known) if len(known) > 1 else None
        if dont_know:
            knowledge_gaps.append(dimension.id)
        dimensions.append(
            DimensionScore(
                dimension_id=dimension.id,
                score=_weighted_mean(group_scores),
                by_participant=by_participant,
                spread=spread,
                disagreement=spread is not None and spread >= questionnaire.disagreement_threshold,
                asked=len(asked),
                dont_know=dont_know,
                contributions=tuple(contributions),
            )
        )
    weights = {d.id: d.weight for d in questionnaire.dimensions}
    overall = _weighted_mean(
        [(d.score, weights[d.dimension_id]) for d in dimensions if d.score is not None]
    )

    profile_shares, position, insights = _profile(pack, questionnaire, answers)
    for profile in questionnaire.profile_for(answers.mode):
        if profile.per_participant:
            answered += sum(1 for p in answers.participants if profile.id in p.answers)
        elif profile.id in answers.profile:
            answered += 1
    total = len(questions) * len(answers.participants) + sum(
        len(answers.participants) if p.per_participant else 1
        for p in questionnaire.profile_for(answers.mode)
    )
    urgent = sorted(
        (d for d in dimensions if d.score is not None),
        key=lambda d: -weights[d.dimension_id] * (100.0 - d.score),
    )
    priorities = tuple(
        Priority(
            d.dimension_id,
            d.score,
            weights[d.dimension_id] * (100.0 - d.score),
            getattr(questionnaire.recommendation_for(d.dimension_id, d.score), "id", None),
        )
        for d in urgent[:PRIORITY_COUNT]
    )
    obstacles = profile_shares.get(questionnaire.obstacles_question or "", ())
    return ReadinessResult(
        overall=overall,
        stage_id=questionnaire.stage_for(overall).id if overall is not None else None,
        dimensions=tuple(dimensions),
        position=position,
        obstacles=obstacles,
        profile_shares=profile_shares,
        insights=insights,
        priorities=priorities,
        knowledge_gaps=tuple(knowledge_gaps),
        answered=answered,
        total=total,
    )


def _profile(pack: ReportPack, questionnaire: Questionnaire, answers: CheckAnswers):
    """Survey shares of every profile answer, the ladder position and the matching insights."""
    shares: dict[str, tuple[SurveyShare, ...]] = {}
    chosen_by_question: dict[str, set[str]] = {}
    for profile in questionnaire.profile:
        if profile.per_participant:
            chosen = {
                p.answers[profile.id] for p in answers.participants if profile.id in p.answers
            }
        else:
            value = answers.profile.get(profile.id)
            chosen = set(value) if isinstance(value, tuple) else ({value} if value else set())
        chosen_by_question[profile.id] = chosen
        figure = pack.figures[profile.figure_id]
        shares[profile.id] = tuple(
            SurveyShare(
                item.item_id,
                item.value,
                wilson_interval(item.value, item.n) if item.n else None,
                item.item_id in chosen,
            )
            for item in figure.items
        )
    position = None
    ladder = questionnaire.ladder()
    if ladder is not None:
        level = answers.profile.get(ladder.id)
        if isinstance(level, str) and level in ladder.ladder:
            value = {s.item_id: s.share for s in shares[ladder.id]}
            index = ladder.ladder.index(level)
            position = LadderPosition(
                level=level,
                ahead_of=sum(value[i] for i in ladder.ladder[:index]),
                same=value[level],
                behind=sum(value[i] for i in ladder.ladder[index + 1 :]),
            )
    insights = tuple(
        insight
        for insight in questionnaire.insights
        if chosen_by_question.get(insight.question, set()) & set(insight.options)
    )
    return shares, position, insights


@dataclass(frozen=True)
class DimensionChange:
    dimension_id: str
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def compare(before: ReadinessResult, after: ReadinessResult) -> list[DimensionChange]:
    """What moved between two checks of the same client, per dimension, in the pack's order."""
    return [
        DimensionChange(d.dimension_id, before.dimension(d.dimension_id).score, d.score)
        for d in after.dimensions
    ]
