"""The figures explorer: every figure in one table, sortable, filterable, opens charts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.chart_widget import ChartCard


def test_explorer_lists_every_figure_item(window, pack):
    window.window_actions.explorer_action.trigger()
    explorer = window.report.explorer
    assert explorer.objectName() == "figuresExplorer" and explorer.isVisible()
    total = sum(len(f.items) for f in pack.figures.values())
    assert explorer.proxy.rowCount() == total == 36


def test_filter_narrows_the_table(window, qtbot):
    window.window_actions.explorer_action.trigger()
    explorer = window.report.explorer
    qtbot.keyClicks(explorer.filter, "McKinsey")
    rows = explorer.proxy.rowCount()
    assert rows == 4
    sources = {explorer.proxy.index(r, 5).data() for r in range(rows)}
    assert all("McKinsey" in s for s in sources)


def test_sorting_by_value_is_numeric(window):
    window.window_actions.explorer_action.trigger()
    explorer = window.report.explorer
    explorer.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    values = [explorer.proxy.index(r, 2).data() for r in range(explorer.proxy.rowCount())]
    assert values[0] == "99%"  # leaders' familiarity, not '8%' as a text sort would give
    assert values[-1] == "8%"


def test_enter_opens_the_figure_as_a_chart(window, qtbot):
    window.window_actions.explorer_action.trigger()
    explorer = window.report.explorer
    qtbot.keyClicks(explorer.filter, "Concurrentiedruk")
    index = explorer.proxy.index(0, 0)
    dialog = explorer.open_chart(index)
    assert dialog.objectName() == "figureChart:nl_main_reason"
    card = dialog.findChild(ChartCard)
    assert card.objectName() == "chart:main_reason"
    assert len(card.data.rows) == 5


def test_explorer_follows_the_language(window):
    window.window_actions.explorer_action.trigger()
    window.set_language("en")
    labels = {
        window.report.explorer.proxy.index(r, 1).data()
        for r in range(window.report.explorer.proxy.rowCount())
    }
    assert "Lack of knowledge and expertise" in labels


def test_open_chart_windows_follow_language_and_close_with_a_new_pack(window, pack_copy):
    window.window_actions.explorer_action.trigger()
    explorer = window.report.explorer
    explorer.filter.setText("Concurrentiedruk")
    dialog = explorer.open_chart(explorer.proxy.index(0, 0))
    card = dialog.findChild(ChartCard)
    window.set_language("en")
    assert card.title.text() == "Main reason to use AI"
    assert dialog.windowTitle() == "Main reason to use AI"
    assert window.open_pack(pack_copy)
    assert not dialog.isVisible()
