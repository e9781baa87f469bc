"""File › Open report pack…: a pack folder's manifest.toml or a .zip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_pack(parent: QWidget) -> Path | None:
    """The pack the user picked (a folder, by its manifest, or a .zip), or None."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PackDialog", "Open report pack"),
        str(Path.home()),
        QCoreApplication.translate("PackDialog", "Report packs (manifest.toml *.zip)"),
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen.parent if chosen.name == "manifest.toml" else chosen
