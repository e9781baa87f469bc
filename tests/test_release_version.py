"""The release's version in the forms Windows and macOS metadata accept (packaging/)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
from release_version import VersionError, macos_version, windows_version  # noqa: E402

IN_RELEASE_ORDER = [
    "0.2.0.dev3",
    "0.2.0a1",
    "0.2.0b2",
    "0.2.0rc1",
    "0.2.0rc2",
    "0.2.0",
    "0.2.0.post1",
    "0.2.1",
]


def test_pre_releases_get_four_numbers_that_sort_before_the_release():
    numbers = [windows_version(version) for version in IN_RELEASE_ORDER]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    assert all(len(four) == 4 and max(four) <= 65535 for four in numbers)
    assert windows_version("0.2.0rc1")[:3] == (0, 2, 0)


def test_macos_gets_the_three_release_numbers():
    assert macos_version("0.2.0rc1") == "0.2.0"
    assert macos_version("1.4") == "1.4.0"


@pytest.mark.parametrize("version", ["0.2.0+local", "1.2.3.4", "70000.1.0", "0.2.0rc1000", "v0.2"])
def test_versions_a_platform_would_reject_stop_the_build(version):
    with pytest.raises(VersionError):
        windows_version(version)


def test_the_project_version_has_a_windows_form():
    completed = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "release_version.py"), "--windows"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert completed.stdout.count(".") == 3
