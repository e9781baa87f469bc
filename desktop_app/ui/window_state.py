"""The window as the user left it: size, place, toolbar and pane widths."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter

from .settings import AppSettings

DEFAULT_SIZE = (1400, 880)


def restore_layout(window: QMainWindow, panes: QSplitter, settings: AppSettings) -> None:
    if settings.splitter_state is not None:
        panes.restoreState(settings.splitter_state)
    if settings.window_state is not None:
        window.restoreState(settings.window_state)  # toolbar visibility and place
    if settings.geometry is not None:
        window.restoreGeometry(settings.geometry)
    else:
        window.resize(*DEFAULT_SIZE)


def save_layout(window: QMainWindow, panes: QSplitter, settings: AppSettings) -> None:
    settings.splitter_state = panes.saveState()
    settings.geometry = window.saveGeometry()
    settings.window_state = window.saveState()
    settings.sync()
