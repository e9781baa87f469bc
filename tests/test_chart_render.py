"""Every chart kind drawn: the values, intervals and order on screen, series that stay apart
when highlighted, and charts with long labels that fit any window from 1024 px, uncut."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QLabel

from desktop_app.core.chart_data import chart_data
from desktop_app.core.model import Series
from desktop_app.ui.chart_widget import ChartCard

PACKS = Path(__file__).resolve().parent / "packs"


@pytest.fixture(scope="module")
def long_labels():
    from desktop_app.content import load_content

    return load_content(PACKS / "long-labels")


def bundled_kinds(pack) -> dict:
    """The bundled figures in every kind (the pack itself uses bars, groups and dots)."""
    charts = pack.charts
    return {
        "bar": charts["obstacles"],
        "grouped": charts["obstacles_pilot_phase"],
        "dot": charts["nl_vs_us"],
        "stacked": dataclasses.replace(
            charts["respondents_level"],
            id="levels_stacked",
            kind="stacked",
            series=(Series("respondents_level", None, {"en": "Respondents"}),),
        ),
        "line": dataclasses.replace(
            charts["adoption_level"], id="ladder_line", kind="line", sort="scale"
        ),
    }


@pytest.fixture
def show(qtbot):
    made = []

    def make(data, width: int = 520) -> ChartCard:
        card = ChartCard(data)
        qtbot.addWidget(card)
        card.resize(width, card.heightForWidth(width))
        card.show()
        qtbot.waitExposed(card)
        made.append(card)
        return card

    return make


def visible_texts(card: ChartCard) -> list[pg.TextItem]:
    return [
        i for i in card.plot.getPlotItem().items if isinstance(i, pg.TextItem) and i.isVisible()
    ]


def assert_nothing_cut(card: ChartCard) -> None:
    """Every word of the card is inside it: chart words inside the drawing, labels whole."""
    plot = card.plot
    view = plot.getPlotItem().getViewBox().sceneBoundingRect().adjusted(-1, -1, 1, 1)
    for item in visible_texts(card):
        box = text_box(plot, item)
        assert view.contains(box), f"{card.objectName()}: {item.toPlainText()!r} is cut"
        assert "…" not in item.toPlainText(), f"{item.toPlainText()!r} elided"
    for label in plot.labels:
        assert " ".join(label.toPlainText().split()) in {
            " ".join(t.split()) for t in _words_of(card)
        }
    for label in card.findChildren(QLabel):
        if label.isVisibleTo(card) and label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height() + 1, label.text()
            assert label.minimumSizeHint().width() <= label.width() + 1, label.text()
    assert card.minimumSizeHint().width() <= card.width()


def text_box(plot, item: pg.TextItem) -> QRectF:
    """Where a text item's words are, in scene pixels: its place in the view, its size and
    anchor (text items keep their size in pixels whatever the view's scale)."""
    place = plot.getPlotItem().getViewBox().mapViewToScene(item.pos())
    size = item.textItem.boundingRect()
    return QRectF(
        place.x() - item.anchor.x() * size.width(),
        place.y() - item.anchor.y() * size.height(),
        size.width(),
        size.height(),
    )


def _words_of(card: ChartCard) -> list[str]:
    """The full labels and the numbers of a line chart's key: what a label may show."""
    data = card.data
    words = [r.label for r in data.rows] + [c.label for c in data.categories]
    words += [s.label for s in data.series]
    words += [str(i) for i in range(1, len(data.categories) + 1)]
    words += [f"{i}  {c.label}" for i, c in enumerate(data.categories, start=1)]
    return words


@pytest.mark.parametrize("kind", ["bar", "grouped", "dot", "stacked", "line"])
def test_each_kind_draws_the_bundled_values_intervals_and_order(show, pack, kind):
    spec = bundled_kinds(pack)[kind]
    data = chart_data(pack, spec, "en")
    card = show(data)
    assert card.plot.drawn_values() == pytest.approx(
        [r.value if r.known else 0.0 for r in data.rows]
    )
    with_intervals = [r for r in data.rows if r.interval]
    if with_intervals:
        card.interval_button.click()
        errors = card.plot.errors
        assert errors.isVisible()
        left = errors.opts.get("left")
        bottom = errors.opts.get("bottom")
        spans = left if left is not None else bottom
        assert len(spans) == len(with_intervals)
    else:
        assert card.plot.errors is None and not card.interval_button.isEnabled()
    assert_nothing_cut(card)


@pytest.mark.parametrize(
    "chart_id", ["purpose", "use_grouped", "use_slope", "use_dots", "size_stacked", "phases_line"]
)
def test_each_kind_draws_the_synthetic_pack(show, long_labels, chart_id):
    pack = long_labels.report
    data = chart_data(pack, pack.charts[chart_id], "en")
    card = show(data, 400)
    assert card.plot.drawn_values() == pytest.approx([r.value for r in data.rows])
    assert_nothing_cut(card)


def test_bars_and_groups_run_top_down_in_the_charts_order(show, pack):
    data = chart_data(pack, pack.charts["obstacles_pilot_phase"], "en")
    card = show(data)
    tops = [label.pos().y() for label in card.plot.labels]
    assert tops == sorted(tops)
    words = [label.toPlainText() for label in card.plot.labels]
    assert words == [c.label for c in data.categories]
    ladder = show(chart_data(pack, pack.charts["adoption_level"], "en"))
    shown = [label.toPlainText() for label in ladder.plot.labels]
    assert shown == [r.label for r in ladder.data.rows]
    assert shown[0] == "Organisation-wide and strategic"  # the top of the ladder, not 31%


def test_a_slopes_points_run_left_to_right_by_year(show, long_labels):
    pack = long_labels.report
    card = show(chart_data(pack, pack.charts["use_slope"], "en"))
    xs = [p.x() for p in card.plot.drawer.points]
    rows = card.data.rows
    for category in card.data.categories:
        first, second = (rows.index(r) for r in category.rows)
        assert xs[first] < xs[second]


def test_highlighted_series_stay_apart_by_symbol(show, long_labels, pack):
    grouped = show(chart_data(long_labels.report, long_labels.report.charts["use_grouped"], "en"))
    greece = [i for i, r in enumerate(grouped.data.rows) if r.item_id == "greece"]
    brushes = grouped.plot.bars.opts["brushes"]
    assert brushes[greece[0]].color() == brushes[greece[1]].color()  # both highlighted
    words = [grouped.plot.value_labels[i].toPlainText() for i in greece]
    assert words == ["● 4.19%", "▲ 9.52%"]
    assert "●" in grouped.legend.text() and "▲" in grouped.legend.text()
    dots = show(chart_data(pack, pack.charts["nl_vs_us"], "en"))
    symbols = dots.plot.bars.data["symbol"]
    assert list(symbols) == ["o", "o", "t1", "t1"]  # US circles, NL triangles


@pytest.mark.parametrize("kind", ["bar", "grouped", "dot", "stacked", "line"])
def test_each_kind_walks_by_keyboard_and_shows_a_table(show, pack, qtbot, kind, tmp_path):
    card = show(chart_data(pack, bundled_kinds(pack)[kind], "en"))
    card.plot.setFocus()
    qtbot.keyClick(card.plot, Qt.Key.Key_Down)
    qtbot.keyClick(card.plot, Qt.Key.Key_Down)
    qtbot.keyClick(card.plot, Qt.Key.Key_Space)
    second = card.data.rows[1]
    assert card.plot.selected == {second.key}
    assert second.label in card.details.text()
    card.table_button.click()
    model = card.table.model()
    assert model.rowCount() == len(card.data.rows)
    assert model.index(1, 0).data() == second.display_label
    assert card.export_png(tmp_path / "chart.png")
    assert card.export_svg(tmp_path / "chart.svg")


def test_pointing_at_a_mark_of_any_kind_names_it(show, pack, monkeypatch):
    from PySide6.QtWidgets import QToolTip

    for kind, spec in bundled_kinds(pack).items():
        shown = []
        monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a, s=shown: s.append(text))
        card = show(chart_data(pack, spec, "en"))
        index = next(i for i, r in enumerate(card.data.rows) if r.known)
        card.plot.scene().sigMouseMoved.emit(card.plot.scene_pos_of(index))
        assert shown and card.data.rows[index].label in shown[-1], kind


