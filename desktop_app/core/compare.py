"""Two editions of a survey side by side: matched figures and items, changes, and whether a
change is larger than the surveys' sampling error. Without Qt.

Figures and items are matched by id; either pack's ``compare.toml`` may say that an id was
renamed. The earlier edition (by year; with equal years, the pack compared *with*) is
"before", the other "after". A change is tested only where both editions published the
number asked (a two-proportion z-test); everything only one edition has is listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from .chart_data import (
    AS_WRITTEN,
    GROUPED,
    LINE,
    SCALE,
    Attribution,
    Change,
    ChartData,
    ChartSeries,
    attributions_of,
    chart_data,
    make_row,
    missing_row,
)
from .model import FigureItem, ReportPack, pick
from .stats import ProportionTest, two_proportion_test

COMPARED_KINDS = (GROUPED, LINE)  # both years as bars side by side, or as a slope


@dataclass(frozen=True)
class ItemPair:
    """One item in both editions (``before`` and ``after``), either of which may be missing."""

    key: str  # the item id in the opened pack, else in the other
    before: FigureItem | None
    after: FigureItem | None

    @property
    def matched(self) -> bool:
        return self.before is not None and self.after is not None

    @property
    def delta(self) -> float | None:
        return self.after.value - self.before.value if self.matched else None

    @cached_property
    def test(self) -> ProportionTest | None:
        """The two-proportion test of the change, when both numbers asked are published."""
        if not self.matched:
            return None
        a, b = self.before, self.after
        if a.n is None or b.n is None or a.unit != "percent" or b.unit != "percent":
            return None
        return two_proportion_test(a.value, a.n, b.value, b.n)


@dataclass(frozen=True)
class FigureMatch:
    """A figure of the opened pack and its counterpart, item by item."""

    figure_id: str  # in the opened pack
    other_id: str  # in the compared pack
    pairs: tuple[ItemPair, ...]  # the opened pack's items in order, then the other's extra ones


@dataclass(frozen=True)
class ItemChange:
    """A matched item's change, for the 'What changed' list."""

    figure_id: str
    item_id: str
    pair: ItemPair

    @property
    def delta(self) -> float:
        return self.pair.delta or 0.0


@dataclass(frozen=True)
class Unmatched:
    """An item (or a whole figure's items) only one edition has."""

    figure_id: str
    item: FigureItem
    in_opened: bool  # True: only in the opened pack; False: only in the compared one


