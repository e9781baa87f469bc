"""Texts that name the survey come from the pack, not from the code."""

from __future__ import annotations

import dataclasses

from desktop_app.ui.readiness.results_text import position_text
from desktop_app.ui.survey_words import check_name, respondents


def test_the_bundled_pack_names_its_respondents_and_its_check(content):
    assert respondents(content.report, "nl") == "organisaties"
    assert respondents(content.report, "en") == "organisations"
    assert check_name(content.readiness, "en") == "AI readiness check"


def test_a_pack_without_them_gets_neutral_words(mini):
    assert respondents(mini.report, "en") == "respondents"
    assert check_name(mini.readiness, "en") == "Readiness check"


def test_the_place_on_the_ladder_counts_the_packs_own_respondents(mini):
    from desktop_app.readiness.scoring import ReadinessResult

    pack = dataclasses.replace(mini.report, survey_n=9640, survey_respondents={"en": "employees"})
    fields = {f.name: None for f in dataclasses.fields(ReadinessResult)}
    result = ReadinessResult(**fields)
    text = position_text(mini.readiness, pack, result, "en")
    assert text == "Answer the adoption question to see your place among the 9,640 employees."


def test_the_question_header_names_the_survey_from_the_pack(make_window):
    window = make_window(lang="en", charts=False)
    window.new_check()
    texts = set()
    editor = window.readiness.editor
    for _ in range(6):  # the survey's own questions come first
        texts.add(editor.where.text())
        editor.go(editor.index + 1)
    assert "Based on the categories of the survey of 104 organisations" in texts
