"""What a chart shows, computed from the pack: rows in display order with their statistics.

The Qt chart widgets draw exactly these rows; tables, tooltips and exports use them
too, so every view of a figure says the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import APPROXIMATE, DERIVED, ChartSpec, ReportPack, pick
from .stats import approximate_count, wilson_interval


@dataclass(frozen=True)
class ChartRow:
    figure_id: str
    item_id: str
    label: str
    series_index: int
    series_label: str
    value: float
    unit: str
    n: int | None
    count: int | None  # approximate number of respondents, when n is known
    interval: tuple[float, float] | None  # 95% Wilson interval in percent, when n is known
    highlighted: bool  # highlighted by the pack's chart definition
    known: bool = True  # False: no value could be given (drawn as an empty bar marked '–')
    mark: str = ""  # DERIVED or APPROXIMATE (see FigureItem.mark), shown wherever the value is

    @property
    def key(self) -> str:
        return f"{self.figure_id}/{self.item_id}"

    @property
    def display_label(self) -> str:
        """The label with its series, where a chart has several ('US (McKinsey): …')."""
        return f"{self.series_label}: {self.label}" if self.series_label else self.label


@dataclass(frozen=True)
class Attribution:
    """Who the numbers are about and where they come from, for the line under a chart."""

    series_label: str
    n: int | None
    base: str
    source: str


@dataclass(frozen=True)
class ChartData:
    chart_id: str
    title: str
    caveat: str
    choice: str
    rows: tuple[ChartRow, ...]
    series_labels: tuple[str, ...]
    attributions: tuple[Attribution, ...]
    caveat_source: str = ""  # where in the report the caveat is backed, in the chart's language

    @property
    def has_intervals(self) -> bool:
        return any(r.interval is not None for r in self.rows)

    @property
    def marks(self) -> tuple[str, ...]:
        """The kinds of marked values the chart holds, for its footnotes."""
        return tuple(m for m in (DERIVED, APPROXIMATE) if any(r.mark == m for r in self.rows))


def chart_data(pack: ReportPack, spec: ChartSpec, lang: str) -> ChartData:
    """The rows of ``spec`` in ``lang``, sorted as the chart definition asks."""
    rows: list[ChartRow] = []
    attributions: list[Attribution] = []
    for index, series in enumerate(spec.series):
        figure = pack.figures[series.figure_id]
        items = [figure.item(i) for i in series.item_ids] if series.item_ids else list(figure.items)
        series_label = pick(series.label, lang) if series.label else ""
        for item in items:
            if item is None:
                continue
            known_n = item.n is not None and item.unit == "percent"
            rows.append(
                ChartRow(
                    figure_id=item.figure_id,
                    item_id=item.item_id,
                    label=pick(item.label, lang),
                    series_index=index,
                    series_label=series_label,
                    value=item.value,
                    unit=item.unit,
                    n=item.n,
                    count=approximate_count(item.value, item.n) if known_n else None,
                    interval=wilson_interval(item.value, item.n) if known_n else None,
                    highlighted=item.item_id in spec.highlight,
                    mark=item.mark,
                )
            )
        distinct = {(i.n, pick(i.base, lang), i.source) for i in items if i is not None}
        for n, base, source in sorted(distinct, key=lambda t: (t[1], t[2])):
            attributions.append(Attribution(series_label, n, base, source))
    if spec.sort == "value":
        rows.sort(key=lambda r: -r.value)
    elif spec.sort == "ascending":
        rows.sort(key=lambda r: r.value)
    return ChartData(
        chart_id=spec.id,
        title=pick(spec.title, lang),
        caveat=pick(spec.caveat, lang) if spec.caveat else "",
        choice=spec.choice,
        rows=tuple(rows),
        series_labels=tuple(pick(s.label, lang) for s in spec.series if s.label),
        attributions=tuple(attributions),
        caveat_source=pack.place(spec.caveat_source, lang) if spec.caveat_source else "",
    )


def figure_chart(pack: ReportPack, figure_id: str) -> ChartSpec:
    """The chart to open for a figure: the pack's own chart of it, else a plain bar chart."""
    own = [c for c in pack.charts_of_figure(figure_id) if len(c.series) == 1]
    if own:
        return own[0]
    from .model import Series

    figure = pack.figures[figure_id]
    first = figure.items[0]
    return ChartSpec(
        id=figure_id,
        kind="bar",
        choice="other",
        sort="value",
        title={lang: f"{figure_id}" for lang in first.label},
        caveat={},
        highlight=(),
        series=(Series(figure_id, None, {}),),
        line=first.line,
    )
