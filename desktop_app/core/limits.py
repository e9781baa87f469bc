"""Every limit a report pack must keep, in one place; data/README.md section 6 lists them.

A pack may come from anyone (a colleague mails a .zip), so each limit is checked before
the work it guards: the zip's directory before anything is unpacked, the size of a file
before it is read, the nesting of a TOML file before it is parsed. Each problem names the
limit and what the pack has, so the author knows what to change.
"""

from __future__ import annotations

import re

MB = 1024 * 1024

MAX_FILE_BYTES = 10 * MB  # one file, unpacked
MAX_CHAPTER_BYTES = 1 * MB  # one chapter file: the reader lays it out on screen at once
MAX_PACK_BYTES = 50 * MB  # all files of the folder or zip together, unpacked (used or not)
MAX_PACK_FILES = 1_000  # files and folders in the pack folder or entries in the zip
MAX_FIGURE_ROWS = 5_000  # data rows of figures.csv
MAX_FIGURES_PER_CHART = 4  # one colour each; the palette has four series colours
MAX_BARS_PER_CHART = 50  # more bars cannot be told apart on a projector
MAX_TOML_NESTING = 32  # lists and inline tables inside each other, [ ] and { }

# A zip's own directory: no more room than MAX_PACK_FILES entries with long names need.
MAX_ZIP_DIRECTORY_BYTES = MAX_PACK_FILES * 1024


_TOML_SPECIAL = re.compile(r"[#\"'\[\]{}]")


def megabytes(size: int) -> str:
    """A size as the limits are written: '10.5 MB' (1 MB = 1,048,576 bytes)."""
    return f"{size / MB:,.1f} MB"


def toml_nesting(text: str) -> tuple[int, int]:
    """The deepest nesting of ``[ ]`` and ``{ }`` in TOML ``text``, and the line it is on.

    Python's TOML reader recurses once per level, so a file ten thousand levels deep ends
    in a RecursionError (or worse, in a worker thread's smaller stack); this scan is flat.
    Strings and comments are skipped, so brackets inside them do not count.
    """
    depth = deepest = 0
    deepest_at = 0
    i, size = 0, len(text)
    while (special := _TOML_SPECIAL.search(text, i)) is not None:
        i = special.start()
        char = text[i]
        if char == "#":
            end = text.find("\n", i)
            i = size if end < 0 else end
        elif char in "\"'":
            i = _string_end(text, i)
        else:
            if char in "[{":
                depth += 1
                if depth > deepest:
                    deepest, deepest_at = depth, i
            else:
                depth = max(0, depth - 1)
            i += 1
    return deepest, text.count("\n", 0, deepest_at) + 1


def _string_end(text: str, start: int) -> int:
    """Where the TOML string opening at ``start`` ends; an unclosed one ends with its line."""
    char = text[start]
    quote = char * 3 if text.startswith(char * 3, start) else char
    end = start + len(quote)
    while True:
        found = text.find(quote, end)
        if found < 0:
            found = len(text)
        elif char == '"' and _escaped(text, found):
            end = found + 1
            continue
        if len(quote) == 1 and (newline := text.find("\n", end, found)) >= 0:
            return newline
        if len(quote) == 3 and found < len(text):
            extra = 0  # up to two quotes may stand just before the closing three
            while extra < 2 and text.startswith(char, found + 3):
                found, extra = found + 1, extra + 1
        return found + len(quote)


def _escaped(text: str, position: int) -> bool:
    """True when the character at ``position`` follows an odd number of backslashes."""
    count = 0
    while position - count - 1 >= 0 and text[position - count - 1] == "\\":
        count += 1
    return count % 2 == 1
