"""The JSON Schemas of the pack's TOML files (data/schemas): valid, in step with the code
and the documentation, met by every pack the project ships, and turned into plain
messages at the right line.

The bundled pack is loaded at start-up without the schemas (so the first paint waits for
no validator); ``test_every_shipped_pack_meets_the_schemas`` is what checks it instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from desktop_app.content import check_content, load_content
from desktop_app.core.chart_data import KINDS, SORTS
from desktop_app.core.pack_schema import (
    SCHEMA_NAMES,
    load_schema,
    schema_path,
    validator_class,
)
from desktop_app.readiness.model import INSIGHT_KINDS

from .conftest import ROOT

README = ROOT / "data" / "README.md"
# Every shipped pack (it is not checked again before the first paint) and the test packs.
SHIPPED = sorted(manifest.parent for manifest in (ROOT / "data").glob("*/manifest.toml"))
PACKS = [*SHIPPED, *sorted((ROOT / "tests" / "packs").iterdir())]
FILES = {"manifest": "manifest.toml", "charts": "charts.toml", "readiness": "readiness.toml"}

# What a validator says when its own words leak through, instead of the app's.
VALIDATOR_WORDS = re.compile(
    r"is not of type|is a required property|Additional properties|does not match|"
    r"is not valid under any|is not one of|is too short|non-unique|\$defs|#/|\]\["
)


@pytest.fixture
def pack_copy(tmp_path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(ROOT / "data" / "ai-op-de-werkvloer", target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_every_schema_is_a_valid_json_schema(name):
    validator_class().check_schema(load_schema(name))
    assert schema_path(name).parent == ROOT / "data" / "schemas"


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.name)
def test_every_shipped_pack_meets_the_schemas(pack):
    """Build-time check of what start-up skips: the validator's own verdict, unexplained."""
    checked = 0
    for name, file_name in FILES.items():
        path = pack / file_name
        if not path.exists():
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        errors = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator_class()(load_schema(name)).iter_errors(data)
        ]
        assert errors == [], f"{path}: {errors}"
        checked += 1
    assert checked >= 2


def test_the_bundled_pack_loads_the_same_with_or_without_the_schemas():
    bundled = ROOT / "data" / "ai-op-de-werkvloer"
    assert load_content(bundled, checked_at_build=True) == load_content(bundled)


def test_the_enumerations_are_the_ones_the_code_draws():
    chart = load_schema("charts")["$defs"]["chart"]["properties"]
    assert tuple(chart["kind"]["enum"]) == tuple(KINDS)
    assert tuple(chart["sort"]["enum"]) == tuple(SORTS)
    insight = load_schema("readiness")["$defs"]["insight"]["properties"]
    assert tuple(insight["kind"]["enum"]) == tuple(INSIGHT_KINDS)


def documented_keys(section: str, stop: str) -> set[str]:
    """The first-column keys of the tables in ``section`` of data/README.md."""
    text = README.read_text(encoding="utf-8")
    start = text.index(section)
    part = text[start : text.index(stop, start + len(section))]
    keys: set[str] = set()
    for line in part.splitlines():
        cells = line.split(" | ")
        if not line.startswith("| `") or len(cells) < 2:
            continue
        for token in re.findall(r"`([^`]+)`", cells[0]):
            keys.add(token.strip("[]").split(".")[-1 if token.startswith("[[") else 0])
    return keys


def properties(schema: dict, *path: str) -> set[str]:
    for part in path:
        schema = schema["properties"][part] if part in schema.get("properties", {}) else part
        if isinstance(schema, str):
            schema = load_schema_root["$defs"][schema]
        schema = schema.get("items", schema)
        if "$ref" in schema:
            schema = load_schema_root["$defs"][schema["$ref"].split("/")[-1]]
    return set(schema.get("properties", {}))


load_schema_root: dict = {}


@pytest.mark.parametrize(
    ("schema", "section", "stop", "where"),
    [
        ("manifest", "### Keys\n", "TOML basics", ()),
        ("charts", "### Keys of `[[chart]]`", "### Keys of `[[chart.series]]`", ("chart",)),
        ("charts", "### Keys of `[[chart.series]]`", "Each series gets", ("chart", "series")),
        ("readiness", "### Plain keys", "The pitfall of", ()),
        ("readiness", "### `[[stage]]`", "List the stages", ("stage",)),
        ("readiness", "### `[[dimension]]`", "### `[[profile]]`", ("dimension",)),
        ("readiness", "### `[[profile]]`", "The ladder question", ("profile",)),
        ("readiness", "### `[[question]]`", "- Write the options", ("question",)),
        ("readiness", "### `[[recommendation]]`", "For a dimension's score", ("recommendation",)),
        ("readiness", "### `[[insight]]`", "### Scoring rules", ("insight",)),
    ],
)
def test_the_schemas_declare_exactly_the_keys_the_readme_documents(schema, section, stop, where):
    root = load_schema(schema)
    load_schema_root.clear()
    load_schema_root.update(root)
    declared = properties(root, *where)
    documented = documented_keys(section, stop)
    if schema == "readiness" and not where:  # the [[…]] blocks have sections of their own
        declared -= {"stage", "dimension", "profile", "question", "recommendation", "insight"}
    if schema == "manifest":  # `[survey]` `n`, `base.nl`: keys of the table [survey]
        documented -= {"n", "base", "respondents"}
        assert {"n", "base", "respondents"} == properties(root, "survey")
    documented = {"series" if k == "chart.series" else k for k in documented}
    documented = {"option" if k == "question.option" else k for k in documented}
    assert declared == documented


