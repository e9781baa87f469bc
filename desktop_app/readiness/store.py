"""Saved checks in SQLite: every answer written as it is given, nothing ever overwritten.

The database lives in the user's data folder. It runs in WAL mode with full syncs, so an
answer that was saved survives the app or the laptop dying. Only a database that SQLite
itself calls damaged, or one written by a newer version of the app, is set aside (renamed
with a timestamp, never overwritten or deleted) and a fresh one started; ``moved_aside`` and
``set_aside()`` tell the caller where it went, and ``restore()`` brings its checks back.
Trouble is not damage: a locked database is waited for, a read-only folder or a full disk
opens the database read-only, and anything else raises a StoreError with the file untouched.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from . import database_file
from .answers import AnswerValue, CheckAnswers, Participant
from .database_file import SetAside
from .salvage import SalvagedCheck, read_checks
from .store_errors import StoreError, from_os, from_sqlite

__all__ = [
    "ORGANISATION",
    "SCHEMA_VERSION",
    "CheckStore",
    "CheckSummary",
    "SetAside",
    "StoreError",
    "StoredCheck",
]

SCHEMA_VERSION = 1
ORGANISATION = 0  # participant id of answers given for the organisation as a whole
BUSY_SECONDS = 5.0  # how long a database locked by another program is waited for

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

SUMMARY_NOT_SAVED = "only the score shown in the list was not updated; the answers are saved"


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
    """All saved checks of this user.

    ``read_only`` is True when the database could only be opened for reading (its folder or
    file cannot be written, or the disk is full: ``read_only_code`` says which, as a
    StoreError code). Reads then work and every write raises StoreError with that code,
    unless the database has become writable again by then.
    """

    def __init__(self, path: Path, *, busy_timeout: float = BUSY_SECONDS) -> None:
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self.moved_aside: Path | None = None
        self.moved_reason = ""
        self.read_only = False
        self.read_only_code = ""
        self.db = self._open()

    # -- opening, health and migrations ------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise from_os(error, self.path, "its folder cannot be made") from error
        if self.path.exists():
            # Kept before anything opens the database, so a set-aside copy is byte for byte.
            original_shm = database_file.read_bytes(database_file.sidecar(self.path, "-shm"))
            try:
                verdict = database_file.verdict(self.path, self.busy_timeout, SCHEMA_VERSION)
            except sqlite3.Error as error:
                raise from_sqlite(error, self.path) from error
            if verdict:
                self._set_aside(verdict, original_shm)
        if not self._can_write():
            why = "its folder or the file cannot be written"
            return self._open_read_only(StoreError("readonly", self.path, why))
        try:
            return self._open_writable()
        except StoreError as error:
            if error.code not in ("readonly", "full", "unreachable") or not self.path.is_file():
                raise
            # Not writable but perhaps readable (a full disk, permissions SQLite reports as
            # "cannot open", as Windows folders do): the checks can still be shown.
            then = StoreError("readonly", self.path) if error.code == "unreachable" else None
            return self._open_read_only(error, then)

    def _can_write(self) -> bool:
        folder_ok = os.access(self.path.parent, os.W_OK)
        return folder_ok and (not self.path.exists() or os.access(self.path, os.W_OK))

    def _set_aside(self, reason: str, original_shm: bytes | None) -> None:
        try:
            target = database_file.set_aside(self.path, reason, original_shm)
        except OSError as error:
            raise StoreError(
                reason,
                self.path,
                f"it could not be moved aside ({error.strerror or error}) and was not changed",
            ) from error
        self.moved_aside, self.moved_reason = target, reason

    def _open_writable(self) -> sqlite3.Connection:
        db = None
        try:
            db = sqlite3.connect(self.path, isolation_level=None, timeout=self.busy_timeout)
            db.row_factory = sqlite3.Row
            self._use_wal(db)
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            self._migrate(db)
        except (sqlite3.Error, StoreError) as error:
            if db is not None:
                db.close()
            if isinstance(error, StoreError):
                raise
            raise from_sqlite(error, self.path) from error
        self.read_only, self.read_only_code = False, ""
        return db

    def _use_wal(self, db: sqlite3.Connection) -> None:
        """Switch a new database to WAL, waiting while another app sets it up.

        SQLite answers "locked" at once, without its busy wait, when another connection
        holds the database while the journal mode changes: so the wait is done here.
        """
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                busy = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_BUSY
                if not busy or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def _open_read_only(
        self, because: StoreError, then: StoreError | None = None
    ) -> sqlite3.Connection:
        """Open for reading only; ``because`` is raised if even that fails, and ``then``
        (else ``because``) is what every write will raise."""
        try:
            db = database_file.connect_read_only(self.path, self.busy_timeout)
        except sqlite3.Error as error:
            raise because from error
        db.row_factory = sqlite3.Row
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as error:
            db.close()
            raise because from error
        if version != SCHEMA_VERSION:
            db.close()
            raise StoreError(because.code, self.path, "the database needs setting up first")
        self.read_only, self.read_only_code = True, (then or because).code
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        """Create or upgrade the schema in one transaction that only one process can run.

        The version is read again once the write lock is held: a second app starting at the
        same moment waits, then finds the work done.
        """
        if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError("newer", self.path, f"schema version {version}")
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        db.execute(statement)
            if version != SCHEMA_VERSION:
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                with suppress(sqlite3.Error):  # SQLite rolls back by itself when it cannot
                    db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    # -- reading and writing -------------------------------------------------------------
    def _ensure_writable(self) -> None:
        """In read-only mode, try once more to open for writing, else refuse."""
        if not self.read_only:
            return
        if self._can_write():
            try:
                db = self._open_writable()
            except StoreError:
                pass
            else:
                self.db.close()
                self.db = db
                return
        raise StoreError(self.read_only_code, self.path, "the database is open for reading only")

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is saved, or none of it and a StoreError is raised."""
        self._ensure_writable()
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
            yield db
            db.execute("COMMIT")
        except BaseException as error:
            if db.in_transaction:
                with suppress(sqlite3.Error):  # SQLite rolls back by itself when it cannot
                    db.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise from_sqlite(error, self.path) from error
            raise

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self.db
        except sqlite3.Error as error:
            raise from_sqlite(error, self.path) from error

    # -- checks -------------------------------------------------------------------------
    def create_check(
        self, client: str, mode: str, language: str, pack_id: str, roles: list[str]
    ) -> int:
        stamp = now()
        with self._writing() as db:
            check_id = db.execute(
                "INSERT INTO checks (client, mode, language, pack_id, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (client, mode, language, pack_id, stamp, stamp),
            ).lastrowid
            for position, role in enumerate(roles or [""]):
                db.execute(
                    "INSERT INTO participants (check_id, role, position) VALUES (?, ?, ?)",
                    (check_id, role, position),
                )
        return check_id

    def load_check(self, check_id: int) -> StoredCheck:
        with self._reading() as db:
            row = db.execute("SELECT * FROM checks WHERE id = ?", (check_id,)).fetchone()
            if row is None:
                raise self._missing(check_id)
            participants = [
                Participant(p["id"], p["role"])
                for p in db.execute(
                    "SELECT id, role FROM participants WHERE check_id = ? ORDER BY position, id",
                    (check_id,),
                )
            ]
            by_id = {p.id: p for p in participants}
            answers = CheckAnswers(mode=row["mode"], participants=participants)
            for answer in db.execute(
                "SELECT participant_id, question_id, value FROM answers WHERE check_id = ?",
                (check_id,),
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

    def _missing(self, check_id: int) -> StoreError:
        return StoreError("missing_check", self.path, f"check {check_id}")

    def _touch(self, db: sqlite3.Connection, check_id: int, stamp: str) -> None:
        """Mark the check changed; a check deleted meanwhile (elsewhere) is an error."""
        if db.execute("UPDATE checks SET updated = ? WHERE id = ?", (stamp, check_id)).rowcount:
            return
        raise self._missing(check_id)

    def save_answer(
        self, check_id: int, participant_id: int, question_id: str, value: AnswerValue
    ) -> None:
        """Write one answer at once, in its own transaction: it is saved when this returns."""
        stamp = now()
        with self._writing() as db:
            self._touch(db, check_id, stamp)
            db.execute(
                "INSERT INTO answers (check_id, participant_id, question_id, value, answered)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (check_id, participant_id, question_id)"
                " DO UPDATE SET value = excluded.value, answered = excluded.answered",
                (check_id, participant_id, question_id, _encode(value), stamp),
            )

    def clear_answer(self, check_id: int, participant_id: int, question_id: str) -> None:
        with self._writing() as db:
            self._touch(db, check_id, now())
            db.execute(
                "DELETE FROM answers WHERE check_id = ? AND participant_id = ? AND question_id = ?",
                (check_id, participant_id, question_id),
            )

    def save_summary(
        self, check_id: int, score: float | None, stage: str | None, level: str | None
    ) -> None:
        """The score and stage shown in the list (recomputed from the answers on open).

        Separate from the answers on purpose: when this fails the answers are still saved,
        and the error says so. An unchanged summary writes nothing.
        """
        try:
            with self._writing() as db:
                db.execute(
                    "UPDATE checks SET score = ?, stage = ?, adoption_level = ? WHERE id = ?"
                    " AND (score IS NOT ? OR stage IS NOT ? OR adoption_level IS NOT ?)",
                    (score, stage, level, check_id, score, stage, level),
                )
        except StoreError as error:
            raise StoreError(
                error.code, self.path, f"{SUMMARY_NOT_SAVED} ({error.detail})"
            ) from error

    def add_participant(self, check_id: int, role: str) -> int:
        with self._writing() as db:
            self._touch(db, check_id, now())
            position = db.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM participants WHERE check_id = ?",
                (check_id,),
            ).fetchone()[0]
            return db.execute(
                "INSERT INTO participants (check_id, role, position) VALUES (?, ?, ?)",
                (check_id, role, position),
            ).lastrowid

    def rename_participant(self, participant_id: int, role: str) -> None:
        with self._writing() as db:
            db.execute("UPDATE participants SET role = ? WHERE id = ?", (role, participant_id))

    def remove_participant(self, check_id: int, participant_id: int) -> None:
        with self._writing() as db:
            db.execute(
                "DELETE FROM answers WHERE check_id = ? AND participant_id = ?",
                (check_id, participant_id),
            )
            db.execute("DELETE FROM participants WHERE id = ?", (participant_id,))

    def rename(self, check_id: int, client: str) -> None:
        with self._writing() as db:
            self._touch(db, check_id, now())
            db.execute("UPDATE checks SET client = ? WHERE id = ?", (client, check_id))

    def set_mode(self, check_id: int, mode: str) -> None:
        with self._writing() as db:
            self._touch(db, check_id, now())
            db.execute("UPDATE checks SET mode = ? WHERE id = ?", (mode, check_id))

    def delete(self, check_id: int) -> None:
        with self._writing() as db:
            db.execute("DELETE FROM checks WHERE id = ?", (check_id,))

    def duplicate(self, check_id: int) -> int:
        """A follow-up check: same client and participants, the earlier answers to start from."""
        stamp = now()
        with self._writing() as db:
            if not db.execute("SELECT 1 FROM checks WHERE id = ?", (check_id,)).fetchone():
                raise self._missing(check_id)
            new_id = db.execute(
                "INSERT INTO checks (client, mode, language, pack_id, created, updated, follow_up_of,"
                " score, stage, adoption_level)"
                " SELECT client, mode, language, pack_id, ?, ?, id, score, stage, adoption_level"
                " FROM checks WHERE id = ?",
                (stamp, stamp, check_id),
            ).lastrowid
            mapping = {ORGANISATION: ORGANISATION}
            for position, person in enumerate(
                db.execute(
                    "SELECT id, role FROM participants WHERE check_id = ? ORDER BY position, id",
                    (check_id,),
                ).fetchall()
            ):
                mapping[person["id"]] = db.execute(
                    "INSERT INTO participants (check_id, role, position) VALUES (?, ?, ?)",
                    (new_id, person["role"], position),
                ).lastrowid
            for answer in db.execute(
                "SELECT participant_id, question_id, value FROM answers WHERE check_id = ?",
                (check_id,),
            ).fetchall():
                if answer["participant_id"] in mapping:
                    db.execute(
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
        return new_id

    def list_checks(self, search: str = "") -> list[CheckSummary]:
        """Every check, newest first; ``search`` matches the client name or the date."""
        pattern = f"%{search.strip()}%"
        with self._reading() as db:
            rows = db.execute(
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

    # -- databases set aside ---------------------------------------------------------------
    def set_aside(self) -> list[SetAside]:
        """Every database set aside next to this one and not restored, newest first.

        Found from the files themselves, so every later start still says where they are.
        """
        return database_file.list_set_aside(self.path)

    def restore(self, path: Path) -> int:
        """Bring the readable checks of a set-aside database back into this one.

        They come back with new ids, in one transaction; then the set-aside file is renamed
        to ``….restored.sqlite`` (kept, never deleted) so it is no longer offered. A check
        that is already here (same client, pack and creation time: an earlier restore) is
        not added twice. Returns how many of the file's checks are now in the list.
        """
        path = Path(path)
        if path.resolve() == self.path.resolve():
            raise StoreError("other", path, "this is the database in use, not a set-aside one")
        self._ensure_writable()
        salvaged = read_checks(path, SCHEMA_VERSION)
        with self._writing() as db:
            count = _import(db, salvaged)
        with suppress(OSError):  # else still offered next time; restoring again adds nothing twice
            database_file.mark_restored(path)
        return count


def _import(db: sqlite3.Connection, salvaged: list[SalvagedCheck]) -> int:
    here = {
        (r["client"], r["pack_id"], r["created"]): r["id"]
        for r in db.execute("SELECT id, client, pack_id, created FROM checks")
    }
    new_ids: dict[int, int] = {}
    for check in salvaged:
        row = check.row
        key = (row["client"], row["pack_id"], row["created"])
        if key in here:
            new_ids[row["id"]] = here[key]
            continue
        new_id = db.execute(
            "INSERT INTO checks (client, mode, language, pack_id, created, updated, score, stage,"
            " adoption_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            tuple(
                row[c]
                for c in (
                    "client",
                    "mode",
                    "language",
                    "pack_id",
                    "created",
                    "updated",
                    "score",
                    "stage",
                    "adoption_level",
                )
            ),
        ).lastrowid
        new_ids[row["id"]] = here[key] = new_id
        people = {ORGANISATION: ORGANISATION}
        for person in check.participants:
            people[person["id"]] = db.execute(
                "INSERT INTO participants (check_id, role, position) VALUES (?, ?, ?)",
                (new_id, person["role"], person["position"]),
            ).lastrowid
        for answer in check.answers:
            db.execute(
                "INSERT OR REPLACE INTO answers"
                " (check_id, participant_id, question_id, value, answered) VALUES (?, ?, ?, ?, ?)",
                (
                    new_id,
                    people[answer["participant_id"]],
                    answer["question_id"],
                    answer["value"],
                    answer["answered"],
                ),
            )
    for check in salvaged:
        earlier = check.row["follow_up_of"]
        if earlier in new_ids and new_ids[earlier] != new_ids[check.row["id"]]:
            db.execute(
                "UPDATE checks SET follow_up_of = ? WHERE id = ? AND follow_up_of IS NULL",
                (new_ids[earlier], new_ids[check.row["id"]]),
            )
    return len(new_ids)
