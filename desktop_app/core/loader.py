"""Loading and validating a report pack; one pass finds every problem.

``load_pack`` returns a ReportPack or raises PackError listing every problem;
``check_pack`` returns the problems alone (what ``desktop-app --check`` prints).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import logging
import re
from pathlib import Path
from typing import Any

from .chapter_text import ChapterText, parse_chapter
from .chart_data import GROUPED, LINE, STACKED
from .compare_toml import read_renames
from .limits import MAX_BARS_PER_CHART, MAX_FIGURE_ROWS, MAX_FIGURES_PER_CHART
from .model import (
    Chapter,
    ChartSpec,
    Figure,
    FigureItem,
    LocalText,
    ReportPack,
    Series,
    Source,
)
from .pack_schema import CHARTS_SCHEMA, MANIFEST_SCHEMA
from .problems import Problem, closest
from .tomlfile import TomlFile
from .validation import (
    PackReader,
    load_or_raise,
    local_text,
    read_pack,
    read_reference,
    table_entries,
)

log = logging.getLogger(__name__)

MANIFEST = "manifest.toml"
FIGURES = "figures.csv"
CHARTS = "charts.toml"
DEFAULT_LANGUAGES = ["nl", "en"]
# Numbers in figures.csv as people write them: ASCII digits, a point, at most 4 decimals.
# Python's float() and int() would also take '1_0', Arabic-Indic digits and '9.9e-321'.
PERCENTAGE = re.compile(r"[+-]?[0-9]+(?:\.(?P<decimals>[0-9]+))?")
MAX_DECIMALS = 4
WHOLE_NUMBER = re.compile(r"[0-9]+")
THOUSANDS = re.compile(r"[0-9]{1,3}(?:[.,\s][0-9]{3})+")


class _Loader:
    """Reads the report's own files (manifest, figures, charts, chapters) of one pack."""

    def __init__(self, reader: PackReader) -> None:
        self.reader = reader
        self.broken_items: set[tuple[str, str]] = set()
        # caveat_source of each chart, checked once the chapters it may point at are read
        self.caveat_sources: dict[str, tuple[Any, int, str]] = {}
        self.languages: list[str] | None = None  # the pack's, once manifest or figures say
        self.charts_read = False
        self.broken_charts: set[str] = set()  # charts left out for a problem of their own
        self.unchartable: set[str] = set()  # figures such a chart names (or was meant to)
        self.nameless_rows: set[str] = set()  # figures with a row whose item_id is empty
        self.chart_ids: set[str] = set()  # every chart id charts.toml has, usable or not
        self.nameless_chart = False  # a [[chart]] without an id was left out

    def problem(self, path: str, line: int, message: str) -> None:
        self.reader.problem(path, line, message)

    def local_text(
        self, toml: TomlFile, value: Any, what: str, line: int, languages: list[str]
    ) -> LocalText:
        return local_text(self.reader, toml, value, what, line, languages)

    # -- the files ---------------------------------------------------------------------
    def load(self) -> ReportPack | None:
        """The report as far as it could be read (None without a usable manifest).

        A pack with problems still comes back, so that other files can be checked against
        it in the same pass; ``read_pack`` keeps it from being used.
        """
        reader = self.reader
        if not reader.usable:
            return None
        if not reader.exists(MANIFEST):
            # Most likely the folder above the pack, or a zip of something else: one message,
            # not one per file the pack would need.
            reader.problem(
                str(reader.location),
                1,
                "no manifest.toml here, so this is not a report pack; choose the pack's own "
                "folder (the one that holds manifest.toml, figures.csv and charts.toml) or its .zip",
            )
            return None
        manifest = reader.read_toml(MANIFEST)
        header = self.manifest(manifest) if manifest else None
        if header:
            chapter_files = len(header["chapter_order"]) * len(header["languages"])
            reader.expect_files(3 + chapter_files + int(reader.exists("readiness.toml")))
        # A manifest with other problems still says its languages; without them, the label
        # columns do, so an English-only pack is not told about missing Dutch texts.
        figures = self.figures(self.languages)
        languages = self.languages or ["en"]
        charts = self.charts(figures, languages)
        chapters = self.chapters(manifest, header, charts, languages) if header else []
        if header:
            self.every_figure_charted(figures, charts)
            self.caveat_references(charts, figures, chapters)
        if header is None:
            return None
        return ReportPack(
            location=reader.location,
            chapters=chapters,
            figures=figures,
            charts=charts,
            renames=read_renames(reader, figures),
            **header,
        )

    def manifest(self, toml: TomlFile) -> dict[str, Any] | None:
        """The manifest's keys; its shape is the schema's, its languages are checked here."""
        data, shown = toml.data, toml.shown
        declared = data.get("languages", DEFAULT_LANGUAGES)
        named = declared if _texts(declared) and declared else DEFAULT_LANGUAGES
        shapes = self.reader.shapes(toml, MANIFEST_SCHEMA, named)
        languages = DEFAULT_LANGUAGES if shapes.broken("languages") else declared
        if not shapes.broken("languages"):
            self.languages = languages
        title = {}
        if not shapes.broken("title") and not shapes.broken("languages"):
            title = self.local_text(
                toml, data["title"], "title", toml.line_of("[title]"), languages
            )
        default_language = data.get("default_language", languages[0])
        if not shapes.broken("default_language") and default_language not in languages:
            self.problem(
                shown, toml.line_of("default_language"), "default_language is not in languages"
            )
            default_language = languages[0]
        if shapes.broken():
            return None
        survey = data["survey"]
        return {
            "id": data["id"],
            "year": data["year"],
            "publisher": data["publisher"],
            "title": title,
            "subtitle": data.get("subtitle", {}),
            "languages": languages,
            "default_language": default_language,
            "survey_n": survey["n"],
            "survey_base": survey.get("base", {}),
            "survey_respondents": survey.get("respondents", {}),
            "year_stated": data.get("year_stated", True),
            "sources": [
                Source(
                    source.get("id", source["name"]), source["name"], source.get("description", {})
                )
                for source in data.get("sources", [])
            ],
            "chapter_order": data["chapters"],
        }

    def figures(self, languages: list[str] | None) -> dict[str, Figure]:
        """figures.csv; ``languages`` None: the manifest does not say, the label columns do."""
        text = self.reader.read_text(FIGURES)
        figures: dict[str, Figure] = {}
        if text is None:
            return figures
        shown = self.reader.display(FIGURES)
        layout = csv_layout(text)
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=layout.separator)
        try:
            if layout.separator_line:
                next(rows)  # Excel's 'sep=;' line
            header = [cell.strip() for cell in next(rows, [])]
            if languages is None:
                languages = [c[6:] for c in header if c.startswith("label_") and c[6:]] or ["en"]
                self.languages = languages
            missing = missing_columns(header, languages)
            if missing:
                self.problem(
                    shown, rows.line_num or 1, missing_columns_message(missing, header, layout)
                )
                return figures
            seen: dict[tuple[str, str], int] = {}
            start = rows.line_num + 1  # the line the next row starts on
            for count, cells in enumerate(rows, start=1):
                line, first, start = rows.line_num, start, rows.line_num + 1
                if line > first or any("\n" in cell for cell in cells):
                    if len(cells) != len(header):  # a quote left open swallowed lines
                        self.problem(shown, *open_quote(text, first, line))
                        return {}  # the lines it swallowed are lost: charts would only echo it
                    # A line break typed in a cell (Excel's Alt+Enter), the row otherwise
                    # whole: the words run on, as charts wrap labels themselves.
                    cells = [" ".join(cell.split()) if "\n" in cell else cell for cell in cells]
                if count > MAX_FIGURE_ROWS:
                    total = count + sum(1 for _ in rows)
                    self.problem(
                        shown,
                        line,
                        f"figures.csv has {total:,} rows; a pack may have at most "
                        f"{MAX_FIGURE_ROWS:,}",
                    )
                    return {}  # its charts would only echo the problem
                if not any(cell.strip() for cell in cells):
                    continue  # a blank line, or one of separators only (as Excel writes)
                row = dict(zip(header, cells, strict=False))
                if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                    self.problem(shown, line, too_many_cells(len(cells), len(header), layout))
                    key = (row["figure_id"].strip(), row["item_id"].strip())
                    self.broken_items.add(key)  # charts naming it raise no echo
                    figures.setdefault(key[0], Figure(key[0]))
                    continue
                self.figure_row(shown, line, row, seen, figures, languages, layout.decimal_comma)
        except csv.Error as exc:
            self.problem(shown, *csv_error(text, start, rows.line_num, exc))
            return {}  # read only in part: its charts would only echo the problem
        return figures

    def bad_row(
        self, figures: dict[str, Figure], key: tuple[str, str], shown: str, line: int, message: str
    ) -> None:
        """Report a broken row but remember its ids, so charts naming it raise no echo."""
        self.problem(shown, line, f"{key[0]}/{key[1]}: {message}")
        self.broken_items.add(key)
        figures.setdefault(key[0], Figure(key[0]))

    def figure_row(
        self,
        shown: str,
        line: int,
        row: dict[str, str | None],
        seen: dict[tuple[str, str], int],
        figures: dict[str, Figure],
        languages: list[str],
        decimal_comma: bool = False,
    ) -> None:
        cell = {k: (v or "").strip() for k, v in row.items() if k is not None}
        figure_id, item_id = cell.get("figure_id", ""), cell.get("item_id", "")
        if not figure_id or not item_id:
            self.problem(shown, line, "figure_id and item_id must not be empty")
            self.nameless_rows.add(figure_id)  # any item its charts name may be this row
            return
        key = (figure_id, item_id)
        if key in seen:
            self.problem(
                shown, line, f"duplicate id {figure_id}/{item_id} (first on line {seen[key]})"
            )
            return
        seen[key] = line
        raw = cell.get("value", "")
        value, refusal = _percentage(raw, decimal_comma)
        if value is None:
            return self.bad_row(figures, key, shown, line, refusal)
        if not 0.0 <= value <= 100.0:
            return self.bad_row(figures, key, shown, line, f"value {raw} lies outside 0 to 100")
        n: int | None = None
        if cell.get("n"):
            if not WHOLE_NUMBER.fullmatch(cell["n"]) or int(cell["n"]) <= 0:
                message = f"n {cell['n']!r} is not a positive whole number (write digits 0-9 only)"
                if THOUSANDS.fullmatch(cell["n"]):
                    plain = re.sub(r"[.,\s]", "", cell["n"])
                    message = f"n {cell['n']!r} has a thousands separator; write {plain}"
                return self.bad_row(figures, key, shown, line, message)
            n = int(cell["n"])
        labels = [f"label_{lang}" for lang in languages]
        for column in (*labels, "unit", "source"):
            if not cell.get(column):
                return self.bad_row(figures, key, shown, line, f"'{column}' is empty")
        base = {lang: cell.get(f"base_{lang}") or cell.get("base", "") for lang in languages}
        empty = [lang for lang, text in base.items() if not text]
        if empty:
            column = "base" if "base" in cell else f"base_{empty[0]}"
            return self.bad_row(figures, key, shown, line, f"'{column}' is empty")
        item = FigureItem(
            figure_id=figure_id,
            item_id=item_id,
            chapter=cell.get("chapter", ""),
            label={lang: cell[f"label_{lang}"] for lang in languages},
            value=value,
            unit=cell["unit"],
            n=n,
            base=base,
            source=cell["source"],
            note=cell.get("note", ""),
            line=line,
        )
        figures.setdefault(figure_id, Figure(figure_id)).items.append(item)

    def charts(self, figures: dict[str, Figure], languages: list[str]) -> dict[str, ChartSpec]:
        toml = self.reader.read_toml(CHARTS)
        charts: dict[str, ChartSpec] = {}
        self.charts_read = toml is not None  # unread, no figure can be said to lack a chart
        if toml is None:
            return charts
        shapes = self.reader.shapes(toml, CHARTS_SCHEMA, languages)
        entries = list(table_entries(toml, "chart"))
        if not entries:
            # the schema says "no [[chart]] entries"; every figure "lacking a chart" would echo it
            self.charts_read = False
        if not figures:
            # Without a readable figures table every chart would be reported too: noise.
            return charts
        for index, entry in enumerate(entries):
            if shapes.broken("chart", index):
                self.left_out(entry.data)
                continue
            spec = self.chart(toml, entry.data, entry.start, entry.end, figures, languages)
            if spec is None:
                self.left_out(entry.data)
                continue
            if spec.id in charts:
                self.problem(
                    toml.shown, entry.line_of(toml, "id"), f"duplicate chart id '{spec.id}'"
                )
                continue
            charts[spec.id] = spec
        return charts

    def left_out(self, data: dict[str, Any]) -> None:
        """A chart with a problem: what only follows from its absence is not reported.

        Its placements in chapters and its figures' "has no chart" would each repeat the
        one problem, and "add a chart" would be wrong advice: the chart is there.
        """
        if isinstance(data.get("id"), str) and data["id"]:
            self.broken_charts.add(data["id"])
        else:
            self.nameless_chart = True  # any chart a chapter names may be this one
        parts = data.get("series") if isinstance(data.get("series"), list) else [data]
        for part in parts:
            if isinstance(part, dict) and isinstance(part.get("figure"), str):
                self.unchartable.add(part["figure"])

    def chart(
        self,
        toml: TomlFile,
        entry: dict[str, Any],
        start: int,
        end: int | None,
        figures: dict[str, Figure],
        languages: list[str],
    ) -> ChartSpec | None:
        """A chart whose shape the schema accepted, checked against the figures it names."""
        shown = toml.shown

        def at(key: str) -> int:
            return toml.line_of(key, start, end)

        chart_id = entry["id"]
        ok = True
        kind = entry.get("kind", "bar")
        choice = entry.get("choice", "other")
        sort = entry.get("sort", "value")
        title = self.local_text(
            toml, entry["title"], f"chart '{chart_id}': title", at("title"), languages
        )
        if "caveat_source" in entry:
            self.caveat_sources[chart_id] = (entry["caveat_source"], at("caveat_source"), shown)
        raw_series = entry.get("series") or [
            {"figure": entry["figure"], "items": entry.get("items")}
        ]
        series: list[Series] = []
        for part in raw_series:
            figure_id = part["figure"]
            if figure_id not in figures:
                message = f"chart '{chart_id}' names unknown figure {figure_id!r}"
                self.problem(
                    shown, at(f'"{figure_id}"'), message + self.did_you_mean(figure_id, figures)
                )
                ok = False
                continue
            items = part.get("items")
            if items is not None:
                unknown = [
                    i
                    for i in items
                    if figures[figure_id].item(i) is None
                    and (figure_id, i) not in self.broken_items
                    and figure_id not in self.nameless_rows
                ]
                if unknown:
                    self.problem(
                        shown,
                        at("items"),
                        f"chart '{chart_id}': figure '{figure_id}' has no item(s) {', '.join(unknown)}",
                    )
                    ok = False
                    continue
            series.append(Series(figure_id, tuple(items) if items else None, part.get("label", {})))
        if not ok:
            return None  # what follows (bars, highlight, sums) would only echo it
        bars = sum(len(s.item_ids or figures[s.figure_id].items) for s in series)
        for count, limit, what in (
            (len(series), MAX_FIGURES_PER_CHART, "figures"),
            (bars, MAX_BARS_PER_CHART, "bars"),
        ):
            if count > limit:
                self.problem(
                    shown,
                    start,
                    f"chart '{chart_id}' has {count:,} {what}; a chart may show at most {limit} {what}",
                )
                ok = False
        highlight = entry.get("highlight", [])
        known_items = {i.item_id for s in series for i in figures[s.figure_id].items}
        known_items |= {
            item for figure, item in self.broken_items if figure in entry_figures(series)
        }
        for item_id in highlight:
            if item_id not in known_items and not entry_figures(series) & self.nameless_rows:
                self.problem(
                    shown,
                    at("highlight"),
                    f"chart '{chart_id}': highlight names unknown item '{item_id}'",
                )
                ok = False
        if choice == "single":
            for part in series:
                figure = figures[part.figure_id]
                if any(f == figure.id for f, _ in self.broken_items):
                    continue  # its broken row is reported already; a sum would only echo it
                total = sum(i.value for i in figure.items)
                tolerance = max(1.0, 0.5 * len(figure.items))
                if abs(total - 100.0) > tolerance:
                    self.problem(
                        self.reader.display(FIGURES),
                        figure.items[0].line,
                        f"figure '{figure.id}' is single choice (chart '{chart_id}') but its parts sum "
                        f"to {total:g}, not 100",
                    )
                    ok = False
        if ok:
            ok = self.kind_fits(shown, at("kind"), chart_id, kind, choice, series, figures)
        if not ok:
            return None
        return ChartSpec(
            id=chart_id,
            kind=kind,
            choice=choice,
            sort=sort,
            title=title,
            caveat=entry.get("caveat", {}),
            highlight=tuple(highlight),
            series=tuple(series),
            line=start,
        )

    def kind_fits(
        self,
        shown: str,
        line: int,
        chart_id: str,
        kind: str,
        choice: str,
        series: list[Series],
        figures: dict[str, Figure],
    ) -> bool:
        """Whether the chart's data has the shape its kind draws; says what to change if not."""
        message = ""
        points = (
            len(series)
            if len(series) > 1
            else len(series[0].item_ids or figures[series[0].figure_id].items)
        )
        if kind == STACKED and choice != "single":
            message = (
                f"chart '{chart_id}': a stacked chart shows the parts of a whole; "
                'set choice = "single" (one answer per respondent)'
            )
        elif kind == GROUPED and len(series) < 2:
            message = (
                f"chart '{chart_id}': grouped bars need two or more [[chart.series]]; "
                'use kind = "bar" for one figure'
            )
        elif kind == LINE and points < 2:
            message = (
                f"chart '{chart_id}': a line needs two or more points "
                "(two [[chart.series]], or one figure with two items)"
            )
        if message:
            self.problem(shown, line, message)
        return not message

    def chapters(
        self,
        manifest: TomlFile,
        header: dict[str, Any],
        charts: dict[str, ChartSpec],
        languages: list[str],
    ) -> list[Chapter]:
        chapters = []
        self.chart_ids = set(charts) | self.broken_charts if charts else set()
        order = list(dict.fromkeys(header.pop("chapter_order")))
        absent = [
            lang
            for lang in languages
            if not any(self.reader.exists(f"chapters/{lang}/{c}.md") for c in order)
        ]
        for lang in absent:  # one message for the language, not one per chapter
            self.problem(
                manifest.shown,
                manifest.line_of("languages"),
                f"languages declares '{lang}', but no chapter has a {lang} text "
                f"(chapters/{lang}/ has none of the chapters); write them, or remove '{lang}' "
                "from languages",
            )
        for chapter_id in order:
            texts: dict[str, ChapterText] = {}
            for lang in languages:
                if lang in absent:
                    continue
                relative = f"chapters/{lang}/{chapter_id}.md"
                if not self.reader.exists(relative):
                    self.problem(
                        manifest.shown,
                        manifest.line_of(f'"{chapter_id}"', manifest.line_of("chapters")),
                        f"chapter '{chapter_id}' has no {lang} text: {relative} is missing",
                    )
                    continue
                text = self.reader.read_text(relative)
                if text is None:
                    continue
                chapter, problems = parse_chapter(self.reader.display(relative), text)
                self.reader.problems.extend(problems)
                if not chapter.complete:
                    continue  # not read: its sections and charts cannot be compared
                for placement in chapter.placements:
                    if self.unknown_chart(placement.chart_id, charts):
                        self.problem(
                            chapter.path,
                            placement.line,
                            f"unknown chart '{placement.chart_id}'"
                            + self.chart_hint(placement.chart_id, charts),
                        )
                for section in chapter.sections:
                    shown = section.slide.charts if section.slide else None
                    for chart_id in shown or ():
                        if self.unknown_chart(chart_id, charts):
                            section.slide_faulty = True
                            self.problem(
                                chapter.path,
                                section.slide.line,
                                f"'::: slide' shows unknown chart '{chart_id}'"
                                + self.chart_hint(chart_id, charts),
                            )
                texts[lang] = chapter
            # A text with a block left open may have lost sections and charts to it.
            self.same_sections({k: t for k, t in texts.items() if t.blocks_closed})
            if texts:
                chapters.append(Chapter(chapter_id, texts))
        return chapters

    def placed(self, text: ChapterText) -> list[str]:
        """The charts a text places, less unknown ones (each reported where it is placed)."""
        if not self.chart_ids:
            return text.chart_ids
        return [c for c in text.chart_ids if c in self.chart_ids]

    def unknown_chart(self, chart_id: str, charts: dict[str, ChartSpec]) -> bool:
        """Named in a chapter but not in charts.toml (a chart left out is reported there)."""
        return (
            bool(charts)
            and not self.nameless_chart
            and chart_id not in charts
            and chart_id not in self.broken_charts
        )

    @staticmethod
    def chart_hint(chart_id: str, charts: dict[str, ChartSpec]) -> str:
        meant = closest(chart_id, charts)
        if meant:
            return f"; did you mean '{meant}'?"
        return "; no [[chart]] in charts.toml has this id"

    def same_sections(self, texts: dict[str, ChapterText]) -> None:
        """Each language has the same sections and charts, so a switch keeps the place.

        Charts and slides are compared only once the sections agree: a section missing in
        one language would otherwise be reported again for the charts it places.
        """
        if len(texts) < 2:
            return
        first_lang, *rest = texts
        first = texts[first_lang]
        counts = {lang: len(text.sections) for lang, text in texts.items()}
        for lang in rest:
            text = texts[lang]
            if counts[lang] != counts[first_lang]:
                self.problem(
                    text.path,
                    text.title_line or 1,
                    f"has {counts[lang]} '## ' sections but the {first_lang} text has "
                    f"{counts[first_lang]}; give every language the same '## ' sections",
                )
            elif self.placed(text) != self.placed(first):
                self.problem(
                    text.path,
                    text.title_line or 1,
                    f"{_places(text.chart_ids)} but the {first_lang} text "
                    f"{_places(first.chart_ids)}; place the same charts, in the same order, in "
                    "every language",
                )
        if len(set(counts.values())) == 1:
            self.same_slides(texts)

    def same_slides(self, texts: dict[str, ChapterText]) -> None:
        """Every language's slides show the same charts and builds, so the decks agree."""
        first_lang, *rest = texts
        for lang in rest:
            for ours, theirs in zip(texts[lang].sections, texts[first_lang].sections, strict=True):
                mine, other = ours.slide, theirs.slide
                if ours.slide_faulty or theirs.slide_faulty:
                    continue  # its own problem is reported; a difference would only echo it
                if (mine is None) != (other is None) or (
                    mine is not None and (mine.charts, mine.build) != (other.charts, other.build)
                ):
                    line = mine.line if mine is not None else ours.line
                    self.problem(
                        texts[lang].path,
                        line,
                        f"section '{ours.title}': its '::: slide' block differs from the "
                        f"{first_lang} text's (which charts, which build); give it the same "
                        "chart and build lines",
                    )

    def caveat_references(
        self, charts: dict[str, ChartSpec], figures: dict[str, Figure], chapters: list[Chapter]
    ) -> None:
        """Each caveat's place in the report, now that the chapters are known."""
        for chart_id, (value, line, shown) in self.caveat_sources.items():
            if chart_id not in charts:
                continue
            reference = read_reference(
                self.reader,
                shown,
                value,
                f"chart '{chart_id}': caveat_source",
                line,
                figures,
                chapters,
            )
            if reference is not None:
                charts[chart_id] = dataclasses.replace(charts[chart_id], caveat_source=reference)

    def did_you_mean(self, figure_id: Any, figures: dict[str, Figure]) -> str:
        """'; did you mean 'x'?' for a misspelt figure id, which then needs no chart of its own."""
        meant = closest(str(figure_id), figures)
        if not meant:
            return ""
        self.unchartable.add(meant)
        return f"; did you mean '{meant}'?"

    def every_figure_charted(
        self, figures: dict[str, Figure], charts: dict[str, ChartSpec]
    ) -> None:
        if not self.charts_read:
            return
        charted = {f for c in charts.values() for f in c.figure_ids} | self.unchartable
        for figure in figures.values():
            if figure.id not in charted and figure.items:
                self.problem(
                    self.reader.display(FIGURES),
                    figure.items[0].line,
                    f"figure '{figure.id}' has no chart; add one to {CHARTS}",
                )


