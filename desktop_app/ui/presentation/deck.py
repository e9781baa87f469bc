"""The slides of one show, laid out for one screen: fitted, with their charts, kept.

A message too long for its slide at the smallest allowed type continues on the next
slide(s); every slide's layout is computed once and reused, so moving through the deck
only paints. Each chart comes from the deck's chart source (the chart panel's charts as
shown, in the app) once, in the words a slide gives it (``slide_words.slide_data``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QSize

from ...core.chart_data import ChartData
from ...core.model import ReportPack
from ...presentation.slides import ChartSource, Slide, pack_charts
from ..theme import Theme, current
from .slide_render import SlideLayout, is_readiness
from .slide_words import slide_data


@dataclass(frozen=True)
class LiveResults:
    """What the readiness slide shows now: its title, message (inline Markdown) and chart."""

    title: str = ""  # '': the slide's own title
    lines: tuple[str, ...] = ()
    chart: ChartData | None = None
    note: str = ""  # how the place is ranked: plain text, in the slide's footer


ReadinessContent = Callable[[], LiveResults]
no_readiness: ReadinessContent = LiveResults


class Deck:
    """``slides`` fitted to ``size``; ``layout(i)`` is the slide ready to paint."""

    def __init__(
        self,
        pack: ReportPack,
        lang: str,
        slides: list[Slide],
        size: QSize,
        readiness: ReadinessContent = no_readiness,
        theme: Theme | None = None,
        charts: ChartSource | None = None,
    ) -> None:
        self.pack, self.lang, self.size = pack, lang, size
        self.readiness = readiness
        self.source = charts or pack_charts(pack, lang)
        self._charts: dict[str, ChartData | None] = {}
        self._layouts: dict[int, SlideLayout] = {}
        self.pinned = theme  # exports keep their colours; the show follows the app's theme
        self.theme = theme or current()
        self.slides: list[Slide] = []
        for slide in slides:
            self.slides += self._fit(slide)

    def chart(self, slide: Slide) -> ChartData | None:
        """The slide's chart as the slide shows it, asked of the source once."""
        if slide.chart_id is None:
            return None
        if slide.chart_id not in self._charts:
            data = self.source(slide.chart_id)
            self._charts[slide.chart_id] = None if data is None else slide_data(data)
        return self._charts[slide.chart_id]

    def _layout_of(self, slide: Slide, size: QSize | None = None) -> SlideLayout:
        if is_readiness(slide):
            # The live results: score and stage as the title, the place and the priorities as
            # the message, the dimensions beside it, the note on the place at the foot.
            live = self.readiness()
            shown = replace(
                slide, title=live.title or slide.title, message=live.lines, bullets=False
            )
            # How the place is ranked: in small type at the foot, where a slide says how to
            # read it, not as a caveat of the dimensions chart it is not about.
            return SlideLayout(
                shown, size or self.size, live.chart, self.theme, beside=True, footnote=live.note
            )
        return SlideLayout(slide, size or self.size, self.chart(slide), self.theme)

    def _fits(self, slide: Slide, lines: list[str], with_chart: bool) -> bool:
        part = replace(slide, message=tuple(lines), chart_id=slide.chart_id if with_chart else None)
        return self._layout_of(part).fits()

    def _fit(self, slide: Slide) -> list[Slide]:
        """The slide, or its message over as many slides as it needs.

        A chart never shares a slide with part of a message: when the whole message does not
        fit beside its chart (a tall chart on a 4:3 screen), the message comes first on
        slides of its own and the chart follows on one of its own: message, then evidence.
        """
        if not slide.message or self._layout_of(slide).fits():
            return [slide]
        parts: list[tuple[int, bool]] = []
        rest = list(slide.message)
        while rest:
            take = len(rest)
            while take > 1 and not self._fits(slide, rest[:take], False):
                take -= 1
            parts.append((take, False))
            rest = rest[take:]
        if slide.chart_id is not None:
            parts.append((0, True))
        return slide.split(parts)

    def layout(self, index: int) -> SlideLayout:
        """The slide laid out for the screen, made once (the live results: every time asked)."""
        slide = self.slides[index]
        if self.pinned is None and current() is not self.theme:  # every colour changes
            self.theme, self._layouts = current(), {}
        if is_readiness(slide):
            return self._layout_of(slide)
        if index not in self._layouts:
            self._layouts[index] = self._layout_of(slide)
        return self._layouts[index]

    def steps(self) -> list[int]:
        return [s.build_steps for s in self.slides]
