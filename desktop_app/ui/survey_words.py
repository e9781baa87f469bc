"""Words that name the survey and the check, from the pack: no report is written in Python.

The manifest's ``[survey] respondents`` says who one respondent is ('organisations',
'Unternehmen'); readiness.toml's ``name`` names the check ('AI readiness check'). A pack
without them gets neutral words in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.model import ReportPack, pick
from ..readiness.model import Questionnaire

translate = QCoreApplication.translate


def respondents(pack: ReportPack, lang: str) -> str:
    """Who was surveyed, in the plural: '104 {respondents}'."""
    return pick(pack.survey_respondents, lang) or translate("SurveyWords", "respondents")


def check_name(questionnaire: Questionnaire, lang: str) -> str:
    """The readiness check's name, as a heading on its PDF."""
    return pick(questionnaire.name, lang) or translate("SurveyWords", "Readiness check")
