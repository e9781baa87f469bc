"""The README's pictures of the show: three slides as the wall shows them, the presenter view.

    python resources/readme_pictures.py      (``make screenshot`` runs it)

Slides are drawn at 1920x1080, as on a full-HD projector; the presenter view at 1366x768,
a common laptop screen. Qt's offscreen platform with a two-screen layout, so nothing shows.
Slides are picked by their chart, so the pictures follow the pack when its sections move.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources"
LANG = "nl"
SLIDE_CHARTS = ("adoption_level", "obstacles", "nl_vs_us")  # one picture each, in this order
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR = {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}


def two_screens() -> None:
    """A 1366x768 laptop and a 1920x1080 projector, before Qt starts."""
    screens = [dict(s, logicalDpi=96, logicalBaseDpi=96, dpr=1) for s in (LAPTOP, PROJECTOR)]
    layout = Path(tempfile.mkdtemp()) / "screens.json"
    layout.write_text(json.dumps({"windowFrameMargins": False, "screens": screens}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={layout}"
    home = Path(tempfile.mkdtemp())  # no real settings or checks are read or written
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = str(home / variable.lower())


def main() -> int:
    two_screens()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.app import create_application, load_start_pack
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings

    app = create_application(sys.argv[:1])
    content, _ = load_start_pack(None)
    scratch = Path(tempfile.mkdtemp())
    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(content, settings, lang=LANG, checks_path=scratch / "checks.sqlite")
    window.show()
    session = window.present(from_start=True, presenter=True)
    controller = session.controller
    deck = controller.deck
    written = []
    for number, chart_id in enumerate(SLIDE_CHARTS, start=1):
        index = next(i for i, s in enumerate(controller.slides) if s.chart_id == chart_id)
        layout = deck.layout(index)
        image = QImage(layout.width, layout.height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        layout.paint(painter)
        painter.end()
        path = OUT / f"slide-{number}.png"
        image.save(str(path))
        written.append(path)
    # The presenter's view of a slide that builds: four of its six bars shown, by key.
    controller.go(next(i for i, s in enumerate(controller.slides) if s.chart_id == "obstacles"))
    for _ in range(4):
        QTest.keyClick(session.presentation, Qt.Key.Key_Right)
    app.processEvents()
    presenter = session.presenter_view
    path = OUT / "presenter-view.png"
    presenter.grab().save(str(path))
    written.append(path)
    session.finish()
    window.close()
    for path in written:
        print(f"written: {path.relative_to(ROOT)}")
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
