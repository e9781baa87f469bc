"""Search finds what authors write, and shows plain text around it."""

from __future__ import annotations

from desktop_app.core.chapter_text import parse_chapter
from desktop_app.core.model import Chapter, ReportPack
from desktop_app.core.search import search

CHAPTER = """# Sources

## Eurostat tables

The indicator isoc_eb_ai and the wave 2024_q3 come from Eurostat; _emphasis_ stays words.

| Indicator | Value |
|---|---:|
| isoc_eb_ai | 13.5 |
"""


def pack_with(text: str) -> ReportPack:
    chapter, problems = parse_chapter("chapters/en/sources.md", text)
    assert problems == []
    return ReportPack(
        location=".",
        id="p",
        year=2025,
        publisher="X",
        title={"en": "T"},
        subtitle={},
        languages=["en"],
        default_language="en",
        survey_n=10,
        survey_base={},
        sources=[],
        chapters=[Chapter("sources", {"en": chapter})],
        figures={},
        charts={},
    )


def test_ids_with_underscores_and_digits_are_found():
    pack = pack_with(CHAPTER)
    for query in ("isoc_eb_ai", "2024_q3", "ISOC_EB_AI 2024_q3"):
        hits = search(pack, "en", query)
        assert [h.section_title for h in hits] == ["Eurostat tables"], query
        assert "isoc_eb_ai" in hits[0].snippet


def test_emphasis_underscores_are_still_markup():
    hits = search(pack_with(CHAPTER), "en", "emphasis stays")
    assert hits and "_emphasis_" not in hits[0].snippet and "emphasis stays" in hits[0].snippet


def test_snippets_from_tables_have_no_pipes_or_rules():
    hits = search(pack_with(CHAPTER), "en", "13.5")
    assert len(hits) == 1
    assert "|" not in hits[0].snippet and "---" not in hits[0].snippet
    assert "isoc_eb_ai · 13.5" in hits[0].snippet
