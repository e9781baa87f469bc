"""Comparing two editions in the window: both years on each chart, bars or slope, the
'What changed' list opening its charts, items of one edition listed, --compare."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop_app.ui.comparing import compare_with, what_changed

from .conftest import ROOT

PACKS = Path(__file__).resolve().parent / "packs"


@pytest.fixture(scope="module")
def next_edition():
    from desktop_app.content import load_content

    return load_content(PACKS / "mini-next")


@pytest.fixture
def comparing(make_window, next_edition):
    """The 2031 edition opened in English and compared with the 2030 one."""
    window = make_window(lang="en", content=next_edition)
    assert compare_with(window, PACKS / "mini")
    return window


def test_every_shared_chart_shows_both_editions(comparing):
    cards = comparing.report.chart_panel.current_cards()
    obstacles = cards["obstacles"]
    assert obstacles.data.kind == "grouped"
    assert obstacles.data.legend == ("2030", "Survey 2031")
    assert "2030" in obstacles.legend.text() and "Survey 2031" in obstacles.legend.text()
    skills = [i for i, r in enumerate(obstacles.data.rows) if r.item_id == "skills"]
    assert [obstacles.plot.drawn_values()[i] for i in skills] == [60, 35]
    assert "Skills: −25 pp · larger than the sampling error (p = 0.005)" in (
        obstacles.changes.text()
    )
    assert obstacles.changes.isVisibleTo(obstacles)
    policy = comparing.report.chart_panel.cards["basics"]["policy"]
    assert not policy.data.changes and policy.data.series_count == 1  # new: one edition only
    from desktop_app.ui.chart_panel import ComparisonBar

    bar = comparing.report.chart_panel.currentWidget().widget().findChild(ComparisonBar)
    assert bar.isVisibleTo(comparing)
    assert "2030 and Survey 2031" in bar.text.text()


def test_slope_shows_each_items_two_values_as_a_line(comparing, qtbot):
    panel = comparing.report.chart_panel
    panel.show_as_slope(True)
    card = panel.current_cards()["obstacles"]
    assert card.data.kind == "line"
    assert [s.label for s in card.data.series] == ["2030", "Survey 2031"]
    panel.show_as_slope(False)
    assert card.data.kind == "grouped"


def test_what_changed_lists_the_largest_change_first_and_opens_its_chart(comparing, qtbot):
    dialog = what_changed(comparing)
    qtbot.addWidget(dialog)
    table = dialog.table
    first = [table.model().index(0, c).data() for c in range(6)]
    assert first[:5] == ["What holds them back", "Skills", "60%", "35%", "−25 pp"]
    assert first[5].startswith("larger than the sampling error")
    assert table.model().rowCount() == 5
    only = [dialog.only.item(i).text() for i in range(dialog.only.count())]
    assert only == [
        "Budget (What holds them back): only in Survey 2031",
        "Cost (What holds them back): only in 2030",
        "Has an AI policy (Organisations with an AI policy): only in Survey 2031",
    ]
    table.setCurrentIndex(table.model().index(1, 0))  # 'A lot', on the level chart
    with qtbot.waitSignal(dialog.chartRequested):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    panel = comparing.report.chart_panel
    assert comparing.report.chapter_id == "basics"
    assert panel.current_cards()["level"].plot.hasFocus() or comparing.focusWidget() is (
        panel.current_cards()["level"].plot
    )


def test_stop_comparing_and_a_new_pack_end_the_comparison(comparing, pack_copy):
    actions = comparing.window_actions
    assert actions.what_changed_action.isEnabled()
    actions.stop_compare_action.trigger()
    card = comparing.report.chart_panel.current_cards()["obstacles"]
    assert not card.data.changes and card.data.series_count == 1
    assert not actions.what_changed_action.isEnabled()
    assert compare_with(comparing, PACKS / "mini")
    assert comparing.open_pack(pack_copy)
    assert comparing.report.chart_panel.comparison is None
    assert not actions.stop_compare_action.isEnabled()


def test_a_broken_pack_is_not_compared_and_says_why(comparing, tmp_path, capsys):
    comparing.window_actions.stop_compare_action.trigger()
    assert not compare_with(comparing, tmp_path / "nowhere", quiet=True)
    assert "cannot be compared" in capsys.readouterr().err
    assert comparing.report.chart_panel.comparison is None


def test_dutch_numbers_in_the_changes(make_window, next_edition):
    from desktop_app.content import load_content

    bundled = load_content(ROOT / "data" / "ai-op-de-werkvloer")
    window = make_window(lang="nl", content=bundled)
    assert compare_with(window, ROOT / "data" / "ai-op-de-werkvloer")
    card = window.report.chart_panel.current_cards()["adoption_level"]
    # The bundled pack beside itself: no year printed, so the editions are named in words.
    assert card.data.legend == ("vergeleken pakket", "geopend pakket")
    assert "0 %-punt" in card.changes.text() and "p = 1,000" in card.changes.text()


def test_compare_from_the_command_line(tmp_path):
    target = tmp_path / "shot.png"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--pack",
            str(PACKS / "mini-next"),
            "--compare",
            str(PACKS / "mini"),
            "--screenshot",
            str(target),
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert not QImage(str(target)).isNull()
    broken = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--compare",
            str(tmp_path / "missing"),
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert broken.returncode == 1
    assert "missing:1: no such folder or .zip file" in broken.stderr  # the cause, on stderr


def test_copying_a_compared_chart_gives_both_editions_and_the_changes(comparing):
    from PySide6.QtGui import QGuiApplication

    card = comparing.report.chart_panel.current_cards()["obstacles"]
    card.copy_button.click()
    text = QGuiApplication.clipboard().mimeData().text()
    assert "Survey 2031: Budget\t20" in text
    assert "2030: Budget\t–" in text  # not asked then: no number made up
    assert "Skills: −25 pp · larger than the sampling error" in text
