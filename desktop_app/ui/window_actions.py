"""The main window's actions, menus and toolbar, and their words in the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ..resources import bundled_pack
from .i18n import language_name
from .theme import DARK, LIGHT, PROJECTOR, THEMES

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowActions(QObject):
    """Every action of the main window, wired to the window's slots; one place for the keys."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        report = window.report
        self.open_action = self._action(QKeySequence.StandardKey.Open, window.open_pack_dialog)
        self.bundled_action = self._action(None, lambda: window.open_pack(bundled_pack()))
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, window.close)
        self.find_action = self._action(QKeySequence.StandardKey.Find, report.focus_search)
        self.next_action = self._action("Ctrl+PgDown", lambda: report.step_chapter(1))
        self.previous_action = self._action("Ctrl+PgUp", lambda: report.step_chapter(-1))
        self.focus_navigator_action = self._action(
            "Alt+1", lambda: report.navigator.tree.setFocus()
        )
        self.focus_reader_action = self._action("Alt+2", lambda: report.reader.setFocus())
        self.focus_charts_action = self._action("Alt+3", report.focus_charts)
        self.intervals_action = self._action("Ctrl+I", window.set_intervals_visible, checkable=True)
        self.notes_action = self._action("Ctrl+Shift+N", window.set_notes_visible, checkable=True)
        self.explorer_action = self._action("Ctrl+Shift+F", window.report.show_explorer)
        self.compare_action = self._action(None, lambda: compare_dialog(window))
        self.what_changed_action = self._action(None, lambda: what_changed(window))
        self.stop_compare_action = self._action(None, lambda: stop_comparing(window))
        self.client_action = self._action(
            None, lambda on: show_client_on_charts(window, on), checkable=True
        )
        panel = report.chart_panel
        panel.comparisonChanged.connect(self.set_comparing)
        panel.whatChangedRequested.connect(self.what_changed_action.trigger)
        panel.stopComparingRequested.connect(self.stop_compare_action.trigger)
        self.set_comparing(False)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        self.toggle_language_action = self._action("Ctrl+Shift+L", window.toggle_language)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            action = self._action(None, lambda _=False, n=name: window.set_theme(n), checkable=True)
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        self.about_action = self._action(None, lambda: show_about(window))
        self.help_action = self._action(
            QKeySequence.StandardKey.HelpContents, lambda: show_help(window)
        )
        self.print_action = self._action(
            QKeySequence.StandardKey.Print, lambda: print_chapter(window)
        )
        self.export_action = self._action("Ctrl+E", lambda: export_chapter_dialog(window))
        self.export_slides_action = self._action("Ctrl+Shift+E", lambda: export_slides(window))
        self.page_group = QActionGroup(self)
        self.report_action = self._action("Ctrl+1", window.show_report, checkable=True)
        self.readiness_action = self._action("Ctrl+2", window.show_readiness, checkable=True)
        self.new_check_action = self._action(QKeySequence.StandardKey.New, window.new_check)
        self.present_action = self._action("F5", lambda: window.present(from_start=True))
        self.present_here_action = self._action(
            "Shift+F5", lambda: window.present(from_start=False)
        )
        self.presenter_action = self._action(
            "Alt+F5", lambda: window.present(from_start=False, presenter=True)
        )
        self.present_check_action = self._action("Ctrl+F5", window.present_readiness)
        for action in (self.report_action, self.readiness_action):
            self.page_group.addAction(action)
        self.report_action.setChecked(True)
        self._build_menus()

    def _action(self, shortcut=None, slot=None, checkable: bool = False) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_check_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.open_action, self.bundled_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions(
            [self.compare_action, self.what_changed_action, self.stop_compare_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addActions(
            [self.print_action, self.export_action, self.export_slides_action]
        )
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
        self.view_menu.addAction(self.client_action)
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.addActions(list(self.theme_actions.values()))
        self.language_menu = bar.addMenu("")
        self.language_menu.addSeparator()
        self.language_menu.addAction(self.toggle_language_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.help_action, self.about_action])

        toolbar = self.window.addToolBar("")
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

    def set_languages(self, languages: list[str], current: str) -> None:
        """One menu entry per language of the pack; the switch only when there are two or more."""
        for action in self.language_actions.values():
            self.language_menu.removeAction(action)
            self.language_group.removeAction(action)
            self.window.removeAction(action)
            action.deleteLater()
        self.language_actions = {}
        first = self.language_menu.actions()[0] if self.language_menu.actions() else None
        for code in languages:
            action = QAction(language_name(code), self.window)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.window.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.insertAction(first, action)
            self.language_actions[code] = action
        self.toggle_language_action.setVisible(len(languages) > 1)
        self.toggle_language_action.setEnabled(len(languages) > 1)
        self.language_menu.menuAction().setVisible(len(languages) > 1)  # nothing to choose

    def show_preferences(self, settings) -> None:
        """Check the actions that stand for remembered preferences (intervals, theme)."""
        self.intervals_action.setChecked(settings.show_intervals)
        self.theme_actions.get(settings.theme, self.theme_actions[LIGHT]).setChecked(True)

    def set_readiness_available(self, available: bool) -> None:
        """The check's actions only for a pack that has a readiness check."""
        for action in (
            self.readiness_action,
            self.new_check_action,
            self.present_check_action,
            self.client_action,
        ):
            action.setEnabled(available)
        self.client_action.setChecked(False)

    def set_comparing(self, comparing: bool) -> None:
        """What changed and Stop comparing only while a second pack is open beside this one."""
        self.what_changed_action.setEnabled(comparing)
        self.stop_compare_action.setEnabled(comparing)

    def retranslate(self) -> None:
        """Every word of the menus and actions, in the interface language."""
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
        self.export_slides_action.setText(self.tr("Export &slides (PowerPoint, PDF)…"))
        self.report_action.setText(self.tr("&Report"))
        self.readiness_action.setText(self.tr("Readiness &check"))
        self.new_check_action.setText(self.tr("&New check"))
        self.present_action.setText(self.tr("&Present from the start"))
        self.present_here_action.setText(self.tr("Present from &here"))
        self.presenter_action.setText(self.tr("Presenter &view"))
        self.present_check_action.setText(self.tr("Show the readiness results on the wall"))
        self.compare_action.setText(self.tr("&Compare with another pack…"))
        self.compare_action.setToolTip(
            self.tr("Open another edition of the survey beside this one and see what changed")
        )
        self.what_changed_action.setText(self.tr("What &changed…"))
        self.stop_compare_action.setText(self.tr("Stop comparing"))
        self.client_action.setText(self.tr("Show the client's answers on the charts"))


# Dialogs and paper: their modules are imported when first used, not at start-up.
def show_about(window: MainWindow) -> None:
    from .about import show_about

    show_about(window, window.pack, window.lang)


def show_help(window: MainWindow) -> None:
    from .help import HelpDialog

    HelpDialog(window).exec()


def print_chapter(window: MainWindow) -> None:
    from .chapter_export import print_chapter

    print_chapter(window.report, window)


def export_chapter_dialog(window: MainWindow) -> None:
    from .chapter_export import export_chapter_dialog

    export_chapter_dialog(window.report, window)


def export_slides(window: MainWindow) -> None:
    """The deck as the show presents it now: charts as shown, My charts after the chapters."""
    from ..presentation.slides import MY_CHARTS
    from .presentation.export_dialog import export_slides_dialog
    from .presentation.own_slides import own_charts, shown_charts

    panel = window.report.chart_panel
    panel.my_chart_store()
    own = own_charts(panel.my_specs)
    here = MY_CHARTS if panel.current_chapter == MY_CHARTS and own else window.report.chapter_id
    export_slides_dialog(window, window.pack, window.lang, here, shown_charts(panel), own)


def compare_dialog(window: MainWindow) -> None:
    from .comparing import compare_dialog

    compare_dialog(window)


def what_changed(window: MainWindow) -> None:
    from .comparing import what_changed

    what_changed(window)


def stop_comparing(window: MainWindow) -> None:
    from .comparing import stop_comparing

    stop_comparing(window)


def show_client_on_charts(window: MainWindow, on: bool) -> None:
    from .client_on_charts import show_client_on_charts

    show_client_on_charts(window, on)
