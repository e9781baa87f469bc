"""The drawing area of a chart card: one pyqtgraph view for every chart kind.

``ChartPlot`` owns what all kinds share (the rows, the selection, the keyboard and mouse,
the 95% intervals, the theme); a drawer per kind (``chart_kinds``) places the marks and
words. Vertical positions are pixels, so wrapped labels of any length get the room they
need; the plot is as tall as its content and relays itself out when its width changes.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFrame, QToolTip, QWidget

from ..core.chart_data import ChartData
from .chart_kinds import drawer_for
from .formatting import row_details
from .safe_text import plain_tooltip
from .theme import current, themes

pg.setConfigOptions(antialias=True, foreground=current().text, background=current().card)

DEFAULT_WIDTH = 420  # before the plot has been given its width by a layout


class ChartPlot(pg.PlotWidget):
    """Any chart kind, one mark per row; hover, click and keys select rows."""

    selectionChanged = Signal(object)  # the current ChartRow or None
    heightChanged = Signal(int)  # laid out again for a new width or new data

    def __init__(self, parent: QWidget | None = None, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.scale = scale  # bigger type and marks on a projector
        self.data: ChartData | None = None
        self.selected: set[str] = set()
        self.current = -1
        self.show_intervals = False
        self.drawer = None
        self.laid_out_width = -1.0
        self.stale = False  # new data or colours came while hidden: redraw when shown
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.hideAxis("left")
        plot.invertY(True)
        view = plot.getViewBox()
        view.setMouseEnabled(False, False)
        view.setDefaultPadding(0)
        view.sigResized.connect(self._fit_range)
        self._style_axes()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)
        self.bars = None  # the item that draws the marks (bars, dots or points)
        self.labels: list[pg.TextItem] = []  # the item or category labels
        self.value_labels: list[pg.TextItem] = []  # one per row, in row order
        self.errors: pg.ErrorBarItem | None = None
        themes().changed.connect(self.apply_theme)

    def _style_axes(self) -> None:
        colours = current()
        bottom = self.getPlotItem().getAxis("bottom")
        bottom.setPen(pg.mkPen(colours.grid))
        bottom.setTextPen(pg.mkPen(colours.muted))
        self.setBackground(colours.card)

    def apply_theme(self, _theme=None) -> None:
        """New theme colours: background, axis and every text item; the marks keep their hues."""
        self._style_axes()
        if self.data is not None:
            self._redraw()

    def _redraw(self) -> None:
        """Lay the chart out again now if it is on screen (or was never drawn), else when next
        shown or exported: a theme or language switch then redraws only what is on screen,
        not every chapter's charts (that took ~250 ms of a switch)."""
        if self.drawer is None or self.isVisible():
            self._rebuild()
        else:
            self.stale = True

    def bring_up_to_date(self) -> None:
        """Draw what came while the chart was hidden (new data or a new theme) now."""
        if self.stale and self.data is not None:
            self._rebuild()

    def showEvent(self, event) -> None:  # noqa: N802
        self.bring_up_to_date()
        super().showEvent(event)

    # -- drawing -----------------------------------------------------------------------
    def set_data(self, data: ChartData) -> None:
        """Show ``data``; the same shape of chart is updated in place, which is much faster."""
        if data == self.data:
            return
        previous = self.data
        self.selected &= {r.key for r in data.rows}
        self.data = data
        self.current = min(self.current, len(data.rows) - 1)
        if (
            previous is not None
            and self.drawer is not None
            and not self.stale
            and previous.kind == data.kind
            and self.drawer.update_in_place(previous)
        ):
            return
        self._redraw()

    def view_width(self) -> float:
        """The drawing room in pixels: the view's width once a layout has sized the plot."""
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return float(DEFAULT_WIDTH)
        plot = self.getPlotItem()
        plot.layout.activate()
        width = plot.getViewBox().width()
        return float(width if width > 1 else self.width())

    def _rebuild(self) -> None:
        self.stale = False
        plot = self.getPlotItem()
        plot.clear()
        self.bars, self.errors = None, None
        self.labels, self.value_labels = [], []
        self.drawer = drawer_for(self.data.kind)(self)
        width = self.view_width()
        self.laid_out_width = width
        height = self.drawer.layout(width)
        plot.showGrid(x=self.drawer.horizontal, y=False, alpha=0.25)
        # The axis draws the grid; pyqtgraph puts it above the plotted items (z 0.5), so
        # its lines ran through the bars. Behind them it reads as a scale, not a stripe.
        plot.getAxis("bottom").setZValue(-1)
        plot.showAxis("bottom", self.drawer.horizontal)
        axis = self.drawer.axis_pixels() if self.drawer.horizontal else 0
        self.setFixedHeight(int(height + axis))
        # A resize inside a resize event, or before the plot is shown, comes without an
        # event: give the scene the widget's new size now.
        pg.GraphicsView.resizeEvent(self, None)
        self._fit_range()
        self.heightChanged.emit(self.height())

    def _fit_range(self) -> None:
        """One vertical unit is one pixel; horizontally the drawer's range."""
        if self.drawer is None:
            return
        view = self.getPlotItem().getViewBox()
        x0, x1 = self.drawer.x_range
        view.setRange(xRange=(x0, x1), yRange=(0, max(1.0, view.height())), padding=0, update=True)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event is None or getattr(self, "drawer", None) is None:
            return  # pyqtgraph's own call while the widget is being made
        if event.size().width() != event.oldSize().width():
            width = self.view_width()
            if abs(width - self.laid_out_width) >= 1:
                self._redraw()

    def _restyle(self) -> None:
        if self.drawer is not None:
            self.drawer.restyle()

    def set_intervals_visible(self, visible: bool) -> None:
        self.show_intervals = visible
        if self.drawer is not None:
            self.drawer.show_intervals(visible)

    def drawn_values(self) -> list[float]:
        """The value each row's mark stands for, read back from what is drawn."""
        self.bring_up_to_date()
        return self.drawer.drawn_values() if self.drawer is not None else []

    # -- interaction -------------------------------------------------------------------
    def row_at(self, scene_pos: QPointF) -> int:
        """Index of the row under a scene position, or -1."""
        if self.data is None or self.drawer is None:
            return -1
        self.bring_up_to_date()
        point = self.getPlotItem().getViewBox().mapSceneToView(scene_pos)
        return self.drawer.row_at(point)

    def scene_pos_of(self, index: int) -> QPointF:
        """Scene position of the middle of a mark (for tests and keyboard tooltips)."""
        self.bring_up_to_date()
        return self.getPlotItem().getViewBox().mapViewToScene(self.drawer.mark_centre(index))

    def _hover(self, scene_pos: QPointF) -> None:
        index = self.row_at(scene_pos)
        if index < 0:
            QToolTip.hideText()
            self.viewport().unsetCursor()
            return
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), plain_tooltip(self.details(index)), self)

    def details(self, index: int) -> str:
        """A row in words: what hovering it shows (the full label, even where it is elided)."""
        from .chart_words import change_details

        row = self.data.rows[index]
        text = row_details(row)
        change = self.data.change_of(row.category_key)
        if change is not None:
            text += "\n" + change_details(change, self.data)
        return text

    def _click(self, event) -> None:
        if event.double():
            return
        index = self.row_at(event.scenePos())
        if index >= 0:
            self.current = index
            self.toggle(index)

    def toggle(self, index: int) -> None:
        """Highlight a mark, or take the highlight off again."""
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
        return QSize(DEFAULT_WIDTH, self.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Labels wrap to any width: the plot never makes its card wider than the panel.
        return QSize(160, self.height())


BarPlot = ChartPlot  # the name the chart's drawing area had when bars were its only kind
