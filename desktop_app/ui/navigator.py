"""The navigator: a tree of chapters and their sections, and search across all chapters."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.model import ReportPack
from ..core.search import SearchHit, query_words, search
from .safe_text import plain_tooltip

CHAPTER_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
HIT_ROLE = Qt.ItemDataRole.UserRole + 3
MY_CHART_ROLE = Qt.ItemDataRole.UserRole + 4
MY_CHARTS = "@my-charts"  # the chapter role of My charts and its charts


class ChapterTreeModel(QStandardItemModel):
    """Chapters as top-level rows, their ``##`` sections as children."""

    def fill(self, pack: ReportPack, lang: str) -> None:
        self.clear()
        for chapter in pack.chapters:
            item = QStandardItem(chapter.title(lang))
            item.setEditable(False)
            item.setToolTip(plain_tooltip(chapter.title(lang)))
            item.setData(chapter.id, CHAPTER_ROLE)
            item.setData(-1, SECTION_ROLE)
            for index, section in enumerate(chapter.sections(lang)):
                child = QStandardItem(section.title)
                child.setEditable(False)
                child.setToolTip(plain_tooltip(section.title))
                child.setData(chapter.id, CHAPTER_ROLE)
                child.setData(index, SECTION_ROLE)
                item.appendRow(child)
            self.appendRow(item)

    def fill_my_charts(self, charts: list[tuple[str, str]], heading: str) -> None:
        """A last top-level row, *My charts*, with the consultant's charts under it."""
        for row in range(self.rowCount()):
            if self.item(row).data(CHAPTER_ROLE) == MY_CHARTS:
                self.removeRow(row)
                break
        if not charts:
            return
        item = QStandardItem(heading)
        item.setEditable(False)
        item.setData(MY_CHARTS, CHAPTER_ROLE)
        item.setData(-1, SECTION_ROLE)
        item.setData("", MY_CHART_ROLE)
        for chart_id, title in charts:
            child = QStandardItem(title)
            child.setEditable(False)
            child.setToolTip(plain_tooltip(title))
            child.setData(MY_CHARTS, CHAPTER_ROLE)
            child.setData(-1, SECTION_ROLE)
            child.setData(chart_id, MY_CHART_ROLE)
            item.appendRow(child)
        self.appendRow(item)

    def index_of(self, chapter_id: str, section: int = -1) -> QModelIndex:
        for row in range(self.rowCount()):
            item = self.item(row)
            if item.data(CHAPTER_ROLE) == chapter_id:
                if 0 <= section < item.rowCount():
                    return item.child(section).index()
                return item.index()
        return QModelIndex()


class WrappingDelegate(QStyledItemDelegate):
    """Row heights that fit wrapped titles, so long chapter names are read, not elided."""

    PADDING = 10

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(60, self.view.viewport().width() - self.view.indentation() * depth - 8)
        metrics = option.fontMetrics
        text = index.data() or ""
        bounds = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, bounds.height() + self.PADDING)


