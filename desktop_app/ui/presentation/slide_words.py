"""What a chart says on a slide besides its marks, the same on the wall, in the PDF and in
PowerPoint: each compared item's change beside its label, which changes are more than
chance, whose answers ◀ marks, and the warning when bases or sources differ.

A chart card says these things in lines of its own under the chart (``chart_words``); a
slide has less room and is read from further away, so the change stands where the eye
already is (beside the item's name) and the rest is one or two short sentences.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from ...core.chart_data import ChartData, ChartRow
from ..chart_words import client_notice, mixed_bases_notice, points
from ..formatting import value_text
from ..palette import CLIENT_MARK

translate = QCoreApplication.translate  # a name lupdate recognises


def slide_data(data: ChartData) -> ChartData:
    """``data`` as a slide shows it: a compared item's label carries its change ('Skills
    (−25 pp)'), and a chart of different bases or sources without a caveat of its own gets the
    warning its card shows, so a slide never looks more comparable than the chart is."""
    if data.changes:
        change_of = {c.category: c for c in data.changes}
        rows = tuple(
            replace(row, label=f"{row.label} ({points(change.delta)})")
            if (change := change_of.get(row.category_key)) is not None
            else row
            for row in data.rows
        )
        data = replace(data, rows=rows)
    if data.mixed_bases and not data.caveat:
        data = replace(data, caveat=mixed_bases_notice())
    return data


def slide_value_text(row: ChartRow) -> str:
    """A value as the slide writes it: as everywhere, and ◀ beside the client's own answer."""
    words = value_text(row)
    return f"{words} {CLIENT_MARK}" if row.client_answer else words


def changes_notice(data: ChartData) -> str:
    """The changes in two sentences at most: what the numbers beside the items are, and which
    of them are larger than the surveys' sampling error."""
    if not data.changes:
        return ""
    names = [s.label for s in data.series]
    before, after = (names + ["", ""])[:2]
    lead = translate(
        "SlideWords", "Beside each item: the change from {before} to {after} in percentage points."
    ).format(before=before, after=after)
    larger = [c.label for c in data.changes if c.significant]
    tested = [c for c in data.changes if c.significant is not None]
    if not tested:
        test = translate(
            "SlideWords",
            "Not tested against the sampling error: the number asked is not published for "
            "both surveys.",
        )
    elif not larger:
        test = translate(
            "SlideWords", "No change is larger than the sampling error: each may be chance."
        )
    elif len(larger) == len(tested):
        test = translate("SlideWords", "Larger than the sampling error: {items}.").format(
            items="; ".join(larger)
        )
    else:
        test = translate(
            "SlideWords",
            "Larger than the sampling error: {items}; the other changes may be chance.",
        ).format(items="; ".join(larger))
    return f"{lead} {test}"


def chart_notices(data: ChartData) -> tuple[str, ...]:
    """The lines a slide shows with its chart's legend: whose answers ◀ marks, the changes."""
    lines = []
    if data.client_rows:
        lines.append(client_notice(data))
    if data.changes:
        lines.append(changes_notice(data))
    return tuple(lines)
