"""Chapter Markdown: sections, chart placements, speaker notes, search."""

from desktop_app.core.chapter_text import parse_chapter
from desktop_app.core.search import search

TEXT = """# Titel

Opening text.

## Eerste deel

Tekst met **nadruk**.

{{chart: obstacles}}

::: notes
Vraag de klant wat herkenbaar is.
:::

## Tweede deel

Meer tekst.
"""


def test_sections_charts_and_notes_are_found():
    chapter, problems = parse_chapter("c.md", TEXT)
    assert problems == []
    assert chapter.title == "Titel"
    assert [s.title for s in chapter.sections] == ["Eerste deel", "Tweede deel"]
    assert chapter.chart_ids == ["obstacles"]
    assert chapter.placements[0].section_index == 0
    assert chapter.sections[0].notes == ["Vraag de klant wat herkenbaar is."]
    assert chapter.sections[1].notes == []


def test_reader_markdown_has_chart_links_and_no_notes():
    chapter, _ = parse_chapter("c.md", TEXT)
    markdown = chapter.reader_markdown(lambda chart_id: f"Grafiek {chart_id}")
    assert "[Grafiek obstacles](chart:obstacles)" in markdown
    assert "Vraag de klant" not in markdown
    assert "# Titel" in markdown


def test_search_text_has_no_markup():
    chapter, _ = parse_chapter("c.md", TEXT)
    assert chapter.sections[0].plain_text == "Tekst met nadruk."


def test_malformed_chart_line_and_unknown_block_are_reported():
    _, problems = parse_chapter("c.md", "# T\n\nzie {{chart: x}} hier\n\n::: warning\n")
    messages = [str(p) for p in problems]
    assert any(m.startswith("c.md:3: chart placement must be") for m in messages)
    assert any(m.startswith("c.md:5: unknown block") for m in messages)


def test_search_needs_every_word_and_reports_the_section(pack):
    hits = search(pack, "en", "predictive maintenance")
    assert hits
    assert all(
        "predictive" in h.snippet.lower() and "maintenance" in h.snippet.lower() for h in hits
    )
    assert search(pack, "en", "predictive zebra") == []
    assert search(pack, "en", "   ") == []