class Comparison:
    """The opened pack beside another edition."""

    def __init__(self, opened: ReportPack, other: ReportPack) -> None:
        self.opened = opened
        self.other = other
        # The earlier edition is 'before'; with the same year, the pack compared with.
        self.opened_is_after = opened.year >= other.year
        self.figures = self._match_figures()

    # -- matching ------------------------------------------------------------------------
    def _other_figure(self, figure_id: str) -> str | None:
        """The compared pack's id for a figure: renamed by either pack, or the same id."""
        other = self.other
        renamed = self.opened.renames.figures.get(figure_id)
        if renamed in other.figures:
            return renamed
        back = [f for f, was in other.renames.figures.items() if was == figure_id]
        if back:
            return back[0]
        return figure_id if figure_id in other.figures else None

    def _match_figures(self) -> dict[str, FigureMatch]:
        matches = {}
        for figure_id, figure in self.opened.figures.items():
            other_id = self._other_figure(figure_id)
            if other_id is None:
                continue
            other_items = list(self.other.figures[other_id].items)
            pairs = []
            for item in figure.items:
                name = self.opened.renames.item(figure_id, item.item_id)
                counterpart = next(
                    (
                        o
                        for o in other_items
                        if o.item_id == name
                        or self.other.renames.item(other_id, o.item_id) == item.item_id
                    ),
                    None,
                )
                if counterpart is not None:
                    other_items.remove(counterpart)
                pairs.append(self._pair(item.item_id, item, counterpart))
            pairs += [self._pair(o.item_id, None, o) for o in other_items]
            matches[figure_id] = FigureMatch(figure_id, other_id, tuple(pairs))
        return matches

    def _pair(self, key: str, mine: FigureItem | None, theirs: FigureItem | None) -> ItemPair:
        if self.opened_is_after:
            return ItemPair(key, theirs, mine)
        return ItemPair(key, mine, theirs)

    # -- what changed --------------------------------------------------------------------
    def changes(self) -> list[ItemChange]:
        """Every matched item's change, the largest first (by size, up or down)."""
        found = [
            ItemChange(match.figure_id, pair.key, pair)
            for match in self.figures.values()
            for pair in match.pairs
            if pair.matched
        ]
        return sorted(found, key=lambda c: -abs(c.delta))

    def unmatched(self) -> list[Unmatched]:
        """Items only one edition has: in figures both have, and in figures only one has."""
        found = []
        for match in self.figures.values():
            for pair in match.pairs:
                if pair.matched:
                    continue
                mine = pair.after if self.opened_is_after else pair.before
                theirs = pair.before if self.opened_is_after else pair.after
                item = mine or theirs
                found.append(Unmatched(match.figure_id, item, mine is not None))
        for figure_id, figure in self.opened.figures.items():
            if figure_id not in self.figures:
                found += [Unmatched(figure_id, item, True) for item in figure.items]
        matched_other = {m.other_id for m in self.figures.values()}
        for figure_id, figure in self.other.figures.items():
            if figure_id not in matched_other:
                found += [Unmatched(figure_id, item, False) for item in figure.items]
        return found

    # -- names ---------------------------------------------------------------------------
    def edition_labels(self, lang: str) -> tuple[str, str]:
        """Names of (before, after): compare.toml's label, else the year if the report
        states it, else the title. Equal names are the caller's to tell apart."""

        def name(pack: ReportPack) -> str:
            if pack.renames.label:
                return pick(pack.renames.label, lang)
            return str(pack.year) if pack.year_stated else pick(pack.title, lang)

        opened, other = name(self.opened), name(self.other)
        return (other, opened) if self.opened_is_after else (opened, other)

    # -- charts --------------------------------------------------------------------------
    def compares(self, chart_id: str) -> bool:
        """Whether a chart of the opened pack has at least one item in both editions."""
        spec = self.opened.charts.get(chart_id)
        return spec is not None and any(
            pair.matched
            for s in spec.series
            if s.figure_id in self.figures
            for pair in self.figures[s.figure_id].pairs
        )

    def chart(
        self,
        chart_id: str,
        lang: str,
        kind: str = GROUPED,
        labels: tuple[str, str] | None = None,
    ) -> ChartData | None:
        """A chart of the opened pack with both editions: each item's two values side by
        side (``grouped``) or as a slope (``line``), with the changes and their tests.

        The items keep the chart's order (its scale, if it is one); items only one edition
        has stay on the chart, their other value marked '–'. None when nothing matches.
        """
        if not self.compares(chart_id):
            return None
        spec = self.opened.charts[chart_id]
        own = chart_data(self.opened, spec, lang)
        before_label, after_label = labels or self.edition_labels(lang)
        series = (ChartSeries(0, before_label, ""), ChartSeries(1, after_label, ""))
        several = len(spec.series) > 1
        order: list[tuple[int, str]] = []  # (series of the opened chart, item id)
        for row in own.rows:
            if row.known and (row.series_index, row.item_id) not in order:
                order.append((row.series_index, row.item_id))
        rows, changes = [], []
        bases: list[list[tuple[int | None, str, str]]] = [[], []]
        for index, part in enumerate(spec.series):
            match = self.figures.get(part.figure_id)
            if match is None:
                continue
            wanted = set(part.item_ids) if part.item_ids else None
            for pair in match.pairs:
                if wanted is not None and pair.key not in wanted:
                    continue
                if (index, pair.key) not in order:
                    order.append((index, pair.key))
        prefix = {
            i: pick(s.label, lang) + ": " if several and s.label else ""
            for i, s in enumerate(spec.series)
        }
        for index, key in order:
            match = self.figures.get(spec.series[index].figure_id)
            pair = next((p for p in match.pairs if p.key == key), None) if match else None
            if pair is None:
                continue
            category = f"{index}:{key}"
            label = prefix[index] + pick((pair.after or pair.before).label, lang)
            highlighted = key in spec.highlight
            for side, item in enumerate((pair.before, pair.after)):
                if item is None:
                    if kind == GROUPED:
                        rows.append(
                            missing_row(spec.series[index].figure_id, category, label, series[side])
                        )
                    continue
                row = make_row(item, lang, side, series[side].label, highlighted, category)
                rows.append(replace(row, label=label))
                bases[side].append((item.n, pick(item.base, lang), item.source))
            if pair.matched:
                test = pair.test
                changes.append(
                    Change(
                        category,
                        label,
                        pair.before.value,
                        pair.after.value,
                        test.p_value if test else None,
                        test.significant if test else None,
                    )
                )
        attributions = attributions_of([(before_label, bases[0]), (after_label, bases[1])])
        return ChartData(
            chart_id=chart_id,
            title=own.title,
            caveat=own.caveat,
            choice=own.choice,
            rows=tuple(rows),
            series_labels=(before_label, after_label),
            attributions=attributions,
            caveat_source=own.caveat_source,
            kind=kind,
            sort=SCALE if spec.sort == SCALE else AS_WRITTEN,
            series=series,
            mixed_bases=different_populations(attributions),
            changes=tuple(changes),
        )

    def charts_of(self, figure_id: str) -> list[str]:
        """The opened pack's charts that show a figure, for opening a change's chart."""
        return [c.id for c in self.opened.charts_of_figure(figure_id) if self.compares(c.id)]


def different_populations(attributions: tuple[Attribution, ...]) -> bool:
    """Whether two editions' values describe different groups or come from other sources.

    '104 organisations' and '120 organisations' are the same population asked again: the
    numbers in a base are left out of the comparison.
    """

    def population(text: str) -> str:
        return " ".join(re.sub(r"[\d.,]+", " ", text).lower().split())

    return len({(population(a.base), a.source) for a in attributions}) > 1
