"""A dot plot: one line per item, a dot per series on it, each series its own shape."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor

from ..chart_text import text_width
from ..theme import current
from .base import (
    LABEL_GAP,
    SCATTER_SYMBOLS,
    VALUE_GAP,
    Drawer,
    series_colour,
)

DOT_PIXELS = 13.0
LINE_PIXELS = 26.0  # height of the band a line of dots takes
ROW_GAP = 10.0


class DotsDrawer(Drawer):
    """Values of a category on one line; their words follow each other right of the line's
    last dot (each with its series' symbol), so close dots never share a place for words."""

    def layout(self, width: float) -> float:
        data = self.data
        scale = self.scale
        rows = data.rows
        symbols = data.series_count > 1
        words = [self.value_words(r, symbols) for r in rows]
        widths = [text_width(w, self.value_font) for w in words]
        index_of = {id(r): i for i, r in enumerate(rows)}
        ends = []
        for category in data.categories:
            members = [index_of[id(r)] for r in category.rows]
            end = max(
                max(rows[i].value, rows[i].interval[1] if rows[i].interval else 0.0)
                for i in members
            )
            gaps = (VALUE_GAP + 6) * len(members)
            ends.append((end, sum(widths[i] for i in members) + gaps + DOT_PIXELS * scale / 2))
        self.x_range = (0.0, self.value_room(width, ends))
        self.per_pixel = self.units_per_pixel(width)
        band = LINE_PIXELS * scale
        y = 2.0
        self.ys = np.zeros(len(rows))
        self.marks = [QRectF() for _ in rows]
        self.centres = [QPointF() for _ in rows]
        tracks_x, tracks_y = [], []
        for category in data.categories:
            top = y
            fitted = self.fitted(category.label, self.label_font, width - 4)
            label = self.text(fitted.text, self.label_font, (0, y))
            self.plot.labels.append(label)
            y += label.textItem.boundingRect().height() + LABEL_GAP
            centre = y + band / 2
            tracks_x += [0.0, 100.0]
            tracks_y += [centre, centre]
            half = (DOT_PIXELS * scale / 2 + 4) * self.per_pixel
            for row in category.rows:
                i = index_of[id(row)]
                self.ys[i] = centre
                self.centres[i] = QPointF(row.value, centre)
                self.marks[i] = QRectF(row.value - half, top, 2 * half, y + band - top)
            y += band + ROW_GAP * scale
        track = pg.PlotCurveItem(
            np.array(tracks_x),
            np.array(tracks_y),
            connect="pairs",
            pen=pg.mkPen(current().grid, width=2),
        )
        self.item.addItem(track)
        self.plot.bars = pg.ScatterPlotItem(
            x=np.array([r.value for r in rows], dtype=float),
            y=self.ys,
            symbol=[SCATTER_SYMBOLS[r.series_index % len(SCATTER_SYMBOLS)] for r in rows],
            size=DOT_PIXELS * scale,
            brush=self._brushes(),
            pen=self._pens(),
        )
        self.item.addItem(self.plot.bars)
        for word in words:
            self.plot.value_labels.append(self.text(word, self.value_font, (0, 0), anchor=(0, 0.5)))
        self._place_values()
        if data.has_intervals:
            with_interval = [i for i, r in enumerate(rows) if r.interval]
            self.plot.errors = pg.ErrorBarItem(
                x=np.array([rows[i].value for i in with_interval], dtype=float),
                y=np.array([self.ys[i] for i in with_interval], dtype=float),
                left=np.array([rows[i].value - rows[i].interval[0] for i in with_interval]),
                right=np.array([rows[i].interval[1] - rows[i].value for i in with_interval]),
                beam=band * 0.35,
                pen=pg.mkPen(current().text, width=1.5),
            )
            self.plot.errors.setVisible(self.plot.show_intervals)
            self.item.addItem(self.plot.errors)
        self.percent_ticks()
        return y + 2

    def _place_values(self) -> None:
        """A line's words in series order, from just right of its last dot or interval."""
        shown = self.plot.show_intervals
        gap = VALUE_GAP * self.per_pixel
        rows = self.data.rows
        index_of = {id(r): i for i, r in enumerate(rows)}
        for category in self.data.categories:
            members = [index_of[id(r)] for r in category.rows]
            ends = [
                rows[i].interval[1] if shown and rows[i].interval else rows[i].value
                for i in members
            ]
            x = max(ends) + (VALUE_GAP + self.scale * DOT_PIXELS / 2) * self.per_pixel
            for i in members:
                label = self.plot.value_labels[i]
                label.setPos(x, self.ys[i])
                x += text_width(label.toPlainText(), self.value_font) * self.per_pixel + 2 * gap

    def show_intervals(self, visible: bool) -> None:
        super().show_intervals(visible)
        self._place_values()

    def _colour(self, row) -> str:
        return self.fill(row, series_colour(row.series_index))

    def _brushes(self) -> list:
        brushes = []
        for row in self.data.rows:
            brush = self.brush(row, self._colour(row))
            if not row.known:
                brush = pg.mkBrush(QColor(0, 0, 0, 0))
            brushes.append(brush)
        return brushes

    def _pens(self) -> list:
        pens = []
        for i, row in enumerate(self.data.rows):
            pen = self.pen(i, row, self._colour(row))
            pens.append(
                pen if pen.style() != Qt.PenStyle.NoPen else pg.mkPen(current().card, width=1)
            )
        return pens

    def restyle(self) -> None:
        self.plot.bars.setBrush(self._brushes())
        self.plot.bars.setPen(self._pens())

    def drawn_values(self) -> list[float]:
        x, _ = self.plot.bars.getData()
        return [float(v) for v in x]
