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
PACKS = Path(__file__).resolve().parent / "packs"
MINI = PACKS / "mini"  # a small synthetic pack whose numbers are easy to work out by hand


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
    from PySide6.QtCore import QLocale

    from desktop_app.ui.i18n import Translations

    Translations.set_language("en")
    QLocale.setDefault(QLocale("en"))
    yield
    Translations.set_language("en")
    QLocale.setDefault(QLocale("en"))


@pytest.fixture
def settings(tmp_path):
    """AppSettings backed by an ini file in the test's own folder."""
    from PySide6.QtCore import QSettings

    from desktop_app.ui.settings import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session")
def content():
    """The bundled pack: its report and its readiness check."""
    from desktop_app.content import load_content

    return load_content(BUNDLED)


@pytest.fixture(scope="session")
def pack(content):
    return content.report


@pytest.fixture(scope="session")
def mini():
    """The small synthetic pack (tests/packs/mini): report and readiness check."""
    from desktop_app.content import load_content

    return load_content(MINI)


@pytest.fixture
def pack_copy(tmp_path) -> Path:
    """A writable copy of the bundled pack, for breaking on purpose."""
    target = tmp_path / "pack"
    shutil.copytree(BUNDLED, target)
    return target


@pytest.fixture
def make_window(qtbot, content, settings, tmp_path):
    """Builds the real main window; every window it made is deleted after the test.

    ``make_window(lang="en", content=..., chapter_id=..., settings=..., charts=True)``;
    with ``charts`` the call returns once the window is shown and its charts are drawn.
    """
    from desktop_app.ui.main_window import MainWindow

    made = []

    def build(lang="nl", content=content, settings=settings, chapter_id=None, charts=True):
        window = MainWindow(
            content,
            settings,
            lang=lang,
            chapter_id=chapter_id,
            checks_path=tmp_path / "checks.sqlite",
        )
        qtbot.addWidget(window)
        made.append(window)
        if settings.geometry is None:  # a remembered size is the window's own
            window.resize(1600, 1000)
        if charts:
            with qtbot.waitSignal(window.chartsReady, timeout=10_000):
                window.show()
        return window

    yield build
    for window in made:
        discard(window)


@pytest.fixture
def window(make_window):
    """The real main window with the bundled pack, in Dutch, charts drawn."""
    return make_window()


def discard(widget) -> None:
    """Delete a window after its test: closed windows would pile up and slow every later test."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    if not shiboken6.isValid(widget):  # deleted already, with the windows before it
        return
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
