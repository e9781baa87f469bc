"""Colours: the Okabe-Ito palette, safe for the common forms of colour blindness."""

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
TEXT = "#1f2933"
MUTED_TEXT = "#52606d"
GRID = "#d9e2ec"
CAVEAT_BACKGROUND = "#fff4d6"
CARD_BACKGROUND = "#ffffff"
BLUE_FOCUS = OKABE_ITO["blue"]
HEADING = "#0b3d66"
SEARCH_MARK = "#ffe08a"
NAV_BACKGROUND = "#f4f6f8"
PANEL_BACKGROUND = "#eef2f6"
