"""A pack as the app opens it: the report and, when the pack has one, its readiness check.

The report core knows nothing of the readiness check; this module puts the two together
for the command line and the shell, reading both in one pass so ``--check`` lists every
problem of the pack at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .core.loader import figures_are_sound, read_report
from .core.model import ReportPack
from .core.problems import Problem
from .core.validation import PackReader, Progress, load_or_raise, read_pack
from .readiness.model import Questionnaire
from .readiness.questionnaire import read_questionnaire


@dataclass(frozen=True)
class Content:
    """Everything a pack holds."""

    report: ReportPack
    readiness: Questionnaire | None  # None: the pack has no readiness check


def _read(reader: PackReader) -> Content | None:
    report = read_report(reader)
    if report is None:
        return None
    # With broken figure rows, the questionnaire's checks against them would only echo them.
    readiness = read_questionnaire(reader, report) if figures_are_sound(reader) else None
    return Content(report, readiness)


def check_content(location: Path | str, progress: Progress | None = None) -> list[Problem]:
    """Every problem of the pack at ``location``, sorted by file and line."""
    return read_pack(location, _read, progress)[1]


def load_content(
    location: Path | str, progress: Progress | None = None, *, checked_at_build: bool = False
) -> Content:
    """The pack at ``location``; raises PackError naming every problem.

    ``progress`` is told before each file is read and may raise LoadCancelled (the shell
    loads in a worker thread and offers Cancel). ``checked_at_build``: the pack shipped
    with the app, whose files the tests checked against the schemas; they are not checked
    again before the first paint (the checks that need more than one file still run).
    """
    return load_or_raise(location, _read, progress, check_shapes=not checked_at_build)
