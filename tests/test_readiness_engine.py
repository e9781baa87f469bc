"""The readiness engine without Qt: worked examples, properties, invalid answers, reachability."""

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
from desktop_app.readiness.model import DONT_KNOW, FULL, QUICK
from desktop_app.readiness.scoring import score_check


@pytest.fixture(scope="module")
def questionnaire(pack):
    assert pack.readiness is not None, "the bundled pack has a readiness check"
    return pack.readiness


def answered(questionnaire, mode=QUICK, option=None, participants=1, **profile):
    """A check with every question of ``mode`` answered with ``option`` (default: the top)."""
    people = []
    for number in range(participants):
        person = Participant(number + 1, f"role {number + 1}")
        for question in questionnaire.questions_for(mode):
            person.answers[question.id] = len(question.options) - 1 if option is None else option
        person.answers["job_level"] = "executive"
        people.append(person)
    base = {
        "adoption_level": "loose_initiatives",
        "main_reason": "efficiency",
        "obstacles": ("knowledge", "data_quality"),
        "sector": "care",
    }
    base.update(profile)
    return CheckAnswers(mode=mode, profile=base, participants=people)


def test_the_pack_lines_up_with_the_survey(questionnaire, pack):
    assert [p.id for p in questionnaire.profile] == [
        "adoption_level",
        "main_reason",
        "obstacles",
        "sector",
        "job_level",
    ]
    assert len(questionnaire.dimensions) >= 7
    for dimension in questionnaire.dimensions:
        asked = [q for q in questionnaire.questions if q.dimension == dimension.id]
        assert 2 <= len(asked) <= 4
        assert all(len(q.options) >= 3 for q in asked)
    quick = len(questionnaire.questions_for(QUICK)) + len(questionnaire.profile_for(QUICK))
    assert 10 <= quick <= 14
    assert len(questionnaire.questions_for(FULL)) > len(questionnaire.questions_for(QUICK))


def test_worked_example_top_answers(pack, questionnaire):
    result = score_check(pack, answered(questionnaire))
    assert result.overall == pytest.approx(100.0)
    assert result.stage_id == questionnaire.stages[-1].id
    assert all(d.score == pytest.approx(100.0) for d in result.dimensions)


def test_worked_example_mixed_answers(pack, questionnaire):
    answers = answered(questionnaire, option=0)
    first = questionnaire.questions_for(QUICK)[0]
    answers.participants[0].answers[first.id] = len(first.options) - 1  # one dimension at the top
    result = score_check(pack, answers)
    dimension = result.dimension(first.dimension)
    assert dimension.score == pytest.approx(100.0)
    others = [d for d in result.dimensions if d.dimension_id != first.dimension]
    assert all(d.score == 0 for d in others)
    weights = {d.id: d.weight for d in questionnaire.dimensions}
    expected = 100.0 * weights[first.dimension] / sum(weights.values())
    assert result.overall == pytest.approx(expected)
    assert result.stage_id == questionnaire.stage_for(expected).id


def test_position_among_the_survey(pack, questionnaire):
    result = score_check(pack, answered(questionnaire, adoption_level="loose_initiatives"))
    # Below 'separate initiatives' in the survey: nothing (11%) and small pilots (25%).
    assert result.position.ahead_of == pytest.approx(36.0)
    assert result.position.same == pytest.approx(31.0)
    assert result.position.behind == pytest.approx(33.0)
    top = score_check(pack, answered(questionnaire, adoption_level="strategic_org_wide"))
    assert top.position.ahead_of == pytest.approx(92.0)


def test_shared_obstacles_come_with_survey_frequency_and_interval(pack, questionnaire):
    result = score_check(pack, answered(questionnaire, obstacles=("knowledge", "roi")))
    shared = {s.item_id: s for s in result.shared_obstacles}
    assert set(shared) == {"knowledge", "roi"}
    assert shared["knowledge"].share == 59
    low, high = shared["knowledge"].interval
    assert low < 59 < high
    assert len(result.obstacles) == 6


def test_insights_follow_sector_and_stage(pack, questionnaire):
    result = score_check(
        pack, answered(questionnaire, sector="manufacturing", adoption_level="small_pilots")
    )
    questions = {i.question for i in result.insights}
    assert questions == {"sector", "adoption_level"}
    assert all("manufacturing" in i.options or "small_pilots" in i.options for i in result.insights)


def test_priorities_are_the_three_weakest_weighted_dimensions_with_actions(pack, questionnaire):
    answers = answered(questionnaire)
    weakest = questionnaire.dimensions[2]
    for question in questionnaire.questions_for(QUICK):
        if question.dimension == weakest.id:
            answers.participants[0].answers[question.id] = 0
    result = score_check(pack, answers)
    assert result.priorities[0].dimension_id == weakest.id
    assert len(result.priorities) == 3
    recommendation = next(
        r for r in questionnaire.recommendations if r.id == result.priorities[0].recommendation_id
    )
    assert recommendation.dimension == weakest.id and recommendation.action_list("nl")


def test_dont_know_is_a_knowledge_gap_not_a_zero(pack, questionnaire):
    answers = answered(questionnaire, mode=FULL, option=2)
    question = next(q for q in questionnaire.questions_for(FULL) if q.dimension == "data")
    before = score_check(pack, answers).dimension("data").score
    answers.participants[0].answers[question.id] = DONT_KNOW
    result = score_check(pack, answers)
    assert result.dimension("data").score == pytest.approx(before)
    assert "data" in result.knowledge_gaps
    assert result.dimension("data").dont_know == 1


