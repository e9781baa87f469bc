"""The saved checks: a searchable table to open, rename, follow up, delete and compare."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.model import pick
from ...readiness.model import Questionnaire
from ...readiness.scoring import ReadinessResult
from ...readiness.store import CheckSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def _local(stamp: str) -> QDateTime | None:
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


# Day, month name and year in the interface language: '30 nov. 2026', '30 Nov 2026'. The
# locale's short date is ambiguous across the room ('11/30/26' in English, US order).
DATE_FORMAT = "d MMM yyyy"


def local_time(stamp: str) -> str:
    """A stored UTC time in the laptop's own time zone: the date as DATE_FORMAT, the time as
    the user's locale writes it."""
    shown = _local(stamp)
    if shown is None:
        return stamp
    time = QLocale().toString(shown.time(), QLocale.FormatType.ShortFormat)
    return f"{QLocale().toString(shown.date(), DATE_FORMAT)} {time}"


def local_date(stamp: str) -> str:
    shown = _local(stamp)
    return QLocale().toString(shown.date(), DATE_FORMAT) if shown else stamp


class ChecksModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[CheckSummary] = []
        self.questionnaire: Questionnaire | None = None
        self.lang = "nl"

    def set_rows(self, rows: list[CheckSummary], questionnaire: Questionnaire, lang: str) -> None:
        self.beginResetModel()
        self.rows, self.questionnaire, self.lang = rows, questionnaire, lang
        self.endResetModel()

    def update_summary(self, check_id: int, result: ReadinessResult) -> None:
        """The open check's new score and stage on its row, without reading the list again."""
        for row, summary in enumerate(self.rows):
            if summary.id == check_id:
                position = result.position
                self.rows[row] = dataclasses.replace(
                    summary,
                    score=result.overall,
                    stage=result.stage_id,
                    adoption_level=position.level if position else None,
                )
                self.dataChanged.emit(self.index(row, 2), self.index(row, 3))
                return

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Client"), self.tr("Changed"), self.tr("Score"), self.tr("Stage")][
                section
            ]
        return None

    def stage_title(self, stage_id: str | None) -> str:
        if not stage_id or self.questionnaire is None:
            return ""
        stage = self.questionnaire.stage(stage_id)
        return pick(stage.title, self.lang) if stage else stage_id

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            score = "" if row.score is None else QLocale().toString(round(row.score))
            client = row.client or self.tr("(no name)")
            if row.follow_up_of:
                client += " ↻"
            # The day only: on a laptop the client's name needs the room (the time is in
            # the tooltip, and the list is in the order of the last change anyway).
            return [client, local_date(row.updated), score, self.stage_title(row.stage)][column]
        if role == SORT_ROLE:
            return [row.client.casefold(), row.updated, row.score or -1, row.stage or ""][column]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            times = {"created": local_time(row.created), "changed": local_time(row.updated)}
            if row.participants == 1:
                return self.tr("Created {created} · last change {changed} · 1 participant").format(
                    **times
                )
            return self.tr("Created {created} · last change {changed} · {n} participants").format(
                n=row.participants, **times
            )
        return None


class ChecksPanel(QWidget):
    """Search by client name or date; the actions work on the selected check(s)."""

    openRequested = Signal(int)
    newRequested = Signal()
    renameRequested = Signal(int)
    followUpRequested = Signal(int)
    deleteRequested = Signal(int)
    compareRequested = Signal(int, int)
    exportRequested = Signal()
    overviewRequested = Signal()
    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("checksSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.searchChanged)
        self.model = ChecksModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("checksList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(False)
        self.view.activated.connect(lambda index: self.openRequested.emit(index.data(ID_ROLE)))
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        actions = [
            ("new", lambda: self.newRequested.emit()),
            ("open", lambda: self._with_selected(self.openRequested)),
            ("rename", lambda: self._with_selected(self.renameRequested)),
            ("follow_up", lambda: self._with_selected(self.followUpRequested)),
            ("delete", lambda: self._with_selected(self.deleteRequested)),
            ("compare", self._compare),
            ("export", lambda: self.exportRequested.emit()),
            ("overview", lambda: self.overviewRequested.emit()),
        ]
        for position, (name, slot) in enumerate(actions):
            button = QPushButton(self)
            button.setObjectName(f"checks_{name}")
            button.clicked.connect(slot)
            grid.addWidget(button, position // 2, position % 2)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by client or date (2026-11)"))
        self.search.setAccessibleName(self.tr("Search saved checks"))
        self.view.setAccessibleName(self.tr("Saved checks"))
        texts = {
            "new": self.tr("New check"),
            "open": self.tr("Open"),
            "rename": self.tr("Rename…"),
            "follow_up": self.tr("Follow-up check"),
            "delete": self.tr("Delete…"),
            "compare": self.tr("Compare two"),
            "export": self.tr("Export all…"),
            "overview": self.tr("My clients vs survey"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.COLUMNS - 1)
        self.buttons["compare"].setToolTip(
            self.tr("Select two checks of the same client (Ctrl+click)")
        )

    def show_rows(self, rows: list[CheckSummary], questionnaire: Questionnaire, lang: str) -> None:
        """The checks to list; columns sized from the font and the longest stage name.

        Measuring the texts of 1,000 rows would be slow; these samples are the widest
        texts a column can hold.
        """
        self.model.set_rows(rows, questionnaire, lang)
        metrics = self.view.fontMetrics()
        # The widest day of the year in the reader's language: month names differ in width.
        date = max(
            (local_date(f"2026-{month:02d}-28T12:00:00+00:00") for month in range(1, 13)),
            key=metrics.horizontalAdvance,
        )
        stages = [pick(s.title, lang) for s in questionnaire.stages] or [""]
        header = self.view.horizontalHeader()
        for column, sample in (
            (1, date),
            (2, "100"),
            (3, max(stages, key=metrics.horizontalAdvance)),
        ):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            widest = max(
                metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(title)
            )
            header.resizeSection(column, widest + 16)  # the header's words whole too

    def selected_ids(self) -> list[int]:
        return [index.data(ID_ROLE) for index in self.view.selectionModel().selectedRows()]

    def _with_selected(self, signal) -> None:
        ids = self.selected_ids()
        if ids:
            signal.emit(ids[0])

    def _compare(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            self.compareRequested.emit(*sorted(ids))

    def select(self, check_id: int) -> None:
        if self.selected_ids() == [check_id]:
            return  # opened from its own row
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) == check_id:
                self.view.selectRow(row)
                return
