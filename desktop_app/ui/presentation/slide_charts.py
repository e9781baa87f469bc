"""A chart on a slide, every kind: laid out in pixels for the room, painted with QPainter.

One class per shape of chart. Each chooses the largest type that lets its rows fit (from
``LABEL_MAX`` down to the slide's minimum), records every text it places with the slide
layout (so tests can prove nothing is cut, overlapping or too small), paints, and says
which row a point on the slide falls on.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTextDocument,
)

from ...core.chart_data import BAR, DOT, GROUPED, LINE, STACKED, ChartData, ChartRow
from ...core.model import DERIVED
from .. import palette
from ..palette import category_colour, readable_on, series_colour, series_symbol
from .slide_words import slide_value_text

LABEL_MAX = 0.036  # chart labels start this large (of the slide's height) and shrink to fit
LAST_RESORT = 0.7  # a chart's labels never shrink below this share of the slide's minimum
PITCH = 1.02  # lines from one bar of a group to the next: their values never touch


@dataclass
class Mark:
    """One row drawn: its rectangle (a bar, a segment, a dot's box) and its value's place."""

    row: int
    rect: QRectF
    value_box: QRectF
    colour: str


class SlideChart:
    """What every kind shares; ``owner`` is the slide layout that places the texts."""

    def __init__(self, data: ChartData, owner) -> None:
        self.data, self.owner = data, owner
        self.area = QRectF()
        self.pixels = owner.min_px
        self.marks: list[Mark] = []
        self.labels: list[tuple[QTextDocument, QRectF, int]] = []  # document, box, build unit
        self.fits = True
        self.shrunk = False  # smaller than the slide's minimum type, as a last resort

    # -- shared helpers ---------------------------------------------------------------------
    def line(self, pixels: float) -> float:
        return QFontMetricsF(self.owner.font(pixels, bold=True)).height()

    def value_width(self, pixels: float) -> float:
        metrics = QFontMetricsF(self.owner.font(pixels, bold=True))
        return max((metrics.horizontalAdvance(self.words(r)) for r in self.data.rows), default=0.0)

    def words(self, row: ChartRow) -> str:
        return slide_value_text(row)

    def lay_out(self, area: QRectF, last_resort: bool = False) -> bool:
        """Take the largest type whose rows fit ``area``; False when even the smallest does not.

        ``last_resort`` (a chart alone on its slide: there is no message left to move to a
        slide of its own): on a screen shaped unlike any projector (a square window, say) a
        chart with many rows may not fit at the slide's smallest type; its labels then
        shrink further, down to ``LAST_RESORT`` of it, rather than run into the footer.
        ``shrunk`` says so.
        """
        self.area = area
        h = self.owner.height
        pixels = max(self.owner.min_px, h * LABEL_MAX)
        floor = self.owner.min_px
        step = max(1.0, h * 0.002)
        while self.needed(pixels, area.width()) > area.height() and pixels > floor:
            pixels = max(floor, pixels - step)
        self.fits = self.needed(pixels, area.width()) <= area.height() + 0.5
        self.shrunk = False
        while last_resort and not self.fits and pixels > floor * LAST_RESORT:
            pixels = max(floor * LAST_RESORT, pixels - step)
            self.fits = self.needed(pixels, area.width()) <= area.height() + 0.5
            self.shrunk = True
        self.pixels = pixels
        self.place(area, pixels)
        return self.fits

    def needed(self, pixels: float, width: float) -> float:
        raise NotImplementedError

    def place(self, area: QRectF, pixels: float) -> None:
        raise NotImplementedError

    def label(self, text: str, pixels: float, width: float, left: float, top: float, unit: int):
        document = self.owner.document_for(text, pixels, width)
        box = QRectF(left, top, width, document.size().height())
        self.owner.record(document, box, pixels, draw=False)
        self.labels.append((document, box, unit))
        return box

    def value(self, row_index: int, rect: QRectF, box: QRectF, colour: str) -> None:
        row = self.data.rows[row_index]
        self.owner.record_text(self.words(row), box, self.pixels, self.line(self.pixels))
        self.marks.append(Mark(row_index, rect, box, colour))

    def shown(self, step: int | None) -> set[int]:
        """The build units shown at ``step`` (None: all)."""
        return set(range(len(self.data.rows)))

    def colour_of(self, row: ChartRow, selected: frozenset[str]) -> str:
        if row.key in selected:
            return palette.SELECTED
        return series_colour(row.series_index)

    # -- painting ------------------------------------------------------------------------------
    def paint(self, painter: QPainter, step: int | None, selected: frozenset[str]) -> None:
        units = self.shown(step)
        theme = self.owner.theme
        for document, box, unit in self.labels:
            if unit in units or unit < 0:
                painter.save()
                painter.translate(box.topLeft())
                document.drawContents(painter, QRectF(0, 0, box.width(), box.height() + 1))
                painter.restore()
        self.paint_marks(painter, units, selected)
        painter.setFont(self.owner.font(self.pixels, bold=True))
        for mark in self.marks:
            if self.unit_of(mark.row) in units and not mark.value_box.isNull():
                painter.setPen(QColor(theme.text))
                painter.drawText(
                    mark.value_box,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.words(self.data.rows[mark.row]),
                )

    def unit_of(self, row: int) -> int:
        return row

    def paint_marks(self, painter: QPainter, units: set[int], selected: frozenset[str]) -> None:
        for mark in self.marks:
            if self.unit_of(mark.row) not in units or mark.rect.isNull():
                continue
            row = self.data.rows[mark.row]
            colour = QColor(self.colour_of(row, selected))
            if row.mark == DERIVED:
                self.paint_derived(painter, mark.rect, colour)
            else:
                painter.setBrush(QBrush(colour))
            if row.client_answer:  # the client's own answer: outlined as on the chart card
                painter.setPen(QPen(QColor(self.owner.theme.text), self.client_pen()))
            elif row.key in selected:
                painter.setPen(QPen(colour.darker(140), 2))
            elif row.mark == DERIVED:
                painter.setPen(QPen(colour, self.hatch_pen()))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(mark.rect)

    def hatch_pen(self) -> float:
        """Hatch lines and outline of a derived bar: as thick at 4K as at 1080p, to the eye."""
        return max(2.0, self.owner.height * 0.0025)

    def paint_derived(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        """A value calculated from others: a pale fill of its colour, hatched in the full
        colour, with lines spaced for the wall's size, so it reads as a bar from the back of
        the room in every theme and yet differs from a published one. Leaves the brush empty
        for the outline drawn next."""
        pale = QColor(colour)
        pale.setAlphaF(0.35)
        painter.fillRect(rect, pale)
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(QPen(colour, self.hatch_pen()))
        gap = max(6.0, self.owner.height * 0.012)
        x = rect.left() - rect.height()
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()))
            x += gap
        painter.restore()
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def client_pen(self) -> float:
        """The outline of the client's answer: visible from the back of the room."""
        return max(2.5, self.owner.height * 0.003)

    def row_at(self, point: QPointF) -> int:
        for mark in self.marks:
            zone = mark.rect.united(mark.value_box).adjusted(
                0, -self.pixels * 0.4, 0, self.pixels * 0.4
            )
            if zone.contains(point):
                return mark.row
        return -1

    def row_centre(self, row: int) -> QPointF:
        mark = next(m for m in self.marks if m.row == row)
        return mark.rect.center()


class SlideBars(SlideChart):
    """One bar per row, its label above it and its value at its end (``bar``)."""

    def label_of(self, row: ChartRow) -> str:
        """A bar's label; named with its series only where several share the chart (as on
        the chart card: one figure's name before every bar only repeats itself)."""
        return row.display_label if self.data.series_count > 1 else row.label

    def _labels_height(self, pixels: float, width: float) -> float:
        return sum(
            self.owner.document_for(self.label_of(r), pixels, width).size().height()
            for r in self.data.rows
        )

    def needed(self, pixels: float, width: float) -> float:
        return self._labels_height(pixels, width) + len(self.data.rows) * self.line(pixels) * 1.5

    def place(self, area: QRectF, pixels: float) -> None:
        line = self.line(pixels)
        room = max(1.0, area.width() - self.value_width(pixels) - pixels * 0.6)
        spare = max(0.0, area.height() - self.needed(pixels, area.width()))
        spare = min(spare / max(1, len(self.data.rows)), line * 0.6)  # a little air, no more
        top = area.top()
        for index, row in enumerate(self.data.rows):
            box = self.label(self.label_of(row), pixels, area.width(), area.left(), top, index)
            bar_top = box.bottom() + line * 0.15
            length = max(row.value, 0.6) * room / 100.0 if row.known else 0.0
            rect = QRectF(area.left(), bar_top, length, line * 0.8)
            value_box = QRectF(
                rect.right() + pixels * 0.3, rect.center().y() - line / 2, area.width(), line
            )
            value_box.setWidth(self.value_width(pixels) + pixels * 0.3)
            self.value(index, rect, value_box, series_colour(row.series_index))
            top = box.bottom() + line * 1.5 + spare

    def colour_of(self, row: ChartRow, selected: frozenset[str]) -> str:
        if row.key in selected:
            return palette.SELECTED
        if row.highlighted:
            return palette.HIGHLIGHT
        return series_colour(row.series_index)

    def shown(self, step: int | None) -> set[int]:
        from ...presentation.slides import build_order

        rows = self.data.rows
        if step is None:
            return set(range(len(rows)))
        return set(build_order([r.highlighted for r in rows])[:step])

    def paint(self, painter: QPainter, step: int | None, selected: frozenset[str]) -> None:
        if self.marks:  # the baseline the bars grow from, as long as the bars, no longer
            first, last = self.marks[0].rect, self.marks[-1].rect
            margin = self.owner.height * 0.005
            painter.setPen(
                QPen(QColor(self.owner.theme.grid), max(1.0, self.owner.height * 0.0015))
            )
            painter.drawLine(
                QPointF(self.area.left(), first.top() - margin),
                QPointF(self.area.left(), last.bottom() + margin),
            )
        super().paint(painter, step, selected)


class SlideGroups(SlideChart):
    """Per category its label at the left and, beside it, a bar per series (``grouped``) or a
    dot per series on one track (``dot``): a block as tall as the taller of the two."""

    LABEL_SHARE = 0.36  # of the width, for the categories' labels

    def __init__(self, data: ChartData, owner) -> None:
        super().__init__(data, owner)
        self.categories = data.categories
        self.dots = data.kind == DOT
        self.tracks: list[tuple[QPointF, QPointF]] = []

    def words(self, row: ChartRow) -> str:
        """A bar's value with its series' symbol; a dot shows the symbol itself."""
        if self.dots and row.known:
            return slide_value_text(row)
        return f"{series_symbol(row.series_index)} {slide_value_text(row)}"

    def _marks_height(self, category, line: float, width: float = 0.0) -> float:
        # dots: one line when each value fits beside its dot, else values above and below;
        # bars: one per published value (an unpublished one is written on the line before)
        if self.dots:
            return line * (1.3 if self._dots_fit_on_track(category, line, width) else 2.6)
        return max(1, sum(1 for r in category.rows if r.known)) * line * PITCH

    def _dot_room(self, width: float, line: float) -> tuple[float, float]:
        """Where the tracks start and how wide 0 to 100% is on them."""
        left = width * self.LABEL_SHARE + self.pixels * 0.6
        return left, max(1.0, width - left - line - self.value_width(self.pixels))

    def _dots_fit_on_track(self, category, line: float, width: float) -> bool:
        """Whether every value can stand beside its dot without touching the next dot."""
        if not width:
            return False
        left, room = self._dot_room(width, line)
        metrics = QFontMetricsF(self.owner.font(self.pixels, True))
        spans = sorted(
            (
                row.value * room / 100.0,
                row.value * room / 100.0 + line + metrics.horizontalAdvance(self.words(row)),
            )
            for row in category.rows
            if row.known
        )
        return all(a[1] < b[0] for a, b in zip(spans, spans[1:], strict=False)) and not any(
            not r.known for r in category.rows
        )

    def _blocks(self, pixels: float, width: float) -> list[tuple[QTextDocument, float]]:
        line = self.line(pixels)
        blocks = []
        for category in self.categories:
            label = self.owner.document_for(category.label, pixels, width * self.LABEL_SHARE)
            self.pixels = pixels
            height = max(label.size().height(), self._marks_height(category, line, width))
            blocks.append((label, height))
        return blocks

    def needed(self, pixels: float, width: float) -> float:
        line = self.line(pixels)
        blocks = self._blocks(pixels, width)
        return sum(height for _label, height in blocks) + line * 0.6 * (len(blocks) - 1)

    def place(self, area: QRectF, pixels: float) -> None:
        line = self.line(pixels)
        label_width = area.width() * self.LABEL_SHARE
        left = area.left() + label_width + pixels * 0.6
        values = self.value_width(pixels) + pixels * 0.6
        room = max(1.0, area.right() - left - (line if self.dots else values))
        index_of = {id(r): i for i, r in enumerate(self.data.rows)}
        metrics = QFontMetricsF(self.owner.font(pixels, True))
        top = area.top()
        for unit, (category, (_doc, height)) in enumerate(
            zip(self.categories, self._blocks(pixels, area.width()), strict=True)
        ):
            self.label(category.label, pixels, label_width, area.left(), top, unit)
            if self.dots:
                self._place_dots(category, index_of, area, top, pixels, line, metrics)
            else:
                self._place_bars(category, index_of, left, top, room, pixels, line, metrics)
            top += height + line * 0.6

    def _place_dots(self, category, index_of, area, top, pixels, line, metrics) -> None:
        """A track per category, a dot per value; a value beside its dot where it fits,
        else above the track (and below it when two values are close)."""
        left, room = self._dot_room(area.width(), line)
        left += area.left()
        beside = self._dots_fit_on_track(category, line, area.width())
        track = top + (line * 0.55 if beside else line * 1.3)
        self.tracks.append((QPointF(left, track), QPointF(area.right(), track)))
        occupied: list[QRectF] = []
        for row in sorted(category.rows, key=lambda r: r.value):
            i = index_of[id(row)]
            width = metrics.horizontalAdvance(self.words(row))
            if not row.known:
                box = QRectF(left, top, width, line)
                while any(box.intersects(o) for o in occupied):
                    box.moveTop(box.top() + line * 1.3)
                occupied.append(box)
                self.value(i, QRectF(), box, series_colour(row.series_index))
                continue
            x = left + row.value * room / 100.0 + line / 2
            dot = QRectF(x - line * 0.32, track - line * 0.32, line * 0.64, line * 0.64)
            if beside:
                label = QRectF(dot.right() + pixels * 0.3, track - line / 2, width, line)
            else:
                label = QRectF(
                    min(max(left, x - width / 2), area.right() - width), top, width, line
                )
                if any(label.intersects(o) for o in occupied):  # two values close: one below
                    label.moveTop(track + line * 0.35)
            occupied.append(label)
            self.value(i, dot, label, series_colour(row.series_index))

    def _place_bars(self, category, index_of, left, top, room, pixels, line, metrics) -> None:
        """A bar per published value; an unpublished one ('▲ –') follows the line before it."""
        y, after, last_top = top, left, top
        for row in sorted(category.rows, key=lambda r: not r.known):
            i = index_of[id(row)]
            words = metrics.horizontalAdvance(self.words(row))
            if not row.known:
                box = QRectF(after + pixels * 0.8, last_top, words, line)
                self.value(i, QRectF(), box, series_colour(row.series_index))
                after = box.right()
                continue
            rect = QRectF(left, y + line * 0.1, max(row.value, 0.6) * room / 100.0, line * 0.75)
            box = QRectF(rect.right() + pixels * 0.3, rect.center().y() - line / 2, words, line)
            self.value(i, rect, box, series_colour(row.series_index))
            after, last_top = box.right(), box.top()
            y += line * PITCH

    def unit_of(self, row: int) -> int:
        key = self.data.rows[row].category_key
        return next(i for i, c in enumerate(self.categories) if c.key == key)

    def shown(self, step: int | None) -> set[int]:
        return set(range(len(self.categories)))

    def paint_marks(self, painter: QPainter, units: set[int], selected: frozenset[str]) -> None:
        if not self.dots:
            super().paint_marks(painter, units, selected)
            return
        painter.setPen(QPen(QColor(self.owner.theme.grid), max(1.0, self.owner.height * 0.002)))
        for start, end in self.tracks:
            painter.drawLine(start, end)
        for mark in self.marks:
            if mark.rect.isNull():
                continue
            row = self.data.rows[mark.row]
            colour = QColor(self.colour_of(row, selected))
            if row.client_answer:
                painter.setPen(QPen(QColor(self.owner.theme.text), self.client_pen()))
            else:
                painter.setPen(QPen(colour.darker(130), 1.5))
            painter.setBrush(colour)
            painter.drawPath(shape(mark.rect, row.series_index))


class SlideStacked(SlideChart):
    """One 100% bar per series, a segment per category, the categories' legend above (``stacked``)."""

    def __init__(self, data: ChartData, owner) -> None:
        super().__init__(data, owner)
        self.categories = data.categories
        self.series = sorted({r.series_index for r in data.rows})

    def needed(self, pixels: float, width: float) -> float:
        line = self.line(pixels)
        names = [s.label for s in self.data.series] or [""]
        labels = sum(
            self.owner.document_for(n or " ", pixels, width).size().height() for n in names
        )
        return labels + len(self.series) * line * 2.9

    def place(self, area: QRectF, pixels: float) -> None:
        line = self.line(pixels)
        metrics = QFontMetricsF(self.owner.font(pixels, True))
        top = area.top()
        count = len(self.categories)
        for unit, series_index in enumerate(self.series):
            name = next((s.label for s in self.data.series if s.index == series_index), "")
            box = self.label(name or " ", pixels, area.width(), area.left(), top, unit)
            y = box.bottom() + line * 0.15
            x = area.left()
            below = y + line * 1.2
            occupied: list[QRectF] = []
            for number, category in enumerate(self.categories):
                row = category.row_of(series_index)
                if row is None:
                    continue
                i = self.data.rows.index(row)
                width = area.width() * max(0.0, row.value) / 100.0 if row.known else 0.0
                rect = QRectF(x, y, width, line * 1.1)
                words = metrics.horizontalAdvance(self.words(row)) + pixels * 0.4
                if words <= width:
                    value_box = QRectF(x + pixels * 0.2, y + line * 0.05, width, line)
                else:  # too narrow to hold its value: written under the bar, clear of the others
                    value_box = QRectF(min(x, area.right() - words), below, words, line)
                    while any(value_box.intersects(o) for o in occupied):
                        value_box.moveLeft(value_box.left() + words * 0.5)
                    occupied.append(value_box)
                colour = category_colour(number, count, self.data.ordered_scale)
                self.value(i, rect, value_box, colour)
                x += width
            top = below + line * 1.6

    def unit_of(self, row: int) -> int:
        return self.series.index(self.data.rows[row].series_index)

    def colour_of(self, row: ChartRow, selected: frozenset[str]) -> str:
        if row.key in selected:
            return palette.SELECTED
        number = next(i for i, c in enumerate(self.categories) if c.key == row.category_key)
        return category_colour(number, len(self.categories), self.data.ordered_scale)

    def paint(self, painter: QPainter, step: int | None, selected: frozenset[str]) -> None:
        super().paint(painter, step, selected)
        painter.setFont(self.owner.font(self.pixels, bold=True))
        for mark in self.marks:  # values inside their segment, in a colour that reads on it
            if mark.rect.contains(mark.value_box.center()):
                painter.setPen(
                    QColor(readable_on(self.colour_of(self.data.rows[mark.row], selected)))
                )
                painter.drawText(
                    mark.value_box,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.words(self.data.rows[mark.row]),
                )


class SlideLines(SlideChart):
    """Values over years or phases: a point per series along the width, a line per category.

    With several series (two editions as a slope) it is a slope chart as people draw one by
    hand: the first values left of their points, the last ones right of theirs followed by
    the line's name, the ones between above their points; values in one column never touch.
    One series alone is one line over its items, each value above its point.
    """

    def __init__(self, data: ChartData, owner) -> None:
        super().__init__(data, owner)
        self.categories = data.categories
        several = data.series_count > 1
        self.points = sorted({r.series_index for r in data.rows}) if several else None

    def _axis(self, pixels: float, width: float) -> tuple[list[str], float, float, float, float]:
        """The labels along the bottom; the room left of the plot (the first values), right
        of it (the last values and the lines' names) and for the names alone; the height the
        bottom labels take (wrapped, a long one on several lines)."""
        line = self.line(pixels)
        metrics = QFontMetricsF(self.owner.font(pixels, True))
        if self.points:
            axis_labels = [
                next((s.label for s in self.data.series if s.index == i), str(i + 1))
                for i in self.points
            ]
            values = self.value_width(pixels) + line * 0.5
            names = [c.label for c in self.categories]
            name_width = min(
                width * 0.3, max((metrics.horizontalAdvance(n) for n in names), default=0) + pixels
            )
            left, right = values, values + pixels * 0.4 + name_width
        else:
            axis_labels = [c.label for c in self.categories]
            name_width, left, right = 0.0, line, line
        slot = (width - left - right) / max(1, len(axis_labels)) * 0.95
        tallest = max(
            (self.owner.document_for(t, pixels, slot).size().height() for t in axis_labels),
            default=0.0,
        )
        return axis_labels, left, right, name_width, tallest

    def needed(self, pixels: float, width: float) -> float:
        *_rest, tallest = self._axis(pixels, width)
        return self.line(pixels) * (7 + len(self.categories)) + tallest

    def place(self, area: QRectF, pixels: float) -> None:
        line = self.line(pixels)
        axis_labels, left, right, name_width, tallest = self._axis(pixels, area.width())
        plot = QRectF(
            area.left() + left,
            area.top() + line * 1.3,
            area.width() - left - right,
            area.height() - line * 1.9 - tallest,
        )
        self.plot, self.name_width = plot, name_width
        count = len(axis_labels)
        if self.points:  # the editions or years at the plot's two ends and between
            steps = max(1, count - 1)
            self.x_of = [plot.left() + plot.width() * n / steps for n in range(count)]
        else:  # each item in the middle of its share of the width, its label under it
            self.x_of = [plot.left() + plot.width() * (n + 0.5) / count for n in range(count)]
        for n, text in enumerate(axis_labels):
            width = plot.width() / max(1, len(axis_labels)) * 0.95
            left_edge = min(max(area.left(), self.x_of[n] - width / 2), area.right() - width)
            self.label(text, pixels, width, left_edge, plot.bottom() + line * 0.4, -1)
        self.lines_: list[list[int]] = []
        groups = self.categories if self.points else [None]
        points: list[tuple[int, int, int]] = []  # (line, row, column)
        for number, category in enumerate(groups):
            rows = list(category.rows) if category else list(self.data.rows)
            indices = []
            for position, row in enumerate(rows):
                if not row.known:
                    continue
                column = self.points.index(row.series_index) if self.points else position
                i = self.data.rows.index(row)
                points.append((number, i, column))
                indices.append(i)
            self.lines_.append(indices)
        centre = {
            i: QPointF(
                self.x_of[column],
                plot.bottom() - plot.height() * self.data.rows[i].value / 100.0,
            )
            for _number, i, column in points
        }
        boxes = self._value_boxes(points, centre, line, pixels)
        for number, i, _column in points:
            c = centre[i]
            dot = QRectF(c.x() - line * 0.25, c.y() - line * 0.25, line * 0.5, line * 0.5)
            self.value(i, dot, boxes[i], self.line_colour(number))
        if self.points:
            last = len(self.x_of) - 1
            for number, i, column in points:
                if column == last:  # the line's name after its last value
                    name_left = plot.right() + self.value_width(pixels) + line * 0.5 + pixels * 0.4
                    label = self.categories[number].label
                    self.label(label, pixels, name_width, name_left, boxes[i].top(), -1)

    def _value_boxes(self, points, centre, line: float, pixels: float) -> dict[int, QRectF]:
        """Where each value goes (see the class); in a column, a value that would touch the
        one above it moves down. A last value moves with its name, so it keeps the name's
        height (a long name wraps)."""
        metrics = QFontMetricsF(self.owner.font(pixels, True))
        last = len(self.x_of) - 1
        columns: dict[int, list[tuple[int, int]]] = {}
        for number, i, column in points:
            columns.setdefault(column, []).append((number, i))
        boxes: dict[int, QRectF] = {}
        for column, entries in columns.items():
            entries.sort(key=lambda entry: centre[entry[1]].y())
            floor = float("-inf")
            for number, i in entries:
                c = centre[i]
                width = metrics.horizontalAdvance(self.words(self.data.rows[i]))
                height = line
                if self.points and column == 0:
                    box = QRectF(c.x() - line * 0.5 - width, c.y() - line / 2, width, line)
                elif self.points and column == last:
                    box = QRectF(c.x() + line * 0.5, c.y() - line / 2, width, line)
                    name = self.categories[number].label
                    name_height = self.owner.document_for(name, pixels, self.name_width)
                    height = max(line, name_height.size().height())
                else:
                    box = QRectF(c.x() - width / 2, c.y() - line * 1.3, width, line)
                if box.top() < floor:
                    above = box.bottom() < c.y()  # above its point: below it instead
                    box.moveTop(max(floor, c.y() + line * 0.3) if above else floor)
                floor = box.top() + height + pixels * 0.1
                boxes[i] = box
        return boxes

    def line_colour(self, number: int) -> str:
        """A line per item in the items' hues; one line alone in the first series' hue, as on
        the chart card (the light end of a scale's ramp would not read on the wall)."""
        if self.points is None:
            return series_colour(0)
        return category_colour(number, len(self.categories), self.data.ordered_scale)

    def paint_marks(self, painter: QPainter, units: set[int], selected: frozenset[str]) -> None:
        painter.setPen(QPen(QColor(self.owner.theme.grid), 1.5))
        painter.drawLine(self.plot.bottomLeft(), self.plot.bottomRight())
        by_row = {m.row: m for m in self.marks}
        for number, indices in enumerate(self.lines_):
            colour = QColor(self.line_colour(number))
            painter.setPen(QPen(colour, max(2.0, self.owner.height * 0.004)))
            points = [by_row[i].rect.center() for i in indices]
            painter.drawPolyline(QPolygonF(points))
            painter.setBrush(colour)
            for point in points:
                painter.drawEllipse(point, self.pixels * 0.25, self.pixels * 0.25)


def shape(box: QRectF, series_index: int) -> QPainterPath:
    """The dot of a series in the shape of its symbol (● ▲ ■ ◆), so colour is not alone."""
    path = QPainterPath()
    kind = series_index % 4
    c, r = box.center(), box.width() / 2
    if kind == 0:
        path.addEllipse(box)
    elif kind == 1:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), c.y() - r),
                    QPointF(c.x() + r, c.y() + r),
                    QPointF(c.x() - r, c.y() + r),
                ]
            )
        )
        path.closeSubpath()
    elif kind == 2:
        path.addRect(box.adjusted(r * 0.1, r * 0.1, -r * 0.1, -r * 0.1))
    else:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), c.y() - r),
                    QPointF(c.x() + r, c.y()),
                    QPointF(c.x(), c.y() + r),
                    QPointF(c.x() - r, c.y()),
                ]
            )
        )
        path.closeSubpath()
    return path


def slide_chart(data: ChartData, owner) -> SlideChart:
    """The slide drawer for the chart's kind."""
    kind = {
        BAR: SlideBars,
        GROUPED: SlideGroups,
        DOT: SlideGroups,
        STACKED: SlideStacked,
        LINE: SlideLines,
    }
    return kind.get(data.kind, SlideBars)(data, owner)
