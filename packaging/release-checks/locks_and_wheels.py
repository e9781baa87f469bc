"""Checks of the Windows and macOS builds that need no Windows and no Mac.

1. Each platform's lock file resolves for that platform with hashes required and wheels
   only, as the release workflow's `pip install --require-hashes` will: a pin without a
   wheel for Windows or macOS, or a missing hash, fails here instead of on the runner.
2. Every wheel the macOS build machine (the workflow's runner) would install runs on the
   .app's LSMinimumSystemVersion, so an older macOS is refused at start, not crashed.
3. The spec's filters (packaging/bundle_filters.py) applied to the real PySide6 wheels for
   Windows and macOS keep what the app needs (platform, style, image formats, SVG, print
   support, Dutch translations), and every Qt library a kept plugin or module loads (DLL
   imports, Mach-O load commands) is kept too.

Run by packaging/verify_release.sh with the release-checks venv (pefile, macholib).
Usage: python locks_and_wheels.py CACHE_FOLDER
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_filters import UNUSED_QT, keep  # noqa: E402
from release_version import MACOS_MINIMUM  # noqa: E402

PYTHON = ["--python-version", "3.11", "--implementation", "cp"]
ABIS = ["--abi", "cp311", "--abi", "abi3", "--abi", "none"]
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")

# What each platform's bundle needs, as paths inside the bundle (PyInstaller keeps the
# wheel's layout under PySide6/).
NEEDED = {
    "windows": {
        "platform plugin": "PySide6/plugins/platforms/qwindows.dll",
        "offscreen platform (smoke test)": "PySide6/plugins/platforms/qoffscreen.dll",
        "Windows style": "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "SVG image format": "PySide6/plugins/imageformats/qsvg.dll",
        "SVG icons": "PySide6/plugins/iconengines/qsvgicon.dll",
        "JPEG": "PySide6/plugins/imageformats/qjpeg.dll",
        "GIF": "PySide6/plugins/imageformats/qgif.dll",
        "ICO": "PySide6/plugins/imageformats/qico.dll",
        "SVG library": "PySide6/Qt6Svg.dll",
        "print support": "PySide6/Qt6PrintSupport.dll",
        "print support module": "PySide6/QtPrintSupport.pyd",
        "Dutch Qt translation": "PySide6/translations/qtbase_nl.qm",
    },
    "macos": {
        "platform plugin": "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "offscreen platform (smoke test)": "PySide6/Qt/plugins/platforms/libqoffscreen.dylib",
        "macOS style": "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
        "SVG image format": "PySide6/Qt/plugins/imageformats/libqsvg.dylib",
        "SVG icons": "PySide6/Qt/plugins/iconengines/libqsvgicon.dylib",
        "JPEG": "PySide6/Qt/plugins/imageformats/libqjpeg.dylib",
        "GIF": "PySide6/Qt/plugins/imageformats/libqgif.dylib",
        "ICO": "PySide6/Qt/plugins/imageformats/libqico.dylib",
        "SVG library": "PySide6/Qt/lib/QtSvg.framework/Versions/A/QtSvg",
        "print support": "PySide6/Qt/lib/QtPrintSupport.framework/Versions/A/QtPrintSupport",
        "print support module": "PySide6/QtPrintSupport.abi3.so",
        "Dutch Qt translation": "PySide6/Qt/translations/qtbase_nl.qm",
    },
}

FRAMEWORK_BINARY = re.compile(r"/(\w+)\.framework/Versions/A/\1$")

failures: list[str] = []


def fail(message: str) -> None:
    if message not in failures:  # a universal macOS binary names its libraries twice
        failures.append(message)
        print(f"FAILED: {message}", file=sys.stderr)


def resolve(lock: Path, platforms: list[str]) -> list[str]:
    """The wheel file names pip would install from the lock on those platform tags."""
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        platform_args = [argument for tag in platforms for argument in ("--platform", tag)]
        command = [
            sys.executable, "-m", "pip", "install", "--dry-run", "--quiet",
            "--disable-pip-version-check", "--ignore-installed", "--no-deps",
            "--target", str(Path(scratch) / "target"), "--only-binary=:all:",
            *platform_args, *PYTHON, *ABIS, "--require-hashes", "-r", str(lock),
            "--report", str(report),
        ]  # fmt: skip
        completed = subprocess.run(command, capture_output=True, text=True)
        if completed.returncode != 0:
            fail(f"{lock.name} does not install on {platforms[0]}:\n{completed.stderr[-3000:]}")
            return []
        installs = json.loads(report.read_text())["install"]
        return [item["download_info"]["url"].rsplit("/", 1)[-1] for item in installs]


def macos_wheel_minimum(wheel: str) -> tuple[int, int]:
    """The oldest macOS a wheel supports, from its platform tag (universal ones too)."""
    versions = [
        (int(major), int(minor)) for major, minor in re.findall(r"macosx_(\d+)_(\d+)", wheel)
    ]
    return min(versions) if versions else (0, 0)


def check_locks() -> None:
    windows = resolve(ROOT / "requirements" / "build-windows.txt", ["win_amd64"])
    if windows:
        print(f"requirements/build-windows.txt resolves for win_amd64: {len(windows)} wheels")

    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text()
    runner = re.search(r"runs-on:\s*macos-(\d+)\b", workflow)
    if runner is None:
        fail("release.yml has no macos-NN runner to check the macOS minimum against")
        return
    runner_version = (int(runner[1]), 0)
    minimum = tuple(int(part) for part in MACOS_MINIMUM.split("."))
    lock = ROOT / "requirements" / "build-macos.txt"
    # The arm64 runner: what it installs must run on LSMinimumSystemVersion...
    on_runner = resolve(lock, [f"macosx_{runner_version[0]}_0_arm64"])
    newest = max((macos_wheel_minimum(wheel) for wheel in on_runner), default=(0, 0))
    if on_runner and newest > minimum:
        culprits = [wheel for wheel in on_runner if macos_wheel_minimum(wheel) == newest]
        fail(
            f"the macos-{runner_version[0]} runner installs wheels for macOS {newest[0]}.{newest[1]} "
            f"({', '.join(culprits)}) but LSMinimumSystemVersion is {MACOS_MINIMUM} "
            "(packaging/release_version.py)"
        )
    # ...and the lock must be installable on that minimum at all.
    on_minimum = resolve(lock, [f"macosx_{minimum[0]}_{minimum[1]}_arm64"])
    if on_runner and on_minimum:
        print(
            f"requirements/build-macos.txt resolves for arm64 on macos-{runner_version[0]} and on "
            f"macOS {MACOS_MINIMUM}; the newest wheel needs macOS {newest[0]}.{newest[1]}"
        )


def download_qt(platform: str, tag: str, cache: Path) -> list[Path]:
    """PySide6-Essentials and shiboken6 for a platform, pinned by the lock's hashes."""
    lock = (ROOT / "requirements" / f"build-{platform}.txt").read_text()
    wanted = re.findall(r"^(?:pyside6-essentials|shiboken6)==.*?(?=^\S|\Z)", lock, re.M | re.S)
    requirements = cache / f"qt-{platform}.txt"
    requirements.write_text("".join(wanted))
    folder = cache / "wheels" / platform
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
        "--no-deps", "--only-binary=:all:", "--platform", tag, *PYTHON, *ABIS,
        "--require-hashes", "-r", str(requirements), "-d", str(folder),
    ]  # fmt: skip
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        fail(f"could not download the Qt wheels for {platform}:\n{completed.stderr[-3000:]}")
        return []
    names = {line.split("==")[0] for line in wanted}
    wheels = [
        wheel
        for wheel in sorted(folder.glob("*.whl"))
        if wheel.name.split("-")[0].replace("_", "-").lower() in names
        and wheel.name.split("-")[1] in lock
    ]
    if len(wheels) != 2:
        fail(f"expected PySide6-Essentials and shiboken6 wheels for {platform}, found {wheels}")
    return wheels


