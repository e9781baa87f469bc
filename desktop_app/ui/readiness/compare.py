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

from ...readiness.model import Questionnaire
from ...readiness.session import Comparison
from .. import palette
from .checks_panel import local_time
from .results_text import number


def score_text(value: float | None) -> str:
    return "–" if value is None else number(value)


def change_text(delta: float | None) -> str:
    if delta is None:
        return "–"
    return ("+" if round(delta) > 0 else "") + number(delta)


class CompareDialog(QDialog):
    """What moved between two checks of one client, per dimension and overall."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        comparison: Comparison,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        before, after = comparison.before, comparison.after
        self.setWindowTitle(self.tr("What moved: {client}").format(client=after.client))
        self.resize(640, 420)
        self.comparison = comparison
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Dimension"),
                local_time(before.created),
                local_time(after.created),
                self.tr("Change"),
            ]
        )
        rows = [(questionnaire.title(c.dimension_id, lang), c) for c in comparison.dimensions]
        rows.append((self.tr("Overall"), comparison.overall))
        for label, change in rows:
            delta = change.delta
            change_item = QStandardItem(change_text(delta))
            if delta is not None and round(delta) != 0:
                change_item.setForeground(QColor(palette.UP if delta > 0 else palette.DOWN))
            cells = [
                QStandardItem(label),
                QStandardItem(score_text(change.before)),
                QStandardItem(score_text(change.after)),
                change_item,
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