def _percentage(raw: str, decimal_comma: bool = False) -> tuple[float | None, str]:
    """The value of a ``value`` cell, or None and a message saying how to write it.

    ``decimal_comma``: the file is semicolon-separated, as spreadsheet programs write it
    where the comma is the decimal mark (Dutch, German); ``59,5`` is then 59.5.
    """
    if decimal_comma and re.fullmatch(r"[+-]?[0-9]+,[0-9]+", raw):
        value, refusal = _percentage(raw.replace(",", "."))
        return value, refusal.replace(raw.replace(",", "."), raw)
    match = PERCENTAGE.fullmatch(raw)
    if match is None:
        if re.fullmatch(r"[+-]?[0-9]*\.?[0-9]+[eE][+-]?[0-9]+", raw):
            return None, f"value {raw!r} is written with an exponent; write a plain number"
        if re.fullmatch(r"[+-]?[0-9]+,[0-9]+", raw):
            return None, f"value {raw!r} has a decimal comma; write {raw.replace(',', '.')}"
        return None, (
            f"value {raw!r} is not a number; write digits 0-9 and at most one decimal point, "
            "such as 59 or 12.5"
        )
    if len(match["decimals"] or "") > MAX_DECIMALS:
        return None, f"value {raw!r} has more than {MAX_DECIMALS} decimals"
    return float(raw), ""


