"""What a chart shows, computed from the pack: rows in display order with their statistics.

The Qt chart widgets draw exactly these rows; tables, tooltips, slides and exports use them
too, so every view of a figure says the same thing. A ``ChartData`` holds everything a
renderer needs to draw any chart kind without reading ``charts.toml``: the kind, whether
the items are an ordered scale, the series with their legend labels, each row's series and
category, marks, intervals, changes between two surveys and the client's own answers.

How each kind lays the rows out (see ``data/README.md`` §4):

* ``bar``: one bar per row, top to bottom in ``rows`` order.
* ``grouped``: one group per category (an item, matched by id across the series), a bar
  per series inside it. Every category has one row per series; a value a series lacks is
  a row with ``known = False`` (drawn as '–', "not published").
* ``dot``: one line per category, a dot per series on it.
* ``stacked``: one 100% bar per series, a segment per category, in category order.
* ``line``: with several series, each series is a point on the horizontal axis (years,
  phases, groups: in the written order) and each category a line; with one series, the
  categories are the points of one line.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from .model import APPROXIMATE, DERIVED, ChartSpec, FigureItem, ReportPack, pick
from .stats import approximate_count, wilson_interval

BAR, GROUPED, STACKED, LINE, DOT = "bar", "grouped", "stacked", "line", "dot"
KINDS = (BAR, GROUPED, STACKED, LINE, DOT)
# Orders of the rows; SCALE: the items are an ordered scale and are never sorted by value.
BY_VALUE, ASCENDING, AS_WRITTEN, SCALE = "value", "ascending", "pack", "scale"
SORTS = (BY_VALUE, ASCENDING, AS_WRITTEN, SCALE)


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
    category: str = ""  # the group, line or segment the row belongs to ('' : the row alone)
    client_answer: bool = False  # the client's own answer in a readiness check

    @property
    def key(self) -> str:
        return f"{self.figure_id}/{self.item_id}"

    @property
    def category_key(self) -> str:
        return self.category or self.key

    @property
    def display_label(self) -> str:
        """The label with its series, where a chart has several ('US (McKinsey): …')."""
        return f"{self.series_label}: {self.label}" if self.series_label else self.label


@dataclass(frozen=True)
class Attribution:
    """Who the numbers are about and where they come from, for the line under a chart."""

    series_label: str
    n: int | None  # the number asked, when all values of the line share one
    base: str
    source: str
    # Every number asked this line covers, smallest first, when its values have different
    # ones (countries of one survey); empty otherwise.
    ns: tuple[int, ...] = ()


@dataclass(frozen=True)
class ChartSeries:
    """One series of a chart: its legend label ('' when it has none) and its figure."""

    index: int
    label: str
    figure_id: str


@dataclass(frozen=True)
class Category:
    """One item across the series: a group of bars, a line of dots, a segment or a line."""

    key: str
    label: str
    rows: tuple[ChartRow, ...]  # in series order

    def row_of(self, series_index: int) -> ChartRow | None:
        return next((r for r in self.rows if r.series_index == series_index), None)


@dataclass(frozen=True)
class Change:
    """How one item moved between two surveys, in percentage points."""

    category: str
    label: str
    before: float
    after: float
    p_value: float | None  # two-proportion z-test; None when a base is not published
    significant: bool | None  # p < 0.05; None when it could not be tested

    @property
    def delta(self) -> float:
        return self.after - self.before


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
    kind: str = BAR
    sort: str = BY_VALUE
    series: tuple[ChartSeries, ...] = ()  # every series, labelled or not, in order
    mixed_bases: bool = False  # figures with different bases or sources on one axis
    changes: tuple[Change, ...] = ()  # per category, when two surveys are compared
    client_label: str = ""  # whose answers ``ChartRow.client_answer`` marks

    @property
    def has_intervals(self) -> bool:
        return any(r.interval is not None for r in self.rows)

    @property
    def marks(self) -> tuple[str, ...]:
        """The kinds of marked values the chart holds, for its footnotes."""
        return tuple(m for m in (DERIVED, APPROXIMATE) if any(r.mark == m for r in self.rows))

    @property
    def ordered_scale(self) -> bool:
        """The items are an ordered scale (levels, phases): never sorted, in any view."""
        return self.sort == SCALE

    @property
    def series_count(self) -> int:
        return max((r.series_index for r in self.rows), default=-1) + 1

    @property
    def categories(self) -> tuple[Category, ...]:
        """The rows grouped by category, in the order the categories first appear."""
        grouped: dict[str, list[ChartRow]] = {}
        for row in self.rows:
            grouped.setdefault(row.category_key, []).append(row)
        categories = []
        for key, rows in grouped.items():
            rows.sort(key=lambda r: r.series_index)
            label = next((r.label for r in rows if r.known), rows[0].label)
            categories.append(Category(key, label, tuple(rows)))
        return tuple(categories)

    @property
    def legend(self) -> tuple[str, ...]:
        """The legend's entries in order; empty when the chart needs none.

        Series where marks stand for series (bars, groups, dots, the points of a line);
        categories where they stand for items (the segments of a stacked bar, the lines of
        a line chart with several series).
        """
        if self.kind == STACKED or (self.kind == LINE and self.series_count > 1):
            categories = self.categories
            return tuple(c.label for c in categories) if len(categories) > 1 else ()
        labels = tuple(s.label for s in self.series) if self.series else self.series_labels
        if len(labels) > 1 and all(labels) and len(set(labels)) == len(labels):
            return labels
        return ()

    @property
    def client_rows(self) -> tuple[ChartRow, ...]:
        return tuple(r for r in self.rows if r.client_answer)

    def change_of(self, category: str) -> Change | None:
        return next((c for c in self.changes if c.category == category), None)


def make_row(
    item: FigureItem,
    lang: str,
    series_index: int = 0,
    series_label: str = "",
    highlighted: bool = False,
    category: str = "",
) -> ChartRow:
    """One item as a row: label in ``lang``, count and 95% interval when its base is known."""
    known_n = item.n is not None and item.unit == "percent"
    return ChartRow(
        figure_id=item.figure_id,
        item_id=item.item_id,
        label=pick(item.label, lang),
        series_index=series_index,
        series_label=series_label,
        value=item.value,
        unit=item.unit,
        n=item.n,
        count=approximate_count(item.value, item.n) if known_n else None,
        interval=wilson_interval(item.value, item.n) if known_n else None,
        highlighted=highlighted,
        mark=item.mark,
        category=category or item.item_id,
    )


def missing_row(figure_id: str, category: str, label: str, series: ChartSeries) -> ChartRow:
    """A series' empty place in a group: the value was not published for it."""
    return ChartRow(
        figure_id=figure_id,
        item_id=category,
        label=label,
        series_index=series.index,
        series_label=series.label,
        value=0.0,
        unit="percent",
        n=None,
        count=None,
        interval=None,
        highlighted=False,
        known=False,
        category=category,
    )


