"""Text documents that never load a resource, so no pack text can make Qt read a file.

QTextDocument falls back to reading local files itself when a resource is not found;
answering every request with an empty image closes that door too.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument


class SafeTextDocument(QTextDocument):
    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt naming)
        return QImage()


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt would otherwise guess it is HTML."""
    return "<p style='white-space:pre-wrap'>%s</p>" % escape(text)
