"""Readiness check speed: an answer to repainted results, a PDF export, a list of 1,000 checks.

    QT_QPA_PLATFORM=offscreen python benchmarks/readiness.py

Targets: answer to repaint at most 16 ms median (one frame at 60 Hz), PDF under 1 s,
the list of 1,000 saved checks under 200 ms. The last lines are machine-readable:
answer_update_median_ms, pdf_export_ms and open_1000_checks_ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.startup import p95  # noqa: E402 (needs the path above)


def main() -> int:
    from PySide6.QtCore import QSettings

    from desktop_app.readiness.store import CheckStore
    from desktop_app.ui.app import create_application, load_start_pack
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.readiness.pdf import export_pdf
    from desktop_app.ui.settings import AppSettings

    app = create_application(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="desktop-app-bench-"))
    pack, _ = load_start_pack(None)
    questionnaire = pack.readiness
    window = MainWindow(
        pack,
        AppSettings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat)),
        lang="nl",
        checks_path=scratch / "checks.sqlite",
    )
    window.resize(1600, 1000)
    window.show()
    window.new_check()
    workspace = window.readiness
    for _ in range(20):
        app.processEvents()
    person = workspace.check.answers.participants[0]
    questions = questionnaire.questions_for("full")

    # 1. An answer to repainted results (validate, save, score, redraw, paint).
    timings = []
    for number in range(200):
        question = questions[number % len(questions)]
        started = time.perf_counter()
        workspace.answer(person.id, question.id, number % len(question.options))
        workspace.results.repaint()
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
    answer_median, answer_p95 = statistics.median(timings), p95(timings)

    # 2. PDF export of that check.
    pdf_times = []
    for run in range(5):
        started = time.perf_counter()
        export_pdf(
            scratch / f"check-{run}.pdf",
            pack,
            workspace.check,
            workspace.result,
            "nl",
            workspace.results,
        )
        pdf_times.append((time.perf_counter() - started) * 1000)
    pdf_median = statistics.median(pdf_times)

    # 3. Opening the list with 1,000 saved checks (fresh connection each time).
    big = scratch / "thousand.sqlite"
    store = CheckStore(big)
    store.db.execute("PRAGMA synchronous = OFF")  # filling fast; the timed part reads
    for number in range(1000):
        check_id = store.create_check(
            f"Client {number:04d}", "quick", "nl", pack.id, ["CEO", "CIO"]
        )
        for participant in store.load_check(check_id).answers.participants:
            for question in questionnaire.questions_for("quick"):
                store.save_answer(check_id, participant.id, question.id, number % 4)
        store.save_summary(check_id, float(number % 100), "experiment", "small_pilots")
    store.close()
    open_times = []
    for _ in range(5):
        workspace.store.close()
        workspace.store = None
        workspace.store_path = big
        started = time.perf_counter()
        workspace.open_store()
        workspace.checks.view.repaint()
        app.processEvents()
        open_times.append((time.perf_counter() - started) * 1000)
    rows = workspace.checks.model.rowCount()
    open_median = statistics.median(open_times)

    print(f"{'measure':<40} {'value':>10}  target")
    print(
        f"{'answer to repainted results, median':<40} {answer_median:>8.1f} ms  <= 16 ms ({len(timings)} answers)"
    )
    print(f"{'answer to repainted results, p95':<40} {answer_p95:>8.1f} ms")
    print(f"{'PDF export (two A4 pages), median':<40} {pdf_median:>8.1f} ms  < 1000 ms")
    print(
        f"{'open the list of saved checks, median':<40} {open_median:>8.1f} ms  < 200 ms ({rows} checks)"
    )
    print(f"answer_update_median_ms={answer_median:.1f}")
    print(f"pdf_export_ms={pdf_median:.0f}")
    print(f"open_1000_checks_ms={open_median:.0f}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
