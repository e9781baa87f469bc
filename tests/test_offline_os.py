"""Offline, as the operating system sees it: no connection attempt during the app's runs.

The socket guard in conftest.py only sees Python's own sockets. Qt, libcups and the C
library open theirs below Python, so here each command-line run is traced with
``strace`` and every ``connect``/``sendto``/``sendmsg`` is inspected. Any AF_INET or
AF_INET6 address fails the test. ``CUPS_SERVER`` points at an address that is never routed
(192.0.2.1, TEST-NET-1), so if the print system is touched it shows as a TCP attempt too.

Local, non-network sockets that are allowed, and why:

* AF_UNIX to the X server (``/tmp/.X11-unix``): the display, on a desktop session;
* AF_UNIX to D-Bus (``/run/dbus``, ``/run/user/<uid>/bus``) and the accessibility bus
  (``at-spi``): desktop services on this machine;
* AF_UNIX to nscd (``/var/run/nscd/socket``): the C library asking the local name-service
  cache for the user's name;
* AF_UNIX to systemd's user database and journal (``/run/systemd``): the same, locally;
* AF_NETLINK: questions to the kernel itself (for example which interfaces exist).

A connection to CUPS's local socket is not allowed: the print system may be touched only
when the user prints. Linux only; skipped, visibly, where strace is missing or may not
trace (for example a container without ptrace). Debian package: strace.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import BUNDLED, ROOT

STRACE = shutil.which("strace")
ALLOWED_LOCAL = {
    "X server": re.compile(r'sun_path=@?"?@?/tmp/\.X11-unix/'),
    "D-Bus": re.compile(r'sun_path=@?"/(?:var/)?run/(?:dbus/|user/\d+/bus)'),
    "accessibility bus": re.compile(r"sun_path=.*at-spi"),
    "name-service cache": re.compile(r'sun_path="/(?:var/)?run/nscd/'),
    "systemd user database": re.compile(r'sun_path="/run/systemd/'),
}
CALLS = "connect,sendto,sendmsg,sendmmsg"
FAMILY = re.compile(r"sa_family=(AF_[A-Z0-9]+)")
# Printing a chapter goes through QPrinter, whose libcups connects to the print server
# (localhost:631 or CUPS_SERVER); the chapter PDF is being moved to QPdfWriter.

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="strace is Linux")


def strace_command() -> list[str]:
    """strace with the fastest options this machine supports; skips when it cannot trace."""
    if STRACE is None:
        pytest.skip("strace is not installed (Debian package strace): OS-level check not run")
    for options in (["--seccomp-bpf"], []):
        command = [STRACE, "-f", "-qq", *options, "-e", f"trace={CALLS}"]
        probe = subprocess.run([*command, "-o", os.devnull, "true"], capture_output=True)
        if probe.returncode == 0:
            return command
    pytest.skip(f"strace may not trace here: {probe.stderr.decode(errors='replace').strip()}")


def traced_run(tmp_path: Path, arguments: list[str]) -> list[str]:
    """Run the app under strace; returns every traced call that names an address family."""
    log = tmp_path / "strace.log"
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "CUPS_SERVER": "192.0.2.1",
        "LANG": "C.UTF-8",
    }
    result = subprocess.run(
        [*strace_command(), "-o", str(log), sys.executable, *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"the run itself failed:\n{result.stdout}\n{result.stderr}"
    return [line for line in log.read_text(errors="replace").splitlines() if FAMILY.search(line)]


def network_attempts(calls: list[str]) -> list[str]:
    """Calls that reach beyond this machine, or to a local service not on the list."""
    refused = []
    for call in calls:
        family = FAMILY.search(call).group(1)
        if family == "AF_NETLINK":
            continue
        if family == "AF_UNIX" and any(p.search(call) for p in ALLOWED_LOCAL.values()):
            continue
        refused.append(call)
    return refused


CHAPTER_PDF = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from desktop_app.ui.app import create_application, load_start_pack, shut_down
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings

from desktop_app.ui.chapter_export import export_chapter

app = create_application(sys.argv[:1])
content, problems = load_start_pack(None)
settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(content, settings, lang="nl", checks_path=Path(sys.argv[3]))
window.show()
window.start_charts()
app.processEvents()
written = export_chapter(window.report, Path(sys.argv[1]), window)
window.close()
shut_down(app)
sys.exit(0 if written and Path(sys.argv[1]).read_bytes().startswith(b"%PDF-") else 1)
"""


def runs(tmp_path: Path) -> dict[str, list[str]]:
    return {
        "check": ["-m", "desktop_app", "--check", str(BUNDLED)],
        "screenshot": ["-m", "desktop_app", "--screenshot", str(tmp_path / "s.png")],
        "smoke-test": ["-m", "desktop_app", "--smoke-test"],
        "slides as PowerPoint": ["-m", "desktop_app", "--export-slides", str(tmp_path / "d.pptx")],
        "slides as PDF": ["-m", "desktop_app", "--export-slides", str(tmp_path / "d.pdf")],
        "checks as Excel": ["-m", "desktop_app", "--export-checks", str(tmp_path / "c.xlsx")],
        "chapter PDF export": [
            "-c",
            CHAPTER_PDF,
            str(tmp_path / "chapter.pdf"),
            str(tmp_path / "settings.ini"),
            str(tmp_path / "checks.sqlite"),
        ],
    }


@pytest.mark.parametrize(
    "run",
    [
        "check",
        "screenshot",
        "smoke-test",
        "slides as PowerPoint",
        "slides as PDF",
        "checks as Excel",
        "chapter PDF export",
    ],
)
def test_no_connection_attempt_at_the_os_level(tmp_path, run):
    attempts = network_attempts(traced_run(tmp_path, runs(tmp_path)[run]))
    assert attempts == [], "connection attempts:\n" + "\n".join(attempts)


def test_the_trace_sees_connections_python_cannot(tmp_path):
    """The method works: a TCP attempt made by a child's C library is caught and refused."""
    script = (
        "import socket; s = socket.socket(); s.settimeout(0.01)\n"
        "try: s.connect(('192.0.2.1', 9))\nexcept OSError: pass\n"
    )
    attempts = network_attempts(traced_run(tmp_path, ["-c", script]))
    assert len(attempts) == 1 and 'inet_addr("192.0.2.1")' in attempts[0]
