"""The deck as a PowerPoint file with native charts, so a consultant can restyle or edit them.

python-pptx is imported here, when a deck is exported, never at start-up. The slides come
from the same slide model as the show and the PDF; the words (values as shown, base and
source lines, footnotes) come formatted from the shell, in the reader's language.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.chart_data import BAR, DOT, GROUPED, LINE, STACKED, ChartData
from ..core.model import DERIVED
from ..core.safe_markdown import unescape
from .slides import TITLE, Slide, message_runs

SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN = 13.333, 7.5  # 16:9, PowerPoint's own widescreen size
# No text below 2.5% of the slide's height, as on the wall (slide_render.MIN_TEXT): 13.5 pt.
MIN_PT = 14


@dataclass(frozen=True)
class DeckColours:
    text: str
    heading: str
    muted: str
    caveat: str
    series: tuple[str, ...]
    highlight: str
    categories: tuple[str, ...] = ()  # segments of a stacked bar


@dataclass(frozen=True)
class ExportSlide:
    """One slide as exported: the slide, its chart and the words around the chart."""

    slide: Slide
    chart: ChartData | None
    values: tuple[str, ...]  # each chart row's value as shown ('59%', '32%*', '≈50%', '27% ◀')
    footer: str  # base and source of each series, and what marks mean; one per line
    number_format: str  # the values' format for PowerPoint, e.g. '0"%"'
    notices: tuple[str, ...] = ()  # whose answers ◀ marks, what the changes are; one per line


def _rgb(colour: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(colour.lstrip("#").upper())


def _paler(colour: str, share: float = 0.35) -> str:
    """``colour`` at ``share`` of its strength on white: the wall's pale fill of a derived bar."""
    channels = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in channels)


def _runs(paragraph, text: str, size_pt: float, colour: str, markdown: bool) -> None:
    """A line as runs: a message's inline Markdown with **bold** kept, other text as it is
    (a footer's '*' marks a derived value and must stay)."""
    from pptx.util import Pt

    for piece, bold in message_runs(text) if markdown else [(text, False)]:
        run = paragraph.add_run()
        run.text = piece
        run.font.size = Pt(size_pt)
        run.font.bold = bold
        run.font.color.rgb = _rgb(colour)


def _text_box(
    slide,
    left,
    top,
    width,
    height,
    lines,
    size_pt,
    colour,
    bold=False,
    bullets=False,
    markdown=False,
):
    from pptx.util import Inches, Pt

    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = box.text_frame
    frame.word_wrap = True
    for number, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        paragraph.space_after = Pt(size_pt * 0.5)
        _runs(paragraph, ("• " if bullets else "") + line, size_pt, colour, markdown)
        for run in paragraph.runs:
            run.font.bold = run.font.bold or bold
    return box


def _text_height(lines: Sequence[str], size_pt: float, width_in: float) -> float:
    """Inches a text box needs for ``lines`` wrapped at ``width_in`` (an estimate that errs
    on the tall side: an average character is about half as wide as the type is high)."""
    per_line = max(1, int(width_in * 72 / (size_pt * 0.5)))
    count = sum(max(1, math.ceil(len(line) / per_line)) for line in lines)
    spacing = len(lines) * size_pt * 0.5  # each paragraph's space after (see _text_box)
    return (count * size_pt * 1.25 + spacing) / 72 + 0.15


def _label_every_category(axis) -> None:
    """Every bar named: left to decide, PowerPoint and LibreOffice skip labels they find
    crowded (slide 'sectors' showed three names for six bars)."""
    from pptx.oxml.xmlchemy import OxmlElement

    skip = OxmlElement("c:tickLblSkip")
    skip.set("val", "1")
    axis._element.insert_element_before(skip, "c:tickMarkSkip", "c:noMultiLvlLbl", "c:extLst")