@pytest.mark.parametrize("width", [1024, 1366, 1600])
def test_long_labels_fit_the_chart_panel_at_every_window_width(
    make_window, long_labels, qtbot, width
):
    window = make_window(lang="en", content=long_labels)
    window.resize(width, 768)
    panel = window.report.chart_panel
    qtbot.waitUntil(lambda: panel.width() < width / 2)
    cards = panel.current_cards()
    assert set(cards) == set(long_labels.report.charts)  # one chapter places every chart
    room = panel.currentWidget().viewport().width()
    for card in cards.values():
        qtbot.waitUntil(lambda c=card, r=room: c.width() <= r)
        qtbot.waitUntil(lambda c=card: abs(c.plot.laid_out_width - c.plot.view_width()) < 1)
        assert_nothing_cut(card)


def test_a_chart_without_a_caveat_warns_of_mixed_bases(show, pack):
    spec = dataclasses.replace(pack.charts["obstacles_pilot_phase"], caveat={})
    card = show(chart_data(pack, spec, "en"))
    assert card.caveat.isVisibleTo(card)
    assert "Different bases or sources" in card.caveat.text()
    plain = show(chart_data(pack, pack.charts["main_reason"], "en"))
    assert not plain.caveat.isVisibleTo(plain)


def test_every_mark_has_a_place_to_be_pointed_at(show, pack):
    for spec in bundled_kinds(pack).values():
        card = show(chart_data(pack, spec, "en"))
        marks = card.plot.drawer.marks
        assert len(marks) == len(card.data.rows)
        assert all(isinstance(m, QRectF) and m.isValid() for m in marks)


