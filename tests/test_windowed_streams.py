"""The command line without standard streams, as the windowed Windows build starts it."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop_app.stdio import ensure_standard_streams

from .conftest import ROOT


def run_without_streams(tmp_path, *args: str) -> int:
    """Run ``python -m desktop_app`` with stdout and stderr closed: Python makes them None."""
    command = " ".join([sys.executable, "-m", "desktop_app", *args])
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    completed = subprocess.run(
        ["sh", "-c", f"exec {command} >&- 2>&-"], cwd=ROOT, env=environment, timeout=60
    )
    return completed.returncode


def test_an_error_message_without_streams_exits_with_its_own_code(tmp_path):
    # An unknown chapter is reported on stderr and exits 2; without the guard, writing to
    # a missing stderr raised AttributeError and the process died with 1 instead.
    shot = tmp_path / "shot.png"
    assert run_without_streams(tmp_path, "--screenshot", str(shot), "--chapter", "nope") == 2


def test_version_and_check_without_streams_exit_cleanly(tmp_path):
    assert run_without_streams(tmp_path, "--version") == 0
    assert run_without_streams(tmp_path, "--check", str(tmp_path / "no-such-pack")) == 1


def test_missing_streams_become_writable_and_present_ones_stay(monkeypatch):
    original_stdout = sys.stdout
    monkeypatch.setattr(sys, "stderr", None)
    ensure_standard_streams()
    try:
        assert sys.stdout is original_stdout
        sys.stderr.write("a message nobody sees must not crash the app\n")
    finally:
        sys.stderr.close()
