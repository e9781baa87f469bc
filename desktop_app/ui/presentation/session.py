"""Starting and ending a presentation, and keeping it alive when screens come and go."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from ...core.model import ReportPack
from ...presentation.slides import ChartSource, OwnCharts, Slide
from ..settings import AppSettings
from .presenter import PresenterView
from .show import KeysDialog, PresentationWindow, SlideOverviewDialog, SlideShowController


class PresentationSession(QObject):
    """One run of the show: which windows are on which screen, and where it ended."""

    ended = Signal(object)  # the Slide shown last

    def __init__(
        self,
        pack: ReportPack,
        lang: str,
        start: tuple[str, int] | None,
        presenter: bool,
        settings: AppSettings,
        readiness=None,
        charts: ChartSource | None = None,
        own: OwnCharts | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.controller = SlideShowController(
            pack, lang, start, readiness, self.audience_screen().size(), charts, own
        )
        self.presentation: PresentationWindow | None = None
        self.presenter_view: PresenterView | None = None
        self.wants_presenter = presenter
        self.controller.finished.connect(self.finish)
        self.controller.swapRequested.connect(self.swap)
        self.controller.overviewRequested.connect(self.overview)
        self.controller.helpRequested.connect(self.show_keys)
        app = QGuiApplication.instance()
        app.screenRemoved.connect(self.screen_removed)
        app.screenAdded.connect(self.screen_added)

    # -- screens ------------------------------------------------------------------------
    def audience_screen(self) -> QScreen:
        """The remembered screen, else a screen that is not the laptop's own, else the only one."""
        screens = QGuiApplication.screens()
        name = self.settings.audience_screen
        chosen = next((s for s in screens if s.name() == name), None)
        if chosen is not None:
            return chosen
        primary = QGuiApplication.primaryScreen()
        return next((s for s in screens if s is not primary), primary)

    def laptop_screen(self, audience: QScreen) -> QScreen | None:
        """A screen for the presenter view that the audience does not see, if there is one."""
        return next((s for s in QGuiApplication.screens() if s is not audience), None)

    def start(self) -> None:
        self.arrange()

    def arrange(self) -> None:
        """Place the windows on the screens there are now."""
        audience = self.audience_screen()
        laptop = self.laptop_screen(audience)
        self.controller.use_size(audience.size())  # slides laid out for the wall they are on
        rehearsing = laptop is None and self.wants_presenter
        if rehearsing:
            # One screen (or Windows' duplicate mode): the presenter view as a window to rehearse;
            # no presenter controls are put on a projector.
            if self.presentation is not None:
                self.presentation.hide()
            self._presenter().showMaximized()
            return
        if self.presentation is None:
            self.presentation = PresentationWindow(self.controller)
        self.presentation.place_on(audience)
        self.presentation.activateWindow()
        if laptop is not None and (self.wants_presenter or len(QGuiApplication.screens()) > 1):
            view = self._presenter()
            view.setScreen(laptop)
            view.setGeometry(laptop.availableGeometry())
            view.showMaximized()
        elif self.presenter_view is not None:
            self.presenter_view.hide()

    def _presenter(self) -> PresenterView:
        if self.presenter_view is None:
            self.presenter_view = PresenterView(self.controller)
        return self.presenter_view

    def swap(self) -> None:
        screens = QGuiApplication.screens()
        if len(screens) < 2 or self.presentation is None:
            return
        current = self.presentation.screen()
        other = next(s for s in screens if s is not current)
        self.settings.audience_screen = other.name()
        self.arrange()

    def screen_removed(self, screen: QScreen) -> None:
        """A projector unplugged: the show goes on, on the screen that is left."""
        if self.settings.audience_screen == screen.name():
            self.settings.forget(AppSettings.audience_screen)
        self.arrange()

    def screen_added(self, _screen: QScreen) -> None:
        """A projector plugged in during the show: the slides go to it."""
        self.arrange()

    # -- dialogs and the end ------------------------------------------------------------
    def _front(self):
        return (
            self.presenter_view
            if self.presenter_view and self.presenter_view.isVisible()
            else self.presentation
        )

    def overview(self) -> None:
        SlideOverviewDialog(self.controller, self._front()).exec()

    def show_keys(self) -> None:
        KeysDialog(self._front()).exec()

    def finish(self) -> None:
        slide: Slide = self.controller.current
        for window in (self.presentation, self.presenter_view):
            if window is not None:
                window.close()
                window.deleteLater()
        self.presentation = self.presenter_view = None
        app = QGuiApplication.instance()
        # After the show, plugging in a projector must not bring it back.
        with contextlib.suppress(RuntimeError, TypeError):
            app.screenRemoved.disconnect(self.screen_removed)
        with contextlib.suppress(RuntimeError, TypeError):
            app.screenAdded.disconnect(self.screen_added)
        self.ended.emit(slide)
