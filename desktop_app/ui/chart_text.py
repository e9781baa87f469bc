"""Fitting chart words into the room a card has: wrapped at word boundaries, elided last.

Labels are wrapped here rather than by the text item, so the chart knows each label's
height before it places the bars, and a test can check that no line is wider than its room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

ELLIPSIS = "…"


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    elided: bool  # some words did not fit: the full text belongs in the tooltip

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def fit_text(text: str, font: QFont, width: float, max_lines: int = 3) -> FittedText:
    """``text`` in lines no wider than ``width`` pixels, broken between words.

    A word wider than the room, or text that needs more than ``max_lines`` lines, is
    elided with '…' on its last line: the only case where words are lost.
    """
    metrics = QFontMetricsF(font)
    width = max(width, metrics.horizontalAdvance("MM" + ELLIPSIS))
    words = text.split()
    lines: list[str] = []
    current = ""
    elided = False
    for word in words:
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if metrics.horizontalAdvance(word) > width:
            word = metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
            elided = True
        current = word
    if current or not lines:
        lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        # The lines were broken because the next word did not fit: the rest is too wide.
        last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        lines = [*lines[: max_lines - 1], last]
        elided = True
    return FittedText(tuple(lines), elided)


def text_width(text: str, font: QFont) -> float:
    metrics = QFontMetricsF(font)
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0.0)
