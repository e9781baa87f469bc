"""What a result means in words: priorities with their actions, and findings.

Built once from a :class:`ReadinessResult`, in the content language, by plain functions;
the live results panel and the PDF both lay out exactly this, so the leave-behind says
what the client saw on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.model import Reference, pick
from .model import ADVICE, Questionnaire
from .scoring import ReadinessResult


@dataclass(frozen=True)
class PriorityText:
    dimension: str
    score: float
    lever: str
    recommendation: str  # '' when the pack has no recommendation for this score
    actions: tuple[str, ...]


@dataclass(frozen=True)
class InsightText:
    text: str
    advice: bool  # the consultant's advice rather than a finding of the survey
    source: Reference | None


@dataclass(frozen=True)
class Disagreement:
    dimension: str
    spread: float


@dataclass(frozen=True)
class KnowledgeGap:
    dimension: str
    dont_know: int  # "don't know" answers in the dimension
    people: int  # participants who gave at least one of them
    participants: int  # participants in the check


@dataclass(frozen=True)
class Findings:
    priorities: tuple[PriorityText, ...]
    insights: tuple[InsightText, ...]
    disagreements: tuple[Disagreement, ...]
    knowledge_gaps: tuple[KnowledgeGap, ...]
    knowledge_gap_advice: str
    dont_know: str = ""  # the pack's own words for the answer, as the options show it

    @property
    def has_findings(self) -> bool:
        return bool(self.insights or self.disagreements or self.knowledge_gaps)


def findings(questionnaire: Questionnaire, result: ReadinessResult, lang: str) -> Findings:
    """The words for ``result`` in ``lang``."""
    priorities = []
    for priority in result.priorities:
        recommendation = questionnaire.recommendation(priority.recommendation_id)
        priorities.append(
            PriorityText(
                dimension=questionnaire.title(priority.dimension_id, lang),
                score=priority.score,
                lever=pick(questionnaire.dimension(priority.dimension_id).lever, lang),
                recommendation=pick(recommendation.title, lang) if recommendation else "",
                actions=recommendation.action_list(lang) if recommendation else (),
            )
        )
    participants = len(result.dimensions[0].by_participant) if result.dimensions else 0
    gaps = []
    for dimension_id in result.knowledge_gaps:
        dimension = result.dimension(dimension_id)
        people = {c.participant_id for c in dimension.contributions if c.option is None}
        gaps.append(
            KnowledgeGap(
                questionnaire.title(dimension_id, lang),
                dimension.dont_know,
                len(people),
                participants,
            )
        )
    return Findings(
        priorities=tuple(priorities),
        insights=tuple(
            InsightText(pick(i.text, lang), i.kind == ADVICE, i.source) for i in result.insights
        ),
        disagreements=tuple(
            Disagreement(questionnaire.title(d.dimension_id, lang), d.spread)
            for d in result.dimensions
            if d.disagreement and d.spread is not None
        ),
        knowledge_gaps=tuple(gaps),
        knowledge_gap_advice=pick(questionnaire.knowledge_gap, lang),
        dont_know=pick(questionnaire.dont_know, lang),
    )