ACTIONS_EN = """actions.en = [
    "Hold an inspiration session with the board to explore what AI could mean for your core processes.",
    "Appoint one board member as the owner of AI, with a mandate across departments.",
    "Write down on one page which goals AI should serve in the coming year.",
]"""


@pytest.mark.parametrize(
    ("file_name", "old", "new", "on_line", "message"),
    [
        (
            "charts.toml",
            'kind = "grouped"',
            'kind = "groupd"',
            'kind = "groupd"',
            "chart 'obstacles_pilot_phase': kind must be one of bar, grouped, stacked, line, "
            "dot, not 'groupd'",
        ),
        (
            "charts.toml",
            'figure = "us_adoption"\nlabel.nl',
            "figure = 12\nlabel.nl",
            "figure = 12",
            "chart 'nl_vs_us': series 1: figure must be text in double quotes",
        ),
        (
            "manifest.toml",
            "n = 104",
            "n = 104.0",
            "n = 104.0",
            "[survey] needs 'n', the number surveyed",
        ),
        (
            "readiness.toml",
            "below = 40",
            'below = "40"',
            'below = "40"',
            "below must be a number from 1 to 101",
        ),
        (
            "readiness.toml",
            ACTIONS_EN,
            'actions.en = "Hold an inspiration session with the board."',
            "actions.en =",
            "recommendation 'strategy_start' needs a list of actions per language",
        ),
    ],
)
def test_a_schema_error_names_its_file_line_and_fix_in_plain_words(
    pack_copy, file_name, old, new, on_line, message
):
    edit(pack_copy / file_name, old, new)
    problems = check_content(pack_copy)
    assert [p.message for p in problems] == [message]
    [problem] = problems
    assert problem.path == str(pack_copy / file_name)
    text = (pack_copy / file_name).read_text(encoding="utf-8").splitlines()
    assert text[problem.line - 1].strip().startswith(on_line)


def test_a_key_misplaced_below_an_option_is_named_where_it_is_written(pack_copy):
    path = pack_copy / "readiness.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[[question]]")
    weight = re.search(r"\nweight = [0-9.]+\n", text[start:])
    assert weight is not None
    moved = text[: start + weight.start()] + text[start + weight.end() - 1 :]
    option_end = moved.index("\n\n", moved.index("[[question.option]]", start))
    moved = moved[:option_end] + weight.group(0).rstrip("\n") + moved[option_end:]
    path.write_text(moved, encoding="utf-8")
    [problem] = check_content(pack_copy)
    assert re.fullmatch(
        r"question '\w+': 'weight' is written below \[\[question.option\]\], so TOML reads it as "
        r"part of that block; move it above the question's first \[\[question.option\]\]",
        problem.message,
    ), problem.message
    assert moved.splitlines()[problem.line - 1].startswith("weight =")


BREAKAGES = [
    ("charts.toml", 'choice = "multiple"', "choice = 3"),
    ("charts.toml", 'highlight = ["knowledge", "data_quality"]', "highlight = [1, 2]"),
    ("charts.toml", 'sort = "value"', 'sort = ["value"]'),
    ("charts.toml", 'title.en = "The biggest', 'title.en = 5\nx.en = "The biggest'),
    ("charts.toml", "caveat_source.section = 3", 'caveat_source.section = "3"'),
    ("charts.toml", "[[chart]]", "chart = 1\n[[chart]]"),
    ("manifest.toml", 'languages = ["nl", "en"]', "languages = []"),
    ("manifest.toml", 'publisher = "InSpark"', "publisher = true"),
    ("manifest.toml", "[[sources]]", "sources = 1\n[[old]]"),
    ("manifest.toml", "format = 1", "format = 1\nextra = 2"),
    ("manifest.toml", "[survey]", "[survey]\nsize = 3"),
    ("readiness.toml", 'choice = "single"', 'choice = "one"'),
    ("readiness.toml", "min_score = 0", "min_score = -1"),
    ("readiness.toml", "[[stage]]", "stage = 1\n[[old_stage]]"),
    ("readiness.toml", "per_participant = false", "per_participant = 0"),
    ("readiness.toml", '\nkind = "finding"', "\nkind = true"),
]


@pytest.mark.parametrize(("file_name", "old", "new"), BREAKAGES)
def test_no_validator_jargon_reaches_the_author(pack_copy, file_name, old, new):
    edit(pack_copy / file_name, old, new)
    problems = check_content(pack_copy)
    assert problems, "the broken file passed"
    for problem in problems:
        assert not VALIDATOR_WORDS.search(problem.message), problem
        assert problem.line >= 1


def test_an_editors_schema_line_is_a_comment_to_the_app(pack_copy):
    for name, file_name in FILES.items():
        path = pack_copy / file_name
        text = path.read_text(encoding="utf-8")
        path.write_text(f"#:schema ../schemas/{name}.schema.json\n{text}", encoding="utf-8")
    (pack_copy / ".taplo.toml").write_text(
        '[[rule]]\ninclude = ["charts.toml"]\nschema.path = "../schemas/charts.schema.json"\n',
        encoding="utf-8",
    )
    assert check_content(pack_copy) == []


def test_the_readme_names_the_schemas_that_exist():
    text = README.read_text(encoding="utf-8")
    for name in SCHEMA_NAMES:
        assert f"{name}.schema.json" in text
        assert schema_path(name).is_file()


def test_the_start_up_path_never_imports_the_validator():
    """The first paint waits for no validator: the bundled pack loads without jsonschema
    (checked in a fresh interpreter, since other tests import it)."""
    probe = (
        "import sys\n"
        "from desktop_app.ui.app import load_start_pack\n"
        "content, problems = load_start_pack(None)\n"
        "assert content.report.chapters and not problems\n"
        "print('jsonschema' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DESKTOP_APP_PACK"}
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"
