"""Loading a report pack off the UI thread, with a progress dialog and Cancel.

A pack mailed by a colleague may be large or hostile; read on the UI thread it would
freeze the window in front of the client. ``PackLoad`` reads it with the Qt-free
``load_content`` in a worker thread and reports back through queued signals;
``PackOpener`` shows the progress and offers Cancel while the current pack stays on screen.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..content import Content, load_content
from ..core.problems import PackError, Problem
from ..core.validation import LoadCancelled
from .messages import show_pack_problems

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# Python code in a pool thread gets the pool's stack: give it as much as the main thread.
WORKER_STACK_BYTES = 16 * 1024 * 1024
SHOW_PROGRESS_AFTER_MS = 300  # a quick load never flashes a dialog


def _pool() -> QThreadPool:
    pool = getattr(_pool, "instance", None)
    if pool is None:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)  # one pack at a time; a new load cancels the old one
        pool.setStackSize(WORKER_STACK_BYTES)
        _pool.instance = pool
    return pool


class _Worker(QRunnable):
    def __init__(self, load: PackLoad) -> None:
        super().__init__()
        self.load = load
        self.setAutoDelete(True)

    def run(self) -> None:
        self.load._run()


class PackLoad(QObject):
    """One pack being read in a worker thread; ends in loaded, refused or cancelled."""

    progressed = Signal(int, int, str)  # files read, files expected, the file being read
    loaded = Signal(object)  # the Content
    refused = Signal(list)  # the problems, as --check lists them
    cancelled = Signal()

    def __init__(self, location: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = Path(location)
        self._cancel = threading.Event()
        self.finished = False

    def start(self) -> None:
        _pool().start(_Worker(self))

    def cancel(self) -> None:
        """Stop at the next file; the load then ends with ``cancelled``."""
        self._cancel.set()

    def _progress(self, done: int, expected: int, relative: str) -> None:
        if self._cancel.is_set():
            raise LoadCancelled()
        if not self._emit(self.progressed, done, expected, relative):
            raise LoadCancelled()  # the window that asked is gone

    def _emit(self, signal, *args) -> bool:
        """Tell the UI thread; False when the object that would hear it has been deleted."""
        try:
            signal.emit(*args)
        except RuntimeError:
            return False
        return True

    def _run(self) -> None:  # in the worker thread
        try:
            content = load_content(self.location, self._progress)
        except LoadCancelled:
            self._emit(self.cancelled)
        except PackError as error:
            self._emit(self.refused, error.problems)
        except Exception as error:  # never a crash of the worker: one plain problem
            log.exception("Loading %s failed", self.location)
            problem = Problem(str(self.location), 1, f"the pack could not be read: {error}")
            self._emit(self.refused, [problem])
        else:
            self._emit(self.loaded, content)


class PackOpener(QObject):
    """Opens packs for a window: progress after a moment, Cancel, the outcome to callbacks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.current: PackLoad | None = None
        self.dialog: QProgressDialog | None = None

    def open(
        self,
        location: Path,
        on_loaded: Callable[[Content], None],
        on_refused: Callable[[list[Problem]], None],
        on_cancelled: Callable[[], None] = lambda: None,
    ) -> PackLoad:
        """Start reading ``location``; exactly one of the callbacks is called, later."""
        if self.current is not None:
            self.current.cancel()  # the user chose another pack meanwhile
        load = PackLoad(location, self)
        self.current = load
        dialog = self._progress_dialog(location)
        dialog.canceled.connect(load.cancel)

        def progressed(done: int, expected: int, relative: str) -> None:
            dialog.setMaximum(max(expected, 1))
            dialog.setValue(min(done, expected))
            if relative:
                dialog.setLabelText(
                    translate("PackLoading", "Reading {file} of the report pack {pack}…").format(
                        file=relative, pack=location.name
                    )
                )

        def finish(callback: Callable[..., None], *result) -> None:
            load.finished = True
            dialog.canceled.disconnect(load.cancel)
            dialog.reset()
            dialog.hide()  # reset() alone keeps a dialog that was already shown on screen
            dialog.deleteLater()
            if self.current is load:
                self.current, self.dialog = None, None
            callback(*result)

        load.progressed.connect(progressed)
        load.loaded.connect(lambda content: finish(on_loaded, content))
        load.refused.connect(lambda problems: finish(on_refused, problems))
        load.cancelled.connect(lambda: finish(on_cancelled))
        load.start()
        return load

    def _progress_dialog(self, location: Path) -> QProgressDialog:
        dialog = QProgressDialog(self.parent_widget)
        dialog.setObjectName("packProgressDialog")
        dialog.setWindowTitle(translate("PackLoading", "Opening report pack"))
        dialog.setLabelText(
            translate("PackLoading", "Reading the report pack {pack}…").format(pack=location.name)
        )
        dialog.setCancelButtonText(translate("PackLoading", "Cancel"))
        dialog.setRange(0, 0)
        # Not modal: the report on screen stays in use while the new one is read.
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.dialog = dialog
        return dialog


class WindowPackOpener(PackOpener):
    """The main window's packs: opened now or in the background; a refused one is listed
    problem by problem and the pack on screen stays."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def open_now(self, location: Path) -> bool:
        """Read ``location`` on this thread (the bundled pack, tests); True when shown."""
        try:
            content = load_content(location)
        except PackError as error:
            self.refused(location, error.problems)
            return False
        self.loaded(content)
        return True

    def choose_and_open(self) -> None:
        from .pack_dialog import choose_pack

        location = choose_pack(self.window)
        if location is not None:
            self.open(location, self.loaded, lambda problems: self.refused(location, problems))

    def loaded(self, content: Content) -> None:
        self.window.set_pack(content, self.window.settings.last_chapter(content.report.id))

    def refused(self, location: Path, problems: list[Problem]) -> None:
        log.warning("Pack %s not loaded:\n%s", location, "\n".join(map(str, problems)))
        show_pack_problems(self.window, str(location), problems)


def load_with_progress(location: Path) -> tuple[Content | None, list[Problem]]:
    """At start-up, before any window: read ``location`` with a progress dialog.

    Returns the content, or None and the problems (none when the user cancelled).
    """
    opener = PackOpener(None)
    outcome: list = []
    loop = QEventLoop()

    def done(content, problems) -> None:
        outcome.extend([content, problems])
        loop.quit()

    opener.open(
        location,
        lambda content: done(content, []),
        lambda problems: done(None, problems),
        lambda: done(None, []),
    )
    if not outcome:
        loop.exec()
    opener.deleteLater()
    return outcome[0], outcome[1]