def _series_values(chart_data_: ChartData):
    """PowerPoint's categories and series for the chart's kind, top row first on screen.

    Bars: one series, a category per bar. Groups and dots: a category per item, a series per
    figure. Stacked: a category per bar (series of the chart), a series per segment. Lines:
    a category per point, a series per line.
    """
    rows = chart_data_.rows
    kind = chart_data_.kind
    if kind == BAR:
        ordered = list(reversed(rows))  # PowerPoint draws bars bottom-up
        several = chart_data_.series_count > 1  # one figure's name before every bar: not
        labels = [r.display_label if several else r.label for r in ordered]
        return labels, [(chart_data_.title, ordered)]
    categories = list(chart_data_.categories)
    names = {s.index: s.label or s.figure_id for s in chart_data_.series}
    indices = sorted({r.series_index for r in rows})
    if kind in (GROUPED, DOT):
        categories.reverse()
        return [c.label for c in categories], [
            (names.get(i, str(i + 1)), [c.row_of(i) for c in categories]) for i in indices
        ]
    if kind == STACKED or (kind == LINE and len(indices) > 1):
        return [names.get(i, str(i + 1)) for i in indices], [
            (c.label, [c.row_of(i) for i in indices]) for c in categories
        ]
    return [c.label for c in categories], [(chart_data_.title, [c.rows[0] for c in categories])]