class ChapterTree(QTreeView):
    """A tree whose rows grow and shrink with its width (see WrappingDelegate)."""

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class Navigator(QWidget):
    """Search box, search results and the chapter tree; emits where to go."""

    locationRequested = Signal(str, int)  # chapter id, section index (-1: chapter start)
    searchHighlight = Signal(list)  # words to mark in the reader
    myChartRequested = Signal(str)  # a chart of My charts ('' : all of them)
    myChartRenameRequested = Signal(str)
    myChartDeleteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack: ReportPack | None = None
        self.lang = "nl"
        self.my_charts: list[tuple[str, str]] = []
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.result_count = QLabel(self)
        self.result_count.setObjectName("searchResultCount")
        self.results_model = QStandardItemModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.results_model)
        self.results.setWordWrap(True)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(False)
        self.model = ChapterTreeModel(self)
        self.tree = ChapterTree(self)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setObjectName("navigator")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        font = self.tree.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.tree.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search_box)
        layout.addWidget(self.result_count)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.tree, 3)
        self._show_results(False)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.search_box.textChanged.connect(self._search)
        self.search_box.returnPressed.connect(self._activate_first_result)
        self.results.activated.connect(self._result_activated)
        self.results.clicked.connect(self._result_activated)
        self.search_box.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        if self.my_charts:
            self.set_my_charts(self.my_charts)
        self.search_box.setPlaceholderText(self.tr("Search the report (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search the report"))
        self.tree.setAccessibleName(self.tr("Chapters"))
        self.results.setAccessibleName(self.tr("Search results"))

    # -- content -----------------------------------------------------------------------
    def set_pack(self, pack: ReportPack, lang: str) -> None:
        current = self.current_location()
        self.pack, self.lang = pack, lang
        blocked = self.tree.selectionModel().blockSignals(True)
        self.model.fill(pack, lang)
        self.model.fill_my_charts(self.my_charts, self.tr("My charts"))
        self.tree.expandAll()
        self.tree.selectionModel().blockSignals(blocked)
        if current:
            self.select(*current, emit=False)
        if self.search_box.text():
            self._search(self.search_box.text())

    def current_location(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(CHAPTER_ROLE), index.data(SECTION_ROLE)

    def select(self, chapter_id: str, section: int = -1, emit: bool = True) -> None:
        index = self.model.index_of(chapter_id, section)
        if not index.isValid():
            return
        blocked = self.tree.selectionModel().blockSignals(not emit)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().blockSignals(blocked)
        self.tree.scrollTo(index)

    def set_my_charts(self, charts: list[tuple[str, str]]) -> None:
        """List the consultant's own charts under *My charts*, after the chapters."""
        self.my_charts = list(charts)
        blocked = self.tree.selectionModel().blockSignals(True)
        self.model.fill_my_charts(self.my_charts, self.tr("My charts"))
        self.tree.expandAll()
        self.tree.selectionModel().blockSignals(blocked)

    def select_my_chart(self, chart_id: str) -> None:
        heading = next(
            (
                self.model.item(r)
                for r in range(self.model.rowCount())
                if self.model.item(r).data(CHAPTER_ROLE) == MY_CHARTS
            ),
            None,
        )
        if heading is None:
            return
        for row in range(heading.rowCount()):
            if heading.child(row).data(MY_CHART_ROLE) == chart_id:
                self.tree.setCurrentIndex(heading.child(row).index())
                return

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        if current.data(CHAPTER_ROLE) == MY_CHARTS:
            self.myChartRequested.emit(current.data(MY_CHART_ROLE) or "")
            return
        self.locationRequested.emit(current.data(CHAPTER_ROLE), current.data(SECTION_ROLE))

    def _context_menu(self, position) -> None:
        """Rename or delete one of My charts; the chapters have no menu."""
        from PySide6.QtWidgets import QMenu

        index = self.tree.indexAt(position)
        chart_id = index.data(MY_CHART_ROLE) if index.isValid() else None
        if not chart_id:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.myChartRenameRequested.emit(chart_id))
        menu.addAction(self.tr("Delete"), lambda: self.myChartDeleteRequested.emit(chart_id))
        menu.exec(self.tree.viewport().mapToGlobal(position))

    # -- search ------------------------------------------------------------------------
    def _show_results(self, on: bool) -> None:
        self.results.setVisible(on)
        self.result_count.setVisible(on)

    def _search(self, text: str) -> None:
        self.results_model.clear()
        if not text.strip() or self.pack is None:
            self._show_results(False)
            self.searchHighlight.emit([])
            return
        hits = search(self.pack, self.lang, text)
        for hit in hits:
            where = hit.chapter_title + (f" › {hit.section_title}" if hit.section_title else "")
            item = QStandardItem(f"{where}\n{hit.snippet}")
            item.setData(hit, HIT_ROLE)
            item.setToolTip(plain_tooltip(hit.snippet))
            self.results_model.appendRow(item)
        self.result_count.setText(
            self.tr("%n result(s)", "", len(hits)) if hits else self.tr("No results")
        )
        self._show_results(True)

    def hits(self) -> list[SearchHit]:
        return [
            self.results_model.item(r).data(HIT_ROLE) for r in range(self.results_model.rowCount())
        ]

    def _activate_first_result(self) -> None:
        if self.results_model.rowCount():
            first = self.results_model.index(0, 0)
            self.results.setCurrentIndex(first)
            self._result_activated(first)

    def _result_activated(self, index: QModelIndex) -> None:
        hit: SearchHit = index.data(HIT_ROLE)
        if hit is None:
            return
        self.select(hit.chapter_id, hit.section_index)
        self.locationRequested.emit(hit.chapter_id, hit.section_index)
        self.searchHighlight.emit(query_words(self.search_box.text()))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Down from the search box goes into the results; Escape clears the search."""
        if watched is self.search_box and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus()
                if not self.results.currentIndex().isValid() and self.results_model.rowCount():
                    self.results.setCurrentIndex(self.results_model.index(0, 0))
                return True
            if event.matches(QKeySequence.StandardKey.Cancel) and self.search_box.text():
                self.search_box.clear()
                self.tree.setFocus()
                return True
        return super().eventFilter(watched, event)