def library_key(path: str) -> str:
    """How a binary is referred to by others: a framework's inner path, else its name."""
    if ".framework/" in path:
        start = path.rfind("/", 0, path.index(".framework/")) + 1
        return path[start:]
    return path.rsplit("/", 1)[-1].lower()


def dependencies(platform: str, data: bytes) -> list[str]:
    if platform == "windows":
        import pefile

        pe = pefile.PE(data=data, fast_load=True)
        pe.parse_data_directories(
            directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"]]
        )
        imports = getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])
        return [entry.dll.decode().lower() for entry in imports]
    from macholib.mach_o import LC_LOAD_DYLIB, LC_LOAD_WEAK_DYLIB
    from macholib.MachO import MachO

    with tempfile.NamedTemporaryFile() as file:
        file.write(data)
        file.flush()
        names = []
        for header in MachO(file.name).headers:
            for command, _details, payload in header.commands:
                if command.cmd in (LC_LOAD_DYLIB, LC_LOAD_WEAK_DYLIB):
                    names.append(payload.rstrip(b"\0").decode())
        return names


def is_binary(platform: str, path: str) -> bool:
    if platform == "windows":
        return path.lower().endswith((".dll", ".pyd"))
    return path.endswith((".dylib", ".so")) or FRAMEWORK_BINARY.search(path) is not None


