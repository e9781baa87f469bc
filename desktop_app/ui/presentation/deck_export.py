"""The deck as PowerPoint and as PDF, from the slides the show presents.

Both are laid out at 1920×1080 (16:9), with every build complete; the readiness check's
live slide stays out (there is no check behind an exported deck). The PDF is painted by
the same code as the wall, one slide per page; the PowerPoint file holds native charts.
A file is written beside its target and moved into place only when complete (atomic_path).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter

from ...core.model import ReportPack, pick
from ...core.safe_files import atomic_path
from ...presentation.pptx_writer import DeckColours, ExportSlide, write_pptx
from ...presentation.slides import ChartSource, OwnCharts, Slide, build_slides, pack_charts
from .. import palette
from ..formatting import decimals, footer_text
from ..pdf_writer import page_size_mm, pdf_writer
from ..theme import LIGHT, THEMES
from .deck import Deck
from .slide_words import chart_notices, slide_value_text

DESIGN = QSize(1920, 1080)
PDF_DPI = 192  # a 254 × 142.875 mm page (16:9) is then exactly 1920 × 1080 pixels
FORMATS = (".pptx", ".pdf")


class ExportError(Exception):
    """The slides could not be written; the message says where and why."""


def export_slides(
    path: Path,
    pack: ReportPack,
    lang: str,
    chapter_id: str | None = None,
    charts: ChartSource | None = None,
    own: OwnCharts | None = None,
) -> int:
    """Write the deck (or one chapter's slides, or My charts: ``MY_CHARTS``) to ``path``
    (.pptx or .pdf); how many slides. ``charts`` and ``own`` as the show takes them."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise ExportError(f"{path}: the file name must end in .pptx or .pdf")
    charts = charts or pack_charts(pack, lang, own.specs if own else ())
    slides: list[Slide] = build_slides(pack, lang, charts=charts, own=own)
    if chapter_id:
        slides = [s for s in slides if s.chapter_id == chapter_id]
    # paper and PowerPoint: light
    deck = Deck(pack, lang, slides, DESIGN, theme=THEMES[LIGHT], charts=charts)
    try:
        with atomic_path(path) as temporary:
            if path.suffix.lower() == ".pdf":
                _write_pdf(deck, temporary, pick(pack.title, lang))
            else:
                _write_pptx(deck, temporary, pick(pack.title, lang))
    except OSError as error:
        raise ExportError(f"{path}: {error.strerror or error}") from error
    return len(deck.slides)


def _write_pdf(deck: Deck, path: Path, title: str) -> None:
    writer = pdf_writer(
        path,
        title=title,
        resolution=PDF_DPI,
        margins_mm=(0, 0, 0, 0),
        page=page_size_mm(254, 142.875, "Slide 16:9"),
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"{path}: the PDF could not be started")
    try:
        for index in range(len(deck.slides)):
            if index:
                writer.newPage()
            deck.layout(index).paint(painter, None)
    finally:
        painter.end()


def number_format(rows) -> str:
    """PowerPoint's number format for the chart's values: the most decimals any value has."""
    places = max((decimals(r.value) for r in rows), default=0)
    digits = "0" + ("." + "0" * places if places else "")
    return digits + ('"%"' if all(r.unit == "percent" for r in rows) else "")


def _write_pptx(deck: Deck, path: Path, title: str) -> None:
    light = THEMES[LIGHT]
    colours = DeckColours(
        text=light.text,
        heading=light.heading,
        muted=light.muted,
        caveat=light.caveat,
        series=tuple(palette.SERIES),
        highlight=palette.HIGHLIGHT,
        categories=tuple(palette.CATEGORY_COLOURS),
    )
    items = []
    for slide in deck.slides:
        chart = deck.chart(slide)
        items.append(
            ExportSlide(
                slide,
                chart,
                tuple(slide_value_text(r) for r in chart.rows) if chart else (),
                footer_text(chart) if chart else "",
                number_format(chart.rows) if chart else "0",
                chart_notices(chart) if chart else (),
            )
        )
    write_pptx(path, items, title, colours)
