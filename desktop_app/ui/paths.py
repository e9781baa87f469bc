"""The user's folders, found the Qt way (QStandardPaths), created on first use."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QStandardPaths

log = logging.getLogger(__name__)

# SQLite keeps a database's recent writes in these files beside it until they are merged.
SQLITE_SIDE_FILES = ("-wal", "-shm")


def _location(kind: QStandardPaths.StandardLocation) -> Path:
    path = Path(QStandardPaths.writableLocation(kind))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_folder() -> Path:
    """Where the log file goes: the per-user state folder (Qt 6.7+), else app data."""
    kind = getattr(QStandardPaths.StandardLocation, "StateLocation", None)
    base = _location(kind or QStandardPaths.StandardLocation.AppLocalDataLocation)
    folder = base / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_folder() -> Path:
    return _location(QStandardPaths.StandardLocation.AppDataLocation)


def default_export_folder() -> Path:
    path = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return Path(path) if path else Path.home()


def documents_folder() -> Path:
    path = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(path) if path else Path.home()


def checks_database() -> Path:
    """The SQLite file of saved readiness checks, in the user's local (non-roaming) data folder.

    Not the roaming folder: IT often redirects that to a network share, where SQLite's WAL
    mode does not work. Versions up to 0.1 kept it there; it is moved on first use.
    """
    roaming = data_folder() / "checks.sqlite"
    local = _location(QStandardPaths.StandardLocation.AppLocalDataLocation) / "checks.sqlite"
    return move_database(roaming, local)


def move_database(old: Path, new: Path) -> Path:
    """Move a SQLite database and its -wal/-shm files from ``old`` to ``new`` once.

    Returns the path to use. Nothing is ever overwritten or lost: when a database already
    exists at ``new``, both stay where they are and the log says so; when the move fails
    half-way, what was copied is removed again and the old place stays in use.
    """
    if old == new or not _database_files(old):
        return new
    if _database_files(new):
        log.warning(
            "Two checks databases: %s is used; the older one at %s was left untouched "
            "(open it with any SQLite tool to recover checks from it).",
            new,
            old,
        )
        return new
    pairs = [(Path(f"{old}{side}"), Path(f"{new}{side}")) for side in ("", *SQLITE_SIDE_FILES)]
    pairs = [(source, target) for source, target in pairs if source.exists()]
    copied: list[Path] = []
    try:
        new.parent.mkdir(parents=True, exist_ok=True)
        # Side files first: a database file at the new place is what marks the move done.
        for source, target in reversed(pairs):
            shutil.copy2(source, target)
            copied.append(target)
    except OSError as error:
        for target in copied:
            target.unlink(missing_ok=True)
        log.warning(
            "Checks database not moved from %s to %s (%s); using it where it is.", old, new, error
        )
        return old
    for source, _target in pairs:
        try:
            source.unlink()
        except OSError as error:  # the copy is complete; a leftover only takes space
            log.warning("Could not remove %s after moving it: %s", source, error)
    log.info("Checks database moved from %s to %s.", old, new)
    return new


def _database_files(path: Path) -> list[Path]:
    """The files that make up the database at ``path`` (a -wal alone holds data too)."""
    candidates = [path, *(Path(f"{path}{side}") for side in SQLITE_SIDE_FILES)]
    return [candidate for candidate in candidates if candidate.exists()]
