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
from .chart_data import GROUPED, KINDS, LINE, SORTS, STACKED
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
from .problems import Problem
from .tomlfile import TomlFile
from .validation import (
    PackReader,
    load_or_raise,
    local_text,
    one_of,
    optional_text,
    read_pack,
    read_reference,
    strings,
    table_entries,
)

log = logging.getLogger(__name__)

MANIFEST = "manifest.toml"
FIGURES = "figures.csv"
CHARTS = "charts.toml"
FORMAT_VERSION = 1
REQUIRED_COLUMNS = (
    "figure_id",
    "item_id",
    "label_nl",
    "label_en",
    "value",
    "unit",
    "base",
    "source",
)
CHART_KINDS = KINDS
CHOICES = ("single", "multiple", "other")
SAFE_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")  # ids become file names: nothing else is allowed
# Numbers in figures.csv as people write them: ASCII digits, a point, at most 4 decimals.
# Python's float() and int() would also take '1_0', Arabic-Indic digits and '9.9e-321'.
PERCENTAGE = re.compile(r"[+-]?[0-9]+(?:\.(?P<decimals>[0-9]+))?")
MAX_DECIMALS = 4
WHOLE_NUMBER = re.compile(r"[0-9]+")


class _Loader:
    """Reads the report's own files (manifest, figures, charts, chapters) of one pack."""

    def __init__(self, reader: PackReader) -> None:
        self.reader = reader
        self.broken_items: set[tuple[str, str]] = set()
        # caveat_source of each chart, checked once the chapters it may point at are read
        self.caveat_sources: dict[str, tuple[Any, int, str]] = {}

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
        manifest = reader.read_toml(MANIFEST)
        header = self.manifest(manifest) if manifest else None
        languages = header["languages"] if header else ["nl", "en"]
        figures = self.figures(languages)
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
        data, shown = toml.data, toml.shown
        ok = True
        if data.get("format", FORMAT_VERSION) != FORMAT_VERSION:
            self.problem(
                shown,
                toml.line_of("format"),
                f"pack format {data.get('format')!r} is not supported; this app reads format "
                f"{FORMAT_VERSION}",
            )
            ok = False
        languages = data.get("languages", ["nl", "en"])
        if not (
            isinstance(languages, list) and languages and all(isinstance(x, str) for x in languages)
        ):
            self.problem(
                shown, toml.line_of("languages"), "languages must be a list such as ['nl', 'en']"
            )
            languages, ok = ["nl", "en"], False
        required = (
            ("id", str, "text"),
            ("publisher", str, "text"),
            ("year", int, "a whole number"),
        )
        for key, kind, described in required:
            if not isinstance(data.get(key), kind):
                self.problem(shown, toml.line_of(key), f"'{key}' is missing or not {described}")
                ok = False
        survey = data.get("survey")
        survey_n = survey.get("n") if isinstance(survey, dict) else None
        if not isinstance(survey_n, int) or survey_n <= 0:
            self.problem(shown, toml.line_of("[survey]"), "[survey] needs 'n', the number surveyed")
            ok = False
        title = self.local_text(
            toml, data.get("title"), "title", toml.line_of("[title]"), languages
        )
        subtitle = optional_text(data.get("subtitle"))
        base = optional_text(survey.get("base")) if isinstance(survey, dict) else {}
        sources = []
        if not isinstance(data.get("sources", []), list):
            self.problem(shown, toml.line_of("sources"), "sources must be [[sources]] tables")
        for entry in table_entries(toml, "sources"):
            if not isinstance(entry.data.get("name"), str):
                self.problem(shown, entry.start, "every [[sources]] entry needs a 'name'")
                continue
            sources.append(
                Source(
                    str(entry.data.get("id", entry.data["name"])),
                    entry.data["name"],
                    optional_text(entry.data.get("description")),
                )
            )
        chapters = data.get("chapters")
        if not (
            isinstance(chapters, list) and chapters and all(isinstance(c, str) for c in chapters)
        ):
            self.problem(
                shown, toml.line_of("chapters"), "'chapters' must list the chapter ids in order"
            )
            ok = False
        else:
            seen: set[str] = set()
            for chapter_id in chapters:
                if not SAFE_ID.fullmatch(chapter_id):
                    self.problem(
                        shown,
                        toml.line_of(f'"{chapter_id}"', toml.line_of("chapters") + 1),
                        f"chapter id '{chapter_id}' may only use a-z, 0-9, '-' and '_'",
                    )
                    ok = False
                if chapter_id in seen:
                    self.problem(
                        shown,
                        toml.line_of(f'"{chapter_id}"', toml.line_of("chapters") + 1),
                        f"chapter id '{chapter_id}' appears twice",
                    )
                    ok = False
                seen.add(chapter_id)
        default_language = data.get("default_language", languages[0])
        if default_language not in languages:
            self.problem(
                shown, toml.line_of("default_language"), "default_language is not in languages"
            )
            default_language = languages[0]
        if not ok:
            return None
        return {
            "id": data["id"],
            "year": data["year"],
            "publisher": data["publisher"],
            "title": title,
            "subtitle": subtitle,
            "languages": languages,
            "default_language": default_language,
            "survey_n": survey_n,
            "survey_base": base,
            "year_stated": data.get("year_stated", True) is not False,
            "sources": sources,
            "chapter_order": chapters,
        }

    def figures(self, languages: list[str]) -> dict[str, Figure]:
        text = self.reader.read_text(FIGURES)
        figures: dict[str, Figure] = {}
        if text is None:
            return figures
        shown = self.reader.display(FIGURES)
        try:
            reader = csv.DictReader(io.StringIO(text, newline=""))
            header = reader.fieldnames or []
            missing = [c for c in REQUIRED_COLUMNS if c not in header]
            if missing:
                self.problem(shown, 1, f"missing column(s): {', '.join(missing)}")
                return figures
            seen: dict[tuple[str, str], int] = {}
            for count, row in enumerate(reader, start=1):
                line = reader.line_num
                if count > MAX_FIGURE_ROWS:
                    total = count + sum(1 for _ in reader)
                    self.problem(
                        shown,
                        line,
                        f"figures.csv has {total:,} rows; a pack may have at most "
                        f"{MAX_FIGURE_ROWS:,}",
                    )
                    return {}  # its charts would only echo the problem
                self.figure_row(shown, line, row, seen, figures)
        except csv.Error as exc:
            self.problem(shown, reader.line_num or 1, f"not valid CSV: {exc}")
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
    ) -> None:
        cell = {k: (v or "").strip() for k, v in row.items() if k is not None}
        figure_id, item_id = cell.get("figure_id", ""), cell.get("item_id", "")
        if not figure_id or not item_id:
            self.problem(shown, line, "figure_id and item_id must not be empty")
            return
        key = (figure_id, item_id)
        if key in seen:
            self.problem(
                shown, line, f"duplicate id {figure_id}/{item_id} (first on line {seen[key]})"
            )
            return
        seen[key] = line
        raw = cell.get("value", "")
        value, refusal = _percentage(raw)
        if value is None:
            return self.bad_row(figures, key, shown, line, refusal)
        if not 0.0 <= value <= 100.0:
            return self.bad_row(figures, key, shown, line, f"value {raw} lies outside 0 to 100")
        n: int | None = None
        if cell.get("n"):
            if not WHOLE_NUMBER.fullmatch(cell["n"]) or int(cell["n"]) <= 0:
                message = f"n {cell['n']!r} is not a positive whole number (write digits 0-9 only)"
                return self.bad_row(figures, key, shown, line, message)
            n = int(cell["n"])
        for column in ("label_nl", "label_en", "unit", "base", "source"):
            if not cell.get(column):
                return self.bad_row(figures, key, shown, line, f"'{column}' is empty")
        base = {"en": cell["base"], "nl": cell.get("base_nl") or cell["base"]}
        item = FigureItem(
            figure_id=figure_id,
            item_id=item_id,
            chapter=cell.get("chapter", ""),
            label={"nl": cell["label_nl"], "en": cell["label_en"]},
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
        if toml is None or not figures:
            # Without a readable figures table every chart would be reported too: noise.
            return charts
        entries = list(table_entries(toml, "chart"))
        if not entries:
            self.problem(toml.shown, 1, "no [[chart]] entries")
            return charts
        for entry in entries:
            if not entry.is_table:
                self.problem(toml.shown, entry.start, "every [[chart]] must be a table of keys")
                continue
            spec = self.chart(toml, entry.data, entry.start, entry.end, figures, languages)
            if spec is None:
                continue
            if spec.id in charts:
                self.problem(
                    toml.shown, entry.line_of(toml, "id"), f"duplicate chart id '{spec.id}'"
                )
                continue
            charts[spec.id] = spec
        return charts

    def chart(
        self,
        toml: TomlFile,
        entry: dict[str, Any],
        start: int,
        end: int | None,
        figures: dict[str, Figure],
        languages: list[str],
    ) -> ChartSpec | None:
        shown = toml.shown

        def at(key: str) -> int:
            return toml.line_of(key, start, end)

        chart_id = entry.get("id")
        if not isinstance(chart_id, str) or not chart_id:
            self.problem(shown, start, "a [[chart]] needs an 'id'")
            return None
        ok = True
        kind = entry.get("kind", "bar")
        choice = entry.get("choice", "other")
        sort = entry.get("sort", "value")
        for value, allowed, key in (
            (kind, CHART_KINDS, "kind"),
            (choice, CHOICES, "choice"),
            (sort, SORTS, "sort"),
        ):
            if not one_of(self.reader, toml, value, allowed, f"chart '{chart_id}': {key}", at(key)):
                ok = False
        title = self.local_text(
            toml, entry.get("title"), f"chart '{chart_id}': title", at("title"), languages
        )
        caveat = optional_text(entry.get("caveat"))
        if "caveat_source" in entry:
            self.caveat_sources[chart_id] = (entry["caveat_source"], at("caveat_source"), shown)
        raw_series = entry.get("series")
        if raw_series is None and "figure" in entry:
            raw_series = [{"figure": entry["figure"], "items": entry.get("items")}]
        if not isinstance(raw_series, list) or not raw_series:
            self.problem(
                shown, start, f"chart '{chart_id}' names no figure ('figure' or [[chart.series]])"
            )
            return None
        series: list[Series] = []
        for part in raw_series:
            figure_id = part.get("figure") if isinstance(part, dict) else None
            line = at(f'"{figure_id}"') if figure_id else start
            if figure_id not in figures:
                self.problem(shown, line, f"chart '{chart_id}' names unknown figure {figure_id!r}")
                ok = False
                continue
            items = part.get("items")
            if items is not None and not strings(items):
                self.problem(
                    shown, at("items"), f"chart '{chart_id}': items must be a list of item ids"
                )
                ok = False
                continue
            if items is not None:
                unknown = [
                    i
                    for i in items
                    if figures[figure_id].item(i) is None
                    and (figure_id, i) not in self.broken_items
                ]
                if unknown:
                    self.problem(
                        shown,
                        at("items"),
                        f"chart '{chart_id}': figure '{figure_id}' has no item(s) {', '.join(unknown)}",
                    )
                    ok = False
                    continue
            label = part.get("label", {})
            series.append(
                Series(
                    figure_id,
                    tuple(items) if items else None,
                    label if isinstance(label, dict) else {},
                )
            )
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
        if not strings(highlight):
            self.problem(
                shown, at("highlight"), f"chart '{chart_id}': highlight must be a list of item ids"
            )
            return None
        known_items = {i.item_id for s in series for i in figures[s.figure_id].items}
        known_items |= {
            item for figure, item in self.broken_items if figure in entry_figures(series)
        }
        for item_id in highlight:
            if item_id not in known_items:
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
        if ok and kind in CHART_KINDS:
            ok = self.kind_fits(shown, at("kind"), chart_id, kind, choice, series, figures)
        if not ok:
            return None
        return ChartSpec(
            id=chart_id,
            kind=kind,
            choice=choice,
            sort=sort,
            title=title,
            caveat=caveat,
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
        for chapter_id in dict.fromkeys(header.pop("chapter_order")):
            texts: dict[str, ChapterText] = {}
            for lang in languages:
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
                for placement in chapter.placements:
                    if charts and placement.chart_id not in charts:
                        self.problem(
                            chapter.path, placement.line, f"unknown chart '{placement.chart_id}'"
                        )
                for section in chapter.sections:
                    shown = section.slide.charts if section.slide else None
                    for chart_id in shown or ():
                        if charts and chart_id not in charts:
                            self.problem(
                                chapter.path,
                                section.slide.line,
                                f"'::: slide' shows unknown chart '{chart_id}'",
                            )
                texts[lang] = chapter
            self.same_sections(texts)
            if texts:
                chapters.append(Chapter(chapter_id, texts))
        return chapters

    def same_sections(self, texts: dict[str, ChapterText]) -> None:
        """Each language has the same sections and charts, so a switch keeps the place."""
        if len(texts) < 2:
            return
        first_lang, *rest = texts
        for lang in rest:
            if texts[lang].chart_ids != texts[first_lang].chart_ids:
                self.problem(
                    texts[lang].path,
                    texts[lang].title_line or 1,
                    f"places the charts {', '.join(texts[lang].chart_ids) or 'none'} but the {first_lang} "
                    f"text places {', '.join(texts[first_lang].chart_ids) or 'none'}; keep them in step",
                )
        counts = {lang: len(text.sections) for lang, text in texts.items()}
        if len(set(counts.values())) > 1:
            first_lang, *others = texts
            for lang in others:
                if counts[lang] != counts[first_lang]:
                    text = texts[lang]
                    self.problem(
                        text.path,
                        text.title_line or 1,
                        f"has {counts[lang]} '## ' sections but the {first_lang} text has "
                        f"{counts[first_lang]}; keep them in step",
                    )
        if len(set(counts.values())) == 1:
            self.same_slides(texts)

    def same_slides(self, texts: dict[str, ChapterText]) -> None:
        """Every language's slides show the same charts and builds, so the decks agree."""
        first_lang, *rest = texts
        for lang in rest:
            for ours, theirs in zip(texts[lang].sections, texts[first_lang].sections, strict=True):
                mine, other = ours.slide, theirs.slide
                if (mine is None) != (other is None) or (
                    mine is not None and (mine.charts, mine.build) != (other.charts, other.build)
                ):
                    line = mine.line if mine is not None else ours.line
                    self.problem(
                        texts[lang].path,
                        line,
                        f"section '{ours.title}': its '::: slide' block differs from the "
                        f"{first_lang} text's (which charts, which build); keep them in step",
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

    def every_figure_charted(
        self, figures: dict[str, Figure], charts: dict[str, ChartSpec]
    ) -> None:
        charted = {f for c in charts.values() for f in c.figure_ids}
        for figure in figures.values():
            if figure.id not in charted and figure.items:
                self.problem(
                    self.reader.display(FIGURES),
                    figure.items[0].line,
                    f"figure '{figure.id}' has no chart; add one to {CHARTS}",
                )


def _percentage(raw: str) -> tuple[float | None, str]:
    """The value of a ``value`` cell, or None and a message saying how to write it."""
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
