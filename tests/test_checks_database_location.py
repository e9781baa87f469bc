"""The checks database moves from the roaming to the local data folder once, losing nothing."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.ui import paths
from desktop_app.ui.paths import move_database


def crashed_database(path: Path, clients: list[str]) -> None:
    """A WAL database as a crash leaves it: the last answers only in the -wal file."""
    scratch = path.parent / "scratch"
    scratch.mkdir(parents=True)
    live = scratch / path.name
    db = sqlite3.connect(live, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("CREATE TABLE checks (client TEXT)")
    db.executemany("INSERT INTO checks VALUES (?)", [(client,) for client in clients])
    path.parent.mkdir(parents=True, exist_ok=True)
    for side in ("", "-wal", "-shm"):  # copied while open: the writes are still in the WAL
        shutil.copy2(f"{live}{side}", f"{path}{side}")
    db.close()
    shutil.rmtree(scratch)


def clients_in(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [row[0] for row in db.execute("SELECT client FROM checks ORDER BY rowid")]
    finally:
        db.close()


def test_database_and_its_wal_move_to_the_new_place(tmp_path):
    old, new = tmp_path / "roaming" / "checks.sqlite", tmp_path / "local" / "checks.sqlite"
    crashed_database(old, ["Gemeente Almere", "Bakkerij Jansen"])
    assert Path(f"{old}-wal").stat().st_size > 0

    assert move_database(old, new) == new
    assert clients_in(new) == ["Gemeente Almere", "Bakkerij Jansen"]
    assert not old.exists() and not Path(f"{old}-wal").exists()


def test_a_database_at_the_new_place_is_never_overwritten(tmp_path, caplog):
    old, new = tmp_path / "roaming" / "checks.sqlite", tmp_path / "local" / "checks.sqlite"
    crashed_database(old, ["Old client"])
    crashed_database(new, ["New client"])

    with caplog.at_level(logging.WARNING):
        assert move_database(old, new) == new
    assert clients_in(new) == ["New client"]
    assert clients_in(old) == ["Old client"]  # kept, not merged, not deleted
    assert str(old) in caplog.text and str(new) in caplog.text


def test_a_failed_move_keeps_the_old_place_in_use_and_leaves_no_half_copy(
    tmp_path, monkeypatch, caplog
):
    old, new = tmp_path / "roaming" / "checks.sqlite", tmp_path / "local" / "checks.sqlite"
    crashed_database(old, ["Gemeente Almere"])
    real_copy = shutil.copy2

    def copy_then_fail(source, target):
        if str(source) == str(old):  # the side files are copied; the main file fails
            raise OSError(28, "No space left on device")
        return real_copy(source, target)

    monkeypatch.setattr(paths.shutil, "copy2", copy_then_fail)
    with caplog.at_level(logging.WARNING):
        assert move_database(old, new) == old
    assert list(new.parent.iterdir()) == []
    assert clients_in(old) == ["Gemeente Almere"]
    assert "No space left" in caplog.text


def test_nothing_to_move_uses_the_new_place(tmp_path):
    old, new = tmp_path / "roaming" / "checks.sqlite", tmp_path / "local" / "checks.sqlite"
    assert move_database(old, new) == new
    assert not new.parent.exists() or list(new.parent.iterdir()) == []


@pytest.mark.usefixtures("qapp")
def test_checks_database_lives_in_the_local_data_folder():
    from PySide6.QtCore import QStandardPaths

    local = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert paths.checks_database() == Path(local) / "checks.sqlite"