def check_qt(platform: str, tag: str, cache: Path) -> None:
    wheels = download_qt(platform, tag, cache)
    if not wheels:
        return
    files: dict[str, tuple[Path, zipfile.ZipInfo]] = {}
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            for info in archive.infolist():
                if not info.is_dir() and ".dist-info/" not in info.filename:
                    files[info.filename] = (wheel, info)
    kept = {path for path in files if keep(path)}
    print(f"{platform}: the filters keep {len(kept)} of the {len(files)} files in the Qt wheels")
    for what, path in NEEDED[platform].items():
        if path not in files:
            fail(f"{platform}: {what} ({path}) is not in the wheel any more: update NEEDED")
        elif path not in kept:
            fail(f"{platform}: the spec's filters drop the {what} ({path})")

    # Walk the dependencies from what the app loads: the kept plugins, and the modules it
    # imports; every Qt or shiboken library reached must survive the filters.
    by_key = {library_key(path): path for path in files if is_binary(platform, path)}
    excluded_modules = {name.split(".")[-1] for name in UNUSED_QT if name.startswith("PySide6.")}
    roots = [
        path
        for path in kept
        if is_binary(platform, path)
        and (
            "/plugins/" in path
            or any(f"PySide6/{module}." in path for module in QT_MODULES_USED)
            or path.startswith("shiboken6/Shiboken.")
        )
        and not any(f"PySide6/{module}." in path for module in excluded_modules)
    ]
    seen: set[str] = set()
    queue = list(roots)
    archives: dict[Path, zipfile.ZipFile] = {}
    try:
        while queue:
            path = queue.pop()
            if path in seen:
                continue
            seen.add(path)
            wheel, info = files[path]
            archive = archives.setdefault(wheel, zipfile.ZipFile(wheel))
            for name in dependencies(platform, archive.read(info)):
                target = by_key.get(library_key(name))
                if target is None:
                    continue  # the system's (Windows DLLs, macOS frameworks) or Python's
                if target not in kept:
                    fail(f"{platform}: {path} needs {target}, which the spec's filters drop")
                queue.append(target)
    finally:
        for archive in archives.values():
            archive.close()
    print(
        f"{platform}: {len(seen)} binaries reached from {len(roots)} plugins and modules, all kept"
    )


def main() -> int:
    cache = Path(sys.argv[1]).resolve()
    cache.mkdir(parents=True, exist_ok=True)
    check_locks()
    check_qt("windows", "win_amd64", cache)
    check_qt("macos", f"macosx_{MACOS_MINIMUM.replace('.', '_')}_arm64", cache)
    if failures:
        print(f"{len(failures)} release check(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
