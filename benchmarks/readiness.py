"""PDF export of a readiness check: two A4 pages, under a second.

    QT_QPA_PLATFORM=offscreen python benchmarks/readiness.py

Not an interaction: the export is started by a save dialog, so this calls the export
function directly on a check answered through the interface (Ctrl+2, Ctrl+N, digit keys).
Answers and opening checks are timed key to frame by benchmarks/interaction.py.
The last line is machine-readable: pdf_export_ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import build_window, find, isolate_user_folders, settle  # noqa: E402


def main() -> int:
    scratch = isolate_user_folders()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop_app.ui.readiness.pdf import export_pdf

    app, window = build_window(scratch)
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(app)
    options = find(window, "answerOptions")
    for _ in range(12):  # an answer to every question of the quick check
        QTest.keyClick(options, Qt.Key.Key_2)
        QTest.keyClick(options, Qt.Key.Key_PageDown)
        settle(app, 5)
    workspace = find(window, "readinessWorkspace")  # its open check: the one internal use
    times = []
    for run in range(5):
        started = time.perf_counter()
        export_pdf(
            scratch / f"check-{run}.pdf",
            workspace.questionnaire,
            workspace.pack,
            workspace.check,
            workspace.result,
            "nl",
        )
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    print(f"{'PDF export (two A4 pages), median of 5':<40} {median:>8.1f} ms  < 1000 ms")
    print(f"pdf_export_ms={median:.0f}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
