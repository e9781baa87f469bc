"""Light, dark and a high-contrast projector theme: one style sheet for the whole app.

Widgets name their parts (objectName, or the ``role`` property for muted text) and the
theme's style sheet colours them, so switching theme is one call at runtime. The sheet is
set on the app's own windows (``ThemeManager.style``), not on the application: an
application sheet re-polishes every widget in the process on a switch, ~700 of them in
pyqtgraph's plot option menus that are never shown, and that alone took ~300 ms. Widgets that
paint colours themselves (charts, documents) listen to ``themes().changed``. Charts keep the
colour-blind-safe Okabe-Ito hues in every theme and only take new text, grid and
background colours.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from . import palette

LIGHT, DARK, PROJECTOR = "light", "dark", "projector"


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    text: str
    muted: str
    heading: str
    card: str
    panel: str
    nav: str
    grid: str
    caveat: str
    mark: str
    focus: str
    link: str
    selection: str


THEMES = {
    LIGHT: Theme(
        LIGHT,
        "#f6f7f9",
        "#1f2933",
        "#52606d",
        "#0b3d66",
        "#ffffff",
        "#eef2f6",
        "#f4f6f8",
        "#d9e2ec",
        "#fff4d6",
        "#ffe08a",
        palette.OKABE_ITO["blue"],
        "#0b5cad",
        "#d6e9f8",
    ),
    DARK: Theme(
        DARK,
        "#1b1f24",
        "#e6edf3",
        "#a8b3bf",
        "#9fd0ff",
        "#242a31",
        "#14181c",
        "#1f252b",
        "#3a444f",
        "#4a3d12",
        "#7a5d00",
        palette.OKABE_ITO["sky_blue"],
        "#8cc8ff",
        "#234a6b",
    ),
    # For a washed-out projector: pure black on white, heavier focus and grid lines.
    PROJECTOR: Theme(
        PROJECTOR,
        "#ffffff",
        "#000000",
        "#1a1a1a",
        "#000000",
        "#ffffff",
        "#ffffff",
        "#ffffff",
        "#7a7a7a",
        "#ffe9a8",
        "#ffd24d",
        "#000000",
        "#0033a0",
        "#cfe3ff",
    ),
}


def style_sheet(t: Theme) -> str:
    """The app's look in ``t``'s colours. Scroll bars are styled too: they then follow the
    theme, and a Fusion scroll bar took ~1.8 ms to paint against ~0.07 ms for a styled one
    (the reader's repaints on every section move)."""
    return f"""
    QMainWindow, QDialog {{ background: {t.window}; color: {t.text}; }}
    QLabel {{ color: {t.text}; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QTextBrowser#reader, QTextBrowser#notesPanel, QTextBrowser#presenterNotes {{
        background: {t.card}; color: {t.text}; border: none; selection-background-color: {t.selection}; }}
    QTextBrowser#notesPanel {{ background: {t.caveat}; }}
    QTreeView#navigator {{ background: {t.nav}; color: {t.text}; border: none; padding: 4px; }}
    QScrollArea#chartPageArea, QWidget#chartPage, QWidget#resultsBody {{ background: {t.panel}; border: none; }}
    ChartCard {{ background: {t.card}; border: 1px solid {t.grid}; border-radius: 6px; }}
    QWidget#chartContent {{ background: {t.card}; }}
    QLabel#caveat {{ background: {t.caveat}; color: {t.text}; padding: 6px; border-radius: 4px; }}
    QLabel#priorities, QLabel#findings {{ background: {t.card}; border: 1px solid {t.grid};
        border-radius: 6px; padding: 10px; }}
    SlideView {{ background: {t.card}; }}
    QLabel#slideTitle {{ color: {t.heading}; }}
    QListView#answerOptions::item {{ padding: 8px; border: 1px solid {t.grid}; border-radius: 4px; }}
    QListView#answerOptions::item:selected, QListView#slideStrip::item:selected {{
        background: {t.selection}; color: {t.text}; }}
    QTreeView#navigator:focus, QListView:focus, QLineEdit:focus, QTextBrowser:focus, QTableView:focus,
    ChartPlot:focus {{ border: 2px solid {t.focus}; }}
    QPushButton:focus, QToolButton:focus {{ outline: 2px solid {t.focus}; border: 2px solid {t.focus}; }}
    QScrollBar:vertical {{ background: {t.panel}; width: 12px; margin: 0; border: none; }}
    QScrollBar:horizontal {{ background: {t.panel}; height: 12px; margin: 0; border: none; }}
    QScrollBar::handle {{ background: {t.muted}; border-radius: 4px; margin: 2px; }}
    QScrollBar::handle:vertical {{ min-height: 28px; }}
    QScrollBar::handle:horizontal {{ min-width: 28px; }}
    QScrollBar::handle:hover {{ background: {t.text}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    """


class ThemeManager(QObject):
    """The app's current theme; ``changed`` tells every widget that draws colours itself.

    A theme is never changed in place: switching replaces the current Theme object, sets
    Qt's palette (every widget) and the style sheet of each styled window (their child
    widgets and dialogs inherit it), and emits ``changed``.

    During a show the full-screen windows (the wall, the presenter view) are restyled
    first and the rest (the main window behind them, ~500 widgets and its charts, ~60 ms)
    once the wall has painted: the audience sees the new theme in about one frame.
    """

    changed = Signal(object)  # the new Theme

    def __init__(self) -> None:
        super().__init__()
        self.current: Theme = THEMES[LIGHT]
        self.announced: Theme = self.current  # the theme ``changed`` last told
        self.windows: list[QWidget] = []
        self.applied = ""
        self._waiting: list[_AfterPaint] = []

    def apply(self, name: str) -> Theme:
        """Switch the whole app to ``name`` (unknown names mean light)."""
        self.current = THEMES.get(name, THEMES[LIGHT])
        watched = [w for w in self.windows if w.isVisible() and w.isFullScreen()]
        if watched and len(watched) < len(self.windows):
            sheet = style_sheet(self.current)
            for window in watched:
                window.setStyleSheet(sheet)
            # Qt's palette reaches every widget of every window: it comes with the rest.
            self._waiting.append(_AfterPaint(watched[0], self._catch_up, self))
        else:
            self._catch_up()
        return self.current

    def _catch_up(self) -> None:
        """Every window in the current theme, and ``changed`` told if it has not been."""
        self._waiting = [w for w in self._waiting if not w.done]
        theme, app = self.current, QApplication.instance()
        if app is not None and self.applied != theme.name:
            self.applied = theme.name
            app.setPalette(qt_palette(theme, app.palette()))
            sheet = style_sheet(theme)
            for window in self.windows:
                if window.styleSheet() != sheet:
                    window.setStyleSheet(sheet)
        if self.announced is not theme:
            self.announced = theme
            self.changed.emit(theme)

    def style(self, window: QWidget) -> None:
        """Give a window without a parent the theme's style sheet, now and on every switch."""
        if window in self.windows:
            return
        self.windows.append(window)
        window.destroyed.connect(lambda: self._forget(window))
        window.setStyleSheet(style_sheet(self.current))

    def _forget(self, window: QWidget) -> None:
        self.windows = [w for w in self.windows if w is not window]


class _AfterPaint(QObject):
    """Calls ``then`` once ``window`` has painted its next frame (or after a moment if no
    frame comes, say on a screen that was just unplugged)."""

    FALLBACK_MS = 250

    def __init__(self, window: QWidget, then, parent: QObject) -> None:
        super().__init__(parent)  # not the window's child: a closed show still catches up
        self.then, self.done = then, False
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, self._fire)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.UpdateRequest and not self.done:
            # Low priority: it runs after this paint and after whatever the paint posts.
            low = Qt.EventPriority.LowEventPriority.value
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.User), low)
        return False

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.User:
            self._fire()
            return True
        return super().event(event)

    def _fire(self) -> None:
        if not self.done:
            self.done = True
            self.then()
            self.deleteLater()


