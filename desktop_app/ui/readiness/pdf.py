"""The leave-behind: one check as a PDF of two A4 pages, made with Qt's own PDF writer.

Charts are drawn as vectors by the same chart cards as on screen, from the same chart data
and words as the live results panel, so the PDF is crisp when printed and says exactly
what the client saw.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt
from PySide6.QtGui import QFont, QPainter

from ...core.model import ReportPack, pick
from ...core.safe_files import atomic_path
from ...readiness.findings import findings
from ...readiness.model import Questionnaire
from ...readiness.scoring import ReadinessResult
from ...readiness.store import StoredCheck
from ..chart_widget import ChartCard
from ..pdf_writer import pdf_writer
from ..safe_text import SafeTextDocument
from ..survey_words import check_name
from .checks_panel import local_date
from .results import result_charts
from .results_text import findings_html, number, position_text, priorities_html

DPI = 96  # one PDF unit per widget pixel, so cards render at their on-screen size
GAP = 14
CHART_SCALE = 0.8  # charts a little smaller than on screen, so a page holds them and the text


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
            page = writer.pageLayout().paintRectPixels(DPI)
            width, height = page.width(), page.height()
            footer_top = height - 34
            y = self._text(painter, self._header_html(), 0, width)
            y = self._chart(painter, "readiness_dimensions", 0, y + GAP, width)
            y = self._text(
                painter, priorities_html(self.words), y + GAP, width, limit=footer_top - y - GAP
            )
            self._footer(painter, width, footer_top, 1)
            writer.newPage()
            half = (width - GAP) // 2
            bottom = max(
                self._chart(painter, "readiness_ladder", 0, 0, half),
                self._chart(painter, "readiness_obstacles", half + GAP, 0, half),
            )
            findings = findings_html(self.words, self.pack, self.lang)
            if findings:
                self._text(painter, findings, bottom + GAP, width, limit=footer_top - bottom - GAP)
            self._footer(painter, width, footer_top, 2)
        finally:
            painter.end()

    def _header_html(self) -> str:
        result, questionnaire, lang = self.result, self.questionnaire, self.lang
        roles = ", ".join(p.role for p in self.check.answers.participants if p.role)
        created = local_date(self.check.created)
        parts = [
            "<p style='color:#52606d'>%s</p>" % escape(check_name(questionnaire, lang)),
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

    def _text(
        self, painter: QPainter, html: str, y: float, width: float, limit: float | None = None
    ) -> float:
        document = SafeTextDocument()
        document.setDefaultFont(QFont())
        document.setHtml(html)
        document.setTextWidth(width)
        height = document.size().height()
        painter.save()
        painter.translate(0, y)
        clip = QRectF(0, 0, width, min(height, limit) if limit else height)
        document.drawContents(painter, clip)
        painter.restore()
        return y + clip.height()

    def _chart(self, painter: QPainter, chart_id: str, x: float, y: float, width: float) -> float:
        """Draw a fresh card of the chart, scaled to ``width``; returns the y below it."""
        if chart_id not in self.charts:
            return y
        data, interval_label, intervals = self.charts[chart_id]
        card = ChartCard(data, interval_label=interval_label)
        card.set_intervals_visible(bool(intervals))
        card.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        laid_out = int(width / CHART_SCALE)
        card.resize(laid_out, card.sizeHint().height())
        card.show()  # lays the card out without putting it on a screen
        card.resize(laid_out, card.layout().totalHeightForWidth(laid_out))
        card.layout().activate()
        painter.save()
        painter.translate(x, y)
        painter.scale(CHART_SCALE, CHART_SCALE)
        card.content.render(painter, QPoint())
        painter.restore()
        bottom = y + card.content.height() * CHART_SCALE
        card.close()
        card.deleteLater()
        return bottom

    def _footer(self, painter: QPainter, width: float, top: float, page: int) -> None:
        """The survey compared with, where each finding stands in the report, the page."""
        sources = "; ".join(s.name for s in self.pack.sources[:1])
        line = self.tr(
            "Source of the comparison: {source}, {base} ({title}). Page {page} of 2."
        ).format(
            source=sources,
            base=pick(self.pack.survey_base, self.lang),
            title=self.pack.edition(self.lang),
            page=page,
        )
        places = list(
            dict.fromkeys(
                self.pack.place(i.source, self.lang) for i in self.words.insights if i.source
            )
        )
        if page == 2 and places:
            line += " " + self.tr("Findings are in the report at: {places}.").format(
                places="; ".join(places)
            )
        painter.save()
        painter.setPen(Qt.GlobalColor.darkGray)
        font = painter.font()
        font.setPointSizeF(7.5)
        painter.setFont(font)
        painter.drawText(QRectF(0, top, width, 34), Qt.TextFlag.TextWordWrap, line)
        painter.restore()


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
