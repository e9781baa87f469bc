"""Start-up, chart drawing and memory: this app against a bare PySide6 window.

Each measurement runs in a fresh interpreter, several times, and the median is kept; the
bare window is measured in the same run, on the same machine, as the baseline.
benchmarks/interaction.py runs these too, beside the key-to-frame measures.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 5]

First paint: from the parent starting the interpreter to the first Paint event of the bare
window's label, or of both the app's chapter tree and reader viewports. A third window has
the same kinds of widgets as the app's (menus, tool bar, tree, text browser, style sheet)
and none of its code: its ratio to the bare window is Qt's own share of the app's. Charts: to the
first Paint of the first chart's plot after the window's chartsReady signal. Memory: the
peak resident set, the app's after a tour of every item of the chapter tree by keyboard
(Down, every chart page shown). The last lines are machine-readable: bare_first_paint_ms,
first_paint_ms, first_paint_ratio, widgets_first_paint_ratio, charts_ratio, bare_peak_mb,
peak_mb and memory_ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# -- child processes ---------------------------------------------------------------------
def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _first_paint_filter(target, on_paint):
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                on_paint()
            return False

    watcher = FirstPaint()
    watcher.seen = False
    target.installEventFilter(watcher)
    return watcher


def child_bare(spawned: float) -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hallo"))
    window.resize(1600, 1000)
    result = {}

    def painted():
        result["first_paint"] = time.time() - spawned
        app.quit()

    keep = _first_paint_filter(window.centralWidget(), painted)  # noqa: F841
    window.show()
    app.exec()
    result["peak_mb"] = _peak_rss_mb()
    return result


def child_widgets(spawned: float) -> dict:
    """The same kinds of widgets as the app's first paint, with none of the app's code: a
    menu bar and tool bar of 30 actions, a splitter with a tree of 70 items and a text
    browser of a chapter's length, a style sheet. What Qt alone costs for such a window."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    menu, tools = window.menuBar().addMenu("Bestand"), window.addToolBar("Acties")
    for number in range(30):
        action = QAction(f"Actie {number}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{chr(65 + number % 26)}"))
        menu.addAction(action)
        if number < 10:
            tools.addAction(action)
    tree, model = QTreeView(), QStandardItemModel()
    for chapter in range(14):
        item = QStandardItem(f"Hoofdstuk {chapter}: een titel van gewone lengte")
        item.appendRows([QStandardItem(f"Sectie {section}") for section in range(4)])
        model.appendRow(item)
    tree.setModel(model)
    tree.expandAll()
    reader = QTextBrowser()
    paragraph = "<p>Een alinea van een hoofdstuk over AI op de werkvloer, met cijfers. </p>"
    reader.setHtml("<h1>Titel</h1>" + paragraph * 40)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(tree)
    splitter.addWidget(reader)
    window.setCentralWidget(splitter)
    window.statusBar().showMessage("n = 104")
    window.setStyleSheet("QTreeView { padding: 4px; } QTextBrowser { border: none; }")
    window.resize(1600, 1000)
    result, painted = {}, set()

    def mark(name):
        def done():
            painted.add(name)
            if len(painted) == 2 and "first_paint" not in result:
                result["first_paint"] = time.time() - spawned
                app.quit()

        return done

    keep = [  # noqa: F841
        _first_paint_filter(tree.viewport(), mark("tree")),
        _first_paint_filter(reader.viewport(), mark("reader")),
    ]
    window.show()
    app.exec()
    return result


