"""The results in words, laid out once for the live panel and the PDF alike.

The words come from the readiness engine (``readiness.findings``); this module only puts
them into the interface language's sentences and into simple HTML.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from ...core.model import ReportPack, pick
from ...readiness.findings import Findings
from ...readiness.model import Questionnaire
from ...readiness.scoring import ReadinessResult
from ..survey_words import respondents

translate = QCoreApplication.translate  # a name lupdate recognises


def number(value: float, decimals: int = 0) -> str:
    """A number as the reader's language writes it (decimal comma in Dutch)."""
    return QLocale().toString(float(value), "f", decimals)


def score_text(result: ReadinessResult) -> str:
    if result.overall is None:
        return "–"
    return translate("ResultsText", "{score} / 100").format(score=number(result.overall))


def stage_html(questionnaire: Questionnaire, result: ReadinessResult, lang: str) -> str:
    stage = questionnaire.stage(result.stage_id)
    if stage is None:
        return escape(translate("ResultsText", "Answer a readiness question to see a score."))
    return "<b>%s</b> %s<br>%s" % (
        escape(translate("ResultsText", "Stage:")),
        escape(pick(stage.title, lang)),
        escape(pick(stage.description, lang)),
    )


def position_text(
    questionnaire: Questionnaire, pack: ReportPack, result: ReadinessResult, lang: str
) -> str:
    """The client's place on the survey's ladder, and the pack's note on how it is ranked."""
    text = position_sentence(questionnaire, pack, result, lang)
    note = ladder_note(questionnaire, lang) if result.position is not None else ""
    return f"{text} {note}" if note else text


def ladder_note(questionnaire: Questionnaire, lang: str) -> str:
    """The pack's note on how the survey's ladder ranks a place ('' when it has none)."""
    ladder = questionnaire.ladder()
    return pick(ladder.ladder_note, lang) if ladder.ladder_note else ""


def position_sentence(
    questionnaire: Questionnaire, pack: ReportPack, result: ReadinessResult, lang: str
) -> str:
    """The client's place on the survey's ladder in one sentence, without the note."""
    if result.position is None:
        return translate(
            "ResultsText",
            "Answer the adoption question to see your place among the {n} {respondents}.",
        ).format(n=number(pack.survey_n), respondents=respondents(pack, lang))
    ladder = questionnaire.ladder()
    level = pack.figures[ladder.figure_id].item(result.position.level)
    return translate(
        "ResultsText", "“{level}”: ahead of {ahead}% of the {base}; {same}% are at the same level."
    ).format(
        level=pick(level.label, lang),
        base=pick(pack.survey_base, lang),
        ahead=number(result.position.ahead_of),
        same=number(result.position.same),
    )


def progress_text(result: ReadinessResult) -> str:
    return translate("ResultsText", "{answered} of {total} answers given").format(
        answered=result.answered, total=result.total
    )


def priorities_html(findings: Findings) -> str:
    if not findings.priorities:
        return "<h3>%s</h3><p>%s</p>" % (
            escape(translate("ResultsText", "Priorities")),
            escape(
                translate("ResultsText", "Answer the readiness questions to see what to do first.")
            ),
        )
    parts = ["<h3>%s</h3><ol>" % escape(translate("ResultsText", "Top three priorities"))]
    for priority in findings.priorities:
        parts.append(
            "<li><b>%s</b> (%s)"
            % (
                escape(priority.dimension),
                escape(translate("ResultsText", "score {s}").format(s=number(priority.score))),
            )
        )
        if priority.lever:
            parts.append("<br>%s" % escape(priority.lever))
        if priority.recommendation:
            parts.append("<br><i>%s</i><ul>" % escape(priority.recommendation))
            parts += ["<li>%s</li>" % escape(action) for action in priority.actions]
            parts.append("</ul>")
        parts.append("</li>")
    parts.append("</ol>")
    return "".join(parts)


def findings_html(findings: Findings, pack: ReportPack, lang: str) -> str:
    """Insights (each with where the report says it), disagreements and gaps in knowledge."""
    parts = []
    said = [i for i in findings.insights if not i.advice]
    advice = [i for i in findings.insights if i.advice]
    if said:
        parts.append(
            "<h3>%s</h3><ul>"
            % escape(
                translate("ResultsText", "What the report says about organisations like yours")
            )
        )
        for insight in said:
            source = ""
            if insight.source is not None:
                source = " <small>(%s)</small>" % escape(
                    translate("ResultsText", "Source: {place}").format(
                        place=pack.place(insight.source, lang)
                    )
                )
            parts.append("<li>%s%s</li>" % (escape(insight.text), source))
        parts.append("</ul>")
    if advice:
        parts.append(
            "<h3>%s</h3><ul>"
            % escape(translate("ResultsText", "Our advice (not a finding of the survey)"))
        )
        parts += ["<li>%s</li>" % escape(i.text) for i in advice]
        parts.append("</ul>")
    if findings.disagreements:
        parts.append(
            "<h3>%s</h3><ul>" % escape(translate("ResultsText", "Where the participants disagree"))
        )
        for item in findings.disagreements:
            parts.append(
                "<li>%s</li>"
                % escape(
                    translate(
                        "ResultsText", "{dimension}: scores differ by {spread} points"
                    ).format(dimension=item.dimension, spread=number(item.spread))
                )
            )
        parts.append("</ul>")
    if findings.knowledge_gaps:
        parts.append(
            "<h3>%s</h3><p>%s</p><ul>"
            % (
                escape(translate("ResultsText", "Gaps in knowledge")),
                escape(findings.knowledge_gap_advice),
            )
        )
        for gap in findings.knowledge_gaps:
            parts.append(
                "<li>%s</li>"
                % escape(
                    (
                        translate(
                            "ResultsText",
                            "{dimension}: {people} of {participants} participants answered “{dont_know}” ({count}×)",
                        )
                        if gap.participants > 1
                        else translate(
                            "ResultsText",
                            "{dimension}: the participant answered “{dont_know}” ({count}×)",
                        )
                    ).format(
                        dimension=gap.dimension,
                        people=gap.people,
                        participants=gap.participants,
                        count=gap.dont_know,
                        dont_know=findings.dont_know,
                    )
                )
            )
        parts.append("</ul>")
    return "".join(parts)
