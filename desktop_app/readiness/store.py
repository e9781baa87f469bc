"""Saved checks in SQLite: every answer written as it is given, nothing ever overwritten.

The database lives in the user's data folder. It runs in WAL mode with full syncs, so an
answer that was saved survives the app or the laptop dying. A database that is corrupt,
or was written by a newer version of the app, is moved aside with a timestamp (never
overwritten) and a fresh one is started; ``moved_aside`` tells the caller where it went.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .answers import AnswerValue, CheckAnswers, Participant

SCHEMA_VERSION = 1
ORGANISATION = 0  # participant id of answers given for the organisation as a whole

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE checks (
        id INTEGER PRIMARY KEY,
        client TEXT NOT NULL,
        mode TEXT NOT NULL,
        language TEXT NOT NULL,
        pack_id TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        follow_up_of INTEGER REFERENCES checks(id) ON DELETE SET NULL,
        score REAL,
        stage TEXT,
        adoption_level TEXT
    );
    CREATE INDEX checks_by_client ON checks (client COLLATE NOCASE);
    CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        check_id INTEGER NOT NULL REFERENCES checks(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        position INTEGER NOT NULL
    );
    CREATE INDEX participants_by_check ON participants (check_id);
    CREATE TABLE answers (
        check_id INTEGER NOT NULL REFERENCES checks(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        value TEXT NOT NULL,
        answered TEXT NOT NULL,
        PRIMARY KEY (check_id, participant_id, question_id)
    );
    """,
}


class StoreError(Exception):
    """A plain-language reason why saving or reading failed; the data stays as it was."""


@dataclass(frozen=True)
class CheckSummary:
    id: int
    client: str
    mode: str
    language: str
    created: str
    updated: str
    score: float | None
    stage: str | None
    adoption_level: str | None
    participants: int
    follow_up_of: int | None


@dataclass
class StoredCheck:
    id: int
    client: str
    mode: str
    language: str
    pack_id: str
    created: str
    updated: str
    follow_up_of: int | None
    answers: CheckAnswers


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _encode(value: AnswerValue) -> str:
    return json.dumps(list(value) if isinstance(value, tuple) else value)


def _decode(text: str) -> AnswerValue:
    value = json.loads(text)
    return tuple(value) if isinstance(value, list) else value


