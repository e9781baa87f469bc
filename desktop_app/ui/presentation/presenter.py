"""The presenter view: the slide as the wall shows it, what comes next, notes, timer, clock.

Made for a laptop screen (1366×768, also at 125–150% scaling): the current slide and the
next step are the audience's own layouts scaled down, so the presenter sees the real line
breaks and the real next build step.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...presentation.stopwatch import Stopwatch
from ..safe_text import SafeTextDocument
from ..theme import themes
from .show import SlideShowController
from .slide_canvas import SlideCanvas

DEFAULT_NOTES_POINTS = 15.0


class PresenterView(QWidget):
    def __init__(self, controller: SlideShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterView")
        themes().style(self)
        self.controller = controller
        self.stopwatch = Stopwatch()
        self.notes_points = DEFAULT_NOTES_POINTS
        self.current = SlideCanvas(self, top=True)
        self.current.setObjectName("currentSlide")
        self.current.barClicked.connect(controller.toggle_bar)
        self.next = SlideCanvas(self, top=True)
        self.next.setObjectName("nextSlide")
        self.next_label = QLabel(self)
        self.slide_number = QLabel(self)
        self.slide_number.setObjectName("slideNumber")
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("presenterNotes")
        self.notes.setDocument(SafeTextDocument(self.notes))
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("elapsed")
        self.clock = QLabel(self)
        self.clock.setObjectName("clock")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.elapsed.setFont(big)
        self.clock.setFont(big)
        self.pause_button = QPushButton(self)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset_timer)
        self.smaller_button = QPushButton("A−", self)
        self.smaller_button.clicked.connect(lambda: self.set_notes_size(self.notes_points - 2))
        self.larger_button = QPushButton("A+", self)
        self.larger_button.clicked.connect(lambda: self.set_notes_size(self.notes_points + 2))
        self.swap_button = QPushButton(self)
        self.swap_button.clicked.connect(controller.swapRequested)
        self.end_button = QPushButton(self)
        self.end_button.clicked.connect(controller.finished)
        for button in (
            self.pause_button,
            self.reset_button,
            self.smaller_button,
            self.larger_button,
            self.swap_button,
            self.end_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the show
        self.strip = QListWidget(self)
        self.strip.setObjectName("slideStrip")
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.strip.setFixedHeight(self.fontMetrics().height() * 2 + 12)
        self._fill_strip()
        self.strip.itemClicked.connect(lambda _item: controller.go(self.strip.currentRow()))

        top = QHBoxLayout()
        for widget in (self.elapsed, self.pause_button, self.reset_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.slide_number)
        top.addStretch(1)
        top.addWidget(self.clock)
        notes_row = QHBoxLayout()
        notes_title = QLabel(self)
        self.notes_title = notes_title
        notes_row.addWidget(notes_title, 1)
        notes_row.addWidget(self.smaller_button)
        notes_row.addWidget(self.larger_button)
        side = QVBoxLayout()
        side.addWidget(self.next_label)
        side.addWidget(self.next, 2)
        side.addLayout(notes_row)
        side.addWidget(self.notes, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.strip, 1)
        bottom.addWidget(self.swap_button)
        bottom.addWidget(self.end_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.current, 1, 0)
        grid.addLayout(side, 1, 1)
        grid.addLayout(bottom, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)

        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start(1000)
        controller.changed.connect(self.refresh)
        self.retranslate()
        self.set_notes_size(self.notes_points)
        self.refresh()
        self.tick()

    def _fill_strip(self) -> None:
        """One item per slide, its title cut at the item's edge with an ellipsis (the whole
        title in its tooltip), so the strip shows several slides at a glance."""
        self.strip.clear()
        metrics = self.strip.fontMetrics()
        size = QSize(metrics.averageCharWidth() * 30, metrics.height() + 8)
        for number, slide in enumerate(self.controller.slides, start=1):
            item = QListWidgetItem(f"{number}. {slide.title}")
            item.setToolTip(slide.title)
            item.setSizeHint(size)
            self.strip.addItem(item)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presenter view"))
        self.next_label.setText(self.tr("Next"))
        self.notes_title.setText(self.tr("Speaker notes"))
        self.pause_button.setText(self.tr("Resume") if self.stopwatch.paused else self.tr("Pause"))
        self.reset_button.setText(self.tr("Reset"))
        self.swap_button.setText(self.tr("Swap screens (X)"))
        self.end_button.setText(self.tr("End (Esc)"))
        self.smaller_button.setToolTip(self.tr("Smaller notes"))
        self.larger_button.setToolTip(self.tr("Larger notes"))

    def refresh(self) -> None:
        controller, state = self.controller, self.controller.state
        if self.strip.count() != len(controller.slides):  # the deck was laid out again
            self._fill_strip()
        slide = controller.current
        self.current.show_layout(controller.layout(), state.drawn_step(), controller.selection())
        # Next: the next build step of this slide, else the next slide as it first appears.
        if not state.complete:
            self.next.show_layout(controller.layout(), state.step + 1, controller.selection())
            self.next.show()
        elif controller.following is not None:
            index = state.index + 1
            self.next.show_layout(
                controller.layout(index), state.drawn_step(index), controller.selection(index)
            )
            self.next.show()
        else:
            self.next.show_layout(None, None)
        text = self.tr("Slide {n} of {total}").format(
            n=state.index + 1, total=len(controller.slides)
        )
        if slide.build_steps:
            text += " · " + self.tr("build {step} of {steps}").format(
                step=state.step, steps=slide.build_steps
            )
        if state.screen != "normal":
            text += " · " + (
                self.tr("black screen") if state.screen == "black" else self.tr("white screen")
            )
        self.slide_number.setText(text)
        notes = slide.notes
        self.notes.setMarkdown("\n\n".join(notes) if notes else self.tr("No notes for this slide."))
        blocked = self.strip.blockSignals(True)
        self.strip.setCurrentRow(state.index)
        self.strip.blockSignals(blocked)

    def set_notes_size(self, points: float) -> None:
        self.notes_points = max(10.0, min(40.0, points))
        font = QFont(self.notes.font())
        font.setPointSizeF(self.notes_points)
        self.notes.document().setDefaultFont(font)

    def tick(self) -> None:
        self.elapsed.setText(self.stopwatch.text())
        self.clock.setText(
            QLocale().toString(QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat)
        )

    def toggle_pause(self) -> None:
        self.stopwatch.toggle_pause()
        self.retranslate()
        self.tick()

    def reset_timer(self) -> None:
        self.stopwatch.reset()
        self.tick()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.controller.handle_key(event):
            super().keyPressEvent(event)
