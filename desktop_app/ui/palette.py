"""Colours of the data: the Okabe-Ito palette, safe for the common forms of colour blindness.

These hues mean the same in every theme; the theme (``ui/theme.py``) only sets the colours
around the data (text, grid, backgrounds).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

# Bars of each series, in order; highlighted and selected bars stand out by hue and outline.
SERIES = [
    OKABE_ITO["blue"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["reddish_purple"],
    OKABE_ITO["sky_blue"],
]
HIGHLIGHT = OKABE_ITO["orange"]
SELECTED = OKABE_ITO["vermillion"]
UP = OKABE_ITO["bluish_green"]  # a score that went up
DOWN = OKABE_ITO["vermillion"]  # a score that went down

# A series is told apart by a symbol as well as by its hue (grey print, colour blindness,
# a highlighted bar): the same symbols in the legend, beside values and as dot shapes.
SERIES_SYMBOLS = ("●", "▲", "■", "◆", "▼", "★")
CLIENT_MARK = "◀"  # beside the client's own answer, on charts and slides
# Segments and lines, which stand for items: distinct hues, or a ramp for an ordered scale.
# Yellow reads badly on white: it comes last, for a seventh segment or line.
CATEGORY_COLOURS = (
    OKABE_ITO["blue"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["reddish_purple"],
    "#7f7f7f",
    "#8c5a2b",
    OKABE_ITO["yellow"],
)
SCALE_LIGHT, SCALE_DARK = QColor("#c6dbef"), QColor("#08306b")


def series_colour(index: int) -> str:
    return SERIES[index % len(SERIES)]


def series_symbol(index: int) -> str:
    return SERIES_SYMBOLS[index % len(SERIES_SYMBOLS)]


def category_colour(index: int, count: int, ordered: bool) -> str:
    """A segment's or line's hue; an ordered scale runs from light to dark."""
    if not ordered:
        return CATEGORY_COLOURS[index % len(CATEGORY_COLOURS)]
    t = index / max(1, count - 1)
    mixed = [
        round(a + (b - a) * t)
        for a, b in zip(SCALE_LIGHT.getRgb()[:3], SCALE_DARK.getRgb()[:3], strict=True)
    ]
    return QColor(*mixed).name()


def readable_on(colour: str) -> str:
    """Black or white, whichever reads better on ``colour``."""
    c = QColor(colour)
    luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
    return "#000000" if luminance > 0.45 else "#ffffff"
