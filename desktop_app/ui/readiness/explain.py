"""How a result was calculated: every answer, its points and weight, every threshold."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...core.model import pick
from ...readiness.model import Questionnaire
from ...readiness.scoring import ReadinessResult
from ...readiness.store import StoredCheck
from ..formatting import number, percent
from ..safe_text import SafeTextDocument


def fmt(value: float | None) -> str:
    return "–" if value is None else number(value, 1)


class ExplainDialog(QDialog):
    def __init__(
        self,
        questionnaire: Questionnaire,
        check: StoredCheck,
        result: ReadinessResult,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("explainDialog")
        self.setWindowTitle(self.tr("How was this calculated?"))
        self.resize(820, 700)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setDocument(SafeTextDocument(self.text))
        self.text.setHtml(self.html(questionnaire, check, result, lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def html(
        self, questionnaire: Questionnaire, check: StoredCheck, result: ReadinessResult, lang: str
    ) -> str:
        roles = {p.id: p.role or "?" for p in check.answers.participants}
        parts = [
            "<h2>%s</h2>" % self.tr("How the score was calculated"),
            "<p>%s</p>"
            % self.tr(
                "Each answer on a scale of k options scores 100 × (option − 1) / (k − 1). "
                "“Don't know” is not scored: it is counted as a gap in knowledge. A question's score is the "
                "mean of its participants; a dimension's score is the weighted mean of its questions; the overall "
                "score is the weighted mean of the dimensions that have a score."
            ),
        ]
        weights = {d.id: d.weight for d in questionnaire.dimensions}
        for dimension in result.dimensions:
            parts.append(
                "<h3>%s — %s</h3>"
                % (escape(questionnaire.title(dimension.dimension_id, lang)), fmt(dimension.score))
            )
            parts.append(
                "<p>%s</p>"
                % self.tr("Dimension weight {w}").format(w=number(weights[dimension.dimension_id]))
            )
            parts.append(
                "<table border='1' cellspacing='0' cellpadding='4'><tr>"
                "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>"
                % (
                    self.tr("Question"),
                    self.tr("Participant"),
                    self.tr("Answer"),
                    self.tr("Points"),
                    self.tr("Weight"),
                )
            )
            for c in dimension.contributions:
                question = questionnaire.question(c.question_id)
                answer = (
                    pick(questionnaire.dont_know, lang)
                    if c.option is None
                    else f"{c.option + 1}. {pick(question.options[c.option], lang)}"
                )
                parts.append(
                    "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                    % (
                        escape(pick(question.text, lang)),
                        escape(roles.get(c.participant_id, "?")),
                        escape(answer),
                        fmt(c.points),
                        number(c.weight),
                    )
                )
            parts.append("</table>")
            if dimension.spread is not None:
                parts.append(
                    "<p>%s</p>"
                    % self.tr(
                        "Spread between participants: {s} points (disagreement from {t})."
                    ).format(
                        s=number(dimension.spread, 0),
                        t=number(questionnaire.disagreement_threshold),
                    )
                )
        parts.append("<h3>%s — %s</h3>" % (self.tr("Overall"), fmt(result.overall)))
        parts.append("<p>%s</p><ul>" % self.tr("Stages start at these overall scores:"))
        parts += [
            "<li>%s: %s</li>" % (escape(pick(s.title, lang)), number(s.min_score))
            for s in questionnaire.stages
        ]
        parts.append("</ul>")
        parts.append(
            "<h3>%s</h3><p>%s</p><ul>"
            % (
                self.tr("Priorities"),
                self.tr(
                    "Urgency = dimension weight × (100 − score); the three most urgent come first."
                ),
            )
        )
        parts += [
            "<li>%s: %s × (100 − %s) = %s</li>"
            % (
                escape(questionnaire.title(p.dimension_id, lang)),
                number(weights[p.dimension_id]),
                number(p.score, 1),
                number(p.urgency, 1),
            )
            for p in result.priorities
        ]
        parts.append("</ul>")
        if result.position is not None:
            parts.append(
                "<h3>%s</h3><p>%s</p>"
                % (
                    self.tr("Place among the survey"),
                    self.tr(
                        "Ahead of = the survey's share of organisations on a lower adoption level: {a}."
                    ).format(a=percent(result.position.ahead_of)),
                )
            )
        return "".join(parts)
