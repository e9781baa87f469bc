"""Packs are read in a worker thread: a progress dialog, Cancel, and a window that keeps working."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from desktop_app.content import load_content
from desktop_app.ui import pack_loading


def slow_loader(monkeypatch):
    """load_content that waits, at its first file, until the test opens the gate."""
    gate = threading.Event()
    started = threading.Event()

    def load(location, progress=None):
        def held(done, expected, relative):
            started.set()
            while not gate.wait(0.01):
                progress(done, expected, relative)  # raises once Cancel was pressed
            progress(done, expected, relative)

        return load_content(location, held)

    monkeypatch.setattr(pack_loading, "load_content", load)
    return gate, started


def test_a_pack_opened_from_the_menu_is_read_while_the_window_keeps_working(
    window, pack_copy, monkeypatch, qtbot
):
    gate, started = slow_loader(monkeypatch)
    before = window.pack
    monkeypatch.setattr("desktop_app.ui.pack_dialog.choose_pack", lambda parent: pack_copy)
    window.window_actions.open_action.trigger()
    qtbot.waitUntil(started.is_set)
    ticks = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop runs while the pack is read
    dialog = window.opener.dialog
    qtbot.waitUntil(dialog.isVisible)  # shown once the read takes a moment
    assert window.pack is before  # still the old pack on screen, in use
    window.report.navigator.select("obstacles")
    gate.set()
    qtbot.waitUntil(lambda: window.pack is not before)
    assert window.pack.location == pack_copy
    assert window.opener.current is None
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    timer.stop()


def test_cancel_keeps_the_current_pack_and_says_nothing(window, pack_copy, monkeypatch, qtbot):
    gate, started = slow_loader(monkeypatch)
    dialogs = []
    monkeypatch.setattr(pack_loading, "show_pack_problems", lambda *a, **k: dialogs.append(a))
    before = window.pack
    cancelled = []
    load = window.opener.open(
        pack_copy, lambda c: None, dialogs.append, lambda: cancelled.append(1)
    )
    qtbot.waitUntil(started.is_set)
    window.opener.dialog.findChild(QPushButton).click()  # Cancel
    qtbot.waitUntil(lambda: load.finished)
    assert cancelled == [1] and dialogs == []
    assert window.pack is before


def test_a_broken_pack_read_in_the_background_is_listed_and_the_pack_stays(
    window, pack_copy, monkeypatch, qtbot
):
    shown = []
    monkeypatch.setattr(pack_loading, "show_pack_problems", lambda *a, **k: shown.append(a))
    monkeypatch.setattr("desktop_app.ui.pack_dialog.choose_pack", lambda parent: pack_copy)
    (pack_copy / "charts.toml").write_text("[[chart]\n", encoding="utf-8")
    before = window.pack
    window.open_pack_dialog()
    qtbot.waitUntil(lambda: bool(shown))
    parent, location, problems = shown[0]
    assert parent is window and location == str(pack_copy)
    assert [p.message.split(":")[0] for p in problems] == ["not valid TOML"]
    assert window.pack is before


def test_progress_counts_the_files_of_the_pack(pack_copy):
    seen = []
    load_content(
        pack_copy, lambda done, expected, relative: seen.append((done, expected, relative))
    )
    files = [relative for _, _, relative in seen if relative]
    assert files[:3] == ["manifest.toml", "figures.csv", "charts.toml"]
    assert files[-1] == "readiness.toml"
    assert seen[-1][1] == len(files)  # 3 + 7 chapters x 2 languages + readiness
