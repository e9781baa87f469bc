"""Print the .deb's Depends: the Debian packages of the system libraries the bundle needs.

The bundle carries Python, Qt and the Python packages, but takes the desktop's own
libraries (X11/xcb, Wayland, fonts, GLib, D-Bus, CUPS, OpenGL, the C++ runtime) from the
system. This is what ``dpkg-shlibdeps`` does for ordinary packages: every ELF file's
NEEDED entries, less the libraries the bundle holds, resolved with ``ldconfig -p`` and
mapped to their packages with ``dpkg -S``; libc6 gets the newest GLIBC symbol version
the files ask for as its lower bound. A library the build machine lacks stops the build:
a package without it would fail on a consultant's laptop instead.

    python3 packaging/linux/debian_depends.py dist/desktop-app
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    files.append(path)
    return files


def glibc_version(files: list[Path]) -> tuple[int, int]:
    """The newest GLIBC_x.y symbol version any file asks for: libc6's lower bound."""
    versions = {(2, 17)}
    for path in files:
        needs = subprocess.run(
            ["readelf", "-VW", str(path)], capture_output=True, text=True, check=True
        ).stdout
        versions.update((int(a), int(b)) for a, b in re.findall(r"Name: GLIBC_(\d+)\.(\d+)", needs))
    return max(versions)


def needed(path: Path | str) -> list[str]:
    """Direct NEEDED entries of an ELF file (ldd would list the transitive closure)."""
    dynamic = subprocess.run(
        ["readelf", "-dW", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [
        line.split("[", 1)[1].split("]", 1)[0]
        for line in dynamic.splitlines()
        if "(NEEDED)" in line
    ]


def system_libraries() -> dict[str, str]:
    """Soname -> path for the machine's own architecture, from the linker cache."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"  # /sbin is not on a user's PATH
    cache = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=True).stdout
    # On x86_64 the cache also lists 32-bit libraries, which the bundle cannot use.
    x86_64 = os.uname().machine == "x86_64"
    found: dict[str, str] = {}
    for line in cache.splitlines()[1:]:
        name, _, rest = line.strip().partition(" (")
        if "=>" in rest and not (x86_64 and "x86-64" not in rest):
            found.setdefault(name, rest.split("=>", 1)[1].strip())
    return found


def owning_package(path: str) -> str | None:
    real = os.path.realpath(path)
    candidates = [path, real]
    for candidate in (path, real):
        if candidate.startswith("/usr/"):
            candidates.append(candidate[4:])
        else:
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def depends(bundle: Path) -> list[str]:
    files = elf_files(bundle)
    inside = {path.name for path in bundle.rglob("*")}
    libraries = system_libraries()
    users: dict[str, list[str]] = {}
    for path in files:
        for name in needed(path):
            if name not in inside and not name.startswith("ld-linux"):
                users.setdefault(name, []).append(str(path.relative_to(bundle)))
    packages, missing = set(), []
    for name, needed_by in sorted(users.items()):
        location = libraries.get(name)
        package = owning_package(location) if location else None
        if package is None:
            missing.append(f"{name} (needed by {needed_by[0]})")
        else:
            packages.add(package)
    if missing:
        raise SystemExit(
            "These system libraries are not installed on the build machine, so the .deb "
            "could not depend on them:\n  " + "\n  ".join(sorted(set(missing)))
        )
    if "libc6" in packages:  # the one versioned dependency that decides where it runs
        packages.discard("libc6")
        packages.add("libc6 (>= {}.{})".format(*glibc_version(files)))
    return sorted(packages)


if __name__ == "__main__":
    print(", ".join(depends(Path(sys.argv[1]))))
