"""Exporting every saved check as a table (CSV or Excel), one row per check.

pandas (and openpyxl for .xlsx) are imported here, when an export is asked for, never at
start-up.
"""

from __future__ import annotations

from pathlib import Path

from ..core.model import ReportPack, pick
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


def export_checks(
    store: CheckStore, questionnaire: Questionnaire, pack: ReportPack, lang: str, path: Path
) -> int:
    """Write every check to ``path`` (.csv or .xlsx); returns the number of checks written."""
    table = checks_table(store, questionnaire, pack, lang)
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        table.to_excel(path, index=False, sheet_name="checks")
    else:
        table.to_csv(path, index=False, encoding="utf-8-sig")  # Excel reads the BOM as UTF-8
    return len(table)
