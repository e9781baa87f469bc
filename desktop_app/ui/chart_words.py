"""Words around a chart that are not numbers alone: legends, changes between two surveys,
and the notices a chart owes its reader (different bases, the client's answers)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.chart_data import LINE, STACKED, Change, ChartData
from .formatting import number, percent
from .palette import (  # not chart_kinds: slides use these words without pyqtgraph
    CLIENT_MARK,
    SERIES_SYMBOLS,
    category_colour,
    series_colour,
    series_symbol,
)

translate = QCoreApplication.translate  # a name lupdate recognises


def legend_entries(data: ChartData) -> list[tuple[str, str, str]]:
    """(colour, symbol, label) per legend entry, as the chart's drawer colours its marks."""
    labels = data.legend
    if not labels:
        return []
    if data.kind == STACKED:
        return [
            (category_colour(i, len(labels), data.ordered_scale), "■", label)
            for i, label in enumerate(labels)
        ]
    if data.kind == LINE and data.series_count > 1:
        return [
            (
                category_colour(i, len(labels), data.ordered_scale),
                SERIES_SYMBOLS[i % len(SERIES_SYMBOLS)],
                label,
            )
            for i, label in enumerate(labels)
        ]
    return [(series_colour(i), series_symbol(i), label) for i, label in enumerate(labels)]


def legend_html(data: ChartData) -> str:
    """The legend as rich text that wraps between entries and between words of a label."""
    return " &nbsp; ".join(
        f"<span style='color:{colour}'>{symbol}</span>&nbsp;{escape(label)}"
        for colour, symbol, label in legend_entries(data)
    )


def points(delta: float) -> str:
    """A change in percentage points, signed: '+5 pp', '−3 pp', '0 pp'."""
    sign = "+" if delta > 0 else ("−" if delta < 0 else "")
    return translate("ChartWords", "{sign}{value} pp").format(
        sign=sign, value=number(round(abs(delta), 1))
    )


def significance(change: Change) -> str:
    """Whether a change is larger than the surveys' sampling error, in plain words."""
    if change.significant is None:
        return translate(
            "ChartWords", "not tested: the number asked is not published for both surveys"
        )
    smallest = 0.001
    p = ("< " if change.p_value < smallest else "= ") + QLocale().toString(
        max(change.p_value, smallest), "f", 3
    )
    if change.significant:
        return translate("ChartWords", "larger than the sampling error (p {p})").format(p=p)
    return translate("ChartWords", "within the sampling error: it may be chance (p {p})").format(
        p=p
    )


def change_details(change: Change, data: ChartData) -> str:
    """One change in words: from, to, how much, and whether it is more than chance."""
    names = [s.label for s in data.series]
    before, after = (names + ["", ""])[:2] if len(names) >= 2 else ("", "")
    return translate(
        "ChartWords", "Change {before} → {after}: {delta} ({was} → {now}), {test}"
    ).format(
        before=before,
        after=after,
        delta=points(change.delta),
        was=percent(change.before),
        now=percent(change.after),
        test=significance(change),
    )


def changes_text(data: ChartData) -> str:
    """Every change of a compared chart, largest first, one line each."""
    ordered = sorted(data.changes, key=lambda c: -abs(c.delta))
    return "\n".join(
        f"{change.label}: {points(change.delta)} · {significance(change)}" for change in ordered
    )


def mixed_bases_notice() -> str:
    return translate(
        "ChartWords",
        "Different bases or sources on one chart: compare with care; each is named below.",
    )


def client_notice(data: ChartData) -> str:
    return translate("ChartWords", "{mark} answer of {client}").format(
        mark=CLIENT_MARK, client=data.client_label
    )
