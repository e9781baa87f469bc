"""One running app per profile: a second launch asks the first to come forward, then exits.

Two apps on one profile would write the same checks database and show screens that differ
from it. The profile's data folder holds a lock file (QLockFile): the first app holds it; a
lock left by an app that crashed names a process that no longer runs and is taken over, so
a crash never blocks the next start. A second launch drops a request file into the folder's
``instance-requests`` folder, which the first app watches (QFileSystemWatcher), and exits.
Files rather than QLocalServer: QtNetwork is left out of the app on purpose (offline by
design, and a smaller bundle), and the lock file is keyed on the data folder itself.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Qt, Signal

log = logging.getLogger(__name__)

LOCK_NAME = "instance.lock"
REQUESTS = "instance-requests"
UNREADABLE_LOCK_SECONDS = 10  # a lock file with no owner in it, older than this, is stale


class SingleInstance(QObject):
    """Held by the running app for its whole life; tells it when another launch was refused."""

    activationRequested = Signal(list)  # the refused launch's command-line arguments

    def __init__(self, lock: QLockFile | None, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self._requests = folder / REQUESTS
        self._watcher: QFileSystemWatcher | None = None
        if lock is None:
            return  # the folder cannot be written: nothing to watch, nothing to lock
        self._requests.mkdir(exist_ok=True)
        for stale in self._requests.iterdir():  # asked of an app that is gone
            with contextlib.suppress(OSError):
                stale.unlink()
        self._watcher = QFileSystemWatcher([str(self._requests)], self)
        self._watcher.directoryChanged.connect(self._read_requests)

    @property
    def holds_lock(self) -> bool:
        return self._lock is not None and self._lock.isLocked()

    def release(self) -> None:
        """Let the next launch run (also done when the process ends, even by a crash)."""
        if self._watcher is not None:
            self._watcher.removePaths(self._watcher.directories())
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()

    def _read_requests(self, _path: str = "") -> None:
        for request in sorted(self._requests.glob("*.json")):
            try:
                arguments = json.loads(request.read_text(encoding="utf-8")).get("arguments", [])
            except (OSError, ValueError, AttributeError):
                arguments = []
            with contextlib.suppress(OSError):
                request.unlink()
            if not isinstance(arguments, list):
                arguments = []
            self.activationRequested.emit([str(a) for a in arguments])


def claim(
    data_folder: Path, arguments: list[str] | None = None, answer_seconds: float = 3.0
) -> SingleInstance | None:
    """This process's hold on the profile, or None when another app runs on it.

    When another app runs, it is asked to come forward (with ``arguments``) and None is
    returned: the caller exits. ``answer_seconds`` is how long to wait for the request to be
    picked up before saying in the log that the running app did not answer.
    """
    folder = Path(data_folder)
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age alone
    if lock.tryLock(0):
        return SingleInstance(lock, folder)
    if lock.error() != QLockFile.LockError.LockFailedError:
        # The folder cannot hold a lock (read-only, say): run, as the checks then are too.
        log.warning("No single-instance lock in %s (%s)", folder, lock.error())
        return SingleInstance(None, folder)
    owner = _owner(lock)
    if owner is None and _older_than(folder / LOCK_NAME, UNREADABLE_LOCK_SECONDS):
        # Written halfway by an app that died at that moment: nobody owns it.
        lock.removeStaleLockFile()
        if lock.tryLock(0):
            return SingleInstance(lock, folder)
    _allow_to_come_forward(owner)
    if _ask_to_come_forward(folder, arguments or [], answer_seconds):
        log.info("Already running (process %s): asked it to come forward", owner)
    else:
        log.warning("Already running (process %s), but it did not answer", owner)
    return None


def bring_forward(window) -> None:
    """Show a window in front, restored if it was minimised."""
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


def _owner(lock: QLockFile) -> int | None:
    info = lock.getLockInfo()
    if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0:
        return info[0]
    return None


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


def _ask_to_come_forward(folder: Path, arguments: list[str], wait: float) -> bool:
    """Drop a request for the running app; True once it has picked it up."""
    requests = folder / REQUESTS
    name = f"{os.getpid()}-{uuid.uuid4().hex}"
    request = requests / f"{name}.json"
    try:
        requests.mkdir(exist_ok=True)
        partial = requests / f"{name}.partial"
        partial.write_text(json.dumps({"arguments": arguments}), encoding="utf-8")
        os.replace(partial, request)  # whole or not at all: the watcher never reads half
    except OSError as error:
        log.warning("Could not ask the running app to come forward: %s", error)
        return False
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(0.05)
    return False


def _allow_to_come_forward(pid: int | None) -> None:
    """Windows lets only the foreground process raise another's window: permit it."""
    if sys.platform != "win32" or pid is None:
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.windll.user32.AllowSetForegroundWindow(pid)
