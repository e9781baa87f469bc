"""A parsed TOML file that can tell which line a key or value was written on.

tomllib gives values, not positions; problems in a pack must point at a line.
"""

from __future__ import annotations

import re
from typing import Any


class TomlFile:
    """A parsed TOML file with a way to find the line a value was written on."""

    def __init__(self, shown: str, text: str, data: dict[str, Any]) -> None:
        self.shown = shown
        self.lines = text.splitlines()
        self.data = data

    def line_of(self, needle: str, start: int = 1, end: int | None = None) -> int:
        """The line from ``start`` (1-based) where ``needle`` is written; ``start`` if nowhere.

        A bare key name matches its assignment (``key =`` or ``key.nl =``) before any other
        mention; comment lines never match.
        """
        first = max(start, 1)
        stop = len(self.lines) if end is None else min(end, len(self.lines))
        numbered = [
            (number, self.lines[number - 1])
            for number in range(first, stop + 1)
            if not self.lines[number - 1].lstrip().startswith("#")
        ]
        if needle.isidentifier():
            assignment = re.compile(rf"\s*{re.escape(needle)}\s*[.=]")
            for number, text in numbered:
                if assignment.match(text):
                    return number
        for number, text in numbered:
            if needle in text:
                return number
        return first

    def table_lines(self, header: str) -> list[int]:
        """Lines of every ``[[header]]`` in order."""
        return [i for i, line in enumerate(self.lines, 1) if line.strip() == f"[[{header}]]"]
