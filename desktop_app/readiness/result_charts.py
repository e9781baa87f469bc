"""The live results as chart data, so the readiness charts are drawn like the report's.

Survey charts are ordinary chart definitions made on the fly (the client's answers become
the highlighted items), so counts, intervals and attributions come from the same code as
in the report.
"""

from __future__ import annotations

from collections import Counter

from ..core.chart_data import Attribution, ChartData, ChartRow, chart_data
from ..core.model import ChartSpec, ReportPack, Series, pick
from .model import Questionnaire
from .scoring import DimensionScore, ReadinessResult
from .store import CheckSummary


def _survey_chart(
    pack: ReportPack, chart_id: str, figure_id: str, order, chosen, sort: str, title: str, lang: str
) -> ChartData:
    spec = ChartSpec(
        id=chart_id,
        kind="bar",
        choice="other",
        sort=sort,
        title={lang: title},
        caveat={},
        highlight=tuple(chosen),
        series=(Series(figure_id, tuple(order), {}),),
        line=0,
    )
    return chart_data(pack, spec, lang)


def ladder_chart(
    questionnaire: Questionnaire, pack: ReportPack, result: ReadinessResult, title: str, lang: str
) -> ChartData | None:
    """The survey's adoption ladder, top level first, the client's level highlighted."""
    ladder = questionnaire.ladder()
    if ladder is None:
        return None
    chosen = [result.position.level] if result.position else []
    order = tuple(reversed(ladder.ladder))
    return _survey_chart(
        pack, "readiness_ladder", ladder.figure_id, order, chosen, "pack", title, lang
    )


def obstacles_chart(
    questionnaire: Questionnaire, pack: ReportPack, result: ReadinessResult, title: str, lang: str
) -> ChartData | None:
    """The survey's obstacles by frequency, the client's own highlighted, with 95% intervals."""
    question = questionnaire.profile_question(questionnaire.obstacles_question or "")
    if question is None:
        return None
    chosen = [s.item_id for s in result.shared_obstacles]
    return _survey_chart(
        pack,
        "readiness_obstacles",
        question.figure_id,
        question.options,
        chosen,
        "value",
        title,
        lang,
    )


def dimensions_chart(
    questionnaire: Questionnaire, result: ReadinessResult, title: str, lang: str, unknown: str = "?"
) -> ChartData:
    """The client's score per dimension (0 to 100); the three priorities highlighted.

    With several participants, the 'interval' of a bar is the range of their scores.
    """
    priorities = {p.dimension_id for p in result.priorities}
    rows = tuple(
        ChartRow(
            figure_id="readiness",
            item_id=d.dimension_id,
            label=questionnaire.title(d.dimension_id, lang)
            + ("" if d.score is not None else f" ({unknown})"),
            series_index=0,
            series_label="",
            value=float(round(d.score or 0.0)),  # whole points, as the overall score is shown
            unit="score",
            n=None,
            count=None,
            interval=participant_range(d),
            highlighted=d.dimension_id in priorities,
            known=d.score is not None,
        )
        for d in result.dimensions
    )
    return ChartData("readiness_dimensions", title, "", "other", rows, (), ())


def several_participants(result: ReadinessResult) -> bool:
    """Whether more than one participant has scores: then the spread between them is shown."""
    scored = {p for d in result.dimensions for p, s in d.by_participant.items() if s is not None}
    return len(scored) > 1


def participant_range(dimension: DimensionScore) -> tuple[float, float] | None:
    known = [s for s in dimension.by_participant.values() if s is not None]
    return (min(known), max(known)) if len(known) > 1 else None


def clients_vs_survey(
    questionnaire: Questionnaire,
    pack: ReportPack,
    checks: list[CheckSummary],
    lang: str,
    *,
    title: str,
    mine: str,
    mine_base: str,
    mine_source: str,
    survey: str,
) -> ChartData:
    """Per adoption level: the share of my clients (latest check each) beside the survey's."""
    ladder = questionnaire.ladder()
    figure = pack.figures[ladder.figure_id]
    latest: dict[str, str] = {}
    for summary in sorted(checks, key=lambda s: s.updated):
        if summary.adoption_level:
            latest[summary.client.casefold()] = summary.adoption_level
    counts = Counter(latest.values())
    total = sum(counts.values())
    rows = []
    for item_id in reversed(ladder.ladder):
        item = figure.item(item_id)
        share = round(100.0 * counts[item_id] / total, 1) if total else 0.0
        for index, (label, value, n) in enumerate(
            ((mine, share, total or None), (survey, item.value, item.n))
        ):
            count = None if n is None else round(value * n / 100)
            rows.append(
                ChartRow(
                    figure.id,
                    item_id,
                    pick(item.label, lang),
                    index,
                    label,
                    value,
                    "percent",
                    n,
                    count,
                    None,
                    False,
                )
            )
    first = figure.items[0]
    attributions = (
        Attribution(mine, total or None, mine_base, mine_source),
        Attribution(survey, first.n, pick(first.base, lang), first.source),
    )
    return ChartData(
        "my_clients_vs_survey", title, "", "single", tuple(rows), (mine, survey), attributions
    )
