"""A section's ``::: slide`` block: what its slide shows, written by the pack's author.

    ::: slide
    title: Knowledge and data hold organisations back most
    - Lack of knowledge: **59%**
    - Disappointing data quality: **54%**
    chart: obstacles
    build: bars
    :::

``title:`` replaces the section title on the slide; ``chart:`` (or ``charts:``) names the
charts to show, comma-separated, or ``none`` (default: the charts placed in the section);
``build: bars`` makes the first chart's bars appear one at a time. Every other line is the
message: a few ``- `` bullets, or a key sentence. Blank lines are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .problems import Problem
from .safe_markdown import unescape

KEY = re.compile(r"^(title|charts?|build)\s*:\s*(.*)$", re.IGNORECASE)
BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")
BUILDS = ("bars", "none")


@dataclass(frozen=True)
class SlideSpec:
    title: str  # '' keeps the section's title
    message: tuple[str, ...]  # inline Markdown per line
    bullets: bool
    charts: tuple[str, ...] | None  # None: the charts placed in the section
    build: bool
    line: int  # where the block starts, for messages about its charts


def parse_slide_block(
    path: str, first_line: int, lines: list[str]
) -> tuple[SlideSpec, list[Problem]]:
    """The block's lines (without its ``::: slide`` and ``:::``) as a SlideSpec."""
    problems: list[Problem] = []
    title, charts, build = "", None, False
    message: list[str] = []
    bullet_lines = plain_lines = 0
    for offset, raw in enumerate(lines, start=1):
        line = raw.strip()
        number = first_line + offset
        if not line:
            continue
        key = KEY.match(line)
        if key:
            name, value = key.group(1).lower(), key.group(2).strip()
            if name == "title":
                title = unescape(value)
            elif name in ("chart", "charts"):
                charts = (
                    ()
                    if value.lower() == "none"
                    else tuple(c.strip() for c in value.split(",") if c.strip())
                )
            elif value.lower() not in BUILDS:
                problems.append(
                    Problem(
                        path, number, f"build must be one of {', '.join(BUILDS)}, not {value!r}"
                    )
                )
            else:
                build = value.lower() == "bars"
            continue
        bullet = BULLET.match(line)
        if bullet:
            bullet_lines += 1
            message.append(bullet.group(1).strip())
        else:
            plain_lines += 1
            message.append(line)
    if bullet_lines and plain_lines:
        problems.append(
            Problem(
                path,
                first_line,
                "a slide's message is either bullets ('- ') or sentences, not both",
            )
        )
    if not message and not charts and charts is not None:
        problems.append(
            Problem(path, first_line, "the slide shows nothing: give it a message or a chart")
        )
    spec = SlideSpec(title, tuple(message), bullet_lines > 0, charts, build, first_line)
    return spec, problems
