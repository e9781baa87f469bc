"""The consultant's own benchmark: the adoption levels of my clients beside the survey."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.model import ReportPack
from ...readiness.model import Questionnaire
from ...readiness.result_charts import clients_vs_survey
from ...readiness.store import CheckSummary
from ..chart_widget import ChartCard


class OverviewDialog(QDialog):
    def __init__(
        self,
        questionnaire: Questionnaire,
        pack: ReportPack,
        checks: list[CheckSummary],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientsOverview")
        self.setWindowTitle(self.tr("My clients beside the survey"))
        self.resize(720, 720)
        data = clients_vs_survey(
            questionnaire,
            pack,
            checks,
            lang,
            title=self.tr("Adoption level: my clients and the surveyed organisations"),
            mine=self.tr("My clients"),
            mine_base=self.tr("my clients, the latest check of each"),
            mine_source=self.tr("your saved checks"),
            survey=self.tr("Survey"),
        )
        self.card = ChartCard(data, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card)
        clients = data.attributions[0].n or 0
        note = QLabel(
            self.tr(
                "{n} client(s) with a saved adoption level; each client counts once, with their latest check."
            ).format(n=clients),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(note)
        layout.addWidget(buttons)
