"""PySide6 6.12.0 on Python 3.11 lost a reference to None on every void call, then crashed.

The pinned PySide6 must not: 20,000 such calls (update and processEvents on a live chart)
may not lower sys.getrefcount(None). Run in a fresh interpreter, so the count is not
disturbed by other tests' widgets.
"""

import os
import subprocess
import sys

from .conftest import ROOT

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from desktop_app.core.loader import load_pack
from desktop_app.core.chart_data import chart_data
from desktop_app.ui.chart_widget import ChartCard
pack = load_pack("data/ai-op-de-werkvloer")
card = ChartCard(chart_data(pack, pack.charts["obstacles"], "nl"))
card.show()
app.processEvents()
before = sys.getrefcount(None)
for _ in range(10_000):
    card.plot.update()
    app.processEvents()
print(before, sys.getrefcount(None))
"""


def test_void_calls_do_not_leak_references_to_none():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr  # 6.12.0 died here: none_dealloc
    before, after = map(int, result.stdout.split())
    assert after >= before - 100, f"None lost {before - after} references in 20,000 calls"