@dataclasses.dataclass(frozen=True)
class CsvLayout:
    """How a figures.csv was written: by hand, or by a spreadsheet program in some locale."""

    separator: str  # ',' or ';' (detected from the header line)
    separator_line: bool  # the file starts with Excel's 'sep=;' line
    tabs: bool  # the header is separated by tabs (Excel's 'Unicode text'): not read as CSV

    @property
    def decimal_comma(self) -> bool:
        """Semicolons are what spreadsheets write where the comma is the decimal mark."""
        return self.separator == ";"


def csv_layout(text: str) -> CsvLayout:
    """The separator of figures.csv: the one that splits its header into the column names.

    Excel writes commas or semicolons depending on the regional settings (Dutch and
    German: semicolons, with decimal commas), and sometimes a first line ``sep=;``.
    """
    first, _, rest = text.partition("\n")
    declared = re.fullmatch(r"\s*sep=(.)\s*", first)
    if declared and declared.group(1) in ",;":
        return CsvLayout(declared.group(1), True, False)
    header = first if first.strip() else rest.partition("\n")[0]
    for separator in (",", ";"):
        cells = [c.strip().strip('"') for c in header.split(separator)]
        if "figure_id" in cells:
            return CsvLayout(separator, False, False)
    counts = {sep: header.count(sep) for sep in ",;"}
    return CsvLayout(max(counts, key=counts.get), False, header.count("\t") > max(counts.values()))


