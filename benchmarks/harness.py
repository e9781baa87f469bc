"""What every interaction benchmark shares: the window, key events, and a clock that stops on paint.

The benchmarks touch the app only as a user does: widgets found by objectName, key and mouse
events sent with QTest, actions triggered by their shortcuts, and the window's public signals.
``build_window`` is the one place that knows how the main window is constructed.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.launch import (  # noqa: F401 (the harness's API, for every benchmark)
    ROOT,
    isolate_user_folders,
    make_window,
    quiet_offscreen_warning,
)

SCREENS = Path("/work/shared/tools/screens/1920x1080.json")
PAINT_TIMEOUT_S = 5.0


class BenchmarkError(RuntimeError):
    """A benchmark could not measure what it promises (for example: no paint came)."""


# -- the process: benchmarks/launch.py (kept light for the start-up measure) ---------------


def build_window(scratch: Path, lang: str = "nl", checks_path: Path | None = None):
    """``make_window``, shown, its first chapter's charts drawn (the public chartsReady), the
    other chapters' chart pages built (idle work after start-up), and active."""
    app, window = make_window(scratch, lang, checks_path)
    drawn = []
    window.chartsReady.connect(drawn.append)
    window.show()
    wait_until(lambda: drawn, "the first chapter's charts (chartsReady)", timeout_s=30)
    wait_for_chart_pages(app, find(window, "chartPanel"))
    activate(window)
    return app, window


def wait_for_chart_pages(app, panel) -> None:
    """The chart pages built in idle moments after start-up: wait until no new page comes."""
    stable = {"count": -1, "since": 0}

    def settled() -> bool:
        settle(app, 100)
        if panel.count() != stable["count"]:
            stable["count"], stable["since"] = panel.count(), 0
            return False
        stable["since"] += 1
        return stable["since"] >= 5

    wait_until(settled, "the chart pages built after start-up", timeout_s=60)


def activate(window) -> None:
    """The window active, as the one a user is typing in: shortcuts and focus need it."""
    window.activateWindow()
    wait_until(window.isActiveWindow, f"{window.objectName() or 'the window'} to be active")


# -- finding what a user touches --------------------------------------------------------------
def find(parent, name: str, kind=None):
    """The widget called ``name`` under ``parent``; a missing one stops the benchmark."""
    from PySide6.QtWidgets import QWidget

    widget = parent.findChild(kind or QWidget, name)
    if widget is None:
        raise BenchmarkError(f"no widget with objectName {name!r}: has the interface changed?")
    return widget


def top_level(name: str):
    """A shown top-level window (the slide show, the presenter view) by objectName."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    raise BenchmarkError(f"no visible window with objectName {name!r}")


def paint_target(widget):
    """The widget that receives the paint: a scroll area's viewport, else the widget itself."""
    viewport = getattr(widget, "viewport", None)
    return viewport() if callable(viewport) else widget


def visible_chart_plots(panel) -> list:
    """The plot areas of the chart cards (``chart:<id>``) on screen under ``panel``.

    A card just made (a slide's) counts too: its layout shows it in a moment, as it is not
    hidden on purpose. A card scrolled out of view does not: none of it is painted.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGraphicsView, QWidget

    plots = []
    for card in panel.findChildren(QWidget):
        if not card.objectName().startswith("chart:"):
            continue
        parent = card.parentWidget()
        pending = (
            not card.isVisible()
            and not card.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
            and parent is not None
            and parent.isVisible()
        )
        if not pending and (not card.isVisible() or card.visibleRegion().isEmpty()):
            continue
        view = card.findChild(QGraphicsView)
        if view is not None and (pending or not view.visibleRegion().isEmpty()):
            plots.append(view.viewport())
    return plots


def address(widget) -> int:
    """The C++ object's address: one widget may come back as different Python wrappers."""
    import shiboken6

    return shiboken6.getCppPointer(widget)[0]


