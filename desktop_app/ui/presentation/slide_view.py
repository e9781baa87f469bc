"""One slide drawn for a room: a large title, the section's text and its chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.chart_data import chart_data
from ...core.model import ReportPack
from ...presentation.slides import CHART, READINESS, TITLE, Slide
from ..chart_widget import ChartCard


class SlideView(QWidget):
    """Sizes follow the widget's height, so the same slide reads well on a wall or a preview."""

    def __init__(
        self, parent: QWidget | None = None, zoomable: bool = False, readiness=None
    ) -> None:
        super().__init__(parent)
        self.readiness = readiness  # a ReadinessWorkspace, for the live results slide
        self.results = None
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.zoomable = zoomable
        self.zoom = 1.0
        self.pack: ReportPack | None = None
        self.lang = "nl"
        self.slide: Slide | None = None
        self.title = QLabel(self)
        self.title.setObjectName("slideTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QLabel(self)
        self.text.setObjectName("slideText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.MarkdownText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart_holder = QVBoxLayout()
        self.card: ChartCard | None = None
        body = QHBoxLayout()
        body.addWidget(self.text, 2)
        body.addLayout(self.chart_holder, 3)
        self.body = body
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        self.layout_ = layout

    def show_slide(self, pack: ReportPack, slide: Slide, lang: str) -> None:
        self.pack, self.slide, self.lang = pack, slide, lang
        self.title.setText(slide.title)
        self.text.setText(slide.markdown)
        self.text.setVisible(bool(slide.markdown) and slide.kind != CHART)
        if self.card is not None:
            self.card.setParent(None)
            self.card.deleteLater()
            self.card = None
        if slide.kind == READINESS:
            self._show_readiness()
        elif self.results is not None:
            self.results.hide()
        if slide.chart_id and slide.chart_id in pack.charts:
            self.card = ChartCard(
                chart_data(pack, pack.charts[slide.chart_id], lang), self, scale=self._chart_scale()
            )
            self.chart_holder.addWidget(self.card)
        self.body.setStretch(0, 2 if self.card else 1)
        self.body.setStretch(
            1, 3 if (self.card and self.text.isVisible()) else (1 if self.card else 0)
        )
        self._fit()

    def _show_readiness(self) -> None:
        """The client's live results, on the wall while the check goes on."""
        from ..readiness.results import ResultsPanel

        workspace = self.readiness
        if self.results is None:
            self.results = ResultsPanel(self)
            self.chart_holder.addWidget(self.results)
            if workspace is not None:
                workspace.resultChanged.connect(self._update_results)
        self.results.show()
        self.text.setVisible(workspace is None or workspace.result is None)
        if workspace is None or workspace.result is None:
            self.text.setText(self.tr("Open or start a readiness check to show its results here."))
            self.results.hide()
        else:
            self._update_results(workspace.result)

    def _update_results(self, result) -> None:
        if self.results is not None and self.slide is not None and self.slide.kind == READINESS:
            self.results.show_result(self.readiness.questionnaire, self.pack, result, self.lang)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.6, min(2.5, zoom))
        if self.slide is not None:
            self.show_slide(self.pack, self.slide, self.lang)

    def _chart_scale(self) -> float:
        return max(0.45, self.height() / 900.0) * self.zoom

    def _fit(self) -> None:
        height = max(self.height(), 200)
        margin = int(height * 0.04)
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        title_font = QFont(self.font())
        title_font.setPixelSize(
            max(12, int(height / (11 if self.slide and self.slide.kind == TITLE else 16)))
        )
        title_font.setBold(True)
        self.title.setFont(title_font)
        body_font = QFont(self.font())
        body_font.setPixelSize(max(9, int(height / 34)))
        self.text.setFont(body_font)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.slide is not None and abs(event.size().height() - event.oldSize().height()) > 40:
            self.show_slide(self.pack, self.slide, self.lang)