def open_quote(text: str, first: int, last: int, end: str = "") -> tuple[int, str]:
    """Where a double quote opens a cell that runs over lines ``first`` to ``last``, and why.

    A row that runs over several lines and then has more or fewer cells than the header is
    almost always a quote that was typed to open a cell and never closed: everything up to
    the next quote was read into that cell. The line to fix is the one where the quotes
    stop pairing up.
    """
    every_line = io.StringIO(text, newline="").readlines()
    quotes, opened = 0, 0
    for number in range(first, last + 1):
        quotes += every_line[number - 1].count('"')
        if quotes % 2 and not opened:
            opened = number  # the first line that ends inside a quoted cell
    if not end:
        at_end = last == len(every_line) and quotes % 2
        end = "to the end of the file" if at_end else f"to line {last}"
    return opened or first, (
        'a double quote (") opens a cell that is not closed on this line, so the cell runs on '
        f'{end}; end the cell with " on this line, and write a quote inside a cell as ""'
    )


def csv_error(text: str, first: int, last: int, error: csv.Error) -> tuple[int, str]:
    """The line and message for what Python's csv reader refused, in the author's words.

    In Python 3.11 and later the one thing it refuses in a file read this way is a cell
    longer than its limit: a quote left open in a long file, or a huge cell on one line.
    """
    if not str(error).startswith("field larger than field limit"):
        return first, f"not valid CSV: {error}"
    limit = f"{csv.field_size_limit():,} characters"
    if '"' in "".join(io.StringIO(text, newline="").readlines()[first - 1 : last]):
        return open_quote(text, first, last, f"past {limit}")
    return first, f"not valid CSV: a cell is longer than {limit}; shorten it"


