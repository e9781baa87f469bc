"""The command line: --check exit codes and output, --screenshot, bad arguments."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from desktop_app.__main__ import main

from .conftest import BUNDLED, ROOT


def test_check_clean_pack_exits_0(capsys):
    assert main(["--check", str(BUNDLED)]) == 0
    assert "no problems" in capsys.readouterr().out


def test_check_broken_pack_prints_each_problem_and_exits_1(pack_copy, capsys):
    (pack_copy / "chapters" / "nl" / "intro.md").unlink()
    figures = pack_copy / "figures.csv"
    figures.write_text(
        figures.read_text(encoding="utf-8").replace(",59,percent,", ",x,percent,"), "utf-8"
    )
    assert main(["--check", str(pack_copy)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    for line in lines:
        path, number, message = line.split(":", 2)
        assert path.startswith(str(pack_copy)) and number.isdigit() and message.strip()


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_python_dash_m_check_exit_codes(pack_copy):
    assert run_cli("--check", str(BUNDLED)).returncode == 0
    (pack_copy / "charts.toml").write_text("[[chart]\n", encoding="utf-8")
    result = run_cli("--check", str(pack_copy))
    assert result.returncode == 1
    assert f"{pack_copy}/charts.toml:1: not valid TOML" in result.stdout


def test_screenshot_renders_1600_by_1000(tmp_path):
    target = tmp_path / "shot.png"
    result = run_cli("--screenshot", str(target), "--chapter", "obstacles", "--lang", "en")
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1600, 1000)
    # Not a blank image: the chart bars' colours are there.
    colours = {image.pixelColor(x, y).name() for x in range(0, 1600, 7) for y in range(0, 1000, 7)}
    assert "#0072b2" in colours and "#e69f00" in colours


def test_unknown_chapter_is_refused_with_the_valid_ids(tmp_path):
    result = run_cli("--screenshot", str(tmp_path / "x.png"), "--chapter", "nope")
    assert result.returncode == 2
    assert "unknown chapter 'nope'" in result.stderr and "obstacles" in result.stderr


def test_a_language_the_pack_lacks_is_refused_with_the_list(tmp_path):
    result = run_cli("--screenshot", str(tmp_path / "x.png"), "--lang", "de")
    assert result.returncode == 2
    assert "the pack has no language 'de'; choose one of: nl, en" in result.stderr


def test_screenshot_of_a_broken_pack_prints_its_problems_and_never_waits(pack_copy, tmp_path):
    """Regression: --pack BROKEN --screenshot FILE waited forever on a modal dialog."""
    (pack_copy / "figures.csv").write_text("figure_id,item_id\n", encoding="utf-8")
    target = tmp_path / "x.png"
    result = run_cli("--pack", str(pack_copy), "--screenshot", str(target))
    assert result.returncode == 1
    assert f"{pack_copy}/figures.csv:1: missing column(s)" in result.stderr
    assert not target.exists()


def test_smoke_test_passes_offline(tmp_path):
    """The installed-copy check, run from source with networking cut off where possible."""
    import shutil

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "s"),
    }
    command = [sys.executable, "-m", "desktop_app", "--smoke-test"]
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        command = [unshare, "-n", *command]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout


def test_smoke_test_names_the_failing_step(tmp_path):
    broken = tmp_path / "pack"
    broken.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESKTOP_APP_PACK": str(broken),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--smoke-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 1
    assert "SMOKE TEST FAILED at step: load the bundled report pack" in result.stderr


def test_export_checks_writes_every_saved_check_for_a_backup(tmp_path):
    """--export-checks FILE: every saved check, hostile names as text, no window, exit 0."""
    import csv

    home = tmp_path / "home"
    env = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    script = (
        "from desktop_app.ui.app import create_application\n"
        "from desktop_app.ui.paths import checks_database\n"
        "from desktop_app.readiness.store import CheckStore\n"
        "create_application([])\n"
        "store = CheckStore(checks_database())\n"
        "store.create_check('=HYPERLINK(\"http://x\",\"y\")', 'quick', 'nl', 'p', ['CEO'])\n"
        "store.create_check('Acme', 'quick', 'nl', 'p', ['CEO'])\n"
        "store.close()\n"
    )
    made = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    target = tmp_path / "backup.csv"
    result = run_cli("--export-checks", str(target), **env)
    assert result.returncode == 0, result.stderr
    assert "2 checks written" in result.stdout
    with open(target, encoding="utf-8-sig", newline="") as handle:
        clients = {row["client"] for row in csv.DictReader(handle)}
    assert clients == {'\'=HYPERLINK("http://x","y")', "Acme"}  # text, never a formula
    wrong = run_cli("--export-checks", str(tmp_path / "backup.txt"), **env)
    assert wrong.returncode == 2 and ".csv or .xlsx" in wrong.stderr
