"""Chart cards: the pack's values drawn, hover details, highlight, intervals, table, exports."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QToolTip

from desktop_app.core.chart_data import chart_data
from desktop_app.ui import palette
from desktop_app.ui.chart_widget import ChartCard


@pytest.fixture
def card_for(qtbot, pack):
    made = []  # keep the Python wrappers alive as long as the test runs

    def make(chart_id: str, lang: str = "nl") -> ChartCard:
        card = ChartCard(chart_data(pack, pack.charts[chart_id], lang))
        qtbot.addWidget(card)
        card.resize(520, card.sizeHint().height())
        card.show()
        qtbot.waitExposed(card)
        made.append(card)
        return card

    return make


def texts_in(card: ChartCard) -> list[str]:
    return [i.toPlainText() for i in card.plot.getPlotItem().items if isinstance(i, pg.TextItem)]


def test_every_chart_shows_the_values_of_the_pack(card_for, pack):
    for chart_id, spec in pack.charts.items():
        card = card_for(chart_id, "en")
        expected = chart_data(pack, spec, "en")
        published = [r.value if r.known else 0.0 for r in expected.rows]
        assert card.plot.drawn_values() == published
        shown = texts_in(card)
        grouped = spec.kind in ("grouped", "dot")
        for label in [c.label for c in expected.categories] if grouped else []:
            assert label in shown  # one label per group of bars or line of dots
        for index, row in enumerate(expected.rows):
            assert grouped or row.label in shown
            marked = {"": f"{row.value:g}%", "derived": f"{row.value:g}%*"}
            marked["approximate"] = f"≈{row.value:g}%"
            words = marked[row.mark] if row.known else "–"
            # several series: the series' symbol comes first ('▲ 25%')
            assert card.plot.value_labels[index].toPlainText().split(" ")[-1] == words
        assert card.title.text() == expected.title
        for attribution in expected.attributions:
            assert attribution.source in card.footer.text()
        card.close()


def test_bars_are_sorted_by_value_top_down(card_for):
    card = card_for("main_reason")
    values = list(card.plot.bars.opts["width"])
    assert values == sorted(values, reverse=True)


def test_footer_gives_base_and_source(card_for):
    footer = card_for("obstacles").footer.text()
    assert "n = 104" in footer and "InSpark survey" in footer


def test_hover_shows_label_value_count_and_interval(card_for, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))
    card = card_for("obstacles", "en")
    card.plot.scene().sigMouseMoved.emit(card.plot.scene_pos_of(0))  # the pointer moves there
    assert shown, "no tooltip"
    text = shown[-1]
    assert "Lack of knowledge and expertise" in text
    assert "59%" in text
    assert "≈ 61 of 104" in text
    assert "49–68%" in text


def test_hover_outside_bars_shows_nothing(card_for, monkeypatch):
    hidden = []
    monkeypatch.setattr(QToolTip, "hideText", lambda: hidden.append(True))
    card = card_for("obstacles")
    card.plot.scene().sigMouseMoved.emit(QPointF(-50, -50))
    assert hidden


def test_clicking_a_bar_highlights_it_and_again_removes_it(card_for, qtbot):
    card = card_for("obstacles")
    plot = card.plot
    centre = plot.mapFromScene(plot.scene_pos_of(2))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    brushes = plot.bars.opts["brushes"]
    assert brushes[2].color().name().lower() == palette.SELECTED.lower()
    assert "35%" in card.details.text()
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert plot.bars.opts["brushes"][2].color().name().lower() != palette.SELECTED.lower()


def test_keyboard_walks_and_highlights_bars(card_for, qtbot):
    card = card_for("obstacles", "en")
    card.plot.setFocus()
    qtbot.keyClick(card.plot, Qt.Key.Key_Down)  # first bar
    qtbot.keyClick(card.plot, Qt.Key.Key_Down)  # second bar
    qtbot.keyClick(card.plot, Qt.Key.Key_Space)
    assert card.plot.selected == {card.data.rows[1].key}
    assert "Disappointing data quality" in card.details.text()
    qtbot.keyClick(card.plot, Qt.Key.Key_Escape)
    assert card.plot.selected == set()


def test_pack_highlight_uses_its_own_colour(card_for):
    card = card_for("obstacles")
    colours = [b.color().name().lower() for b in card.plot.bars.opts["brushes"]]
    assert colours[:2] == [palette.HIGHLIGHT.lower()] * 2
    assert palette.HIGHLIGHT.lower() not in colours[2:]


def test_interval_error_bars_toggle(card_for, qtbot):
    card = card_for("obstacles")
    assert not card.plot.errors.isVisible()
    card.interval_button.click()
    assert card.plot.errors.isVisible()
    card.interval_button.click()
    assert not card.plot.errors.isVisible()


def test_no_intervals_where_the_base_is_unknown(card_for):
    card = card_for("us_adoption")
    assert card.plot.errors is None
    assert not card.interval_button.isEnabled()


def test_nl_vs_us_says_the_surveys_asked_different_questions(card_for):
    card = card_for("nl_vs_us", "en")
    assert card.caveat.isVisibleTo(card)
    assert "different questions" in card.caveat.text()
    assert "US (McKinsey)" in card.legend.text() and "Netherlands (InSpark)" in card.legend.text()


def test_table_view_shows_the_same_numbers(card_for, qtbot):
    card = card_for("respondents_level", "en")
    card.table_button.click()
    assert card.views.currentWidget() is card.table
    model = card.table.model()
    assert model.rowCount() == 4
    assert model.index(0, 0).data() == "Executive / C-level"
    assert model.index(0, 1).data() == "37%"
    assert model.index(0, 2).data() == "38 / 104"


def test_export_png_and_svg(card_for, tmp_path):
    card = card_for("obstacles", "en")
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    assert card.export_png(png)
    image = QImage(str(png))
    assert image.width() == card.content.width() * 2
    assert card.export_svg(svg)
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Lack of knowledge and expertise" in text


def test_copy_puts_image_and_numbers_on_the_clipboard(card_for):
    card = card_for("main_reason", "en")
    card.copy_button.click()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    assert "More efficient work processes\t34" in mime.text()


def test_language_switch_keeps_the_same_card(card_for, pack):
    card = card_for("main_reason", "nl")
    card.set_data(chart_data(pack, pack.charts["main_reason"], "en"))
    assert "More efficient work processes" in texts_in(card)
    assert card.height() > 0


def test_accessible_description_lists_the_values(card_for):
    card = card_for("main_reason", "en")
    assert "More efficient work processes: 34%" in card.accessibleDescription()


def test_hidden_error_bars_stay_hidden_when_the_chart_gets_new_values(card_for, pack):
    import dataclasses

    card = card_for("obstacles")
    assert not card.plot.errors.isVisible()
    rows = tuple(dataclasses.replace(r, value=r.value + 1) for r in card.data.rows)
    card.set_data(dataclasses.replace(card.data, rows=rows))  # same shape: updated in place
    assert not card.plot.errors.isVisible()


def test_a_derived_value_is_hatched_and_explained(card_for):
    card = card_for("experimentation", "en")  # 67% = 11 + 25 + 31, derived by the pack
    brush = card.plot.bars.opts["brushes"][0]
    assert brush.style() == Qt.BrushStyle.BDiagPattern
    assert "67%*" in texts_in(card)
    assert "* calculated from other figures of the report" in card.footer.text()
    assert card.table_model.index(0, 1).data() == "67%*"


def test_an_approximate_value_is_marked(card_for):
    card = card_for("us_secret_use", "en")  # "about half"
    assert "≈50%" in texts_in(card)
    assert "≈ approximate" in card.footer.text()
    assert card.plot.bars.opts["brushes"][0].style() == Qt.BrushStyle.SolidPattern


def test_numbers_are_written_in_the_readers_format(qapp):
    from PySide6.QtCore import QLocale

    from desktop_app.core.chart_data import Attribution, ChartRow
    from desktop_app.ui.formatting import attribution_text, value_text

    row = ChartRow("f", "i", "Label", 0, "", 13.48, "percent", 9640, 1299, (12.8, 14.2), False)
    QLocale.setDefault(QLocale("nl"))
    assert value_text(row) == "13,48%"
    assert "n = 9.640" in attribution_text(Attribution("", 9640, "base", "source"))
    QLocale.setDefault(QLocale("en"))
    assert value_text(row) == "13.48%"
    assert "n = 9,640" in attribution_text(Attribution("", 9640, "base", "source"))


def test_the_caveat_says_where_the_report_backs_it(card_for):
    card = card_for("nl_vs_us", "en")
    assert "Research frame" in card.caveat.toolTip()


def test_a_chapter_built_in_the_background_shows_its_charts_without_laying_them_out_again(
    window, qtbot, monkeypatch
):
    """The other chapters' chart pages are built while the user reads; the first visit to
    one must only flip the page (laying its charts out again then cost a visible ~20 ms)."""
    from desktop_app.ui.chart_plot import ChartPlot

    panel = window.report.chart_panel
    chapters = window.pack.chapter_ids()
    qtbot.waitUntil(lambda: all(c in panel.pages for c in chapters), timeout=20_000)
    later = next(c for c in chapters[1:] if panel.chart_ids(c) and c != window.report.chapter_id)
    rebuilt = []
    original = ChartPlot._rebuild
    monkeypatch.setattr(ChartPlot, "_rebuild", lambda self: rebuilt.append(self) or original(self))
    window.report.open_location(later, 0)
    qtbot.wait(50)
    cards = panel.current_cards()
    assert cards and all(card.isVisible() for card in cards.values())
    assert rebuilt == []
    for card in cards.values():  # laid out for the width it is shown at
        assert abs(card.plot.view_width() - card.plot.laid_out_width) < 1
