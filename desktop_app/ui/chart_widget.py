"""One chart of the report: pyqtgraph bars with labels, hover details, selection and exports.

``BarPlot`` draws and handles the mouse and keys; ``ChartCard`` frames it with a title,
caveat, legend, attribution, a table view and the export actions.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPoint,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..core.chart_data import ChartData, ChartRow
from ..core.model import DERIVED
from . import palette
from .formatting import footer_text, interval_text, row_details, table_text, value_text
from .safe_text import plain_tooltip
from .theme import current, themes

ROW_PIXELS = 50
AXIS_PIXELS = 34
BAR_HEIGHT = 0.42
X_MAX = 100.0
X_ROOM = 1.16  # room right of 100% for the value labels

pg.setConfigOptions(antialias=True, foreground=current().text, background=current().card)


class BarPlot(pg.PlotWidget):
    """Horizontal bars, one row per item, label above the bar and value at its end."""

    selectionChanged = Signal(object)  # the current ChartRow or None

    def __init__(self, parent: QWidget | None = None, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.scale = scale  # bigger type and rows on a projector
        self.data: ChartData | None = None
        self.selected: set[str] = set()
        self.current = -1
        self.show_intervals = False
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.hideAxis("left")
        plot.showGrid(x=True, y=False, alpha=0.25)
        plot.invertY(True)
        plot.getViewBox().setMouseEnabled(False, False)
        self._style_axes()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)
        self.bars: pg.BarGraphItem | None = None
        self.labels: list[pg.TextItem] = []
        self.value_labels: list[pg.TextItem] = []
        self.errors: pg.ErrorBarItem | None = None
        themes().changed.connect(self.apply_theme)

    def _style_axes(self) -> None:
        colours = current()
        bottom = self.getPlotItem().getAxis("bottom")
        bottom.setPen(pg.mkPen(colours.grid))
        bottom.setTextPen(pg.mkPen(colours.muted))
        self.setBackground(colours.card)

    def apply_theme(self, _theme=None) -> None:
        """New theme colours: background, axis and every text item; the bars keep their hues."""
        self._style_axes()
        if self.data is not None:
            self._rebuild()

    # -- drawing -----------------------------------------------------------------------
    def set_data(self, data: ChartData) -> None:
        """Show ``data``; the same shape of chart is updated in place, which is much faster."""
        if data == self.data:
            return
        previous = self.data
        self.selected &= {r.key for r in data.rows}
        self.data = data
        self.current = min(self.current, len(data.rows) - 1)
        same_shape = (
            previous is not None
            and len(previous.rows) == len(data.rows)
            and (self.errors is not None) == any(r.interval for r in data.rows)
        )
        if same_shape:
            self._update_in_place()
        else:
            self._rebuild()
        suffix = "%" if all(r.unit == "percent" for r in data.rows) else ""
        self.getPlotItem().getAxis("bottom").setTicks(
            [[(v, f"{v}{suffix}") for v in (0, 25, 50, 75, 100)]]
        )

    def _bar_widths(self) -> np.ndarray:
        # A zero still gets a sliver of a bar, so its colour (highlight, selection) shows.
        return np.array(
            [max(r.value, 0.6) if r.known else 0.0 for r in self.data.rows], dtype=float
        )

    def _interval_arrays(self) -> dict[str, np.ndarray]:
        rows = [(i, r) for i, r in enumerate(self.data.rows) if r.interval]
        return {
            "x": np.array([r.value for _, r in rows], dtype=float),
            "y": np.array([i + 0.2 for i, _ in rows], dtype=float),
            "left": np.array([r.value - r.interval[0] for _, r in rows], dtype=float),
            "right": np.array([r.interval[1] - r.value for _, r in rows], dtype=float),
        }

    def _rebuild(self) -> None:
        data = self.data
        count = len(data.rows)
        plot = self.getPlotItem()
        plot.clear()
        # The axis keeps its room: its tick labels do not shrink with the rows.
        self.setFixedHeight(
            int(count * ROW_PIXELS * self.scale + AXIS_PIXELS * max(1.0, self.scale))
        )
        self.bars = pg.BarGraphItem(
            x0=np.zeros(count),
            y=np.arange(count, dtype=float) + 0.2,
            height=BAR_HEIGHT,
            width=self._bar_widths(),
            brushes=self._brushes(),
            pens=self._pens(),
        )
        plot.addItem(self.bars)
        # Relative to the system font, so charts grow with the user's text size setting.
        base = QFont().pointSizeF()
        base = base if base > 0 else 9.0
        label_font, value_font = QFont(), QFont()
        label_font.setPointSizeF(base * 1.15 * self.scale)
        value_font.setPointSizeF(base * 1.15 * self.scale)
        value_font.setBold(True)
        self.labels, self.value_labels = [], []
        for i, row in enumerate(data.rows):
            label = pg.TextItem(row.label, color=current().text, anchor=(0, 0.5))
            label.setFont(label_font)
            label.setPos(0, i - 0.25)
            plot.addItem(label, ignoreBounds=True)
            self.labels.append(label)
            value = pg.TextItem(value_text(row), color=current().text, anchor=(0, 0.5))
            value.setFont(value_font)
            plot.addItem(value, ignoreBounds=True)
            self.value_labels.append(value)
        self._place_value_labels()
        if any(r.interval for r in data.rows):
            self.errors = pg.ErrorBarItem(
                beam=0.12, pen=pg.mkPen(current().text, width=1.5), **self._interval_arrays()
            )
            self.errors.setVisible(self.show_intervals)
            plot.addItem(self.errors)
        else:
            self.errors = None
        plot.setXRange(0, X_MAX * X_ROOM, padding=0)
        plot.setYRange(-0.55, count - 0.45, padding=0)

    def _update_in_place(self) -> None:
        """New values and words on the existing items: no items created, nothing moves."""
        self.bars.setOpts(width=self._bar_widths(), brushes=self._brushes(), pens=self._pens())
        for row, label, value in zip(self.data.rows, self.labels, self.value_labels, strict=True):
            if label.toPlainText() != row.label:
                label.setText(row.label)
            if value.toPlainText() != value_text(row):
                value.setText(value_text(row))
        self._place_value_labels()
        if self.errors is not None:
            self.errors.setData(**self._interval_arrays())
            self.errors.setVisible(self.show_intervals)  # setData makes the item visible again

    def _colour(self, row: ChartRow) -> str:
        if row.key in self.selected:
            return palette.SELECTED
        if row.highlighted:
            return palette.HIGHLIGHT
        return palette.SERIES[row.series_index % len(palette.SERIES)]

    def _brushes(self) -> list:
        """Solid bars; a value the report did not print as such is hatched (see its footnote)."""
        brushes = []
        for row in self.data.rows:
            brush = QBrush(QColor(self._colour(row)))
            if row.mark == DERIVED:
                brush.setStyle(Qt.BrushStyle.BDiagPattern)
            brushes.append(brush)
        return brushes

    def _pens(self) -> list:
        pens = []
        for i, row in enumerate(self.data.rows):
            if i == self.current and self.hasFocus():
                pens.append(pg.mkPen(current().text, width=2, style=Qt.PenStyle.DashLine))
            elif row.key in self.selected:
                pens.append(pg.mkPen(current().text, width=2))
            elif row.mark == DERIVED:  # the outline shows where a hatched bar ends
                pens.append(pg.mkPen(self._colour(row), width=1.5))
            else:
                pens.append(pg.mkPen(None))
        return pens

    def _restyle(self) -> None:
        if self.bars is not None:
            self.bars.setOpts(brushes=self._brushes(), pens=self._pens())

    def _place_value_labels(self) -> None:
        """Value labels sit right of the bar, or of its error bar when that is shown."""
        for i, (row, label) in enumerate(zip(self.data.rows, self.value_labels, strict=True)):
            end = row.interval[1] if self.show_intervals and row.interval else row.value
            label.setPos(end + 1.0, i + 0.2)

    def set_intervals_visible(self, visible: bool) -> None:
        self.show_intervals = visible
        if self.errors is not None:
            self.errors.setVisible(visible)
        if self.data is not None:
            self._place_value_labels()

    # -- interaction -------------------------------------------------------------------
    def row_at(self, scene_pos: QPointF) -> int:
        """Index of the row under a scene position, or -1."""
        if self.data is None:
            return -1
        point = self.getPlotItem().getViewBox().mapSceneToView(scene_pos)
        index = int(np.floor(point.y() + 0.5))
        if 0 <= index < len(self.data.rows) and point.x() >= 0:
            return index
        return -1

    def scene_pos_of(self, index: int) -> QPointF:
        """Scene position of the middle of a bar (for tests and keyboard tooltips)."""
        row = self.data.rows[index]
        return self.getPlotItem().getViewBox().mapViewToScene(QPointF(row.value / 2, index + 0.2))

    def _hover(self, scene_pos: QPointF) -> None:
        index = self.row_at(scene_pos)
        if index < 0:
            QToolTip.hideText()
            self.viewport().unsetCursor()
            return
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), plain_tooltip(row_details(self.data.rows[index])), self)

    def _click(self, event) -> None:
        if event.double():
            return
        index = self.row_at(event.scenePos())
        if index >= 0:
            self.current = index
            self.toggle(index)

    def toggle(self, index: int) -> None:
        """Highlight a bar, or take the highlight off again."""
        key = self.data.rows[index].key
        self.selected ^= {key}
        self._restyle()
        self.selectionChanged.emit(self.data.rows[index] if key in self.selected else None)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self.data is None or not self.data.rows:
            return super().keyPressEvent(event)
        key = event.key()
        last = len(self.data.rows) - 1
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Home, Qt.Key.Key_End):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(key, 0)
            if key == Qt.Key.Key_Home:
                self.current = 0
            elif key == Qt.Key.Key_End:
                self.current = last
            else:
                self.current = max(
                    0, min(last, (self.current if self.current >= 0 else -step) + step)
                )
            self._restyle()
            self.selectionChanged.emit(self.data.rows[self.current])
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.toggle(self.current)
            return
        if key == Qt.Key.Key_Escape and self.selected:
            self.selected.clear()
            self._restyle()
            self.selectionChanged.emit(None)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._restyle()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._restyle()

    def wheelEvent(self, event) -> None:  # noqa: N802
        # The chart never zooms; let the wheel scroll the panel it sits in.
        event.ignore()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, self.height())


class ChartTableModel(QAbstractTableModel):
    """The rows of a chart as a table: the same numbers, readable by screen readers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: tuple[ChartRow, ...] = ()

    def set_data(self, data: ChartData) -> None:
        self.beginResetModel()
        self.rows = data.rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Item"), self.tr("Value"), self.tr("≈ Count"), self.tr("95% interval")][
            section
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            label = row.display_label
            count = "" if row.count is None else f"{row.count} / {row.n}"
            return [label, value_text(row), count, interval_text(row)][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ChartCard(QFrame):
    """A chart with everything around it; its objectName is ``chart:<chart id>``."""

    def __init__(
        self,
        data: ChartData,
        parent: QWidget | None = None,
        interval_label: str = "",
        scale: float = 1.0,
        tools: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart:{data.chart_id}")
        self.interval_label = interval_label  # what the error bars mean, when not 95% intervals
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.data = data

        self.content = QWidget(self)  # what exports and the clipboard get
        self.content.setObjectName("chartContent")
        self.content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(12, 10, 12, 6)
        content_layout.setSpacing(6)
        self.title = QLabel(self.content)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2 * scale)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.caveat = QLabel(self.content)
        self.caveat.setWordWrap(True)
        self.caveat.setTextFormat(Qt.TextFormat.PlainText)
        self.caveat.setObjectName("caveat")
        self.legend = QLabel(self.content)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.plot = BarPlot(self.content, scale)
        if scale != 1.0:
            for label in (self.caveat, self.legend):
                font = label.font()
                font.setPointSizeF(font.pointSizeF() * scale)
                label.setFont(font)
        self.table_model = ChartTableModel(self)
        self.table = QTableView(self.content)
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.views = QStackedWidget(self.content)
        self.views.addWidget(self.plot)
        self.views.addWidget(self.table)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.footer = QLabel(self.content)
        self.footer.setWordWrap(True)
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.footer.setProperty("role", "muted")
        footer_font = self.footer.font()
        footer_font.setPointSizeF(footer_font.pointSizeF() * max(1.0, scale * 0.8))
        self.footer.setFont(footer_font)
        for widget in (self.title, self.caveat, self.legend, self.views, self.footer):
            content_layout.addWidget(widget)
        self.details.setContentsMargins(12, 2, 12, 4)

        self.table_button = self._tool_button(checkable=True)
        self.table_button.toggled.connect(self.show_table)
        self.interval_button = self._tool_button(checkable=True)
        self.interval_button.toggled.connect(self.plot.set_intervals_visible)
        self.export_button = self._tool_button()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.png_action = menu.addAction("", self.export_png_dialog)
        self.svg_action = menu.addAction("", self.export_svg_dialog)
        self.export_button.setMenu(menu)
        self.copy_button = self._tool_button()
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        tool_row = QHBoxLayout()
        tool_row.setContentsMargins(12, 0, 12, 8)
        for button in (
            self.table_button,
            self.interval_button,
            self.export_button,
            self.copy_button,
        ):
            tool_row.addWidget(button)
        tool_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.content)
        layout.addWidget(self.details)
        layout.addLayout(tool_row)
        for button in (
            self.table_button,
            self.interval_button,
            self.export_button,
            self.copy_button,
        ):
            button.setVisible(tools)  # on a slide the chart stands alone
        self.plot.selectionChanged.connect(self._show_details)
        self.retranslate()
        self.set_data(data)

    def _tool_button(self, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setCheckable(checkable)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def retranslate(self) -> None:
        """Interface words of the card, in the interface language."""
        self.table_button.setText(self.tr("Table"))
        self.table_button.setToolTip(self.tr("Show the numbers as a table"))
        self.interval_button.setText(self.interval_label or self.tr("95% intervals"))
        self.interval_button.setToolTip(
            self.tr("Show the 95% Wilson interval of each percentage as an error bar")
        )
        self.export_button.setText(self.tr("Export"))
        self.png_action.setText(self.tr("Export as PNG…"))
        self.svg_action.setText(self.tr("Export as SVG…"))
        self.copy_button.setText(self.tr("Copy"))
        self.table_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.copy_button.setToolTip(self.tr("Copy the chart and its numbers to the clipboard"))
        self.plot.setAccessibleName(
            self.tr("Chart: {title}").format(title=self.data.title if self.data else "")
        )

    def set_data(self, data: ChartData) -> None:
        """Show ``data`` (a language switch gives new labels, same numbers)."""
        self.data = data
        self.title.setText(data.title)
        self.caveat.setText("⚠ " + data.caveat if data.caveat else "")
        self.caveat.setVisible(bool(data.caveat))
        self.caveat.setToolTip(
            plain_tooltip(self.tr("Source: {place}").format(place=data.caveat_source))
            if data.caveat_source
            else ""
        )
        if len(data.series_labels) > 1:
            swatches = "&nbsp;&nbsp;&nbsp;".join(
                f"<span style='color:{palette.SERIES[i % len(palette.SERIES)]}'>■</span> {escape(label)}"
                for i, label in enumerate(data.series_labels)
            )
            self.legend.setText(swatches)
            self.legend.show()
        else:
            self.legend.hide()
        self.plot.set_data(data)
        self.table_model.set_data(data)
        self.table.setFixedHeight(self.plot.height())
        self.views.setFixedHeight(self.plot.height())
        self.interval_button.setEnabled(data.has_intervals)
        self.footer.setText(footer_text(data))
        self.setAccessibleName(data.title)
        self.setAccessibleDescription("; ".join(f"{r.label}: {value_text(r)}" for r in data.rows))
        self._show_details(None)

    def _show_details(self, row: ChartRow | None) -> None:
        """The highlighted or keyboard-selected bar in words; nothing when there is none."""
        self.details.setText("" if row is None else row_details(row).replace("\n", " · "))
        self.details.setVisible(row is not None)

    def show_table(self, on: bool) -> None:
        self.views.setCurrentWidget(self.table if on else self.plot)
        self.table_button.setChecked(on)

    def set_intervals_visible(self, on: bool) -> None:
        self.interval_button.setChecked(on and self.data.has_intervals)

    # -- exports ------------------------------------------------------------------------
    def render_image(self, scale: float = 2.0) -> QImage:
        """The card without its buttons as an image, sharp on a projector or in a slide."""
        size = self.content.size()
        image = QImage(
            int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32
        )
        image.setDevicePixelRatio(scale)
        image.fill(QColor(current().card))
        painter = QPainter(image)
        self.content.render(painter, QPoint())
        painter.end()
        return image

    def export_png(self, path: str | Path) -> bool:
        return self.render_image().save(str(path), "PNG")

    def export_svg(self, path: str | Path) -> bool:
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(self.content.size())
        generator.setViewBox(self.content.rect())
        generator.setTitle(self.data.title)
        generator.setDescription(table_text(self.data))
        painter = QPainter()
        if not painter.begin(generator):
            return False
        self.content.render(painter, QPoint())
        return painter.end()

    def copy_to_clipboard(self) -> None:
        mime = QMimeData()
        mime.setImageData(self.render_image())
        mime.setText(table_text(self.data))
        QGuiApplication.clipboard().setMimeData(mime)

    def _export_dialog(self, suffix: str, name_filter: str) -> str:
        from .paths import default_export_folder

        suggested = str(default_export_folder() / f"{self.data.chart_id}.{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), suggested, name_filter)
        return path

    def export_png_dialog(self) -> None:
        path = self._export_dialog("png", self.tr("PNG image (*.png)"))
        if path:
            self._report_export(self.export_png(path), path)

    def export_svg_dialog(self) -> None:
        path = self._export_dialog("svg", self.tr("SVG drawing (*.svg)"))
        if path:
            self._report_export(self.export_svg(path), path)

    def _report_export(self, ok: bool, path: str) -> None:
        from .messages import show_error

        if not ok:
            show_error(self, self.tr("The chart could not be saved to {path}.").format(path=path))
