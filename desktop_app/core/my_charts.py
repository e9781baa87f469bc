"""The consultant's own comparison charts: made from items of the pack's figures, saved per
pack in the user's data folder (one JSON file per pack id), never in the pack. Without Qt.

``MyChart.spec(pack)`` gives an ordinary ``ChartSpec``, so ``chart_data`` draws it like any
chart of the pack, in the reader, on slides and in exports. ``proposal`` says which kind
fits a selection and whether its values may share one axis.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .chart_data import BAR, DOT, GROUPED, KINDS, SCALE
from .model import ChartSpec, LocalText, ReportPack, Series, pick

log = logging.getLogger(__name__)

FORMAT = 1
ID_PREFIX = "my-"  # chart ids of my charts: they never collide with the pack's own
MAX_DOTS = 8  # more values than this read better as bars than as dots


@dataclass(frozen=True)
class MyChart:
    """A saved chart: which items, drawn how, under whose title and caveat."""

    id: str
    title: LocalText  # in the language it was written in
    kind: str
    items: tuple[tuple[str, str], ...]  # (figure id, item id) in the order chosen
    caveat: LocalText = field(default_factory=dict)  # required when bases or sources differ
    created: str = ""

    def spec(self, pack: ReportPack) -> ChartSpec | None:
        """The chart as the pack's charts are defined; None when none of its items is left
        in the pack (a newer pack without those figures)."""
        per_figure: dict[str, list[str]] = {}
        for figure_id, item_id in self.items:
            figure = pack.figures.get(figure_id)
            if figure is not None and figure.item(item_id) is not None:
                per_figure.setdefault(figure_id, []).append(item_id)
        if not per_figure:
            return None
        series = tuple(
            Series(figure_id, tuple(items), series_name(pack, figure_id))
            for figure_id, items in per_figure.items()
        )
        scale = len(series) == 1 and any(
            c.sort == SCALE for c in pack.charts_of_figure(series[0].figure_id)
        )
        return ChartSpec(
            id=self.id,
            kind=self.kind if (self.kind != GROUPED or len(series) > 1) else BAR,
            choice="other",
            sort=SCALE if scale else "pack",
            title=dict(self.title),
            caveat=dict(self.caveat),
            highlight=(),
            series=series,
            line=0,
        )


def series_name(pack: ReportPack, figure_id: str) -> LocalText:
    """A figure's name in a legend: the title of its own chart in the pack, else its series'
    label where a chart of several figures names it, else that chart's title."""
    charts = pack.charts_of_figure(figure_id)
    own = [c for c in charts if len(c.series) == 1]
    if own:
        return dict(own[0].title)
    labels = [s.label for c in charts for s in c.series if s.figure_id == figure_id and s.label]
    if labels:
        return dict(labels[0])
    return dict(charts[0].title) if charts else {lang: figure_id for lang in pack.languages}


@dataclass(frozen=True)
class Proposal:
    """What the app proposes for a selection of items, and what stands in its way."""

    kind: str
    kinds: tuple[str, ...]  # the kinds that can draw the selection
    bases: tuple[tuple[int | None, str, str], ...]  # (n, base, source), each distinct once
    units: tuple[str, ...]

    @property
    def mixed(self) -> bool:
        """Different bases or sources: allowed on one axis only with a visible caveat."""
        return len({(base, source) for _n, base, source in self.bases}) > 1

    @property
    def refused(self) -> bool:
        """Values of different units (a percentage and a score) never share an axis."""
        return len(self.units) > 1 or not self.units


def proposal(pack: ReportPack, items: Sequence[tuple[str, str]], lang: str) -> Proposal:
    """The kind that fits ``items`` (figure id, item id) best, and their bases and units.

    One figure: bars. Several figures that share item ids (the same obstacle for two
    groups): grouped bars. Several figures with a few different items: a dot plot, one line
    per item, a dot shape per figure.
    """
    found = [pack.figures[f].item(i) for f, i in items if f in pack.figures]
    found = [item for item in found if item is not None]
    figures = list(dict.fromkeys(item.figure_id for item in found))
    bases = tuple(dict.fromkeys((i.n, pick(i.base, lang), i.source) for i in found))
    units = tuple(dict.fromkeys(i.unit for i in found))
    if len(figures) <= 1:
        return Proposal(BAR, (BAR, DOT), bases, units)
    ids = [item.item_id for item in found]
    shared = len(set(ids)) < len(ids)
    kinds = (GROUPED, DOT, BAR) if shared else (DOT, BAR, GROUPED)
    kind = GROUPED if shared else (DOT if len(found) <= MAX_DOTS else BAR)
    return Proposal(kind, kinds, bases, units)


