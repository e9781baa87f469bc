"""The shapes of a pack's TOML files, declared once in JSON Schemas (``data/schemas/``).

The schemas say which keys a file has, of what type, which are required and which values
are allowed; editors that validate TOML as you type read the same files (data/README.md §6).
This module runs them through ``jsonschema`` and turns each error into a ``path:line:
message`` an author can act on: the line comes from the TOML file, the words from the
schema's ``x-message`` (a keyword of this app, ignored by other tools) or, failing that,
from the failing keyword. What needs more than one file (ids that must exist, languages
that must match) stays in the loaders.

jsonschema is imported on first use: the bundled pack is checked against the schemas by
the tests and by ``--smoke-test``, not before the first paint (see ``PackReader``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .problems import closest
from .tomlfile import TomlFile

MANIFEST_SCHEMA = "manifest"
CHARTS_SCHEMA = "charts"
READINESS_SCHEMA = "readiness"
SCHEMA_NAMES = (MANIFEST_SCHEMA, CHARTS_SCHEMA, READINESS_SCHEMA)
MESSAGE_KEYWORD = "x-message"  # this app's plain words for an error; {placeholders} below

DataPath = tuple[str | int, ...]  # keys and list indexes, as the validator gives them


def schema_folder() -> Path:
    """``data/schemas`` of a source tree or a frozen bundle; a wheel installs it as data."""
    from ..resources import project_root

    beside = project_root() / "data" / "schemas"
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / "desktop-app" / "schemas"


def schema_path(name: str) -> Path:
    return schema_folder() / f"{name}.schema.json"


@cache
def load_schema(name: str) -> dict[str, Any]:
    import json  # only when a pack's shapes are checked: never before the first paint

    return json.loads(schema_path(name).read_text(encoding="utf-8"))


@cache
def validator_class():
    """Draft 2020-12, with TOML's integers: 2025.0 is a float in TOML, not a whole number."""
    from jsonschema import validators

    base = validators.Draft202012Validator

    def is_integer(_checker, instance: Any) -> bool:
        return isinstance(instance, int) and not isinstance(instance, bool)

    checker = base.TYPE_CHECKER.redefine("integer", is_integer)
    return validators.extend(base, type_checker=checker)


@cache
def _validator(name: str):
    return validator_class()(load_schema(name))


@dataclass(frozen=True)
class ShapeProblem:
    """One error of the schema: where in the data (``path``), at which line, in words."""

    path: DataPath
    line: int
    message: str
    also: DataPath | None = None  # a second place left unusable: where a misplaced key belongs


def shape_problems(toml: TomlFile, name: str, languages: Sequence[str]) -> list[ShapeProblem]:
    """Every place where ``toml`` does not have the shape the schema ``name`` declares.

    ``languages`` are the pack's, named in messages about texts per language.
    """
    return _Explainer(toml, load_schema(name), languages).explain(
        _validator(name).iter_errors(toml.data)
    )


# -- from a validator error to words ----------------------------------------------------
TYPE_WORDS = {
    "string": "text in double quotes",
    "integer": "a whole number, without quotes",
    "number": "a number, without quotes",
    "boolean": "true or false, without quotes",
    "array": "a list in [ ]",
    "object": "a table of keys",
}


