"""100%-stacked bars: one bar per series (a group, a year), a segment per item.

Segments are told apart by hue, by their fixed order (the legend's) and by a thin gap; a
segment wide enough carries its value. A highlight is an outline, so a segment keeps the
hue that says which item it is.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF

from .. import palette
from ..chart_text import text_width
from ..theme import current
from .base import CLIENT_MARK, LABEL_GAP, VALUE_GAP, Drawer, category_colour, readable_on

BAR_PIXELS = 30.0
ROW_GAP = 12.0
INTERVAL_PIXELS = 12.0  # room under each bar for the intervals of its shares


class StackedDrawer(Drawer):
    def layout(self, width: float) -> float:
        data = self.data
        rows = data.rows
        scale = self.scale
        words = [self.value_words(r, False) for r in rows]
        ends = [(100.0, text_width(w, self.value_font)) for w in words]  # a last share's words
        self.x_range = (0.0, self.value_room(width, ends))
        self.per_pixel = self.units_per_pixel(width)
        keys = [c.key for c in data.categories]
        self.colours = {
            key: category_colour(i, len(keys), data.ordered_scale) for i, key in enumerate(keys)
        }
        bar = BAR_PIXELS * scale
        self.interval_room = INTERVAL_PIXELS if data.has_intervals else 0.0
        y = 2.0
        starts, centres = [], []
        self.marks, self.centres = [], []
        labels = {s.index: s.label for s in data.series}
        previous = None
        start = 0.0
        for row in rows:
            if row.series_index != previous:
                if previous is not None:
                    y += bar + (ROW_GAP + self.interval_room) * scale
                words = labels.get(row.series_index, "")
                if words:
                    fitted = self.fitted(words, self.label_font, width - 4)
                    label = self.text(fitted.text, self.label_font, (0, y))
                    self.plot.labels.append(label)
                    y += label.textItem.boundingRect().height() + LABEL_GAP
                start, previous = 0.0, row.series_index
            starts.append(start)
            centres.append(y + bar / 2)
            self.marks.append(QRectF(start, y, max(row.value, 0.6), bar))
            self.centres.append(QPointF(start + row.value / 2, y + bar / 2))
            start += row.value
        y += bar + self.interval_room * scale
        self.starts = np.array(starts, dtype=float)
        self.bar_centres = np.array(centres, dtype=float)
        self.plot.bars = pg.BarGraphItem(
            x0=self.starts,
            y=self.bar_centres,
            height=bar,
            width=np.array([r.value for r in rows], dtype=float),
            brushes=self._brushes(),
            pens=self._pens(),
        )
        self.item.addItem(self.plot.bars)
        for i, row in enumerate(rows):
            words = self.value_words(row, False)
            colour = readable_on(self._colour(row))
            label = self.text(
                words, self.value_font, (starts[i] + row.value / 2, centres[i]), (0.5, 0.5), colour
            )
            room = row.value / self.per_pixel - 6
            fits = text_width(words, self.value_font) <= room
            last = i + 1 == len(rows) or rows[i + 1].series_index != row.series_index
            if not fits and last:  # the bar's last share: its words right of the bar
                label.setColor(current().text)
                label.setAnchor((0, 0.5))
                label.setPos(starts[i] + row.value + VALUE_GAP * self.per_pixel, centres[i])
            elif not fits and row.client_answer:
                label.setText(CLIENT_MARK)
            else:
                label.setVisible(fits)
            self.plot.value_labels.append(label)
        if data.has_intervals:
            # Each share's interval around the segment's end: where that boundary may lie.
            with_interval = [i for i, r in enumerate(rows) if r.interval]
            self.plot.errors = pg.ErrorBarItem(
                x=np.array([starts[i] + rows[i].value for i in with_interval], dtype=float),
                y=np.array([centres[i] + bar / 2 + 6 * scale for i in with_interval]),
                left=np.array([rows[i].value - rows[i].interval[0] for i in with_interval]),
                right=np.array([rows[i].interval[1] - rows[i].value for i in with_interval]),
                beam=6 * scale,
                pen=pg.mkPen(current().text, width=1.5),
            )
            self.plot.errors.setVisible(self.plot.show_intervals)
            self.item.addItem(self.plot.errors)
        self.percent_ticks()
        return y + 4

    def _colour(self, row) -> str:
        if row.key in self.plot.selected:
            return palette.SELECTED
        return self.colours[row.category_key]

    def _brushes(self) -> list:
        return [self.brush(row, self._colour(row)) for row in self.data.rows]

    def _pens(self) -> list:
        pens = []
        for i, row in enumerate(self.data.rows):
            pen = self.pen(i, row, self._colour(row))
            if row.highlighted and pen.style() == pen.style().NoPen:
                pen = pg.mkPen(palette.HIGHLIGHT, width=3)
            elif pen.style() == pen.style().NoPen:
                pen = pg.mkPen(current().card, width=1)  # a thin gap between segments
            pens.append(pen)
        return pens

    def restyle(self) -> None:
        self.plot.bars.setOpts(brushes=self._brushes(), pens=self._pens())

    def drawn_values(self) -> list[float]:
        return [float(w) for w in self.plot.bars.opts["width"]]
