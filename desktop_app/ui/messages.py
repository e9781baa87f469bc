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


def show_pack_problems(
    parent: QWidget | None, location: str, problems: list[Problem], at_start: bool = False
) -> None:
    """The same list ``--check`` prints, in a dialog, with what happens next.

    ``at_start``: the pack was asked for on the command line and the bundled report is
    shown instead; otherwise the report on screen stays.
    """
    box = QMessageBox(parent)
    box.setObjectName("packProblemsDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Report pack not loaded"))
    if at_start:
        text = QCoreApplication.translate(
            "Messages",
            "The report pack {location} has {count} problem(s) and was not loaded. "
            "The bundled report is shown instead.",
        )
    else:
        text = QCoreApplication.translate(
            "Messages",
            "The report pack {location} has {count} problem(s) and was not loaded. "
            "The report on screen stays open.",
        )
    box.setText(text.format(location=location, count=len(problems)))
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages", "Fix the problems listed under Details, then open the pack again."
        )
    )
    box.setDetailedText("\n".join(str(p) for p in problems))
    box.exec()


def install_excepthook(log_path: str, interactive: bool = True) -> list[str]:
    """Unexpected errors: full details to the log file, a short dialog to the user.

    Not ``interactive`` (``--screenshot``, ``--smoke-test``, exports): no dialog could be
    answered, so the message goes to stderr; the returned list collects the errors so the
    run can end with exit code 1.
    """
    errors: list[str] = []

    def hook(kind, value, tb) -> None:
        log.error("Unexpected error", exc_info=(kind, value, tb))
        errors.append(str(value or kind.__name__))
        if not interactive or QApplication.instance() is None:
            sys.stderr.write(f"Unexpected error: {value or kind.__name__}\nDetails: {log_path}\n")
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
    return errors
