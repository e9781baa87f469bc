"""The compiled Dutch interface is there however the app is installed.

The .qm is committed (a clone, `make run`, the PyInstaller spec's glob) and travels in the
wheel as data; these tests fail when it is missing, stale, or left out of the wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from .conftest import ROOT

TS = ROOT / "resources" / "translations" / "desktop_app_nl.ts"
QM = TS.with_suffix(".qm")


def test_the_compiled_dutch_interface_is_committed():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", str(QM.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
    )
    assert tracked.returncode == 0, f"{QM.name} is not committed: a fresh clone has no Dutch"


def test_the_compiled_catalogue_matches_its_source(tmp_path):
    fresh = tmp_path / "fresh.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert QM.read_bytes() == fresh.read_bytes(), "run make translations and commit the .qm"
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("WindowActions", "&File") == "&Bestand"


def test_a_wheel_carries_the_dutch_interface(tmp_path):
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
        + ["--no-index", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.endswith("/share/desktop-app/translations/desktop_app_nl.qm") for n in names)
