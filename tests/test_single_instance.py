"""One app per profile: a second launch brings the first forward; a crash never blocks a start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.ui.single_instance import LOCK_NAME, claim

ROOT = Path(__file__).resolve().parent.parent

# A launch of the app, as far as the single-instance rule goes; prints what became of it.
LAUNCH = f"""
import sys, time
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from desktop_app.ui.single_instance import claim
stay = "--stay" in sys.argv
instance = claim(Path(sys.argv[1]), [a for a in sys.argv[2:] if a != "--stay"], answer_seconds=30)
print("running" if instance is not None else "refused", flush=True)
if instance is not None and stay:
    time.sleep(600)
"""


def launch(folder: Path, *arguments: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", LAUNCH, str(folder), *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> str:
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    return out.strip()


@pytest.fixture
def running(tmp_path):
    """This test process as the app running on the profile in ``tmp_path``."""
    instance = claim(tmp_path)
    assert instance is not None and instance.holds_lock
    yield instance
    instance.release()


def test_a_second_launch_brings_the_first_forward_and_exits(qtbot, tmp_path, running):
    with qtbot.waitSignal(running.activationRequested, timeout=30_000) as asked:
        second = launch(tmp_path, "--new-check")
    assert asked.args == [["--new-check"]]
    assert finish(second) == "refused"


def test_another_profile_runs_its_own_app(tmp_path, running):
    assert finish(launch(tmp_path / "other-profile")) == "running"


def test_a_released_profile_lets_the_next_launch_run(tmp_path):
    first = claim(tmp_path)
    first.release()
    assert finish(launch(tmp_path)) == "running"


def test_an_app_killed_with_kill_minus_9_does_not_block_the_next_start(qtbot, tmp_path):
    crashed = launch(tmp_path, "--stay")
    assert crashed.stdout.readline().strip() == "running"
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.wait()
    crashed.stdout.close()
    crashed.stderr.close()
    assert (tmp_path / LOCK_NAME).exists(), "the crash should leave its lock behind"

    instance = claim(tmp_path)  # the next start
    assert instance is not None and instance.holds_lock
    try:
        with qtbot.waitSignal(instance.activationRequested, timeout=30_000):
            third = launch(tmp_path)
        assert finish(third) == "refused"
    finally:
        instance.release()


def test_a_lock_file_left_half_written_does_not_block_for_ever(tmp_path):
    lock = tmp_path / LOCK_NAME
    lock.write_bytes(b"")  # the app died between making the lock file and writing its id
    an_hour_ago = time.time() - 3600
    os.utime(lock, (an_hour_ago, an_hour_ago))
    instance = claim(tmp_path)
    assert instance is not None and instance.holds_lock
    instance.release()


def test_a_running_app_that_does_not_answer_still_keeps_the_second_out(tmp_path):
    busy = launch(tmp_path, "--stay")  # holds the lock but runs no event loop
    try:
        assert busy.stdout.readline().strip() == "running"
        assert claim(tmp_path, answer_seconds=0.2) is None
    finally:
        busy.kill()
        busy.communicate()
