"""The consultant's own charts in a deck, in the interface's words: a heading slide that says
they are not the report's own charts, and speaker notes that give each chart's caveat and
every base and source, so the presenter can answer "where does this come from?"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ...core.chart_data import ChartData
from ...core.model import ChartSpec
from ...core.safe_markdown import escape_markdown
from ...presentation.slides import ChartSource, OwnCharts
from ..formatting import footer_text
from .slide_words import chart_notices

translate = QCoreApplication.translate  # a name lupdate recognises


def shown_charts(panel) -> ChartSource:
    """The chart panel's charts as it shows them now (both editions while comparing, the
    client's answers when marked): the one source the show and its exports draw from."""

    def chart(chart_id: str) -> ChartData | None:
        return panel.data_for(chart_id) if panel.spec(chart_id) is not None else None

    return chart


def own_charts(specs: Sequence[ChartSpec]) -> OwnCharts | None:
    """My charts as the deck's last part; None when there are none."""
    if not specs:
        return None
    return OwnCharts(
        tuple(specs),
        translate("OwnSlides", "My charts"),
        translate(
            "OwnSlides", "Comparisons made from the report's figures, not charts of the report"
        ),
        own_chart_notes,
    )


def own_chart_notes(data: ChartData) -> tuple[str, ...]:
    """Speaker notes of an own chart (Markdown): its caveat, then its bases and sources."""
    notes = []
    if data.caveat:
        notes.append("⚠ " + escape_markdown(data.caveat))
    lines = [*footer_text(data).splitlines(), *chart_notices(data)]
    notes.append(
        translate("OwnSlides", "Bases and sources of this chart:")
        + "\n\n"
        + "\n".join(f"- {escape_markdown(line)}" for line in lines)
    )
    return tuple(notes)