def qt_palette(t: Theme, base: QPalette) -> QPalette:
    """Qt's own palette in the theme's colours, for widgets the style sheet does not reach."""
    palette = QPalette(base)
    for role, colour in (
        (QPalette.ColorRole.Window, t.window),
        (QPalette.ColorRole.WindowText, t.text),
        (QPalette.ColorRole.Base, t.card),
        (QPalette.ColorRole.AlternateBase, t.panel),
        (QPalette.ColorRole.Text, t.text),
        (QPalette.ColorRole.Button, t.panel),
        (QPalette.ColorRole.ButtonText, t.text),
        (QPalette.ColorRole.Highlight, t.focus),
        (QPalette.ColorRole.HighlightedText, t.card),
        (QPalette.ColorRole.Link, t.link),
        (QPalette.ColorRole.ToolTipBase, t.card),
        (QPalette.ColorRole.ToolTipText, t.text),
        (QPalette.ColorRole.PlaceholderText, t.muted),
    ):
        palette.setColor(role, QColor(colour))
    return palette


_manager: ThemeManager | None = None


def themes() -> ThemeManager:
    """The one theme manager of the running app."""
    global _manager
    if _manager is None:
        _manager = ThemeManager()
    return _manager


def current() -> Theme:
    """The colours to draw with now."""
    return themes().current


@contextmanager
def drawing_in(theme: Theme) -> Iterator[Theme]:
    """Widgets made and drawn inside take ``theme``'s colours, whatever the app shows.

    For drawing off screen in fixed colours (a PDF on white paper). Only what asks
    ``current()`` inside sees ``theme``: the app's palette and style sheets stay as they
    are and ``changed`` is not emitted, so nothing on screen is restyled or repainted. Use
    it only for drawing that runs to its end without the event loop.
    """
    manager = themes()
    shown = manager.current
    manager.current = theme
    try:
        yield theme
    finally:
        manager.current = shown