def test_all_dont_know_leaves_the_dimension_unscored(pack, questionnaire):
    answers = answered(questionnaire)
    for question in questionnaire.questions_for(QUICK):
        if question.dimension == "ethics":
            answers.participants[0].answers[question.id] = DONT_KNOW
    result = score_check(pack, answers)
    assert result.dimension("ethics").score is None
    assert result.overall == pytest.approx(100.0)  # the other dimensions, not dragged to zero


def test_participants_disagreeing_is_reported(pack, questionnaire):
    answers = answered(questionnaire, participants=2)
    for question in questionnaire.questions_for(QUICK):
        if question.dimension == "strategy":
            answers.participants[1].answers[question.id] = 0
    result = score_check(pack, answers)
    strategy = result.dimension("strategy")
    assert strategy.spread == pytest.approx(100.0)
    assert strategy.disagreement
    assert strategy.score == pytest.approx(50.0)  # the group's mean
    assert not result.dimension("data").disagreement


@pytest.mark.parametrize(
    ("question_id", "value", "message"),
    [
        ("no_such_question", 1, "question 'no_such_question': unknown question"),
        ("strategy_ambition", 9, "question 'strategy_ambition': answer 9 is off the scale"),
        ("strategy_ambition", -1, "off the scale"),
        ("strategy_ambition", "2", "is not an option number"),
        ("adoption_level", "everything", "question 'adoption_level': unknown option 'everything'"),
        ("obstacles", "knowledge", "question 'obstacles': expects a list"),
        ("obstacles", ["knowledge", "cats"], "unknown option(s) cats"),
    ],
)
def test_invalid_answers_name_the_question(questionnaire, question_id, value, message):
    if question_id == "strategy_ambition":
        question_id = questionnaire.questions_for(QUICK)[0].id
        message = message.replace("strategy_ambition", question_id)
    with pytest.raises(InvalidAnswer, match=message.replace("(", r"\(").replace(")", r"\)")):
        validate_answer(questionnaire, question_id, value)


def test_missing_required_answer_names_the_question(questionnaire):
    answers = answered(questionnaire)
    del answers.profile["adoption_level"]
    with pytest.raises(
        InvalidAnswer, match="question 'adoption_level': a required answer is missing"
    ):
        validate_complete(questionnaire, answers)
    validate_complete(questionnaire, answered(questionnaire))


def test_every_question_and_recommendation_is_reachable(pack, questionnaire):
    asked = {q.id for q in questionnaire.questions_for(FULL)} | {
        p.id for p in questionnaire.profile_for(FULL)
    }
    assert asked == {q.id for q in questionnaire.questions} | {p.id for p in questionnaire.profile}
    reached = set()
    for score in range(0, 101):
        for dimension in questionnaire.dimensions:
            recommendation = questionnaire.recommendation_for(dimension.id, float(score))
            assert recommendation is not None, f"no advice for {dimension.id} at {score}"
            reached.add(recommendation.id)
    assert reached == {r.id for r in questionnaire.recommendations}
    for insight in questionnaire.insights:
        profile = questionnaire.profile_question(insight.question)
        assert set(insight.options) <= set(profile.options)


# -- properties ----------------------------------------------------------------------------
def option_answers(questionnaire):
    questions = questionnaire.questions_for(FULL)
    return st.lists(
        st.one_of(st.just(DONT_KNOW), st.integers(min_value=0, max_value=3), st.none()),
        min_size=len(questions),
        max_size=len(questions),
    )


def build(questionnaire, values, participants=1):
    answers = answered(questionnaire, mode=FULL, participants=participants)
    for person in answers.participants:
        for question, value in zip(questionnaire.questions_for(FULL), values, strict=True):
            if value is None:
                person.answers.pop(question.id, None)
            else:
                person.answers[question.id] = (
                    min(value, len(question.options) - 1) if value != DONT_KNOW else value
                )
    return answers


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_scores_stay_within_0_and_100(pack, questionnaire, data):
    values = data.draw(option_answers(questionnaire))
    result = score_check(pack, build(questionnaire, values))
    for score in [result.overall, *(d.score for d in result.dimensions)]:
        assert score is None or 0.0 <= score <= 100.0


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_better_answer_never_lowers_a_score(pack, questionnaire, data):
    values = data.draw(option_answers(questionnaire))
    index = data.draw(st.integers(min_value=0, max_value=len(values) - 1))
    question = questionnaire.questions_for(FULL)[index]
    low = data.draw(st.integers(min_value=0, max_value=len(question.options) - 2))
    high = data.draw(st.integers(min_value=low + 1, max_value=len(question.options) - 1))
    values[index] = low
    worse = score_check(pack, build(questionnaire, values))
    values[index] = high
    better = score_check(pack, build(questionnaire, values))
    assert better.overall >= worse.overall - 1e-9
    assert (
        better.dimension(question.dimension).score
        >= worse.dimension(question.dimension).score - 1e-9
    )


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_dont_know_never_counts_as_zero(pack, questionnaire, data):
    values = data.draw(option_answers(questionnaire))
    index = data.draw(st.integers(min_value=0, max_value=len(values) - 1))
    values[index] = None
    unanswered = score_check(pack, build(questionnaire, values))
    values[index] = DONT_KNOW
    dont_know = score_check(pack, build(questionnaire, values))
    assert dont_know.overall == unanswered.overall
    assert [d.score for d in dont_know.dimensions] == [d.score for d in unanswered.dimensions]


def test_an_answer_saved_against_an_older_question_is_not_scored(pack, questionnaire):
    answers = answered(questionnaire, option=3)
    question = questionnaire.questions_for(QUICK)[0]
    answers.participants[0].answers[question.id] = 7  # that question once had more options
    result = score_check(pack, answers)
    assert all(d.score is None or 0 <= d.score <= 100 for d in result.dimensions)
    assert result.overall == pytest.approx(100.0)
