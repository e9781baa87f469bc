"""The readiness engine without Qt, on the small synthetic pack (tests/packs/mini).

The mini pack's numbers are chosen so every expected value below can be worked out by
hand from its files: dimension 'people' (weight 2) has quick question people_a and full
question people_b (weight 3); 'data' (weight 1) has quick data_a and full data_b (two
options). Stages start at 0, 40 and 75. The survey's ladder: none 20%, some 50%, lots 30%.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.readiness.answers import (
    CheckAnswers,
    InvalidAnswer,
    Participant,
    validate_answer,
    validate_complete,
)
from desktop_app.readiness.findings import findings
from desktop_app.readiness.model import DONT_KNOW, FULL, QUICK
from desktop_app.readiness.scoring import compare, score_check


@pytest.fixture(scope="module")
def questionnaire(mini):
    return mini.readiness


@pytest.fixture(scope="module")
def survey(mini):
    return mini.report


def check(mode=QUICK, participants=({},), **profile) -> CheckAnswers:
    """A check with the given answers per participant; the profile defaults to 'some'."""
    people = [Participant(n + 1, f"role {n + 1}", dict(a)) for n, a in enumerate(participants)]
    base = {"level": "some", "barriers": ("skills",)}
    base.update(profile)
    return CheckAnswers(mode=mode, profile=base, participants=people)


def score(questionnaire, survey, answers):
    return score_check(questionnaire, survey, answers)


def test_quick_check_worked_example(questionnaire, survey):
    # people_a middle of three = 50 points; data_a top = 100 points.
    result = score(questionnaire, survey, check(participants=({"people_a": 1, "data_a": 2},)))
    assert result.dimension("people").score == pytest.approx(50.0)
    assert result.dimension("data").score == pytest.approx(100.0)
    assert result.overall == pytest.approx((50 * 2 + 100 * 1) / 3)  # 66.7
    assert result.stage_id == "middle"
    assert (result.answered, result.total) == (4, 4)  # two questions and two profile answers


def test_full_check_weighs_questions(questionnaire, survey):
    answers = {"people_a": 2, "people_b": 0, "data_a": 0, "data_b": 1}
    result = score(questionnaire, survey, check(mode=FULL, participants=(answers,)))
    assert result.dimension("people").score == pytest.approx((100 * 1 + 0 * 3) / 4)  # 25
    assert result.dimension("data").score == pytest.approx((0 + 100) / 2)  # 50
    assert result.overall == pytest.approx((25 * 2 + 50 * 1) / 3)  # 33.3
    assert result.stage_id == "start"


def test_stage_boundaries_are_inclusive(questionnaire):
    assert questionnaire.stage_for(39.99).id == "start"
    assert questionnaire.stage_for(40).id == "middle"
    assert questionnaire.stage_for(75).id == "advanced"


def test_position_among_the_survey(questionnaire, survey):
    result = score(questionnaire, survey, check(level="some"))
    assert result.position.ahead_of == pytest.approx(20.0)
    assert result.position.same == pytest.approx(50.0)
    assert result.position.behind == pytest.approx(30.0)
    lowest = score(questionnaire, survey, check(level="none")).position
    assert (lowest.ahead_of, lowest.behind) == (0, 80)


def test_obstacles_come_with_survey_frequency_and_interval(questionnaire, survey):
    result = score(questionnaire, survey, check(barriers=("skills", "cost")))
    shared = {s.item_id: s for s in result.shared_obstacles}
    assert set(shared) == {"skills", "cost"}
    assert shared["skills"].share == 60
    low, high = shared["skills"].interval  # Wilson, 60% of 50
    assert low == pytest.approx(46.2, abs=0.1) and high == pytest.approx(72.4, abs=0.1)
    assert [o.item_id for o in result.obstacles] == ["skills", "data", "cost"]


def test_insights_follow_the_answers_and_keep_their_kind(questionnaire, survey):
    result = score(questionnaire, survey, check(level="none", barriers=("data",)))
    words = findings(questionnaire, result, "en")
    by_text = {i.text: i for i in words.insights}
    finding = by_text["A fifth of the organisations have done nothing yet."]
    assert not finding.advice and finding.source.chapter == "basics"
    assert by_text["Start with the data you already trust."].advice
    assert score(questionnaire, survey, check(level="lots")).insights == ()


def test_priorities_weigh_weakness_by_dimension_weight(questionnaire, survey):
    # people 100 (weight 2): urgency 2 × (100 − 100) = 0; data 0 (weight 1): 1 × 100 = 100.
    result = score(questionnaire, survey, check(participants=({"people_a": 2, "data_a": 0},)))
    assert [p.dimension_id for p in result.priorities] == ["data", "people"]
    assert result.priorities[0].urgency == pytest.approx(100.0)
    assert result.priorities[0].recommendation_id == "data_low"
    assert result.priorities[1].recommendation_id == "people_high"
    words = findings(questionnaire, result, "en")
    assert words.priorities[0].actions == ("List the data you have.",)


def test_dont_know_is_a_knowledge_gap_not_a_zero(questionnaire, survey):
    answers = {"people_a": 2, "people_b": 2, "data_a": 2, "data_b": DONT_KNOW}
    result = score(questionnaire, survey, check(mode=FULL, participants=(answers,)))
    assert result.dimension("data").score == pytest.approx(100.0)
    assert result.knowledge_gaps == ("data",)
    assert result.dimension("data").dont_know == 1


def test_all_dont_know_leaves_the_dimension_unscored(questionnaire, survey):
    result = score(
        questionnaire, survey, check(participants=({"people_a": 2, "data_a": DONT_KNOW},))
    )
    assert result.dimension("data").score is None
    assert result.overall == pytest.approx(100.0)  # not dragged to zero


def test_group_dont_know_says_how_many_did_not_know(questionnaire, survey):
    answers = check(
        participants=(
            {"people_a": 2, "data_a": DONT_KNOW},
            {"people_a": 2, "data_a": 1},
            {"people_a": 2, "data_a": DONT_KNOW},
        )
    )
    gap = findings(questionnaire, score(questionnaire, survey, answers), "en").knowledge_gaps[0]
    assert (gap.dimension, gap.people, gap.participants, gap.dont_know) == ("Data", 2, 3, 2)


def test_participants_disagreeing_is_reported(questionnaire, survey):
    answers = check(participants=({"people_a": 2, "data_a": 1}, {"people_a": 0, "data_a": 1}))
    result = score(questionnaire, survey, answers)
    people = result.dimension("people")
    assert people.spread == pytest.approx(100.0) and people.disagreement  # threshold 40
    assert people.score == pytest.approx(50.0)  # the group's mean
    assert not result.dimension("data").disagreement


def test_compare_two_checks(questionnaire, survey):
    before = score(questionnaire, survey, check(participants=({"people_a": 0, "data_a": 1},)))
    after = score(questionnaire, survey, check(participants=({"people_a": 2, "data_a": 1},)))
    changes = {c.dimension_id: c.delta for c in compare(before, after)}
    assert changes == {"people": pytest.approx(100.0), "data": pytest.approx(0.0)}


@pytest.mark.parametrize(
    ("question_id", "value", "code", "message"),
    [
        (
            "no_such_question",
            1,
            "unknown_question",
            "question 'no_such_question': unknown question",
        ),
        ("people_a", 3, "off_scale", "question 'people_a': answer 3 is off the scale (0 to 2)"),
        ("people_a", -1, "off_scale", "off the scale"),
        ("people_a", "2", "not_an_option", "is not an option number"),
        ("people_a", True, "not_an_option", "is not an option number"),
        ("level", "everything", "unknown_option", "question 'level': unknown option 'everything'"),
        ("barriers", "skills", "not_a_list", "question 'barriers': expects a list"),
        ("barriers", ["skills", "cats"], "unknown_option", "unknown option(s) cats"),
    ],
)
def test_invalid_answers_name_the_question(questionnaire, question_id, value, code, message):
    with pytest.raises(InvalidAnswer) as raised:
        validate_answer(questionnaire, question_id, value)
    assert raised.value.code == code
    assert message in str(raised.value)


def test_multiple_choice_answers_come_in_the_figures_order(questionnaire):
    assert validate_answer(questionnaire, "barriers", ["cost", "skills", "cost"]) == (
        "skills",
        "cost",
    )


def test_missing_required_answer_names_the_question(questionnaire):
    answers = check(participants=({"people_a": 1},))
    with pytest.raises(InvalidAnswer, match="question 'data_a': a required answer is missing"):
        validate_complete(questionnaire, answers)
    validate_complete(questionnaire, check(participants=({"people_a": 1, "data_a": 1},)))


def test_an_answer_saved_against_an_older_question_is_not_scored(questionnaire, survey):
    # people_a once had more options: an answer of 7 is left out, not scored as 700.
    result = score(questionnaire, survey, check(participants=({"people_a": 7, "data_a": 2},)))
    assert result.dimension("people").score is None
    assert result.overall == pytest.approx(100.0)


# -- the bundled pack's questionnaire ---------------------------------------------------------
def test_the_bundled_check_lines_up_with_the_survey(content):
    questionnaire, report = content.readiness, content.report
    for profile in questionnaire.profile:
        assert profile.options == tuple(i.item_id for i in report.figures[profile.figure_id].items)
    quick = len(questionnaire.questions_for(QUICK)) + len(questionnaire.profile_for(QUICK))
    assert 10 <= quick <= 14, "the quick check takes about three minutes"
    for score_value in range(0, 101):
        for dimension in questionnaire.dimensions:
            assert questionnaire.recommendation_for(dimension.id, float(score_value)) is not None


# -- properties ----------------------------------------------------------------------------
QUESTIONS = ("people_a", "people_b", "data_a", "data_b")
OPTIONS = {"people_a": 3, "people_b": 3, "data_a": 3, "data_b": 2}


@st.composite
def full_answers(draw):
    values = {}
    for question in QUESTIONS:
        value = draw(
            st.one_of(
                st.none(),
                st.just(DONT_KNOW),
                st.integers(min_value=0, max_value=OPTIONS[question] - 1),
            )
        )
        if value is not None:
            values[question] = value
    return values


@settings(max_examples=150, deadline=None)
@given(answers=full_answers(), others=st.lists(full_answers(), max_size=2))
def test_scores_stay_within_0_and_100(questionnaire, survey, answers, others):
    result = score(questionnaire, survey, check(mode=FULL, participants=(answers, *others)))
    for value in [result.overall, *(d.score for d in result.dimensions)]:
        assert value is None or 0.0 <= value <= 100.0


@settings(max_examples=150, deadline=None)
@given(answers=full_answers(), question=st.sampled_from(QUESTIONS), data=st.data())
def test_a_better_answer_never_lowers_a_score(questionnaire, survey, answers, question, data):
    low = data.draw(st.integers(min_value=0, max_value=OPTIONS[question] - 2))
    high = data.draw(st.integers(min_value=low + 1, max_value=OPTIONS[question] - 1))
    worse = score(
        questionnaire, survey, check(mode=FULL, participants=({**answers, question: low},))
    )
    better = score(
        questionnaire, survey, check(mode=FULL, participants=({**answers, question: high},))
    )
    assert better.overall >= worse.overall - 1e-9
    dimension = question.split("_")[0]
    assert better.dimension(dimension).score >= worse.dimension(dimension).score - 1e-9


@settings(max_examples=150, deadline=None)
@given(answers=full_answers(), question=st.sampled_from(QUESTIONS))
def test_dont_know_never_counts_as_zero(questionnaire, survey, answers, question):
    unanswered = {k: v for k, v in answers.items() if k != question}
    first = score(questionnaire, survey, check(mode=FULL, participants=(unanswered,)))
    second = score(
        questionnaire, survey, check(mode=FULL, participants=({**unanswered, question: DONT_KNOW},))
    )
    assert second.overall == first.overall
    assert [d.score for d in second.dimensions] == [d.score for d in first.dimensions]
