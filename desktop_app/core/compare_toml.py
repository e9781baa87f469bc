"""compare.toml: how a pack's figures and items were called in other editions (optional).

Next year's survey may rename a figure or an item; this small file says so, so that the
two editions can still be compared. See data/README.md §4 ("Comparing two editions").
"""

from __future__ import annotations

from .model import Figure, Renames
from .validation import PackReader, optional_text

COMPARE = "compare.toml"


def read_renames(reader: PackReader, figures: dict[str, Figure]) -> Renames:
    """The pack's compare.toml, when it has one; each problem names its line."""
    if not reader.exists(COMPARE):
        return Renames()
    toml = reader.read_toml(COMPARE)
    if toml is None:
        return Renames()
    shown, data = toml.shown, toml.data
    renamed: dict[str, str] = {}
    raw = data.get("figures", {})
    if not isinstance(raw, dict):
        reader.problem(shown, toml.line_of("[figures]"), "[figures] must map figure ids to ids")
        raw = {}
    for figure_id, other in raw.items():
        line = toml.line_of(figure_id, toml.line_of("[figures]"))
        if figure_id not in figures:
            reader.problem(shown, line, f"[figures]: '{figure_id}' is not a figure of figures.csv")
        elif not isinstance(other, str) or not other:
            reader.problem(shown, line, f"[figures]: '{figure_id}' must name the other id as text")
        else:
            renamed[figure_id] = other
    items: dict[str, dict[str, str]] = {}
    raw_items = data.get("items", {})
    if not isinstance(raw_items, dict):
        reader.problem(shown, toml.line_of("items"), "[items.<figure>] must map item ids to ids")
        raw_items = {}
    for figure_id, mapping in raw_items.items():
        line = toml.line_of(f"[items.{figure_id}]")
        figure = figures.get(figure_id)
        if figure is None:
            reader.problem(shown, line, f"[items.{figure_id}]: not a figure of figures.csv")
            continue
        if not isinstance(mapping, dict):
            reader.problem(shown, line, f"[items.{figure_id}] must map item ids to ids")
            continue
        for item_id, other in mapping.items():
            at = toml.line_of(item_id, line)
            if figure.item(item_id) is None:
                reader.problem(shown, at, f"[items.{figure_id}]: figure has no item '{item_id}'")
            elif not isinstance(other, str) or not other:
                reader.problem(shown, at, f"[items.{figure_id}]: '{item_id}' must name an id")
            else:
                items.setdefault(figure_id, {})[item_id] = other
    return Renames(renamed, items, optional_text(data.get("label")))
