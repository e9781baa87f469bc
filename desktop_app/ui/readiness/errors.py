"""The readiness engine's errors in the interface language, by their codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...readiness import answers as codes
from ...readiness.answers import InvalidAnswer
from ...readiness.store import StoreError

translate = QCoreApplication.translate  # a name lupdate recognises


def invalid_answer_text(error: InvalidAnswer) -> str:
    texts = {
        codes.NOT_AN_OPTION: translate(
            "ReadinessErrors", "The answer to question “{question}” is not one of its options."
        ),
        codes.OFF_SCALE: translate(
            "ReadinessErrors", "The answer to question “{question}” is off its scale."
        ),
        codes.UNKNOWN_QUESTION: translate(
            "ReadinessErrors", "This check has no question “{question}”."
        ),
        codes.NOT_A_LIST: translate(
            "ReadinessErrors", "Question “{question}” takes a list of options."
        ),
        codes.UNKNOWN_OPTION: translate(
            "ReadinessErrors", "Question “{question}” has no option {value}."
        ),
        codes.MISSING: translate("ReadinessErrors", "Question “{question}” still needs an answer."),
        codes.UNKNOWN_MODE: translate("ReadinessErrors", "The check has an unknown mode."),
        codes.NO_PARTICIPANTS: translate(
            "ReadinessErrors", "A check needs at least one participant."
        ),
    }
    text = texts.get(
        error.code,
        translate("ReadinessErrors", "The answer to question “{question}” cannot be used."),
    )
    return text.format(question=error.question_id, value=error.value)


def store_error_text(error: StoreError) -> str:
    """What went wrong with the saved checks, what it means for them, and what to do."""
    path = getattr(error, "path", "")
    texts = {
        "full": translate(
            "ReadinessErrors",
            "The disk is full: the last change could not be saved to {path}. Your saved checks "
            "are safe. Free some space and try again.",
        ),
        "readonly": translate(
            "ReadinessErrors",
            "The checks database {path} is read-only: your saved checks can be read but nothing "
            "new can be saved. Check the folder's permissions.",
        ),
        "locked": translate(
            "ReadinessErrors",
            "Another program is using the checks database {path}. Your saved checks are safe; "
            "close the other program and try again.",
        ),
        "unreachable": translate(
            "ReadinessErrors",
            "The checks database {path} cannot be reached. Your saved checks are not changed; "
            "check the folder (a network drive?) and try again.",
        ),
        "corrupt": translate("ReadinessErrors", "The checks database {path} is damaged."),
        "newer": translate(
            "ReadinessErrors", "The checks database {path} was made by a newer version of this app."
        ),
        "missing_check": translate("ReadinessErrors", "This check no longer exists."),
    }
    text = texts.get(getattr(error, "code", ""))
    if text is None:
        return translate(
            "ReadinessErrors", "The checks database {path} could not be used: {error}"
        ).format(path=path, error=error)
    return text.format(path=path)
