"""Slides as a room sees them: every slide of the bundled pack on four projectors, and the deck
as PowerPoint and PDF.
"""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QAbstractSlider

from desktop_app.core.chart_data import chart_data
from desktop_app.presentation.slides import SECTION, build_slides
from desktop_app.ui.presentation.deck import Deck

from .conftest import BUNDLED
from .helpers import needs_pdftotext, overlapping

SCREENS = [
    QSize(1024, 768),  # 4:3, many meeting-room projectors
    QSize(1280, 800),  # 16:10
    QSize(1366, 768),
    QSize(1920, 1080),
    QSize(3840, 2160),
]


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_slide_fits_its_screen(qapp, pack, lang, size):
    deck = Deck(pack, lang, build_slides(pack, lang), size)
    slide_box = QRectF(0, 0, size.width(), size.height())
    minimum = size.height() * 0.025
    for index, slide in enumerate(deck.slides):
        layout = deck.layout(index)
        where = f"slide {index + 1} ({slide.title!r}) at {size.width()}×{size.height()}"
        assert layout.fits(), f"{where}: the message does not fit"
        for text in layout.texts:
            assert text.pixels >= minimum - 0.5, f"{where}: {text.text!r} at {text.pixels:.1f} px"
            assert text.needed <= text.box.height() + 1, f"{where}: {text.text!r} is cut off"
            assert slide_box.contains(text.box), f"{where}: {text.text!r} runs off the slide"
        clash = overlapping([t.box for t in layout.texts])
        assert not clash, (
            f"{where}: {[(layout.texts[i].text, layout.texts[j].text) for i, j in clash]}"
        )


def test_a_message_that_does_not_fit_continues_on_the_next_slide(qapp, pack):
    from dataclasses import replace

    slides = build_slides(pack, "en")
    long = replace(
        next(s for s in slides if s.kind == SECTION and s.chart_id),
        message=tuple(
            f"Point number {n}, with enough words to need a line of its own." for n in range(30)
        ),
        bullets=True,
    )
    deck = Deck(pack, "en", [long], QSize(1024, 768))
    assert len(deck.slides) >= 3
    assert [s.part for s in deck.slides] == list(range(1, len(deck.slides) + 1))
    # The message first, then its evidence: the chart on a slide of its own, last.
    assert [s.chart_id for s in deck.slides] == [None] * (len(deck.slides) - 1) + [long.chart_id]
    assert not deck.slides[-1].message
    assert sum(len(s.message) for s in deck.slides) == 30  # nothing lost, nothing repeated
    for index in range(len(deck.slides)):
        assert deck.layout(index).fits()


def test_a_slide_shows_a_message_not_the_whole_prose(pack):
    for slide in build_slides(pack, "nl"):
        if slide.kind == SECTION:
            assert len(slide.message) <= 5, slide.title


def test_nothing_but_the_slide_reaches_the_wall(window, qtbot):
    session = window.present(from_start=True)
    wall = session.presentation
    for _ in range(len(session.controller.slides)):
        controls = [
            w
            for kind in (QAbstractButton, QAbstractScrollArea, QAbstractSlider)
            for w in wall.findChildren(kind)
            if w.isVisible()
        ]
        assert not controls
        qtbot.keyClick(wall, Qt.Key.Key_PageDown)
    session.finish()


def test_the_theme_key_keeps_the_slide_as_it_was_laid_out(window, qtbot):
    """Regression: T during a show dropped the slide's title and text to body size."""
    session = window.present(from_start=True)
    wall = session.presentation
    session.controller.go(2)
    before = sorted((t.text, round(t.pixels)) for t in wall.view.layout_.texts)
    qtbot.keyClick(wall, Qt.Key.Key_T)
    after = sorted((t.text, round(t.pixels)) for t in wall.view.layout_.texts)
    assert after == before
    session.finish()


