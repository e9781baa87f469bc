"""Drawing for paper: white pages with dark text, in every theme the app shows.

A PDF is read on white paper or a white screen, so the check's PDF and the chapter's
PDF take the light theme's colours even while the app shows its dark or projector theme.
Only what is made here is drawn in them; nothing on screen is restyled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from ..core.chart_data import ChartData
from .chart_widget import ChartCard
from .theme import LIGHT, THEMES, qt_palette, style_sheet

PAPER = THEMES[LIGHT]


def paper_card(
    data: ChartData, width: int, interval_label: str = "", intervals: bool = False
) -> ChartCard:
    """A fresh card of ``data`` in the paper's colours, laid out ``width`` pixels wide and
    never shown on a screen. Make it inside ``theme.drawing_in(PAPER)``, so its plot takes
    the paper's colours too; close it when drawn."""
    card = ChartCard(data, interval_label=interval_label)
    # A card without a window takes no window's style sheet: it gets the paper's own.
    card.setStyleSheet(style_sheet(PAPER))
    card.setPalette(qt_palette(PAPER, card.palette()))
    card.set_intervals_visible(intervals)
    card.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    card.resize(width, card.sizeHint().height())
    card.show()  # lays the card out without putting it on a screen
    card.resize(width, card.layout().totalHeightForWidth(width))
    card.layout().activate()
    return card


def colour_links_for_paper(document: QTextDocument) -> None:
    """Links in the paper's link colour: printed, a document's links take the colour of the
    app's palette, which in the dark theme is a pale blue meant for a dark page."""
    links = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isAnchor():
                links.append((fragment.position(), fragment.length()))
            fragments += 1
        block = block.next()
    colour = QTextCharFormat()
    colour.setForeground(QColor(PAPER.link))
    cursor = QTextCursor(document)
    for start, length in links:
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(colour)
