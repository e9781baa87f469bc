"""Start-up, chart drawing, chapter switching and memory: this app against a bare PySide6 window.

Each measurement runs in a fresh interpreter, several times, and the median is kept; the
bare window is measured in the same run, on the same machine, as the baseline.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 5]

The last lines are machine-readable: first_paint_ratio, charts_ratio, switch_median_ms,
switch_p95_ms and memory_ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
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


def child_app(spawned: float) -> dict:
    sys.path.insert(0, str(ROOT))
    import tempfile

    from PySide6.QtCore import QSettings, QTimer

    from desktop_app.ui.app import create_application, load_start_pack
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings

    app = create_application(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="desktop-app-bench-"))
    settings = AppSettings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    pack, _ = load_start_pack(None)
    window = MainWindow(pack, settings, lang="nl")
    window.resize(1600, 1000)
    result: dict = {}
    painted = set()

    def mark(name):
        def done():
            painted.add(name)
            if {"reader", "navigator"} <= painted and "first_paint" not in result:
                result["first_paint"] = time.time() - spawned

        return done

    keep = [  # noqa: F841
        _first_paint_filter(window.reader.viewport(), mark("reader")),
        _first_paint_filter(window.navigator.tree.viewport(), mark("navigator")),
    ]

    def charts_ready(_chapter):
        cards = list(window.chart_panel.current_cards().values())
        first = cards[0].plot.viewport()
        keep.append(_first_paint_filter(first, charts_painted))

    def charts_painted():
        result["charts"] = time.time() - spawned
        QTimer.singleShot(300, app.quit)  # let the idle pre-building of other chapters finish

    window.chartsReady.connect(charts_ready)
    window.show()
    app.exec()
    while window.chart_panel._prebuild_queue:
        app.processEvents()
    switches = []
    ids = pack.chapter_ids()
    for _round in range(3):
        for chapter_id in ids[1:] + ids[:1]:
            started = time.perf_counter()
            window.navigator.select(chapter_id)
            app.processEvents()  # the repaint of reader, navigator and charts
            switches.append((time.perf_counter() - started) * 1000.0)
    result["switches_ms"] = switches
    result["peak_mb"] = _peak_rss_mb()
    return result


# -- the parent: run, repeat, report ------------------------------------------------------
def measure(kind: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    spawned = time.time()
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--spawned", repr(spawned)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def p95(values: list[float]) -> float:
    """The 95th percentile (stdlib, inclusive method)."""
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["bare", "app"])
    parser.add_argument("--spawned", type=float)
    args = parser.parse_args()
    if args.child:
        child = child_bare if args.child == "bare" else child_app
        print(json.dumps(child(args.spawned)))
        return 0

    bare_runs, app_runs = [], []
    for _ in range(args.runs):  # interleaved, so drift in machine load hits both alike
        bare_runs.append(measure("bare"))
        app_runs.append(measure("app"))
    bare_paint = statistics.median(r["first_paint"] for r in bare_runs) * 1000
    app_paint = statistics.median(r["first_paint"] for r in app_runs) * 1000
    app_charts = statistics.median(r["charts"] for r in app_runs) * 1000
    switches = [s for r in app_runs for s in r["switches_ms"]]
    bare_mb = statistics.median(r["peak_mb"] for r in bare_runs)
    app_mb = statistics.median(r["peak_mb"] for r in app_runs)

    rows = [
        ("first paint (ms)", f"{bare_paint:.0f}", f"{app_paint:.0f}", "navigator and reader"),
        ("charts drawn (ms)", "", f"{app_charts:.0f}", "first chapter's charts painted"),
        (
            "chapter switch median (ms)",
            "",
            f"{statistics.median(switches):.1f}",
            f"{len(switches)} switches",
        ),
        ("chapter switch p95 (ms)", "", f"{p95(switches):.1f}", ""),
        ("peak memory (MB)", f"{bare_mb:.0f}", f"{app_mb:.0f}", "after touring every chapter"),
    ]
    print(
        f"{args.runs} runs each, medians; platform {os.environ.get('QT_QPA_PLATFORM', 'default')}"
    )
    print(f"{'measure':<28} {'bare window':>12} {'this app':>10}  note")
    for name, bare, app, note in rows:
        print(f"{name:<28} {bare:>12} {app:>10}  {note}")
    print(f"first_paint_ratio={app_paint / bare_paint:.2f}")
    print(f"charts_ratio={app_charts / bare_paint:.2f}")
    print(f"switch_median_ms={statistics.median(switches):.1f}")
    print(f"switch_p95_ms={p95(switches):.1f}")
    print(f"memory_ratio={app_mb / bare_mb:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
