"""Comparing two packs: from choosing the second pack to a compared chapter on screen.

    QT_QPA_PLATFORM=offscreen python benchmarks/compare.py [--runs 7]

The bundled pack is compared with itself and with a changed copy (other values and n, in a
scratch folder): each run reads the second pack, matches it, gives every chart of the open
chapter both editions and paints it. Target: under 500 ms. The last line is
machine-readable: compare_open_ms (the median).
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.startup import p95  # noqa: E402 (needs the path above)
from desktop_app.resources import shipped_pack  # noqa: E402

BUNDLED = shipped_pack()
CHAPTER = "obstacles"  # three charts, one of them grouped


def changed_copy(target: Path) -> Path:
    """The bundled pack a year earlier: the obstacles 3 points lower, n = 96 throughout
    (single-choice figures keep their values, which must still add up to 100)."""
    shutil.copytree(BUNDLED, target)
    figures = target / "figures.csv"
    rows = list(csv.DictReader(figures.open(encoding="utf-8", newline="")))
    for row in rows:
        if row["figure_id"] == "nl_obstacles":
            row["value"] = f"{max(0.0, float(row['value']) - 3):g}"
        if row["n"] == "104":
            row["n"] = "96"
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    figures.write_text(text.getvalue(), encoding="utf-8")
    manifest = target / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("year = 2025", "year = 2024"), "utf-8"
    )
    return target


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from PySide6.QtCore import QSettings

    from desktop_app.ui.app import create_application, load_start_pack
    from desktop_app.ui.comparing import compare_with, stop_comparing
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings

    app = create_application(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="desktop-app-bench-"))
    earlier = changed_copy(scratch / "earlier")
    content, _ = load_start_pack(None)
    window = MainWindow(
        content,
        AppSettings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat)),
        lang="nl",
        chapter_id=CHAPTER,
        checks_path=scratch / "checks.sqlite",
    )
    window.resize(1600, 1000)
    window.show()
    window.start_charts()
    for _ in range(30):
        app.processEvents()
    panel = window.report.chart_panel
    timings: dict[str, list[float]] = {"itself": [], "changed copy": []}
    for _run in range(args.runs):
        for name, other in (("itself", BUNDLED), ("changed copy", earlier)):
            stop_comparing(window)
            app.processEvents()
            started = time.perf_counter()
            if not compare_with(window, other, quiet=True):
                return 1
            panel.currentWidget().repaint()
            app.processEvents()
            timings[name].append((time.perf_counter() - started) * 1000)
            cards = panel.current_cards()
            assert all(card.data.changes for card in cards.values()), "not compared"
    every = [t for times in timings.values() for t in times]
    print(f"{'measure':<34} {'median':>8} {'p95':>8}")
    for name, times in timings.items():
        label = f"compare with {name}"
        print(f"{label:<34} {statistics.median(times):>8.1f} {p95(times):>8.1f}")
    print(f"compare_open_ms={statistics.median(every):.1f}")
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