def missing_columns(header: list[str], languages: list[str]) -> list[str]:
    """Required columns the header lacks: the fixed ones, a label per language and a base."""
    required = ["figure_id", "item_id", *(f"label_{lang}" for lang in languages)]
    required += ["value", "unit", "source"]
    missing = [c for c in required if c not in header]
    if "base" not in header and any(f"base_{lang}" not in header for lang in languages):
        missing.append("base")
    return missing


def missing_columns_message(missing: list[str], header: list[str], layout: CsvLayout) -> str:
    """'missing column(s): …', with the likeliest reason when the file says what it is."""
    message = f"missing column(s): {', '.join(missing)}"
    if layout.tabs:
        return (
            f"{message}; the file is separated by tabs (Excel's 'Unicode text'): save it as "
            "'CSV UTF-8 (comma delimited)'"
        )
    if len(header) <= 1:
        return (
            f"{message}; the header line has no ',' or ';' between the column names: save the "
            "file as CSV, or check the first line"
        )
    near = {c.strip().lower().replace(" ", "_"): c for c in header}
    renamed = [f"'{near[m]}'" for m in missing if m in near and near[m] != m]
    if renamed:
        return f"{message}; the header has {', '.join(renamed)}: write column names in lower case"
    labels = [m for m in missing if m.startswith("label_")]
    if labels:
        return (
            f"{message}; manifest.toml declares the language(s) "
            f"{', '.join(m[6:] for m in labels)}, so figures.csv needs the column(s) "
            f"{', '.join(labels)}"
        )
    return message


