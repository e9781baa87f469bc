"""The main window: coordinates the report view, the readiness check and the slide show.

It holds the open pack and the language, and tells every part when either changes
(``set_pack``, ``set_language``); the parts themselves do the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow

from ..content import Content
from ..core.model import pick
from ..resources import resources_dir
from .formatting import number
from .i18n import Translations, start_language, use_content_locale
from .pages import Pages
from .report_view import ReportView
from .settings import AppSettings
from .theme import THEMES, themes
from .window_actions import WindowActions
from .window_state import restore_layout, save_layout


class MainWindow(QMainWindow):
    """Presents one pack; every view follows the current place and language."""

    chartsReady = Signal(str)

    def __init__(
        self,
        content: Content,
        settings: AppSettings,
        lang: str | None = None,
        chapter_id: str | None = None,
        checks_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.svg")))
        self.settings = settings
        self.content, report = content, content.report
        self.lang = start_language(
            report.languages, report.default_language, lang, settings.language_of(report.id)
        )
        Translations.set_language(self.lang)
        use_content_locale(self.lang)
        self._opener = None  # File › Open report pack…, off the UI thread; made on first use
        self.session = None  # the running presentation, if any

        self.report = ReportView(self)
        self.pages = Pages(self.report, checks_path, self)
        self.setCentralWidget(self.pages)
        self.window_actions = WindowActions(self)
        self.window_actions.show_preferences(settings)
        self.report.notes_box.setVisible(self.window_actions.notes_action.isChecked())
        restore_layout(self, self.report, settings)
        self.report.chartsReady.connect(self.chartsReady)
        self.report.locationChanged.connect(
            lambda chapter, _section: self.settings.set_last_chapter(self.pack.id, chapter)
        )
        self.report.chart_panel.set_intervals_visible(settings.show_intervals)
        self.retranslate()
        themes().style(self)
        themes().apply(settings.theme)
        self.set_pack(content, chapter_id or settings.last_chapter(report.id), self.lang)

    @property
    def pack(self):
        return self.content.report

    @property
    def readiness(self):
        """The readiness workspace, once the check has been opened for this pack."""
        return self.pages.readiness

    def retranslate(self) -> None:
        """Every interface string, so a language switch of the interface is one call."""
        self.window_actions.retranslate()
        self.report.retranslate()
        if self.readiness is not None:
            self.readiness.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- pack and language ---------------------------------------------------------------
    def set_pack(self, content: Content, chapter_id: str = "", lang: str | None = None) -> None:
        """Show ``content``; everything that depends on the pack is rebuilt or disabled.

        The language: ``lang``, else the one last chosen for this pack, else its default.
        """
        self.content, report = content, content.report
        lang = start_language(
            report.languages, report.default_language, lang, self.settings.language_of(report.id)
        )
        if lang != self.lang:
            self.lang = lang
            Translations.set_language(lang)  # Qt then retranslates every widget
            use_content_locale(lang)
        self.pages.drop_workspace()
        self.show_report()
        self.report.set_pack(content.report, self.lang, chapter_id)
        self.window_actions.set_languages(content.report.languages, self.lang)
        self.window_actions.set_readiness_available(content.readiness is not None)
        self._show_title()

    def set_language(self, lang: str) -> None:
        if lang not in self.pack.languages:
            return
        self.window_actions.language_actions[lang].setChecked(True)
        if lang == self.lang:
            return
        self.lang = self.settings.language = self.settings.pack_language[self.pack.id] = lang
        Translations.set_language(lang)
        use_content_locale(lang)
        self.retranslate()
        self.report.set_language(lang)
        if self.readiness is not None:
            self.readiness.set_language(lang)
        self._show_title()

    def _show_title(self) -> None:
        title, report = pick(self.pack.title, self.lang), self.pack
        self.setWindowTitle(f"{title} — {QCoreApplication.applicationName()}")
        self.statusBar().showMessage(f"{report.edition(self.lang)} · n = {number(report.survey_n)}")

    def toggle_language(self) -> None:
        languages = self.pack.languages
        self.set_language(languages[(languages.index(self.lang) + 1) % len(languages)])

    @property
    def opener(self):
        """Made on first use (Qt's thread pool and progress dialog: ~20 ms at start-up)."""
        if self._opener is None:
            from .pack_loading import WindowPackOpener

            self._opener = WindowPackOpener(self)
        return self._opener

    def open_pack(self, location: Path) -> bool:
        """Open another pack now; a broken one is listed and the current one stays."""
        return self.opener.open_now(location)

    def open_pack_dialog(self) -> None:
        """File › Open report pack…: read in a worker thread, with progress and Cancel."""
        self.opener.choose_and_open()

    # -- the report -----------------------------------------------------------------------
    def start_charts(self) -> None:
        self.report.start_charts()

    def set_intervals_visible(self, on: bool) -> None:
        self.settings.show_intervals = on
        self.report.chart_panel.set_intervals_visible(on)

    def set_notes_visible(self, on: bool) -> None:
        self.report.notes_box.setVisible(on)

    def set_theme(self, name: str) -> None:
        """Light, dark or projector: the whole app, charts included, and remembered."""
        self.settings.theme = name
        self.window_actions.theme_actions[name].setChecked(True)
        themes().apply(name)

    def cycle_theme(self) -> None:
        names = list(THEMES)
        now = self.settings.theme if self.settings.theme in names else names[-1]
        self.set_theme(names[(names.index(now) + 1) % len(names)])

    # -- presenting -------------------------------------------------------------------
    def present(self, from_start: bool, presenter: bool = False):
        """F5 from the first slide, Shift+F5 from here, Alt+F5 with the presenter view.

        The slides show the charts as the chart panel shows them (compared, the client's
        answers marked), and My charts after the chapters.
        """
        from .presentation.own_slides import own_charts, shown_charts
        from .presentation.session import PresentationSession

        panel = self.report.chart_panel
        panel.my_chart_store()  # read now if F5 came before the charts were drawn
        start = None if from_start else self.report.place_to_present()
        self.session = PresentationSession(
            self.pack,
            self.lang,
            start,
            presenter,
            self.settings,
            self.readiness,
            shown_charts(panel),
            own_charts(panel.my_specs),
        )
        self.session.ended.connect(self._presentation_ended)
        self.session.controller.themeRequested.connect(self.cycle_theme)
        self.session.start()
        return self.session

    def present_readiness(self):
        """The readiness check's live results as a slide, while the check goes on here; with
        no check open, the check's page instead, to open or start one."""
        workspace = self.readiness_workspace()
        if workspace is None or workspace.session is None:
            self.show_readiness()
            return None
        session = self.present(from_start=True)
        session.controller.go(len(session.controller.slides) - 1)
        self.activateWindow()  # answers are still given in this window
        return session

    def _presentation_ended(self, slide) -> None:
        """Back in the main window, at the place the presentation had reached."""
        if slide.chapter_id:
            self.show_report()
            self.report.show_place_of(slide)
        self.raise_()
        self.activateWindow()
        self.session = None

    # -- the readiness check ---------------------------------------------------------
    def readiness_workspace(self):
        """The workspace, made on first use so the report starts without it."""
        return self.pages.workspace(self.content, self.lang)

    def show_report(self) -> None:
        self.window_actions.report_action.setChecked(True)
        self.pages.setCurrentWidget(self.report)

    def show_readiness(self) -> None:
        workspace = self.readiness_workspace()
        if workspace is None:
            return
        self.window_actions.readiness_action.setChecked(True)
        self.pages.setCurrentWidget(workspace)
        workspace.open_store()

    def new_check(self) -> None:
        self.show_readiness()
        if self.readiness is not None:
            self.readiness.new_check()

    # -- closing ----------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        save_layout(self, self.report, self.settings)
        super().closeEvent(event)
