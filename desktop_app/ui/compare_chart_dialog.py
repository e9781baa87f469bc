"""*Compare in a chart*: the consultant's own chart of items chosen in the figures explorer.

The app proposes a kind, says when the values have different bases or sources and then
only saves the chart with a caveat that says so (it can be reworded, not removed); values
of different units are refused outright. A preview shows the chart as it will be saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.chart_data import BAR, DOT, GROUPED, LINE, STACKED, chart_data
from ..core.model import ReportPack, pick
from ..core.my_charts import MyChart, proposal, series_name


class CompareChartDialog(QDialog):
    """Emits ``saved`` with what the chart store needs; the pack is never changed."""

    saved = Signal(dict)  # title, kind, items, caveat (as MyChartStore.add takes them)

    def __init__(
        self, pack: ReportPack, lang: str, items: list[tuple[str, str]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareInAChart")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pack, self.lang, self.items = pack, lang, list(items)
        self.proposal = proposal(pack, items, lang)
        self.title = QLineEdit(self)
        self.title.setObjectName("myChartTitle")
        figures = list(dict.fromkeys(f for f, _ in items))
        self.title.setText(" · ".join(pick(series_name(pack, f), lang) for f in figures))
        self.kind = QComboBox(self)
        self.kind.setObjectName("myChartKind")
        names = self.kind_names()
        for kind in self.proposal.kinds:
            self.kind.addItem(names.get(kind, kind), kind)
        self.notice = QLabel(self)
        self.notice.setObjectName("comparability")
        self.notice.setWordWrap(True)
        self.caveat = QPlainTextEdit(self)
        self.caveat.setObjectName("myChartCaveat")
        self.caveat.setFixedHeight(70)
        if self.proposal.mixed:
            self.caveat.setPlainText(self.default_caveat())
        self.preview_area = QScrollArea(self)
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Caveat"), self.caveat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.preview_area, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Compare in a chart"))
        for signal in (self.title.textChanged, self.caveat.textChanged):
            signal.connect(self.update_preview)
        self.kind.currentIndexChanged.connect(self.update_preview)
        self.resize(720, 720)
        self.update_preview()

    def kind_names(self) -> dict[str, str]:
        return {
            BAR: self.tr("Bars"),
            GROUPED: self.tr("Grouped bars (one group per item)"),
            DOT: self.tr("Dot plot (one line per item, a dot per figure)"),
            STACKED: self.tr("100% stacked bars"),
            LINE: self.tr("Line"),
        }

    def default_caveat(self) -> str:
        bases = "; ".join(f"{base} ({source})" for _n, base, source in self.proposal.bases)
        return self.tr(
            "Different bases or sources: {bases}. Compare these figures with care."
        ).format(bases=bases)

    def chart(self) -> MyChart:
        kind = self.kind.currentData() or self.proposal.kind
        caveat = self.caveat.toPlainText().strip()
        return MyChart(
            "my-preview",
            {self.lang: self.title.text().strip()},
            kind,
            tuple(self.items),
            {self.lang: caveat} if caveat else {},
        )

    def problem(self) -> str:
        """Why the chart cannot be saved as it is; '' when it can."""
        if self.proposal.refused:
            return self.tr(
                "These values are measured in different units and cannot share one axis. "
                "Choose items of one unit."
            )
        if len(self.items) < 2:
            return self.tr("Choose at least two items to compare.")
        if not self.title.text().strip():
            return self.tr("Give the chart a title.")
        if self.proposal.mixed and not self.caveat.toPlainText().strip():
            return self.tr(
                "These values have different bases or sources: the chart needs a caveat that "
                "says so."
            )
        return ""

    def update_preview(self) -> None:
        from .chart_widget import ChartCard

        problem = self.problem()
        if self.proposal.mixed:
            bases = "\n".join(f"• {base} ({source})" for _n, base, source in self.proposal.bases)
            text = self.tr(
                "Different bases or sources: these values are shown on one axis only with the "
                "caveat below.\n{bases}"
            ).format(bases=bases)
        else:
            text = self.tr("The values share one base and one source.")
        self.notice.setText(text + (f"\n\n⚠ {problem}" if problem else ""))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problem)
        if self.proposal.refused:
            return
        spec = self.chart().spec(self.pack)
        if spec is None:
            return
        data = chart_data(self.pack, spec, self.lang)
        if self.preview is None:
            self.preview = ChartCard(data, tools=False)
            self.preview_area.setWidget(self.preview)
        else:
            self.preview.set_data(data)

    def save(self) -> None:
        if self.problem():
            return
        chart = self.chart()
        self.saved.emit(
            {
                "title": chart.title,
                "kind": chart.kind,
                "items": list(chart.items),
                "caveat": chart.caveat,
            }
        )
        self.accept()
