"""Live results beside the questions: score, stage, place among the survey, charts, advice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...core.model import ReportPack
from ...readiness.findings import findings
from ...readiness.model import Questionnaire
from ...readiness.result_charts import (
    dimensions_chart,
    ladder_chart,
    obstacles_chart,
    several_participants,
)
from ...readiness.scoring import ReadinessResult
from ..chart_widget import ChartCard
from .results_text import (
    findings_html,
    position_text,
    priorities_html,
    progress_text,
    score_text,
    stage_html,
)


class ResultsPanel(QScrollArea):
    """Redrawn on every answer; the chart cards are kept and only given new rows."""

    explainRequested = Signal()
    pdfRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessResults")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questionnaire: Questionnaire | None = None
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
            self.show_result(self.questionnaire, self.pack, self.result, self.lang)

    def chart_titles(self) -> dict[str, str]:
        return chart_titles()

    def show_result(
        self, questionnaire: Questionnaire, pack: ReportPack, result: ReadinessResult, lang: str
    ) -> None:
        """Draw ``result``: texts replaced, the chart cards given new rows in place."""
        self.questionnaire, self.pack, self.result, self.lang = questionnaire, pack, result, lang
        self.score.setText(score_text(result))
        self.stage.setText(stage_html(questionnaire, result, lang))
        self.position.setText(position_text(questionnaire, pack, result, lang))
        self.progress.setText(progress_text(result))
        for data, interval_label, intervals in result_charts(questionnaire, pack, result, lang):
            card = self.cards.get(data.chart_id)
            if card is None:
                card = ChartCard(data, self.widget(), interval_label=interval_label)
                self.cards[data.chart_id] = card
                self.chart_slot.addWidget(card)
            else:
                card.set_data(data)
            if intervals is not None:
                card.set_intervals_visible(intervals)
        words = findings(questionnaire, result, lang)
        self.priorities.setText(priorities_html(words))
        html = findings_html(words, pack, lang)
        self.findings.setText(html)
        self.findings.setVisible(bool(html))


def chart_titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "readiness_dimensions": translate("ResultsPanel", "Readiness per dimension (0 to 100)"),
        "readiness_ladder": translate("ResultsPanel", "Your place on the survey's adoption ladder"),
        "readiness_obstacles": translate(
            "ResultsPanel", "Your obstacles against the surveyed organisations"
        ),
    }


def result_charts(
    questionnaire: Questionnaire, pack: ReportPack, result: ReadinessResult, lang: str
):
    """Each chart of the results with what its error bars mean and whether to show them.

    The panel and the PDF draw exactly these, so the leave-behind shows what was on screen.
    """
    titles = chart_titles()
    spread = QCoreApplication.translate("ResultsPanel", "Spread")
    unknown = QCoreApplication.translate("ResultsPanel", "no score: not known")
    yield (
        dimensions_chart(questionnaire, result, titles["readiness_dimensions"], lang, unknown),
        spread,
        several_participants(result),
    )
    for data in (
        ladder_chart(questionnaire, pack, result, titles["readiness_ladder"], lang),
        obstacles_chart(questionnaire, pack, result, titles["readiness_obstacles"], lang),
    ):
        if data is not None:
            yield data, "", None