def series_labels(pack: ReportPack, spec: ChartSpec, lang: str) -> tuple[str, ...]:
    """A legend label for every series: its own, or else a name that tells it apart.

    An unlabelled series among several is named by its figure's own chart title, or else by
    its base; when that still does not tell the series apart, none gets a label.
    """
    own = [pick(s.label, lang) if s.label else "" for s in spec.series]
    if len(spec.series) < 2 or all(own):
        return tuple(own)
    derived = []
    for label, series in zip(own, spec.series, strict=True):
        if label:
            derived.append(label)
            continue
        titles = [
            pick(c.title, lang)
            for c in pack.charts_of_figure(series.figure_id)
            if len(c.series) == 1 and c.id != spec.id
        ]
        figure = pack.figures[series.figure_id]
        derived.append(titles[0] if titles else pick(figure.items[0].base, lang))
    if len(set(derived)) < len(derived):
        return tuple(own)
    return tuple(derived)


def attributions_of(
    per_series: list[tuple[str, list[tuple[int | None, str, str]]]],
) -> tuple[Attribution, ...]:
    """One line per base and source; a line names its series only where the series differ.

    Values with the same base and source but different numbers asked (countries of one
    survey) share a line that gives the range of those numbers. Several series with the same
    base and source (two parts of one figure) share one line.
    """
    grouped_series = []
    for label, bases in per_series:
        by_base: dict[tuple[str, str], set[int | None]] = {}
        for n, base, source in bases:
            by_base.setdefault((base, source), set()).add(n)
        grouped_series.append((label, by_base))
    shared = (
        len({frozenset((k, frozenset(v)) for k, v in b.items()) for _, b in grouped_series}) == 1
    )
    lines: list[Attribution] = []
    for label, by_base in grouped_series:
        for (base, source), ns in by_base.items():  # in the order given: the bars' order
            known = tuple(sorted(n for n in ns if n is not None))
            if len(ns) == 1 or not known:
                line = Attribution("" if shared else label, next(iter(ns)), base, source)
            else:
                line = Attribution("" if shared else label, None, base, source, known)
            if line not in lines:
                lines.append(line)
    return tuple(lines)


def mixed(attributions: tuple[Attribution, ...]) -> bool:
    """Whether the chart puts figures with different bases or sources on one axis.

    Different numbers asked for the same base (countries of one survey) are not mixed.
    """
    return len({(a.base, a.source) for a in attributions}) > 1


