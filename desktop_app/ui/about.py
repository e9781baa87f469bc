"""Help › About: the app, the report it presents and its sources, and the licences."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.model import ReportPack

translate = QCoreApplication.translate  # a name lupdate recognises


def show_about(parent: QWidget, pack: ReportPack, lang: str) -> None:
    """Texts from the pack are shown as plain text: no markup of a pack is ever rendered."""
    import pyqtgraph
    import PySide6

    from .. import __version__

    sources = "".join(f"<li>{escape(s.name)}</li>" for s in pack.sources)
    QMessageBox.about(
        parent,
        translate("About", "About"),
        translate(
            "About",
            "<h3>{app} {version}</h3><p>{edition}</p>"
            "<p>Sources:</p><ul>{sources}</ul>"
            "<p>Built with Qt for Python (PySide6 {pyside}, LGPLv3), pyqtgraph {pg} (MIT), "
            "NumPy (BSD-3-Clause), pandas (BSD-3-Clause) and openpyxl (MIT).</p>",
        ).format(
            app=escape(QCoreApplication.applicationName()),
            version=escape(__version__),
            edition=escape(pack.edition(lang)),
            sources=sources,
            pyside=PySide6.__version__,
            pg=pyqtgraph.__version__,
        ),
    )