def too_many_cells(cells: int, columns: int, layout: CsvLayout) -> str:
    if layout.separator == ",":
        return (
            f"the line has {cells} cells but the header names {columns} columns; put a cell that "
            'contains a comma between double quotes ("Author, Title of the survey"), and write '
            "numbers with a decimal point (59.5), not a comma"
        )
    return (
        f"the line has {cells} cells but the header names {columns} columns; put a cell that "
        "contains a semicolon between double quotes"
    )


def _places(chart_ids: list[str]) -> str:
    return f"places the charts {', '.join(chart_ids)}" if chart_ids else "places no chart"


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def entry_figures(series: list[Series]) -> set[str]:
    return {s.figure_id for s in series}


def read_report(reader: PackReader) -> ReportPack | None:
    """The report of the pack ``reader`` reads; every problem goes to the reader.

    Only a pack read without problems may be used: see ``read_pack``.
    """
    return _Loader(reader).load()


def figures_are_sound(reader: PackReader) -> bool:
    """Whether figures.csv was read without a problem (other files are checked against it)."""
    shown = reader.display(FIGURES)
    return not any(p.path == shown for p in reader.problems)


def check_pack(location: Path | str) -> list[Problem]:
    """Every problem of the report at ``location``, sorted by file and line."""
    return read_pack(location, read_report)[1]


def load_pack(location: Path | str) -> ReportPack:
    """The report at ``location``; raises PackError naming every problem."""
    return load_or_raise(location, read_report)
