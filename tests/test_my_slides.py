"""The consultant's own charts, two editions compared and the client's answers in the slide
show and in the exported deck: what the wall and the files show is what the chart panel
shows, with the numbers of the packs' figures.csv files and every caveat readable."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from desktop_app.core.compare import Comparison
from desktop_app.core.my_charts import MyChartStore
from desktop_app.presentation.slides import (
    CHAPTER,
    MY_CHART,
    MY_CHARTS,
    READINESS,
    OwnCharts,
    build_slides,
    pack_charts,
    slide_index_for,
)

from .conftest import BUNDLED, MINI, PACKS
from .helpers import overlapping

HD = QSize(1920, 1080)
PILOT = [
    ("nl_obstacles", "data_quality"),
    ("nl_obstacles_pilot_phase", "data_quality"),
    ("nl_obstacles", "knowledge"),
    ("nl_obstacles_pilot_phase", "low_usage"),
]
LADDER = [
    ("nl_adoption_level", item)
    for item in ("strategic_org_wide", "structural_multi", "loose_initiatives", "small_pilots")
] + [("nl_adoption_level", "nothing")]
# One own chart of every kind an own chart can have: (title, kind, items, caveat)
OWN_KINDS = [
    (
        "Data quality: pilots beside everyone",
        "grouped",
        PILOT,
        "The pilot phase is a subgroup of unknown size: its values have no interval and do "
        "not compare directly with all 104 organisations.",
    ),
    (
        "Three obstacles",
        "bar",
        [("nl_obstacles", i) for i in ("knowledge", "data_quality", "security")],
        "",
    ),
    ("The adoption ladder as one bar", "stacked", LADDER, ""),
    ("The adoption ladder as a line", "line", LADDER, ""),
    (
        "The Netherlands and the US",
        "dot",
        [("us_adoption", "ai_one_function"), ("nl_adoption_level", "structural_multi")],
        "Different surveys that asked different questions.",
    ),
]


def figures(folder: Path) -> dict[tuple[str, str], float]:
    """The values of a pack's figures.csv, read here, not by the code under test."""
    with open(folder / "figures.csv", encoding="utf-8", newline="") as handle:
        return {(r["figure_id"], r["item_id"]): float(r["value"]) for r in csv.DictReader(handle)}


def save_all(store: MyChartStore) -> None:
    for title, kind, items, caveat in OWN_KINDS:
        store.add({"en": title}, kind, items, {"en": caveat} if caveat else None)


@pytest.fixture
def own_store(pack, tmp_path) -> MyChartStore:
    store = MyChartStore(tmp_path, pack.id)
    save_all(store)
    return store


# -- which slides, in which order: without a window ------------------------------------------
def test_own_charts_come_after_the_chapters_and_before_the_live_results(pack, own_store):
    own = OwnCharts(tuple(own_store.specs(pack)), "My charts", "Not charts of the report")
    slides = build_slides(pack, "en", "Live results", own=own)
    tail = slides[-(len(OWN_KINDS) + 2) :]
    assert [s.kind for s in tail] == [CHAPTER] + [MY_CHART] * len(OWN_KINDS) + [READINESS]
    heading = tail[0]
    assert (heading.title, heading.subtitle, heading.chart_id) == (
        "My charts",
        "Not charts of the report",
        None,
    )
    assert [s.title for s in tail[1:-1]] == [title for title, *_ in OWN_KINDS]
    assert all(s.chapter_id == MY_CHARTS and not s.message for s in tail[1:-1])
    # 'From here' on the second own chart starts at its slide.
    assert slides[slide_index_for(slides, MY_CHARTS, 1)].title == "Three obstacles"
    # The chart a slide shows holds the figures of figures.csv.
    values = figures(BUNDLED)
    pilot = pack_charts(pack, "en", own.specs)(tail[1].chart_id)
    assert sorted(r.value for r in pilot.rows if r.known) == sorted(values[k] for k in PILOT)
    assert pilot.caveat.startswith("The pilot phase is a subgroup")


def test_no_own_charts_no_heading(pack, tmp_path):
    store = MyChartStore(tmp_path, pack.id)
    store.add({"en": "Gone"}, "bar", [("no_such_figure", "x")])
    own = OwnCharts(tuple(store.specs(pack)), "My charts")
    assert not [s for s in build_slides(pack, "en", own=own) if s.chapter_id == MY_CHARTS]


