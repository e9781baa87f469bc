"""The user's folders, found the Qt way (QStandardPaths), created on first use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


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
    """The SQLite file of saved readiness checks, in the user's data folder."""
    return data_folder() / "checks.sqlite"
