"""Every message readiness.toml's validation can print, each from a pack broken on purpose.

Each case changes the small synthetic pack's readiness.toml, runs the same check as
``desktop-app --check``, and expects the message at the line that holds the mistake.
"""

from __future__ import annotations

import shutil

import pytest

from desktop_app.content import check_content

from .conftest import MINI


@pytest.fixture
def mini_copy(tmp_path):
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


def broken(pack, old: str, new: str) -> list[tuple[int, str, str]]:
    """Change ``old`` to ``new`` in readiness.toml; the problems as (line, line text, message)."""
    path = pack / "readiness.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in readiness.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    for problem in check_content(pack):
        assert problem.path == str(path), f"problem outside readiness.toml: {problem}"
        found.append(
            (problem.line, lines[problem.line - 1] if problem.line else "", problem.message)
        )
    return found


# (what is changed, into what, the message expected, text on the line it points at or None)
CASES = [
    (
        "format = 1",
        "format = 2",
        "readiness format 2 is not supported; this app reads 1",
        "format = 2",
    ),
    (
        "disagreement_threshold = 40",
        "disagreement_threshold = 0",
        "disagreement_threshold must be a number from 1 to 100",
        "disagreement_threshold = 0",
    ),
    (
        "disagreement_threshold = 40",
        'disagreement_threshold = "high"',
        "disagreement_threshold must be a number from 1 to 100",
        None,
    ),
    ('id = "middle"\n', "", "a [[stage]] needs an 'id'", "[[stage]]"),
    ('id = "middle"', 'id = "start"', "duplicate stage id 'start'", "[[stage]]"),
    (
        "min_score = 40",
        "min_score = 140",
        "min_score must be a number from 0 to 100",
        "min_score = 140",
    ),
    ("min_score = 0", "min_score = 10", "stages must rise from min_score = 0", "[[stage]]"),
    ("weight = 2\n", "weight = -2\n", "weight must be a positive number", "weight = -2"),
    (
        'figure = "level"\nchoice',
        'figure = "levels"\nchoice',
        "unknown figure 'levels'",
        'figure = "levels"',
    ),
    (
        'choice = "multiple"',
        'choice = "many"',
        "profile 'barriers': choice must be one of single, multiple, not 'many'",
        'choice = "many"',
    ),
    (
        'choice = "multiple"\nquick = true',
        'choice = "multiple"\nper_participant = true\nquick = true',
        "a per_participant question must be single choice without a ladder",
        "per_participant = true",
    ),
    (
        'ladder = ["none", "some", "lots"]',
        'ladder = ["none", "some"]',
        "ladder must list every item of the figure once",
        'ladder = ["none", "some"]',
    ),
    (
        'obstacles_question = "barriers"',
        'obstacles_question = "barrier"',
        "obstacles_question must name a [[profile]] id",
        'obstacles_question = "barrier"',
    ),
    (
        'obstacle = "data"',
        'obstacle = "budget"',
        "unknown obstacle 'budget'",
        'obstacle = "budget"',
    ),
    (
        'dimension = "data"\nquick = false',
        'dimension = "infra"\nquick = false',
        "question 'data_b': unknown dimension",
        'dimension = "infra"',
    ),
    (
        'text.en = "Data B?"\n\n[[question.option]]\nen = "No"\n\n',
        'text.en = "Data B?"\n\n',
        "question 'data_b' needs at least two [[question.option]] anchors",
        "[[question]]",
    ),
    ("weight = 3", "weight = 0", "question 'people_b': weight must be positive", "weight = 0"),
    (
        'dimension = "data"\nquick = true',
        'dimension = "people"\nquick = true',
        "dimension 'data' has no quick = true question for the quick check",
        None,
    ),
    (
        'id = "people_low"\ndimension = "people"',
        'id = "people_low"\ndimension = "staff"',
        "recommendation 'people_low': unknown dimension",
        'dimension = "staff"',
    ),
    ("below = 50", "below = 0", "below must be a number from 1 to 101", "below = 0"),
    (
        'actions.en = ["Plan a first course."]',
        "actions.en = []",
        "recommendation 'people_low' needs a list of actions per language",
        "actions.en = []",
    ),
    (
        "below = 101",
        "below = 100",
        "dimension 'people' needs a recommendation with below = 101",
        None,
    ),
    (
        'question = "level"',
        'question = "stage"',
        "insight names unknown question 'stage'",
        'question = "stage"',
    ),
    (
        'options = ["none"]',
        'options = ["nobody"]',
        "insight: 'level' has no option(s) nobody",
        'options = ["nobody"]',
    ),
    (
        'kind = "advice"',
        'kind = "opinion"',
        "insight: kind must be one of finding, advice, not 'opinion'",
        'kind = "opinion"',
    ),
    (
        'source.chapter = "basics"\nsource.section = 1\n',
        "",
        "insight: a finding needs a source",
        "[[insight]]",
    ),
    (
        'source.chapter = "basics"',
        'source.chapter = "base"',
        "insight: source names unknown chapter 'base'",
        None,
    ),
    (
        "source.section = 1",
        "source.section = 3",
        "insight: source: section must be a section number of chapter 'basics' (1 to 2)",
        None,
    ),
    (
        'source.chapter = "basics"\nsource.section = 1',
        'source.figure = "levels"',
        "insight: source names unknown figure 'levels'",
        None,
    ),
    (
        'source.chapter = "basics"\nsource.section = 1',
        'source = "chapter 1"',
        "insight: source needs chapter and section, or figure",
        'source = "chapter 1"',
    ),
    (
        'title.en = "Middle"',
        'title.nl = "Midden"',
        "stage 'middle': title has no 'en' text",
        "[[stage]]",
    ),
    (
        'text.en = "People A?"',
        'text = "People A?"',
        "question 'people_a': text needs a text per language (en)",
        'text = "People A?"',
    ),
    (
        'dont_know.en = "Don\'t know"',
        'dont_know.nl = "Weet ik niet"',
        "dont_know has no 'en' text",
        None,
    ),
    (
        'knowledge_gap.en = "Find out who knows."\n',
        "",
        "knowledge_gap needs a text per language (en)",
        None,
    ),
    ('title.en = "Start"', 'title.en = "Start', "not valid TOML", 'title.en = "Start'),
]


@pytest.mark.parametrize(("old", "new", "message", "on_line"), CASES)
def test_each_problem_is_reported_at_its_line(mini_copy, old, new, message, on_line):
    problems = broken(mini_copy, old, new)
    hits = [p for p in problems if message in p[2]]
    assert hits, f"no message containing {message!r} in {problems}"
    if on_line is not None:
        assert any(on_line in text for _line, text, _m in hits), hits


def test_a_whole_kind_of_block_missing(mini_copy):
    path = mini_copy / "readiness.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[[recommendation]]")
    end = text.index("[[insight]]")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    messages = [p.message for p in check_content(mini_copy)]
    assert "no [[recommendation]] entries" in messages


def test_a_dimension_without_questions(mini_copy):
    path = mini_copy / "readiness.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'dimension = "data"\nquick', 'dimension = "people"\nquick'
        ),
        encoding="utf-8",
    )
    messages = [p.message for p in check_content(mini_copy)]
    assert "dimension 'data' has no questions" in messages


def test_the_unchanged_file_has_no_problems():
    assert check_content(MINI) == []
