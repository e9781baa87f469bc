"""Small helpers shared by the tests."""

from __future__ import annotations

import shutil

import pytest

# A test that reads a PDF's text needs poppler's pdftotext; without it the test is skipped
# and says so, rather than passing while checking less.
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)
