"""*What changed*: every item both editions have, the largest change first, and the items
only one edition has; Enter or a double-click opens the change's chart."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.chart_data import Change
from ..core.compare import Comparison, ItemChange
from ..core.model import ReportPack, pick
from .chart_words import points, significance
from .formatting import percent

FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def figure_title(pack: ReportPack, figure_id: str, lang: str) -> str:
    """A figure by the title of its own chart, which is how the reader knows it."""
    charts = pack.charts_of_figure(figure_id)
    own = [c for c in charts if len(c.series) == 1] or charts
    return pick(own[0].title, lang) if own else figure_id


class ChangesModel(QAbstractTableModel):
    """Chart, item, both values, the change in points and whether it is more than chance."""

    def __init__(self, comparison: Comparison, lang: str, labels, parent=None) -> None:
        super().__init__(parent)
        self.comparison, self.lang, self.labels = comparison, lang, labels
        self.changes: list[ItemChange] = comparison.changes()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        before, after = self.labels
        return [
            self.tr("Chart"),
            self.tr("Item"),
            before,
            after,
            self.tr("Change"),
            self.tr("Sampling error"),
        ][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        change = self.changes[index.row()]
        pair = change.pair
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            test = pair.test
            words = significance(
                Change(
                    change.item_id,
                    "",
                    pair.before.value,
                    pair.after.value,
                    test.p_value if test else None,
                    test.significant if test else None,
                )
            )
            return [
                figure_title(self.comparison.opened, change.figure_id, self.lang),
                pick(pair.after.label if pair.after else pair.before.label, self.lang),
                percent(pair.before.value),
                percent(pair.after.value),
                points(change.delta),
                words,
            ][column]
        if role == SORT_ROLE:
            values = [None, None, pair.before.value, pair.after.value, abs(change.delta), None]
            return values[column] if values[column] is not None else self.data(index)
        if role == FIGURE_ROLE:
            return change.figure_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class WhatChangedDialog(QDialog):
    """Opened from File › What changed… or the comparison bar above the charts."""

    chartRequested = Signal(str)  # figure id

    def __init__(
        self, comparison: Comparison, lang: str, labels: tuple[str, str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whatChanged")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.comparison = comparison
        self.model = ChangesModel(comparison, lang, labels, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("changesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.only_title = QLabel(self)
        self.only = QListWidget(self)
        self.only.setObjectName("onlyInOneEdition")
        before, after = labels
        for unmatched in comparison.unmatched():
            in_after = unmatched.in_opened == comparison.opened_is_after
            # Named as the opened pack names its figures, where it has the figure at all.
            opened = unmatched.figure_id in comparison.opened.figures
            pack = comparison.opened if opened else comparison.other
            self.only.addItem(
                self.tr("{item} ({chart}): only in {edition}").format(
                    item=pick(unmatched.item.label, lang),
                    chart=figure_title(pack, unmatched.figure_id, lang),
                    edition=after if in_after else before,
                )
            )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.only_title)
        layout.addWidget(self.only, 1)
        self.setWindowTitle(self.tr("What changed"))
        self.intro.setText(
            self.tr(
                "Each item both editions have, the largest change first, in percentage points. "
                "A change is tested against the surveys' sampling error only where both "
                "editions published how many were asked. Press Enter or double-click to see "
                "the chart."
            )
        )
        self.only_title.setText(
            self.tr("In one edition only ({count}):").format(count=self.only.count())
        )
        self.resize(960, 620)

    def _open(self, index: QModelIndex) -> None:
        figure_id = index.data(FIGURE_ROLE)
        if figure_id:
            self.chartRequested.emit(figure_id)
