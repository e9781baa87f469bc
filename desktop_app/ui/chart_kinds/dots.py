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
    """Values of a category on one line; the largest value's words right of its dot, the
    others' left of theirs, so two dots on a line never share a place for their words."""

    def layout(self, width: float) -> float:
        data = self.data
        scale = self.scale
        rows = data.rows
        words = [self.value_words(r, False) for r in rows]
        widths = [text_width(w, self.value_font) for w in words]
        self.sides = self._sides(rows)
        ends = [
            (max(r.value, r.interval[1] if r.interval else 0.0), w)
            for r, w, side in zip(rows, widths, self.sides, strict=True)
            if side > 0
        ]
        self.x_range = (0.0, self.value_room(width, ends))
        self.per_pixel = self.units_per_pixel(width)
        band = LINE_PIXELS * scale
        y = 2.0
        self.ys = np.zeros(len(rows))
        self.marks = [QRectF() for _ in rows]
        self.centres = [QPointF() for _ in rows]
        tracks_x, tracks_y = [], []
        index_of = {id(r): i for i, r in enumerate(rows)}
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
        for word, side in zip(words, self.sides, strict=True):
            anchor = (0, 0.5) if side > 0 else (1, 0.5)
            self.plot.value_labels.append(self.text(word, self.value_font, (0, 0), anchor=anchor))
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

    def _sides(self, rows) -> list[int]:
        """+1: words right of the dot (the line's largest value); -1: left of it."""
        sides = [1] * len(rows)
        index_of = {id(r): i for i, r in enumerate(rows)}
        for category in self.data.categories:
            if len(category.rows) < 2:
                continue
            largest = max(category.rows, key=lambda r: r.value)
            for row in category.rows:
                if row is not largest:
                    sides[index_of[id(row)]] = -1
        return sides

    def _place_values(self) -> None:
        shown = self.plot.show_intervals
        gap = (VALUE_GAP + self.scale * DOT_PIXELS / 2) * self.per_pixel
        for i, (row, label) in enumerate(zip(self.data.rows, self.plot.value_labels, strict=True)):
            if self.sides[i] > 0:
                end = row.interval[1] if shown and row.interval else row.value
                label.setPos(end + gap, self.ys[i])
            else:
                start = row.interval[0] if shown and row.interval else row.value
                left = start - gap
                room = text_width(label.toPlainText(), self.value_font) * self.per_pixel
                if left - room < 0:  # no room left of the dot: above it instead
                    label.setAnchor((0.5, 1))
                    label.setPos(row.value, self.ys[i] - DOT_PIXELS * self.scale / 2 - 1)
                else:
                    label.setAnchor((1, 0.5))
                    label.setPos(left, self.ys[i])

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
