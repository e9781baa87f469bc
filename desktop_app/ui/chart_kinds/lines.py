"""A line (or, with two points, slope) chart: values over years, phases or groups.

With several series, each series is a point along the bottom (in the written order) and
each item a line; with one series, its items are the points of one line. Both directions
are pixels here: the drawer draws its own 0–100% scale on the left.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from .. import palette
from ..chart_text import text_width
from ..formatting import number
from ..theme import current
from .base import (
    SCATTER_SYMBOLS,
    SERIES_SYMBOLS,
    Drawer,
    category_colour,
    series_colour,
)

PLOT_PIXELS = 200.0
DOT_PIXELS = 11.0
# The top of the value scale: the smallest of these above every value and interval, so
# lines of small shares are not squeezed at the bottom; the scale always starts at 0.
SCALE_TOPS = (10, 20, 40, 60, 80, 100)


def scale_top(highest: float) -> float:
    return float(next((t for t in SCALE_TOPS if highest <= t), 100))


class LinesDrawer(Drawer):
    horizontal = False

    def layout(self, width: float) -> float:
        data = self.data
        rows = data.rows
        scale = self.scale
        self.x_range = (0.0, width)
        self.per_pixel = 1.0
        across_series = data.series_count > 1
        categories = data.categories
        if across_series:
            positions = [s.label for s in data.series] or [
                str(i + 1) for i in range(data.series_count)
            ]
            self.position_of = [r.series_index for r in rows]
            self.line_of = [
                next(i for i, c in enumerate(categories) if c.key == r.category_key) for r in rows
            ]
        else:
            positions = [c.label for c in categories]
            self.position_of = [
                next(i for i, c in enumerate(categories) if c.key == r.category_key) for r in rows
            ]
            self.line_of = [0] * len(rows)
        lines = max(self.line_of, default=0) + 1
        self.line_colours = [
            category_colour(i, lines, data.ordered_scale) if across_series else series_colour(0)
            for i in range(lines)
        ]
        words = [self.value_words(r, False) for r in rows]
        if lines > 1:  # which line a value belongs to, by its symbol as well as its hue
            ends = [p == 0 for p in self.position_of]
            words = [
                f"{w} {SERIES_SYMBOLS[ln % len(SERIES_SYMBOLS)]}"
                if first
                else f"{SERIES_SYMBOLS[ln % len(SERIES_SYMBOLS)]} {w}"
                for w, ln, first in zip(words, self.line_of, ends, strict=True)
            ]
        word_widths = [text_width(w, self.value_font) for w in words]
        count = max(1, len(positions))
        first = [w for w, p in zip(word_widths, self.position_of, strict=True) if p == 0]
        last = [w for w, p in zip(word_widths, self.position_of, strict=True) if p == count - 1]
        tick_room = text_width("100%", self.small_font) + 8
        left = tick_room + (max(first, default=0) + 12 if count > 1 else 12)
        right = width - (max(last, default=0) + 12 if count > 1 else 12)
        if right - left < 40:  # very narrow: the words overlap rather than leave the chart
            left, right = tick_room + 12, width - 12
        self.top = 12.0
        self.height_px = PLOT_PIXELS * scale
        self.scale_top = scale_top(
            max((max(r.value, r.interval[1] if r.interval else 0.0) for r in rows), default=0)
        )
        step = (right - left) / (count - 1) if count > 1 else 0.0
        xs = [left + i * step for i in range(count)] if count > 1 else [(left + right) / 2]
        self.xs = xs
        self.points = [
            QPointF(xs[p], self.y_of(r.value)) for p, r in zip(self.position_of, rows, strict=True)
        ]
        self.centres = list(self.points)
        half = DOT_PIXELS * scale / 2 + 5
        self.marks = [QRectF(p.x() - half, p.y() - half, 2 * half, 2 * half) for p in self.points]
        self._grid(width, tick_room)
        for line in range(lines):
            members = [i for i, ln in enumerate(self.line_of) if ln == line and rows[i].known]
            members.sort(key=lambda i: self.position_of[i])
            curve = pg.PlotCurveItem(
                np.array([self.points[i].x() for i in members], dtype=float),
                np.array([self.points[i].y() for i in members], dtype=float),
                pen=pg.mkPen(self.line_colours[line], width=2.5 * scale),
            )
            self.item.addItem(curve)
        self.plot.bars = pg.ScatterPlotItem(
            x=np.array([p.x() for p in self.points], dtype=float),
            y=np.array([p.y() for p in self.points], dtype=float),
            symbol=[SCATTER_SYMBOLS[ln % len(SCATTER_SYMBOLS)] for ln in self.line_of],
            size=DOT_PIXELS * scale,
            brush=self._brushes(),
            pen=self._pens(),
        )
        self.item.addItem(self.plot.bars)
        self._value_words(words, word_widths, count)
        if data.has_intervals:
            with_interval = [i for i, r in enumerate(rows) if r.interval]
            self.plot.errors = pg.ErrorBarItem(
                x=np.array([self.points[i].x() for i in with_interval], dtype=float),
                y=np.array([self.points[i].y() for i in with_interval], dtype=float),
                top=np.array(
                    [
                        self.y_of(rows[i].value) - self.y_of(rows[i].interval[1])
                        for i in with_interval
                    ]
                ),
                bottom=np.array(
                    [
                        self.y_of(rows[i].interval[0]) - self.y_of(rows[i].value)
                        for i in with_interval
                    ]
                ),
                beam=8.0,
                pen=pg.mkPen(current().text, width=1.5),
            )
            self.plot.errors.setVisible(self.plot.show_intervals)
            self.item.addItem(self.plot.errors)
        bottom = self.top + self.height_px + 8
        column = (right - left) / (count - 1) if count > 1 else right - left
        rooms = [min(column, 2 * min(x, width - x)) - 6 for x in xs]
        fitted = [self.fitted(w, self.label_font, r) for w, r in zip(positions, rooms, strict=True)]
        numbered = any(f.elided for f in fitted)
        tallest = 0.0
        for place, (x, words_) in enumerate(zip(xs, fitted, strict=True), start=1):
            text = str(place) if numbered else words_.text
            label = self.text(text, self.label_font, (x, bottom), anchor=(0.5, 0))
            label.textItem.document().setDefaultTextOption(_centred())
            self.plot.labels.append(label)
            tallest = max(tallest, label.textItem.boundingRect().height())
        y = bottom + tallest + 6
        if numbered:
            # Too long to stand under their points: numbers there, the words in a key below.
            for place, words_ in enumerate(positions, start=1):
                key = self.fitted(f"{place}  {words_}", self.small_font, width - 4, lines=6)
                item = self.text(key.text, self.small_font, (0, y))
                self.plot.labels.append(item)
                y += item.textItem.boundingRect().height() + 2
        return y + 4

    def y_of(self, value: float) -> float:
        return self.top + (self.scale_top - value) / self.scale_top * self.height_px

    def _grid(self, width: float, tick_room: float) -> None:
        xs, ys = [], []
        suffix = "%" if all(r.unit == "percent" for r in self.data.rows) else ""
        for step in range(5):
            v = self.scale_top * step / 4
            y = self.y_of(v)
            xs += [tick_room, width - 2]
            ys += [y, y]
            words = f"{number(v)}{suffix}"
            self.text(words, self.small_font, (tick_room - 6, y), (1, 0.5), current().muted)
        grid = pg.PlotCurveItem(
            np.array(xs, dtype=float),
            np.array(ys, dtype=float),
            connect="pairs",
            pen=pg.mkPen(current().grid, width=1),
        )
        self.item.addItem(grid)

    def _value_words(self, words: list[str], widths: list[float], count: int) -> None:
        """Each point's value beside it: left of the first points, right of the last, above
        the others; words at one position are pushed apart so they never overlap."""
        height = QFontMetricsF(self.value_font).lineSpacing()
        gap = DOT_PIXELS * self.scale / 2 + 5
        items = []
        for i, word in enumerate(words):
            position = self.position_of[i]
            point = self.points[i]
            if count > 1 and position == 0:
                anchor, x = (1, 0.5), point.x() - gap
            elif count > 1 and position == count - 1:
                anchor, x = (0, 0.5), point.x() + gap
            else:
                anchor, x = (0.5, 1), point.x()
            y = point.y() if anchor != (0.5, 1) else point.y() - gap + 4
            items.append(self.text(word, self.value_font, (x, y), anchor))
        for position in range(count):
            at = sorted(
                (i for i in range(len(words)) if self.position_of[i] == position),
                key=lambda i: items[i].pos().y(),
            )
            wanted = [items[i].pos().y() for i in at]
            for i, y in zip(at, spread(wanted, height), strict=True):
                items[i].setPos(items[i].pos().x(), y)
        self.plot.value_labels.extend(items)

    def _colour(self, row, index: int) -> str:
        if row.key in self.plot.selected:
            return palette.SELECTED
        return self.line_colours[self.line_of[index]]

    def _brushes(self) -> list:
        return [self.brush(row, self._colour(row, i)) for i, row in enumerate(self.data.rows)]

    def _pens(self) -> list:
        pens = []
        for i, row in enumerate(self.data.rows):
            pen = self.pen(i, row, self._colour(row, i))
            if row.highlighted and pen.style() == pen.style().NoPen:
                pen = pg.mkPen(palette.HIGHLIGHT, width=3)
            elif pen.style() == pen.style().NoPen:
                pen = pg.mkPen(current().card, width=1)
            pens.append(pen)
        return pens

    def restyle(self) -> None:
        self.plot.bars.setBrush(self._brushes())
        self.plot.bars.setPen(self._pens())

    def drawn_values(self) -> list[float]:
        _, y = self.plot.bars.getData()
        top = self.scale_top
        return [round(top - (v - self.top) / self.height_px * top, 6) for v in y]


def spread(wanted: list[float], height: float) -> list[float]:
    """Positions as near ``wanted`` (sorted) as they can be while ``height`` apart.

    Each run of words that would overlap is centred on the points it belongs to, rather
    than pushed all one way.
    """
    blocks: list[list[float]] = []  # [first position, count, sum of wanted]
    for y in wanted:
        blocks.append([y, 1, y])
        while len(blocks) > 1:
            first, second = blocks[-2], blocks[-1]
            if first[0] + first[1] * height <= second[0]:
                break
            count, total = first[1] + second[1], first[2] + second[2]
            centre = total / count
            blocks[-2:] = [[centre - (count - 1) * height / 2, count, total]]
    positions = []
    for start, count, _total in blocks:
        positions += [start + k * height for k in range(count)]
    return positions


def _centred():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextOption

    option = QTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return option
