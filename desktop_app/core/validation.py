"""Reading a pack's files while collecting problems: shared by every loader of a pack.

The report loader and the readiness loader read different files of the same pack; both
report problems as ``path:line: message`` through one :class:`PackReader`, and both use the
helpers here for what every pack file needs (texts per language, allowed values, the
lines each ``[[table]]`` spans).
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .limits import MAX_TOML_NESTING, toml_nesting
from .model import Chapter, Figure, LocalText, Reference
from .pack_schema import DataPath
from .problems import PackError, Problem
from .source import PackFileError, PackSource
from .tomlfile import TomlFile

log = logging.getLogger(__name__)
T = TypeVar("T")
TOML_LINE = re.compile(r"at line (\d+)")
# Told before each file is read: files read so far, files expected, the file. It may raise
# LoadCancelled to stop the reading (the shell's Cancel button, from another thread).
Progress = Callable[[int, int, str], None]


class LoadCancelled(Exception):
    """The user stopped the loading; not a problem of the pack, so never reported as one."""


class PackReader:
    """The files of one pack and the problems found in them so far.

    ``check_shapes`` False: the TOML files are not run through their schemas, because the
    pack was checked against them when the app was built (the bundled pack, at start-up,
    where the validator's import alone would cost ~50 ms before the first paint).
    """

    def __init__(
        self, location: Path | str, progress: Progress | None = None, check_shapes: bool = True
    ) -> None:
        self.location = Path(location)
        self.progress = progress
        self.check_shapes = check_shapes
        self.files_read = 0
        self.files_expected = 3  # manifest, figures, charts: until the manifest says more
        self._step("")
        self.source = PackSource(self.location)
        self.problems: list[Problem] = list(self.source.problems)

    def expect_files(self, count: int) -> None:
        """How many files the pack will need in all, once the manifest has said so."""
        self.files_expected = max(count, self.files_read)

    def _step(self, relative: str) -> None:
        if self.progress is not None:
            self.progress(self.files_read, self.files_expected, relative)

    @property
    def usable(self) -> bool:
        return self.source.usable

    def problem(self, path: str, line: int, message: str) -> None:
        self.problems.append(Problem(path, line, message))

    def display(self, relative: str) -> str:
        return self.source.display(relative)

    def exists(self, relative: str) -> bool:
        return self.source.exists(relative)

    def read_text(self, relative: str) -> str | None:
        """The file's text, or None after reporting why it cannot be used."""
        self._step(relative)
        self.files_read += 1
        try:
            return self.source.read_text(relative)
        except PackFileError as exc:
            self.problems.append(exc.problem)
            return None

    def read_toml(self, relative: str) -> TomlFile | None:
        """The parsed file, or None after reporting where it stops being valid TOML."""
        text = self.read_text(relative)
        if text is None:
            return None
        shown = self.display(relative)
        depth, line = toml_nesting(text)
        if depth > MAX_TOML_NESTING:
            self.problem(
                shown,
                line,
                f"lists or tables are nested {depth:,} levels deep; a pack file may nest at most "
                f"{MAX_TOML_NESTING} levels of [ ] and {{ }}",
            )
            return None
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            match = TOML_LINE.search(str(exc))
            line = int(match.group(1)) if match else _unclosed_quote_line(text)
            hint = next((h for start, h in TOML_HINTS if str(exc).startswith(start)), "")
            self.problem(
                shown,
                line,
                f"not valid TOML: {hint}{' (' if hint else ''}{exc}{')' if hint else ''}",
            )
            return None
        except RecursionError:  # the scan above should make this unreachable
            self.problem(shown, 1, "nested too deeply to read; simplify the lists and tables")
            return None
        return TomlFile(shown, text, data)

    def shapes(self, toml: TomlFile, schema: str, languages: Sequence[str]) -> Shapes:
        """Report where ``toml`` departs from its schema; the parts that do, for the caller
        to leave out of the checks that need more than this file."""
        if not self.check_shapes:
            return Shapes(())
        from .pack_schema import schema_path, shape_problems

        try:
            found = shape_problems(toml, schema, languages)
        except OSError as error:  # an install without data/schemas: say so, not a traceback
            self.problem(
                toml.shown,
                1,
                f"cannot check this file: the app's {schema_path(schema).name} cannot be read "
                f"({error.strerror or error}); reinstall the app",
            )
            return Shapes(((),))
        for problem in found:
            self.problem(toml.shown, problem.line, problem.message)
        return Shapes(tuple(p.path for p in found) + tuple(p.also for p in found if p.also))

    def close(self) -> None:
        self.source.close()


@dataclass(frozen=True)
class Shapes:
    """Where a file departs from its schema (each reported already), by path in its data."""

    paths: tuple[DataPath, ...]

    def broken(self, *prefix: str | int) -> bool:
        """Whether the data at ``prefix`` (or anything inside it) has a problem of shape."""
        return any(path[: len(prefix)] == prefix for path in self.paths)


# What tomllib's messages mean for someone editing a pack by hand.
TOML_HINTS = (
    ("Illegal character '\\n'", 'a text is not closed; end it with " on the same line'),
    ("Unterminated string", 'a text is not closed; end it with " on the same line'),
    ('Expected "\'"', "a text is not closed; end it with ' on the same line"),
    ("Expected '\"'", 'a text is not closed; end it with " on the same line'),
    (
        "Invalid value",
        'a value is not valid: write texts in double quotes ("…"), numbers without quotes, '
        "true or false, lists in [ ]",
    ),
    ("Cannot overwrite a value", "a key is written twice in one table; keep one"),
    ("Cannot declare", "a [header] is written twice; keep one, or use [[…]] for a list"),
    ("Cannot mutate", "a key and a [header] name the same thing; keep one"),
    (
        "Expected '=' after a key",
        "a line is neither key = value nor a [header]; a key has no spaces (use _)",
    ),
    (
        "Expected newline or end of document",
        "something follows a value on its line; write one key = value per line, texts in "
        "double quotes",
    ),
    ("Unclosed array", "a list [ … is never closed with ]"),
    ("Unclosed inline table", "a { … is never closed with }"),
    ("Expected ']", "a [header] is not closed with ]"),
)


def _unclosed_quote_line(text: str) -> int:
    """The line of a double-quoted text that is never closed (tomllib says 'end of document')."""
    for number, line in enumerate(text.splitlines(), start=1):
        code = re.sub(r'\\.|"""|\'[^\']*\'', "", line.split(" #")[0])
        if not line.lstrip().startswith("#") and code.count('"') % 2:
            return number
    return 1


class ProblemCounter:
    """Counts the problems one file adds, to know whether what it describes can be used."""

    def __init__(self, reader: PackReader) -> None:
        self.reader = reader
        self.start = len(reader.problems)

    @property
    def count(self) -> int:
        return len(self.reader.problems) - self.start


@dataclass(frozen=True)
class TableEntry:
    """One ``[[name]]`` table of a TOML file, with the lines it spans for messages."""

    start: int
    end: int | None  # the last line, or None for the last table of the file
    data: dict[str, Any]
    is_table: bool  # False: the entry was not a table of keys (data is then empty)

    def line_of(self, toml: TomlFile, needle: str) -> int:
        return toml.line_of(needle, self.start, self.end)


def table_entries(toml: TomlFile, name: str) -> Iterator[TableEntry]:
    """Each ``[[name]]`` of the file in order, with its first and last line."""
    values = toml.data.get(name, [])
    starts = toml.table_lines(name)
    for index, value in enumerate(values if isinstance(values, list) else []):
        start = starts[index] if index < len(starts) else 1
        end = starts[index + 1] - 1 if index + 1 < len(starts) else None
        is_table = isinstance(value, dict)
        yield TableEntry(start, end, value if is_table else {}, is_table)


def local_text(
    reader: PackReader,
    toml: TomlFile,
    value: dict[str, str],
    what: str,
    line: int,
    languages: Sequence[str],
) -> LocalText:
    """A text per language (its shape checked by the schema); each of ``languages`` must
    have a text that is not blank, for the pack declares them."""
    texts = {k: v for k, v in value.items() if v.strip()}
    for lang in languages:
        if lang not in texts:
            reader.problem(toml.shown, line, f"{what} has no '{lang}' text")
    return texts


def optional_text(value: Any) -> LocalText:
    """A text per language that may be left out, in a file without a schema (compare.toml):
    anything but a table of texts is none."""
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(v, str)}


