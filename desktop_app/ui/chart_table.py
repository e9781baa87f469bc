"""The rows of a chart as a table: the same numbers, readable by screen readers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..core.chart_data import ChartData, ChartRow
from .chart_words import points, significance
from .formatting import interval_text, number, value_text


class ChartTableModel(QAbstractTableModel):
    """Item, value, count and interval per row; a compared chart adds the change."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: tuple[ChartRow, ...] = ()
        self.chart: ChartData | None = None

    def set_data(self, data: ChartData) -> None:
        self.beginResetModel()
        self.chart = data
        self.rows = data.rows
        self.endResetModel()

    @property
    def compared(self) -> bool:
        return self.chart is not None and bool(self.chart.changes)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else (5 if self.compared else 4)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("Item"),
            self.tr("Value"),
            self.tr("≈ Count"),
            self.tr("95% interval"),
            self.tr("Change"),
        ][section]

    def _change(self, row: ChartRow) -> tuple[str, str]:
        """The change on the row of the later survey; nothing on the earlier one."""
        change = self.chart.change_of(row.category_key) if self.chart else None
        if change is None or row.series_index != self.chart.series_count - 1:
            return "", ""
        return points(change.delta), significance(change)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            count = "" if row.count is None else f"{number(row.count)} / {number(row.n)}"
            interval = interval_text(row) if row.known else ""
            cells = [row.display_label, value_text(row), count, interval, self._change(row)[0]]
            return cells[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return self._change(row)[1] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
