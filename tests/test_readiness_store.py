"""Saved checks: every answer kept, follow-ups, search, and damaged databases set aside."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from desktop_app.readiness.store import SCHEMA_VERSION, CheckStore, StoreError

from .conftest import ROOT


@pytest.fixture
def store(tmp_path):
    opened = CheckStore(tmp_path / "checks.sqlite")
    yield opened
    opened.close()


def test_answers_are_saved_and_read_back(store):
    check = store.create_check(
        "Gemeente Voorbeeld", "quick", "nl", "pack", ["Directeur", "IT-lead"]
    )
    loaded = store.load_check(check)
    director, it_lead = loaded.answers.participants
    store.save_answer(check, 0, "adoption_level", "small_pilots")
    store.save_answer(check, 0, "obstacles", ("knowledge", "roi"))
    store.save_answer(check, director.id, "strategy_ambition", 2)
    store.save_answer(check, it_lead.id, "strategy_ambition", "dont_know")
    store.save_answer(check, director.id, "strategy_ambition", 3)  # changed their mind
    again = store.load_check(check)
    assert again.client == "Gemeente Voorbeeld"
    assert again.answers.profile == {
        "adoption_level": "small_pilots",
        "obstacles": ("knowledge", "roi"),
    }
    assert [p.role for p in again.answers.participants] == ["Directeur", "IT-lead"]
    assert again.answers.participants[0].answers == {"strategy_ambition": 3}
    assert again.answers.participants[1].answers == {"strategy_ambition": "dont_know"}


def test_database_runs_in_wal_mode_with_a_schema_version(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_search_by_client_and_date(store):
    store.create_check("Bakkerij Jansen", "quick", "nl", "p", ["x"])
    store.create_check("Ziekenhuis Oost", "full", "nl", "p", ["x"])
    assert [c.client for c in store.list_checks("jansen")] == ["Bakkerij Jansen"]
    year = time.strftime("%Y")
    assert len(store.list_checks(year)) == 2
    assert store.list_checks("nobody") == []


def test_rename_follow_up_and_delete(store):
    first = store.create_check("Acme", "quick", "nl", "p", ["CEO"])
    person = store.load_check(first).answers.participants[0]
    store.save_answer(first, person.id, "data_quality", 1)
    store.rename(first, "Acme BV")
    follow = store.duplicate(first)
    copy = store.load_check(follow)
    assert copy.client == "Acme BV" and copy.follow_up_of == first
    assert copy.answers.participants[0].answers == {"data_quality": 1}
    assert copy.answers.participants[0].id != person.id
    store.delete(first)
    assert [c.id for c in store.list_checks()] == [follow]
    assert store.load_check(follow).follow_up_of is None
    with pytest.raises(StoreError, match="no longer exists"):
        store.load_check(first)


def test_participants_can_be_added_renamed_and_removed(store):
    check = store.create_check("Acme", "quick", "nl", "p", ["CEO"])
    added = store.add_participant(check, "HR")
    store.save_answer(check, added, "skills_training", 2)
    store.rename_participant(added, "HR-manager")
    assert [p.role for p in store.load_check(check).answers.participants] == ["CEO", "HR-manager"]
    store.remove_participant(check, added)
    loaded = store.load_check(check)
    assert [p.role for p in loaded.answers.participants] == ["CEO"]
    count = store.db.execute(
        "SELECT COUNT(*) FROM answers WHERE participant_id = ?", (added,)
    ).fetchone()[0]
    assert count == 0


def test_corrupt_database_is_moved_aside_not_overwritten(tmp_path):
    path = tmp_path / "checks.sqlite"
    garbage = b"this is not a database" * 100
    path.write_bytes(garbage)
    store = CheckStore(path)
    assert store.moved_reason == "corrupt"
    assert store.moved_aside.exists() and store.moved_aside.read_bytes() == garbage
    assert store.moved_aside.name.startswith("checks.corrupt-")
    assert store.list_checks() == []  # a fresh, working database
    store.create_check("Acme", "quick", "nl", "p", ["x"])
    store.close()


def test_database_from_a_newer_version_is_kept_aside(tmp_path):
    path = tmp_path / "checks.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future (x)")
    db.execute("INSERT INTO future VALUES (42)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    store = CheckStore(path)
    assert store.moved_reason == "newer"
    kept = sqlite3.connect(store.moved_aside)
    assert kept.execute("SELECT x FROM future").fetchone()[0] == 42
    kept.close()
    store.close()


def test_a_full_disk_is_a_plain_error_and_loses_nothing(store, monkeypatch):
    check = store.create_check("Acme", "quick", "nl", "p", ["x"])
    person = store.load_check(check).answers.participants[0]
    store.save_answer(check, person.id, "data_quality", 1)
    store.db.execute("PRAGMA max_page_count = 1")  # no room for anything new
    with pytest.raises(StoreError, match="disk is full"):
        for number in range(200):
            store.save_answer(check, person.id, f"q{number}", "x" * 5000)
    assert store.load_check(check).answers.participants[0].answers["data_quality"] == 1


CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from desktop_app.readiness.store import CheckStore
store = CheckStore(Path({path!r}))
check = store.create_check("Crash BV", "full", "nl", "p", ["CEO"])
person = store.load_check(check).answers.participants[0]
for number in range(100000):
    store.save_answer(check, person.id, f"q{{number}}", number % 4)
    print(number, flush=True)
"""


def test_answers_survive_the_process_being_killed(tmp_path):
    path = tmp_path / "checks.sqlite"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT), path=str(path))],
        stdout=subprocess.PIPE,
        text=True,
    )
    confirmed = -1
    for line in child.stdout:
        confirmed = int(line)
        if confirmed >= 150:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    store = CheckStore(path)
    assert store.moved_aside is None, "a killed writer must not leave a damaged database"
    answers = store.load_check(store.list_checks()[0].id).answers.participants[0].answers
    for number in range(confirmed + 1):  # every answer reported as saved is there
        assert answers[f"q{number}"] == number % 4
    store.close()
