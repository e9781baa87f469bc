"""The bundled pack's slides as its author wrote them: every section says what its slide shows,
in both languages, as one short message that the back of the room can read.

The numbers on the slides are guarded in test_prose_numbers.py.
"""

from __future__ import annotations

import re
import tomllib

import pytest
from PySide6.QtCore import QSize

from desktop_app.core.chapter_text import ChapterText, parse_chapter, plain
from desktop_app.presentation.slides import SECTION, build_slides
from desktop_app.ui.presentation.deck import Deck

from .conftest import BUNDLED

LANGUAGES = ("nl", "en")
MAX_BULLETS = 3
MAX_CHARACTERS = 160  # all of a message's visible characters together, markup not counted
# A sentence ends where '.', '!' or '?' is followed by more text.
SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")


def chapters() -> list[tuple[str, str, ChapterText]]:
    manifest = tomllib.loads((BUNDLED / "manifest.toml").read_text(encoding="utf-8"))
    found = []
    for chapter_id in manifest["chapters"]:
        for language in LANGUAGES:
            path = BUNDLED / "chapters" / language / f"{chapter_id}.md"
            chapter, problems = parse_chapter(str(path), path.read_text(encoding="utf-8"))
            assert problems == [], problems
            found.append((chapter_id, language, chapter))
    return found


def test_every_section_has_a_slide_block_in_both_languages():
    missing = [
        f"{language}/{chapter_id} §{index} ({section.title})"
        for chapter_id, language, chapter in chapters()
        for index, section in enumerate(chapter.sections, start=1)
        if section.slide is None or not section.slide.message
    ]
    assert not missing, "sections without a '::: slide' block and message:\n" + "\n".join(missing)


def one_message_problem(message: tuple[str, ...], bullets: bool) -> str:
    """Why a slide's message is not one short message, or '' when it is."""
    text = [plain(line) for line in message]
    if bullets and len(text) > MAX_BULLETS:
        return f"{len(text)} bullets; at most {MAX_BULLETS}"
    if not bullets and (len(text) != 1 or SENTENCE_BREAK.search(text[0])):
        return "more than one sentence"
    length = sum(len(line) for line in text)
    if length >= MAX_CHARACTERS:
        return f"{length} characters; under {MAX_CHARACTERS}"
    return ""


def test_the_rule_tells_one_message_from_more():
    """The rule below must be able to fail: too many bullets, sentences or characters."""
    assert one_message_problem(("**59%** lack knowledge",), False) == ""
    assert one_message_problem(("a", "b", "c"), True) == ""
    assert one_message_problem(("a", "b", "c", "d"), True) == "4 bullets; at most 3"
    assert one_message_problem(("One. Two.",), False) == "more than one sentence"
    assert one_message_problem(("One.", "Two."), False) == "more than one sentence"
    assert one_message_problem(("**" + "x" * 159 + "**",), False) == ""
    assert one_message_problem(("**" + "x" * 160 + "**",), False) == "160 characters; under 160"


def test_every_section_slide_carries_one_short_message():
    problems = []
    for chapter_id, language, chapter in chapters():
        for index, section in enumerate(chapter.sections, start=1):
            if section.slide is None:
                continue  # reported by the test above
            problem = one_message_problem(section.slide.message, section.slide.bullets)
            if problem:
                problems.append(f"{language}/{chapter_id} §{index} ({section.title}): {problem}")
    assert not problems, "slides that say more than one short message:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_4_3_projector_a_message_stands_with_its_chart(qapp, pack, lang):
    """At 1024×768 a section's message stands with its chart, except on the one slide whose
    tall grouped chart (seven obstacles, two groups) leaves no room: there the message comes
    first, whole, and the chart follows on a slide of its own."""
    slides = build_slides(pack, lang)
    deck = Deck(pack, lang, slides, QSize(1024, 768))
    split = [s for s in deck.slides if s.kind == SECTION and s.parts > 1]
    assert {s.chart_id for s in split if s.chart_id} <= {"obstacles_pilot_phase"}
    for slide in split:  # message, then evidence: never half a message beside the chart
        assert (slide.part == slide.parts) == (slide.chart_id is not None) != bool(slide.message)
    assert len(deck.slides) <= len(slides) + 1
