"""The chart panel: one scrollable page of chart cards per chapter, built once and kept.

Keeping each chapter's page means switching chapters only flips a QStackedWidget:
no widgets are created or destroyed, so nothing flickers or jumps.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ..core.chart_data import chart_data
from ..core.model import ReportPack


class ChartPanel(QStackedWidget):
    """Holds a page per chapter; ``chartsReady`` fires when the current page is drawn."""

    chartsReady = Signal(str)  # chapter id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self.pack: ReportPack | None = None
        self.lang = "nl"
        self.show_intervals = False
        self.pages: dict[str, QScrollArea] = {}
        self.cards: dict[str, dict[str, QWidget]] = {}
        self.current_chapter = ""
        self.waiting = QLabel(self)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.waiting)
        self._prebuild_queue: list[str] = []
        self.setMinimumWidth(360)

    def set_pack(self, pack: ReportPack, lang: str) -> None:
        """A new pack: drop every page; they are rebuilt on demand."""
        for page in self.pages.values():
            self.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.cards.clear()
        self.pack, self.lang = pack, lang
        self.current_chapter = ""

    def set_language(self, lang: str) -> None:
        """New labels on the same cards: nothing is rebuilt, so nothing moves."""
        self.lang = lang
        for chapter_id, cards in self.cards.items():
            for chart_id, card in cards.items():
                card.set_data(chart_data(self.pack, self.pack.charts[chart_id], lang))
                card.retranslate()
            self._retitle_empty(chapter_id)

    def show_chapter(self, chapter_id: str) -> None:
        self.current_chapter = chapter_id
        page = self.pages.get(chapter_id) or self._build_page(chapter_id)
        self.setCurrentWidget(page)
        self.chartsReady.emit(chapter_id)

    def prebuild_remaining(self) -> None:
        """Build the other chapters' pages in idle moments, one per event-loop turn."""
        self._prebuild_queue = [c for c in self.pack.chapter_ids() if c not in self.pages]
        QTimer.singleShot(0, self, self._prebuild_next)

    def _prebuild_next(self) -> None:
        while self._prebuild_queue:
            chapter_id = self._prebuild_queue.pop(0)
            if chapter_id not in self.pages and self.pack.chapter(chapter_id):
                self._build_page(chapter_id)
                QTimer.singleShot(0, self, self._prebuild_next)
                return

    def chart_ids(self, chapter_id: str) -> list[str]:
        chapter = self.pack.chapter(chapter_id)
        return chapter.text(self.lang).chart_ids if chapter else []

    def _build_page(self, chapter_id: str) -> QScrollArea:
        from .chart_widget import ChartCard  # pyqtgraph loads after the first paint

        page = QScrollArea(self)
        page.setObjectName("chartPageArea")
        page.setWidgetResizable(True)
        page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(page)
        body.setObjectName("chartPage")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(12)
        cards: dict[str, QWidget] = {}
        for chart_id in self.chart_ids(chapter_id):
            card = ChartCard(chart_data(self.pack, self.pack.charts[chart_id], self.lang), body)
            card.set_intervals_visible(self.show_intervals)
            layout.addWidget(card)
            cards[chart_id] = card
        empty = QLabel(body)
        empty.setObjectName("noCharts")
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setVisible(not cards)
        layout.addWidget(empty)
        layout.addStretch(1)
        page.setWidget(body)
        self.pages[chapter_id] = page
        self.cards[chapter_id] = cards
        self.addWidget(page)
        self._retitle_empty(chapter_id)
        return page

    def _retitle_empty(self, chapter_id: str) -> None:
        label = self.pages[chapter_id].widget().findChild(QLabel, "noCharts")
        label.setText(
            self.tr(
                "This chapter has no charts. Open the figures explorer (Ctrl+Shift+F) to show any figure."
            )
        )

    def retranslate(self) -> None:
        self.waiting.setText(self.tr("Drawing charts…"))
        for chapter_id, cards in self.cards.items():
            for card in cards.values():
                card.retranslate()
            self._retitle_empty(chapter_id)

    def current_cards(self) -> dict[str, QWidget]:
        return self.cards.get(self.current_chapter, {})

    def reveal(self, chart_id: str) -> None:
        """Scroll the current page to a chart and give it the keyboard focus."""
        card = self.current_cards().get(chart_id)
        if card is None:
            return
        self.pages[self.current_chapter].ensureWidgetVisible(card, 0, 10)
        card.plot.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_intervals_visible(self, on: bool) -> None:
        self.show_intervals = on
        for cards in self.cards.values():
            for card in cards.values():
                card.set_intervals_visible(on)
