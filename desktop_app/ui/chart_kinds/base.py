"""What every chart kind's drawer shares: fonts, words, colours and the marks' hit areas."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...core.chart_data import ChartData, ChartRow
from ...core.model import DERIVED
from .. import palette
from ..chart_text import FittedText, fit_text, text_width
from ..formatting import value_text
from ..palette import (  # noqa: F401 (the drawers import them from here)
    CATEGORY_COLOURS,
    CLIENT_MARK,
    SERIES_SYMBOLS,
    category_colour,
    readable_on,
    series_colour,
    series_symbol,
)
from ..theme import current

# Colours and symbols of series and categories: shared with the slides (ui/palette.py).
SCATTER_SYMBOLS = ("o", "t1", "s", "d", "t", "star")
LABEL_GAP = 3.0  # pixels between a label and its mark
VALUE_GAP = 5.0  # pixels between a mark and its value


class Drawer:
    """Lays out one kind of chart in a ChartPlot; positions are pixels vertically.

    ``horizontal`` drawers put values on a 0–100% axis along the width; the others draw
    their own value axis.
    """

    horizontal = True

    def __init__(self, plot) -> None:
        self.plot = plot
        self.item = plot.getPlotItem()
        self.x_range = (0.0, 100.0)
        self.marks: list[QRectF] = []  # per row: the area that hovers and clicks it
        self.centres: list[QPointF] = []  # per row: the middle of its mark
        scale = plot.scale
        base = QFont().pointSizeF()
        base = base if base > 0 else 9.0
        self.label_font = QFont()
        self.label_font.setPointSizeF(base * 1.15 * scale)
        self.value_font = QFont(self.label_font)
        self.value_font.setBold(True)
        self.small_font = QFont()
        self.small_font.setPointSizeF(base * scale)

    @property
    def data(self) -> ChartData:
        return self.plot.data

    @property
    def scale(self) -> float:
        return self.plot.scale

    # -- to be given by each kind ----------------------------------------------------------
    def layout(self, width: float) -> float:
        """Create every item for ``width`` pixels; return the height the content needs."""
        raise NotImplementedError

    def restyle(self) -> None:
        raise NotImplementedError

    def show_intervals(self, visible: bool) -> None:
        if self.plot.errors is not None:
            self.plot.errors.setVisible(visible)

    def drawn_values(self) -> list[float]:
        raise NotImplementedError

    def update_in_place(self, previous: ChartData) -> bool:
        """New values on the same items, when nothing else changed; False: lay out again."""
        return False

    def axis_pixels(self) -> float:
        """The value axis' height (set in ``percent_ticks``) and the plot's own margin."""
        return self.axis_height() + 2

    def axis_height(self) -> int:
        from PySide6.QtGui import QFontMetricsF

        return int(QFontMetricsF(self.small_font).height() + 16)

    # -- shared --------------------------------------------------------------------------
    def row_at(self, point: QPointF) -> int:
        return next((i for i, rect in enumerate(self.marks) if rect.contains(point)), -1)

    def mark_centre(self, index: int) -> QPointF:
        return self.centres[index]

    def text(
        self,
        words: str,
        font: QFont,
        pos: tuple[float, float],
        anchor: tuple[float, float] = (0, 0),
        colour: str | None = None,
    ) -> pg.TextItem:
        """A text item without the document's margin, so its box is exactly its lines."""
        item = pg.TextItem("", color=colour or current().text, anchor=anchor)
        item.textItem.document().setDocumentMargin(0)
        item.setFont(font)
        item.setText(words)
        item.setPos(*pos)
        self.item.addItem(item, ignoreBounds=True)
        return item

    def fitted(self, words: str, font: QFont, width: float, lines: int = 3) -> FittedText:
        return fit_text(words, font, width, lines)

    def text_height(self, fitted: FittedText, font: QFont) -> float:
        from PySide6.QtGui import QFontMetricsF

        return QFontMetricsF(font).lineSpacing() * len(fitted.lines)

    def value_words(self, row: ChartRow, symbol: bool) -> str:
        """A mark's value, with its series' symbol where series share the chart."""
        words = value_text(row)
        if symbol:
            words = f"{series_symbol(row.series_index)} {words}"
        if row.client_answer:
            words = f"{words} {CLIENT_MARK}"
        return words

    def fill(self, row: ChartRow, base: str) -> str:
        """A row's fill: selected by the presenter, highlighted by the pack, else ``base``."""
        if row.key in self.plot.selected:
            return palette.SELECTED
        if row.highlighted:
            return palette.HIGHLIGHT
        return base

    def brush(self, row: ChartRow, colour: str) -> QBrush:
        brush = QBrush(QColor(colour))
        if row.mark == DERIVED:
            brush.setStyle(Qt.BrushStyle.BDiagPattern)
        return brush

    def pen(self, index: int, row: ChartRow, colour: str):
        """Outline: the keyboard's place, a selection, the client's answer, a hatched bar's edge."""
        if index == self.plot.current and self.plot.hasFocus():
            return pg.mkPen(current().text, width=2, style=Qt.PenStyle.DashLine)
        if row.key in self.plot.selected or row.client_answer:
            return pg.mkPen(current().text, width=2.5 if row.client_answer else 2)
        if row.mark == DERIVED:  # the outline shows where a hatched bar ends
            return pg.mkPen(colour, width=1.5)
        return pg.mkPen(None)

    def units_per_pixel(self, width: float) -> float:
        return (self.x_range[1] - self.x_range[0]) / max(width, 1.0)

    def value_room(self, width: float, ends: list[tuple[float, float]]) -> float:
        """The axis' right end (in %) that leaves room for each value's words right of it.

        ``ends`` holds, per value label, where its mark ends (in %) and its width in pixels.
        The "100%" tick needs half its width right of 100.
        """
        tick = text_width("100%", self.small_font) / 2 + 4
        needed = 100.0 / max(0.1, 1 - tick / width)
        for end, pixels in ends:
            share = (pixels + VALUE_GAP + 4) / width
            needed = max(needed, end / max(0.1, 1 - share))
        return max(needed, 104.0)

    def percent_ticks(self) -> None:
        suffix = "%" if all(r.unit == "percent" for r in self.data.rows) else ""
        axis = self.item.getAxis("bottom")
        axis.setTicks([[(v, f"{v}{suffix}") for v in (0, 25, 50, 75, 100)]])
        axis.setStyle(tickFont=self.small_font)
        axis.setHeight(self.axis_height())