def test_a_build_reveals_the_bars_one_by_one(window, qtbot, pack):
    from dataclasses import replace

    session = window.present(from_start=True)
    controller = session.controller
    index = next(i for i, s in enumerate(controller.slides) if s.chart_id == "obstacles")
    slide = controller.slides[index]
    controller.deck.slides[index] = replace(slide, build_steps=6)
    controller.state.steps[index] = 6
    controller.go(index)
    wall = session.presentation
    assert wall.view.step == 0
    qtbot.keyClick(wall, Qt.Key.Key_Right)
    assert (controller.state.index, wall.view.step) == (index, 1)
    view = session.presenter_view
    if view is not None:  # the presenter sees the next build step
        assert view.next.step == 2
    qtbot.keyClick(wall, Qt.Key.Key_Left)
    assert wall.view.step == 0
    for _ in range(6):
        qtbot.keyClick(wall, Qt.Key.Key_Right)
    assert (controller.state.index, wall.view.step) == (index, 6)
    qtbot.keyClick(wall, Qt.Key.Key_Right)
    assert controller.state.index == index + 1
    session.finish()


# -- the deck as files ---------------------------------------------------------------------------
def figures_csv() -> dict[tuple[str, str], float]:
    with open(BUNDLED / "figures.csv", encoding="utf-8", newline="") as handle:
        return {(r["figure_id"], r["item_id"]): float(r["value"]) for r in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def exported(tmp_path_factory, pack):
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.presentation.deck_export import export_slides

    QApplication.instance() or QApplication([])
    folder = tmp_path_factory.mktemp("deck")
    count = export_slides(folder / "deck.pptx", pack, "en")
    export_slides(folder / "deck.pdf", pack, "en")
    return folder, count


def test_the_powerpoint_has_every_slide_with_native_charts_and_notes(exported, pack):
    from pptx import Presentation

    from desktop_app.core.chart_data import chart_data
    from desktop_app.ui.formatting import footer_text

    folder, count = exported
    deck = Presentation(str(folder / "deck.pptx"))
    assert len(deck.slides) == count
    values = figures_csv()
    slides = Deck(pack, "en", build_slides(pack, "en"), QSize(1920, 1080)).slides
    charted = marked = 0
    for slide, page in zip(slides, deck.slides, strict=True):
        charts = [s.chart for s in page.shapes if s.has_chart]
        if slide.chart_id is None:
            assert not charts
            continue
        charted += 1
        rows = [r for r in chart_data(pack, pack.charts[slide.chart_id], "en").rows if r.known]
        plot = charts[0].plots[0]
        held = sorted(v for s in plot.series for v in s.values if v is not None)
        # Every value the chart holds is a figure of figures.csv, each bar exactly once.
        assert held == sorted(values[(r.figure_id, r.item_id)] for r in rows)
        texts = [s.text_frame.text for s in page.shapes if s.has_text_frame]
        assert "Source:" in " ".join(texts)  # base and source on every chart slide
        # The footer says what the wall's says, word for word: '*' keys a derived value.
        footer = footer_text(chart_data(pack, pack.charts[slide.chart_id], "en"))
        assert all(any(line in text for text in texts) for line in footer.splitlines())
        marked += footer.startswith("*") or "\n*" in footer
        if slide.notes:
            assert page.notes_slide.notes_text_frame.text.startswith(slide.notes[0][:30])
    assert charted >= 12 and marked >= 1


def test_the_powerpoint_asks_for_every_bar_to_be_named(exported):
    """Left to decide, PowerPoint thins out the names of a crowded chart's bars."""
    import zipfile

    folder, _count = exported
    with zipfile.ZipFile(folder / "deck.pptx") as deck:
        charts = [deck.read(n).decode() for n in deck.namelist() if n.startswith("ppt/charts/")]
    axes = [
        xml.split("<c:catAx>")[1].split("</c:catAx>")[0] for xml in charts if "<c:catAx>" in xml
    ]
    assert len(axes) >= 12
    assert all('<c:tickLblSkip val="1"/>' in axis for axis in axes)


def test_the_powerpoint_hatches_a_derived_value_and_marks_the_scale_as_the_wall(exported, pack):
    """A value calculated from others is hatched, not solid; the scale reads 0, 25, …, 100."""
    from pptx import Presentation

    from desktop_app.core.model import DERIVED

    folder, _count = exported
    slides = Deck(pack, "en", build_slides(pack, "en"), QSize(1920, 1080)).slides
    hatched = solid = 0
    for slide, page in zip(slides, Presentation(str(folder / "deck.pptx")).slides, strict=True):
        chart = next((s.chart for s in page.shapes if s.has_chart), None)
        if chart is None or slide.chart_id is None:
            continue
        xml = chart._chartSpace.xml
        assert '<c:majorUnit val="25.0"/>' in xml or "barDir" not in xml
        derived = any(
            r.mark == DERIVED for r in chart_data(pack, pack.charts[slide.chart_id], "en").rows
        )
        hatched += derived and "<a:pattFill" in xml
        solid += not derived and "<a:pattFill" not in xml
    assert hatched >= 2 and solid >= 10


def test_a_message_reads_the_same_on_the_wall_and_in_powerpoint():
    """Bold kept, Markdown's escapes undone, other markup gone: one reading for both."""
    from desktop_app.presentation.slides import message_runs
    from desktop_app.ui.presentation.slide_render import inline_html

    line = r"**59%** noemt kennis\_gebrek \[zie *bijlage*\] en `code`"
    assert message_runs(line) == [
        ("59%", True),
        (" noemt kennis_gebrek [zie bijlage] en code", False),
    ]
    assert inline_html(line) == "<b>59%</b> noemt kennis_gebrek [zie bijlage] en code"


def test_no_text_in_the_powerpoint_is_below_the_walls_minimum(exported):
    """2.5% of the slide's 7.5 inches (540 pt), as the wall's slides: 13.5 pt."""
    from pptx import Presentation

    folder, _count = exported
    sizes = []
    for page in Presentation(str(folder / "deck.pptx")).slides:
        for shape in page.shapes:
            if shape.has_text_frame:
                sizes += [r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs]
            if shape.has_chart:
                chart = shape.chart
                if chart.has_legend:
                    sizes.append(chart.legend.font.size.pt)
                for axis in (chart.category_axis, chart.value_axis):
                    size = axis.tick_labels.font.size
                    sizes += [size.pt] if size is not None else []
    assert sizes and min(sizes) >= 13.5


@needs_pdftotext
def test_the_pdf_has_one_page_per_slide(exported):
    import subprocess

    folder, count = exported
    info = subprocess.run(
        ["pdfinfo", str(folder / "deck.pdf")], capture_output=True, text=True
    ).stdout
    assert f"Pages:           {count}" in info
    assert "720 x 405 pts" in info  # 16:9
    text = subprocess.run(
        ["pdftotext", str(folder / "deck.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Lack of knowledge and expertise" in text and "59%" in text


def test_export_slides_from_the_command_line_shows_no_window(tmp_path):
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    target = tmp_path / "deck.pdf"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--export-slides",
            str(target),
            "--lang",
            "nl",
            "--chapter",
            "obstacles",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    assert "slides written to" in result.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--export-slides", str(tmp_path / "deck.key")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1 and ".pptx or .pdf" in bad.stderr
    assert not (tmp_path / "deck.key").exists()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_on_a_square_window_every_slide_still_fits(qapp, pack, lang):
    """Qt's offscreen default and a window dragged square are shaped like no projector: a
    chart alone on its slide may then use type below the slide's minimum, never overlap."""
    size = QSize(800, 800)
    deck = Deck(pack, lang, build_slides(pack, lang), size)
    for index, slide in enumerate(deck.slides):
        layout = deck.layout(index)
        where = f"slide {index + 1} ({slide.title!r})"
        assert layout.fits(), f"{where}: does not fit"
        assert not overlapping([t.box for t in layout.texts]), f"{where}: texts overlap"
        for text in layout.texts:
            assert text.needed <= text.box.height() + 1, f"{where}: {text.text!r} is cut off"
