"""PySide6 6.12.0 on Python 3.11 lost a reference to None on every void call, then crashed.

The pinned PySide6 must not: 20,000 such calls may not lower sys.getrefcount(None).
"""

import sys

from desktop_app.core.chart_data import chart_data
from desktop_app.ui.chart_widget import ChartCard


def test_void_calls_do_not_leak_references_to_none(qtbot, qapp, pack):
    card = ChartCard(chart_data(pack, pack.charts["obstacles"], "nl"))
    qtbot.addWidget(card)
    card.show()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        card.plot.update()
        qapp.processEvents()
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references in 20,000 calls"
