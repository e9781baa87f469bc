"""The chart panel: one scrollable page of chart cards per chapter, built once and kept.

Keeping each chapter's page means switching chapters only flips a QStackedWidget:
no widgets are created or destroyed, so nothing flickers or jumps. What a card shows can
change in place: another language, both editions of a comparison, the client's answers.
A last page holds *My charts*, the consultant's own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.chart_data import GROUPED, LINE, ChartData, chart_data, with_client
from ..core.model import ChartSpec, ReportPack

MY_CHARTS = "@my-charts"  # the page key of My charts (chapter ids cannot start with '@')


class ComparisonBar(QWidget):
    """Above each page while comparing: which editions, bars or slope, what changed."""

    def __init__(self, panel: ChartPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonBar")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.slope = QToolButton(self)
        self.slope.setObjectName("slopeButton")
        self.slope.setCheckable(True)
        self.slope.toggled.connect(panel.show_as_slope)
        self.changes = QPushButton(self)
        self.changes.clicked.connect(panel.whatChangedRequested)
        self.stop = QPushButton(self)
        self.stop.clicked.connect(panel.stopComparingRequested)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.slope, self.changes, self.stop):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.retranslate("", "")

    def retranslate(self, before: str, after: str) -> None:
        self.text.setText(
            self.tr(
                "Both editions on every chart that has their figures: {before} and {after}."
            ).format(before=before, after=after)
        )
        self.slope.setText(self.tr("Slope"))
        self.slope.setToolTip(self.tr("Show each item's two values as a slope instead of bars"))
        self.changes.setText(self.tr("What changed…"))
        self.stop.setText(self.tr("Stop comparing"))


class ChartPanel(QStackedWidget):
    """Holds a page per chapter; ``chartsReady`` fires when the current page is drawn."""

    chartsReady = Signal(str)  # chapter id
    comparisonChanged = Signal(bool)  # comparing now or not
    whatChangedRequested = Signal()
    stopComparingRequested = Signal()
    myChartsChanged = Signal(list)  # [(chart id, title)] of My charts, in order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self.pack: ReportPack | None = None
        self.lang = "nl"
        self.show_intervals = False
        self.pages: dict[str, QScrollArea] = {}
        self.cards: dict[str, dict[str, QWidget]] = {}
        self.current_chapter = ""
        self.comparison = None  # a core.compare.Comparison, while comparing
        self.compare_kind = GROUPED
        self.client: dict[str, tuple[str, ...]] = {}  # figure id -> the client's items
        self.client_label = ""
        self.my_specs: list[ChartSpec] = []
        self.store = None  # the MyChartStore of the open pack
        self.waiting = QLabel(self)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.waiting)
        self._prebuild_queue: list[str] = []
        self.setMinimumWidth(360)

    def set_pack(self, pack: ReportPack, lang: str) -> None:
        """A new pack: drop every page, the comparison and the client's answers."""
        for page in self.pages.values():
            self.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.cards.clear()
        self.pack, self.lang = pack, lang
        self.current_chapter = ""
        self.client, self.client_label = {}, ""
        if self.comparison is not None:
            self.comparison = None
            self.comparisonChanged.emit(False)
        self.store = None
        self.set_my_charts([])

    def load_my_charts(self) -> None:
        """Read the consultant's own charts of the open pack (after the first paint: the
        store and its JSON cost ~15 ms that the window need not wait for)."""
        from ..core.my_charts import MyChartStore
        from .paths import data_folder

        self.store = MyChartStore(data_folder(), self.pack.id)
        self.set_my_charts(self.store.specs(self.pack))

    def my_chart_store(self):
        if self.store is None:
            self.load_my_charts()
        return self.store

    # -- what a card shows ---------------------------------------------------------------
    def spec(self, chart_id: str) -> ChartSpec | None:
        spec = self.pack.charts.get(chart_id)
        return spec or next((s for s in self.my_specs if s.id == chart_id), None)

    def data_for(self, chart_id: str) -> ChartData:
        """A chart as it is to be shown now: compared, and with the client's answers."""
        data = None
        if self.comparison is not None and chart_id in self.pack.charts:
            data = self.comparison.chart(chart_id, self.lang, self.compare_kind, self.labels())
        if data is None:
            data = chart_data(self.pack, self.spec(chart_id), self.lang)
        if self.client:
            data = with_client(data, self.client, self.client_label)
        return data

    def labels(self) -> tuple[str, str]:
        """The two editions' names; told apart in words where both have the same."""
        before, after = self.comparison.edition_labels(self.lang)
        if before == after:
            opened, compared = self.tr("opened pack"), self.tr("compared pack")
            return (compared, opened) if self.comparison.opened_is_after else (opened, compared)
        return before, after

    def _refresh(self) -> None:
        for cards in self.cards.values():
            for chart_id, card in cards.items():
                card.set_data(self.data_for(chart_id))
        for chapter_id in self.pages:
            self._retitle(chapter_id)

    def set_language(self, lang: str) -> None:
        """New labels on the same cards: nothing is rebuilt, so nothing moves."""
        self.lang = lang
        for cards in self.cards.values():
            for chart_id, card in cards.items():
                card.set_data(self.data_for(chart_id))
                card.retranslate()
        for chapter_id in self.pages:
            self._retitle(chapter_id)

    # -- comparing two editions ------------------------------------------------------------
    def set_comparison(self, comparison) -> None:
        """Show both editions on every chart that has their figures; None: the pack alone."""
        self.comparison = comparison
        self._refresh()
        self.comparisonChanged.emit(comparison is not None)

    def show_as_slope(self, on: bool) -> None:
        self.compare_kind = LINE if on else GROUPED
        for page in self.pages.values():
            bar = page.widget().findChild(ComparisonBar)
            if bar is not None and bar.slope.isChecked() != on:
                bar.slope.setChecked(on)
        if self.comparison is not None:
            self._refresh()

    # -- the client's answers ----------------------------------------------------------------
    def set_client(self, answers: dict[str, tuple[str, ...]], label: str) -> None:
        """Mark the client's answers on every chart of a figure the check asked about."""
        self.client, self.client_label = dict(answers), label
        self._refresh()

    # -- my charts -------------------------------------------------------------------------
    def set_my_charts(self, specs: list[ChartSpec]) -> None:
        """The consultant's own charts: their page is built again when next shown."""
        self.my_specs = list(specs)
        page = self.pages.pop(MY_CHARTS, None)
        self.cards.pop(MY_CHARTS, None)
        if page is not None:
            showing = self.currentWidget() is page
            self.removeWidget(page)
            page.deleteLater()
            if showing:
                self.show_chapter(MY_CHARTS)
        self.myChartsChanged.emit(self.my_charts())

    def my_charts(self) -> list[tuple[str, str]]:
        """(chart id, title) of every chart of My charts the pack can draw."""
        from ..core.model import pick

        return [(spec.id, pick(spec.title, self.lang)) for spec in self.my_specs]

    def add_my_chart(self, definition: dict) -> str | None:
        """Save a chart made in the figures explorer and show it; its id, or None."""
        from ..core.my_charts import MyChartsFileError

        try:
            chart = self.my_chart_store().add(**definition)
        except MyChartsFileError as error:
            self._cannot_save(error)
            return None
        self.set_my_charts(self.store.specs(self.pack))
        self.show_my_charts(chart.id)
        return chart.id

    def remove_my_chart(self, chart_id: str) -> None:
        from ..core.my_charts import MyChartsFileError

        try:
            self.my_chart_store().remove(chart_id)
        except MyChartsFileError as error:
            self._cannot_save(error)
            return
        self.set_my_charts(self.store.specs(self.pack))

    def rename_my_chart(self, chart_id: str, title: str) -> None:
        from ..core.my_charts import MyChartsFileError

        try:
            self.my_chart_store().rename(chart_id, {self.lang: title})
        except MyChartsFileError as error:
            self._cannot_save(error)
            return
        self.set_my_charts(self.store.specs(self.pack))

    def _cannot_save(self, error: Exception) -> None:
        from .messages import show_error

        show_error(
            self,
            self.tr("Your charts could not be saved: {error}. Nothing was changed.").format(
                error=error
            ),
        )

    def show_my_charts(self, chart_id: str = "") -> None:
        self.show_chapter(MY_CHARTS)
        if chart_id:
            self.reveal(chart_id)

    # -- pages ---------------------------------------------------------------------------
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
                self._lay_out_unseen(self._build_page(chapter_id))
                QTimer.singleShot(0, self, self._prebuild_next)
                return

    def _lay_out_unseen(self, page: QScrollArea) -> None:
        """Lay a page built in the background out now, at the size it will be shown at, with
        nothing painted: its charts wrap their labels for that width once, here, and the
        first visit to the chapter only flips the page. (Laying 3-5 charts out again in that
        frame took ~20 ms.) Shown and hidden again, not made current: focus stays put."""
        current = self.currentWidget()
        if current is None or page is current or not self.isVisible():
            return
        page.setGeometry(current.geometry())
        self.setUpdatesEnabled(False)
        page.show()
        page.grab()
        page.hide()
        self.setUpdatesEnabled(True)

    def chart_ids(self, chapter_id: str) -> list[str]:
        if chapter_id == MY_CHARTS:
            return [s.id for s in self.my_specs]
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
        bar = ComparisonBar(self, body)
        bar.slope.setChecked(self.compare_kind == LINE)
        layout.addWidget(bar)
        heading = QLabel(body)
        heading.setObjectName("myChartsHeading")
        heading.setWordWrap(True)
        heading.setVisible(chapter_id == MY_CHARTS)
        layout.addWidget(heading)
        cards: dict[str, QWidget] = {}
        for chart_id in self.chart_ids(chapter_id):
            card = ChartCard(self.data_for(chart_id), body)
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
        self._retitle(chapter_id)
        return page

    def _retitle(self, chapter_id: str) -> None:
        body = self.pages[chapter_id].widget()
        label = body.findChild(QLabel, "noCharts")
        if chapter_id == MY_CHARTS:
            label.setText(
                self.tr(
                    "No charts of your own yet. In the figures explorer (Ctrl+Shift+F), select "
                    "items of one or several figures and choose Compare in a chart."
                )
            )
            body.findChild(QLabel, "myChartsHeading").setText(
                self.tr("My charts: made by you from the pack's figures; saved on this computer.")
            )
        else:
            label.setText(
                self.tr(
                    "This chapter has no charts. Open the figures explorer (Ctrl+Shift+F) to show any figure."
                )
            )
        bar = body.findChild(ComparisonBar)
        comparing = self.comparison is not None
        bar.setVisible(comparing and chapter_id != MY_CHARTS)
        if comparing:
            bar.retranslate(*self.labels())

    def retranslate(self) -> None:
        self.waiting.setText(self.tr("Drawing charts…"))
        for chapter_id, cards in self.cards.items():
            for card in cards.values():
                card.retranslate()
            self._retitle(chapter_id)

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