def read_reference(
    reader: PackReader,
    shown: str,
    value: Any,
    what: str,
    line: int,
    figures: dict[str, Figure],
    chapters: Sequence[Chapter],
) -> Reference | None:
    """Where the report says it: ``{chapter = ID, section = N}`` or ``{figure = ID}``.

    Its shape is the schema's; that the chapter, section or figure exists is checked here.
    """
    figure, chapter_id, section = value.get("figure"), value.get("chapter"), value.get("section")
    if figure is not None:
        if figure not in figures:
            reader.problem(shown, line, f"{what} names unknown figure {figure!r}")
            return None
        return Reference(figure=figure)
    chapter = next((c for c in chapters if c.id == chapter_id), None)
    if chapter is None:
        reader.problem(shown, line, f"{what} names unknown chapter {chapter_id!r}")
        return None
    count = len(next(iter(chapter.texts.values())).sections)
    if not 1 <= section <= count:
        reader.problem(
            shown,
            line,
            f"{what}: section must be a section number of chapter '{chapter_id}' (1 to {count})",
        )
        return None
    return Reference(chapter=chapter_id, section=section)


def read_pack(
    location: Path | str,
    load: Callable[[PackReader], T | None],
    progress: Progress | None = None,
    check_shapes: bool = True,
) -> tuple[T | None, list[Problem]]:
    """Run ``load`` on the pack at ``location``; every problem, sorted, beside the result.

    An error no check foresaw (a value of a type nobody expected) becomes one more
    problem, never a crash, and the pack's files are closed whatever happens.
    LoadCancelled, raised by ``progress``, passes through: cancelling is not a problem.
    """
    reader = PackReader(location, progress, check_shapes)
    try:
        result = load(reader)
    except LoadCancelled:
        raise
    except Exception as error:  # still a message, not a crash
        log.exception("Unexpected error reading pack %s", location)
        reader.problem(
            str(location), 1, f"the pack could not be read: {type(error).__name__}: {error}"
        )
        result = None
    finally:
        reader.close()
    problems = sorted(set(summarise_missing_languages(reader.problems)))
    return (result if not problems else None), problems


