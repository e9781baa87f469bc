"""Standard streams that always exist, also in the windowed Windows build.

A windowed (GUI-subsystem) executable started from the Start menu, Explorer or a console
that does not redirect its output has no standard streams: Python sets ``sys.stdout`` and
``sys.stderr`` to None, and ``sys.stderr.write`` in a command-line path (``--check``,
``--smoke-test``, an error message) would crash the app with an AttributeError instead of
saying what is wrong. When output is redirected (a CI step, ``> file``) the streams exist
and are left alone.
"""

from __future__ import annotations

import os
import sys


def ensure_standard_streams() -> None:
    """Give every missing standard stream a usable file: the parent's console, else nothing.

    On Windows the app attaches to the console of the program that started it (cmd,
    PowerShell), so ``desktop-app.exe --version`` typed there prints its answer; started
    from Explorer there is no console, and output goes to the null device (errors are in
    the log file all the same).
    """
    missing = [name for name in ("stdout", "stderr") if getattr(sys, name) is None]
    if not missing:
        return
    console = _parent_console() if sys.platform == "win32" else None
    for name in missing:
        target = console or os.devnull
        # Line-buffered, so a message is out before a crash or a hang can lose it.
        setattr(sys, name, open(target, "w", encoding="utf-8", errors="replace", buffering=1))  # noqa: SIM115


def _parent_console() -> str | None:
    """The console device of the parent process, when there is one to attach to."""
    try:
        import ctypes

        attach_parent_process = -1
        if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
            return "CONOUT$"
    except (AttributeError, OSError):
        pass
    return None
