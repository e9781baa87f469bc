"""Starting the Qt application: settings, logging, the pack, the window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from .. import APP_NAME, ORGANISATION

log = logging.getLogger(__name__)


class UnknownChapter(ValueError):
    """``--chapter`` named a chapter the pack does not have."""


class UnknownLanguage(ValueError):
    """``--lang`` named a language the pack does not declare."""


def create_application(argv: list[str]):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from PySide6.QtGui import QIcon

    from ..resources import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.svg")))
    return app


def load_start_pack(requested: Path | None, in_background: bool = False):
    """The pack to show first, and the problems of a requested pack that could not be used.

    ``in_background``: a requested pack is read in a worker thread with a progress dialog
    and Cancel (the bundled pack is small, trusted and read at once).
    """
    from ..content import load_content
    from ..core.problems import PackError
    from ..resources import bundled_pack, shipped_pack

    def load_bundled():
        pack = bundled_pack()
        return load_content(pack, checked_at_build=pack == shipped_pack())

    if requested is not None:
        if in_background:
            from .pack_loading import load_with_progress

            content, problems = load_with_progress(requested)
            if content is not None:
                return content, []
        else:
            try:
                return load_content(requested), []
            except PackError as error:
                problems = error.problems
        log.warning("Pack %s not loaded:\n%s", requested, "\n".join(map(str, problems)))
        return load_bundled(), problems
    return load_bundled(), []


def check_start_arguments(pack, lang: str | None, chapter: str | None) -> None:
    """``--lang`` and ``--chapter`` must name what the pack has; the error lists it."""
    if lang is not None and lang not in pack.languages:
        raise UnknownLanguage(
            f"the pack has no language '{lang}'; choose one of: {', '.join(pack.languages)}"
        )
    if chapter is not None and pack.chapter(chapter) is None:
        raise UnknownChapter(
            f"unknown chapter '{chapter}'; choose one of: {', '.join(pack.chapter_ids())}"
        )


def open_window(
    pack_path: Path | None,
    lang: str | None,
    chapter: str | None,
    settings,
    checks_path=None,
    interactive: bool = True,
):
    """Load the pack and build the window; a broken pack is explained after the first paint.

    Not ``interactive`` (``--screenshot``): nothing may wait on a dialog, so a pack with
    problems ends the run; they are printed to stderr and the caller exits with 1.
    Returns None when no window can be shown (the user has been told).
    """
    from PySide6.QtCore import QTimer

    from ..core.problems import PackError
    from .main_window import MainWindow
    from .messages import show_pack_problems

    try:
        content, problems = load_start_pack(pack_path, in_background=interactive)
    except PackError as error:
        log.error("Bundled pack broken:\n%s", error)
        if not interactive:
            print_problems("the bundled report pack", error.problems)
        else:
            show_pack_problems(None, "bundled", error.problems, at_start=True)
        return None
    if problems and not interactive:
        print_problems(str(pack_path), problems)
        return None
    pack = content.report
    if problems:  # the bundled report stands in: what was asked of the other pack lapses
        lang = chapter = None
    check_start_arguments(pack, lang, chapter)
    window = MainWindow(content, settings, lang=lang, chapter_id=chapter, checks_path=checks_path)
    if problems:
        QTimer.singleShot(
            0, window, lambda: show_pack_problems(window, str(pack_path), problems, at_start=True)
        )
    return window


def print_problems(location: str, problems) -> None:
    """A pack's problems as ``--check`` prints them, on stderr, for a run without dialogs."""
    for problem in problems:
        sys.stderr.write(f"{problem}\n")
    sys.stderr.write(f"desktop-app: {len(problems)} problem(s) in {location}; it was not loaded\n")


def run(
    pack_path: Path | None,
    lang: str | None,
    chapter: str | None,
    screenshot: Path | None,
    new_check: bool = False,
    compare: Path | None = None,
) -> int:
    interactive = screenshot is None
    if not interactive:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application(sys.argv[:1])
    from PySide6.QtCore import QSettings

    from .logging_setup import setup_logging
    from .messages import install_excepthook
    from .settings import AppSettings

    log_path = setup_logging()
    unexpected = install_excepthook(str(log_path), interactive)
    log.info("Starting %s", APP_NAME)
    instance = None
    checks_path = None
    if not interactive:
        import tempfile

        # A screenshot shows the app as a new user sees it, not as this user left it.
        scratch = Path(tempfile.mkdtemp(prefix="desktop-app-shot-"))
        settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
        checks_path = scratch / "checks.sqlite"
    else:
        from .paths import data_folder
        from .single_instance import claim

        # One app per profile: a second launch brings the first window forward instead.
        instance = claim(data_folder(), sys.argv[1:])
        if instance is None:
            shut_down(app)
            return 0
        settings = AppSettings()
    try:
        window = open_window(pack_path, lang, chapter, settings, checks_path, interactive)
    except (UnknownChapter, UnknownLanguage) as unknown:
        sys.stderr.write(f"desktop-app: {unknown}\n")
        return 2
    if window is None:
        return 1
    if instance is not None:
        instance.activationRequested.connect(lambda arguments: come_forward(window, arguments))
    if compare is not None and not start_comparing(window, compare, screenshot is not None):
        shut_down(app)
        return 1
    if screenshot is not None:
        if new_check:
            window.new_check()
        code = take_screenshot(app, window, screenshot)
        code = code or (1 if unexpected else 0)
    else:
        window.show()
        if new_check:
            window.new_check()
        code = app.exec()
        instance.release()
    shut_down(app)
    return code


def start_comparing(window, location: Path, headless: bool) -> bool:
    """``--compare``: a headless run says a problem on stderr and fails; the window shows it
    after its first paint and carries on with the one pack."""
    from .comparing import compare_with

    if headless:
        return compare_with(window, location, quiet=True)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, window, lambda: compare_with(window, location))
    return True


def come_forward(window, arguments: list[str]) -> None:
    """Another launch on this profile was refused: show this window, as it asked."""
    from .single_instance import bring_forward

    bring_forward(window)
    if "--new-check" in arguments:
        window.new_check()


def shut_down(app) -> None:
    """Destroy the QApplication while Python is still alive.

    Objects handed to Qt from Python (the clipboard's QMimeData of a copied chart) are
    deleted with the application; after interpreter shutdown that crashes the process.
    """
    import shiboken6

    logging.shutdown()
    shiboken6.Shiboken.delete(app)


def take_screenshot(app, window, path: Path) -> int:
    """Render the window at 1600x1000 once its charts are drawn, save it, and quit."""
    from PySide6.QtCore import QEventLoop, QTimer

    window.resize(1600, 1000)
    loop = QEventLoop()
    window.chartsReady.connect(lambda _chapter: QTimer.singleShot(50, loop.quit))
    QTimer.singleShot(10_000, loop.quit)
    window.show()
    loop.exec()
    app.processEvents()
    ok = window.grab().save(str(path), "PNG")
    window.close()
    if not ok:
        sys.stderr.write(f"Could not write the screenshot to {path}\n")
        return 1
    print(f"Screenshot written to {path}")
    return 0
