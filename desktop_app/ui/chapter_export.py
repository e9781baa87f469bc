"""The current chapter on paper: its text, then its charts, printed or written as a PDF.

The PDF is written with QPdfWriter, not through Qt's print support, so exporting never
touches the system's print service (which may talk to a print server on the network);
only printing does, when the user asks for it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from ..core.safe_files import atomic_path
from .messages import show_error
from .paper import PAPER, colour_links_for_paper, paper_card
from .pdf_writer import pdf_writer
from .report_view import ReportView
from .theme import drawing_in

translate = QCoreApplication.translate  # a name lupdate recognises
log = logging.getLogger(__name__)

PDF_DPI = 300


def chapter_document(report: ReportView, parent: QWidget) -> QTextDocument:
    """The chapter's document with its charts appended as pictures, as shown (compared,
    the client's answers marked), in the paper's colours whatever the app's theme."""
    with drawing_in(PAPER):
        document = report.new_document(report.lang, report.chapter_id, parent)
        colour_links_for_paper(document)
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        for chart_id, shown in report.chart_panel.current_cards().items():
            intervals = shown.interval_button.isChecked()
            card = paper_card(shown.data, shown.width(), shown.interval_label, intervals)
            image = card.render_image(2.0)
            card.close()
            card.deleteLater()
            name = f"chart-{chart_id}.png"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            # A plain block: the text's 145% line height, taken over from the last paragraph,
            # made pagination count a chart half as tall again, and a chapter could end on
            # a blank page.
            apart = QTextBlockFormat()
            apart.setTopMargin(12)
            cursor.insertBlock(apart)
            cursor.insertImage(name)  # an image the app made itself, not read from a file
    return document


def write_pdf(document: QTextDocument, path: Path, title: str) -> bool:
    """The document as an A4 PDF at ``path``; False (and the old file kept) when it failed."""
    try:
        with atomic_path(path) as temporary:
            writer = pdf_writer(
                temporary, title=title, resolution=PDF_DPI, margins_mm=(18, 16, 18, 16)
            )
            document.print_(writer)
            del writer  # closes the file before it is moved into place
    except OSError:
        log.exception("Chapter PDF not written to %s", path)
        return False
    return True


def export_chapter(report: ReportView, path: Path, parent: QWidget) -> bool:
    """The current chapter, text and charts, as a PDF file; a failure is said plainly."""
    title = report.pack.chapter(report.chapter_id).title(report.lang)
    if write_pdf(chapter_document(report, parent), Path(path), title):
        return True
    show_error(
        parent,
        QCoreApplication.translate(
            "ChapterExport", "The chapter could not be written to {path}."
        ).format(path=path),
    )
    return False


def export_chapter_dialog(report: ReportView, parent: QWidget) -> None:
    from .paths import documents_folder

    suggested = str(documents_folder() / f"{report.chapter_id}.pdf")
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("ChapterExport", "Export chapter"),
        suggested,
        translate("ChapterExport", "PDF (*.pdf)"),
    )
    if path:
        export_chapter(report, Path(path), parent)


def print_chapter(report: ReportView, parent: QWidget) -> None:
    """The system's print dialog; the print service is only contacted here."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        chapter_document(report, parent).print_(printer)
