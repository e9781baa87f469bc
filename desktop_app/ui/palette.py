"""Colours of the data: the Okabe-Ito palette, safe for the common forms of colour blindness.

These hues mean the same in every theme; the theme (``ui/theme.py``) only sets the colours
around the data (text, grid, backgrounds).
"""

from __future__ import annotations

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
