"""One slide laid out and painted for a room: the wall, a preview and the PDF draw the same.

A slide is laid out for the audience screen's size (its aspect ratio decides whether the
message stands beside the chart or above it) and painted with QPainter, so it scales to a
preview without changing a line break. Every text is at least ``MIN_TEXT`` of the slide's
height, chart labels and values included; a message that does not fit shrinks to that
size and no further (``fits`` says so; the deck then continues it on a next slide).

The layout records every text it places (``texts``), so tests can prove that nothing is
clipped, nothing overlaps and nothing is too small.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument

from ...core.chart_data import LINE, STACKED, ChartData
from ...presentation.slides import CHAPTER, READINESS, TITLE, Slide, message_runs
from ..formatting import footer_text
from ..palette import category_colour, series_colour, series_symbol
from ..safe_text import SafeTextDocument
from ..theme import Theme, current
from .slide_charts import SlideChart, slide_chart
from .slide_words import chart_notices

MIN_TEXT = 0.025  # no text on a slide below 2.5% of its height
BODY_MAX = 0.042  # the message starts this large and shrinks to MIN_TEXT to fit
MESSAGE_ALONE = 0.05  # a message without a chart may be larger
TITLE_SIZE = 0.058
TITLE_SLIDE_SIZE = 0.075
LABEL_MAX = 0.036


def inline_html(markdown: str) -> str:
    """A line of the pack's (neutralised) Markdown as safe HTML: **bold** kept, the rest text."""
    return "".join(
        f"<b>{escape(text)}</b>" if bold else escape(text) for text, bold in message_runs(markdown)
    )


@dataclass(frozen=True)
class PlacedText:
    """A text the layout placed: where, how large, and how much room it needed."""

    text: str
    box: QRectF
    pixels: float
    needed: float  # the height the text takes at that width


