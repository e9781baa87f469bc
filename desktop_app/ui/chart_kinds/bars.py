"""Horizontal bars: one per row (``bar``), or a group of bars per item (``grouped``)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF

from ...core.chart_data import GROUPED, ChartData
from ..chart_text import text_width
from ..theme import current
from .base import LABEL_GAP, VALUE_GAP, Drawer, series_colour

BAR_PIXELS = 21.0
GROUPED_BAR_PIXELS = 16.0
ROW_GAP = 10.0
INNER_GAP = 3.0  # between the bars of one group


class BarsDrawer(Drawer):
    """Label above its bar (or above its group), value right of the bar."""

    def layout(self, width: float) -> float:
        data = self.data
        rows = data.rows
        grouped = data.kind == GROUPED
        scale = self.scale
        symbols = data.series_count > 1
        words = [self.value_words(r, symbols) for r in rows]
        ends = [
            (max(r.value, r.interval[1] if r.interval else 0.0), text_width(w, self.value_font))
            for r, w in zip(rows, words, strict=True)
        ]
        self.x_range = (0.0, self.value_room(width, ends))
        per_pixel = self.units_per_pixel(width)
        self.per_pixel = per_pixel
        bar = (GROUPED_BAR_PIXELS if grouped else BAR_PIXELS) * scale
        self.bar_pixels = bar
        y = 2.0
        centres, previous = [], None
        self.marks, self.centres = [], []
        for row in rows:
            top = y
            if not grouped or row.category_key != previous:
                if grouped and previous is not None:
                    y += ROW_GAP * scale - INNER_GAP * scale
                    top = y
                label = self.label(row.label if not grouped else self.category_label(row), width)
                label.setPos(0, y)
                y += label.textItem.boundingRect().height() + LABEL_GAP
            previous = row.category_key
            centre = y + bar / 2
            centres.append(centre)
            bottom = y + bar + (INNER_GAP if grouped else ROW_GAP) * scale / 2
            self.marks.append(QRectF(0, top, self.x_range[1], bottom - top))
            self.centres.append(QPointF(max(row.value, 1.0) / 2, centre))
            y += bar + (INNER_GAP * scale if grouped else ROW_GAP * scale)
        self.bar_centres = np.array(centres, dtype=float)
        self.plot.bars = pg.BarGraphItem(
            x0=np.zeros(len(rows)),
            y=self.bar_centres,
            height=bar,
            width=self._widths(data),
            brushes=self._brushes(),
            pens=self._pens(),
        )
        self.item.addItem(self.plot.bars)
        for word in words:
            self.plot.value_labels.append(self.text(word, self.value_font, (0, 0), anchor=(0, 0.5)))
        self._place_values()
        if data.has_intervals:
            self.plot.errors = pg.ErrorBarItem(
                beam=bar * 0.55, pen=pg.mkPen(current().text, width=1.5), **self._intervals()
            )
            self.plot.errors.setVisible(self.plot.show_intervals)
            self.item.addItem(self.plot.errors)
        self.percent_ticks()
        return y + 2

    def category_label(self, row) -> str:
        category = next(c for c in self.data.categories if c.key == row.category_key)
        return category.label

    def label(self, words: str, width: float) -> pg.TextItem:
        fitted = self.fitted(words, self.label_font, width - 4)
        item = self.text(fitted.text, self.label_font, (0, 0))
        self.plot.labels.append(item)
        return item

    @staticmethod
    def _widths(data: ChartData) -> np.ndarray:
        # A zero still gets a sliver of a bar, so its colour (highlight, selection) shows.
        return np.array([max(r.value, 0.6) if r.known else 0.0 for r in data.rows], dtype=float)

    def _colour(self, row) -> str:
        return self.fill(row, series_colour(row.series_index))

    def _brushes(self) -> list:
        return [self.brush(row, self._colour(row)) for row in self.data.rows]

    def _pens(self) -> list:
        return [self.pen(i, row, self._colour(row)) for i, row in enumerate(self.data.rows)]

    def restyle(self) -> None:
        if self.plot.bars is not None:
            self.plot.bars.setOpts(brushes=self._brushes(), pens=self._pens())

    def _intervals(self) -> dict[str, np.ndarray]:
        rows = [(i, r) for i, r in enumerate(self.data.rows) if r.interval]
        return {
            "x": np.array([r.value for _, r in rows], dtype=float),
            "y": np.array([self.bar_centres[i] for i, _ in rows], dtype=float),
            "left": np.array([r.value - r.interval[0] for _, r in rows], dtype=float),
            "right": np.array([r.interval[1] - r.value for _, r in rows], dtype=float),
        }

    def _place_values(self) -> None:
        """Value words sit right of the bar, or of its error bar when that is shown."""
        shown = self.plot.show_intervals
        gap = VALUE_GAP * self.per_pixel
        for i, (row, label) in enumerate(zip(self.data.rows, self.plot.value_labels, strict=True)):
            end = row.interval[1] if shown and row.interval else (row.value if row.known else 0)
            label.setPos(end + gap, self.bar_centres[i])

    def show_intervals(self, visible: bool) -> None:
        super().show_intervals(visible)
        self._place_values()

    def drawn_values(self) -> list[float]:
        return [float(w) for w in self.plot.bars.opts["width"]]

    def update_in_place(self, previous: ChartData) -> bool:
        """Same labels, rows and room: new widths and words on the existing items."""
        data = self.data
        if (
            len(previous.rows) != len(data.rows)
            or [r.label for r in previous.rows] != [r.label for r in data.rows]
            or [r.category_key for r in previous.rows] != [r.category_key for r in data.rows]
            or previous.has_intervals != data.has_intervals
        ):
            return False
        symbols = data.series_count > 1
        words = [self.value_words(r, symbols) for r in data.rows]
        ends = [
            (max(r.value, r.interval[1] if r.interval else 0.0), text_width(w, self.value_font))
            for r, w in zip(data.rows, words, strict=True)
        ]
        if self.value_room(self.plot.laid_out_width, ends) > self.x_range[1] + 1e-9:
            return False
        self.plot.bars.setOpts(width=self._widths(data), brushes=self._brushes(), pens=self._pens())
        for label, word in zip(self.plot.value_labels, words, strict=True):
            if label.toPlainText() != word:
                label.setText(word)
        self._place_values()
        if self.plot.errors is not None:
            self.plot.errors.setData(**self._intervals())
            self.plot.errors.setVisible(self.plot.show_intervals)  # setData shows it again
        return True
