"""View › Show the client's answers on the charts: the open readiness check's answers to the
survey's own questions, marked on every chart of those figures, as the check goes on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate  # a name lupdate recognises


def show_client_on_charts(window: MainWindow, on: bool) -> None:
    """Mark (or stop marking) the client's answers; without an open check, say how to get one."""
    panel = window.report.chart_panel
    workspace = window.readiness
    if not on:
        panel.set_client({}, "")
        return
    if workspace is None or workspace.result is None:
        window.window_actions.client_action.setChecked(False)
        from .messages import show_error

        show_error(
            window,
            translate(
                "ClientOnCharts",
                "Open or answer a readiness check first (Readiness check, Ctrl+2): its answers "
                "to the survey's questions are then marked on the report's charts.",
            ),
        )
        return
    follow(window, workspace.result)
    if not getattr(workspace, "_client_charts_connected", False):
        workspace.resultChanged.connect(lambda result: follow(window, result))
        workspace._client_charts_connected = True


def follow(window: MainWindow, result) -> None:
    """New answers in the check: the marks on the charts follow, while the option is on."""
    from ..readiness.client_answers import client_answers

    if not window.window_actions.client_action.isChecked():
        return
    workspace = window.readiness
    client = workspace.check.client if workspace.check else ""
    label = client or translate("ClientOnCharts", "the client")
    window.report.chart_panel.set_client(client_answers(workspace.questionnaire, result), label)
