"""One drawer per chart kind; ``ChartPlot`` asks ``drawer_for`` which one draws a chart."""

from __future__ import annotations

from ...core.chart_data import DOT, LINE, STACKED
from .bars import BarsDrawer
from .base import Drawer
from .dots import DotsDrawer
from .lines import LinesDrawer
from .stacked import StackedDrawer


def drawer_for(kind: str) -> type[Drawer]:
    """The drawer of ``kind``; bars (single or grouped) for anything else."""
    return {DOT: DotsDrawer, STACKED: StackedDrawer, LINE: LinesDrawer}.get(kind, BarsDrawer)
