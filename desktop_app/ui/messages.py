"""Short, plain messages for the user; details go to the log, never a traceback."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.problems import Problem

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, text: str, details: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.applicationName(), text, parent=parent
    )
    box.setObjectName("errorDialog")
    if details:
        box.setDetailedText(details)
    box.exec()


def show_pack_problems(parent: QWidget | None, location: str, problems: list[Problem]) -> None:
    """The same list ``--check`` prints, in a dialog, with what happens next."""
    box = QMessageBox(parent)
    box.setObjectName("packProblemsDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Report pack not loaded"))
    box.setText(
        QCoreApplication.translate(
            "Messages",
            "The report pack {location} has {count} problem(s) and was not loaded. "
            "The bundled report is shown instead.",
        ).format(location=location, count=len(problems))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages", "Fix the problems listed under Details, then open the pack again."
        )
    )
    box.setDetailedText("\n".join(str(p) for p in problems))
    box.exec()


def install_excepthook(log_path: str) -> None:
    """Unexpected errors: full details to the log file, a short dialog to the user."""

    def hook(kind, value, tb) -> None:
        log.error("Unexpected error", exc_info=(kind, value, tb))
        if QApplication.instance() is None:
            sys.stderr.write(f"Unexpected error: {value}\nDetails: {log_path}\n")
            return
        show_error(
            QApplication.activeWindow(),
            QCoreApplication.translate(
                "Messages",
                "Something went wrong: {error}\n\nYour work is not lost. Details were written "
                "to {log}.",
            ).format(error=value or kind.__name__, log=log_path),
        )

    sys.excepthook = hook
