"""The figures explorer: every figure of the pack in one sortable, filterable table."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.chart_data import chart_data, figure_chart
from ..core.model import FigureItem, ReportPack, pick
from .chart_widget import ChartCard
from .formatting import number, percent
from .safe_text import plain_tooltip

FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ITEM_ROLE = Qt.ItemDataRole.UserRole + 3


class FiguresTableModel(QAbstractTableModel):
    """One row per figure item: id, label, value, base and source."""

    COLUMNS = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[FigureItem] = []
        self.lang = "nl"

    def set_pack(self, pack: ReportPack, lang: str) -> None:
        self.beginResetModel()
        self.items = [item for figure in pack.figures.values() for item in figure.items]
        self.lang = lang
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("Figure"),
            self.tr("Item"),
            self.tr("Value"),
            self.tr("n"),
            self.tr("Base"),
            self.tr("Source"),
        ][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            values = [
                item.figure_id,
                pick(item.label, self.lang),
                item.value if role == SORT_ROLE else percent(item.value),
                (item.n or 0) if role == SORT_ROLE else ("" if item.n is None else number(item.n)),
                pick(item.base, self.lang),
                item.source,
            ]
            return values[column]
        if role == FIGURE_ROLE:
            return item.figure_id
        if role == ITEM_ROLE:
            return item.item_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(item.note) if item.note else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FiguresExplorer(QDialog):
    """Filter by any word, sort by any column, press Enter or double-click to open a chart;
    select items of one or several figures and compare them in a chart of your own."""

    chartSaved = Signal(dict)  # a chart made with Compare in a chart, for My charts

    def __init__(self, pack: ReportPack, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresExplorer")
        self.resize(1000, 620)
        self.pack, self.lang = pack, lang
        self.model = FiguresTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("figuresFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("figuresTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.open_chart)  # Enter, and a double-click
        self.chart_windows: list[QDialog] = []
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.compare_button = QPushButton(self)
        self.compare_button.setObjectName("compareInAChartButton")
        self.compare_button.clicked.connect(self.compare_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.set_pack(pack, lang)
        self.retranslate()
        self._selection_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Figures explorer"))
        self.filter.setPlaceholderText(self.tr("Filter by any word: figure, label, base, source…"))
        self.hint.setText(
            self.tr(
                "Press Enter or double-click a row to open its figure as a chart. Select items "
                "of one or several figures (Ctrl+click, Shift+click) to compare them in a chart."
            )
        )
        self.compare_button.setText(self.tr("Compare in a chart…"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_pack(self, pack: ReportPack, lang: str) -> None:
        """New pack or language: the table follows, open chart windows are redrawn or closed."""
        same_pack = pack is self.pack
        self.pack, self.lang = pack, lang
        for window in list(getattr(self, "chart_windows", [])):
            card = window.findChild(ChartCard)
            if same_pack and card is not None:
                card.set_data(chart_data(pack, figure_chart(pack, window.property("figure")), lang))
                window.setWindowTitle(card.data.title)
            else:
                window.close()
        self.model.set_pack(pack, lang)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

    def selected_items(self) -> list[tuple[str, str]]:
        """(figure id, item id) of the selected rows, top to bottom as the table shows them."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [
            (self.proxy.index(r, 0).data(FIGURE_ROLE), self.proxy.index(r, 0).data(ITEM_ROLE))
            for r in rows
        ]

    def _selection_changed(self, *_args) -> None:
        self.compare_button.setEnabled(len(self.selected_items()) >= 2)

    def compare_selected(self) -> QDialog | None:
        """The chart of the selected items, proposed, previewed and saved to My charts."""
        from .compare_chart_dialog import CompareChartDialog

        items = self.selected_items()
        if len(items) < 2:
            return None
        dialog = CompareChartDialog(self.pack, self.lang, items, self)
        dialog.saved.connect(self.chartSaved)
        dialog.show()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.chart_windows:
            self.chart_windows.remove(dialog)

    def open_chart(self, index: QModelIndex) -> QDialog | None:
        figure_id = index.data(FIGURE_ROLE)
        if figure_id is None:
            return None
        spec = figure_chart(self.pack, figure_id)
        dialog = QDialog(self)
        dialog.setObjectName(f"figureChart:{figure_id}")
        dialog.setProperty("figure", figure_id)
        self.chart_windows.append(dialog)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget(d))
        dialog.setWindowTitle(pick(spec.title, self.lang))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        scroll = QScrollArea(dialog)
        scroll.setWidgetResizable(True)
        scroll.setWidget(ChartCard(chart_data(self.pack, spec, self.lang)))
        layout = QVBoxLayout(dialog)
        layout.addWidget(scroll)
        dialog.resize(640, 560)
        dialog.show()
        return dialog
