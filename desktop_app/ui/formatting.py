"""Interface wording for numbers and attributions, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.chart_data import Attribution, ChartData, ChartRow


def percent(value: float) -> str:
    return f"{value:g}%"


def value_text(row: ChartRow) -> str:
    """A bar's value as people say it: '59%' for a share, '62' for a 0-100 score."""
    if not row.known:
        return "–"
    return percent(row.value) if row.unit == "percent" else f"{row.value:g}"


def interval_text(row: ChartRow) -> str:
    if row.interval is None:
        return QCoreApplication.translate("Formatting", "not available (base not published)")
    low, high = row.interval
    return f"{low:.0f}–{high:.0f}%"


def row_details(row: ChartRow) -> str:
    """What hovering or selecting a bar tells: label, value, about how many, 95% interval."""
    lines = [row.display_label]
    if row.unit != "percent":
        lines.append(
            QCoreApplication.translate("Formatting", "Score {value} of 100").format(
                value=value_text(row)
            )
        )
        if row.interval is not None:
            low, high = row.interval
            lines.append(
                QCoreApplication.translate(
                    "Formatting", "Participants range from {low:.0f} to {high:.0f}"
                ).format(low=low, high=high)
            )
        return "\n".join(lines)
    lines.append(percent(row.value))
    if row.count is not None and row.n is not None:
        lines.append(
            QCoreApplication.translate("Formatting", "≈ {count} of {n}").format(
                count=row.count, n=row.n
            )
        )
    lines.append(
        QCoreApplication.translate("Formatting", "95% interval (Wilson): {interval}").format(
            interval=interval_text(row)
        )
    )
    return "\n".join(lines)


def attribution_text(attribution: Attribution) -> str:
    parts = []
    if attribution.series_label:
        parts.append(attribution.series_label + ":")
    if attribution.n is not None:
        parts.append(f"n = {attribution.n}")
        parts.append(f"({attribution.base})")
    else:
        parts.append(
            QCoreApplication.translate("Formatting", "Base: {base}").format(base=attribution.base)
        )
    parts.append(
        "· "
        + QCoreApplication.translate("Formatting", "Source: {source}").format(
            source=attribution.source
        )
    )
    return " ".join(parts)


def footer_text(data: ChartData) -> str:
    return "\n".join(attribution_text(a) for a in data.attributions)


def table_text(data: ChartData) -> str:
    """The chart as tab-separated text, for pasting into a spreadsheet."""
    header = [
        QCoreApplication.translate("Formatting", "Item"),
        QCoreApplication.translate("Formatting", "Value (%)"),
        QCoreApplication.translate("Formatting", "≈ Count"),
        QCoreApplication.translate("Formatting", "95% low"),
        QCoreApplication.translate("Formatting", "95% high"),
    ]
    lines = [data.title, "\t".join(header)]
    for row in data.rows:
        label = row.display_label
        low, high = row.interval if row.interval else ("", "")
        count = "" if row.count is None else str(row.count)
        low_text = f"{low:.1f}" if low != "" else ""
        high_text = f"{high:.1f}" if high != "" else ""
        lines.append("\t".join([label, f"{row.value:g}", count, low_text, high_text]))
    lines.append(footer_text(data))
    return "\n".join(lines)
