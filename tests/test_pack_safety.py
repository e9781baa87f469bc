"""A pack reads nothing but itself: hostile Markdown, links, symlinks, bombs and odd numbers.

Every case asserts what a consultant would suffer if it went wrong: a local file shown on
the projector, a file read outside the pack, a frozen laptop, or a check that passes a pack
the app then shows differently. Rendering is checked with Qt's own Markdown reader, with
HTML switched on (as a QLabel would have it), so the neutralised text is safe anywhere.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from desktop_app.core.chapter_text import parse_chapter
from desktop_app.core.safe_markdown import neutralise

ALLOWED_SCHEMES = ("http://", "https://", "mailto:", "chart:", "#")
GITHUB = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
READER = GITHUB | QTextDocument.MarkdownFeature.MarkdownNoHTML


class RecordingDocument(QTextDocument):
    """A document that notes every resource Qt asks for instead of loading it."""

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind: int, url):  # noqa: N802 (Qt naming)
        self.requested.append(url.toString())
        return None


def rendered(markdown: str, features=GITHUB) -> tuple[list[str], list[str], list[str], str]:
    """What Qt makes of ``markdown``: images, link targets, resources asked for, plain text."""
    document = RecordingDocument()
    document.setMarkdown(markdown, features)
    images, links = [], []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.isImageFormat():
                images.append(char_format.toImageFormat().name())
            elif char_format.isAnchor() and char_format.anchorHref():
                links.append(char_format.anchorHref())
            fragments += 1
        block = block.next()
    return images, links, document.requested, document.toPlainText()


def assert_shows_nothing_outside(markdown: str) -> None:
    images, links, requested, _ = rendered(markdown)
    assert images == [], f"an image would be shown: {images}"
    assert requested == [], f"Qt asked for resources: {requested}"
    assert all(link.lower().startswith(ALLOWED_SCHEMES) for link in links), links


def chapter(body: str) -> str:
    return f"# Title\n\nOpening.\n\n## Section\n\n{body}\n"


@pytest.fixture
def outside_file(tmp_path) -> Path:
    """A file outside any pack: no pack may make the app read or show it."""
    secret = tmp_path / "outside" / "secret.png"
    secret.parent.mkdir()
    secret.write_bytes(b"not for the projector")
    return secret


HOSTILE_MARKDOWN = {
    "alt text over two lines": ("![a\nb]({url})", 7, "images are not shown"),
    "alt text over three lines, title": ('![a\nb\nc]({url} "t")', 7, "images are not shown"),
    "image by reference": ("![logo][r]\n\n[r]: {url}", 7, "images are not shown"),
    "collapsed reference image": ("![r][]\n\n[r]: {url}", 7, "images are not shown"),
    "shortcut reference image": ("![r]\n\n[r]: {url}", 7, "images are not shown"),
    "destination on the next line": ("![a](\n{url})", 7, "images are not shown"),
    "image in angle brackets": ("![a](<{url}>)", 7, "images are not shown"),
    "image inside a link": ("[![a]({url})](https://example.org)", 7, "images are not shown"),
    "image in a table": ("| a |\n|---|\n| ![x]({url}) |", 9, "images are not shown"),
    "image in a list": ("- item\n  ![x]({url})", 8, "images are not shown"),
    "html img": ("<img src='{url}'>", 7, "HTML is not interpreted"),
    "html img over lines": ("<img\nsrc='{url}'>", 7, "HTML is not interpreted"),
    "html comment": ("<!-- {url} -->", 7, "HTML is not interpreted"),
    "autolink to a file": ("<{url}>", 7, "link to 'file:"),
    "link to a file": ("[see]({url})", 7, "link to 'file:"),
    "link to a relative path": ("[notes](../secret.png)", 7, "link to '../secret.png'"),
    "javascript link": ("[x](javascript:alert(1))", 7, "link to 'javascript:"),
    "link by reference": ("[see][r]\n\n[r]: {url}", 7, "link by reference"),
    "link definition alone": ("text\n\n[r]: {url}", 9, "link definition"),
    "bare ftp": ("ftp://example.org/x", 7, "link to 'ftp://"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_MARKDOWN))
def test_hostile_markdown_is_refused_at_its_line_and_shown_as_text(case, outside_file):
    body, line, message = HOSTILE_MARKDOWN[case]
    url = outside_file.as_uri()
    text, problems = parse_chapter("c.md", chapter(body.format(url=url)))
    assert any(p.line == line and message in p.message for p in problems), problems
    for markdown in [text.reader_markdown(str), *text.notes, text.sections[0].markdown]:
        assert_shows_nothing_outside(markdown)
        assert str(outside_file) not in " ".join(rendered(markdown)[1])


def test_hostile_markdown_in_notes_is_refused_too(outside_file):
    body = f"::: notes\n![a\nb]({outside_file.as_uri()})\n<img src='{outside_file}'>\n:::"
    text, problems = parse_chapter("c.md", chapter(body))
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (8, "images are not shown (the app loads no files and stays offline)"),
        (10, "HTML is not interpreted"),
    ]
    assert_shows_nothing_outside(text.notes[0])


def test_allowed_links_stay_links_and_show_the_same():
    body = (
        "See [the site](https://example.org/a_(b)), [mail](mailto:a@example.org), "
        "[below](#section) and <https://example.org>. Let op! 5 < 6 and [1]."
    )
    text, problems = parse_chapter("c.md", chapter(body))
    assert problems == []
    markdown = text.sections[0].markdown
    images, links, _, plain = rendered(markdown, READER)
    assert [unquote(link) for link in links] == [
        "https://example.org/a_(b)",
        "mailto:a@example.org",
        "#section",
        "https://example.org",
    ]
    assert plain == rendered(body, READER)[3]


def test_chart_captions_are_text_even_when_they_look_like_markdown():
    text, _ = parse_chapter("c.md", "# T\n\n{{chart: c1}}\n")
    markdown = text.reader_markdown(lambda chart_id: "![x](file:///etc/passwd) <b>")
    images, links, _, plain = rendered(markdown)
    assert images == [] and links == ["chart:c1"]
    assert "![x](file:///etc/passwd) <b>" in plain


PIECES = [
    "!", "[", "]", "(", ")", "<", ">", "a", " ", "\n", "\n\n", "\\", ":", "*", '"', "'",
    "file:///x", "https://e.org", "img", "src=", "ftp://h", "www.e.org", "a@b.nl",
    "mailto:a@b.nl", "chart:c", "#s", "&lt;", "javascript:", "- ", "> ", "|",
]  # fmt: skip
HOSTILE_PIECES = PIECES + [
    "`", "```", "    ", "\t", "# ", "1. ", "_", "~~", "&#91;", "&#33;", "<a href='file:///x'>",
    "</a>", "[r]: file:///x\n", "[r]", "![", "](", "](file:///x)", "](https://e.org)",
    "<file:///x>", "<https://e.org>",
]  # fmt: skip
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.lists(st.sampled_from(HOSTILE_PIECES), max_size=40).map("".join))
def test_no_markdown_can_show_a_file_or_link_to_one(source):
    """Code spans, fences, tables, HTML, references: nothing makes Qt load or link a file."""
    safe, _ = neutralise(source)
    assert safe.count("\n") == source.count("\n")  # problems point at the file's lines
    assert_shows_nothing_outside(safe)


@PROPERTY
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_text_that_passes_the_check_is_shown_as_written(source):
    """Without findings the reader shows the author's text and links (at most a bare address
    touching a bracket is not clickable)."""
    safe, findings = neutralise(source)
    if not findings:
        _, links, _, plain = rendered(safe, READER)
        _, original_links, _, original_plain = rendered(source, READER)
        assert plain == original_plain
        assert set(map(unquote, links)) <= set(original_links)
