"""The release's version in the forms each platform's metadata accepts.

pyproject.toml holds the one version, as Python spells it (0.2.0, 0.2.0rc1). Windows
version resources and Inno Setup's VersionInfoVersion take four numbers of at most 65535
and reject "0.2.0rc1"; macOS' CFBundleShortVersionString takes three numbers. This module
derives those forms, so that a pre-release is still ordered before its final release:

    0.2.0.dev3 -> 0.2.0.3      0.2.0a1 -> 0.2.0.1001    0.2.0b2 -> 0.2.0.2002
    0.2.0rc1   -> 0.2.0.3001   0.2.0   -> 0.2.0.4000    0.2.0.post1 -> 0.2.0.4001

Usage: python packaging/release_version.py [--windows | --macos]  (no option: the version)
A version outside this scheme (a local "+abc" part, a fourth release number) stops the
build with a message, rather than producing metadata a platform rejects at install time.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATTERN = re.compile(
    r"(?P<release>\d+(?:\.\d+){0,2})"
    r"(?:(?P<pre>a|b|rc)(?P<pre_number>\d+))?"
    r"(?:\.post(?P<post>\d+))?"
    r"(?:\.dev(?P<dev>\d+))?"
)
STAGE_BASE = {"dev": 0, "a": 1000, "b": 2000, "rc": 3000, "final": 4000}
# The oldest macOS the .app runs on (its LSMinimumSystemVersion): the highest minimum among
# the wheels the arm64 build machine installs, NumPy's arm64 wheels for macOS 14 (they use
# Apple's Accelerate). packaging/release-checks/locks_and_wheels.py checks it against the
# lock file and the workflow's runner; the README states it.
MACOS_MINIMUM = "14.0"


class VersionError(ValueError):
    pass


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]["version"]


def _parts(version: str) -> tuple[list[int], int]:
    match = PATTERN.fullmatch(version)
    if match is None:
        raise VersionError(
            f"version {version!r} does not fit the release scheme (X.Y.Z with an optional "
            "aN, bN, rcN, .postN or .devN; packaging/release_version.py)"
        )
    release = [int(number) for number in match["release"].split(".")]
    release += [0] * (3 - len(release))
    if match["pre"]:
        stage, number = match["pre"], int(match["pre_number"])
    elif match["post"]:
        stage, number = "final", int(match["post"])
    elif match["dev"]:
        stage, number = "dev", int(match["dev"])
    else:
        stage, number = "final", 0
    if number >= 1000:
        raise VersionError(f"version {version!r}: pre-release or post number over 999")
    return release, STAGE_BASE[stage] + number


def windows_version(version: str) -> tuple[int, int, int, int]:
    """Four numbers, each at most 65535, that sort like the Python versions they come from."""
    release, build = _parts(version)
    numbers = (*release, build)
    if any(number > 65535 for number in numbers):
        raise VersionError(f"version {version!r}: Windows allows numbers up to 65535")
    return numbers  # type: ignore[return-value]


def macos_version(version: str) -> str:
    """CFBundleShortVersionString: the three release numbers (the app's About shows the rest)."""
    release, _build = _parts(version)
    return ".".join(str(number) for number in release)


def main(argv: list[str]) -> int:
    version = project_version()
    try:
        if argv == ["--windows"]:
            print(".".join(str(number) for number in windows_version(version)))
        elif argv == ["--macos"]:
            print(macos_version(version))
        elif not argv:
            _parts(version)
            print(version)
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except VersionError as error:
        print(f"release_version: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
