"""The main window: navigator, reader (with speaker notes) and chart panel side by side."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.model import ReportPack, pick
from ..core.problems import PackError
from ..resources import bundled_pack, resources_dir
from .chart_panel import ChartPanel
from .i18n import Translations, system_language
from .messages import show_error, show_pack_problems
from .navigator import Navigator
from .reader import Reader, build_document
from .safe_text import SafeTextDocument
from .settings import AppSettings
from .theme import DARK, LIGHT, PROJECTOR, THEMES, apply_theme

log = logging.getLogger(__name__)
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


class MainWindow(QMainWindow):
    """Presents one report pack; every view follows the current chapter and language."""

    chartsReady = Signal(str)

    def __init__(
        self,
        pack: ReportPack,
        settings: AppSettings,
        lang: str | None = None,
        chapter_id: str | None = None,
        checks_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.svg")))
        self.settings = settings
        self.pack = pack
        if lang not in pack.languages:
            lang = (
                settings.language
                if settings.language in pack.languages
                else system_language(pack.languages)
            )
        self.lang = lang
        Translations.set_language(lang)
        self.chapter_id = ""
        self.section = -1
        self.charts_started = False
        self.documents: dict[tuple[str, str], QTextDocument] = {}
        self.explorer = None
        self.checks_path = checks_path
        self.readiness = None  # the readiness workspace, made when first opened
        self.session = None  # the running presentation, if any

        self.navigator = Navigator(self)
        self.reader = Reader(self)
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("notesPanel")
        self.notes.setOpenLinks(False)
        self.notes.setDocument(SafeTextDocument(self.notes))
        self.notes_title = QLabel(self)
        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(8, 4, 8, 4)
        notes_layout.addWidget(self.notes_title)
        notes_layout.addWidget(self.notes)
        self.notes_box = notes_box
        self.reader_column = QSplitter(Qt.Orientation.Vertical, self)
        self.reader_column.addWidget(self.reader)
        self.reader_column.addWidget(notes_box)
        self.reader_column.setSizes([700, 200])
        self.chart_panel = ChartPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.reader_column)
        self.splitter.addWidget(self.chart_panel)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([300, 760, 540])
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        self._create_actions()
        self.notes_box.setVisible(self.notes_action.isChecked())
        if settings.splitter_state is not None:
            self.splitter.restoreState(settings.splitter_state)
        if settings.window_state is not None:
            self.restoreState(settings.window_state)  # toolbar visibility and place
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(1400, 880)

        self.navigator.locationRequested.connect(self.open_location)
        self.navigator.searchHighlight.connect(self._highlight)
        self.reader.chartLinkActivated.connect(self.reveal_chart)
        self.chart_panel.chartsReady.connect(self.chartsReady)
        self.chart_panel.set_intervals_visible(settings.show_intervals)

        self.retranslate()
        apply_theme(settings.theme)
        self._load(pack, chapter_id or settings.last_chapter(pack.id))

    # -- actions and menus ---------------------------------------------------------------
    def _action(self, shortcut=None, slot=None, checkable: bool = False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.open_action = self._action(QKeySequence.StandardKey.Open, self.open_pack_dialog)
        self.bundled_action = self._action(None, self.open_bundled)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.find_action = self._action(QKeySequence.StandardKey.Find, self.focus_search)
        self.next_action = self._action("Ctrl+PgDown", lambda: self.step_chapter(1))
        self.previous_action = self._action("Ctrl+PgUp", lambda: self.step_chapter(-1))
        self.focus_navigator_action = self._action("Alt+1", lambda: self.navigator.tree.setFocus())
        self.focus_reader_action = self._action("Alt+2", lambda: self.reader.setFocus())
        self.focus_charts_action = self._action("Alt+3", self.focus_charts)
        self.intervals_action = self._action("Ctrl+I", self.set_intervals_visible, checkable=True)
        self.intervals_action.setChecked(self.settings.show_intervals)
        self.notes_action = self._action("Ctrl+Shift+N", self.set_notes_visible, checkable=True)
        self.explorer_action = self._action("Ctrl+Shift+F", self.show_explorer)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in self.pack.languages:
            action = self._action(
                None, lambda _=False, c=code: self.set_language(c), checkable=True
            )
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.toggle_language_action = self._action("Ctrl+Shift+L", self.toggle_language)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            action = self._action(None, lambda _=False, n=name: self.set_theme(n), checkable=True)
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        self.theme_actions.get(self.settings.theme, self.theme_actions[LIGHT]).setChecked(True)
        self.about_action = self._action(None, self.show_about)
        self.help_action = self._action(QKeySequence.StandardKey.HelpContents, self.show_help)
        self.print_action = self._action(QKeySequence.StandardKey.Print, self.print_chapter)
        self.export_action = self._action("Ctrl+E", self.export_chapter)
        self.page_group = QActionGroup(self)
        self.report_action = self._action("Ctrl+1", self.show_report, checkable=True)
        self.readiness_action = self._action("Ctrl+2", self.show_readiness, checkable=True)
        self.new_check_action = self._action(QKeySequence.StandardKey.New, self.new_check)
        self.present_action = self._action("F5", lambda: self.present(from_start=True))
        self.present_here_action = self._action("Shift+F5", lambda: self.present(from_start=False))
        self.presenter_action = self._action(
            "Alt+F5", lambda: self.present(from_start=False, presenter=True)
        )
        self.present_check_action = self._action("Ctrl+F5", self.present_readiness)
        self.present_check_action.setEnabled(self.pack.readiness is not None)
        for action in (self.report_action, self.readiness_action):
            self.page_group.addAction(action)
        self.report_action.setChecked(True)
        self.readiness_action.setEnabled(self.pack.readiness is not None)
        self.new_check_action.setEnabled(self.pack.readiness is not None)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_check_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.open_action, self.bundled_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.print_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.report_action, self.readiness_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions(
            [self.present_action, self.present_here_action, self.presenter_action]
        )
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.find_action, self.previous_action, self.next_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions(
            [self.focus_navigator_action, self.focus_reader_action, self.focus_charts_action]
        )
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.intervals_action, self.notes_action, self.explorer_action])
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.addActions(list(self.theme_actions.values()))
        self.language_menu = bar.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.language_menu.addSeparator()
        self.language_menu.addAction(self.toggle_language_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.help_action, self.about_action])

        toolbar = self.addToolBar("")
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.addActions([self.report_action, self.readiness_action, self.new_check_action])
        toolbar.addSeparator()
        toolbar.addAction(self.present_action)
        toolbar.addSeparator()
        toolbar.addActions([self.previous_action, self.next_action])
        toolbar.addSeparator()
        toolbar.addActions([self.explorer_action, self.intervals_action, self.notes_action])
        toolbar.addSeparator()
        toolbar.addAction(self.toggle_language_action)
        self.toolbar = toolbar

    def retranslate(self) -> None:
        """Every interface string, so a later language switch of the interface is one call."""
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.open_action.setText(self.tr("&Open report pack…"))
        self.bundled_action.setText(self.tr("Show the &bundled report"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find in the report"))
        self.next_action.setText(self.tr("&Next chapter"))
        self.previous_action.setText(self.tr("&Previous chapter"))
        self.focus_navigator_action.setText(self.tr("Go to the chapter list"))
        self.focus_reader_action.setText(self.tr("Go to the text"))
        self.focus_charts_action.setText(self.tr("Go to the charts"))
        self.intervals_action.setText(self.tr("Show 95% &intervals"))
        self.notes_action.setText(self.tr("Speaker &notes"))
        self.explorer_action.setText(self.tr("Figures &explorer"))
        for code, action in self.language_actions.items():
            action.setText(LANGUAGE_NAMES.get(code, code))
        self.toggle_language_action.setText(self.tr("Switch language"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        names = {
            LIGHT: self.tr("&Light"),
            DARK: self.tr("&Dark"),
            PROJECTOR: self.tr("&Projector (high contrast)"),
        }
        for name, action in self.theme_actions.items():
            action.setText(names[name])
        self.about_action.setText(self.tr("&About"))
        self.help_action.setText(self.tr("How to &present"))
        self.print_action.setText(self.tr("&Print chapter…"))
        self.export_action.setText(self.tr("&Export chapter as PDF…"))
        self.report_action.setText(self.tr("&Report"))
        self.readiness_action.setText(self.tr("Readiness &check"))
        self.new_check_action.setText(self.tr("&New check"))
        self.present_action.setText(self.tr("&Present from the start"))
        self.present_here_action.setText(self.tr("Present from &here"))
        self.presenter_action.setText(self.tr("Presenter &view"))
        self.present_check_action.setText(self.tr("Show the readiness results on the wall"))
        if self.readiness is not None:
            self.readiness.retranslate()
        self.notes_title.setText("<b>%s</b>" % self.tr("Speaker notes"))
        self.reader.setAccessibleName(self.tr("Chapter text"))
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        self.chart_panel.setAccessibleName(self.tr("Charts of the chapter"))
        self.chart_panel.retranslate()
        self.navigator.retranslate()

    # -- pack and language ---------------------------------------------------------------
    def _load(self, pack: ReportPack, chapter_id: str | None) -> None:
        self.pack = pack
        if self.lang not in pack.languages:
            self.lang = pack.default_language
        for document in self.documents.values():
            document.deleteLater()
        self.documents.clear()
        self.chapter_id = ""
        self.navigator.set_pack(pack, self.lang)
        self.chart_panel.set_pack(pack, self.lang)
        if self.explorer is not None:
            self.explorer.set_pack(pack, self.lang)
        for code, action in self.language_actions.items():
            action.setEnabled(code in pack.languages)
            action.setChecked(code == self.lang)
        self._update_title()
        self.statusBar().showMessage(
            f"{pick(pack.title, self.lang)} · {pack.publisher} {pack.year} · n = {pack.survey_n}"
        )
        start = chapter_id if pack.chapter(chapter_id or "") else pack.chapters[0].id
        self.open_location(start, -1)
        self.navigator.select(start, -1, emit=False)
        if self.charts_started:
            self.chart_panel.show_chapter(self.chapter_id)

    def _update_title(self) -> None:
        self.setWindowTitle(
            f"{pick(self.pack.title, self.lang)} — {QCoreApplication.applicationName()}"
        )

    def set_language(self, lang: str) -> None:
        if lang not in self.pack.languages:
            return
        self.language_actions[lang].setChecked(True)
        if lang == self.lang:
            return
        self.lang = lang
        self.settings.language = lang
        Translations.set_language(lang)
        self.retranslate()
        self.navigator.set_pack(self.pack, lang)
        chapter, section = self.chapter_id, self.section
        self.chapter_id = ""
        self.chart_panel.set_language(lang)
        self.open_location(chapter, section)
        if self.explorer is not None:
            self.explorer.set_pack(self.pack, lang)
        if self.readiness is not None:
            self.readiness.set_language(lang)
        self._update_title()

    def toggle_language(self) -> None:
        languages = self.pack.languages
        self.set_language(languages[(languages.index(self.lang) + 1) % len(languages)])

    def open_pack(self, location: Path) -> bool:
        """Open another pack; a broken one is explained and the bundled report stays."""
        from ..core.loader import load_pack

        try:
            pack = load_pack(location)
        except PackError as error:
            log.warning("Pack %s not loaded:\n%s", location, error)
            show_pack_problems(self, str(location), error.problems)
            if self.pack.location != bundled_pack():
                self.open_bundled()
            return False
        self._load(pack, self.settings.last_chapter(pack.id))
        return True

    def open_pack_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open report pack"),
            str(Path.home()),
            self.tr("Report packs (manifest.toml *.zip)"),
        )
        if path:
            chosen = Path(path)
            self.open_pack(chosen.parent if chosen.name == "manifest.toml" else chosen)

    def open_bundled(self) -> None:
        from ..core.loader import load_pack

        try:
            pack = load_pack(bundled_pack())
            self._load(pack, self.settings.last_chapter(pack.id))
        except PackError as error:
            show_pack_problems(self, str(bundled_pack()), error.problems)

    # -- navigation ---------------------------------------------------------------------
    def document(self, lang: str, chapter_id: str) -> QTextDocument:
        key = (lang, chapter_id)
        if key not in self.documents:
            chapter = self.pack.chapter(chapter_id).text(lang)
            markdown = chapter.reader_markdown(
                lambda chart_id: "▸ " + pick(self.pack.charts[chart_id].title, lang)
            )
            self.documents[key] = build_document(markdown, self.reader, self.reader.font())
        return self.documents[key]

    def open_location(self, chapter_id: str, section: int) -> None:
        chapter = self.pack.chapter(chapter_id)
        if chapter is None:
            return
        if chapter_id != self.chapter_id:
            self.chapter_id = chapter_id
            self.reader.show_document(self.document(self.lang, chapter_id))
            self.settings.set_last_chapter(self.pack.id, chapter_id)
            if self.charts_started:
                self.chart_panel.show_chapter(chapter_id)
        self.section = section
        self.reader.scroll_to_section(section)
        text = chapter.text(self.lang)
        notes = text.sections[section].notes if 0 <= section < len(text.sections) else text.notes
        self.notes.setMarkdown("\n\n".join(notes) if notes else self.tr("No notes for this part."))

    def step_chapter(self, step: int) -> None:
        ids = self.pack.chapter_ids()
        index = max(0, min(len(ids) - 1, ids.index(self.chapter_id) + step))
        self.navigator.select(ids[index], -1)

    def start_charts(self) -> None:
        """Draw the current chapter's charts, then the rest while the user reads."""
        if self.charts_started:
            return
        self.charts_started = True
        self.chart_panel.show_chapter(self.chapter_id)
        self.chart_panel.prebuild_remaining()
        QTimer.singleShot(0, self, self._prebuild_documents)

    def _prebuild_documents(self) -> None:
        for chapter_id in self.pack.chapter_ids():
            self.document(self.lang, chapter_id)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.charts_started:
            # Charts (and pyqtgraph) come after the first paint of navigator and reader,
            # so the window is there at once; the timer covers a window never painted.
            self.reader.viewport().installEventFilter(self)
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

    def _highlight(self, words: list[str]) -> None:
        self.reader.highlight_words(words)

    def reveal_chart(self, chart_id: str) -> None:
        self.chart_panel.reveal(chart_id)

    def focus_search(self) -> None:
        self.navigator.search_box.setFocus()
        self.navigator.search_box.selectAll()

    def focus_charts(self) -> None:
        cards = list(self.chart_panel.current_cards())
        if cards:
            self.chart_panel.reveal(cards[0])
        else:
            self.chart_panel.setFocus()

    def set_intervals_visible(self, on: bool) -> None:
        self.settings.show_intervals = on
        self.chart_panel.set_intervals_visible(on)

    def set_notes_visible(self, on: bool) -> None:
        self.notes_box.setVisible(on)

    def show_explorer(self) -> None:
        from .figures_explorer import FiguresExplorer

        if self.explorer is None:
            self.explorer = FiguresExplorer(self.pack, self.lang, self)
        self.explorer.show()
        self.explorer.raise_()
        self.explorer.filter.setFocus()

    def set_theme(self, name: str) -> None:
        """Light, dark or projector: the whole app, charts included, and remembered."""
        self.settings.theme = name
        self.theme_actions[name].setChecked(True)
        apply_theme(name)
        for document in self.documents.values():  # chapter documents carry their colours
            document.deleteLater()
        self.documents.clear()
        chapter, section = self.chapter_id, self.section
        self.chapter_id = ""
        self.open_location(chapter, section)

    def cycle_theme(self) -> None:
        names = list(THEMES)
        self.set_theme(
            names[(names.index(self.settings.theme) + 1) % len(names)]
            if self.settings.theme in names
            else LIGHT
        )

    # -- presenting -------------------------------------------------------------------
    def present(self, from_start: bool, presenter: bool = False):
        """F5 from the first slide, Shift+F5 from here, Alt+F5 with the presenter view."""
        from .presentation.session import PresentationSession

        start = None if from_start else (self.chapter_id, self.section)
        self.session = PresentationSession(
            self.pack, self.lang, start, presenter, self.settings.store, readiness=self.readiness
        )
        self.session.ended.connect(self._presentation_ended)
        self.session.controller.themeRequested.connect(self.cycle_theme)
        self.session.start()
        return self.session

    def present_readiness(self):
        """The readiness check's live results as a slide, while the check goes on here."""
        self.readiness_workspace()
        session = self.present(from_start=True)
        session.controller.go(len(session.controller.slides) - 1)
        self.activateWindow()  # answers are still given in this window
        return session

    def _presentation_ended(self, slide) -> None:
        """Back in the main window, at the place the presentation had reached."""
        if slide.chapter_id:
            self.show_report()
            self.navigator.select(slide.chapter_id, slide.section_index)
        self.raise_()
        self.activateWindow()
        self.session = None

    # -- the readiness check ---------------------------------------------------------
    def readiness_workspace(self):
        """The workspace, made on first use so the report starts without it."""
        if self.readiness is None and self.pack.readiness is not None:
            from .paths import checks_database
            from .readiness.workspace import ReadinessWorkspace

            self.readiness = ReadinessWorkspace(
                self.pack, self.lang, self.checks_path or checks_database(), self
            )
            self.pages.addWidget(self.readiness)
        return self.readiness

    def show_report(self) -> None:
        self.report_action.setChecked(True)
        self.pages.setCurrentWidget(self.splitter)

    def show_readiness(self) -> None:
        workspace = self.readiness_workspace()
        if workspace is None:
            return
        self.readiness_action.setChecked(True)
        self.pages.setCurrentWidget(workspace)
        workspace.open_store()

    def new_check(self) -> None:
        self.show_readiness()
        if self.readiness is not None:
            self.readiness.new_check()

    def show_help(self) -> None:
        from .help import HelpDialog

        HelpDialog(self).exec()

    def chapter_document(self) -> QTextDocument:
        """The current chapter for paper: its text, then its charts as pictures."""
        document = self.document(self.lang, self.chapter_id).clone(self)
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        for chart_id, card in self.chart_panel.current_cards().items():
            image = card.render_image(2.0)
            name = f"chart-{chart_id}.png"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            cursor.insertBlock()
            cursor.insertImage(name)  # an image the app made itself, not read from a file
        return document

    def print_chapter(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.chapter_document().print_(printer)

    def export_chapter(self, path: str | None = None) -> bool:
        """The current chapter, text and charts, as a PDF file."""
        from PySide6.QtPrintSupport import QPrinter

        from .paths import documents_folder

        if path is None:
            suggested = str(documents_folder() / f"{self.chapter_id}.pdf")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export chapter"), suggested, self.tr("PDF (*.pdf)")
            )
            if not path:
                return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self.chapter_document().print_(printer)
        ok = Path(path).exists() and Path(path).stat().st_size > 0
        if not ok:
            show_error(
                self, self.tr("The chapter could not be written to {path}.").format(path=path)
            )
        return ok

    def show_about(self) -> None:
        import pyqtgraph
        import PySide6

        from .. import __version__

        sources = "".join(f"<li>{s.name}</li>" for s in self.pack.sources)
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "<h3>{app} {version}</h3><p>{title}<br>{publisher}, {year}</p>"
                "<p>Sources:</p><ul>{sources}</ul>"
                "<p>Built with Qt for Python (PySide6 {pyside}, LGPLv3), pyqtgraph {pg} (MIT), "
                "NumPy (BSD-3-Clause), pandas (BSD-3-Clause) and openpyxl (MIT).</p>"
            ).format(
                app=QCoreApplication.applicationName(),
                version=__version__,
                title=pick(self.pack.title, self.lang),
                publisher=self.pack.publisher,
                year=self.pack.year,
                sources=sources,
                pyside=PySide6.__version__,
                pg=pyqtgraph.__version__,
            ),
        )

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)