def new_id(existing: Iterable[str]) -> str:
    taken = set(existing)
    number = 1
    while f"{ID_PREFIX}{number}" in taken:
        number += 1
    return f"{ID_PREFIX}{number}"


class MyChartsFileError(Exception):
    """The file of my charts could not be read or written; the message says which."""


class MyChartStore:
    """My charts of one pack, in ``folder/my-charts/<pack id>.json``.

    Every change is written at once, through a temporary file, so a crash never leaves half
    a file. A file that cannot be read is set aside under a new name, never overwritten.
    """

    def __init__(self, folder: Path, pack_id: str) -> None:
        self.path = Path(folder) / "my-charts" / f"{file_name(pack_id)}.json"
        self.pack_id = pack_id
        self.problem = ""  # what went wrong reading the file, for the shell to say
        self.charts: list[MyChart] = self._read()

    def _read(self) -> list[MyChart]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [_chart(entry) for entry in data["charts"]]
        except (OSError, ValueError, KeyError, TypeError) as error:
            aside = self.path.with_name(f"{self.path.stem}.unreadable-{int(time.time())}.json")
            try:
                self.path.replace(aside)
            except OSError:
                aside = self.path
            log.warning("My charts file %s unreadable (%s); kept as %s", self.path, error, aside)
            self.problem = str(aside)
            return []

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": FORMAT,
            "pack": self.pack_id,
            "charts": [
                {**asdict(chart), "items": [list(pair) for pair in chart.items]}
                for chart in self.charts
            ],
        }
        try:
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(payload, file, ensure_ascii=False, indent=2)
            os.replace(temporary, self.path)
        except OSError as error:
            raise MyChartsFileError(f"{self.path}: {error.strerror or error}") from error

    def add(
        self,
        title: LocalText,
        kind: str,
        items: Sequence[tuple[str, str]],
        caveat: LocalText | None = None,
    ) -> MyChart:
        chart = MyChart(
            new_id(c.id for c in self.charts),
            dict(title),
            kind if kind in KINDS else BAR,
            tuple((f, i) for f, i in items),
            dict(caveat or {}),
            time.strftime("%Y-%m-%dT%H:%M:%S"),
        )
        self.charts.append(chart)
        try:
            self._write()
        except MyChartsFileError:
            self.charts.remove(chart)
            raise
        return chart

    def remove(self, chart_id: str) -> None:
        before = list(self.charts)
        self.charts = [c for c in self.charts if c.id != chart_id]
        try:
            self._write()
        except MyChartsFileError:
            self.charts = before
            raise

    def rename(self, chart_id: str, title: LocalText) -> None:
        before = list(self.charts)
        self.charts = [
            MyChart(c.id, dict(title), c.kind, c.items, c.caveat, c.created)
            if c.id == chart_id
            else c
            for c in self.charts
        ]
        try:
            self._write()
        except MyChartsFileError:
            self.charts = before
            raise

    def get(self, chart_id: str) -> MyChart | None:
        return next((c for c in self.charts if c.id == chart_id), None)

    def specs(self, pack: ReportPack) -> list[ChartSpec]:
        """Every saved chart that the pack can still draw, as a chart definition."""
        return [spec for chart in self.charts if (spec := chart.spec(pack)) is not None]


def _chart(entry: dict) -> MyChart:
    return MyChart(
        id=str(entry["id"]),
        title={str(k): str(v) for k, v in dict(entry["title"]).items()},
        kind=str(entry.get("kind", BAR)),
        items=tuple((str(f), str(i)) for f, i in entry["items"]),
        caveat={str(k): str(v) for k, v in dict(entry.get("caveat", {})).items()},
        created=str(entry.get("created", "")),
    )


def file_name(pack_id: str) -> str:
    """A pack id as a file name: letters, digits, '-', '_' and '.', nothing else."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", pack_id).strip(".")
    return safe or "pack"