class CheckStore:
    """All saved checks of this user."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.moved_aside: Path | None = None
        self.moved_reason = ""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = self._open()

    # -- opening, health and migrations ------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None, timeout=5)
        db.row_factory = sqlite3.Row
        return db

    def _open(self) -> sqlite3.Connection:
        if self.path.exists():
            reason = self._health()
            if reason:
                self._move_aside(reason)
        try:
            db = self._connect()
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            self._migrate(db)
        except sqlite3.Error as error:
            raise StoreError(
                f"The checks database {self.path} cannot be opened: {error}"
            ) from error
        return db

    def _health(self) -> str:
        """Why the existing file cannot be used as it is ('' when it can)."""
        try:
            db = self._connect()
            try:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    return "newer"
                if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    return "corrupt"
            finally:
                db.close()
        except sqlite3.DatabaseError:
            return "corrupt"
        return ""

    def _move_aside(self, reason: str) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.{reason}-{stamp}{self.path.suffix}")
        counter = 1
        while target.exists():
            counter += 1
            target = self.path.with_name(
                f"{self.path.stem}.{reason}-{stamp}-{counter}{self.path.suffix}"
            )
        shutil.move(self.path, target)
        for extra in ("-wal", "-shm"):
            side = Path(f"{self.path}{extra}")
            if side.exists():
                shutil.move(side, Path(f"{target}{extra}"))
        self.moved_aside, self.moved_reason = target, reason

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for target in range(version + 1, SCHEMA_VERSION + 1):
            db.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")
                db.execute("COMMIT")
            except sqlite3.Error:
                db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.db.close()

    def _write(self, sql: str, parameters=()) -> sqlite3.Cursor:
        try:
            return self.db.execute(sql, parameters)
        except sqlite3.Error as error:
            raise StoreError(_plain(error, self.path)) from error

    def _transaction(self, statements: list[tuple[str, tuple]]) -> list[sqlite3.Cursor]:
        try:
            self.db.execute("BEGIN IMMEDIATE")
            cursors = [self.db.execute(sql, parameters) for sql, parameters in statements]
            self.db.execute("COMMIT")
            return cursors
        except sqlite3.Error as error:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(_plain(error, self.path)) from error

    # -- checks -------------------------------------------------------------------------
    def create_check(
        self, client: str, mode: str, language: str, pack_id: str, roles: list[str]
    ) -> int:
        stamp = now()
        try:
            self.db.execute("BEGIN IMMEDIATE")
            check_id = self.db.execute(
                "INSERT INTO checks (client, mode, language, pack_id, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (client, mode, language, pack_id, stamp, stamp),
            ).lastrowid
            for position, role in enumerate(roles or [""]):
                self.db.execute(
                    "INSERT INTO participants (check_id, role, position) VALUES (?, ?, ?)",
                    (check_id, role, position),
                )
            self.db.execute("COMMIT")
        except sqlite3.Error as error:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(_plain(error, self.path)) from error
        return check_id

    def load_check(self, check_id: int) -> StoredCheck:
        row = self.db.execute("SELECT * FROM checks WHERE id = ?", (check_id,)).fetchone()
        if row is None:
            raise StoreError(f"Check {check_id} no longer exists.")
        participants = [
            Participant(p["id"], p["role"])
            for p in self.db.execute(
                "SELECT id, role FROM participants WHERE check_id = ? ORDER BY position, id",
                (check_id,),
            )
        ]
        by_id = {p.id: p for p in participants}
        answers = CheckAnswers(mode=row["mode"], participants=participants)
        for answer in self.db.execute(
            "SELECT participant_id, question_id, value FROM answers WHERE check_id = ?", (check_id,)
        ):
            value = _decode(answer["value"])
            if answer["participant_id"] == ORGANISATION:
                answers.profile[answer["question_id"]] = value
            elif answer["participant_id"] in by_id:
                by_id[answer["participant_id"]].answers[answer["question_id"]] = value
        return StoredCheck(
            id=row["id"],
            client=row["client"],
            mode=row["mode"],
            language=row["language"],
            pack_id=row["pack_id"],
            created=row["created"],
            updated=row["updated"],
            follow_up_of=row["follow_up_of"],
            answers=answers,
        )

    def save_answer(
        self, check_id: int, participant_id: int, question_id: str, value: AnswerValue
    ) -> None:
        """Write one answer at once, in its own transaction."""
        stamp = now()
        self._transaction(
            [
                (
                    "INSERT INTO answers (check_id, participant_id, question_id, value, answered)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (check_id, participant_id, question_id)"
                    " DO UPDATE SET value = excluded.value, answered = excluded.answered",
                    (check_id, participant_id, question_id, _encode(value), stamp),
                ),
                ("UPDATE checks SET updated = ? WHERE id = ?", (stamp, check_id)),
            ]
        )

    def clear_answer(self, check_id: int, participant_id: int, question_id: str) -> None:
        self._transaction(
            [
                (
                    "DELETE FROM answers WHERE check_id = ? AND participant_id = ? AND question_id = ?",
                    (check_id, participant_id, question_id),
                ),
                ("UPDATE checks SET updated = ? WHERE id = ?", (now(), check_id)),
            ]
        )

    def save_summary(
        self, check_id: int, score: float | None, stage: str | None, level: str | None
    ) -> None:
        """The score and stage shown in the list (recomputed from the answers on open)."""
        self._write(
            "UPDATE checks SET score = ?, stage = ?, adoption_level = ? WHERE id = ?",
            (score, stage, level, check_id),
        )

    def add_participant(self, check_id: int, role: str) -> int:
        position = self.db.execute(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM participants WHERE check_id = ?",
            (check_id,),
        ).fetchone()[0]
        return self._write(
            "INSERT INTO participants (check_id, role, position) VALUES (?, ?, ?)",
            (check_id, role, position),
        ).lastrowid

    def rename_participant(self, participant_id: int, role: str) -> None:
        self._write("UPDATE participants SET role = ? WHERE id = ?", (role, participant_id))

    def remove_participant(self, check_id: int, participant_id: int) -> None:
        self._transaction(
            [
                (
                    "DELETE FROM answers WHERE check_id = ? AND participant_id = ?",
                    (check_id, participant_id),
                ),
                ("DELETE FROM participants WHERE id = ?", (participant_id,)),
            ]
        )

    def rename(self, check_id: int, client: str) -> None:
        self._write(
            "UPDATE checks SET client = ?, updated = ? WHERE id = ?", (client, now(), check_id)
        )

    def set_mode(self, check_id: int, mode: str) -> None:
        self._write("UPDATE checks SET mode = ?, updated = ? WHERE id = ?", (mode, now(), check_id))

    def delete(self, check_id: int) -> None:
        self._write("DELETE FROM checks WHERE id = ?", (check_id,))

    def duplicate(self, check_id: int) -> int:
        """A follow-up check: same client and participants, the earlier answers to start from."""
        source = self.load_check(check_id)
        stamp = now()
        try:
            self.db.execute("BEGIN IMMEDIATE")
            new_id = self.db.execute(
                "INSERT INTO checks (client, mode, language, pack_id, created, updated, follow_up_of,"
                " score, stage, adoption_level)"
                " SELECT client, mode, language, pack_id, ?, ?, id, score, stage, adoption_level"
                " FROM checks WHERE id = ?",
                (stamp, stamp, check_id),
            ).lastrowid
            mapping = {ORGANISATION: ORGANISATION}
            for position, participant in enumerate(source.answers.participants):
                mapping[participant.id] = self.db.execute(
                    "INSERT INTO participants (check_id, role, position) VALUES (?, ?, ?)",
                    (new_id, participant.role, position),
                ).lastrowid
            for answer in self.db.execute(
                "SELECT participant_id, question_id, value FROM answers WHERE check_id = ?",
                (check_id,),
            ).fetchall():
                if answer["participant_id"] in mapping:
                    self.db.execute(
                        "INSERT INTO answers (check_id, participant_id, question_id, value, answered)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (
                            new_id,
                            mapping[answer["participant_id"]],
                            answer["question_id"],
                            answer["value"],
                            stamp,
                        ),
                    )
            self.db.execute("COMMIT")
        except sqlite3.Error as error:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(_plain(error, self.path)) from error
        return new_id

    def list_checks(self, search: str = "") -> list[CheckSummary]:
        """Every check, newest first; ``search`` matches the client name or the date."""
        pattern = f"%{search.strip()}%"
        rows = self.db.execute(
            "SELECT c.*, (SELECT COUNT(*) FROM participants p WHERE p.check_id = c.id) AS people"
            " FROM checks c WHERE c.client LIKE ? OR c.created LIKE ? OR c.updated LIKE ?"
            " ORDER BY c.updated DESC, c.id DESC",
            (pattern, pattern, pattern),
        ).fetchall()
        return [
            CheckSummary(
                id=r["id"],
                client=r["client"],
                mode=r["mode"],
                language=r["language"],
                created=r["created"],
                updated=r["updated"],
                score=r["score"],
                stage=r["stage"],
                adoption_level=r["adoption_level"],
                participants=r["people"],
                follow_up_of=r["follow_up_of"],
            )
            for r in rows
        ]


def _plain(error: sqlite3.Error, path: Path) -> str:
    text = str(error)
    if "full" in text:
        return f"The disk is full: the last change could not be saved to {path}. Free some space and try again."
    if "readonly" in text or "read-only" in text:
        return f"The checks database {path} is read-only: the last change could not be saved."
    return f"The checks database {path} could not be updated ({text})."
