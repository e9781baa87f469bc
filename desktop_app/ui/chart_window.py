"""A chart in a window of its own: for figures no chapter places, and previews."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QScrollArea, QVBoxLayout, QWidget

from ..core.chart_data import ChartData


def show_chart_window(parent: QWidget, data: ChartData) -> QDialog:
    from .chart_widget import ChartCard

    dialog = QDialog(parent)
    dialog.setObjectName(f"chartWindow:{data.chart_id}")
    dialog.setWindowTitle(data.title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(ChartCard(data))
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll)
    dialog.resize(640, 600)
    dialog.show()
    return dialog
