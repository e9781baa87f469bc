"""A bar above the saved checks when something about their database needs the user's eye.

It says when the checks can be read but not saved (read-only folder, full disk), and where
every database that was set aside went, with *Restore…* to bring its checks back. It stays
until the matter is resolved, so a database moved aside at one start is still mentioned at
the next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...readiness.store import CheckStore


class StoreNotice(QFrame):
    restoreRequested = Signal(Path)  # the set-aside database to bring back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(
            lambda: self.restoreRequested.emit(self.restore_button.property("path"))
        )
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_state(self, store: CheckStore | None) -> None:
        """What the user should know about ``store`` now; hidden when there is nothing."""
        lines: list[str] = []
        self.restore_button.hide()
        if store is not None and store.read_only:
            if store.read_only_code == "full":
                lines.append(
                    self.tr(
                        "The disk is full: your saved checks are shown, but changes cannot be "
                        "saved. Free some space; saving resumes by itself."
                    )
                )
            else:
                lines.append(
                    self.tr(
                        "The checks database {path} cannot be written: your saved checks are "
                        "shown, but changes cannot be saved."
                    ).format(path=store.path)
                )
        aside = store.set_aside() if store is not None else []
        for item in aside:
            when = QLocale().toString(item.when, QLocale.FormatType.ShortFormat)
            reason = (
                self.tr("was made by a newer version of this app")
                if item.reason == "newer"
                else self.tr("was damaged")
            )
            lines.append(
                self.tr("A checks database that {reason} was set aside on {when}: {path}").format(
                    reason=reason, when=when, path=item.path
                )
            )
        if aside:
            self.restore_button.setText(self.tr("Restore…"))
            self.restore_button.setToolTip(
                self.tr("Bring back every check that can still be read from {path}").format(
                    path=aside[0].path
                )
            )
            self.restore_button.setProperty("path", aside[0].path)
            self.restore_button.setEnabled(not store.read_only)
            self.restore_button.show()
        self.text.setText("\n".join(lines))
        self.setVisible(bool(lines))
