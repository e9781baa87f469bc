"""What can still be read from a set-aside checks database, to bring its checks back.

The set-aside file is copied first and only the copy is opened: reading a database folds
its WAL in, and the set-aside file must stay exactly as it was. A damaged database may fail
halfway through a table, so rows are read until the damage and then from the other end, and
every value is checked before it is taken: garbage is left behind, never imported.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .database_file import sidecar
from .store_errors import StoreError, from_os, is_damage

MAX_LOOKUPS = 10_000  # keys looked up one by one around a damaged page

CHECK_COLUMNS = (
    "id",
    "client",
    "mode",
    "language",
    "pack_id",
    "created",
    "updated",
    "follow_up_of",
    "score",
    "stage",
    "adoption_level",
)


@dataclass
class SalvagedCheck:
    """One readable check: its row, its participants and its answers, with the old ids."""

    row: dict
    participants: list[dict] = field(default_factory=list)
    answers: list[dict] = field(default_factory=list)


def read_checks(path: Path, schema_version: int) -> list[SalvagedCheck]:
    """Every readable check of the database at ``path``, which is left untouched.

    Raises StoreError "corrupt" when not even the list of checks can be read ("newer" when
    the file is a later version's and its checks are not where this version looks).
    """
    if not path.is_file():
        raise StoreError("unreachable", path, "the set-aside database is not there")
    with tempfile.TemporaryDirectory(prefix="checks-restore-") as scratch:
        copy = Path(scratch) / "copy.sqlite"
        try:
            shutil.copyfile(path, copy)
            if sidecar(path, "-wal").exists():
                shutil.copyfile(sidecar(path, "-wal"), sidecar(copy, "-wal"))
        except OSError as error:
            raise from_os(error, path, "the set-aside database could not be copied") from error
        db = sqlite3.connect(copy, isolation_level=None)
        try:
            return _read(db, path, schema_version)
        finally:
            db.close()


def _read(db: sqlite3.Connection, path: Path, schema_version: int) -> list[SalvagedCheck]:
    columns = ", ".join(CHECK_COLUMNS)
    rows, error = _rows_both_ways(db, f"SELECT {columns} FROM checks WHERE 1", "id", ())
    if error is not None and not rows:
        raise StoreError(_why_unreadable(db, error, schema_version), path, str(error))
    checks = []
    for row in rows:
        check = dict(zip(CHECK_COLUMNS, row, strict=True))
        if not _valid_check(check):
            continue
        people, _ = _rows_both_ways(
            db, "SELECT id, role, position FROM participants WHERE check_id = ?", "id", (row[0],)
        )
        participants = [
            {"id": p[0], "role": p[1], "position": p[2]}
            for p in people
            if isinstance(p[0], int) and isinstance(p[1], str) and isinstance(p[2], int)
        ]
        known = {0} | {p["id"] for p in participants}
        given, _ = _rows_both_ways(
            db,
            "SELECT rowid, participant_id, question_id, value, answered FROM answers"
            " WHERE check_id = ?",
            "rowid",
            (row[0],),
        )
        answers = [
            {"participant_id": a[1], "question_id": a[2], "value": a[3], "answered": a[4]}
            for a in given
            if a[1] in known
            and isinstance(a[2], str)
            and _answer_value(a[3])
            and isinstance(a[4], str)
        ]
        checks.append(SalvagedCheck(check, participants, answers))
    return checks


def _rows_both_ways(
    db: sqlite3.Connection, sql: str, key: str, parameters: tuple
) -> tuple[list[tuple], sqlite3.Error | None]:
    """Rows (``key`` first) in key order up to any damage, then from the other end.

    Returns them in key order with the first error seen, if any. ``sql`` ends in a WHERE
    clause, so that single keys can be looked up after it.
    """
    found: dict[int, tuple] = {}
    ends: dict[str, int] = {}
    first_error = None
    for direction in ("ASC", "DESC"):
        try:
            for row in db.execute(f"{sql} ORDER BY {key} {direction}", parameters):
                if row[0] in found:
                    break
                found[row[0]], ends[direction] = row, row[0]
        except sqlite3.Error as error:
            first_error = first_error or error
        if first_error is None:
            break
    if first_error is not None and found:
        # A row next to the damage can be lost with it when read in a scan (the scan reads
        # ahead): look the keys between both ends up one by one.
        low = ends.get("ASC", min(found) - 1)
        high = ends.get("DESC", max(found) + 1)
        for missing in range(low + 1, min(high, low + 1 + MAX_LOOKUPS)):
            try:
                row = db.execute(f"{sql} AND {key} = ?", (*parameters, missing)).fetchone()
            except sqlite3.Error:
                continue
            if row is not None:
                found[row[0]] = row
    return [found[k] for k in sorted(found)], first_error


def _why_unreadable(db: sqlite3.Connection, error: sqlite3.Error, schema_version: int) -> str:
    if is_damage(error):
        return "corrupt"
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        return "corrupt"
    return "newer" if version > schema_version else "corrupt"


def _valid_check(check: dict) -> bool:
    texts = ("client", "mode", "language", "pack_id", "created", "updated")
    optional_texts = ("stage", "adoption_level")
    return (
        isinstance(check["id"], int)
        and all(isinstance(check[name], str) for name in texts)
        and all(check[name] is None or isinstance(check[name], str) for name in optional_texts)
        and (check["score"] is None or isinstance(check["score"], int | float))
        and (check["follow_up_of"] is None or isinstance(check["follow_up_of"], int))
    )


def _answer_value(text) -> bool:
    """Whether ``text`` holds an answer as the store writes them: a number, a text, or texts."""
    if not isinstance(text, str):
        return False
    try:
        value = json.loads(text)
    except ValueError:
        return False
    if isinstance(value, list):
        return all(isinstance(item, str) for item in value)
    return isinstance(value, int | float | str)
