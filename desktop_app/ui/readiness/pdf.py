"""The leave-behind: one check as a PDF of A4 pages, made with Qt's own PDF writer.

Charts are drawn as vectors by the same chart cards as on screen, from the same chart data
and words as the live results panel, so the PDF is crisp when printed and says exactly
what the client saw. Paper is white, so the pages are always drawn in the light theme's
colours, whatever theme the app shows.

The first page holds the client's results (score, dimensions, priorities), the next the
survey beside them (ladder, obstacles) and the findings. Text that does not fit a page
continues on the next one, cut between two lines, so nothing is ever clipped or dropped;
a long check simply has more pages. Each page's footer is as tall as its words need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPainter, QPalette

from ...core.model import ReportPack, pick
from ...core.safe_files import atomic_path
from ...readiness.findings import findings
from ...readiness.model import Questionnaire
from ...readiness.scoring import ReadinessResult
from ...readiness.store import StoredCheck
from ..chart_widget import ChartCard
from ..paper import PAPER, paper_card
from ..pdf_writer import pdf_writer
from ..safe_text import SafeTextDocument
from ..survey_words import check_name
from ..theme import drawing_in, qt_palette
from .checks_panel import local_date
from .results import result_charts
from .results_text import findings_html, number, position_text, priorities_html

DPI = 96  # one PDF unit per widget pixel, so cards render at their on-screen size
GAP = 14
CHART_SCALE = 0.8  # charts a little smaller than on screen, so a page holds them and the text
FOOTER_POINTS = 7.5


class FlowingText:
    """A laid-out document that can be cut between two of its lines and go on elsewhere."""

    def __init__(self, html: str, width: float, font: QFont | None = None) -> None:
        self.document = SafeTextDocument()
        self.document.setDefaultFont(font or QFont())
        self.document.setHtml(html)
        self.document.setTextWidth(width)
        self.height = self.document.size().height()
        self.lines = self._lines()

    def _lines(self) -> list[tuple[float, float, bool]]:
        """(top, bottom, in a heading) of every line, top to bottom."""
        lines = []
        block = self.document.begin()
        while block.isValid():
            layout = block.layout()
            top = layout.position().y()
            heading = block.blockFormat().headingLevel() > 0
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                lines.append((top + line.y(), top + line.y() + line.height(), heading))
            block = block.next()
        return lines

    def cut(self, start: float, room: float, fresh_page: bool) -> tuple[float, float | None]:
        """Where the part from ``start`` ends in ``room``, and where the next part starts
        (None: the rest fits). A part ends between two lines and never on a heading; a
        fresh page takes at least one line, so the text always moves on."""
        if self.height - start <= room:
            return self.height, None
        rest = [line for line in self.lines if line[0] >= start]
        if not rest:  # only the document's bottom margin is left: nothing to see
            return start, None
        fitting = 0
        while fitting < len(rest) and rest[fitting][1] - start <= room:
            fitting += 1
        count = fitting
        while count and rest[count - 1][2]:  # a heading goes with what it heads
            count -= 1
        if count == 0:
            if not fresh_page:
                return start, rest[0][0]  # nothing here: all of it on the next page
            count = max(1, fitting)
        if count == len(rest):
            return self.height, None
        following = rest[count][0]
        return min(following, start + room), following

    def draw(self, painter: QPainter, x: float, y: float, start: float, end: float) -> None:
        """The part of the text from ``start`` to ``end``, with its top at ``y``."""
        painter.save()
        painter.translate(x, y - start)
        clip = QRectF(0, start, self.document.textWidth(), end - start)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = qt_palette(PAPER, QPalette())  # not the app's: it may be dark
        # Lines only touching the part are left out, not merely clipped: hidden text would
        # still be found when searching or copying the PDF, on the wrong page.
        context.clip = clip.adjusted(0, 0.01, 0, -0.01)
        self.document.documentLayout().draw(painter, context)
        painter.restore()


Step = Callable[[QPainter], None]


@dataclass
class Page:
    steps: list[Step] = field(default_factory=list)
    findings: bool = False  # its footer says where the findings are in the report


class PageFlow:
    """Puts parts one below the other, page after page, each page's body above its footer."""

    def __init__(self, height: float, footer_height: Callable[[int, bool], float]) -> None:
        self.height, self.footer_height = height, footer_height
        self.pages: list[Page] = []
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.pages.append(Page(findings=bool(self.pages) and self.pages[-1].findings))
        self.y = 0.0

    def bottom(self, findings: bool | None = None) -> float:
        """Where the body of the current page ends: a gap above its footer."""
        page = self.pages[-1]
        listed = page.findings if findings is None else findings
        return self.height - self.footer_height(len(self.pages), listed) - GAP

    def list_findings(self) -> None:
        """From here on the footer says where the findings are; on a new page if what is
        on this one already reaches down where that longer footer goes."""
        if self.pages[-1].findings:
            return
        if self.y > self.bottom(findings=True):
            self.new_page()
        self.pages[-1].findings = True

    def _gap(self) -> None:
        if self.y > 0:
            self.y += GAP

    def place(self, height: float, draw: Callable[[QPainter, float], None]) -> None:
        """A part that is never cut (a chart): on the next page if it does not fit here."""
        self._gap()
        if self.y > 0 and self.y + height > self.bottom():
            self.new_page()
        y = self.y
        self.pages[-1].steps.append(lambda painter: draw(painter, y))
        self.y += height

    def flow(self, text: FlowingText) -> None:
        """Text, continued on as many next pages as it needs."""
        self._gap()
        start: float | None = 0.0
        while start is not None:
            end, after = text.cut(start, self.bottom() - self.y, self.y == 0)
            if end > start:
                y, part = self.y, start
                self.pages[-1].steps.append(
                    lambda painter, y=y, part=part, end=end: text.draw(painter, 0, y, part, end)
                )
                self.y += end - start
            if after is not None:
                self.new_page()
            start = after


