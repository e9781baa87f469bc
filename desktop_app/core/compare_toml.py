"""compare.toml: how a pack's figures and items were called in other editions (optional).

Next year's survey may rename a figure or an item; this small file says so, so that the
two editions can still be compared. See data/README.md §4 ("Comparing two editions").
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Figure, Renames
from .problems import closest
from .tomlfile import TomlFile
from .validation import PackReader, optional_text

COMPARE = "compare.toml"


def _did_you_mean(name: str, known: Iterable[str]) -> str:
    meant = closest(name, known)
    return f"; did you mean '{meant}'?" if meant else ""


def _written(toml: TomlFile, *needles: str) -> bool:
    return any(needle in line for line in toml.lines for needle in needles)


def _items_line(toml: TomlFile, figure_id: str) -> int:
    """The line of ``[items.<figure_id>]``, or of the key ``figure_id`` below ``[items]``."""
    for needle in (f"[items.{figure_id}]", f"items.{figure_id}"):
        if _written(toml, needle):
            return toml.line_of(needle)
    return toml.line_of(figure_id, toml.line_of("[items]"))


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
        reader.problem(
            shown,
            toml.line_of("figures"),
            "figures must be a [figures] table, with a line per renamed figure below it, such as "
            'nl_obstacles = "nl_barriers"',
        )
        raw = {}
    for figure_id, other in raw.items():
        line = toml.line_of(figure_id, toml.line_of("[figures]"))
        if figure_id not in figures:
            reader.problem(
                shown,
                line,
                f"[figures]: '{figure_id}' is not a figure of figures.csv"
                + _did_you_mean(figure_id, figures),
            )
        elif not isinstance(other, str) or not other:
            reader.problem(
                shown,
                line,
                f"[figures]: write the id that '{figure_id}' had in the other edition, in "
                f'double quotes: {figure_id} = "…"',
            )
        else:
            renamed[figure_id] = other
    items: dict[str, dict[str, str]] = {}
    raw_items = data.get("items", {})
    if not isinstance(raw_items, dict):
        reader.problem(
            shown,
            toml.line_of("items"),
            "items must be written as a table per figure, such as [items.nl_obstacles], with a "
            'line per renamed item below it, such as data_quality = "data"',
        )
        raw_items = {}
    for figure_id, mapping in raw_items.items():
        line = _items_line(toml, figure_id)
        figure = figures.get(figure_id)
        if figure is None:
            reader.problem(
                shown,
                line,
                f"[items.{figure_id}]: not a figure of figures.csv"
                + _did_you_mean(figure_id, figures),
            )
            continue
        if not isinstance(mapping, dict):
            reader.problem(
                shown,
                line,
                f"[items.{figure_id}] must be a table, with a line per renamed item below it, "
                'such as data_quality = "data"',
            )
            continue
        for item_id, other in mapping.items():
            at = toml.line_of(item_id, line)
            if figure.item(item_id) is None:
                reader.problem(
                    shown,
                    at,
                    f"[items.{figure_id}]: figure has no item '{item_id}'"
                    + _did_you_mean(item_id, (i.item_id for i in figure.items)),
                )
            elif not isinstance(other, str) or not other:
                reader.problem(
                    shown,
                    at,
                    f"[items.{figure_id}]: write the id that '{item_id}' had in the other "
                    f'edition, in double quotes: {item_id} = "…"',
                )
            else:
                items.setdefault(figure_id, {})[item_id] = other
    return Renames(renamed, items, optional_text(data.get("label")))