def child_app(spawned: float, home: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    # Only what building the window needs before the first paint: a user's start imports
    # no benchmark harness, and the bare window's measure imports nothing of ours either.
    from benchmarks.launch import isolate_user_folders, make_window

    scratch = isolate_user_folders(home)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    app, window = make_window(scratch)
    result: dict = {}
    painted = set()

    def mark(name):
        def done():
            painted.add(name)
            if {"reader", "navigator"} <= painted and "first_paint" not in result:
                result["first_paint"] = time.time() - spawned

        return done

    tree = window.findChild(QWidget, "navigator")
    keep = [  # noqa: F841
        _first_paint_filter(window.findChild(QWidget, "reader").viewport(), mark("reader")),
        _first_paint_filter(tree.viewport(), mark("navigator")),
    ]

    def charts_ready(_chapter):
        from benchmarks.harness import find, visible_chart_plots

        window.chartsReady.disconnect(charts_ready)  # the first chapter's, not the tour's
        plots = visible_chart_plots(find(window, "chartPanel"))
        keep.append(_first_paint_filter(plots[0], charts_painted))

    def charts_painted():
        result["charts"] = time.time() - spawned
        QTimer.singleShot(300, loop.quit)  # let the idle pre-building of other chapters go on

    window.chartsReady.connect(charts_ready)
    loop = QEventLoop()  # not app.exec(): after it returns, Qt no longer activates windows
    window.show()
    loop.exec()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from benchmarks.harness import activate, settle, wait_until

    # The tour: every item of the chapter tree by keyboard, so every chart page is shown.
    activate(window)
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    settle(app)
    wait_until(tree.hasFocus, "the chapter tree's focus (Alt+1)")
    while tree.indexBelow(tree.currentIndex()).isValid():
        QTest.keyClick(tree, Qt.Key.Key_Down)
        settle(app, 5)
    result["peak_mb"] = _peak_rss_mb()
    return result


# -- the parent: run, repeat, report ------------------------------------------------------
def measure(kind: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory(prefix="desktop-app-bench-") as home:
        spawned = time.time()
        output = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--spawned", repr(spawned), "--home", home],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
    return json.loads(output.strip().splitlines()[-1])


def startup_lines(runs: int) -> list[str]:
    """Measure, print the table, and return the name=value lines."""
    bare_runs, widgets_runs, app_runs = [], [], []
    for _ in range(runs):  # interleaved, so drift in machine load hits all alike
        bare_runs.append(measure("bare"))
        widgets_runs.append(measure("widgets"))
        app_runs.append(measure("app"))
    bare_paint = statistics.median(r["first_paint"] for r in bare_runs) * 1000
    widgets_paint = statistics.median(r["first_paint"] for r in widgets_runs) * 1000
    app_paint = statistics.median(r["first_paint"] for r in app_runs) * 1000
    app_charts = statistics.median(r["charts"] for r in app_runs) * 1000
    bare_mb = statistics.median(r["peak_mb"] for r in bare_runs)
    app_mb = statistics.median(r["peak_mb"] for r in app_runs)

    rows = [
        ("first paint (ms)", f"{bare_paint:.0f}", f"{app_paint:.0f}", "chapter tree and reader"),
        ("  same widgets, no app (ms)", "", f"{widgets_paint:.0f}", "Qt's share of the gap"),
        ("charts drawn (ms)", "", f"{app_charts:.0f}", "first chart of the first chapter"),
        ("peak memory (MB)", f"{bare_mb:.0f}", f"{app_mb:.0f}", "after touring every chapter"),
    ]
    print(
        f"start-up: {runs} runs each, medians; platform {os.environ.get('QT_QPA_PLATFORM', 'default')}"
    )
    print(f"{'measure':<28} {'bare window':>12} {'this app':>10}  note")
    for name, bare, app, note in rows:
        print(f"{name:<28} {bare:>12} {app:>10}  {note}")
    return [
        f"bare_first_paint_ms={bare_paint:.0f}",
        f"first_paint_ms={app_paint:.0f}",
        f"first_paint_ratio={app_paint / bare_paint:.2f}",
        f"widgets_first_paint_ratio={widgets_paint / bare_paint:.2f}",
        f"charts_ratio={app_charts / bare_paint:.2f}",
        f"bare_peak_mb={bare_mb:.0f}",
        f"peak_mb={app_mb:.0f}",
        f"memory_ratio={app_mb / bare_mb:.2f}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["bare", "widgets", "app"])
    parser.add_argument("--spawned", type=float)
    parser.add_argument("--home", type=Path)
    args = parser.parse_args()
    if args.child:
        if args.child == "bare":
            print(json.dumps(child_bare(args.spawned)))
        elif args.child == "widgets":
            print(json.dumps(child_widgets(args.spawned)))
        else:
            print(json.dumps(child_app(args.spawned, args.home)))
        return 0
    for line in startup_lines(args.runs):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
