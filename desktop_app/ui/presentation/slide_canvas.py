"""A slide on screen: painted, never made of widgets, so no control can reach the wall.

The audience window paints the slide at its own size; the presenter view paints the same
layout scaled into smaller boxes, so the preview breaks lines where the wall does.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from .slide_render import SlideLayout


class SlideCanvas(QWidget):
    """Shows one laid-out slide at a build step; a click on a bar says which."""

    barClicked = Signal(int)  # the chart row clicked
    painted = Signal()  # a frame of this canvas is on screen (benchmarks and tests wait on it)

    def __init__(
        self, parent: QWidget | None = None, letterbox: str = "", top: bool = False
    ) -> None:
        super().__init__(parent)
        self.top = top  # previews sit at the top of their box; the wall centres the slide
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layout_: SlideLayout | None = None
        self.step: int | None = None
        self.selected: frozenset[str] = frozenset()
        self.zoom = 1.0
        self.letterbox = QColor(letterbox) if letterbox else None  # None: the window's colour

    def show_layout(
        self, layout: SlideLayout | None, step: int | None, selected: frozenset[str] = frozenset()
    ) -> None:
        if layout is self.layout_ and step == self.step and selected == self.selected:
            return
        self.layout_, self.step, self.selected = layout, step, selected
        self.update()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(1.0, min(2.5, zoom))
        self.update()

    def _frame(self) -> tuple[float, QPointF]:
        """The scale and offset that fit the slide into this widget, centred."""
        layout = self.layout_
        scale = min(self.width() / layout.width, self.height() / layout.height)
        spare = self.height() - layout.height * scale
        offset = QPointF((self.width() - layout.width * scale) / 2, 0 if self.top else spare / 2)
        return scale, offset

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.letterbox or self.palette().window().color())
        if self.layout_ is not None:
            scale, offset = self._frame()
            painter.translate(offset)
            painter.scale(scale, scale)
            painter.setClipRect(QRectF(0, 0, self.layout_.width, self.layout_.height))
            if self.zoom != 1.0 and self.layout_.chart_layout is not None:
                centre = self.layout_.chart_layout.area.center()
                painter.translate(centre)
                painter.scale(self.zoom, self.zoom)
                painter.translate(-centre)
            self.layout_.paint(painter, self.step, self.selected)
        painter.end()
        self.painted.emit()

    def slide_point(self, point: QPointF) -> QPointF:
        """A point of this widget in the slide's own coordinates."""
        scale, offset = self._frame()
        inside = (point - offset) / scale
        if self.zoom != 1.0 and self.layout_.chart_layout is not None:
            centre = self.layout_.chart_layout.area.center()
            inside = (inside - centre) / self.zoom + centre
        return inside

    def bar_position(self, index: int) -> QPointF:
        """Where bar ``index`` is on this widget (the middle of the bar), for clicks."""
        scale, offset = self._frame()
        centre = self.layout_.chart_layout.row_centre(index)
        return QPointF(centre.x() * scale, centre.y() * scale) + offset

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.layout_ is not None and event.button() == Qt.MouseButton.LeftButton:
            index = self.layout_.bar_at(self.slide_point(event.position()))
            if index >= 0:
                self.barClicked.emit(index)
                return
        super().mousePressEvent(event)
