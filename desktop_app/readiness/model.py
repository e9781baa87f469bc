"""The readiness questionnaire as the pack defines it: stages, dimensions, questions, advice."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.model import LocalText, Reference, pick

DONT_KNOW = "dont_know"
QUICK, FULL = "quick", "full"
MODES = (QUICK, FULL)
FINDING, ADVICE = "finding", "advice"  # what the survey found / what the consultant advises
INSIGHT_KINDS = (FINDING, ADVICE)


@dataclass(frozen=True)
class Stage:
    id: str
    min_score: float
    title: LocalText
    description: LocalText
    source: Reference | None = None  # where the report says it, when the text cites the survey


@dataclass(frozen=True)
class Dimension:
    id: str
    weight: float
    obstacle: str | None  # the item of the survey's obstacles figure this dimension answers
    title: LocalText
    lever: LocalText


@dataclass(frozen=True)
class ProfileQuestion:
    """One of the survey's own questions; its options are the items of a figure."""

    id: str
    figure_id: str
    choice: str  # "single" or "multiple"
    per_participant: bool
    quick: bool
    ladder: tuple[str, ...] | None  # levels from low to high, for a position among the survey
    text: LocalText
    options: tuple[str, ...]  # item ids, in the figure's order
    # How far the report itself ranks the levels (shown with the position); may be empty.
    ladder_note: LocalText = field(default_factory=dict)
    help: LocalText = field(default_factory=dict)  # shown under the question; may be empty


@dataclass(frozen=True)
class Question:
    """A readiness question on an anchored scale: each option a described situation."""

    id: str
    dimension: str
    quick: bool
    weight: float
    text: LocalText
    options: tuple[LocalText, ...]  # least to most ready
    help: LocalText = field(default_factory=dict)  # shown under the question; may be empty

    def points(self, option: int) -> float:
        """Option ``option`` on a 0 to 100 scale, evenly spaced."""
        return 100.0 * option / (len(self.options) - 1)


@dataclass(frozen=True)
class Recommendation:
    id: str
    dimension: str
    below: float  # applies to dimension scores under this bound (and over the next lower one)
    title: LocalText
    actions: dict[str, tuple[str, ...]]

    def action_list(self, lang: str) -> tuple[str, ...]:
        return self.actions.get(lang) or next(iter(self.actions.values()), ())


@dataclass(frozen=True)
class Insight:
    """What the report says about organisations like the client, or advice marked as such."""

    question: str
    options: tuple[str, ...]
    text: LocalText
    kind: str = FINDING  # FINDING: the survey says it (with a source); ADVICE: the consultant's
    source: Reference | None = None


@dataclass
class Questionnaire:
    stages: list[Stage]
    dimensions: list[Dimension]
    profile: list[ProfileQuestion]
    questions: list[Question]
    recommendations: list[Recommendation]
    insights: list[Insight]
    disagreement_threshold: float
    dont_know: LocalText
    knowledge_gap: LocalText
    obstacles_question: str | None = None  # the profile question whose options are obstacles
    name: LocalText = field(default_factory=dict)  # the check's name ('AI readiness check')

    def questions_for(self, mode: str) -> list[Question]:
        return [q for q in self.questions if mode == FULL or q.quick]

    def profile_for(self, mode: str) -> list[ProfileQuestion]:
        return [p for p in self.profile if mode == FULL or p.quick]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def profile_question(self, question_id: str) -> ProfileQuestion | None:
        return next((p for p in self.profile if p.id == question_id), None)

    def dimension(self, dimension_id: str) -> Dimension:
        return next(d for d in self.dimensions if d.id == dimension_id)

    def ladder(self) -> ProfileQuestion | None:
        return next((p for p in self.profile if p.ladder), None)

    def stage(self, stage_id: str | None) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def recommendation(self, recommendation_id: str | None) -> Recommendation | None:
        return next((r for r in self.recommendations if r.id == recommendation_id), None)

    def stage_for(self, score: float) -> Stage:
        reached = [s for s in self.stages if s.min_score <= score]
        return reached[-1] if reached else self.stages[0]

    def recommendation_for(self, dimension_id: str, score: float) -> Recommendation | None:
        bands = sorted(
            (r for r in self.recommendations if r.dimension == dimension_id), key=lambda r: r.below
        )
        return next((r for r in bands if score < r.below), None)

    def title(self, dimension_id: str, lang: str) -> str:
        return pick(self.dimension(dimension_id).title, lang)
