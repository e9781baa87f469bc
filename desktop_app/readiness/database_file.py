"""The checks database as a file: a health check that writes nothing, and setting aside.

SQLite keeps the latest changes in a ``-wal`` file beside the database and folds them into
the database when a writing connection closes. A database that may be damaged must not be
changed by looking at it, so the health check opens it read-only; a damaged one is set aside
by renaming it together with its ``-wal`` and ``-shm`` (a rename keeps every byte) and is
never copied over, rewritten or deleted.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .store_errors import is_damage

SIDECARS = ("-wal", "-shm")
WAL_HEADER_BYTES = 32
STAMP = "%Y%m%d-%H%M%S"
REASONS = ("corrupt", "newer")


@dataclass(frozen=True)
class SetAside:
    """A database moved aside next to the live one, not yet restored."""

    path: Path
    reason: str  # "corrupt" or "newer"
    when: datetime  # local time it was moved aside


def sidecar(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


def wal_has_frames(path: Path) -> bool:
    """Whether the -wal may hold changes that are not yet in the database file itself."""
    wal = sidecar(path, "-wal")
    try:
        return wal.stat().st_size > WAL_HEADER_BYTES
    except FileNotFoundError:
        return False


def connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection that can write neither the database nor its WAL.

    Reading a WAL database needs a ``-shm`` file; where none can be made (a read-only folder,
    a full disk) and the WAL holds nothing, the database file alone is the whole truth and is
    read as immutable. With changes in the WAL that would show old data, so it is refused.
    """
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    try:
        return _probe(sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None))
    except sqlite3.Error as error:
        primary = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        cannot_share = primary in (
            sqlite3.SQLITE_CANTOPEN,
            sqlite3.SQLITE_IOERR,
            sqlite3.SQLITE_READONLY,
        )
        if not cannot_share or wal_has_frames(path):
            raise
    return _probe(
        sqlite3.connect(uri + "&immutable=1", uri=True, timeout=timeout, isolation_level=None)
    )


def _probe(db: sqlite3.Connection) -> sqlite3.Connection:
    """Opening is lazy in SQLite: the first read shows whether the file can be used."""
    try:
        db.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error:
        db.close()
        raise
    return db


def verdict(path: Path, timeout: float, newest_version: int) -> str:
    """'corrupt', 'newer', or '' for a healthy database; other trouble raises sqlite3.Error.

    Only SQLite's own word counts as damage (the integrity check, "file is not a database",
    "malformed"): a lock, a full disk or a read-only folder is trouble, not damage.
    """
    try:
        db = connect_read_only(path, timeout)
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] > newest_version:
                return "newer"
            result = [tuple(row) for row in db.execute("PRAGMA quick_check").fetchall()]
            if result != [("ok",)]:
                return "corrupt"
        finally:
            db.close()
    except sqlite3.Error as error:
        if is_damage(error):
            return "corrupt"
        raise
    return ""


def read_bytes(path: Path) -> bytes | None:
    """A file's bytes, or None when it is not there or cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def set_aside(path: Path, reason: str, original_shm: bytes | None = None) -> Path:
    """Rename the database and its -wal and -shm to a timestamped name next to it.

    The -wal and -shm go first: a -wal left under the live name would be applied to the new
    database. On failure every rename done so far is undone and the OSError raised.
    ``original_shm`` is the -shm as it was before the health check looked at the database.
    """
    stamp = datetime.now().strftime(STAMP)
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    counter = 1
    while any(p.exists() for p in (target, *(sidecar(target, s) for s in SIDECARS))):
        counter += 1
        target = path.with_name(f"{path.stem}.{reason}-{stamp}-{counter}{path.suffix}")
    _rename_together(path, target)
    if original_shm is not None:
        # The -shm is an index SQLite rebuilds from the WAL: the data is in the other two.
        with contextlib.suppress(OSError):
            sidecar(target, "-shm").write_bytes(original_shm)
    return target


def mark_restored(path: Path) -> Path:
    """Rename a set-aside database so that it is no longer offered; it is never deleted."""
    target = path.with_name(f"{path.stem}.restored{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.restored-{counter}{path.suffix}")
    _rename_together(path, target)
    return target


def _rename_together(path: Path, target: Path) -> None:
    done: list[tuple[Path, Path]] = []
    try:
        for suffix in SIDECARS:
            if sidecar(path, suffix).exists():
                os.rename(sidecar(path, suffix), sidecar(target, suffix))
                done.append((sidecar(path, suffix), sidecar(target, suffix)))
        os.rename(path, target)
    except OSError:
        for source, moved in reversed(done):
            with contextlib.suppress(OSError):
                os.rename(moved, source)
        raise


def list_set_aside(path: Path) -> list[SetAside]:
    """Every database set aside next to ``path`` and not restored, newest first."""
    pattern = re.compile(
        rf"^{re.escape(path.stem)}\.({'|'.join(REASONS)})-(\d{{8}}-\d{{6}})(?:-\d+)?"
        rf"{re.escape(path.suffix)}$"
    )
    found = []
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            when = datetime.strptime(match.group(2), STAMP)
        except ValueError:
            continue
        found.append(SetAside(entry, match.group(1), when))
    return sorted(found, key=lambda item: (item.when, item.path.name), reverse=True)
