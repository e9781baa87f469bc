"""Why the checks database could not be used, as one code per kind of trouble.

The shell words its message by ``code``; ``str(error)`` is a plain English sentence for the
log. Only "corrupt" and "newer" ever lead the store to set a database aside: every other code
means the file was left exactly as it was, so the message can say the saved checks are safe.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

CODES = ("full", "readonly", "locked", "unreachable", "corrupt", "newer", "missing_check", "other")

# Below this much free space an I/O error is taken to be a full disk: SQLite reports a
# shared-memory file that cannot grow as an I/O error, not as SQLITE_FULL.
NEARLY_FULL_BYTES = 1024 * 1024

_SENTENCES = {
    "full": "The disk is full: the checks database {path} cannot grow. Free some space and try"
    " again; the saved checks are safe.",
    "readonly": "The checks database {path} cannot be written (read-only). The saved checks are"
    " safe and can still be read, but changes cannot be saved.",
    "locked": "The checks database {path} is locked by another program. Try again in a moment;"
    " the saved checks are safe.",
    "unreachable": "The checks database {path} cannot be reached. The saved checks are safe but"
    " cannot be read now.",
    "corrupt": "The checks database {path} is damaged.",
    "newer": "The checks database {path} was made by a newer version of this app.",
    "missing_check": "The check no longer exists in {path}.",
    "other": "The checks database {path} could not be used.",
}


class StoreError(Exception):
    """A plain-language reason why saving or reading failed; the data stays as it was."""

    def __init__(self, code: str, path: Path | str, detail: str = "") -> None:
        if code not in CODES:
            raise ValueError(f"unknown store error code {code!r}")
        self.code = code
        self.path = Path(path)
        self.detail = detail
        sentence = _SENTENCES[code].format(path=self.path)
        super().__init__(f"{sentence} ({detail})" if detail else sentence)

    def __reduce__(self):
        return (type(self), (self.code, self.path, self.detail))


def is_damage(error: sqlite3.Error) -> bool:
    """True only when SQLite itself says the file is damaged or is not a database at all."""
    primary = _primary(error)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return True
    text = str(error).lower()
    return primary is None and ("malformed" in text or "not a database" in text)


def from_sqlite(error: sqlite3.Error, path: Path, detail: str = "") -> StoreError:
    """The StoreError for an SQLite failure on the database at ``path``."""
    primary = _primary(error)
    if is_damage(error):
        code = "corrupt"
    elif getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
        code = "missing_check"
    elif primary == sqlite3.SQLITE_FULL:
        code = "full"
    elif primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        code = "readonly"
    elif primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        code = "locked"
    elif primary == sqlite3.SQLITE_CANTOPEN:
        code = "unreachable" if folder_writable(path) else "readonly"
    elif primary == sqlite3.SQLITE_IOERR:
        code = "full" if disk_nearly_full(path) else "unreachable"
    else:
        code = "other"
    said = str(error)
    name = getattr(error, "sqlite_errorname", "")
    if name:
        said = f"{said}, {name}"
    return StoreError(code, path, f"{detail}: {said}" if detail else said)


def from_os(error: OSError, path: Path, detail: str = "") -> StoreError:
    """The StoreError for a file-system failure on the database at ``path``."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        code = "full"
    elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        code = "readonly"
    else:
        code = "unreachable"
    said = error.strerror or str(error)
    return StoreError(code, path, f"{detail}: {said}" if detail else said)


def folder_writable(path: Path) -> bool:
    """Whether new files can be made beside ``path`` (the -wal and -shm need that)."""
    return os.access(path.parent, os.W_OK)


def disk_nearly_full(path: Path) -> bool:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _primary(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF
