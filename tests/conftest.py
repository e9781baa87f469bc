"""Test set-up: offscreen Qt, no network, and never the user's real settings or files."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from pathlib import Path

import pytest

# Before Qt is imported: offscreen, and every user folder inside a throwaway home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="desktop-app-tests-home-"))
for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_HOME / variable.lower())

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "ai-op-de-werkvloer"


class NetworkUsed(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed(f"the app tried to use the network: {args!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any socket connection or name lookup fails the test that made it."""
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The .qm catalogues, compiled from the .ts sources when missing or older (as make does)."""
    import subprocess
    import sys

    for source in (ROOT / "resources" / "translations").glob("*.ts"):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            lrelease = Path(sys.executable).with_name("pyside6-lrelease")
            subprocess.run(
                [str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True
            )


@pytest.fixture(scope="session", autouse=True)
def qt_test_paths():
    """QStandardPaths test mode: user folders resolve to Qt's test locations in our home."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        # A QMimeData made in Python and left on the clipboard crashes the interpreter's
        # exit (the app itself deletes its QApplication first; see ui.app.shut_down).
        QGuiApplication.clipboard().clear()
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def english_interface(qapp):
    """Every test starts with the interface in its source language, English."""
    from desktop_app.ui.i18n import Translations

    Translations.set_language("en")
    yield
    Translations.set_language("en")


@pytest.fixture
def settings(tmp_path):
    """AppSettings backed by an ini file in the test's own folder."""
    from PySide6.QtCore import QSettings

    from desktop_app.ui.settings import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session")
def pack():
    from desktop_app.core.loader import load_pack

    return load_pack(BUNDLED)


@pytest.fixture
def pack_copy(tmp_path) -> Path:
    """A writable copy of the bundled pack, for breaking on purpose."""
    target = tmp_path / "pack"
    shutil.copytree(BUNDLED, target)
    return target


@pytest.fixture
def window(qtbot, pack, settings):
    """The real main window with the bundled pack, charts drawn."""
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(pack, settings, lang="nl")
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    with qtbot.waitSignal(win.chartsReady, timeout=10_000):
        win.show()
    yield win
    discard(win)


def discard(widget) -> None:
    """Delete a window after its test: closed windows would pile up and slow every later test."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
