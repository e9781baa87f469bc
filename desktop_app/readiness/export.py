"""Exporting every saved check as a table (CSV or Excel), one row per check.

What a consultant typed (client names, roles) goes into spreadsheets, so every text cell
is made safe for them: control characters go (one would make the whole .xlsx fail), and a
text that a spreadsheet would run as a formula (``=HYPERLINK(…)``, ``=cmd|' /C calc'!A0``:
it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, the OWASP rule) is
written as text: in CSV behind an apostrophe, in .xlsx as a string cell marked as quoted.
Files are written whole or not at all (``safe_files.atomic_path``).

pandas (and openpyxl for .xlsx) are imported here, when an export is asked for, never at
start-up.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from ..core.model import ReportPack, pick
from ..core.safe_files import atomic_path
from .model import Questionnaire
from .scoring import score_check
from .store import CheckStore


def checks_table(store: CheckStore, questionnaire: Questionnaire, pack: ReportPack, lang: str):
    """A pandas DataFrame: client, dates, mode, participants, the organisation's answers to
    the survey questions, scores per dimension, stage."""
    import pandas as pd

    organisation_questions = [p for p in questionnaire.profile if not p.per_participant]
    rows = []
    for summary in store.list_checks():
        check = store.load_check(summary.id)
        result = score_check(questionnaire, pack, check.answers)
        stage = questionnaire.stage(result.stage_id)
        row = {
            "check_id": check.id,
            "client": check.client,
            "created": check.created,
            "updated": check.updated,
            "mode": check.mode,
            "participants": "; ".join(p.role for p in check.answers.participants),
        }
        for question in organisation_questions:
            answer = check.answers.profile.get(question.id, "")
            row[question.id] = "; ".join(answer) if isinstance(answer, tuple) else answer
        row |= {
            "overall_score": None if result.overall is None else round(result.overall, 1),
            "stage": pick(stage.title, lang) if stage else "",
            "ahead_of_percent": None if result.position is None else result.position.ahead_of,
            "answered": result.answered,
            "questions": result.total,
        }
        for dimension in result.dimensions:
            row[f"score_{dimension.dimension_id}"] = (
                None if dimension.score is None else round(dimension.score, 1)
            )
        row["follow_up_of"] = check.follow_up_of
        rows.append(row)
    return pd.DataFrame(rows)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Line breaks and tabs become spaces; every other control character (C0, DEL, C1) goes.
LINE_BREAKS = re.compile(r"[\t\n\r\v\f\x85\u2028\u2029]")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    """``text`` on one line, without the control characters spreadsheets refuse."""
    return CONTROL.sub("", LINE_BREAKS.sub(" ", text))


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` (as typed) for a formula."""
    return text.startswith(FORMULA_START) or text.lstrip().startswith(FORMULA_START)


def csv_cell(value):
    """A value as written to CSV: texts without controls, formulas behind an apostrophe."""
    if not isinstance(value, str):
        return value
    text = without_controls(value)
    return f"'{text}" if looks_like_formula(value) else text


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _write_xlsx(table, path: Path) -> None:
    """The table as one sheet, texts always as text cells (openpyxl would make '=…' formulas)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "checks"
    rows = [list(table.columns), *table.itertuples(index=False, name=None)]
    for row_number, row in enumerate(rows, start=1):
        for column_number, value in enumerate(row, start=1):
            if _blank(value):
                continue
            cell = sheet.cell(row_number, column_number)
            if isinstance(value, str):
                cell.value = without_controls(value)
                cell.data_type = "s"
                cell.quotePrefix = looks_like_formula(value)
            else:
                cell.value = value
    workbook.save(path)


def export_checks(
    store: CheckStore, questionnaire: Questionnaire, pack: ReportPack, lang: str, path: Path
) -> int:
    """Write every check to ``path`` (.csv or .xlsx); returns the number of checks written.

    Raises OSError when the file cannot be written; whatever was at ``path`` stays as it was.
    """
    table = checks_table(store, questionnaire, pack, lang)
    path = Path(path)
    with atomic_path(path) as temporary:
        if path.suffix.lower() == ".xlsx":
            _write_xlsx(table, temporary)
        else:
            safe = table.map(csv_cell).rename(columns=csv_cell)
            # The BOM makes Excel read the file as UTF-8.
            safe.to_csv(temporary, index=False, encoding="utf-8-sig")
    return len(table)