def _ordered(categories: list[str], first: dict[str, tuple[int, float]], sort: str) -> list[str]:
    """Categories by the value of the first series that has them; those the first series
    lacks come after the ones it has."""
    if sort == BY_VALUE:
        return sorted(categories, key=lambda c: (first[c][0], -first[c][1]))
    if sort == ASCENDING:
        return sorted(categories, key=lambda c: first[c])
    return categories


def chart_data(pack: ReportPack, spec: ChartSpec, lang: str) -> ChartData:
    """The rows of ``spec`` in ``lang``, ordered as the chart definition asks."""
    labels = series_labels(pack, spec, lang)
    series_info = tuple(
        ChartSeries(i, label, s.figure_id)
        for i, (label, s) in enumerate(zip(labels, spec.series, strict=True))
    )
    per_series_rows: list[list[ChartRow]] = []
    per_series_items: list[list[FigureItem]] = []
    for info, series in zip(series_info, spec.series, strict=True):
        figure = pack.figures[series.figure_id]
        items = [figure.item(i) for i in series.item_ids] if series.item_ids else list(figure.items)
        items = [i for i in items if i is not None]
        per_series_rows.append(
            [make_row(i, lang, info.index, info.label, i.item_id in spec.highlight) for i in items]
        )
        per_series_items.append(items)
    rows = arrange(per_series_rows, series_info, spec.kind, spec.sort)
    # Base lines in the order of the bars they are about (top bar's first), not the file's.
    place = {(row.figure_id, row.item_id): number for number, row in enumerate(rows)}
    per_series_bases = []
    for info, series, items in zip(series_info, spec.series, per_series_items, strict=True):
        shown = sorted(items, key=lambda i: place.get((series.figure_id, i.item_id), len(place)))
        per_series_bases.append((info.label, [(i.n, pick(i.base, lang), i.source) for i in shown]))
    attributions = attributions_of(per_series_bases)
    return ChartData(
        chart_id=spec.id,
        title=pick(spec.title, lang),
        caveat=pick(spec.caveat, lang) if spec.caveat else "",
        choice=spec.choice,
        rows=rows,
        series_labels=tuple(pick(s.label, lang) for s in spec.series if s.label),
        attributions=attributions,
        caveat_source=pack.place(spec.caveat_source, lang) if spec.caveat_source else "",
        kind=spec.kind,
        sort=spec.sort,
        series=series_info,
        mixed_bases=mixed(attributions),
    )


def arrange(
    per_series: list[list[ChartRow]],
    series: tuple[ChartSeries, ...],
    kind: str,
    sort: str,
) -> tuple[ChartRow, ...]:
    """The rows in display order for ``kind`` (see the module's docstring)."""
    if kind == BAR:
        rows = [r for part in per_series for r in part]
        if sort == BY_VALUE:
            rows.sort(key=lambda r: -r.value)
        elif sort == ASCENDING:
            rows.sort(key=lambda r: r.value)
        return tuple(rows)
    # Categories in the order they first appear, or by the value of the first series.
    order: list[str] = []
    first: dict[str, tuple[int, float]] = {}
    by_key: dict[tuple[str, int], ChartRow] = {}
    for part in per_series:
        for row in part:
            if row.category not in first:
                order.append(row.category)
                first[row.category] = (row.series_index, row.value)
            by_key.setdefault((row.category, row.series_index), row)
    order = _ordered(order, first, sort)
    label_of = {c: next(r.label for (k, _), r in by_key.items() if k == c) for c in order}
    figure_of = {s.index: s.figure_id for s in series}
    if kind == STACKED:
        return tuple(by_key[(c, s.index)] for s in series for c in order if (c, s.index) in by_key)
    rows = []
    for category in order:
        for s in series:
            row = by_key.get((category, s.index))
            if row is not None:
                rows.append(row)
            elif kind == GROUPED:
                rows.append(missing_row(figure_of[s.index], category, label_of[category], s))
    return tuple(rows)


def with_client(data: ChartData, answers: Mapping[str, Collection[str]], label: str) -> ChartData:
    """``data`` with the client's answers marked: ``answers`` maps figure ids to item ids."""
    rows = tuple(
        replace(r, client_answer=r.known and r.item_id in answers.get(r.figure_id, ()))
        for r in data.rows
    )
    return replace(data, rows=rows, client_label=label)


def figure_chart(pack: ReportPack, figure_id: str) -> ChartSpec:
    """The chart to open for a figure: the pack's own chart of it, else the pack's chart that
    shows it beside other figures, else a plain bar chart."""
    charts = pack.charts_of_figure(figure_id)
    own = [c for c in charts if len(c.series) == 1]
    if own or charts:
        return (own or charts)[0]
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
