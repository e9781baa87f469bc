"""The presenter view: current and next slide, notes, timer and clock, and every slide."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...presentation.stopwatch import Stopwatch
from ..safe_text import SafeTextDocument
from .show import SlideShowController
from .slide_view import SlideView


class PresenterView(QWidget):
    def __init__(self, controller: SlideShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterView")
        self.controller = controller
        self.stopwatch = Stopwatch()
        self.notes_points = 18.0
        self.current = SlideView(self, readiness=controller.readiness)
        self.current.setObjectName("currentSlide")
        self.next = SlideView(self, readiness=controller.readiness)
        self.next.setObjectName("nextSlide")
        self.next_label = QLabel(self)
        self.slide_number = QLabel(self)
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("presenterNotes")
        self.notes.setDocument(SafeTextDocument(self.notes))
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("elapsed")
        self.clock = QLabel(self)
        self.clock.setObjectName("clock")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2)
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
        self.strip = QListWidget(self)
        self.strip.setObjectName("slideStrip")
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setFixedHeight(64)
        for number, slide in enumerate(controller.slides, start=1):
            self.strip.addItem(f"{number}. {slide.title[:40]}")
        self.strip.itemClicked.connect(lambda _item: controller.go(self.strip.currentRow()))

        timer_row = QHBoxLayout()
        for widget in (self.elapsed, self.pause_button, self.reset_button):
            timer_row.addWidget(widget)
        timer_row.addStretch(1)
        timer_row.addWidget(self.clock)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.slide_number, 1)
        for widget in (self.smaller_button, self.larger_button, self.swap_button, self.end_button):
            notes_row.addWidget(widget)
        side = QVBoxLayout()
        side.addWidget(self.next_label)
        side.addWidget(self.next, 2)
        side.addLayout(notes_row)
        side.addWidget(self.notes, 3)
        grid = QGridLayout(self)
        grid.addLayout(timer_row, 0, 0, 1, 2)
        grid.addWidget(self.current, 1, 0)
        grid.addLayout(side, 1, 1)
        grid.addWidget(self.strip, 2, 0, 1, 2)
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

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presenter view"))
        self.next_label.setText(self.tr("Next slide"))
        self.pause_button.setText(self.tr("Resume") if self.stopwatch.paused else self.tr("Pause"))
        self.reset_button.setText(self.tr("Reset"))
        self.swap_button.setText(self.tr("Swap screens (X)"))
        self.end_button.setText(self.tr("End (Esc)"))
        self.smaller_button.setToolTip(self.tr("Smaller notes"))
        self.larger_button.setToolTip(self.tr("Larger notes"))

    def refresh(self) -> None:
        controller = self.controller
        if self.current.slide is not controller.current:
            self.current.show_slide(controller.pack, controller.current, controller.lang)
        following = controller.following
        self.next.setVisible(following is not None)
        if following is not None and self.next.slide is not following:
            self.next.show_slide(controller.pack, following, controller.lang)
        index = controller.state.index
        self.slide_number.setText(
            self.tr("Slide {n} of {total}").format(n=index + 1, total=len(controller.slides))
            + (f" · {controller.state.screen}" if controller.state.screen != "normal" else "")
        )
        notes = controller.current.notes
        self.notes.setMarkdown("\n\n".join(notes) if notes else self.tr("No notes for this slide."))
        blocked = self.strip.blockSignals(True)
        self.strip.setCurrentRow(index)
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
