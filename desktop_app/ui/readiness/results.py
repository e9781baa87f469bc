"""Live results beside the questions: score, stage, place among the survey, charts, advice."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...core.model import ReportPack, pick
from ...readiness.result_charts import dimensions_chart, ladder_chart, obstacles_chart
from ...readiness.scoring import ReadinessResult
from ..chart_widget import ChartCard


class ResultsPanel(QScrollArea):
    """Redrawn on every answer; the chart cards are kept and only given new rows."""

    explainRequested = Signal()
    pdfRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessResults")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pack: ReportPack | None = None
        self.lang = "nl"
        self.result: ReadinessResult | None = None
        body = QWidget(self)
        body.setObjectName("resultsBody")
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(10, 10, 10, 10)
        self.layout_.setSpacing(10)
        self.score = QLabel(body)
        self.score.setObjectName("overallScore")
        font = QFont(self.score.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.score.setFont(font)
        self.stage = QLabel(body)
        self.stage.setObjectName("stage")
        self.stage.setWordWrap(True)
        self.stage.setTextFormat(Qt.TextFormat.RichText)
        self.position = QLabel(body)
        self.position.setObjectName("position")
        self.position.setWordWrap(True)
        position_font = QFont(self.position.font())
        position_font.setPointSizeF(position_font.pointSizeF() * 1.2)
        self.position.setFont(position_font)
        self.progress = QLabel(body)
        self.progress.setProperty("role", "muted")
        self.priorities = self._rich(body, "priorities")
        self.findings = self._rich(body, "findings")
        self.explain_button = QPushButton(body)
        self.explain_button.clicked.connect(self.explainRequested)
        self.pdf_button = QPushButton(body)
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.clicked.connect(self.pdfRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.explain_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        for widget in (self.score, self.stage, self.position, self.progress):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(buttons)
        self.cards: dict[str, ChartCard] = {}
        self.chart_slot = QVBoxLayout()
        self.layout_.addLayout(self.chart_slot)
        self.layout_.addWidget(self.priorities)
        self.layout_.addWidget(self.findings)
        self.layout_.addStretch(1)
        self.setWidget(body)
        self.retranslate()

    def _rich(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Live results"))
        self.explain_button.setText(self.tr("How was this calculated?"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        if self.result is not None:
            self.show_result(self.pack, self.result, self.lang)

    def chart_titles(self) -> dict[str, str]:
        return {
            "readiness_dimensions": self.tr("Readiness per dimension (0 to 100)"),
            "readiness_ladder": self.tr("Your place on the survey's adoption ladder"),
            "readiness_obstacles": self.tr("Your obstacles against the surveyed organisations"),
        }

    def show_result(self, pack: ReportPack, result: ReadinessResult, lang: str) -> None:
        self.pack, self.result, self.lang = pack, result, lang
        questionnaire = pack.readiness
        if result.overall is None:
            self.score.setText("–")
            self.stage.setText(self.tr("Answer a readiness question to see a score."))
        else:
            stage = next(s for s in questionnaire.stages if s.id == result.stage_id)
            self.score.setText(self.tr("{score:.0f} / 100").format(score=result.overall))
            self.stage.setText(
                "<b>%s</b> %s<br>%s"
                % (
                    self.tr("Stage:"),
                    escape(pick(stage.title, lang)),
                    escape(pick(stage.description, lang)),
                )
            )
        if result.position is not None:
            ladder = questionnaire.ladder()
            level = pack.figures[ladder.figure_id].item(result.position.level)
            self.position.setText(
                self.tr(
                    "“{level}”: ahead of {ahead:g}% of the {base}; {same:g}% are at the same level."
                ).format(
                    level=pick(level.label, lang),
                    base=pick(pack.survey_base, lang),
                    ahead=result.position.ahead_of,
                    same=result.position.same,
                )
            )
        else:
            self.position.setText(
                self.tr(
                    "Answer the adoption question to see your place among the {n} organisations."
                ).format(n=pack.survey_n)
            )
        self.progress.setText(
            self.tr("{answered} of {total} answers given").format(
                answered=result.answered, total=result.total
            )
        )
        titles = self.chart_titles()
        for data in (
            dimensions_chart(
                pack, result, titles["readiness_dimensions"], lang, self.tr("no score: not known")
            ),
            ladder_chart(pack, result, titles["readiness_ladder"], lang),
            obstacles_chart(pack, result, titles["readiness_obstacles"], lang),
        ):
            if data is None:
                continue
            card = self.cards.get(data.chart_id)
            if card is None:
                label = self.tr("Spread") if data.chart_id == "readiness_dimensions" else ""
                card = ChartCard(data, self.widget(), interval_label=label)
                self.cards[data.chart_id] = card
                self.chart_slot.addWidget(card)
            else:
                card.set_data(data)
            if data.chart_id == "readiness_dimensions":
                several = (
                    len(
                        {
                            p
                            for d in result.dimensions
                            for p, s in d.by_participant.items()
                            if s is not None
                        }
                    )
                    > 1
                )
                card.set_intervals_visible(several)
        self.priorities.setText(self._priorities_html())
        self.findings.setText(self._findings_html())

    def _priorities_html(self) -> str:
        questionnaire, lang = self.pack.readiness, self.lang
        if not self.result.priorities:
            return "<h3>%s</h3><p>%s</p>" % (
                self.tr("Priorities"),
                self.tr("Answer the readiness questions to see what to do first."),
            )
        parts = ["<h3>%s</h3><ol>" % self.tr("Top three priorities")]
        for priority in self.result.priorities:
            recommendation = next(
                (r for r in questionnaire.recommendations if r.id == priority.recommendation_id),
                None,
            )
            title = questionnaire.title(priority.dimension_id, lang)
            parts.append(
                "<li><b>%s</b> (%s)"
                % (escape(title), self.tr("score {s:.0f}").format(s=priority.score))
            )
            lever = pick(questionnaire.dimension(priority.dimension_id).lever, lang)
            if lever:
                parts.append("<br>%s" % escape(lever))
            if recommendation is not None:
                parts.append("<br><i>%s</i><ul>" % escape(pick(recommendation.title, lang)))
                parts += ["<li>%s</li>" % escape(a) for a in recommendation.action_list(lang)]
                parts.append("</ul>")
            parts.append("</li>")
        parts.append("</ol>")
        return "".join(parts)

    def _findings_html(self) -> str:
        questionnaire, lang, result = self.pack.readiness, self.lang, self.result
        parts = []
        if result.insights:
            parts.append(
                "<h3>%s</h3><ul>" % self.tr("What the report says about organisations like yours")
            )
            parts += ["<li>%s</li>" % escape(pick(i.text, lang)) for i in result.insights]
            parts.append("</ul>")
        disagreements = [d for d in result.dimensions if d.disagreement]
        if disagreements:
            parts.append("<h3>%s</h3><ul>" % self.tr("Where the participants disagree"))
            for d in disagreements:
                parts.append(
                    "<li>%s</li>"
                    % self.tr("{dimension}: scores differ by {spread:.0f} points").format(
                        dimension=escape(questionnaire.title(d.dimension_id, lang)), spread=d.spread
                    )
                )
            parts.append("</ul>")
        if result.knowledge_gaps:
            parts.append(
                "<h3>%s</h3><p>%s</p><ul>"
                % (self.tr("Gaps in knowledge"), escape(pick(questionnaire.knowledge_gap, lang)))
            )
            for dimension_id in result.knowledge_gaps:
                d = result.dimension(dimension_id)
                parts.append(
                    "<li>%s</li>"
                    % self.tr("{dimension}: {count} × “don't know”").format(
                        dimension=escape(questionnaire.title(dimension_id, lang)), count=d.dont_know
                    )
                )
            parts.append("</ul>")
        self.findings.setVisible(bool(parts))
        return "".join(parts)
