"""Starting the Qt application: settings, logging, the pack, the window."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from .. import APP_NAME, ORGANISATION, __version__

log = logging.getLogger(__name__)


def create_application(argv: list[str]):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def load_start_pack(requested: Path | None):
    """The pack to show first, and the problems of a requested pack that could not be used."""
    from ..core.loader import load_pack
    from ..core.problems import PackError
    from ..resources import bundled_pack

    if requested is not None:
        try:
            return load_pack(requested), []
        except PackError as error:
            log.warning("Pack %s not loaded:\n%s", requested, error)
            return load_pack(bundled_pack()), error.problems
    return load_pack(bundled_pack()), []


def run(
    pack_path: Path | None, lang: str | None, chapter: str | None, screenshot: Path | None
) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application(sys.argv[:1])
    from PySide6.QtCore import QSettings

    from ..core.problems import PackError
    from .logging_setup import setup_logging
    from .main_window import MainWindow
    from .messages import install_excepthook, show_pack_problems
    from .settings import AppSettings

    log_path = setup_logging()
    install_excepthook(str(log_path))
    log.info("Starting %s %s", APP_NAME, __version__)
    try:
        pack, problems = load_start_pack(pack_path)
    except PackError as error:  # the bundled pack itself is broken: nothing to show
        log.error("Bundled pack broken:\n%s", error)
        show_pack_problems(None, "bundled", error.problems)
        return 1
    if chapter is not None and pack.chapter(chapter) is None:
        sys.stderr.write(
            f"desktop-app: unknown chapter '{chapter}'; choose one of: {', '.join(pack.chapter_ids())}\n"
        )
        return 2
    if screenshot is not None:
        # A screenshot shows the app as a new user sees it, not as this user left it.
        scratch = Path(tempfile.mkdtemp(prefix="desktop-app-shot-"))
        settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    else:
        settings = AppSettings()
    window = MainWindow(pack, settings, lang=lang, chapter_id=chapter)
    if screenshot is not None:
        return take_screenshot(app, window, screenshot)
    window.show()
    if problems:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: show_pack_problems(window, str(pack_path), problems))
    return app.exec()


def take_screenshot(app, window, path: Path) -> int:
    """Render the window at 1600x1000 once its charts are drawn, save it, and quit."""
    from PySide6.QtCore import QEventLoop, QTimer

    window.resize(1600, 1000)
    window.show()
    loop = QEventLoop()
    window.chartsReady.connect(lambda _chapter: QTimer.singleShot(50, loop.quit))
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    app.processEvents()
    ok = window.grab().save(str(path), "PNG")
    window.close()
    if not ok:
        sys.stderr.write(f"Could not write the screenshot to {path}\n")
        return 1
    print(f"Screenshot written to {path}")
    return 0