def _chart(slide, item: ExportSlide, colours: DeckColours, left, top, width, height) -> None:
    """A native chart holding the figures' values, in the closest PowerPoint has to the kind."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
    from pptx.enum.dml import MSO_PATTERN_TYPE
    from pptx.util import Inches, Pt

    chart_data_ = item.chart
    categories, series = _series_values(chart_data_)
    data = CategoryChartData(number_format=item.number_format)
    data.categories = categories
    for name, rows in series:
        data.add_series(name, [r.value if r is not None and r.known else None for r in rows])
    kind = {
        BAR: XL_CHART_TYPE.BAR_CLUSTERED,
        GROUPED: XL_CHART_TYPE.BAR_CLUSTERED,
        DOT: XL_CHART_TYPE.BAR_CLUSTERED,  # PowerPoint has no dot plot: bars, values kept
        STACKED: XL_CHART_TYPE.BAR_STACKED_100,
        LINE: XL_CHART_TYPE.LINE_MARKERS,
    }.get(chart_data_.kind, XL_CHART_TYPE.BAR_CLUSTERED)
    frame = slide.shapes.add_chart(
        kind, Inches(left), Inches(top), Inches(width), Inches(height), data
    )
    chart = frame.chart
    chart.has_legend = len(series) > 1
    if chart.has_legend:
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(MIN_PT)
    chart.has_title = chart_data_.title != item.slide.title  # never the slide's title twice
    if chart.has_title:
        chart.chart_title.text_frame.text = chart_data_.title
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(16)
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.bold = True
    if chart_data_.kind != STACKED:
        axis = chart.value_axis
        axis.minimum_scale, axis.maximum_scale = 0, 100
        axis.major_unit = 25  # 0, 25, 50, 75, 100 as on the wall: '0 20 40 60 80100' crowded
        axis.has_major_gridlines = False
        axis.tick_labels.font.size = Pt(MIN_PT)
    chart.category_axis.tick_labels.font.size = Pt(MIN_PT)
    _label_every_category(chart.category_axis)
    plot = chart.plots[0]
    if chart_data_.kind in (BAR, GROUPED, DOT):
        plot.gap_width = 60
    plot.has_data_labels = True

    def show_values(labels) -> None:
        labels.show_value = True
        labels.number_format = item.number_format
        labels.number_format_is_linked = False
        if chart_data_.kind in (BAR, GROUPED, DOT):
            labels.position = XL_LABEL_POSITION.OUTSIDE_END
        labels.font.size = Pt(14)
        labels.font.bold = True

    show_values(plot.data_labels)
    shown = dict(zip(chart_data_.rows, item.values, strict=True))
    for series_number, (pptx_series, (_name, rows)) in enumerate(
        zip(plot.series, series, strict=True)
    ):
        # A series' own labels, written out: one point's own text ('–', '59% ◀') makes the
        # series' label settings, and those hide every other value unless they show them.
        show_values(pptx_series.data_labels)
        if chart_data_.kind in (GROUPED, DOT, STACKED):  # one colour per series, as the legend
            pptx_series.format.fill.solid()
            palette_ = colours.categories if chart_data_.kind == STACKED else colours.series
            pptx_series.format.fill.fore_color.rgb = _rgb(palette_[series_number % len(palette_)])
        for point_index, row in enumerate(rows):
            if row is None:
                continue
            point = pptx_series.points[point_index]
            if chart_data_.kind in (BAR, GROUPED, STACKED):
                fill = point.format.fill
                fill.solid()
                if chart_data_.kind == BAR:
                    colour = (
                        colours.highlight
                        if row.highlighted
                        else colours.series[row.series_index % len(colours.series)]
                    )
                elif chart_data_.kind == GROUPED:
                    colour = colours.series[series_number % len(colours.series)]
                else:
                    colour = colours.categories[series_number % len(colours.categories)]
                fill.fore_color.rgb = _rgb(colour)
                if row.mark == DERIVED:  # hatched, as on the wall: calculated, not published
                    fill.patterned()
                    fill.pattern = MSO_PATTERN_TYPE.WIDE_UPWARD_DIAGONAL
                    fill.fore_color.rgb = _rgb(colour)
                    fill.back_color.rgb = _rgb(_paler(colour))
            # '32%*', '≈50%', '–', '27% ◀': the value as the app shows it
            if row.mark or not row.known or row.client_answer:
                frame = point.data_label.text_frame
                frame.text = shown[row]
                for run in frame.paragraphs[0].runs:  # as the other values
                    run.font.size, run.font.bold = Pt(MIN_PT), True


def write_pptx(path: Path, slides: Sequence[ExportSlide], title: str, colours: DeckColours) -> None:
    """Write ``slides`` to ``path``: a title, the message, a native chart, base and source, notes."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(SLIDE_WIDTH_IN), Inches(SLIDE_HEIGHT_IN)
    deck.core_properties.title = title
    blank = deck.slide_layouts[6]
    margin, width = 0.6, SLIDE_WIDTH_IN - 1.2
    for item in slides:
        slide, page = item.slide, deck.slides.add_slide(blank)
        if slide.kind == TITLE:
            _text_box(
                page, margin, 2.2, width * 0.85, 1.8, [slide.title], 40, colours.heading, True
            )
            lines = [line for line in (slide.subtitle, slide.byline) if line]
            _text_box(page, margin, 4.1, width * 0.85, 1.5, lines, 22, colours.text)
        else:
            _text_box(page, margin, 0.35, width, 1.1, [slide.title], 30, colours.heading, True)
            top, bottom = 1.55, SLIDE_HEIGHT_IN - 0.35
            if item.chart is not None:
                footer_lines = item.footer.splitlines()
                footer_height = _text_height(footer_lines, MIN_PT, width)
                _text_box(
                    page,
                    margin,
                    bottom - footer_height,
                    width,
                    footer_height,
                    footer_lines,
                    MIN_PT,
                    colours.muted,
                )
                bottom -= footer_height + 0.1
            chart_left, chart_width = margin, width
            if slide.message:
                text_width = width * 0.36 if item.chart is not None else width * 0.8
                _text_box(
                    page,
                    margin,
                    top,
                    text_width,
                    bottom - top,
                    list(slide.message),
                    20,
                    colours.text,
                    bullets=slide.bullets,
                    markdown=True,
                )
                chart_left, chart_width = margin + text_width + 0.3, width - text_width - 0.3
            if item.chart is not None:
                if item.chart.caveat:
                    lines = ["⚠ " + item.chart.caveat]
                    height = _text_height(lines, MIN_PT, chart_width)
                    caveat = _text_box(
                        page, chart_left, top, chart_width, height, lines, MIN_PT, colours.text
                    )
                    caveat.fill.solid()
                    caveat.fill.fore_color.rgb = _rgb(colours.caveat)
                    top += height + 0.1
                if item.notices:
                    height = _text_height(item.notices, MIN_PT, chart_width)
                    _text_box(
                        page,
                        chart_left,
                        top,
                        chart_width,
                        height,
                        item.notices,
                        MIN_PT,
                        colours.text,
                    )
                    top += height + 0.1
                _chart(page, item, colours, chart_left, top, chart_width, bottom - top)
        if slide.notes:  # the notes pane shows text: Markdown's escapes go
            page.notes_slide.notes_text_frame.text = "\n\n".join(unescape(n) for n in slide.notes)
    deck.save(str(path))
