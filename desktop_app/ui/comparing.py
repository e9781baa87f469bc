"""File › Compare with another pack…: a second edition beside the open one, in the chart
panel and in the *What changed* list. The matching and statistics are core.compare's."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # a name lupdate recognises


def compare_dialog(window: MainWindow) -> None:
    from .pack_dialog import choose_pack

    location = choose_pack(window)
    if location is not None:
        compare_with(window, location)


def compare_with(window: MainWindow, location: Path, quiet: bool = False) -> bool:
    """Open the pack at ``location`` beside the window's; a problem is said, never raised.

    ``quiet`` (command-line runs without a window to answer): problems go to stderr.
    """
    from ..content import load_content
    from ..core.compare import Comparison
    from ..core.problems import PackError

    try:
        other = load_content(location).report
    except PackError as error:
        log.warning("Pack %s not compared:\n%s", location, error)
        text = translate(
            "Comparing",
            "The pack {location} has {count} problem(s) and cannot be compared. Fix them "
            "(listed under Details), then try again.",
        ).format(location=location, count=len(error.problems))
        return _tell(window, text, "\n".join(str(p) for p in error.problems), quiet)
    comparison = Comparison(window.pack, other)
    if not comparison.figures:
        text = translate(
            "Comparing",
            "The pack {location} has no figure with the same id as this one, so there is "
            "nothing to compare. A compare.toml in either pack can name renamed figures.",
        ).format(location=location)
        return _tell(window, text, "", quiet)
    window.report.chart_panel.set_comparison(comparison)
    return True


def _tell(window: MainWindow, text: str, details: str, quiet: bool) -> bool:
    if quiet:
        sys.stderr.write(text + ("\n" + details if details else "") + "\n")
    else:
        from .messages import show_error

        show_error(window, text, details)
    return False


def stop_comparing(window: MainWindow) -> None:
    window.report.chart_panel.set_comparison(None)


def what_changed(window: MainWindow):
    """The list of changes, largest first; opening one shows its chart."""
    from .what_changed import WhatChangedDialog

    panel = window.report.chart_panel
    if panel.comparison is None:
        return None
    dialog = WhatChangedDialog(panel.comparison, window.lang, panel.labels(), window)
    dialog.chartRequested.connect(lambda figure_id: open_change(window, figure_id))
    dialog.show()
    return dialog


def open_change(window: MainWindow, figure_id: str) -> None:
    """Show a changed figure's compared chart: in its chapter where the report places it,
    otherwise in a window of its own."""
    panel = window.report.chart_panel
    charts = panel.comparison.charts_of(figure_id) if panel.comparison else []
    for chart_id in charts:
        for chapter in window.pack.chapters:
            if chart_id in chapter.text(window.lang).chart_ids:
                window.show_report()
                window.report.select(chapter.id)
                panel.reveal(chart_id)
                return
    if charts:
        from .chart_window import show_chart_window

        show_chart_window(window, panel.data_for(charts[0]))
