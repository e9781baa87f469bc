"""The report pack as the rest of the app sees it: plain, immutable-ish data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .chapter_text import ChapterText, Section

LocalText = dict[str, str]  # language code -> text
# A value the report did not print as such: computed from other values, or approximate.
DERIVED, APPROXIMATE = "derived", "approximate"


def pick(text: LocalText, lang: str) -> str:
    """The text in ``lang``, falling back to any language the pack has."""
    if lang in text:
        return text[lang]
    return next(iter(text.values()), "")


@dataclass(frozen=True)
class Reference:
    """Where the report says something: a section of a chapter, or a figure."""

    chapter: str | None = None
    section: int | None = None  # 1-based number of the chapter's '## ' section
    figure: str | None = None


@dataclass(frozen=True)
class FigureItem:
    """One bar or slice: a row of ``figures.csv``."""

    figure_id: str
    item_id: str
    chapter: str
    label: LocalText
    value: float
    unit: str
    n: int | None
    base: LocalText
    source: str
    note: str
    line: int

    @property
    def mark(self) -> str:
        """DERIVED or APPROXIMATE when the note says so (``derived: …``, ``approximate: …``)."""
        note = self.note.strip().lower()
        return next((m for m in (DERIVED, APPROXIMATE) if note.startswith(m)), "")


@dataclass
class Figure:
    id: str
    items: list[FigureItem] = field(default_factory=list)

    def item(self, item_id: str) -> FigureItem | None:
        return next((i for i in self.items if i.item_id == item_id), None)


@dataclass(frozen=True)
class Series:
    """The part of one figure a chart shows, with a legend label when there are several."""

    figure_id: str
    item_ids: tuple[str, ...] | None
    label: LocalText


@dataclass(frozen=True)
class ChartSpec:
    id: str
    kind: str
    choice: str
    sort: str
    title: LocalText
    caveat: LocalText
    highlight: tuple[str, ...]
    series: tuple[Series, ...]
    line: int
    caveat_source: Reference | None = None  # where the report says what the caveat says

    @property
    def figure_ids(self) -> list[str]:
        return [s.figure_id for s in self.series]


@dataclass
class Chapter:
    id: str
    texts: dict[str, ChapterText]

    def text(self, lang: str) -> ChapterText:
        return self.texts.get(lang) or next(iter(self.texts.values()))

    def title(self, lang: str) -> str:
        return self.text(lang).title

    def sections(self, lang: str) -> list[Section]:
        return self.text(lang).sections


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    description: LocalText


@dataclass(frozen=True)
class Renames:
    """compare.toml: this pack's ids as other editions call them, and the edition's name."""

    figures: dict[str, str] = field(default_factory=dict)  # this figure id -> other's
    items: dict[str, dict[str, str]] = field(default_factory=dict)  # figure -> item -> other's
    label: LocalText = field(default_factory=dict)  # the edition's name beside another

    def figure(self, figure_id: str) -> str:
        return self.figures.get(figure_id, figure_id)

    def item(self, figure_id: str, item_id: str) -> str:
        return self.items.get(figure_id, {}).get(item_id, item_id)


@dataclass
class ReportPack:
    location: Path
    id: str
    year: int
    publisher: str
    title: LocalText
    subtitle: LocalText
    languages: list[str]
    default_language: str
    survey_n: int
    survey_base: LocalText
    sources: list[Source]
    chapters: list[Chapter]
    figures: dict[str, Figure]
    charts: dict[str, ChartSpec]
    year_stated: bool = True  # False: the report prints no year; the app does not show one
    renames: Renames = field(default_factory=Renames)  # compare.toml, optional
    # Who one respondent of the survey is, in the plural ('organisations'), per language.
    survey_respondents: LocalText = field(default_factory=dict)

    def chapter(self, chapter_id: str) -> Chapter | None:
        return next((c for c in self.chapters if c.id == chapter_id), None)

    def chapter_ids(self) -> list[str]:
        return [c.id for c in self.chapters]

    def charts_of_figure(self, figure_id: str) -> list[ChartSpec]:
        return [c for c in self.charts.values() if figure_id in c.figure_ids]

    def edition(self, lang: str) -> str:
        """Title, publisher and, when the report states it, the year: 'Title, InSpark, 2025'."""
        parts = [pick(self.title, lang), self.publisher]
        if self.year_stated:
            parts.append(str(self.year))
        return ", ".join(parts)

    def place(self, reference: Reference, lang: str) -> str:
        """Where a claim can be read: 'chapter › section', or the title of a figure's chart."""
        if reference.figure is not None:
            charts = self.charts_of_figure(reference.figure)
            return pick(charts[0].title, lang) if charts else reference.figure
        chapter = self.chapter(reference.chapter or "")
        if chapter is None:
            return reference.chapter or ""
        sections = chapter.sections(lang)
        index = (reference.section or 0) - 1
        if 0 <= index < len(sections):
            return f"{chapter.title(lang)} › {sections[index].title}"
        return chapter.title(lang)
