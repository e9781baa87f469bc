"""Numbers and attributions in words, as the reader's language writes them.

Every number goes through QLocale; the app sets the default locale to the content
language (``i18n.use_content_locale``), so Dutch content reads 13,48% and n = 9.640.
A value keeps the decimals the pack gives it: 13.48 stays 13,48, 8 stays 8.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.chart_data import Attribution, ChartData, ChartRow
from ..core.model import APPROXIMATE, DERIVED

translate = QCoreApplication.translate  # a name lupdate recognises

# Marks beside a value the report did not print as such; explained in the chart's footnotes.
MARKS = {DERIVED: "*", APPROXIMATE: "≈"}
MAX_DECIMALS = 4


def decimals(value: float) -> int:
    """How many decimals a figure was written with (13.48 → 2, 8 → 0)."""
    text = repr(float(value))
    if "e" in text or "." not in text:
        return 0 if float(value).is_integer() else MAX_DECIMALS
    fraction = text.split(".")[1].rstrip("0")
    return min(len(fraction), MAX_DECIMALS)


def number(value: float, places: int | None = None) -> str:
    """``value`` in the reader's format, with its own decimals unless ``places`` is given."""
    if float(value).is_integer() and places is None:
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals(value) if places is None else places)


def percent(value: float, places: int | None = None) -> str:
    return f"{number(value, places)}%"


def value_text(row: ChartRow) -> str:
    """A bar's value as people say it: '59%' for a share, '62' for a 0-100 score, marked
    '≈50%' when approximate and '32%*' when derived from other figures."""
    if not row.known:
        return "–"
    text = percent(row.value) if row.unit == "percent" else number(row.value)
    if row.mark == APPROXIMATE:
        return MARKS[APPROXIMATE] + text
    if row.mark == DERIVED:
        return text + MARKS[DERIVED]
    return text


def interval_text(row: ChartRow) -> str:
    if row.interval is None:
        return translate("Formatting", "not available (base not published)")
    low, high = row.interval
    return f"{number(low, 0)}–{percent(high, 0)}"


def mark_notes(data: ChartData) -> list[str]:
    """The footnotes that explain the marks on a chart's values."""
    notes = {
        DERIVED: translate(
            "Formatting", "* calculated from other figures of the report; not printed as such"
        ),
        APPROXIMATE: translate(
            "Formatting", "≈ approximate: the source gives this value in words or rounded"
        ),
    }
    return [notes[m] for m in data.marks]


def row_details(row: ChartRow) -> str:
    """What hovering or selecting a bar tells: label, value, about how many, 95% interval."""
    lines = [row.display_label]
    if row.unit != "percent":
        lines.append(translate("Formatting", "Score {value} of 100").format(value=value_text(row)))
        if row.interval is not None:
            low, high = row.interval
            lines.append(
                translate("Formatting", "Participants range from {low} to {high}").format(
                    low=number(low, 0), high=number(high, 0)
                )
            )
        return "\n".join(lines)
    if not row.known:  # a series' empty place in a group of bars
        lines.append(translate("Formatting", "– not published"))
        return "\n".join(lines)
    lines.append(value_text(row))
    if row.mark == DERIVED:
        lines.append(translate("Formatting", "calculated from other figures of the report"))
    elif row.mark == APPROXIMATE:
        lines.append(translate("Formatting", "approximate: the source gives it in words"))
    if row.count is not None and row.n is not None:
        lines.append(
            translate("Formatting", "≈ {count} of {n}").format(
                count=number(row.count), n=number(row.n)
            )
        )
    lines.append(
        translate("Formatting", "95% interval (Wilson): {interval}").format(
            interval=interval_text(row)
        )
    )
    return "\n".join(lines)


def attribution_text(attribution: Attribution) -> str:
    parts = []
    if attribution.series_label:
        parts.append(attribution.series_label + ":")
    if attribution.n is not None:
        parts.append(f"n = {number(attribution.n)}")
        parts.append(f"({attribution.base})")
    elif attribution.ns:
        low, high = attribution.ns[0], attribution.ns[-1]
        parts.append(
            translate("Formatting", "n = {low} to {high}").format(
                low=number(low), high=number(high)
            )
        )
        parts.append(f"({attribution.base})")
    else:
        parts.append(translate("Formatting", "Base: {base}").format(base=attribution.base))
    parts.append(
        "· " + translate("Formatting", "Source: {source}").format(source=attribution.source)
    )
    return " ".join(parts)


def footer_text(data: ChartData) -> str:
    """Base and source of every series, then what the marks on values mean."""
    return "\n".join([*(attribution_text(a) for a in data.attributions), *mark_notes(data)])


def table_text(data: ChartData) -> str:
    """The chart as tab-separated text, for pasting into a spreadsheet (in the reader's format)."""
    header = [
        translate("Formatting", "Item"),
        translate("Formatting", "Value (%)"),
        translate("Formatting", "≈ Count"),
        translate("Formatting", "95% low"),
        translate("Formatting", "95% high"),
    ]
    lines = [data.title, "\t".join(header)]
    for row in data.rows:
        low, high = row.interval if row.interval else (None, None)
        count = "" if row.count is None else str(row.count)
        low_text = "" if low is None else number(low, 1)
        high_text = "" if high is None else number(high, 1)
        value = number(row.value) + (MARKS[row.mark] if row.mark else "") if row.known else "–"
        lines.append("\t".join([row.display_label, value, count, low_text, high_text]))
    lines.append(footer_text(data))
    return "\n".join(lines)
