"""Parsing a chapter's Markdown: title, sections, chart placements and speaker notes.

The pack's Markdown is plain CommonMark with three additions, each on lines of their own:

* ``{{chart: ID}}`` places the chart ``ID`` of ``charts.toml`` at that point;
* a ``::: notes`` ... ``:::`` block holds speaker notes for the section it is in;
* a ``::: slide`` ... ``:::`` block says what the section's slide shows (``slide_block``).

Notes never reach the reader. The whole file goes through ``safe_markdown.neutralise``
before it is split up, so every text kept here (reader, sections, notes) is Markdown in which
no image, HTML or link to a file can form, and every place where the file differs from
what is shown is a problem pointing at its line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from .limits import MAX_CHAPTER_BYTES, megabytes
from .problems import Problem
from .safe_markdown import escape_markdown, neutralise, unescape
from .slide_block import SlideSpec, parse_slide_block

CHART_LINE = re.compile(r"^\{\{\s*chart\s*:\s*([A-Za-z0-9_.-]+)\s*\}\}\s*$")
BLOCK_OPEN = re.compile(r"^:::\s*(notes|slide)\s*$")
FENCE_OPEN = re.compile(r"^:::\s*(\S*)")
HEADING = re.compile(r"^#{1,2} ")
# A link as neutralise writes it: unescaped brackets, escaped ones inside its text.
LINK = re.compile(r"(?<!\\)\[((?:\\.|[^\[\]\\])*)\]\([^)]*\)")
# Emphasis marks; an underscore between letters or digits (isoc_eb_ai) is part of a word.
EMPHASIS = re.compile(r"\*+|`+|(?<![^\W_])_+|_+(?![^\W_])")
TABLE_RULE = re.compile(r"^\s*\|[\s|:-]*$")
TABLE_CELL = re.compile(r"(?<!\\)\|")


@dataclass
class Section:
    """A ``##`` section: what the navigator lists below its chapter."""

    id: str
    title: str
    line: int
    notes: list[str] = field(default_factory=list)
    plain_text: str = ""
    markdown_lines: list[str] = field(default_factory=list)  # its text, without heading and charts
    slide: SlideSpec | None = None  # what its slide shows, when the author said so
    slide_faulty: bool = False  # its '::: slide' block has a problem of its own (reported)

    @property
    def markdown(self) -> str:
        return "\n".join(self.markdown_lines).strip()


@dataclass
class ChartPlacement:
    chart_id: str
    line: int
    section_index: int  # -1 before the first section


@dataclass
class ChapterText:
    """One chapter in one language, parsed."""

    path: str
    title: str
    title_line: int
    intro_notes: list[str]
    intro_text: str
    sections: list[Section]
    placements: list[ChartPlacement]
    body_lines: list[str]  # Markdown for the reader, chart lines kept as they are
    intro_lines: list[str] = field(default_factory=list)  # the opening text before any section
    complete: bool = True  # False: too large to be read, so nothing in it was checked
    # False: a '::: ' block was never closed, so it may have swallowed charts and sections
    blocks_closed: bool = True

    @property
    def intro_markdown(self) -> str:
        return "\n".join(self.intro_lines).strip()

    @property
    def chart_ids(self) -> list[str]:
        """The chapter's charts in order of first placement."""
        return list(dict.fromkeys(p.chart_id for p in self.placements))

    @property
    def notes(self) -> list[str]:
        return self.intro_notes + [n for s in self.sections for n in s.notes]

    def reader_markdown(self, chart_caption: Callable[[str], str]) -> str:
        """Markdown for the reader, each chart placement turned into a link to its chart.

        The only Markdown any view of a chapter may render: it is the neutralised file, so
        it shows exactly what ``--check`` accepted.
        """
        out = []
        for line in self.body_lines:
            match = CHART_LINE.match(line)
            if match:
                chart_id = match.group(1)
                out.append(f"[{escape_markdown(chart_caption(chart_id))}](chart:{chart_id})")
            else:
                out.append(line)
        return "\n".join(out) + "\n"


