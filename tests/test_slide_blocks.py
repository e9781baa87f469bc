"""A section's '::: slide' block: what the pack's author says its slide shows."""

from __future__ import annotations

import re

from desktop_app.content import check_content
from desktop_app.core.chapter_text import parse_chapter
from desktop_app.presentation.slides import SECTION, build_slides

CHAPTER = """# A chapter

## Knowledge first

A long paragraph of prose that the slide must not show, with many words in it.

::: slide
title: Knowledge holds organisations back most
- Lack of knowledge: **59%**
- Data quality: **54%**
chart: obstacles
build: bars
:::

{{chart: obstacles}}
{{chart: obstacles_pilot_phase}}
"""


def test_a_slide_block_is_read_with_its_parts():
    chapter, problems = parse_chapter("x.md", CHAPTER)
    assert problems == []
    spec = chapter.sections[0].slide
    assert spec.title == "Knowledge holds organisations back most"
    assert spec.message == ("Lack of knowledge: **59%**", "Data quality: **54%**")
    assert spec.bullets and spec.build and spec.charts == ("obstacles",)
    assert "Knowledge holds" not in chapter.sections[0].markdown  # never in the reader's text


def test_the_block_decides_the_slide(pack_copy):
    from desktop_app.core.loader import load_pack

    for lang in ("nl", "en"):
        path = pack_copy / "chapters" / lang / "obstacles.md"
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\n::: slide\n.*?\n:::\n", "\n", text, flags=re.DOTALL)  # the pack's own
        first = text.index("\n## ")
        end = text.index("\n", first + 1)
        block = (
            "\n\n::: slide\ntitle: Kennis en data remmen het meest\n"
            "Kennis (**59%**) en datakwaliteit (**54%**) staan bovenaan.\n"
            "chart: obstacles\nbuild: bars\n:::\n"
        )
        path.write_text(text[:end] + block + text[end:], encoding="utf-8")
    pack = load_pack(pack_copy)
    slide = next(
        s for s in build_slides(pack, "nl") if s.kind == SECTION and s.chapter_id == "obstacles"
    )
    assert slide.title == "Kennis en data remmen het meest"
    assert slide.message == ("Kennis (**59%**) en datakwaliteit (**54%**) staan bovenaan.",)
    assert not slide.bullets
    assert slide.chart_id == "obstacles" and slide.build_steps == 6  # the chart's six bars


def problems_of(pack_copy, block: str, lang: str = "nl") -> list[str]:
    path = pack_copy / "chapters" / lang / "why-start.md"
    text = path.read_text(encoding="utf-8")
    first = text.index("\n## ")
    end = text.index("\n", first + 1)
    path.write_text(text[:end] + "\n\n" + block + text[end:], encoding="utf-8")
    return [p.message for p in check_content(pack_copy)]


def test_an_unknown_chart_in_a_block_is_a_problem(pack_copy):
    messages = problems_of(pack_copy, "::: slide\nA message.\nchart: main_reasons\n:::\n")
    assert "'::: slide' shows unknown chart 'main_reasons'; did you mean 'main_reason'?" in messages


def test_a_block_must_build_bars_or_nothing(pack_copy):
    messages = problems_of(pack_copy, "::: slide\nA message.\nbuild: lines\n:::\n")
    assert "build must be one of bars, none, not 'lines'" in messages


def test_a_message_is_bullets_or_sentences(pack_copy):
    messages = problems_of(pack_copy, "::: slide\n- one\nand a sentence\n:::\n")
    assert any("either bullets" in m for m in messages)


def test_an_unclosed_block_is_reported(pack_copy):
    messages = problems_of(pack_copy, "::: slide\nA message.\n")
    assert "'::: slide' is never closed with ':::'" in messages


def test_languages_keep_their_slides_in_step(pack_copy):
    path = pack_copy / "chapters" / "nl" / "why-start.md"
    text = path.read_text(encoding="utf-8")
    assert "::: slide\n" in text  # the first section's block, in Dutch only: another chart
    path.write_text(text.replace("::: slide\n", "::: slide\nchart: main_reason\n", 1), "utf-8")
    messages = [p.message for p in check_content(pack_copy)]
    assert any("differs from the" in m or "'::: slide' block differs" in m for m in messages)
