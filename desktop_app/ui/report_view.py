"""The report: navigator, reader with speaker notes, and the chart panel side by side.

It shows one place of one pack in one language; the main window tells it which. Chapter
documents are built once per language and theme and kept, so moving between chapters
only swaps documents.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ..core.model import ReportPack, pick
from .chart_panel import ChartPanel
from .navigator import Navigator
from .reader import Reader, build_document
from .safe_text import SafeTextDocument
from .theme import themes


class ReportView(QSplitter):
    """The report's three panes; ``locationChanged`` says where the reader now is."""

    chartsReady = Signal(str)  # chapter id, when its charts are drawn
    locationChanged = Signal(str, int)  # chapter id, section index (-1: the chapter's start)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("mainSplitter")
        self.pack: ReportPack | None = None
        self.lang = "nl"
        self.chapter_id = ""
        self.section = -1
        self.charts_started = False
        self.documents: dict[tuple[str, str], QTextDocument] = {}
        self.explorer = None  # the figures explorer, once opened

        self.navigator = Navigator(self)
        self.reader = Reader(self)
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("notesPanel")
        self.notes.setOpenLinks(False)
        self.notes.setDocument(SafeTextDocument(self.notes))
        self.notes_title = QLabel(self)
        self.notes_box = QWidget(self)
        notes_layout = QVBoxLayout(self.notes_box)
        notes_layout.setContentsMargins(8, 4, 8, 4)
        notes_layout.addWidget(self.notes_title)
        notes_layout.addWidget(self.notes)
        self.reader_column = QSplitter(Qt.Orientation.Vertical, self)
        self.reader_column.addWidget(self.reader)
        self.reader_column.addWidget(self.notes_box)
        self.reader_column.setSizes([700, 200])
        self.chart_panel = ChartPanel(self)
        self.addWidget(self.navigator)
        self.addWidget(self.reader_column)
        self.addWidget(self.chart_panel)
        self.setChildrenCollapsible(False)
        self.setStretchFactor(1, 3)
        self.setStretchFactor(2, 2)
        self.setSizes([300, 760, 540])

        self.navigator.locationRequested.connect(self.open_location)
        self.navigator.searchHighlight.connect(self.reader.highlight_words)
        self.reader.chartLinkActivated.connect(self.chart_panel.reveal)
        self.chart_panel.chartsReady.connect(self.chartsReady)
        self._wire_my_charts()
        self.reader.viewport().installEventFilter(self)
        themes().changed.connect(self._theme_changed)
        self.retranslate()

    def _wire_my_charts(self) -> None:
        """My charts: listed in the navigator, shown on their page, renamed and deleted."""
        from . import my_charts_ui

        panel, navigator = self.chart_panel, self.navigator
        panel.myChartsChanged.connect(navigator.set_my_charts)
        navigator.myChartRequested.connect(self.show_my_charts)
        navigator.myChartRenameRequested.connect(
            lambda chart_id: my_charts_ui.rename_my_chart(panel, chart_id, self)
        )
        navigator.myChartDeleteRequested.connect(
            lambda chart_id: my_charts_ui.delete_my_chart(panel, chart_id, self)
        )

    def show_my_charts(self, chart_id: str = "") -> None:
        self.start_charts()
        self.chart_panel.show_my_charts(chart_id)

    def retranslate(self) -> None:
        self.notes_title.setText(self.tr("Speaker notes"))
        self.reader.setAccessibleName(self.tr("Chapter text"))
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        self.chart_panel.setAccessibleName(self.tr("Charts of the chapter"))
        self.chart_panel.retranslate()
        self.navigator.retranslate()
        if self.pack is not None:
            self._show_notes()

    # -- pack, language and theme -------------------------------------------------------
    def set_pack(self, pack: ReportPack, lang: str, chapter_id: str) -> None:
        """Show another pack, at ``chapter_id`` (its first chapter when it has no such one)."""
        self.pack, self.lang = pack, lang
        self._drop_documents()
        self.chapter_id = ""
        self.navigator.set_pack(pack, lang)
        self.chart_panel.set_pack(pack, lang)
        start = chapter_id if pack.chapter(chapter_id) else pack.chapters[0].id
        self.open_location(start, -1)
        self.navigator.select(start, -1, emit=False)
        if self.charts_started:
            self.chart_panel.load_my_charts()
            self.chart_panel.show_chapter(self.chapter_id)
        if self.explorer is not None:
            self.explorer.set_pack(pack, lang)

    def set_language(self, lang: str) -> None:
        """Same place, other language: navigator and charts relabelled, document swapped."""
        self.lang = lang
        self.navigator.set_pack(self.pack, lang)
        self.chart_panel.set_language(lang)
        if self.explorer is not None:
            self.explorer.set_pack(self.pack, lang)
        self._reopen()

    def _theme_changed(self, _theme) -> None:
        """Chapter documents carry their colours: rebuild them, and stay where the reader was."""
        self._drop_documents()
        self._reopen()

    def _reopen(self) -> None:
        chapter, section = self.chapter_id, self.section
        self.chapter_id = ""
        self.open_location(chapter, section)

    def _drop_documents(self) -> None:
        for document in self.documents.values():
            document.deleteLater()
        self.documents.clear()

    # -- navigation ---------------------------------------------------------------------
    def document(self, lang: str, chapter_id: str) -> QTextDocument:
        """The chapter's document in ``lang``, built on first use and kept."""
        key = (lang, chapter_id)
        if key not in self.documents:
            self.documents[key] = self.new_document(lang, chapter_id, self.reader)
        return self.documents[key]

    def new_document(self, lang: str, chapter_id: str, parent) -> QTextDocument:
        """The chapter's document in ``lang``, built now in the current theme's colours."""
        chapter = self.pack.chapter(chapter_id).text(lang)
        markdown = chapter.reader_markdown(
            lambda chart_id: "▸ " + pick(self.pack.charts[chart_id].title, lang)
        )
        return build_document(markdown, parent, self.reader.font())

    def open_location(self, chapter_id: str, section: int) -> None:
        chapter = self.pack.chapter(chapter_id) if self.pack else None
        if chapter is None:
            return
        if chapter_id != self.chapter_id:
            self.chapter_id = chapter_id
            self.reader.show_document(self.document(self.lang, chapter_id))
        if self.charts_started and self.chart_panel.current_chapter != chapter_id:
            self.chart_panel.show_chapter(chapter_id)  # also back from My charts
        self.section = section
        self.reader.scroll_to_section(section)
        self._show_notes()
        self.locationChanged.emit(chapter_id, section)

    def _show_notes(self) -> None:
        text = self.pack.chapter(self.chapter_id).text(self.lang)
        section = self.section
        notes = text.sections[section].notes if 0 <= section < len(text.sections) else text.notes
        self.notes.setMarkdown("\n\n".join(notes) if notes else self.tr("No notes for this part."))

    def select(self, chapter_id: str, section: int = -1) -> None:
        """Go to a place as if the user had picked it in the navigator."""
        self.navigator.select(chapter_id, section)

    def show_explorer(self) -> None:
        """The figures explorer (Ctrl+Shift+F), a window of the main window's, made once."""
        from .figures_explorer import FiguresExplorer

        if self.explorer is None:
            self.explorer = FiguresExplorer(self.pack, self.lang, self.window())
            self.explorer.chartSaved.connect(self.chart_panel.add_my_chart)
        self.explorer.show()
        self.explorer.raise_()
        self.explorer.filter.setFocus()

    def place_to_present(self) -> tuple[str, int]:
        """Where 'present from here' starts: the reader's section, or the own chart shown."""
        from ..presentation.slides import MY_CHARTS
        from .navigator import MY_CHART_ROLE

        panel = self.chart_panel
        if panel.current_chapter != MY_CHARTS:
            return self.chapter_id, self.section
        chosen = self.navigator.tree.currentIndex().data(MY_CHART_ROLE)
        ids = [spec.id for spec in panel.my_specs]
        return MY_CHARTS, ids.index(chosen) if chosen in ids else -1

    def show_place_of(self, slide) -> None:
        """The section, or the own chart, that ``slide`` was made from."""
        from ..presentation.slides import MY_CHARTS

        if slide.chapter_id == MY_CHARTS:
            self.show_my_charts(slide.chart_id or "")
            if slide.chart_id:
                self.navigator.select_my_chart(slide.chart_id)
        else:
            self.select(slide.chapter_id, slide.section_index)

    def step_chapter(self, step: int) -> None:
        ids = self.pack.chapter_ids()
        index = max(0, min(len(ids) - 1, ids.index(self.chapter_id) + step))
        self.navigator.select(ids[index], -1)

    def focus_charts(self) -> None:
        cards = list(self.chart_panel.current_cards())
        if cards:
            self.chart_panel.reveal(cards[0])
        else:
            self.chart_panel.setFocus()

    def focus_search(self) -> None:
        self.navigator.search_box.setFocus()
        self.navigator.search_box.selectAll()

    # -- charts after the first paint ---------------------------------------------------
    def start_charts(self) -> None:
        """Draw the current chapter's charts, then the rest while the user reads."""
        if self.charts_started:
            return
        self.charts_started = True
        self.chart_panel.load_my_charts()
        self.chart_panel.show_chapter(self.chapter_id)
        self.chart_panel.prebuild_remaining()
        QTimer.singleShot(0, self, self._prebuild_documents)

    def _prebuild_documents(self) -> None:
        for chapter_id in self.pack.chapter_ids():
            self.document(self.lang, chapter_id)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.charts_started:
            # Charts (and pyqtgraph) come after the first paint of navigator and reader, so
            # the window is there at once; the timer covers a window that is never painted.
            QTimer.singleShot(250, self, self.start_charts)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is self.reader.viewport():
            watched.removeEventFilter(self)
            if os.environ.get("DESKTOP_APP_STARTUP_PROBE"):
                # For benchmarks/packaging.py: report the first paint and quit, frozen or not.
                print(f"first_paint_at={time.time():.6f}", flush=True)
                QTimer.singleShot(0, QCoreApplication.quit)
            QTimer.singleShot(0, self, self.start_charts)
        return False
