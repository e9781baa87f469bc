"""Renaming and deleting one of My charts, asked from the navigator's menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

translate = QCoreApplication.translate  # a name lupdate recognises


def rename_my_chart(panel, chart_id: str, parent: QWidget) -> None:
    current = dict(panel.my_charts()).get(chart_id, "")
    title, ok = QInputDialog.getText(
        parent,
        translate("MyCharts", "Rename chart"),
        translate("MyCharts", "Title of the chart:"),
        QLineEdit.EchoMode.Normal,
        current,
    )
    if ok and title.strip():
        panel.rename_my_chart(chart_id, title.strip())


def delete_my_chart(panel, chart_id: str, parent: QWidget) -> None:
    title = dict(panel.my_charts()).get(chart_id, "")
    answer = QMessageBox.question(
        parent,
        translate("MyCharts", "Delete chart"),
        translate("MyCharts", "Delete your chart “{title}”? The pack is not changed.").format(
            title=title
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        panel.remove_my_chart(chart_id)