class SlideLayout:
    """The geometry of one slide at one size, computed once and reused for every paint."""

    def __init__(
        self,
        slide: Slide,
        size: QSize,
        chart: ChartData | None,
        theme: Theme | None = None,
        beside: bool = False,
        footnote: str = "",
    ) -> None:
        self.slide, self.chart, self.size = slide, chart, size
        self.theme = theme or current()
        self.beside = beside  # the message beside the chart whatever the screen (live results)
        self.footnote = footnote  # plain text under the chart's base and source, in small type
        self.width, self.height = float(size.width()), float(size.height())
        self.min_px = max(1.0, round(self.height * MIN_TEXT))
        self.texts: list[PlacedText] = []
        self.documents: list[tuple[QTextDocument, QRectF]] = []
        self.message_px = 0.0
        self.message_fits = True
        self.chart_fits = True
        self.divider = False
        self.chart_layout: SlideChart | None = None  # the chart as drawn, of its kind
        self.footer: QTextDocument | None = None
        self.footer_box = QRectF()
        self.caption_box = QRectF()
        self.caveat_box = QRectF()
        self._lay_out()

    # -- helpers -------------------------------------------------------------------------
    def _document(
        self, html: str, pixels: float, width: float, bold: bool = False, colour: str = ""
    ) -> QTextDocument:
        document = SafeTextDocument()
        font = QFont()
        font.setPixelSize(max(1, round(pixels)))
        font.setBold(bold)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setIndentWidth(pixels * 1.3)  # a bullet's indent grows with its type
        document.setHtml(f"<div style='color:{colour or self.theme.text}'>{html}</div>")
        document.setTextWidth(width)
        return document

    def _place(
        self, text: str, document: QTextDocument, box: QRectF, pixels: float, draw: bool = True
    ) -> None:
        needed = document.size().height()
        # What the audience reads: the document's own text, markup and escapes gone.
        self.texts.append(PlacedText(document.toPlainText() or text, box, pixels, needed))
        if draw:
            self.documents.append((document, box))

    # -- for the chart drawers (slide_charts) ----------------------------------------------
    def document_for(self, text: str, pixels: float, width: float) -> QTextDocument:
        """Plain text set at ``pixels``, wrapped at ``width``."""
        return self._document(escape(text), pixels, width)

    def record(self, document: QTextDocument, box: QRectF, pixels: float, draw: bool) -> None:
        self._place(document.toPlainText(), document, box, pixels, draw)

    def record_text(self, text: str, box: QRectF, pixels: float, needed: float) -> None:
        self.texts.append(PlacedText(text, box, pixels, needed))

    def font(self, pixels: float, bold: bool = False) -> QFont:
        return self._font(pixels, bold)

    def _message_html(self) -> str:
        lines = [inline_html(line) for line in self.slide.message]
        if self.slide.bullets:
            items = "".join(f"<li style='margin-bottom:0.45em'>{line}</li>" for line in lines)
            return f"<ul style='margin-left:0; -qt-list-indent:1'>{items}</ul>"
        return "".join(f"<p style='margin-bottom:0.5em'>{line}</p>" for line in lines)

    # -- layout --------------------------------------------------------------------------
    def _lay_out(self) -> None:
        w, h = self.width, self.height
        mx, my = w * 0.055, h * 0.055
        inner = QRectF(mx, my, w - 2 * mx, h - 2 * my)
        slide = self.slide
        # The title slide, and a chapter's opening with nothing but its title: a divider.
        self.divider = slide.kind == TITLE or (
            slide.kind == CHAPTER and not slide.message and self.chart is None
        )
        if self.divider:
            self._lay_out_title(inner)
            return
        title_px = h * TITLE_SIZE
        heading = self.theme.heading
        title = self._document(escape(slide.title), title_px, inner.width(), True, heading)
        while title.size().height() > title_px * 2.6 and title_px > self.min_px * 1.4:
            title_px -= 1  # a long title shrinks before it takes a third line
            title = self._document(escape(slide.title), title_px, inner.width(), True, heading)
        title_box = QRectF(inner.left(), inner.top(), inner.width(), title.size().height())
        self._place(slide.title, title, title_box, title_px)
        top = title_box.bottom() + h * 0.03
        bottom = inner.bottom()
        footer = [*(footer_text(self.chart).splitlines() if self.chart else []), self.footnote]
        footer = [line for line in footer if line]
        if footer:
            footer_html = "<br>".join(escape(line) for line in footer)
            self.footer = self._document(
                footer_html, self.min_px, inner.width(), False, self.theme.muted
            )
            height = self.footer.size().height()
            self.footer_box = QRectF(inner.left(), bottom - height, inner.width(), height)
            self._place("\n".join(footer), self.footer, self.footer_box, self.min_px)
            bottom = self.footer_box.top() - h * 0.02
        body = QRectF(inner.left(), top, inner.width(), max(0.0, bottom - top))
        has_message = bool(slide.message)
        if self.chart is None:
            if has_message:  # the message alone: larger, in the upper middle of the slide
                width = min(body.width(), w * 0.8)
                used = self._lay_out_message(
                    QRectF(body.left(), body.top(), width, body.height()), MESSAGE_ALONE
                )
                self._move_last(0, max(0.0, (body.height() - used) * 0.3))
            return
        if not has_message:
            self._lay_out_chart(body)
            return
        if self.beside or w / h >= 1.5:  # 16:9 and 16:10: the message beside the chart
            text_width = body.width() * 0.36
            gap = w * 0.03
            self._lay_out_message(QRectF(body.left(), body.top(), text_width, body.height()))
            self._lay_out_chart(
                QRectF(
                    body.left() + text_width + gap,
                    body.top(),
                    body.width() - text_width - gap,
                    body.height(),
                )
            )
        else:  # 4:3: the message above the chart, as short as it can be
            used = self._lay_out_message(
                QRectF(body.left(), body.top(), body.width(), body.height() * 0.34)
            )
            gap = h * 0.025
            self._lay_out_chart(
                QRectF(
                    body.left(), body.top() + used + gap, body.width(), body.height() - used - gap
                )
            )

    def _lay_out_title(self, inner: QRectF) -> None:
        h = self.height
        slide = self.slide
        title_px = h * TITLE_SLIDE_SIZE
        title = self._document(
            escape(slide.title), title_px, inner.width() * 0.85, True, self.theme.heading
        )
        y = inner.top() + h * 0.22
        box = QRectF(inner.left(), y, inner.width() * 0.85, title.size().height())
        self._place(slide.title, title, box, title_px)
        y = box.bottom() + h * 0.04
        for text, pixels in ((slide.subtitle, h * 0.038), (slide.byline, h * 0.032)):
            if not text:
                continue
            document = self._document(escape(text), pixels, inner.width() * 0.85)
            box = QRectF(inner.left(), y, inner.width() * 0.85, document.size().height())
            self._place(text, document, box, pixels)
            y = box.bottom() + h * 0.025

    def _move_last(self, dx: float, dy: float) -> None:
        """Move the text placed last (a message centred once its height is known)."""
        document, box = self.documents[-1]
        moved = box.translated(dx, dy)
        self.documents[-1] = (document, moved)
        last = self.texts[-1]
        self.texts[-1] = PlacedText(last.text, moved, last.pixels, last.needed)

    def _lay_out_message(self, box: QRectF, largest: float = 0.0) -> float:
        """Place the message in ``box`` at the largest size that fits; returns its height."""
        html = self._message_html()
        pixels = self.height * (largest or BODY_MAX)
        while True:
            document = self._document(html, pixels, box.width())
            needed = document.size().height()
            if needed <= box.height() or pixels <= self.min_px:
                break
            pixels = max(self.min_px, pixels - max(1.0, self.height * 0.002))
        self.message_px = pixels
        self.message_fits = needed <= box.height() + 0.5
        placed = QRectF(box.left(), box.top(), box.width(), min(box.height(), needed))
        self._place(" ".join(self.slide.message), document, placed, pixels)
        return placed.height()

    def _captioned(self) -> bool:
        """A chart is captioned with its title, unless the slide's title is that already."""
        return self.chart.title != self.slide.title

    def _lay_out_chart(self, area: QRectF) -> None:
        chart, h = self.chart, self.height
        top = area.top()
        if self._captioned():
            caption_px = self.min_px * 1.15
            caption = self._document(
                escape(chart.title), caption_px, area.width(), True, self.theme.heading
            )
            self.caption_box = QRectF(area.left(), top, area.width(), caption.size().height())
            self._place(chart.title, caption, self.caption_box, caption_px)
            top = self.caption_box.bottom() + h * 0.012
        if chart.caveat:
            caveat = self._document(
                escape("⚠ " + chart.caveat), self.min_px, area.width() - h * 0.02
            )
            self.caveat_box = QRectF(
                area.left(), top, area.width(), caveat.size().height() + h * 0.016
            )
            inner = self.caveat_box.adjusted(h * 0.01, h * 0.008, -h * 0.01, -h * 0.008)
            self._place(chart.caveat, caveat, inner, self.min_px)
            top = self.caveat_box.bottom() + h * 0.015
        if self._legend_entries():
            legend = self._legend_html()
            document = self._document(legend, self.min_px, area.width())
            box = QRectF(area.left(), top, area.width(), document.size().height())
            self._place(" ".join(self._legend_entries()), document, box, self.min_px)
            top = box.bottom() + h * 0.012
        notices = chart_notices(chart)
        if notices:  # whose answers ◀ marks; what the changes beside the items are
            html = "<br>".join(escape(line) for line in notices)
            document = self._document(html, self.min_px, area.width())
            box = QRectF(area.left(), top, area.width(), document.size().height())
            self._place(" ".join(notices), document, box, self.min_px)
            top = box.bottom() + h * 0.012
        bars = QRectF(area.left(), top, area.width(), max(0.0, area.bottom() - top))
        self._lay_out_bars(bars)

    def _chart_height(self, width: float) -> float:
        """The least height the chart needs at the minimum type size."""
        h, chart = self.height, self.chart
        height = 0.0
        if self._captioned():
            caption = self._document(escape(chart.title), self.min_px * 1.15, width, True)
            height += caption.size().height() + h * 0.012
        if chart.caveat:
            caveat = self._document(escape("⚠ " + chart.caveat), self.min_px, width - h * 0.02)
            height += caveat.size().height() + h * 0.016 + h * 0.015
        if self._legend_entries():
            height += self._document(self._legend_html(), self.min_px, width).size().height()
            height += h * 0.012
        notices = chart_notices(chart)
        if notices:
            html = "<br>".join(escape(line) for line in notices)
            height += self._document(html, self.min_px, width).size().height() + h * 0.012
        return height + slide_chart(chart, self).needed(self.min_px, width)

    def _legend_entries(self) -> tuple[str, ...]:
        return self.chart.legend

    def _legend_html(self) -> str:
        """Series by colour and symbol; segments and lines (items) by colour."""
        chart = self.chart
        items = []
        by_category = (
            chart.kind in (STACKED, LINE) and chart.series_count > 1 or chart.kind == STACKED
        )
        for index, label in enumerate(self._legend_entries()):
            if by_category:
                colour = category_colour(index, len(chart.legend), chart.ordered_scale)
                mark = "■"
            else:
                colour, mark = series_colour(index), series_symbol(index)
            items.append(f"<span style='color:{colour}'>{mark}</span>&nbsp;{escape(label)}")
        return "&nbsp;&nbsp;&nbsp; ".join(items)

    def _lay_out_bars(self, area: QRectF) -> None:
        """The chart's marks, in the drawer for its kind, as large as the area allows."""
        self.chart_layout = slide_chart(self.chart, self)
        self.chart_fits = self.chart_layout.lay_out(area, last_resort=not self.slide.message)

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(max(1, round(pixels)))
        font.setBold(bold)
        return font

    # -- what tests and the deck ask --------------------------------------------------
    def fits(self) -> bool:
        """Whether the message and the chart fit at the minimum size or larger."""
        return self.message_fits and self.chart_fits

    def bar_at(self, point: QPointF) -> int:
        """The chart row whose mark or value is at ``point``, or -1."""
        return -1 if self.chart_layout is None else self.chart_layout.row_at(point)

    # -- painting ------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, step: int | None = None, selected: frozenset[str] = frozenset()
    ) -> None:
        """Draw the slide; ``step`` bars of a build are shown (None: all of them)."""
        theme = self.theme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, self.width, self.height), QColor(theme.card))
        if self.divider:  # a band of the report's colour beside the title
            band = QRectF(0, self.height * 0.16, self.width * 0.012, self.height * 0.5)
            painter.fillRect(band, QColor(theme.focus))
        if not self.caveat_box.isNull():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.caveat))
            painter.drawRoundedRect(self.caveat_box, self.height * 0.006, self.height * 0.006)
        for document, box in self.documents:
            painter.save()
            painter.translate(box.topLeft())
            document.drawContents(painter, QRectF(0, 0, box.width(), box.height() + 1))
            painter.restore()
        if self.chart_layout is not None:
            self.chart_layout.paint(painter, step, selected)
        painter.restore()


def is_readiness(slide: Slide) -> bool:
    return slide.kind == READINESS
