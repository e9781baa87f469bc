"""One chart of the report as a card: title, caveat, legend, the chart, its base and source,
a table view and the exports (PNG, SVG, clipboard).

The drawing itself is ``ChartPlot`` (``chart_plot.py``, one drawer per kind in
``chart_kinds/``); the card only frames it. Every word wraps within the card, so a card is
never wider than the panel it sits in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
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
    QVBoxLayout,
    QWidget,
)

from ..core.chart_data import ChartData, ChartRow
from .chart_plot import BarPlot, ChartPlot  # noqa: F401 (BarPlot: the plot's former name)
from .chart_table import ChartTableModel
from .chart_words import changes_text, client_notice, legend_html, mixed_bases_notice
from .formatting import footer_text, table_text, value_text
from .safe_text import plain_tooltip
from .theme import current


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
        # Preferred, not Fixed: a fixed height would be the size hint's, not the height the
        # wrapped words need at the card's real width (its height for width).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
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
        self.legend.setObjectName("legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.client_note = self._wrapping_label("clientNote")
        self.plot = ChartPlot(self.content, scale)
        self.changes = self._wrapping_label("changes")
        if scale != 1.0:
            for label in (self.caveat, self.legend, self.client_note, self.changes):
                font = label.font()
                font.setPointSizeF(font.pointSizeF() * scale)
                label.setFont(font)
        self.table_model = ChartTableModel(self)
        # Made on the first Table press: a table view is 19 widgets (headers and scroll
        # bars included), and every widget of every card is restyled on a theme switch.
        self.table: QTableView | None = None
        self.views = QStackedWidget(self.content)
        self.views.addWidget(self.plot)
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
        for widget in (
            self.title,
            self.caveat,
            self.legend,
            self.client_note,
            self.views,
            self.changes,
            self.footer,
        ):
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
        layout.addStretch(1)  # more room than needed goes below the card's tools
        for button in (
            self.table_button,
            self.interval_button,
            self.export_button,
            self.copy_button,
        ):
            button.setVisible(tools)  # on a slide the chart stands alone
        self.plot.selectionChanged.connect(self._show_details)
        self.plot.heightChanged.connect(self._fit_views)
        self.retranslate()
        self.set_data(data)

    def _wrapping_label(self, name: str) -> QLabel:
        label = QLabel(self.content)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

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
        self.table_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.table_model.columnCount() - 1
        )
        self.copy_button.setToolTip(self.tr("Copy the chart and its numbers to the clipboard"))
        self.plot.setAccessibleName(
            self.tr("Chart: {title}").format(title=self.data.title if self.data else "")
        )

    def set_data(self, data: ChartData) -> None:
        """Show ``data`` (a language switch gives new labels, same numbers)."""
        self.data = data
        self.title.setText(data.title)
        caveat = data.caveat or (mixed_bases_notice() if data.mixed_bases else "")
        self.caveat.setText("⚠ " + caveat if caveat else "")
        self.caveat.setVisible(bool(caveat))
        self.caveat.setToolTip(
            plain_tooltip(self.tr("Source: {place}").format(place=data.caveat_source))
            if data.caveat_source
            else ""
        )
        legend = legend_html(data)
        self.legend.setText(legend)
        self.legend.setVisible(bool(legend))
        self.client_note.setText(client_notice(data) if data.client_rows else "")
        self.client_note.setVisible(bool(data.client_rows))
        self.changes.setText(changes_text(data))
        self.changes.setVisible(bool(data.changes))
        self.plot.set_data(data)
        self.table_model.set_data(data)
        self._fit_views(self.plot.height())
        self.interval_button.setEnabled(data.has_intervals)
        self.footer.setText(footer_text(data))
        self.setAccessibleName(data.title)
        self.setAccessibleDescription(
            "; ".join(f"{r.display_label}: {value_text(r)}" for r in data.rows)
        )
        self._show_details(None)

    def _fit_views(self, height: int) -> None:
        """The table as tall as the chart, so switching views moves nothing."""
        if self.table is not None:
            self.table.setFixedHeight(height)
        self.views.setFixedHeight(height)

    def _show_details(self, row: ChartRow | None) -> None:
        """The highlighted or keyboard-selected bar in words; nothing when there is none."""
        text = "" if row is None else self.plot.details(self.data.rows.index(row))
        self.details.setText(text.replace("\n", " · "))
        self.details.setVisible(row is not None)

    def show_table(self, on: bool) -> None:
        if on and self.table is None:
            self.table = self._make_table()
        self.views.setCurrentWidget(self.table if on else self.plot)
        self.table_button.setChecked(on)

    def _make_table(self) -> QTableView:
        table = QTableView(self.views)
        table.setModel(self.table_model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.setFixedHeight(self.views.maximumHeight())
        self.views.addWidget(table)
        return table

    def set_intervals_visible(self, on: bool) -> None:
        self.interval_button.setChecked(on and self.data.has_intervals)

    # -- exports ------------------------------------------------------------------------
    def render_image(self, scale: float = 2.0) -> QImage:
        """The card without its buttons as an image, sharp on a projector or in a slide."""
        self.plot.bring_up_to_date()
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

        self.plot.bring_up_to_date()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(self.content.size())
        generator.setViewBox(self.content.rect())
        generator.setTitle(self.data.title)
        generator.setDescription(self.numbers_text())
        painter = QPainter()
        if not painter.begin(generator):
            return False
        self.content.render(painter, QPoint())
        return painter.end()

    def numbers_text(self) -> str:
        """The chart's numbers as text: the table, its base lines and any changes."""
        text = table_text(self.data)
        return f"{text}\n{changes_text(self.data)}" if self.data.changes else text

    def copy_to_clipboard(self) -> None:
        mime = QMimeData()
        mime.setImageData(self.render_image())
        mime.setText(self.numbers_text())
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
