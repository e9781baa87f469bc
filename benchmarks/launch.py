"""What a start-up measurement runs before the first paint: the user folders isolated and the
real window built, and nothing else.

benchmarks/startup.py times a fresh interpreter from its start to the window's first paint,
against a bare PySide6 window that imports nothing of ours. So this module imports only
what building the window needs; the rest of the harness (paint clocks, statistics) comes
in after the first paint.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def isolate_user_folders(home: Path | None = None) -> Path:
    """A throwaway home before Qt starts, so a benchmark never reads or writes real user data.

    ``home``: one the parent process made already, so that a timed child does not import
    tempfile (which the app itself does not need to start).
    """
    if home is None:
        import tempfile

        home = Path(tempfile.mkdtemp(prefix="desktop-app-bench-"))
    # Caches (fonts, for one) stay where they are: a user's are warm, and they hold no data.
    os.environ.setdefault("XDG_CACHE_HOME", str(Path.home() / ".cache"))
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = str(home / variable.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return home


def make_window(scratch: Path, lang: str = "nl", checks_path: Path | None = None):
    """The real main window with the bundled pack, built as tests/conftest.py and a user do.

    The ONE place that constructs it: adapt here when the window's construction changes.
    Settings live in an ini file in ``scratch``; nothing is shown yet. Returns (app, window).
    """
    from PySide6.QtCore import QSettings

    from desktop_app.ui.app import create_application, load_start_pack
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings

    app = create_application(sys.argv[:1])
    quiet_offscreen_warning()
    content, _ = load_start_pack(None)
    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(
        content, settings, lang=lang, checks_path=checks_path or scratch / "checks.sqlite"
    )
    window.resize(1600, 1000)
    return app, window


def quiet_offscreen_warning() -> None:
    """Drop the offscreen platform's one harmless warning (pyproject's pytest section does too)."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
