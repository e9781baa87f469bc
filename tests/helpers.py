"""Small helpers shared by the tests."""

from __future__ import annotations

import itertools
import shutil

import pytest

# A test that reads a PDF's text needs poppler's pdftotext; without it the test is skipped
# and says so, rather than passing while checking less.
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def overlapping(boxes: list) -> list[tuple[int, int]]:
    """Pairs of boxes (QRectF) that share more than a pixel each way: texts on top of each other."""
    pairs = []
    for (i, a), (j, b) in itertools.combinations(enumerate(boxes), 2):
        shared = a.intersected(b)
        if shared.width() > 1 and shared.height() > 1:
            pairs.append((i, j))
    return pairs