MISSING_LANGUAGE = re.compile(r"^(?P<what>.+) has no '(?P<lang>[^']+)' text$")
MISSING_LANGUAGE_SUMMARY_FROM = 4  # more such problems in one file become one


def summarise_missing_languages(problems: list[Problem]) -> list[Problem]:
    """A language a file has (almost) no texts in is one problem, not one per text.

    A pack that declares ``de`` and whose charts.toml has no German title at all is missing
    a language, not 40 titles: the author should add the language or drop it.
    """
    groups: dict[tuple[str, str], list[Problem]] = {}
    for problem in problems:
        match = MISSING_LANGUAGE.match(problem.message)
        if match:
            groups.setdefault((problem.path, match["lang"]), []).append(problem)
    dropped: set[Problem] = set()
    summaries = []
    for (path, lang), found in groups.items():
        if len(found) < MISSING_LANGUAGE_SUMMARY_FROM:
            continue
        first = min(found)
        what = MISSING_LANGUAGE.match(first.message)["what"]
        summaries.append(
            Problem(
                path,
                first.line,
                f"{len(found)} texts have no '{lang}' text, the first: {what}; manifest.toml "
                f"declares the language '{lang}': add {lang} texts (such as title.{lang} = "
                f"\"…\"), or remove '{lang}' from languages",
            )
        )
        dropped.update(found)
    return [p for p in problems if p not in dropped] + summaries


def load_or_raise(
    location: Path | str,
    load: Callable[[PackReader], T | None],
    progress: Progress | None = None,
    check_shapes: bool = True,
) -> T:
    """What ``load`` reads from the pack at ``location``; PackError naming every problem."""
    result, problems = read_pack(location, load, progress, check_shapes)
    if result is None:
        raise PackError(problems or [Problem(str(location), 1, "the pack could not be read")])
    return result
