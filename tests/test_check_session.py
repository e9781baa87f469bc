"""The check session without Qt: what answering, renaming and comparing do to the saved check."""

from __future__ import annotations

import pytest

from desktop_app.readiness.answers import InvalidAnswer
from desktop_app.readiness.model import DONT_KNOW, FULL, QUICK
from desktop_app.readiness.session import (
    CheckSession,
    DifferentClients,
    compare_checks,
    steps_for,
)
from desktop_app.readiness.store import ORGANISATION, CheckStore, StoreError


@pytest.fixture
def store(tmp_path):
    opened = CheckStore(tmp_path / "checks.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def session(store, mini):
    return CheckSession.create(
        store,
        mini.readiness,
        mini.report,
        client="Acme",
        mode=QUICK,
        language="en",
        first_role="CEO",
    )


def reopened(session, mini):
    """The check as a restarted app reads it from the database."""
    return CheckSession.open(session.store, mini.readiness, mini.report, session.id)


def test_steps_ask_the_survey_questions_first(mini):
    quick = [s.id for s in steps_for(mini.readiness, QUICK)]
    assert quick == ["level", "barriers", "people_a", "data_a"]
    full = [s.id for s in steps_for(mini.readiness, FULL)]
    assert full == ["level", "barriers", "people_a", "people_b", "data_a", "data_b"]


def test_an_answer_is_saved_before_it_is_scored(session, mini):
    me = session.participants[0].id
    result = session.answer(session.step("people_a"), me, 2)
    assert result.dimension("people").score == pytest.approx(100.0)
    assert reopened(session, mini).value(session.step("people_a"), me) == 2
    summary = session.store.list_checks()[0]
    assert summary.score == pytest.approx(100.0) and summary.stage == "advanced"


def test_survey_questions_are_answered_for_the_organisation(session, mini):
    first = session.participants[0].id
    second = session.add_participant("CIO")
    session.answer(session.step("level"), second, "lots")
    assert session.answers.profile["level"] == "lots"
    assert session.value(session.step("level"), first) == "lots"  # the same for everyone
    stored = session.store.load_check(session.id)
    assert stored.answers.profile == {"level": "lots"}
    assert ORGANISATION not in {p.id for p in stored.answers.participants}


def test_multiple_choice_options_toggle(session):
    me = session.participants[0].id
    step = session.step("barriers")
    for option in ("data", "skills", "data"):
        session.answer(step, me, session.choose(step, me, option))
    assert session.answers.profile["barriers"] == ("skills",)
    assert session.result.shared_obstacles[0].item_id == "skills"


def test_an_invalid_answer_changes_nothing(session, mini):
    me = session.participants[0].id
    session.answer(session.step("people_a"), me, 1)
    with pytest.raises(InvalidAnswer) as raised:
        session.answer(session.step("people_a"), me, 9)
    assert raised.value.code == "off_scale"
    assert session.value(session.step("people_a"), me) == 1
    assert reopened(session, mini).value(session.step("people_a"), me) == 1


def test_a_failed_save_changes_nothing(session, monkeypatch):
    me = session.participants[0].id
    before = session.result

    def full_disk(*_args):
        raise StoreError("full", session.store.path, "database or disk is full")

    monkeypatch.setattr(session.store, "save_answer", full_disk)
    with pytest.raises(StoreError):
        session.answer(session.step("people_a"), me, 2)
    assert session.value(session.step("people_a"), me) is None
    assert session.result is before


def test_a_failed_summary_does_not_undo_a_saved_answer(session, mini, monkeypatch):
    me = session.participants[0].id

    def full_disk(*_args):
        raise StoreError("full", session.store.path, "database or disk is full")

    monkeypatch.setattr(session.store, "save_summary", full_disk)
    session.answer(session.step("people_a"), me, 2)
    assert session.summary_error is not None
    assert reopened(session, mini).value(session.step("people_a"), me) == 2


def test_switching_to_the_full_check_keeps_the_answers(session, mini):
    me = session.participants[0].id
    session.answer(session.step("people_a"), me, 2)
    assert session.set_mode(FULL)
    assert [s.id for s in session.steps][-1] == "data_b"
    assert session.answered(me) == 1
    assert reopened(session, mini).answers.mode == FULL
    assert not session.set_mode(FULL)  # no change


def test_participants_and_progress(session):
    first = session.participants[0].id
    second = session.add_participant("  CIO ")
    assert [p.role for p in session.participants] == ["CEO", "CIO"]
    session.answer(session.step("people_a"), second, DONT_KNOW)
    session.answer(session.step("level"), first, "none")
    assert session.answered(first) == 1  # the organisation's answer
    assert session.answered(second) == 2  # that one, and their own "don't know"
    session.rename_participant(second, "CTO")
    assert session.store.load_check(session.id).answers.participants[1].role == "CTO"
    assert session.remove_participant(second)
    assert not session.remove_participant(first)  # the last participant stays


def test_rename(session):
    session.rename("  Acme Holding ")
    assert session.store.load_check(session.id).client == "Acme Holding"


def test_compare_two_checks_of_one_client(store, mini, session):
    me = session.participants[0].id
    session.answer(session.step("people_a"), me, 0)
    later = CheckSession.open(store, mini.readiness, mini.report, store.duplicate(session.id))
    later.answer(later.step("people_a"), later.participants[0].id, 2)
    comparison = compare_checks(store, mini.readiness, mini.report, later.id, session.id)
    assert comparison.before.id == session.id  # the earlier check first, whatever the order
    people = next(c for c in comparison.dimensions if c.dimension_id == "people")
    assert people.delta == pytest.approx(100.0)


def test_checks_of_different_clients_are_not_compared(store, mini, session):
    other = CheckSession.create(
        store, mini.readiness, mini.report, client="Beta", mode=QUICK, language="en", first_role="x"
    )
    with pytest.raises(DifferentClients):
        compare_checks(store, mini.readiness, mini.report, session.id, other.id)
