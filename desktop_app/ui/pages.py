"""The window's two pages: the report and the readiness check, one at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QStackedWidget, QWidget

from ..content import Content
from .report_view import ReportView


class Pages(QStackedWidget):
    """The report is always there; the check's workspace is made on first use, per pack."""

    def __init__(self, report: ReportView, checks_path: Path | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.report = report
        self.checks_path = checks_path
        self.readiness = None  # the ReadinessWorkspace of the open pack, once made
        self.addWidget(report)

    def workspace(self, content: Content, lang: str):
        """The readiness workspace of ``content``, or None when its pack has no check."""
        if self.readiness is None and content.readiness is not None:
            from .paths import checks_database
            from .readiness.workspace import ReadinessWorkspace

            self.readiness = ReadinessWorkspace(
                content.readiness,
                content.report,
                lang,
                self.checks_path or checks_database(),
                self,
            )
            self.addWidget(self.readiness)
        return self.readiness

    def drop_workspace(self) -> None:
        """Another pack: a check of the old pack must not stay open against its questions."""
        if self.readiness is not None:
            self.removeWidget(self.readiness)
            self.readiness.close_store()
            self.readiness.deleteLater()
            self.readiness = None
        self.setCurrentWidget(self.report)