# -- waiting --------------------------------------------------------------------------------
def settle(app, idle_ms: int = 30) -> None:
    """Let posted work and pending paints finish before the next event is sent (untimed)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(idle_ms, loop.quit)
    loop.exec()
    app.processEvents()


def wait_until(condition: Callable[[], object], what: str, timeout_s: float = 10.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise BenchmarkError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)


# -- the clock ------------------------------------------------------------------------------
QUIET_MS = 150  # no watched widget painted for this long: the screen has settled


@dataclass
class Sample:
    """One interaction, in milliseconds from the event being sent."""

    handled_ms: float  # the event's synchronous handling returned (models, text, layouts)
    frame_ms: float  # the paint pass in which the last expected widget painted was done
    settled_ms: float  # the last paint pass of a watched widget was done (later relayouts)
    passes: int  # paint passes that touched a watched widget
    cpu_ms: float  # the UI thread's CPU time to the end of the frame: blind to I/O waits,
    # and much less sensitive to other programs' load than the wall-clock times above
    watched: tuple[str, ...] = ()  # the groups the clock waited for


class PaintClock:
    """Sends one event and stops the clock when every expected group of widgets has painted.

    An event filter on each expected widget sees the Paint events that arrive after the
    event was sent. A *group* is satisfied by a Paint of any one of its widgets (a change
    inside a panel repaints one of its parts, not always the same one); the clock waits
    for every group. Qt paints a window in one pass (every dirty widget, then the flush to
    the backing store) while it handles one UpdateRequest; the first watched Paint of a
    pass posts a marker that runs when that pass is over, and the marker's time is the
    pass's end. ``frame_ms`` stops at the end of the pass that completed the last group.
    The clock then goes on listening until no watched widget has painted for QUIET_MS:
    ``settled_ms`` is the end of the last pass, so a relayout that repaints the same
    widgets a moment later (the content jumping) is seen rather than hidden.
    """

    def __init__(self, timeout_s: float = PAINT_TIMEOUT_S, quiet_ms: int = QUIET_MS) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.timeout_s = timeout_s
        self.quiet_ms = quiet_ms
        clock = self

        class Filter(QObject):
            def eventFilter(self, watched, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    clock._painted(watched)
                return False

        self.filter = Filter()
        self.quiet = QTimer()
        self.quiet.setSingleShot(True)
        self.quiet.timeout.connect(self._quit)
        self.groups: list[tuple[str, list]] = []
        self.waiting: dict[int, list[int]] = {}
        self.open_groups: set[int] = set()
        self.loop = None
        self.pass_open = False
        self.frame_at = 0.0
        self.last_pass_at = 0.0
        self.frame_cpu = 0.0
        self.passes = 0

    def _quit(self) -> None:
        if self.loop is not None:
            self.loop.quit()

    def _painted(self, widget) -> None:
        for group in self.waiting.get(address(widget), []):
            self.open_groups.discard(group)
        if not self.pass_open:
            from PySide6.QtCore import QTimer

            self.pass_open = True
            QTimer.singleShot(0, self._pass_done)

    def _pass_done(self) -> None:
        now = time.perf_counter()
        self.pass_open = False
        self.passes += 1
        self.last_pass_at = now
        if not self.open_groups and not self.frame_at:
            self.frame_at = now
            self.frame_cpu = time.thread_time()
        if self.frame_at:
            self.quiet.start(self.quiet_ms)

    def measure(
        self,
        send: Callable[[], None],
        expect: Callable[[], Iterable[tuple[str, list]]],
        what: str,
    ) -> Sample:
        """Time ``send()`` to the paint of every group ``expect()`` names after it ran.

        ``expect`` is called right after ``send`` returns (what must repaint can depend on
        what the event did, e.g. whether the chapter changed); the filters are installed
        then, before the event loop runs, which is where Qt paints. The time ``expect`` and
        the filters take is not counted.
        """
        from PySide6.QtCore import QEventLoop, QTimer

        self.frame_at = self.last_pass_at = self.frame_cpu = 0.0
        self.passes = 0
        self.pass_open = False
        cpu_started = time.thread_time()
        started = time.perf_counter()
        send()
        handled = time.perf_counter()
        cpu_handled = time.thread_time()
        groups = [(name, [w for w in widgets if w is not None]) for name, widgets in expect()]
        empty = [name for name, widgets in groups if not widgets]
        if empty:
            raise BenchmarkError(f"{what}: nothing to watch for {', '.join(empty)}")
        self.groups = groups
        self.open_groups = set(range(len(groups)))
        self.waiting = {}
        watched = []
        for number, (_name, widgets) in enumerate(groups):
            for widget in widgets:
                key = address(widget)
                if key not in self.waiting:
                    widget.installEventFilter(self.filter)
                    watched.append(widget)
                self.waiting.setdefault(key, []).append(number)
        # Finding the widgets to watch is the benchmark's work, not the app's: nothing else
        # runs meanwhile (no event is processed), so its time is taken off the clock.
        started += time.perf_counter() - handled
        cpu_started += time.thread_time() - cpu_handled
        self.loop = QEventLoop()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(self._quit)
        deadline.start(int(self.timeout_s * 1000))
        self.loop.exec()
        deadline.stop()
        self.quiet.stop()
        self.loop = None
        for widget in watched:
            widget.removeEventFilter(self.filter)
        if self.open_groups:
            missing = ", ".join(self.groups[g][0] for g in sorted(self.open_groups))
            raise BenchmarkError(
                f"{what}: no paint of {missing} within {self.timeout_s:.0f} s after the event"
            )
        return Sample(
            handled_ms=(handled - started) * 1000,
            frame_ms=(self.frame_at - started) * 1000,
            settled_ms=(self.last_pass_at - started) * 1000,
            passes=self.passes,
            cpu_ms=(self.frame_cpu - cpu_started) * 1000,
            watched=tuple(name for name, _widgets in groups),
        )


# -- reporting ------------------------------------------------------------------------------
def p95(values: list[float]) -> float:
    """The 95th percentile (stdlib, inclusive method)."""
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def summary(samples: list[Sample]) -> dict:
    """Median and p95 of the frame and settled times, and what the handling alone took."""
    frames = [s.frame_ms for s in samples]
    settled = [s.settled_ms for s in samples]
    return {
        "count": len(samples),
        "median_ms": statistics.median(frames),
        "p95_ms": p95(frames) if len(frames) > 1 else frames[0],
        "max_ms": max(frames),
        "settled_median_ms": statistics.median(settled),
        "settled_p95_ms": p95(settled) if len(settled) > 1 else settled[0],
        "handled_median_ms": statistics.median(s.handled_ms for s in samples),
        "cpu_median_ms": statistics.median(s.cpu_ms for s in samples),
        "extra_passes": sum(1 for s in samples if s.passes > 1),
    }
