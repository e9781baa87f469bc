"""PDF files written with Qt's own PDF writer: no print system, nothing on the network."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter


def pdf_writer(
    path: Path,
    *,
    title: str,
    resolution: int,
    margins_mm: tuple[float, float, float, float],
    page: QPageSize | None = None,
    landscape: bool = False,
    creator: str = "",
) -> QPdfWriter:
    """A writer for ``path`` (A4 portrait unless ``page``/``landscape`` say otherwise)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(resolution)
    writer.setTitle(title)
    if creator:
        writer.setCreator(creator)
    writer.setPageLayout(
        QPageLayout(
            page or QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(*margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def page_size_mm(width: float, height: float, name: str) -> QPageSize:
    """A custom page size, such as a 16:9 slide."""
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, name)