def test_a_compared_chart_appears_whole_not_bar_by_bar(pack):
    from desktop_app.core.chart_data import chart_data

    plain = build_slides(pack, "en")
    assert any(s.build_steps for s in plain)  # the pack builds some bar charts
    comparison = Comparison(pack, pack)

    def compared(chart_id):
        return comparison.chart(chart_id, "en") or chart_data(pack, pack.charts[chart_id], "en")

    assert not any(s.build_steps for s in build_slides(pack, "en", charts=compared))


# -- every kind on a 1920×1080 wall ---------------------------------------------------------
def test_every_kind_of_own_chart_is_legible_on_the_wall(qapp, pack, own_store, tmp_path):
    from desktop_app.ui.presentation.deck import Deck
    from desktop_app.ui.presentation.own_slides import own_charts
    from desktop_app.ui.theme import LIGHT, THEMES

    own = own_charts(own_store.specs(pack))
    charts = pack_charts(pack, "en", own.specs)
    slides = [s for s in build_slides(pack, "en", charts=charts, own=own) if s.kind == MY_CHART]
    deck = Deck(pack, "en", slides, HD, theme=THEMES[LIGHT], charts=charts)
    assert len(deck.slides) == len(OWN_KINDS)  # none continues on a second slide
    wall = QRectF(0, 0, HD.width(), HD.height())
    values = figures(BUNDLED)
    for index, (slide, (title, kind, items, caveat)) in enumerate(
        zip(deck.slides, OWN_KINDS, strict=True)
    ):
        layout = deck.layout(index)
        where = f"{kind} chart {title!r}"
        assert layout.chart.kind == kind and slide.title == title
        assert layout.fits(), where
        for text in layout.texts:
            assert text.pixels >= HD.height() * 0.025 - 0.5, f"{where}: {text.text!r} too small"
            assert text.needed <= text.box.height() + 1, f"{where}: {text.text!r} is cut off"
            assert wall.contains(text.box), f"{where}: {text.text!r} runs off the slide"
        clash = overlapping([t.box for t in layout.texts])
        assert not clash, [(layout.texts[i].text, layout.texts[j].text) for i, j in clash]
        shown = {(r.figure_id, r.item_id): r.value for r in layout.chart.rows if r.known}
        assert shown == {k: values[k] for k in items}, where
        said = " ".join(t.text for t in layout.texts)
        assert title in said and "Source: InSpark survey" in said
        assert said.count(title) == 1  # the title is not repeated as the chart's caption
        image = QImage(HD, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        layout.paint(painter, None)
        painter.end()
        image.save(str(tmp_path / f"{kind}.png"))
        if caveat:  # the caveat is on the slide, in its box, readable
            assert caveat in said
            box = layout.caveat_box
            assert box.width() > HD.width() * 0.5
            corner = image.pixelColor(int(box.left() + 3), int(box.bottom() - 3))
            assert corner == QColor(THEMES[LIGHT].caveat)


# -- the show, from the window --------------------------------------------------------------
@pytest.fixture
def clean_data_folder():
    import shutil

    from desktop_app.ui.paths import data_folder

    folder = data_folder() / "my-charts"
    shutil.rmtree(folder, ignore_errors=True)
    yield data_folder()
    shutil.rmtree(folder, ignore_errors=True)


def test_a_saved_own_chart_is_presented_from_my_charts(make_window, clean_data_folder, pack):
    save_all(MyChartStore(clean_data_folder, pack.id))
    window = make_window(lang="en")
    window.report.navigator.select_my_chart("my-1")
    session = window.present(from_start=False, presenter=True)  # Shift+F5 on My charts
    controller = session.controller
    slide = controller.current
    assert (slide.kind, slide.chart_id, slide.title) == (MY_CHART, "my-1", OWN_KINDS[0][0])
    values = figures(BUNDLED)
    chart = controller.deck.chart(slide)
    assert sorted(r.value for r in chart.rows if r.known) == sorted(values[k] for k in PILOT)
    notes = "\n".join(slide.notes)
    assert "subgroup of unknown size" in notes and "InSpark survey" in notes
    assert "organisations in the pilot phase" in notes  # the pilot phase's base
    view = session.presenter_view
    assert "subgroup of unknown size" in view.notes.toPlainText()
    strip = [view.strip.item(r).text() for r in range(view.strip.count())]
    assert any("My charts" in text for text in strip)
    assert any(OWN_KINDS[1][0] in text for text in strip)
    assert view.next.layout_.slide.title == OWN_KINDS[1][0]  # the next own chart, previewed
    controller.go(controller.state.index + 1)
    session.finish()
    # Back in the window at the own chart the show had reached.
    panel = window.report.chart_panel
    assert panel.current_chapter == "@my-charts"
    from desktop_app.ui.navigator import MY_CHART_ROLE

    assert window.report.navigator.tree.currentIndex().data(MY_CHART_ROLE) == "my-2"


def test_f5_shows_my_charts_after_the_chapters(make_window, clean_data_folder, pack):
    save_all(MyChartStore(clean_data_folder, pack.id))
    window = make_window(lang="en")
    window.new_check()
    session = window.present(from_start=True)
    slides = session.controller.slides
    assert slides[0].kind == "title"
    mine = [s for s in slides if s.kind == MY_CHART]
    assert [s.title for s in mine] == [title for title, *_ in OWN_KINDS]
    assert slides[-1].kind == READINESS  # the live results stay last (R jumps there)
    session.finish()


@pytest.fixture
def comparing(make_window):
    """The 2031 edition compared with the 2030 one, as --compare opens it."""
    from desktop_app.content import load_content
    from desktop_app.ui.comparing import compare_with

    window = make_window(lang="en", content=load_content(PACKS / "mini-next"))
    assert compare_with(window, MINI)
    return window


def test_with_a_comparison_open_a_slide_shows_both_editions(comparing, tmp_path):
    session = comparing.present(from_start=True)
    controller = session.controller
    controller.use_size(HD)
    index = next(i for i, s in enumerate(controller.slides) if s.chart_id == "obstacles")
    layout = controller.layout(index)
    chart = layout.chart
    assert chart.legend == ("2030", "Survey 2031")
    before, after = figures(MINI), figures(PACKS / "mini-next")
    skills = [r.value for r in chart.rows if r.item_id == "skills"]
    assert skills == [before[("barriers", "skills")], after[("obstacles", "skills")]]  # 60, 35
    said = [t.text for t in layout.texts]
    change = after[("obstacles", "skills")] - before[("barriers", "skills")]
    assert f"Skills (−{abs(change):.0f} pp)" in said
    notice = next(t for t in said if t.startswith("Beside each item"))
    assert "from 2030 to Survey 2031" in notice
    assert "Larger than the sampling error: Skills;" in notice  # p = 0.005 (test_compare)
    assert layout.fits() and controller.current.build_steps == 0
    # As a slope too: the panel's choice is the slide's.
    session.finish()
    comparing.report.chart_panel.show_as_slope(True)
    session = comparing.present(from_start=True)
    session.controller.use_size(HD)
    layout = session.controller.layout(index)
    assert layout.chart.kind == "line" and layout.fits()
    assert not overlapping([t.box for t in layout.texts])
    session.finish()


def client_window(make_window):
    window = make_window(lang="en")
    window.new_check()
    workspace = window.readiness
    workspace.editor.client.setText("Acme")
    workspace.editor.client.editingFinished.emit()
    workspace.answer("obstacles", ("knowledge", "roi"))
    window.show_report()
    window.window_actions.client_action.trigger()
    return window


def test_with_the_clients_answers_shown_the_slide_marks_them(make_window, clean_data_folder, pack):
    MyChartStore(clean_data_folder, pack.id).add(
        {"en": OWN_KINDS[0][0]}, "grouped", PILOT, {"en": OWN_KINDS[0][3]}
    )
    window = client_window(make_window)
    session = window.present(from_start=True)
    controller = session.controller
    values = figures(BUNDLED)
    for chart_id in ("obstacles", "my-1"):
        index = next(i for i, s in enumerate(controller.slides) if s.chart_id == chart_id)
        layout = controller.layout(index)
        said = [t.text for t in layout.texts]
        assert "◀ answer of Acme" in said, chart_id
        knowledge = values[("nl_obstacles", "knowledge")]
        assert any(
            t.startswith(f"{knowledge:.0f}% ◀") or t == f"● {knowledge:.0f}% ◀" for t in said
        )
    session.finish()
    window.window_actions.client_action.trigger()  # off: the next show has no marks
    session = window.present(from_start=True)
    layouts = [session.controller.layout(i) for i in range(len(session.controller.slides))]
    assert not any("◀" in t.text for layout in layouts for t in layout.texts)
    session.finish()


# -- the exported deck ------------------------------------------------------------------------
def pptx_slide(path: Path, title: str):
    from pptx import Presentation

    for page in Presentation(str(path)).slides:
        texts = [s.text_frame.text for s in page.shapes if s.has_text_frame]
        if texts and texts[0] == title:
            return page
    raise AssertionError(f"no slide titled {title!r} in {path}")


def test_the_powerpoint_holds_own_charts_natively_and_marks_the_client(
    make_window, clean_data_folder, pack, tmp_path
):
    from pptx.enum.chart import XL_CHART_TYPE

    from desktop_app.ui.presentation.deck_export import export_slides
    from desktop_app.ui.presentation.own_slides import own_charts, shown_charts

    save_all(MyChartStore(clean_data_folder, pack.id))
    window = client_window(make_window)
    panel = window.report.chart_panel
    target = tmp_path / "deck.pptx"
    export_slides(target, pack, "en", None, shown_charts(panel), own_charts(panel.my_specs))
    values = figures(BUNDLED)
    page = pptx_slide(target, OWN_KINDS[0][0])
    (chart,) = [s.chart for s in page.shapes if s.has_chart]
    assert chart.chart_type == XL_CHART_TYPE.BAR_CLUSTERED and len(chart.plots[0].series) == 2
    held = sorted(v for s in chart.plots[0].series for v in s.values if v is not None)
    assert held == sorted(values[k] for k in PILOT)
    texts = " ".join(s.text_frame.text for s in page.shapes if s.has_text_frame)
    assert OWN_KINDS[0][3] in texts and "Source: InSpark survey" in texts
    assert "answer of Acme" in texts
    labels = [
        point.data_label.text_frame.text
        for series in chart.plots[0].series
        for point in series.points
        if point.data_label.has_text_frame
    ]
    assert f"{values[('nl_obstacles', 'knowledge')]:.0f}% ◀" in labels
    # A point's own text must not hide the other values of its series.
    assert all(series.data_labels.show_value for series in chart.plots[0].series)
    assert "subgroup of unknown size" in page.notes_slide.notes_text_frame.text
    for title, kind, items, _caveat in OWN_KINDS[1:]:
        (chart,) = [s.chart for s in pptx_slide(target, title).shapes if s.has_chart]
        held = sorted(v for s in chart.plots[0].series for v in s.values if v is not None)
        assert held == sorted(values[k] for k in items), kind


def test_an_exported_comparison_names_each_change(comparing, tmp_path):
    from desktop_app.ui.presentation.deck_export import export_slides
    from desktop_app.ui.presentation.own_slides import shown_charts

    panel = comparing.report.chart_panel
    target = tmp_path / "compared.pptx"
    export_slides(target, comparing.pack, "en", None, shown_charts(panel))
    page = pptx_slide(target, "What holds them back")
    (chart,) = [s.chart for s in page.shapes if s.has_chart]
    assert [s.name for s in chart.plots[0].series] == ["2030", "Survey 2031"]
    assert "Skills (−25 pp)" in list(chart.plots[0].categories)
    texts = " ".join(s.text_frame.text for s in page.shapes if s.has_text_frame)
    assert "Larger than the sampling error: Skills" in texts


def test_export_slides_from_the_command_line_includes_my_charts(pack, tmp_path):
    import os
    import subprocess
    import sys

    from pptx import Presentation

    from desktop_app.ui.app import APP_NAME, ORGANISATION

    from .conftest import ROOT

    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "XDG_DATA_HOME": str(tmp_path / "d"),
    }
    MyChartStore(tmp_path / "d" / ORGANISATION / APP_NAME, pack.id).add(
        {"en": "Mine, from the command line"}, "dot", OWN_KINDS[4][2], {"en": OWN_KINDS[4][3]}
    )
    target = tmp_path / "deck.pptx"
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--export-slides", str(target), "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    page = pptx_slide(target, "Mine, from the command line")
    (chart,) = [s.chart for s in page.shapes if s.has_chart]
    values = figures(BUNDLED)
    held = sorted(v for s in chart.plots[0].series for v in s.values if v is not None)
    assert held == sorted(values[k] for k in OWN_KINDS[4][2])
    titles = [
        next((s.text_frame.text for s in p.shapes if s.has_text_frame), "")
        for p in Presentation(str(target)).slides
    ]
    assert titles[-2:] == ["My charts", "Mine, from the command line"]
