"""File › Export slides…: the whole deck or the current chapter, as PowerPoint or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ...core.model import ReportPack
from ...presentation.slides import MY_CHARTS, ChartSource, OwnCharts
from ..messages import show_error

translate = QCoreApplication.translate  # a name lupdate recognises


def export_slides_dialog(
    parent: QWidget,
    pack: ReportPack,
    lang: str,
    chapter_id: str,
    charts: ChartSource | None = None,
    own: OwnCharts | None = None,
) -> Path | None:
    """Ask where and what, write the deck, and say how it went; the file written, or None.

    ``chapter_id`` is where the user is (``MY_CHARTS`` on My charts); ``charts`` and ``own``
    as the show takes them, so the file shows what the screen shows.
    """
    from ..paths import documents_folder
    from .deck_export import ExportError, export_slides

    if chapter_id == MY_CHARTS and own is not None:
        here = own.heading
    else:
        chapter = pack.chapter(chapter_id)
        here = chapter.title(lang) if chapter else ""
    box = QMessageBox(parent)
    box.setObjectName("exportSlidesChoice")
    box.setWindowTitle(translate("ExportSlides", "Export slides"))
    box.setText(translate("ExportSlides", "Which slides do you want to export?"))
    whole = box.addButton(
        translate("ExportSlides", "The whole deck"), QMessageBox.ButtonRole.AcceptRole
    )
    this = box.addButton(
        translate("ExportSlides", "Only “{chapter}”").format(chapter=here),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(whole)
    box.exec()
    if box.clickedButton() not in (whole, this):
        return None
    only = chapter_id if box.clickedButton() is this else None
    name = f"{pack.id}-{only.lstrip('@')}-{lang}" if only else f"{pack.id}-{lang}"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("ExportSlides", "Export slides"),
        str(documents_folder() / f"{name}.pptx"),
        translate("ExportSlides", "PowerPoint (*.pptx);;PDF, one slide per page (*.pdf)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".pptx", ".pdf"):
        target = target.with_suffix(".pptx")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        count = export_slides(target, pack, lang, only, charts, own)
    except ExportError as error:
        QApplication.restoreOverrideCursor()
        show_error(
            parent,
            translate("ExportSlides", "The slides could not be written: {error}").format(
                error=error
            ),
        )
        return None
    QApplication.restoreOverrideCursor()
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(
            translate("ExportSlides", "{n} slides written to {path}").format(n=count, path=target),
            8000,
        )
    return target
