"""The reader: a chapter's Markdown with comfortable typography, and nothing fetched.

Links to the web open only when clicked, in the system browser; ``chart:`` links
ask the window to show that chart; no resource (image, style sheet) is ever loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from ..core.search import fold
from .safe_text import SafeTextDocument
from .theme import current

WEB_SCHEMES = ("http", "https", "mailto")
MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
BODY_POINTS = 12.5
HEADING_POINTS = {1: 22.0, 2: 16.0, 3: 13.5}


def build_document(markdown: str, parent=None, base_font: QFont | None = None) -> QTextDocument:
    """A styled QTextDocument for a chapter: larger type, air between lines and blocks."""
    document = SafeTextDocument(parent)
    font = QFont(base_font) if base_font else QFont()
    font.setPointSizeF(
        max(font.pointSizeF(), 1.0) * BODY_POINTS / 10.0 if base_font else BODY_POINTS
    )
    document.setDefaultFont(font)
    document.setDocumentMargin(28)
    document.setMarkdown(markdown, MARKDOWN_FEATURES)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        block_format = QTextBlockFormat(block.blockFormat())
        block_format.setLineHeight(145 if not level else 115, 1)  # 1 = ProportionalHeight
        block_format.setBottomMargin(10 if not level else 6)
        if level:
            block_format.setTopMargin(18 if level > 1 else 0)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(block_format)
        if level:
            heading = QTextCharFormat()
            heading.setFontPointSize(
                font.pointSizeF() * HEADING_POINTS.get(level, 13.5) / BODY_POINTS
            )
            heading.setFontWeight(QFont.Weight.Bold)
            heading.setForeground(QColor(current().heading))
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(heading)
        block = block.next()
    cursor.endEditBlock()
    document.setModified(False)
    return document


def section_blocks(document: QTextDocument) -> list[int]:
    """Positions of the level-2 headings, one per navigator section."""
    positions = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            positions.append(block.position())
        block = block.next()
    return positions


class Reader(QTextBrowser):
    """Shows one chapter document at a time; documents are built once and reused."""

    chartLinkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        # Tab moves on to the charts instead of walking the links; Alt+1/2/3 jump panes.
        self.setTabChangesFocus(True)
        self.anchorClicked.connect(self._follow)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt naming)
        """Never load anything: no images, no style sheets, local or remote."""
        return QImage()

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "chart":
            self.chartLinkActivated.emit(url.path())
        elif scheme in WEB_SCHEMES:
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not scheme:
            self.scrollToAnchor(url.fragment())

    def show_document(self, document: QTextDocument) -> None:
        if self.document() is not document:
            self.setDocument(document)
        self.setExtraSelections([])

    def scroll_to_section(self, index: int) -> None:
        """Bring section ``index`` (-1 for the chapter start) to the top of the view."""
        bar = self.verticalScrollBar()
        positions = section_blocks(self.document())
        if index < 0 or index >= len(positions):
            bar.setValue(0)
            self.moveCursor(QTextCursor.MoveOperation.Start)
            return
        block = self.document().findBlock(positions[index])
        top = self.document().documentLayout().blockBoundingRect(block).top()
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        bar.setValue(int(top))

    def highlight_words(self, words: list[str]) -> int:
        """Mark every occurrence of ``words`` (folded, as search finds them); returns how many."""
        marker = QTextCharFormat()
        marker.setBackground(QColor(current().mark))
        selections = []
        block = self.document().begin()
        while block.isValid():
            for start, end in folded_matches(block.text(), words):
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + start)
                cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = marker
                selections.append(selection)
            block = block.next()
        self.setExtraSelections(selections)
        return len(selections)


def folded_matches(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` where a folded word occurs, found in the folded text and mapped back.

    'efficient' marks 'efficiënt' as search found it there: each character is folded on
    its own, and the folded text remembers which character every piece came from.
    """
    folded, origin = [], []
    for index, char in enumerate(text):
        piece = fold(char)
        folded.append(piece)
        origin.extend([index] * len(piece))
    haystack = "".join(folded)
    spans = []
    for word in words:
        at = haystack.find(word)
        while at >= 0 and word:
            first, last = origin[at], origin[at + len(word) - 1]
            spans.append((first, last + 1))
            at = haystack.find(word, at + len(word))
    return sorted(spans)