def slugify(text: str) -> str:
    """A stable, readable id for a heading: lower case ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "section"


def plain(markdown_line: str) -> str:
    """The words of a (neutralised) Markdown line without its markup, for search."""
    if markdown_line.lstrip().startswith("|"):  # a table row: its cells, no pipes or rules
        if TABLE_RULE.match(markdown_line):
            return ""
        cells = [c.strip() for c in TABLE_CELL.split(markdown_line.strip().strip("|"))]
        markdown_line = " · ".join(c for c in cells if c)
    text = LINK.sub(r"\1", markdown_line)
    text = re.sub(r"^\s*(#+|[-*+]|\d+\.)\s+", "", text)
    return unescape(EMPHASIS.sub("", text))


def parse_chapter(path: str, text: str) -> tuple[ChapterText, list[Problem]]:
    """Parse one chapter file; problems point at the offending line."""
    size = len(text.encode("utf-8"))
    if size > MAX_CHAPTER_BYTES:
        # Laid out at once in the reader; not even scanned, so a huge file costs nothing.
        too_big = Problem(
            path,
            1,
            f"the chapter is {megabytes(size)}; a chapter file may be at most "
            f"{megabytes(MAX_CHAPTER_BYTES)}",
        )
        return ChapterText(path, "", 0, [], "", [], [], [], complete=False), [too_big]
    safe_text, findings = neutralise(text)
    problems = [Problem(path, f.line, f.message) for f in findings]
    title, title_line = "", 0
    intro_notes: list[str] = []
    intro_plain: list[str] = []
    intro_lines: list[str] = []
    sections: list[Section] = []
    placements: list[ChartPlacement] = []
    body: list[str] = []
    section_plain: list[str] = []
    block, block_line = "", 0  # the '::: notes' or '::: slide' block being read, and its line
    block_buffer: list[str] = []
    unknown_open = False  # an unknown '::: name' block (reported) whose ':::' is still to come
    blocks_closed = True

    def never_closed() -> None:
        nonlocal blocks_closed
        problems.append(Problem(path, block_line, f"'::: {block}' is never closed with ':::'"))
        if block == "slide" and sections:
            sections[-1].slide_faulty = True
        blocks_closed = False

    used_ids: set[str] = set()

    def close_section() -> None:
        if sections:
            sections[-1].plain_text = " ".join(section_plain).strip()
        section_plain.clear()

    for number, line in enumerate(safe_text.splitlines(), start=1):
        stripped = line.strip()
        if block and stripped != ":::" and (FENCE_OPEN.match(stripped) or HEADING.match(line)):
            # A block, or a heading, inside a block: the block was never closed. The line is
            # read as what it is, so the sections after it are still there.
            never_closed()
            block, block_buffer = "", []
        if block:
            if stripped != ":::":
                block_buffer.append(line)
                continue
            if block == "notes":
                note = "\n".join(block_buffer).strip()
                (sections[-1].notes if sections else intro_notes).append(note)
            elif not sections:
                problems.append(
                    Problem(path, block_line, "'::: slide' belongs in a '## ' section, below it")
                )
            elif sections[-1].slide is not None:
                problems.append(
                    Problem(
                        path,
                        block_line,
                        "a section has one '::: slide' block; keep one, or put this one below "
                        "a '## ' heading of its own",
                    )
                )
                sections[-1].slide_faulty = True
            else:
                spec, found = parse_slide_block(path, block_line, block_buffer)
                sections[-1].slide = spec
                sections[-1].slide_faulty = bool(found)
                problems.extend(found)
            block, block_buffer = "", []
            continue
        opened = BLOCK_OPEN.match(stripped)
        if opened:
            block, block_line = opened.group(1), number
            continue
        fence = FENCE_OPEN.match(stripped)
        if fence and fence.group(1):
            problems.append(
                Problem(
                    path,
                    number,
                    f"unknown block '::: {fence.group(1)}'; only '::: notes' and '::: slide'",
                )
            )
            unknown_open = True
            continue
        if fence:
            if not unknown_open:  # the end of an unknown block is part of that one problem
                problems.append(
                    Problem(
                        path,
                        number,
                        "this ':::' closes no block; remove it, or open the block above it with "
                        "'::: notes' or '::: slide'",
                    )
                )
            unknown_open = False
            continue
        if line.startswith("# "):
            if title:
                problems.append(Problem(path, number, "a chapter has one '# ' title; use '## '"))
            else:
                title, title_line = unescape(line[2:].strip()), number
                body.append(line)
            continue
        if line.startswith("## "):
            close_section()
            heading = unescape(line[3:].strip())
            section_id = slugify(heading)
            while section_id in used_ids:
                section_id += "-2"
            used_ids.add(section_id)
            sections.append(Section(section_id, heading, number))
            body.append(line)
            continue
        chart = CHART_LINE.match(stripped)
        if chart:
            placements.append(ChartPlacement(chart.group(1), number, len(sections) - 1))
            body.append(stripped)
            continue
        if "{{" in line and "chart" in line:
            problems.append(
                Problem(
                    path, number, "chart placement must be '{{chart: ID}}' on a line of its own"
                )
            )
        body.append(line)
        (section_plain if sections else intro_plain).append(plain(line))
        (sections[-1].markdown_lines if sections else intro_lines).append(line)
    close_section()
    if block:
        never_closed()
    if not title:
        problems.append(Problem(path, 1, "the chapter has no '# ' title line"))
    chapter = ChapterText(
        path=path,
        title=title,
        title_line=title_line,
        intro_notes=intro_notes,
        intro_text=" ".join(intro_plain).strip(),
        sections=sections,
        placements=placements,
        body_lines=body,
        intro_lines=intro_lines,
        blocks_closed=blocks_closed,
    )
    return chapter, problems
