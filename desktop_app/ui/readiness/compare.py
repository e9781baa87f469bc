"""Two checks of the same client side by side: what moved, per dimension."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.model import ReportPack
from ...readiness.scoring import compare, score_check
from ...readiness.store import StoredCheck
from .. import palette
from .checks_panel import local_time


def score_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


class CompareDialog(QDialog):
    def __init__(
        self,
        pack: ReportPack,
        before: StoredCheck,
        after: StoredCheck,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("What moved: {client}").format(client=after.client))
        self.resize(640, 420)
        first, second = score_check(pack, before.answers), score_check(pack, after.answers)
        self.changes = compare(first, second)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Dimension"),
                local_time(before.created),
                local_time(after.created),
                self.tr("Change"),
            ]
        )
        rows = [
            (pack.readiness.title(c.dimension_id, lang), c.before, c.after, c.delta)
            for c in self.changes
        ]
        rows.append(
            (
                self.tr("Overall"),
                first.overall,
                second.overall,
                None
                if first.overall is None or second.overall is None
                else second.overall - first.overall,
            )
        )
        for label, old, new, delta in rows:
            change = QStandardItem("–" if delta is None else f"{delta:+.0f}")
            if delta:
                change.setForeground(
                    QColor(
                        palette.OKABE_ITO["bluish_green"]
                        if delta > 0
                        else palette.OKABE_ITO["vermillion"]
                    )
                )
            cells = [
                QStandardItem(label),
                QStandardItem(score_text(old)),
                QStandardItem(score_text(new)),
                change,
            ]
            for cell in cells[1:]:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(cells)
        table = QTableView(self)
        table.setObjectName("compareTable")
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr("Scores from 0 to 100; a change in green went up, in red went down."), self
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(note)
        layout.addWidget(buttons)
