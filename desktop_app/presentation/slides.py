"""The report as slides, from the pack: one message per slide, the chart as its evidence.

A title slide; per chapter a chapter slide with its opening; per section a slide with the
section's message and its first chart; every further chart of a section on a slide of its
own. A section may say what its slide shows in a ``::: slide`` block (see
``chapter_text``): a title, a key sentence or a few bullets, which charts, and whether bars
appear one by one. Without one the message is the section's own bullets or first sentence,
never its whole prose. Speaker notes come with the section they were written in.

After the chapters come the consultant's own charts (*My charts*), when there are any: a
heading slide that says they are not the report's own, then a slide per chart with its
title as the message. Last, the live results of a readiness check.

Which chart a slide shows is asked of a ``ChartSource``: the shell passes the charts as its
chart panel shows them now (both editions while comparing, the client's answers marked), so
the wall, the PowerPoint file and the PDF say what the screen says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ..core.chapter_text import ChapterText, Section
from ..core.chart_data import BAR, ChartData, chart_data
from ..core.model import ChartSpec, ReportPack, pick
from ..core.safe_markdown import unescape
from ..core.slide_block import SlideSpec

TITLE, CHAPTER, SECTION, CHART, READINESS = "title", "chapter", "section", "chart", "readiness"
MY_CHART = "my-chart"  # a slide of one of the consultant's own charts
MY_CHARTS = "@my-charts"  # their place in the deck, after the chapters (no chapter id has '@')
MAX_DERIVED_BULLETS = 4  # a derived message shows at most this many of the section's bullets
BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")
BOLD = re.compile(r"\*\*(.+?)\*\*")
SENTENCE_END = re.compile(r"(?<=[.!?:])\s+(?=[A-Z0-9À-ÖØ-Þ*“\"'(])")


ChartSource = Callable[[str], ChartData | None]  # a chart id to its data as shown, or None


def pack_charts(pack: ReportPack, lang: str, own: Sequence[ChartSpec] = ()) -> ChartSource:
    """The charts as defined: the pack's, then the consultant's own; none compared or marked.

    Without a window (``--export-slides``) this is the source; the shell passes its own.
    """
    specs = {**{spec.id: spec for spec in own}, **pack.charts}
    made: dict[str, ChartData] = {}

    def chart(chart_id: str) -> ChartData | None:
        spec = specs.get(chart_id)
        if spec is None:
            return None
        if chart_id not in made:
            made[chart_id] = chart_data(pack, spec, lang)
        return made[chart_id]

    return chart


def no_notes(_data: ChartData) -> tuple[str, ...]:
    return ()


def message_runs(markdown: str) -> list[tuple[str, bool]]:
    """A line of a slide's message (the pack's neutralised inline Markdown) as plain-text
    runs, each with whether it is **bold**. Bold is the only markup a message keeps: other
    asterisks and backticks go, and Markdown's escapes are undone."""

    def plain(text: str) -> str:
        return unescape(text.replace("*", "").replace("`", ""))

    runs, last = [], 0
    for match in BOLD.finditer(markdown):
        runs.append((plain(markdown[last : match.start()]), False))
        runs.append((plain(match.group(1)), True))
        last = match.end()
    runs.append((plain(markdown[last:]), False))
    return [(text, bold) for text, bold in runs if text]


@dataclass(frozen=True)
class OwnCharts:
    """The consultant's own charts as the deck's last part, with the words the shell gives:
    the heading in the interface's language, a line saying these are not the report's own
    charts, and speaker notes for a chart (its bases and sources, in words)."""

    specs: tuple[ChartSpec, ...]
    heading: str
    subtitle: str = ""
    notes: Callable[[ChartData], tuple[str, ...]] = field(default=no_notes)


@dataclass(frozen=True)
class Slide:
    kind: str
    chapter_id: str  # '' for the title and readiness slides; MY_CHARTS for the own charts
    section_index: int  # -1: the chapter's opening; of an own chart: its place in My charts
    title: str
    message: tuple[str, ...]  # lines of inline Markdown (**bold** allowed), each a paragraph
    bullets: bool  # the message lines are bullets
    chart_id: str | None
    build_steps: int  # the chart's bars appear one per forward key: how many steps (0: none)
    notes: tuple[str, ...]
    subtitle: str = ""  # plain text under the title (the title slide: the report's subtitle)
    byline: str = ""  # plain text: publisher (and year) on the title slide
    part: int = 1  # a message too long for one slide continues: part ``part`` of ``parts``
    parts: int = 1

    @property
    def location(self) -> tuple[str, int]:
        return self.chapter_id, self.section_index

    def split(self, parts: list[tuple[int, bool]]) -> list[Slide]:
        """This slide over several: each part takes so many message lines, and the chart or not."""
        slides, start = [], 0
        for number, (count, with_chart) in enumerate(parts, start=1):
            slides.append(
                replace(
                    self,
                    message=self.message[start : start + count],
                    chart_id=self.chart_id if with_chart else None,
                    build_steps=self.build_steps if with_chart else 0,
                    part=number,
                    parts=len(parts),
                )
            )
            start += count
        return slides