def test_every_bundled_chart_fits_at_1024(window, qtbot, pack):
    window.resize(1024, 768)
    panel = window.report.chart_panel
    qtbot.waitUntil(lambda: panel.width() < 512)
    for chapter in pack.chapters:
        window.report.select(chapter.id)
        room = panel.currentWidget().viewport().width()
        for card in panel.current_cards().values():
            qtbot.waitUntil(lambda c=card, r=room: c.width() <= r)
            qtbot.waitUntil(lambda c=card: abs(c.plot.laid_out_width - c.plot.view_width()) < 1)
            assert_nothing_cut(card)


def test_only_a_label_too_long_for_three_lines_is_elided_and_the_tooltip_has_it(
    show, pack, monkeypatch
):
    from PySide6.QtWidgets import QToolTip

    data = chart_data(pack, pack.charts["main_reason"], "en")
    endless = " ".join(["Efficiëntere werkprocessen in de hele organisatie"] * 8)
    rows = (dataclasses.replace(data.rows[0], label=endless), *data.rows[1:])
    card = show(dataclasses.replace(data, rows=rows), 400)
    first = card.plot.labels[0].toPlainText()
    assert first.endswith("…") and len(first.split("\n")) == 3
    assert all("…" not in label.toPlainText() for label in card.plot.labels[1:])
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))
    card.plot.scene().sigMouseMoved.emit(card.plot.scene_pos_of(0))
    assert endless in shown[-1]


def test_the_scale_lines_run_behind_the_bars_not_through_them(show, pack):
    """Inside a bar, where a scale line (25%, 50%) crosses it, the bar's own colour shows."""
    from PySide6.QtCore import QPointF

    card = show(chart_data(pack, pack.charts["obstacles"], "nl"), width=700)
    plot, image = card.plot, card.plot.grab().toImage()
    view = plot.getPlotItem().getViewBox()
    top = next(label for label in plot.value_labels if label.toPlainText().startswith("59"))
    y = top.pos().y()
    crossings = []
    for percent in (25, 50):
        on_line = plot.mapFromScene(view.mapViewToScene(QPointF(percent, y)))
        beside = plot.mapFromScene(view.mapViewToScene(QPointF(percent + 3, y)))
        crossings.append(image.pixelColor(on_line) == image.pixelColor(beside))
    assert crossings == [True, True]