class _Explainer:
    """Puts each validator error into the words and the line an author needs."""

    def __init__(self, toml: TomlFile, schema: dict[str, Any], languages: Sequence[str]) -> None:
        self.toml = toml
        self.root = schema
        self.languages = languages

    # -- the schema along a path of the data ---------------------------------------------
    def resolve(self, schema: Any) -> dict[str, Any]:
        """A subschema with its local ``$ref`` followed (its own keys take precedence)."""
        if not isinstance(schema, dict):
            return {}
        reference = schema.get("$ref")
        if not isinstance(reference, str) or not reference.startswith("#/"):
            return schema
        target: Any = self.root
        for part in reference[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        return {**self.resolve(target), **siblings}

    def chain(self, path: DataPath) -> list[dict[str, Any]]:
        """The schema of the data at each prefix of ``path`` (shorter when it runs out)."""
        schema = self.resolve(self.root)
        found = [schema]
        for part in path:
            if isinstance(part, int):
                child = schema.get("items")
            else:
                child = schema.get("properties", {}).get(part)
                if child is None and isinstance(schema.get("additionalProperties"), dict):
                    child = schema["additionalProperties"]
            if child is None:
                break
            schema = self.resolve(child)
            found.append(schema)
        return found

    def value_at(self, path: DataPath) -> Any:
        value: Any = self.toml.data
        for part in path:
            try:
                value = value[part]
            except (KeyError, IndexError, TypeError):
                return None
        return value

    # -- names --------------------------------------------------------------------------
    def name(self, path: DataPath) -> str:
        """How messages name the data at ``path``: chart 'obstacles': title, insight: kind."""
        parts: list[str] = []
        keys: list[str] = []
        for depth, part in enumerate(path):
            if isinstance(part, int):
                table = str(path[depth - 1]) if depth else ""
                keys = keys[:-1]
                if keys:
                    parts.append(".".join(keys))
                keys = []
                parts.append(self.entry_name(path[: depth + 1], table))
            else:
                keys.append(part)
        if keys:
            parts.append(".".join(keys))
        return ": ".join(parts)

    def entry_name(self, path: DataPath, table: str) -> str:
        entry = self.value_at(path)
        index = path[-1] if isinstance(path[-1], int) else 0
        ident = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(ident, str) and ident:
            return f"{table} '{ident}'"
        nested = len(path) > 2
        declares_id = "id" in self.chain(path)[-1].get("properties", {})
        if nested:
            return f"{table} {index + 1}"
        if declares_id:
            return f"[[{table}]] {index + 1}"
        return table

    def entry_of(self, path: DataPath) -> DataPath:
        """The path of the innermost ``[[table]]`` entry holding ``path`` (or the file)."""
        for end in range(len(path), 0, -1):
            if isinstance(path[end - 1], int):
                return path[:end]
        return ()

    def header_of(self, path: DataPath) -> str:
        """The header a table at ``path`` is written under: [title], [[chart.series]]."""
        keys = [p for p in path if isinstance(p, str)]
        dotted = ".".join(keys)
        return f"[[{dotted}]]" if path and isinstance(path[-1], int) else f"[{dotted}]"

    # -- messages -----------------------------------------------------------------------
    def own_message(self, path: DataPath, keyword: str) -> tuple[str, DataPath] | None:
        """The schema's words for ``keyword`` failing at ``path``, and the path they name."""
        chain = self.chain(path)
        for depth in range(len(chain) - 1, -1, -1):
            words = chain[depth].get(MESSAGE_KEYWORD)
            if isinstance(words, dict):
                # words per keyword are for this schema's own keywords; "_" and plain words
                # also speak for what lies inside (a list's items, a table's texts)
                own = depth == len(path)
                words = words.get(keyword) if own and keyword in words else words.get("_")
            if isinstance(words, str):
                return words, path[:depth]
        return None

    def fill(self, words: str, path: DataPath, **more: Any) -> str:
        entry = self.entry_of(path)
        return words.format(
            what=self.name(path),
            entry=self.name(entry) if entry else "the file",
            languages=", ".join(self.languages),
            value=repr(self.value_at(path)),
            **more,
        )

    def explain(self, errors) -> list[ShapeProblem]:
        found: list[tuple[str, ShapeProblem]] = []  # (failing keyword, problem)
        misplaced: set[tuple[DataPath, str]] = set()  # (where it belongs, key): told once
        misspelt: set[tuple[DataPath, str]] = set()  # (table, the key meant): told once
        required: list[tuple[DataPath, str]] = []
        for error in errors:
            path: DataPath = tuple(error.absolute_path)
            keyword = error.validator
            if keyword == "required":
                instance = error.instance if isinstance(error.instance, dict) else {}
                required += [(path, k) for k in error.validator_value if k not in instance]
                continue
            if keyword == "additionalProperties" and isinstance(error.instance, dict):
                known = error.schema.get("properties", {})
                for key in [k for k in error.instance if k not in known]:
                    problem = self.unknown_key(path, key, misplaced, known)
                    meant = closest(key, known)
                    if meant and meant not in error.instance:
                        misspelt.add((path, meant))
                    found.append((keyword, problem))
                continue
            if keyword == "type" and path and isinstance(path[-1], str):
                # a key TOML put in a table of texts because it was written below its header
                owner = self.belongs_above(path[:-1], path[-1])
                if owner is not None:
                    misplaced.add((owner, path[-1]))
                    found.append((keyword, self.misplaced(path, owner)))
                    continue
            at = path  # the line: for a repeated item, where it is written the second time
            if keyword == "uniqueItems" and isinstance(error.instance, list):
                at = path + (_second_of_duplicate(error.instance),)
            problem = ShapeProblem(path, self.line(at), self.words(error, path))
            found.append((keyword, problem))
        for path, key in dict.fromkeys(required):
            if (path, key) not in misplaced | misspelt:  # else told where it is written
                found.append(("required", self.missing(path, key)))
        typo_tables = {table for table, _key in misspelt}
        unique: dict[tuple[int, str], ShapeProblem] = {}
        for keyword, problem in found:
            if keyword == "anyOf" and problem.path in typo_tables:
                continue  # a misspelt key: the alternatives are missing only for that
            unique.setdefault((problem.line, problem.message), problem)
        return list(unique.values())

    def words(self, error, path: DataPath) -> str:
        keyword = error.validator
        own = self.own_message(path, keyword)
        if own is not None:
            words, named = own
            return self.fill(words, named, duplicate=repr(_first_duplicate(error.instance)))
        what = self.name(path) or "the file"
        value = repr(error.instance)
        expected = error.validator_value
        if keyword == "type":
            kinds = expected if isinstance(expected, list) else [expected]
            return f"{what} must be {' or '.join(TYPE_WORDS.get(k, k) for k in kinds)}"
        if keyword == "enum":
            return f"{what} must be one of {', '.join(map(str, expected))}, not {value}"
        if keyword == "const":
            return f"{what} must be {repr(expected)}, not {value}"
        if keyword in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
            bound = {
                "minimum": "at least",
                "exclusiveMinimum": "more than",
                "maximum": "at most",
                "exclusiveMaximum": "less than",
            }[keyword]
            return f"{what} must be {bound} {expected:g}, not {value}"
        if keyword in ("minItems", "minLength"):
            return f"{what} must not be empty" if expected == 1 else f"{what} is too short"
        if keyword == "uniqueItems":
            return f"{what} names {repr(_first_duplicate(error.instance))} twice"
        return f"{what} is not written as data/README.md describes"

    def missing(self, path: DataPath, key: str) -> ShapeProblem:
        """A required key that is not there; its line: the entry's header, else a mention."""
        at = path + (key,)
        own = self.own_message(at, "required")
        if own is not None and len(own[1]) == len(at):
            message = self.fill(own[0], at)
        else:
            chain = self.chain(at)
            if len(chain) == len(at) + 1 and chain[-1].get("type") == "array" and not path:
                message = f"no [[{key}]] entries"
            elif path:
                message = f"{self.name(path)} needs '{key}'"
            else:
                message = f"'{key}' is missing"
        line = self.line(path) if path else self.toml.line_of(key)
        return ShapeProblem(at, line, message)

    def belongs_above(self, table: DataPath, key: str) -> DataPath | None:
        """Where ``key`` belongs when it is written in ``table`` by mistake: an enclosing
        table that has such a key, while ``table`` has its own header in the file."""
        if not table or key in self.chain(table)[-1].get("properties", {}):
            return None
        if self.header_line(table) is None:
            return None
        for end in range(len(table) - 1, -1, -1):
            owner = table[:end]
            if owner and not isinstance(owner[-1], int):
                continue  # a table inside a table: keys belong to the file or an entry
            chain = self.chain(owner)
            if len(chain) == len(owner) + 1 and key in chain[-1].get("properties", {}):
                return owner
        return None

    def misplaced(self, path: DataPath, owner: DataPath) -> ShapeProblem:
        key = str(path[-1])
        header = self.header_of(path[:-1])
        if owner:
            where = self.name(owner)
            table = str([p for p in owner if isinstance(p, str)][-1])
            message = (
                f"{where}: '{key}' is written below {header}, so TOML reads it as part of "
                f"that block; move it above the {table}'s first {header}"
            )
        else:
            message = (
                f"'{key}' is written below {header}, so TOML reads it as part of {header}; "
                "move it above the first [ ] or [[ ]] header of the file"
            )
        return ShapeProblem(path[:-1], self.line(path), message, also=owner + (key,))

    def unknown_key(
        self, path: DataPath, key: str, misplaced: set[tuple[DataPath, str]], known: dict[str, Any]
    ) -> ShapeProblem:
        owner = self.belongs_above(path, key)
        if owner is not None:
            misplaced.add((owner, key))
            return self.misplaced(path + (key,), owner)
        where = self.name(path)
        prefix = f"{where}: " if where else ""
        meant = closest(key, known)
        if meant:
            hint = f"; did you mean '{meant}'?"
        else:
            header = self.header_of(path)
            kind = "this file" if not path else f"a {header}" if header[1] == "[" else header
            hint = f" ({kind} has the keys {', '.join(known)})"
        return ShapeProblem(path, self.line(path + (key,)), f"{prefix}unknown key '{key}'{hint}")

    # -- lines --------------------------------------------------------------------------
    def header_line(self, table: DataPath) -> int | None:
        """The line of the header that opens the table (or entry) at ``table``, if any."""
        return self.window(table)[2]

    def line(self, path: DataPath) -> int:
        """The line to fix for the data at ``path``."""
        start, end, header = self.window(path)
        if header is not None:
            return header
        return start

    def window(self, path: DataPath) -> tuple[int, int | None, int | None]:
        """The lines of ``path``'s data: (first line, last line, its header's line or None).

        Follows ``[[chart]]`` and ``[[chart.series]]`` headers by position, ``[survey]``
        headers by name, and key assignments (``title.nl =``, ``n =``) within them.
        """
        toml = self.toml
        start, end = 1, None
        header: int | None = None
        tables: list[str] = []  # the header names opened so far: chart, chart.series
        dotted: list[str] = []  # keys since the last header: title, title.nl
        data: Any = toml.data
        depth = 0
        while depth < len(path):
            part = path[depth]
            value = data[part] if _has(data, part) else None
            if isinstance(part, str) and _tables(value) and depth + 1 == len(path):
                return start, end, header  # [[chart.series]] as a whole: its owner's header
            if isinstance(part, str) and _tables(value) and depth + 1 < len(path):
                name = ".".join([*tables, *dotted, part])
                index = path[depth + 1]
                lines = [
                    n for n in toml.table_lines(name) if n >= start and (end is None or n <= end)
                ]
                if isinstance(index, int) and index < len(lines):
                    start, header = lines[index], lines[index]
                    following = lines[index + 1] if index + 1 < len(lines) else None
                    end = following - 1 if following is not None else end
                    tables, dotted = [name], []
                    data = value[index]
                    depth += 2
                    continue
                return toml.line_of(part, start, end), end, None
            if isinstance(part, str) and isinstance(value, dict):
                name = ".".join([*tables, *dotted, part])
                opened = next(
                    (
                        n
                        for n, text in enumerate(toml.lines, 1)
                        if n >= start and (end is None or n <= end) and text.strip() == f"[{name}]"
                    ),
                    None,
                )
                if opened is not None:
                    start, header, tables, dotted = opened, opened, [name], []
                    end = self.table_end(opened, end)
                else:
                    start = self.key_line([*dotted, part], start, end)
                    header = None
                    dotted = [*dotted, part]
                data = value
                depth += 1
                continue
            if isinstance(part, str):
                line = self.key_line([*dotted, part], start, end)
                index = path[depth + 1] if depth + 1 < len(path) else None
                if isinstance(index, int) and isinstance(value, list) and index < len(value):
                    item = value[index]  # an item of a plain list: the line that holds it
                    if isinstance(item, str):
                        line = toml.line_of(f'"{item}"', line, end)
                        for _earlier in range(value[:index].count(item)):  # written before
                            line = toml.line_of(f'"{item}"', line + 1, end)
                return line, end, None
            return start, end, header
        return start, end, header

    def key_line(self, keys: list[str], start: int, end: int | None) -> int:
        """The line that assigns ``a.b.c``, written as ``a.b.c =`` or as ``c =`` inside."""
        toml = self.toml
        dotted = ".".join(keys)
        if len(keys) > 1:
            found = toml.line_of(dotted, start, end)
            if 0 < found <= len(toml.lines) and dotted in toml.lines[found - 1]:
                return found
        return toml.line_of(keys[-1], start, end)

    def table_end(self, opened: int, end: int | None) -> int | None:
        """The last line of the table whose header is on line ``opened``."""
        stop = len(self.toml.lines) if end is None else end
        for number in range(opened + 1, stop + 1):
            if self.toml.lines[number - 1].lstrip().startswith("["):
                return number - 1
        return end


def _has(data: Any, part: str | int) -> bool:
    if isinstance(part, int):
        return isinstance(data, list) and part < len(data)
    return isinstance(data, dict) and part in data


def _tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _second_of_duplicate(values: list[Any]) -> int:
    """The index of the first value written a second time."""
    for index, value in enumerate(values):
        if value in values[:index]:
            return index
    return 0


def _first_duplicate(values: Any) -> Any:
    seen: list[Any] = []
    for value in values if isinstance(values, list) else []:
        if value in seen:
            return value
        seen.append(value)
    return None