def message_of(markdown: str) -> tuple[tuple[str, ...], bool]:
    """A slide's message derived from section text: its bullets, else its first sentence."""
    lines = [line.rstrip() for line in markdown.splitlines()]
    bullets = [m.group(1).strip() for line in lines if (m := BULLET.match(line))]
    if bullets:
        return tuple(bullets[:MAX_DERIVED_BULLETS]), True
    paragraph = []
    for line in lines:
        if line.strip():
            paragraph.append(line.strip())
        elif paragraph:
            break
    text = " ".join(paragraph)
    first = SENTENCE_END.split(text, maxsplit=1)[0] if text else ""
    return ((first,) if first else ()), False


def _section_slides(
    chapter_id: str, index: int, section: Section, charts: list[str], bars: dict[str, int]
) -> list[Slide]:
    spec: SlideSpec | None = getattr(section, "slide", None)
    notes = tuple(section.notes)
    if spec is not None:
        message, bullets = spec.message, spec.bullets
        title = spec.title or section.title
        shown = [c for c in (spec.charts if spec.charts is not None else charts) if c in bars]
        build = spec.build
    else:
        message, bullets = message_of(section.markdown)
        title, shown, build = section.title, [c for c in charts if c in bars], False
    slides = [
        Slide(
            SECTION,
            chapter_id,
            index,
            title,
            message,
            bullets,
            shown[0] if shown else None,
            bars[shown[0]] if build and shown else 0,
            notes,
        )
    ]
    slides += [
        Slide(CHART, chapter_id, index, title, (), False, extra, 0, notes) for extra in shown[1:]
    ]
    return slides


def _chapter_slides(chapter_id: str, text: ChapterText, bars: dict[str, int]) -> list[Slide]:
    opening = [p.chart_id for p in text.placements if p.section_index == -1 and p.chart_id in bars]
    message, bullets = message_of(text.intro_markdown)
    notes = tuple(text.intro_notes)
    slides = [
        Slide(
            CHAPTER,
            chapter_id,
            -1,
            text.title,
            message,
            bullets,
            opening[0] if opening else None,
            0,
            notes,
        )
    ]
    slides += [
        Slide(CHART, chapter_id, -1, text.title, (), False, extra, 0, notes)
        for extra in opening[1:]
    ]
    for index, section in enumerate(text.sections):
        charts = [p.chart_id for p in text.placements if p.section_index == index]
        slides += _section_slides(chapter_id, index, section, charts, bars)
    return slides


def own_chart_slides(own: OwnCharts, charts: ChartSource) -> list[Slide]:
    """A heading slide, then a slide per own chart the pack can draw: its title as the message."""
    slides = []
    for place, spec in enumerate(own.specs):
        data = charts(spec.id)
        if data is not None:
            notes = own.notes(data)
            slides.append(
                Slide(MY_CHART, MY_CHARTS, place, data.title, (), False, spec.id, 0, notes)
            )
    if not slides:
        return []
    heading = Slide(
        CHAPTER, MY_CHARTS, -1, own.heading, (), False, None, 0, (), subtitle=own.subtitle
    )
    return [heading, *slides]


def build_slides(
    pack: ReportPack,
    lang: str,
    readiness_title: str = "",
    charts: ChartSource | None = None,
    own: OwnCharts | None = None,
) -> list[Slide]:
    """The slides of the report, then ``own`` charts; with ``readiness_title``, a last slide of
    live check results (the caller gives that title only when the pack has a check).

    ``charts`` gives each chart as it is to be shown (default: as the pack defines it).
    """
    if charts is None:
        charts = pack_charts(pack, lang, own.specs if own else ())
    slides = [
        Slide(
            TITLE,
            "",
            -1,
            pick(pack.title, lang),
            (),
            False,
            None,
            0,
            (),
            subtitle=pick(pack.subtitle, lang) if pack.subtitle else "",
            byline=pack.publisher + (f", {pack.year}" if pack.year_stated else ""),
        )
    ]
    # How many bars each chart has as shown: a build shows them one per step.
    # (Bar charts only; the other kinds, a compared chart too, appear whole.)
    bars = {}
    for chart_id in pack.charts:
        data = charts(chart_id)
        if data is not None:
            bars[chart_id] = len(data.rows) if data.kind == BAR else 0
    for chapter in pack.chapters:
        slides += _chapter_slides(chapter.id, chapter.text(lang), bars)
    if own is not None:
        slides += own_chart_slides(own, charts)
    if readiness_title:
        slides.append(Slide(READINESS, "", -1, readiness_title, (), False, None, 0, ()))
    return slides


def build_order(highlighted: list[bool]) -> list[int]:
    """The order bars appear in a build: in chart order, the highlighted ones last."""
    plain = [i for i, on in enumerate(highlighted) if not on]
    return plain + [i for i, on in enumerate(highlighted) if on]


def slide_index_for(slides: list[Slide], chapter_id: str, section_index: int) -> int:
    """The first slide of a place in the report (for 'present from here')."""
    for number, slide in enumerate(slides):
        if slide.location == (chapter_id, section_index):
            return number
    for number, slide in enumerate(slides):
        if slide.chapter_id == chapter_id:
            return number
    return 0
