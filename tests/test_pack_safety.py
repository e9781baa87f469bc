"""A pack reads nothing but itself: hostile Markdown, links, symlinks, bombs and odd numbers.

Every case asserts what a consultant would suffer if it went wrong: a local file shown on
the projector, a file read outside the pack, a frozen laptop, or a check that passes a pack
the app then shows differently. Rendering is checked with Qt's own Markdown reader, with
HTML switched on (as a QLabel would have it), so the neutralised text is safe anywhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument, QTextFormat

from desktop_app.core.chapter_text import parse_chapter
from desktop_app.core.limits import (
    MAX_BARS_PER_CHART,
    MAX_CHAPTER_BYTES,
    MAX_FIGURE_ROWS,
    MAX_FIGURES_PER_CHART,
    MAX_PACK_BYTES,
    MAX_PACK_FILES,
    MAX_TOML_NESTING,
)
from desktop_app.core.loader import check_pack, load_pack
from desktop_app.core.problems import PackError
from desktop_app.core.safe_markdown import MAX_FINDINGS, neutralise
from desktop_app.core.source import PackSource

from .conftest import ROOT

needs_links = pytest.mark.skipif(
    sys.platform == "win32", reason="symbolic links need extra rights on Windows"
)

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


def shows_code(markdown: str) -> bool:
    """Whether Qt shows part of ``markdown`` as code (a block or a span). Markdown's escapes
    show there as typed, so a bracket the neutraliser escaped keeps its backslash: the one
    place text is not shown exactly as written (data/README.md says so)."""
    document = QTextDocument()
    document.setMarkdown(markdown, GITHUB)
    block = document.begin()
    while block.isValid():
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeLanguage):
            return True
        fragments = block.begin()
        while not fragments.atEnd():
            if fragments.fragment().charFormat().fontFixedPitch():
                return True
            fragments += 1
        block = block.next()
    return False


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


def test_nested_brackets_are_not_a_link_and_say_so():
    """Markdown would link '[a [b] c](…)'; the strict rule does not, so it is a problem."""
    text, problems = parse_chapter("c.md", chapter("[a [b] c](https://example.org)"))
    assert [p.message.split(";")[0] for p in problems] == ["'](' outside a link is shown as text"]
    assert rendered(text.sections[0].markdown, READER)[3] == "[a [b] c](https://example.org)"


def test_a_file_full_of_problems_lists_a_hundred_and_stays_harmless(outside_file):
    hostile = f"![x]({outside_file.as_uri()}) <img src='{outside_file}'>\n" * 5_000
    safe, findings = neutralise(hostile)
    assert len(findings) <= MAX_FINDINGS + 1
    assert findings[-1].message.startswith(f"more than {MAX_FINDINGS} problems in this file")
    assert safe.count("\n") == hostile.count("\n")
    assert_shows_nothing_outside(safe)


def test_a_chapter_over_the_limit_is_refused_without_being_read_further(pack_copy):
    path = pack_copy / "chapters" / "nl" / "intro.md"
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("[[[[<a " * (MAX_CHAPTER_BYTES // 14 * 3))
    assert f"{path}:1: the chapter is 1.5 MB; a chapter file may be at most 1.0 MB" in messages(
        pack_copy
    )


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
    if not findings and not shows_code(source):
        _, links, _, plain = rendered(safe, READER)
        _, original_links, _, original_plain = rendered(source, READER)
        assert plain == original_plain
        assert set(map(unquote, links)) <= set(original_links)


# -- whole packs ---------------------------------------------------------------------------
SECRET = "SECRET-OUTSIDE-THE-PACK"


def messages(location: Path) -> list[str]:
    return [str(p) for p in check_pack(location)]


def only(found: list[str], needle: str) -> str:
    hits = [m for m in found if needle in m]
    assert hits, f"no message containing {needle!r} in {found}"
    return hits[0]


def refused_without_leaking(location: Path) -> list[str]:
    """The pack does not open, and nothing outside it shows up in what the app reports."""
    with pytest.raises(PackError) as caught:
        load_pack(location)
    assert SECRET not in str(caught.value)
    return messages(location)


@pytest.fixture
def outside_chapter(tmp_path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    secret = folder / "intro.md"
    secret.write_text(f"# {SECRET}\n\n{SECRET}\n", encoding="utf-8")
    return secret


def test_two_line_alt_text_in_a_pack_is_refused_at_its_file_and_line(pack_copy, outside_file):
    path = pack_copy / "chapters" / "en" / "intro.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text(
        "\n".join([*lines, "", f"![logo\nof us]({outside_file.as_uri()})"]) + "\n",
        encoding="utf-8",
    )
    found = refused_without_leaking(pack_copy)
    assert f"{path}:{len(lines) + 2}: images are not shown" in " ".join(found)


@needs_links
def test_a_symlinked_chapter_file_is_refused_before_it_is_read(pack_copy, outside_chapter):
    link = pack_copy / "chapters" / "nl" / "intro.md"
    link.unlink()
    link.symlink_to(outside_chapter)
    message = only(refused_without_leaking(pack_copy), "symbolic link")
    assert message.startswith(f"{link}:1: is a symbolic link")


@needs_links
def test_a_symlinked_chapter_folder_is_refused_and_named(pack_copy, outside_chapter):
    for name in (pack_copy / "chapters" / "en").iterdir():
        (outside_chapter.parent / name.name).write_text(f"# {SECRET}\n", encoding="utf-8")
    folder = pack_copy / "chapters" / "en"
    for name in folder.iterdir():
        name.unlink()
    folder.rmdir()
    folder.symlink_to(outside_chapter.parent, target_is_directory=True)
    message = only(refused_without_leaking(pack_copy), "'chapters/en' is a symbolic link")
    assert message.startswith(f"{folder}/")


@needs_links
def test_a_link_to_a_system_file_is_refused(pack_copy):
    manifest = pack_copy / "figures.csv"
    manifest.unlink()
    manifest.symlink_to("/etc/passwd" if Path("/etc/passwd").exists() else os.devnull)
    only(refused_without_leaking(pack_copy), f"{manifest}:1: is a symbolic link")


@needs_links
def test_a_file_swapped_for_a_link_after_opening_is_still_refused(pack_copy, outside_chapter):
    """The check is made when the file is opened, not only when the pack is first looked at."""
    source = PackSource(pack_copy)
    assert source.usable
    target = pack_copy / "chapters" / "nl" / "intro.md"
    target.unlink()
    target.symlink_to(outside_chapter)
    with pytest.raises(Exception) as caught:
        source.read_text("chapters/nl/intro.md")
    assert "symbolic link" in str(caught.value) and SECRET not in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_place_of_a_file_is_refused_not_waited_on(pack_copy):
    figures = pack_copy / "figures.csv"
    figures.unlink()
    os.mkfifo(figures)
    only(messages(pack_copy), f"{figures}:1: is not a regular file")


def test_a_language_that_climbs_out_of_the_pack_reads_nothing(pack_copy, outside_chapter):
    manifest = pack_copy / "manifest.toml"
    text = manifest.read_text(encoding="utf-8")
    escape = os.path.relpath(outside_chapter.parent, pack_copy / "chapters")
    manifest.write_text(
        text.replace('languages = ["nl", "en"]', f'languages = ["nl", "{escape}"]'),
        encoding="utf-8",
    )
    found = refused_without_leaking(pack_copy)
    assert not [m for m in found if "intro.md" in m and "missing" not in m and "outside" not in m]


def zip_folder(folder: Path, target: Path, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"pack/{path.relative_to(folder)}")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return target


@pytest.fixture
def nothing_unpacked(monkeypatch):
    """Fails the test if any zip entry is opened for reading."""
    opened: list[str] = []
    original = zipfile.ZipFile.open

    def record(self, name, mode="r", *args, **kwargs):
        if mode == "r":
            opened.append(getattr(name, "filename", name))
        return original(self, name, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", record)
    return opened


def test_a_zip_of_thousands_of_chapters_is_refused_from_its_directory(
    pack_copy, tmp_path, nothing_unpacked
):
    """600 KB that would unpack to 29 GiB: refused before a single entry is unpacked."""
    chapters = {f"pack/chapters/nl/c{i}.md": b"# C\n" for i in range(3_000)}
    archive = zip_folder(pack_copy, tmp_path / "bomb.zip", chapters)
    found = messages(archive)
    assert found == [
        f"{archive}:1: the .zip holds {3_000 + 18:,} files and folders; a pack may hold at "
        f"most {MAX_PACK_FILES:,}"
    ]
    assert nothing_unpacked == []


def test_a_zip_that_unpacks_past_the_total_limit_is_refused(pack_copy, tmp_path, nothing_unpacked):
    zeros = b"\0" * (10 * 1024 * 1024 - 1)  # every file under the 10 MB limit of one file
    count = MAX_PACK_BYTES // len(zeros) + 1
    padding = {f"pack/drafts/d{i}.md": zeros for i in range(count)}
    archive = zip_folder(pack_copy, tmp_path / "big.zip", padding)
    assert archive.stat().st_size < 1024 * 1024  # small to mail, huge to unpack
    message = only(messages(archive), "the .zip unpacks to")
    assert message.startswith(f"{archive}:1:")
    assert "a pack may be at most 50.0 MB in all" in message
    assert nothing_unpacked == []


def test_a_pack_folder_past_the_total_limit_is_refused(pack_copy):
    with open(pack_copy / "drafts.bin", "wb") as handle:
        handle.truncate(MAX_PACK_BYTES + 1)  # sparse: no real disk used
    message = only(messages(pack_copy), "the pack folder's files add up to")
    assert message.startswith(f"{pack_copy}:1:") and "at most 50.0 MB" in message


def test_a_pack_folder_with_too_many_files_is_refused(pack_copy):
    drafts = pack_copy / "drafts"
    drafts.mkdir()
    for i in range(MAX_PACK_FILES):
        (drafts / f"{i}.md").touch()
    message = only(messages(pack_copy), "files and folders")
    assert message == (
        f"{pack_copy}:1: the pack folder holds more than {MAX_PACK_FILES:,} files and folders; "
        f"a pack may hold at most {MAX_PACK_FILES:,}"
    )


def add_figure(pack: Path, figure_id: str, rows: int, chart: str | None = None) -> None:
    lines = [f"{figure_id},1,i{i},x,x,{i % 100},percent,,b,b,s," for i in range(rows)]
    with open(pack / "figures.csv", "a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    with open(pack / "charts.toml", "a", encoding="utf-8") as handle:
        handle.write(chart or f'\n[[chart]]\nid = "{figure_id}"\nfigure = "{figure_id}"\n'
                     'title.nl = "T"\ntitle.en = "T"\n')  # fmt: skip


def test_a_csv_of_255000_bars_is_refused_naming_the_limit(pack_copy):
    before = len((pack_copy / "figures.csv").read_text(encoding="utf-8").splitlines())
    add_figure(pack_copy, "huge", 255_000)
    assert (pack_copy / "figures.csv").stat().st_size < 10 * 1024 * 1024  # under the file limit
    found = messages(pack_copy)
    assert f"{pack_copy}/figures.csv:{MAX_FIGURE_ROWS + 2}: figures.csv has " in found[0]
    assert f"has {255_000 + before - 1:,} rows; a pack may have at most 5,000" in found[0]
    assert not [m for m in found if "chart" in m]  # no echo from every chart


def test_a_chart_with_too_many_bars_is_refused(pack_copy):
    add_figure(pack_copy, "wide", MAX_BARS_PER_CHART + 1)
    message = only(messages(pack_copy), "chart 'wide' has")
    assert message.endswith(
        f"has {MAX_BARS_PER_CHART + 1} bars; a chart may show at most {MAX_BARS_PER_CHART} bars"
    )
    charts = (pack_copy / "charts.toml").read_text(encoding="utf-8").splitlines()
    assert charts[int(message.split(":")[1]) - 1] == "[[chart]]"


def test_a_chart_with_too_many_figures_is_refused(pack_copy):
    series = "".join(
        f'\n[[chart.series]]\nfigure = "f{i}"\n' for i in range(MAX_FIGURES_PER_CHART + 1)
    )
    chart = f'\n[[chart]]\nid = "many"\ntitle.nl = "T"\ntitle.en = "T"\n{series}'
    for i in range(MAX_FIGURES_PER_CHART + 1):
        add_figure(pack_copy, f"f{i}", 2, chart if i == 0 else "")
    only(messages(pack_copy), f"chart 'many' has {MAX_FIGURES_PER_CHART + 1} figures; a chart")


@pytest.mark.parametrize("name", ["charts.toml", "manifest.toml", "readiness.toml"])
def test_a_10000_deep_toml_names_its_file_and_line_without_a_traceback(pack_copy, name):
    path = pack_copy / name
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text(
        "\n".join([*lines, "", "deep = " + "[" * 10_000 + "]" * 10_000]) + "\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--check", str(pack_copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert (
        f"{path}:{len(lines) + 2}: lists or tables are nested 10,000 levels deep; a pack file "
        f"may nest at most {MAX_TOML_NESTING} levels" in result.stdout
    )


def test_brackets_inside_toml_strings_do_not_count_as_nesting(pack_copy):
    path = pack_copy / "charts.toml"
    brackets = "[{" * MAX_TOML_NESTING
    text = path.read_text(encoding="utf-8")
    text = text.replace('title.en = "The biggest', f'title.en = "{brackets} The biggest')
    text = text.replace("# Chart definitions.", f"# Chart definitions. {brackets}")
    path.write_text(text, encoding="utf-8")
    assert messages(pack_copy) == []


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("1_0", "is not a number"),
        ("\u0665\u0669", "is not a number"),  # Arabic-Indic 59
        ("\uff15\uff19", "is not a number"),  # full-width 59
        ("9.99989e-321", "is written with an exponent"),
        ("5e1", "is written with an exponent"),
        ("12.34567", "has more than 4 decimals"),
        ("59,5", "has a decimal comma; write 59.5"),
        ("nan", "is not a number"),
        ("inf", "is not a number"),
        ("0x3b", "is not a number"),
    ],
)
def test_odd_numbers_are_refused_as_values(pack_copy, value, needle):
    figures = pack_copy / "figures.csv"
    cell = f'"{value}"' if "," in value else value
    figures.write_text(
        figures.read_text(encoding="utf-8").replace(",59,percent,", f",{cell},percent,", 1),
        encoding="utf-8",
    )
    message = only(messages(pack_copy), needle)
    assert (
        message.startswith(f"{figures}:") and f"nl_obstacles/knowledge: value '{value}'" in message
    )
    line = int(message.split(":")[1])
    assert value in figures.read_text(encoding="utf-8").splitlines()[line - 1]


@pytest.mark.parametrize("n", ["1_04", "\u0661\u0660\u0664", "1e2", "+104", "104.0", "0"])
def test_odd_numbers_are_refused_as_n(pack_copy, n):
    figures = pack_copy / "figures.csv"
    figures.write_text(
        figures.read_text(encoding="utf-8").replace(",59,percent,104,", f",59,percent,{n},", 1),
        encoding="utf-8",
    )
    only(messages(pack_copy), f"n '{n}' is not a positive whole number (write digits 0-9 only)")


def test_plain_numbers_still_load(pack_copy):
    figures = pack_copy / "figures.csv"
    figures.write_text(
        figures.read_text(encoding="utf-8").replace(",59,percent,", ",59.1234,percent,", 1),
        encoding="utf-8",
    )
    pack = load_pack(pack_copy)
    assert pack.figures["nl_obstacles"].item("knowledge").value == pytest.approx(59.1234)


def test_manifest_texts_on_the_title_slide_are_plain_text(qapp, pack_copy, outside_file):
    """A subtitle with an image or HTML in it is shown as the text it is, and loads nothing."""
    from PySide6.QtCore import QSize

    from desktop_app.presentation.slides import build_slides
    from desktop_app.ui.presentation.slide_render import SlideLayout

    manifest = pack_copy / "manifest.toml"
    hostile = f"![logo]({outside_file.as_uri()}) <img src='{outside_file}'>"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(
        text.replace('[subtitle]\nnl = "', f'[subtitle]\nnl = "{hostile} '), encoding="utf-8"
    )
    title_slide = build_slides(load_pack(pack_copy), "nl")[0]
    assert title_slide.subtitle.startswith(hostile)  # kept as text, not as Markdown
    layout = SlideLayout(title_slide, QSize(1920, 1080), None)
    shown = [t.text for t in layout.texts]
    assert any(t.startswith(hostile) for t in shown)
    for document, _box in layout.documents:
        assert document.toPlainText().startswith(hostile) or hostile not in document.toPlainText()
        assert "<img" not in document.toHtml().replace("&lt;img", "")