@dataclass(frozen=True)
class PdfChart:
    height: float  # on the page
    draw: Callable[[QPainter, float, float], None]  # at (x, y)


class PdfReport:
    """Lays out the pages, in the session's language."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        pack: ReportPack,
        check: StoredCheck,
        result: ReadinessResult,
        lang: str,
    ) -> None:
        self.questionnaire, self.pack, self.check = questionnaire, pack, check
        self.result, self.lang = result, lang
        self.charts = {
            data.chart_id: (data, label, intervals)
            for data, label, intervals in result_charts(questionnaire, pack, result, lang)
        }
        self.words = findings(questionnaire, result, lang)
        self.cards: list[ChartCard] = []

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("PdfReport", text)

    def write(self, path: Path) -> None:
        writer = pdf_writer(
            path,
            title=self.tr("{check}: {client}").format(
                check=check_name(self.questionnaire, self.lang), client=self.check.client
            ),
            resolution=DPI,
            margins_mm=(16, 14, 16, 14),
            creator=f"{self.pack.publisher} · {pick(self.pack.title, self.lang)}",
        )
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write {path}")
        try:
            with drawing_in(PAPER):  # the app keeps showing its own theme
                page = writer.pageLayout().paintRectPixels(DPI)
                width, height = page.width(), page.height()
                pages = self._pages(width, height)
                for index, content in enumerate(pages, 1):
                    if index > 1:
                        writer.newPage()
                    for step in content.steps:
                        step(painter)
                    footer = self._footer(width, index, len(pages), content.findings)
                    footer.draw(painter, 0, height - footer.height, 0, footer.height)
        finally:
            painter.end()
            for card in self.cards:
                card.close()
                card.deleteLater()
            self.cards.clear()

    def _pages(self, width: float, height: float) -> list[Page]:
        """What goes on each page; laid out again when the number of pages turns out other
        than the footers assumed ("page 1 of 2"), as a footer's height may depend on it."""
        header = FlowingText(self._header_html(), width)
        priorities = FlowingText(priorities_html(self.words), width)
        found = findings_html(self.words, self.pack, self.lang)
        findings_text = FlowingText(found, width) if found else None
        dimensions = self._card("readiness_dimensions", width)
        half = (width - GAP) // 2
        survey = [
            (card, x)
            for card, x in (
                (self._card("readiness_ladder", half), 0),
                (self._card("readiness_obstacles", half), half + GAP),
            )
            if card is not None
        ]
        footers: dict[tuple[int, int, bool], float] = {}

        def footer_height(page: int, total: int, listed: bool) -> float:
            key = (page, total, listed)
            if key not in footers:
                footers[key] = self._footer(width, page, total, listed).height
            return footers[key]

        total = 2
        for _attempt in range(4):
            flow = PageFlow(
                height, lambda page, listed, total=total: footer_height(page, total, listed)
            )
            flow.flow(header)
            if dimensions is not None:
                flow.place(dimensions.height, lambda p, y: dimensions.draw(p, 0, y))
            flow.flow(priorities)
            if survey or findings_text is not None:
                if len(flow.pages) == 1:
                    flow.new_page()  # the survey beside the client's results on a page of its own
                if self._places():
                    flow.list_findings()
            if survey:
                flow.place(
                    max(card.height for card, _x in survey),
                    lambda p, y: [card.draw(p, x, y) for card, x in survey],
                )
            if findings_text is not None:
                flow.flow(findings_text)
            if len(flow.pages) == total:
                break
            total = len(flow.pages)
        return flow.pages

    def _header_html(self) -> str:
        result, questionnaire, lang = self.result, self.questionnaire, self.lang
        roles = ", ".join(p.role for p in self.check.answers.participants if p.role)
        created = local_date(self.check.created)
        parts = [
            "<p style='color:%s'>%s</p>" % (PAPER.muted, escape(check_name(questionnaire, lang))),
            "<h1 style='margin:0'>%s</h1>" % escape(self.check.client or self.tr("(no name)")),
            "<p>%s</p>"
            % escape(
                self.tr("Date: {date} · Participants: {roles}").format(
                    date=created, roles=roles or "–"
                )
            ),
        ]
        stage = questionnaire.stage(result.stage_id)
        if result.overall is not None and stage is not None:
            parts.append(
                "<h2 style='margin-bottom:0'>%s</h2><p><b>%s</b> — %s</p>"
                % (
                    escape(
                        self.tr("Readiness score: {score} / 100").format(
                            score=number(result.overall)
                        )
                    ),
                    escape(self.tr("Stage: {stage}").format(stage=pick(stage.title, lang))),
                    escape(pick(stage.description, lang)),
                )
            )
        parts.append("<p>%s</p>" % escape(position_text(questionnaire, self.pack, result, lang)))
        return "".join(parts)

    def _card(self, chart_id: str, width: float) -> PdfChart | None:
        """A fresh card of the chart in the paper's colours, laid out for ``width``; None
        when the check has no such chart."""
        if chart_id not in self.charts:
            return None
        data, interval_label, intervals = self.charts[chart_id]
        card = paper_card(data, int(width / CHART_SCALE), interval_label, bool(intervals))
        self.cards.append(card)

        def draw(painter: QPainter, x: float, y: float) -> None:
            painter.save()
            painter.translate(x, y)
            painter.scale(CHART_SCALE, CHART_SCALE)
            card.content.render(painter, QPoint())
            painter.restore()

        return PdfChart(card.content.height() * CHART_SCALE, draw)

    def _places(self) -> list[str]:
        """Where the findings stand in the report, each once."""
        return list(
            dict.fromkeys(
                self.pack.place(i.source, self.lang) for i in self.words.insights if i.source
            )
        )

    def _footer(self, width: float, page: int, pages: int, findings: bool) -> FlowingText:
        """The survey compared with, where each finding stands in the report, the page."""
        sources = "; ".join(s.name for s in self.pack.sources[:1])
        line = self.tr(
            "Source of the comparison: {source}, {base} ({title}). Page {page} of {pages}."
        ).format(
            source=sources,
            base=pick(self.pack.survey_base, self.lang),
            title=self.pack.edition(self.lang),
            page=page,
            pages=pages,
        )
        places = self._places()
        if findings and places:
            line += " " + self.tr("Findings are in the report at: {places}.").format(
                places="; ".join(places)
            )
        font = QFont()
        font.setPointSizeF(FOOTER_POINTS)
        return FlowingText("<p style='color:%s'>%s</p>" % (PAPER.muted, escape(line)), width, font)


def export_pdf(
    path: Path,
    questionnaire: Questionnaire,
    pack: ReportPack,
    check: StoredCheck,
    result: ReadinessResult,
    lang: str,
) -> None:
    """Write the leave-behind PDF of ``check`` to ``path``; OSError (old file kept) if not."""
    with atomic_path(Path(path)) as temporary:
        PdfReport(questionnaire, pack, check, result, lang).write(temporary)
