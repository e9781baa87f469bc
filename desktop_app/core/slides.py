"""The report as slides, derived from the pack: nothing about slides is written by hand.

A title slide; per chapter a chapter slide with its opening text; per section a slide
with its text and its first chart; every further chart of a section on a slide of its
own. Speaker notes come with the section they were written in.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import ReportPack, pick
from .safe_markdown import escape_markdown

TITLE, CHAPTER, SECTION, CHART, READINESS = "title", "chapter", "section", "chart", "readiness"


@dataclass(frozen=True)
class Slide:
    kind: str
    chapter_id: str  # '' for the title slide
    section_index: int  # -1: the chapter's opening
    title: str
    markdown: str
    chart_id: str | None
    notes: tuple[str, ...]

    @property
    def location(self) -> tuple[str, int]:
        return self.chapter_id, self.section_index


def build_slides(pack: ReportPack, lang: str, readiness_title: str = "") -> list[Slide]:
    """The slides of the report; with ``readiness_title``, a last slide of live check results."""
    subtitle = pick(pack.subtitle, lang) if pack.subtitle else ""
    slides = [
        Slide(
            TITLE,
            "",
            -1,
            pick(pack.title, lang),
            # Manifest texts are plain text: escaped, no Markdown in them can load a file.
            escape_markdown(f"{subtitle}\n\n{pack.publisher}, {pack.year}"),
            None,
            (),
        )
    ]
    for chapter in pack.chapters:
        text = chapter.text(lang)
        opening = [p.chart_id for p in text.placements if p.section_index == -1]
        slides.append(
            Slide(
                CHAPTER,
                chapter.id,
                -1,
                text.title,
                text.intro_markdown,
                opening[0] if opening else None,
                tuple(text.intro_notes),
            )
        )
        for extra in opening[1:]:
            slides.append(
                Slide(CHART, chapter.id, -1, text.title, "", extra, tuple(text.intro_notes))
            )
        for index, section in enumerate(text.sections):
            charts = [p.chart_id for p in text.placements if p.section_index == index]
            notes = tuple(section.notes)
            slides.append(
                Slide(
                    SECTION,
                    chapter.id,
                    index,
                    section.title,
                    section.markdown,
                    charts[0] if charts else None,
                    notes,
                )
            )
            for extra in charts[1:]:
                slides.append(Slide(CHART, chapter.id, index, section.title, "", extra, notes))
    if readiness_title and pack.readiness is not None:
        slides.append(Slide(READINESS, "", -1, readiness_title, "", None, ()))
    return slides


def slide_index_for(slides: list[Slide], chapter_id: str, section_index: int) -> int:
    """The first slide of a place in the report (for 'present from here')."""
    for number, slide in enumerate(slides):
        if slide.location == (chapter_id, section_index):
            return number
    for number, slide in enumerate(slides):
        if slide.chapter_id == chapter_id:
            return number
    return 0
