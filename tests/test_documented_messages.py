"""Every message data/README.md §6 documents: the broken pack is built and the whole
output compared, so the docs, the messages and "each problem once" cannot drift apart.

A case of CASES must produce exactly one problem, the documented one (texts in ``<…>``
and ``…`` stand for what varies); a case of LOCATED, the whole output: the documented
message once, at its file and line, and nothing else. Messages whose pack is costly to
build here (hundreds of megabytes, thousands of files, symbolic links, FIFOs) are checked
by the tests named in ELSEWHERE; a test makes sure every documented message is checked.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.content import check_content
from desktop_app.core.limits import MB
from desktop_app.core.problems import Problem

from .conftest import ROOT

README = ROOT / "data" / "README.md"


def documented() -> list[str]:
    """The backticked messages of §6's "Message" columns."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Every check, with its message") : text.index("## 7.")]
    found = []
    for line in section.splitlines():
        cells = line.split(" | ")
        if line.startswith("| ") and len(cells) >= 2 and "`" in cells[-1]:
            found += re.findall(r"`([^`]+)`", cells[-1])
    return found


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def csv_cell(old: str, new: str) -> Callable[[Path], None]:
    return lambda pack: edit(pack / "figures.csv", old, new)


def charts(old: str, new: str) -> Callable[[Path], None]:
    return lambda pack: edit(pack / "charts.toml", old, new)


def manifest(old: str, new: str) -> Callable[[Path], None]:
    return lambda pack: edit(pack / "manifest.toml", old, new)


def chapter(name: str, old: str, new: str) -> Callable[[Path], None]:
    return lambda pack: edit(pack / "chapters" / name, old, new)


def append_to(name: str, text: str) -> Callable[[Path], None]:
    def change(pack: Path) -> None:
        path = pack / "chapters" / name
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")

    return change


def header(old: str, new: str) -> Callable[[Path], None]:
    def change(pack: Path) -> None:
        path = pack / "figures.csv"
        first, rest = path.read_text(encoding="utf-8").split("\n", 1)
        path.write_text(first.replace(old, new) + "\n" + rest, encoding="utf-8")

    return change


def german_declared(pack: Path) -> None:
    edit(pack / "manifest.toml", 'languages = ["nl", "en"]', 'languages = ["nl", "en", "de"]')
    (pack / "readiness.toml").unlink()


def german_labels(pack: Path) -> None:
    german_declared(pack)
    path = pack / "figures.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text(
        "\n".join([lines[0] + ",label_de"] + [f"{x},D" for x in lines[1:]]) + "\n", "utf-8"
    )
    for chapter_file in (pack / "chapters" / "en").iterdir():
        target = pack / "chapters" / "de" / chapter_file.name
        target.parent.mkdir(exist_ok=True)
        target.write_text(chapter_file.read_text(encoding="utf-8"), encoding="utf-8")
    path = pack / "manifest.toml"
    edit(path, 'en = "AI at work: where do Dutch organisations stand?"', 'en = "x"\nde = "x"')


def german_chapters(pack: Path) -> None:
    german_labels(pack)
    edit(pack / "charts.toml", 'title.en = "', 'title.de = "x"\ntitle.en = "')  # only one


def tabs(pack: Path) -> None:
    path = pack / "figures.csv"
    import csv

    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")


def no_separator(pack: Path) -> None:
    (pack / "figures.csv").write_text("figures\nnl_obstacles\n", encoding="utf-8")


def utf16(pack: Path) -> None:
    path = pack / "figures.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))


def not_utf8(pack: Path) -> None:
    path = pack / "manifest.toml"
    path.write_bytes(
        path.read_bytes().replace(b"publisher", "éditeur = 1\npublisher".encode("latin-1"), 1)
    )


def zipped(extra: dict[str, bytes] | None = None, twice: bool = False):
    def build(pack: Path) -> Path:
        target = pack.parent / "pack.zip"
        with zipfile.ZipFile(target, "w") as archive:
            for root in ("a", "b") if twice else ("pack",):
                for path in sorted(pack.rglob("*")):
                    if path.is_file():
                        archive.write(path, f"{root}/{path.relative_to(pack)}")
            for name, data in (extra or {}).items():
                archive.writestr(name, data)
        return target

    return build


def not_a_zip(pack: Path) -> Path:
    target = pack.parent / "pack.zip"
    target.write_bytes(b"this is not a zip")
    return target


def nowhere(pack: Path) -> Path:
    return pack.parent / "nowhere"


def parent_folder(pack: Path) -> Path:
    return pack.parent


def remove(name: str) -> Callable[[Path], None]:
    return lambda pack: (pack / name).unlink()


def too_many_chart_figures(pack: Path) -> None:
    series = "".join(f'\n[[chart.series]]\nfigure = "{f}"\n' for f in FIVE)
    with open(pack / "charts.toml", "a", encoding="utf-8") as handle:
        handle.write(f'\n[[chart]]\nid = "many"\ntitle.nl = "x"\ntitle.en = "x"\n{series}')


FIVE = ["nl_obstacles", "us_adoption", "nl_main_reason", "us_familiarity", "respondents_level"]

# documented message -> how to break the bundled pack (returns another path to check, or None)
CASES: dict[str, Callable[[Path], Path | None]] = {
    "no such folder or .zip file": nowhere,
    "not a readable .zip file (File is not a zip file)": not_a_zip,
    "zip entry points outside the pack, so the pack is refused; zip the pack folder again, "
    "with nothing from outside it": zipped({"../../outside.txt": b"x"}),
    "no manifest.toml here, so this is not a report pack; choose the pack's own folder (the "
    "one that holds manifest.toml, figures.csv and charts.toml) or its .zip": parent_folder,
    "the .zip holds 2 packs (a/manifest.toml, b/manifest.toml); put exactly one pack in a "
    ".zip": zipped(twice=True),
    "file is missing": remove("charts.toml"),
    "not UTF-8 text (byte 0xeb); save the file as UTF-8": lambda p: (
        p / "manifest.toml"
    ).write_bytes((p / "manifest.toml").read_bytes() + b"# caf\xeb\n"),
    "the file is saved as UTF-16 (Excel calls it 'Unicode Text'); save it as UTF-8 (in "
    "Excel: Save As, 'CSV UTF-8')": utf16,
    'not valid TOML: a text is not closed; end it with " on the same line (Illegal character '
    "'\\n' (at line 6, column 12))": charts('kind = "bar"', 'kind = "bar'),
    "pack format 2 is not supported; this app reads format 1": manifest("format = 1", "format = 2"),
    'languages must be a list of language codes, such as ["nl", "en"]': manifest(
        'languages = ["nl", "en"]', 'languages = "nl"'
    ),
    "'id' is missing or not text": manifest('id = "ai-op-de-werkvloer-2025"', "id = 12"),
    "'year' is missing or not a whole number": manifest("year = 2025", 'year = "2025"'),
    "[survey] needs 'n', the number surveyed": manifest("n = 104", "n = 0"),
    "title has no 'en' text": manifest(
        'en = "AI at work: where do Dutch organisations stand?"', ""
    ),
    "every [[sources]] entry needs a 'name'": manifest('name = "InSpark survey"\n', ""),
    "chapter id 'why-start' appears twice": manifest('"why-start",', '"why-start",\n"why-start",'),
    "default_language is not in languages": manifest(
        'default_language = "nl"', 'default_language = "de"'
    ),
    "chapter 'obstacles' has no en text: chapters/en/obstacles.md is missing": remove(
        "chapters/en/obstacles.md"
    ),
    "missing column(s): unit, source": lambda p: (
        header(",unit,", ",eenheid,")(p),
        header(",source,", ",bron,")(p),
    )[0],
    "missing column(s): label_de; manifest.toml declares the language(s) de, so figures.csv "
    "needs the column(s) label_de": german_declared,
    "missing column(s): label_en; the header has 'Label_EN': write column names in lower case": header(
        "label_en", "Label_EN"
    ),
    "missing column(s): …; the file is separated by tabs (Excel's 'Unicode text'): save it as "
    "'CSV UTF-8 (comma delimited)'": tabs,
    "missing column(s): …; the header line has no ',' or ';' between the column names: save "
    "the file as CSV, or check the first line": no_separator,
    "the line has 13 cells but the header names 12 columns; put a cell that contains a comma "
    'between double quotes ("Author, Title of the survey"), and write numbers with a decimal '
    "point (59.5), not a comma": csv_cell(",59,percent,", ",59,5,percent,"),
    "figure_id and item_id must not be empty": csv_cell(
        "nl_obstacles,3,knowledge,", "nl_obstacles,3,,"
    ),
    "duplicate id nl_adoption_level/strategic_org_wide (first on line 2)": lambda p: (
        p / "figures.csv"
    ).write_text(
        (p / "figures.csv").read_text(encoding="utf-8")
        + (p / "figures.csv").read_text(encoding="utf-8").splitlines()[1]
        + "\n",
        encoding="utf-8",
    ),
    "nl_obstacles/knowledge: value 'fifty-nine' is not a number; write digits 0-9 and at most "
    "one decimal point, such as 59 or 12.5": csv_cell(",59,percent,", ",fifty-nine,percent,"),
    "nl_obstacles/knowledge: value '9.99989e-321' is written with an exponent; write a plain "
    "number": csv_cell(",59,percent,", ",9.99989e-321,percent,"),
    "nl_obstacles/knowledge: value '59,5' has a decimal comma; write 59.5": csv_cell(
        ",59,percent,", ',"59,5",percent,'
    ),
    "nl_obstacles/knowledge: value '12.34567' has more than 4 decimals": csv_cell(
        ",59,percent,", ",12.34567,percent,"
    ),
    "nl_obstacles/knowledge: value 101 lies outside 0 to 100": csv_cell(
        ",59,percent,", ",101,percent,"
    ),
    "nl_obstacles/knowledge: n '0' is not a positive whole number (write digits 0-9 only)": csv_cell(
        ",59,percent,104,", ",59,percent,0,"
    ),
    "nl_obstacles/knowledge: n '1.104' has a thousands separator; write 1104": csv_cell(
        ",59,percent,104,", ",59,percent,1.104,"
    ),
    "nl_obstacles/knowledge: 'label_en' is empty": csv_cell(
        "Gebrek aan kennis en expertise,Lack of knowledge and expertise,",
        "Gebrek aan kennis en expertise,,",
    ),
    "figure 'nl_main_reason' is single choice (chart 'main_reason') but its parts sum to 110, "
    "not 100": csv_cell(",34,percent,", ",44,percent,"),
    "no [[chart]] entries": lambda p: (p / "charts.toml").write_text("# none\n", encoding="utf-8"),
    "duplicate chart id 'obstacles'": charts('id = "main_reason"', 'id = "obstacles"'),
    "chart 'obstacles': choice must be one of single, multiple, other, not 'some'": charts(
        'choice = "multiple"', 'choice = "some"'
    ),
    "chart 'nl_vs_us': caveat_source names unknown chapter 'research'": charts(
        'caveat_source.chapter = "research-frame"', 'caveat_source.chapter = "research"'
    ),
    "chart 'main_reason' names unknown figure 'nl_main_reasons'; did you mean "
    "'nl_main_reason'?": charts('figure = "nl_main_reason"', 'figure = "nl_main_reasons"'),
    "chart 'obstacles': highlight names unknown item 'knowlege'": charts(
        'highlight = ["knowledge", "data_quality"]', 'highlight = ["knowlege", "data_quality"]'
    ),
    "chart 'many' has 5 figures; a chart may show at most 4 figures": too_many_chart_figures,
    "the chapter has no '# ' title line": chapter("en/intro.md", "# ", "#"),
    "a chapter has one '# ' title; use '## '": append_to("en/intro.md", "\n# Another title\n"),
    "chart placement must be '{{chart: ID}}' on a line of its own": append_to(
        "en/intro.md", "\nSee {{chart: main_reason}} here.\n"
    ),
    "images are not shown (the app loads no files and stays offline)": append_to(
        "en/intro.md", "\n![logo](https://example.com/x.png)\n"
    ),
}


def write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def edit_all(path: Path, old: str, new: str) -> None:
    write(path, path.read_text(encoding="utf-8").replace(old, new))


def german_complete(pack: Path, labels=True, chapters=True, titles=True) -> None:
    """German declared and, unless told otherwise, given everywhere it is needed."""
    german_declared(pack)
    if labels:
        path = pack / "figures.csv"
        lines = path.read_text(encoding="utf-8").splitlines()
        write(path, "\n".join([lines[0] + ",label_de"] + [f"{x},D" for x in lines[1:]]) + "\n")
    if chapters:
        (pack / "chapters" / "de").mkdir()
        for chapter_file in (pack / "chapters" / "en").iterdir():
            write(pack / "chapters" / "de" / chapter_file.name, chapter_file.read_text("utf-8"))
    if titles:
        edit_all(pack / "charts.toml", 'title.en = "', 'title.de = "x"\ntitle.en = "')
    edit(pack / "manifest.toml", 'en = "AI at work: where', 'de = "x"\nen = "AI at work: where')


def duplicate_row(pack: Path) -> None:
    path = pack / "figures.csv"
    text = path.read_text(encoding="utf-8")
    write(path, text + text.splitlines()[1] + "\n")


def utf8_broken(pack: Path) -> None:
    path = pack / "manifest.toml"
    path.write_bytes(path.read_bytes() + b"# caf\xeb\n")


def append(path: str, text: str) -> Callable[[Path], None]:
    return lambda pack: write(pack / path, (pack / path).read_text(encoding="utf-8") + text)


CASES.update(
    {
        "not UTF-8 text (byte 0xeb); save the file as UTF-8": utf8_broken,
        "languages declares 'de', but no chapter has a de text (chapters/de/ has none of the "
        "chapters); write them, or remove 'de' from languages": lambda p: german_complete(
            p, chapters=False
        ),
        "12 texts have no 'de' text, the first: chart 'adoption_level': title; manifest.toml "
        "declares the language 'de': add de texts (such as title.de = \"…\"), or remove 'de' "
        "from languages": lambda p: german_complete(p, titles=False),
        "missing column(s): label_de; manifest.toml declares the language(s) de, so figures.csv "
        "needs the column(s) label_de": lambda p: german_complete(p, labels=False),
        "duplicate id nl_adoption_level/strategic_org_wide (first on line 2)": duplicate_row,
        "no [[chart]] entries": lambda p: write(p / "charts.toml", "# none\n"),
        "duplicate chart id 'obstacles'": append(
            "charts.toml",
            '\n[[chart]]\nid = "obstacles"\nfigure = "nl_obstacles"\ntitle.nl = "x"\ntitle.en = "x"\n',
        ),
        "chart 'obstacles': choice must be one of single, multiple, other, not 'some'": charts(
            'choice = "multiple"\nsort = "value"\nhighlight = ["knowledge"',
            'choice = "some"\nsort = "value"\nhighlight = ["knowledge"',
        ),
        "unknown chart 'main_reasons'; did you mean 'main_reason'?": append(
            "chapters/en/why-start.md", "\n{{chart: main_reasons}}\n"
        ),
    }
)

OBSTACLES = (
    'id = "obstacles"\nfigure = "nl_obstacles"\nkind = "bar"\nchoice = "multiple"\nsort = "value"'
)
TITLE = (
    '[title]\nnl = "AI op de werkvloer: waar staan Nederlandse organisaties?"\n'
    'en = "AI at work: where do Dutch organisations stand?"\n'
)
OBSTACLES_TITLE = (
    'title.nl = "De grootste belemmeringen om AI (verder) in te voeren"\n'
    'title.en = "The biggest obstacles to (further) AI adoption"'
)


def chapters_below_title(pack: Path) -> None:
    """The README's pitfall: the chapter list written below [title]."""
    path = pack / "manifest.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("chapters = [")
    end = text.index("]", start) + 1
    chapters = text[start:end]
    write(path, (text[:start] + text[end:]).replace(TITLE, TITLE + "\n" + chapters + "\n"))


def no_chapters(pack: Path) -> None:
    path = pack / "manifest.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("chapters = [")
    write(path, text[:start] + "chapters = []" + text[text.index("]", start) + 1 :])


# Messages of the schemas (data/schemas), each produced once: no check left in the code
# repeats it.
CASES.update(
    {
        "chart 'obstacles': kind must be one of bar, grouped, stacked, line, dot, not 'pie'": charts(
            OBSTACLES, OBSTACLES.replace('kind = "bar"', 'kind = "pie"')
        ),
        "chart 'obstacles': sort must be one of value, ascending, pack, scale, not 'size'": charts(
            OBSTACLES, OBSTACLES.replace('sort = "value"', 'sort = "size"')
        ),
        "a [[chart]] needs an 'id'": charts(OBSTACLES, OBSTACLES.replace('id = "obstacles"\n', "")),
        "chart 'obstacles' names no figure ('figure' or [[chart.series]])": charts(
            OBSTACLES, OBSTACLES.replace('figure = "nl_obstacles"\n', "")
        ),
        "chart 'obstacles': title needs a text per language (nl, en)": charts(
            OBSTACLES_TITLE, 'title = "The biggest obstacles"'
        ),
        "chart 'obstacles': title has no 'en' text": charts(
            OBSTACLES_TITLE, OBSTACLES_TITLE.split("\n")[0]
        ),
        "chart 'obstacles': highlight must be a list of item ids": charts(
            'highlight = ["knowledge", "data_quality"]', 'highlight = "knowledge"'
        ),
        "chart 'obstacles': unknown key 'titel'; did you mean 'title'?": charts(
            OBSTACLES_TITLE, OBSTACLES_TITLE.replace("title.en", "titel.en")
        ),
        "chart 'nl_vs_us': 'caveat' is written below [[chart.series]], so TOML reads it as part "
        "of that block; move it above the chart's first [[chart.series]]": charts(
            'label.en = "US (McKinsey)"', 'label.en = "US (McKinsey)"\ncaveat.en = "Careful."'
        ),
        "title needs a text per language (nl, en)": manifest(TITLE, 'title = "AI at work"\n'),
        "'chapters' must list the chapter ids in order": no_chapters,
        "'chapters' is written below [title], so TOML reads it as part of [title]; move it above "
        "the first [ ] or [[ ]] header of the file": chapters_below_title,
        "chapter id '../x' may only use a-z, 0-9, '-' and '_'": manifest('"intro",', '"../x",'),
        "year_stated must be true or false (without quotes)": manifest(
            "\nyear_stated = false", '\nyear_stated = "no"'
        ),
        "profile 'adoption_level': quick must be true or false, without quotes": lambda p: edit(
            p / "readiness.toml", "quick = true", 'quick = "yes"'
        ),
    }
)

# Documented messages whose broken pack is built by another test.
ELSEWHERE = {
    "file is 10.5 MB; a pack file may be at most 10 MB": "test_bad_packs::test_file_over_10_mb",
    "file is larger than the 10 MB limit": "test_bad_packs::test_zip_entry_over_10_mb",
    "the .zip holds 3,018 files and folders; a pack may hold at most 1,000": (
        "test_pack_safety::test_a_zip_of_thousands_of_chapters_is_refused_from_its_directory"
    ),
    "the .zip unpacks to 60.0 MB; a pack may be at most 50.0 MB in all": (
        "test_pack_safety::test_a_zip_that_unpacks_past_the_total_limit_is_refused"
    ),
    "the pack folder holds more than 1,000 files and folders; a pack may hold at most 1,000": (
        "test_pack_safety::test_a_pack_folder_with_too_many_files_is_refused"
    ),
    "the pack folder's files add up to 62.5 MB; a pack may be at most 50.0 MB in all": (
        "test_pack_safety::test_a_pack_folder_past_the_total_limit_is_refused"
    ),
    "is a symbolic link; a pack may not contain symbolic links; copy the file into the pack": (
        "test_pack_safety::test_a_symlinked_chapter_file_is_refused_before_it_is_read"
    ),
    "'chapters/en' is a symbolic link; a pack may not contain …": (
        "test_pack_safety::test_a_symlinked_chapter_folder_is_refused_and_named"
    ),
    "is not a regular file; it is not read": (
        "test_pack_safety::test_a_fifo_in_place_of_a_file_is_refused_not_waited_on"
    ),
    "the path points outside the pack": (
        "test_pack_safety::test_a_language_that_climbs_out_of_the_pack_reads_nothing"
    ),
    "cannot be read (<reason>)": "test_bad_packs::test_corrupt_data_inside_a_zip_is_a_problem",
    "lists or tables are nested 10,000 levels deep; a pack file may nest at most 32 levels of "
    "[ ] and { }": "test_pack_safety::test_a_10000_deep_toml_names_its_file_and_line_without_a_traceback",
    "figures.csv has 255,036 rows; a pack may have at most 5,000": (
        "test_pack_safety::test_a_csv_of_255000_bars_is_refused_naming_the_limit"
    ),
    "chart 'wide' has 51 bars; a chart may show at most 50 bars": (
        "test_pack_safety::test_a_chart_with_too_many_bars_is_refused"
    ),
    "reading this file takes the pack to 50.2 MB; a pack may be at most 50.0 MB in all": (
        "test_documented_messages::test_a_file_that_grows_while_the_pack_is_read_is_refused_at_the_limit"
    ),
}


def pattern(message: str) -> re.Pattern:
    parts = re.split(r"<[^>]*>|…", message)
    return re.compile(".*".join(re.escape(p) for p in parts) + "$")


# LOCATED: cases whose whole output is known, file and line included: each documented
# message once, at the line to fix, and nothing else (no echo of it, no false alarm).

# Where a problem is reported: a line number (counted from the end of the file when
# negative), a text written on that line and on no other of the broken file, or such a
# text and how many lines from it.
At = int | str | tuple[str, int]


@dataclass(frozen=True)
class Located:
    """A broken pack and where its one problem is reported.

    ``file``: relative to the pack ("" for the pack's folder or .zip itself); ``at``: the
    line (see At). ``others``: problems of their own that must come with it, as (file, at,
    message).
    """

    build: Callable[[Path], Path | None]
    file: str
    at: At
    others: tuple[tuple[str, At, str], ...] = ()


def line_in(path: Path, at: At) -> int:
    """The line ``at`` stands for in the broken file ``path`` (see At)."""
    lines = path.read_bytes().splitlines() if not isinstance(at, int) or at < 0 else []
    if isinstance(at, int):
        return at if at > 0 else len(lines) + 1 + at
    needle, offset = at if isinstance(at, tuple) else (at, 0)
    found = [n for n, text in enumerate(lines, start=1) if needle.encode("utf-8") in text]
    assert len(found) == 1, f"test set-up: {needle!r} is on lines {found} of {path.name}"
    return found[0] + offset


def problem_at(location: Path, pack: Path, file: str, at: At, message: str) -> Problem:
    """The problem as --check reports it for the pack built in ``pack``, read at ``location``."""
    if not file:
        return Problem(str(location), line_in(location, at), message)
    return Problem(f"{location}/{file}", line_in(pack / file, at), message)


def zip_of_size(size: int) -> Callable[[Path], Path]:
    def build(pack: Path) -> Path:
        target = zipped()(pack)
        with open(target, "r+b") as handle:
            handle.truncate(size)  # sparse: nothing is written
        return target

    return build


def new_figure_without_chart(pack: Path) -> None:
    rows = [
        "nl_ai_budget,3,yes,Heeft een AI-budget,Has an AI budget,40,percent,104,"
        "104 organisations,104 organisaties,InSpark survey,",
        "nl_ai_budget,3,no,Heeft geen AI-budget,Has no AI budget,60,percent,104,"
        "104 organisations,104 organisaties,InSpark survey,",
    ]
    append("figures.csv", "\n".join(rows) + "\n")(pack)


def compare_toml(text: str) -> Callable[[Path], None]:
    head = (
        "# How this edition's figures and items were called in the earlier edition.\n"
        'label.nl = "Enquête 2026"\nlabel.en = "Survey 2026"\n\n'
    )
    return lambda pack: write(pack / "compare.toml", head + text)


def chapter_of_size(size: int) -> Callable[[Path], None]:
    def build(pack: Path) -> None:
        path = pack / "chapters" / "en" / "intro.md"
        text = path.read_text(encoding="utf-8")
        write(path, text + "Words. " * ((size - len(text.encode("utf-8"))) // 7))

    return build


def html_lines(pack: Path) -> None:
    append("chapters/en/intro.md", "".join(f"\n<b> line {i}.\n" for i in range(1, 102)))(pack)


HTML_B = (
    "HTML is not interpreted: '<b>' is shown as text (use Markdown, or write &lt; for a '<' "
    "before a letter)"
)
INTRO = "chapters/en/intro.md"
CHARTS = "charts.toml"
FIGURES = "figures.csv"
LACK = "Lack of knowledge and expertise"
RESPONDENTS_LEVEL = 'id = "respondents_level"\nfigure = "respondents_level"\nkind = "bar"'
SECRET_USE = 'id = "us_secret_use"\nfigure = "us_secret_use"\nkind = "bar"'

SLIDE = "::: slide\ntitle: How far organisations have got with AI varies widely\n"
FIRST_SLIDE = ("title: How far organisations", -1)  # the line of its '::: slide'

LOCATED: dict[str, Located] = {
    "the .zip is 70.2 MB; a pack may be at most 50.0 MB in all": Located(
        zip_of_size(int(70.2 * MB)), "", 1
    ),
    'a double quote (") opens a cell that is not closed on this line, so the cell runs on to '
    'line 33; end the cell with " on this line, and write a quote inside a cell as ""': Located(
        csv_cell(f",{LACK},", f',"{LACK},'), FIGURES, LACK
    ),
    "not valid CSV: a cell is longer than 131,072 characters; shorten it": Located(
        csv_cell(f",{LACK},", f",{LACK}{'.' * 140_000},"), FIGURES, LACK
    ),
    "figure 'nl_ai_budget' has no chart; add one to charts.toml": Located(
        new_figure_without_chart, FIGURES, "nl_ai_budget,3,yes,"
    ),
    "chart 'respondents_level': a stacked chart shows the parts of a whole; "
    'set choice = "single" (one answer per respondent)': Located(
        charts(
            RESPONDENTS_LEVEL + '\nchoice = "single"',
            RESPONDENTS_LEVEL.replace("bar", "stacked") + '\nchoice = "multiple"',
        ),
        CHARTS,
        'kind = "stacked"',
    ),
    "chart 'obstacles': grouped bars need two or more [[chart.series]]; "
    'use kind = "bar" for one figure': Located(
        charts(OBSTACLES, OBSTACLES.replace('kind = "bar"', 'kind = "grouped"  # one figure')),
        CHARTS,
        "# one figure",
    ),
    "chart 'us_secret_use': a line needs two or more points (two [[chart.series]], or one "
    "figure with two items)": Located(
        charts(SECRET_USE, SECRET_USE.replace('kind = "bar"', 'kind = "line"')),
        CHARTS,
        'kind = "line"',
    ),
    "chart 'nl_vs_us': figure 'nl_adoption_level' has no item(s) strategic": Located(
        charts(
            'items = ["structural_multi", "strategic_org_wide"]',
            'items = ["structural_multi", "strategic"]',
        ),
        CHARTS,
        '"strategic"]',
    ),
    "[figures]: 'nl_obstacle' is not a figure of figures.csv; did you mean 'nl_obstacles'?": (
        Located(
            compare_toml('[figures]\nnl_obstacle = "nl_barriers"\n'),
            "compare.toml",
            "nl_obstacle =",
        )
    ),
    "[figures]: write the id that 'nl_obstacles' had in the other edition, in double quotes: "
    'nl_obstacles = "…"': Located(
        compare_toml("[figures]\nnl_obstacles = 3\n"), "compare.toml", "nl_obstacles = 3"
    ),
    "[items.nl_obstacle]: not a figure of figures.csv; did you mean 'nl_obstacles'?": Located(
        compare_toml('[items.nl_obstacle]\ndata_quality = "data"\n'),
        "compare.toml",
        "[items.nl_obstacle]",
    ),
    "[items.nl_obstacles]: figure has no item 'knowlege'; did you mean 'knowledge'?": Located(
        compare_toml('[items.nl_obstacles]\nknowlege = "skills"\n'), "compare.toml", "knowlege"
    ),
    "[items.nl_obstacles]: write the id that 'knowledge' had in the other edition, in double "
    'quotes: knowledge = "…"': Located(
        compare_toml("[items.nl_obstacles]\nknowledge = 1\n"), "compare.toml", "knowledge = 1"
    ),
    "figures must be a [figures] table, with a line per renamed figure below it, such as "
    'nl_obstacles = "nl_barriers"': Located(
        compare_toml('figures = "nl_barriers"\n'), "compare.toml", "figures ="
    ),
    "items must be written as a table per figure, such as [items.nl_obstacles], with a line per "
    'renamed item below it, such as data_quality = "data"': Located(
        compare_toml('items = "nl_obstacles"\n'), "compare.toml", "items ="
    ),
    "[items.nl_obstacles] must be a table, with a line per renamed item below it, such as "
    'data_quality = "data"': Located(
        compare_toml('[items]\nnl_obstacles = "nl_barriers"\n'), "compare.toml", "nl_obstacles ="
    ),
    "unknown chart 'x'; no [[chart]] in charts.toml has this id": Located(
        append("chapters/en/why-start.md", "\n{{chart: x}}\n"),
        "chapters/en/why-start.md",
        "{{chart: x}}",
    ),
    "HTML is not interpreted: '<img src=\"logo.png\">' is shown as text (use Markdown, or write "
    "&lt; for a '<' before a letter)": Located(
        append(INTRO, '\nOur logo: <img src="logo.png">\n'), INTRO, "Our logo"
    ),
    "link to 'file:///C:/data.xlsx' is shown as text; only http, https, mailto, chart: and "
    "#section links work": Located(
        append(INTRO, "\nSee [the data](file:///C:/data.xlsx).\n"), INTRO, "See [the data]"
    ),
    "link definition '[r]: https://example.com/report' is not used and shows as text; write "
    "the link inline, as [text](https://…)": Located(
        append(INTRO, "\n[r]: https://example.com/report\n"), INTRO, "[r]:"
    ),
    "link by reference '[text][r]' is shown as text; write the link inline, as "
    "[text](https://…)": Located(
        append(INTRO, "\nSee [text][r].\n\n[r]: https://example.com/report\n"),
        INTRO,
        "See [text][r]",
        # the definition shows as text too: a line of its own to change
        (
            (
                INTRO,
                "[r]:",
                "link definition '[r]: https://example.com/report' is not used and shows as "
                "text; write the link inline, as [text](https://…)",
            ),
        ),
    ),
    "'](' outside a link is shown as text; write a link as [text](https://…), with no [ ] in "
    "its text": Located(
        append(INTRO, "\nSee [a [b] c](https://example.com).\n"), INTRO, "See [a [b] c]"
    ),
    "the chapter is 1.5 MB; a chapter file may be at most 1.0 MB": Located(
        chapter_of_size(int(1.5 * MB)), INTRO, 1
    ),
    "more than 100 problems in this file; the rest are not listed": Located(
        html_lines,
        INTRO,
        "<b> line 100.",  # the last one listed
        tuple((INTRO, f"<b> line {i}.", HTML_B) for i in range(1, 101)),
    ),
    "unknown block '::: warning'; only '::: notes' and '::: slide'": Located(
        append(INTRO, "\n::: warning\nCareful.\n:::\n"), INTRO, "::: warning"
    ),
    "this ':::' closes no block; remove it, or open the block above it with '::: notes' or "
    "'::: slide'": Located(append(INTRO, "\nCareful.\n:::\n"), INTRO, -1),
    # a block left open in the middle: the heading after it is still a section
    "'::: notes' is never closed with ':::'": Located(
        chapter("en/intro.md", "the first chapter.\n:::\n", "the first chapter.\n"),
        INTRO,
        ("Open by asking where the client", -1),
    ),
    "'::: slide' is never closed with ':::'": Located(
        chapter("en/intro.md", "build: bars\n:::\n", "build: bars\n"), INTRO, FIRST_SLIDE
    ),
    "'::: slide' belongs in a '## ' section, below it": Located(
        chapter(
            "en/intro.md", "## AI is no", "::: slide\ntitle: Before any\nText.\n:::\n\n## AI is no"
        ),
        INTRO,
        ("title: Before any", -1),
    ),
    "a section has one '::: slide' block; keep one, or put this one below a '## ' heading of its "
    "own": Located(
        chapter("en/intro.md", SLIDE, "::: slide\ntitle: Another\nText.\n:::\n\n" + SLIDE),
        INTRO,
        FIRST_SLIDE,  # the second block of the section
    ),
    "build must be one of bars, none, not 'slow'": Located(
        chapter("en/intro.md", "build: bars", "build: slow"), INTRO, "build: slow"
    ),
    "a slide's message is either bullets ('- ') or sentences, not both": Located(
        chapter("en/intro.md", SLIDE, SLIDE + "- A bullet\n"), INTRO, FIRST_SLIDE
    ),
    "the slide shows nothing: give it a message or a chart": Located(
        chapter(
            "en/intro.md",
            "How do they use AI, why do they start, what stands in their way, and how does that "
            "differ?\n:::",
            "chart: none\n:::",
        ),
        INTRO,
        ("title: Four questions", -1),
    ),
    "'::: slide' shows unknown chart 'adoption_levels'; did you mean 'adoption_level'?": Located(
        chapter("en/intro.md", SLIDE, SLIDE + "chart: adoption_levels\n"), INTRO, FIRST_SLIDE
    ),
    "section 'AI is no longer a thing of the future': its '::: slide' block differs from the nl "
    "text's (which charts, which build); give it the same chart and build lines": Located(
        chapter("en/intro.md", "build: bars\n", ""), INTRO, FIRST_SLIDE
    ),
    "has 4 '## ' sections but the nl text has 3; give every language the same '## ' sections": (
        Located(append(INTRO, "\n## Another section\n\nText.\n"), INTRO, 1)
    ),
    "places the charts adoption_level, main_reason but the nl text places the charts "
    "adoption_level; place the same charts, in the same order, in every language": Located(
        append(INTRO, "\n{{chart: main_reason}}\n"), INTRO, 1
    ),
}


@pytest.mark.parametrize("message", list(LOCATED))
def test_the_documented_message_is_reported_once_at_its_line(message, pack_copy):
    case = LOCATED[message]
    location = case.build(pack_copy) or pack_copy
    expected = [problem_at(location, pack_copy, case.file, case.at, message)]
    expected += [problem_at(location, pack_copy, *other) for other in case.others]
    assert check_content(location) == sorted(expected)


def test_a_section_missing_in_one_language_is_not_reported_again_for_its_chart(pack_copy):
    """The charts of the two texts are compared once their sections agree: not before."""
    append(INTRO, "\n## Another section\n\n{{chart: main_reason}}\n")(pack_copy)
    message = (
        "has 4 '## ' sections but the nl text has 3; give every language the same '## ' sections"
    )
    assert check_content(pack_copy) == [Problem(f"{pack_copy}/{INTRO}", 1, message)]


GROWN = "reading this file takes the pack to 50.2 MB; a pack may be at most 50.0 MB in all"


def test_a_file_that_grows_while_the_pack_is_read_is_refused_at_the_limit(pack_copy, monkeypatch):
    """The folder's size is checked before any file is read; a file that grows after that is
    refused when its turn comes. The limit is lowered to 1 MB to stay cheap."""
    from desktop_app.core import source

    monkeypatch.setattr(source, "MAX_PACK_BYTES", MB)
    manifest = (pack_copy / "manifest.toml").stat().st_size

    def grow(files_read: int, files_expected: int, relative: str) -> None:
        if relative == "figures.csv":  # read second, after the manifest
            with open(pack_copy / "figures.csv", "r+b") as handle:
                handle.truncate(int(1.2 * MB) - manifest)

    message = GROWN.replace("50.2 MB", "1.2 MB").replace("50.0 MB", "1.0 MB")
    assert check_content(pack_copy, grow) == [Problem(f"{pack_copy}/figures.csv", 1, message)]


def quote_in_last_row(pack: Path) -> str:
    csv_cell("professional,Professional", 'professional,"Professional')(pack)
    return "respondents_level,0,professional"


def quote_in_long_file(pack: Path) -> str:
    edit_all(pack / "figures.csv", '"McKinsey, The State of AI 2024"', "McKinsey")
    edit_all(pack / "figures.csv", '"McKinsey, Superagency in the Workplace 2024"', "McKinsey")
    edit_all(
        pack / "figures.csv",
        '"Overig (o.a. bouw, energie, FMCG, zakelijke dienstverlening)"',
        "Overig",
    )
    edit_all(
        pack / "figures.csv",
        '"Other (incl. construction, energy, FMCG, business services)"',
        "Other",
    )
    csv_cell(f",{LACK},", f',"{LACK},')(pack)
    assert (pack / "figures.csv").read_text(encoding="utf-8").count('"') == 1, "test set-up"
    append("figures.csv", "".join(f"nl_big,3,i{i},x,x,1,percent,,b,b,s,\n" for i in range(5_000)))(
        pack
    )
    return LACK


@pytest.mark.parametrize(
    ("build", "end"),
    [
        (quote_in_last_row, "to the end of the file"),  # nothing closes it
        (quote_in_long_file, "past 131,072 characters"),  # Python's CSV reader stops there
    ],
)
def test_a_quote_left_open_is_reported_where_it_opens_however_far_it_runs(pack_copy, build, end):
    at = build(pack_copy)
    message = (
        'a double quote (") opens a cell that is not closed on this line, so the cell runs on '
        f'{end}; end the cell with " on this line, and write a quote inside a cell as ""'
    )
    path = pack_copy / "figures.csv"
    assert check_content(pack_copy) == [Problem(str(path), line_in(path, at), message)]


def test_every_documented_message_is_checked():
    checked = [*CASES, *LOCATED, *ELSEWHERE]
    stale = [m for m in checked if m not in documented()]
    assert not stale, f"cases for messages data/README.md no longer documents: {stale}"
    assert not set(CASES) & set(LOCATED)
    unchecked = [m for m in documented() if m not in checked]
    assert not unchecked, f"documented messages no test builds a broken pack for: {unchecked}"


def test_the_tests_named_for_other_messages_exist():
    for name in ELSEWHERE.values():
        module, test = name.split("::")
        assert f"def {test}(" in (ROOT / "tests" / f"{module}.py").read_text(encoding="utf-8")


# Where each message of CASES is reported: (file, at), as for Located.
WHERE: dict[str, tuple[str, At]] = {
    "no such folder or .zip file": ("", 1),
    "not a readable .zip file (File is not a zip file)": ("", 1),
    "zip entry points outside the pack, so the pack is refused; zip the pack folder again, "
    "with nothing from outside it": ("../../outside.txt", 1),
    "no manifest.toml here, so this is not a report pack; choose the pack's own folder (the "
    "one that holds manifest.toml, figures.csv and charts.toml) or its .zip": ("", 1),
    "the .zip holds 2 packs (a/manifest.toml, b/manifest.toml); put exactly one pack in a .zip": (
        "",
        1,
    ),
    "file is missing": (CHARTS, 1),
    "not UTF-8 text (byte 0xeb); save the file as UTF-8": ("manifest.toml", -1),
    "the file is saved as UTF-16 (Excel calls it 'Unicode Text'); save it as UTF-8 (in "
    "Excel: Save As, 'CSV UTF-8')": (FIGURES, 1),
    'not valid TOML: a text is not closed; end it with " on the same line (Illegal character '
    "'\\n' (at line 6, column 12))": (CHARTS, 6),
    "pack format 2 is not supported; this app reads format 1": ("manifest.toml", "format = 2"),
    'languages must be a list of language codes, such as ["nl", "en"]': (
        "manifest.toml",
        'languages = "nl"',
    ),
    "'id' is missing or not text": ("manifest.toml", "id = 12"),
    "'year' is missing or not a whole number": ("manifest.toml", 'year = "2025"'),
    "[survey] needs 'n', the number surveyed": ("manifest.toml", "n = 0"),
    "title has no 'en' text": ("manifest.toml", "[title]"),
    "every [[sources]] entry needs a 'name'": ("manifest.toml", ('id = "inspark"', -1)),
    "chapter id 'why-start' appears twice": ("manifest.toml", ("chapters = [", 4)),  # the second
    "default_language is not in languages": ("manifest.toml", 'default_language = "de"'),
    "chapter 'obstacles' has no en text: chapters/en/obstacles.md is missing": (
        "manifest.toml",
        '"obstacles",',
    ),
    "missing column(s): unit, source": (FIGURES, 1),
    "missing column(s): label_de; manifest.toml declares the language(s) de, so figures.csv "
    "needs the column(s) label_de": (FIGURES, 1),
    "missing column(s): label_en; the header has 'Label_EN': write column names in lower case": (
        FIGURES,
        1,
    ),
    "missing column(s): …; the file is separated by tabs (Excel's 'Unicode text'): save it as "
    "'CSV UTF-8 (comma delimited)'": (FIGURES, 1),
    "missing column(s): …; the header line has no ',' or ';' between the column names: save "
    "the file as CSV, or check the first line": (FIGURES, 1),
    "the line has 13 cells but the header names 12 columns; put a cell that contains a comma "
    'between double quotes ("Author, Title of the survey"), and write numbers with a decimal '
    "point (59.5), not a comma": (FIGURES, ",59,5,percent,"),
    "figure_id and item_id must not be empty": (FIGURES, "nl_obstacles,3,,"),
    "duplicate id nl_adoption_level/strategic_org_wide (first on line 2)": (FIGURES, -1),
    "nl_obstacles/knowledge: value 'fifty-nine' is not a number; write digits 0-9 and at most "
    "one decimal point, such as 59 or 12.5": (FIGURES, "nl_obstacles,3,knowledge,"),
    "nl_obstacles/knowledge: value '9.99989e-321' is written with an exponent; write a plain "
    "number": (FIGURES, "nl_obstacles,3,knowledge,"),
    "nl_obstacles/knowledge: value '59,5' has a decimal comma; write 59.5": (
        FIGURES,
        "nl_obstacles,3,knowledge,",
    ),
    "nl_obstacles/knowledge: value '12.34567' has more than 4 decimals": (
        FIGURES,
        "nl_obstacles,3,knowledge,",
    ),
    "nl_obstacles/knowledge: value 101 lies outside 0 to 100": (
        FIGURES,
        "nl_obstacles,3,knowledge,",
    ),
    "nl_obstacles/knowledge: n '0' is not a positive whole number (write digits 0-9 only)": (
        FIGURES,
        "nl_obstacles,3,knowledge,",
    ),
    "nl_obstacles/knowledge: n '1.104' has a thousands separator; write 1104": (
        FIGURES,
        "nl_obstacles,3,knowledge,",
    ),
    "nl_obstacles/knowledge: 'label_en' is empty": (FIGURES, "nl_obstacles,3,knowledge,"),
    "figure 'nl_main_reason' is single choice (chart 'main_reason') but its parts sum to 110, "
    "not 100": (FIGURES, "nl_main_reason,2,efficiency,"),  # the figure's first row
    "no [[chart]] entries": (CHARTS, 1),
    "duplicate chart id 'obstacles'": (CHARTS, -4),  # the id of the chart added last
    "chart 'obstacles': choice must be one of single, multiple, other, not 'some'": (
        CHARTS,
        'choice = "some"',
    ),
    "chart 'nl_vs_us': caveat_source names unknown chapter 'research'": (
        CHARTS,
        'caveat_source.chapter = "research"',
    ),
    "chart 'main_reason' names unknown figure 'nl_main_reasons'; did you mean 'nl_main_reason'?": (
        CHARTS,
        'figure = "nl_main_reasons"',
    ),
    "chart 'obstacles': highlight names unknown item 'knowlege'": (CHARTS, '"knowlege"'),
    "chart 'many' has 5 figures; a chart may show at most 4 figures": (
        CHARTS,
        ('id = "many"', -1),  # its [[chart]]
    ),
    "the chapter has no '# ' title line": (INTRO, 1),
    "a chapter has one '# ' title; use '## '": (INTRO, "# Another title"),
    "chart placement must be '{{chart: ID}}' on a line of its own": (
        INTRO,
        "See {{chart: main_reason}} here.",
    ),
    "images are not shown (the app loads no files and stays offline)": (INTRO, "![logo]"),
    "languages declares 'de', but no chapter has a de text (chapters/de/ has none of the "
    "chapters); write them, or remove 'de' from languages": ("manifest.toml", "languages = ["),
    "12 texts have no 'de' text, the first: chart 'adoption_level': title; manifest.toml "
    "declares the language 'de': add de texts (such as title.de = \"…\"), or remove 'de' "
    "from languages": (CHARTS, 'title.nl = "In welke mate'),
    "unknown chart 'main_reasons'; did you mean 'main_reason'?": (
        "chapters/en/why-start.md",
        "{{chart: main_reasons}}",
    ),
    "chart 'obstacles': kind must be one of bar, grouped, stacked, line, dot, not 'pie'": (
        CHARTS,
        'kind = "pie"',
    ),
    "chart 'obstacles': sort must be one of value, ascending, pack, scale, not 'size'": (
        CHARTS,
        'sort = "size"',
    ),
    "a [[chart]] needs an 'id'": (CHARTS, ('highlight = ["knowledge", "data_quality"]', -5)),
    "chart 'obstacles' names no figure ('figure' or [[chart.series]])": (
        CHARTS,
        ('id = "obstacles"', -1),  # its [[chart]]
    ),
    "chart 'obstacles': title needs a text per language (nl, en)": (
        CHARTS,
        'title = "The biggest obstacles"',
    ),
    "chart 'obstacles': title has no 'en' text": (CHARTS, 'title.nl = "De grootste'),
    "chart 'obstacles': highlight must be a list of item ids": (CHARTS, 'highlight = "knowledge"'),
    "chart 'obstacles': unknown key 'titel'; did you mean 'title'?": (CHARTS, "titel.en"),
    "chart 'nl_vs_us': 'caveat' is written below [[chart.series]], so TOML reads it as part "
    "of that block; move it above the chart's first [[chart.series]]": (
        CHARTS,
        'caveat.en = "Careful."',
    ),
    "title needs a text per language (nl, en)": ("manifest.toml", 'title = "AI at work"'),
    "'chapters' must list the chapter ids in order": ("manifest.toml", "chapters = []"),
    "'chapters' is written below [title], so TOML reads it as part of [title]; move it above "
    "the first [ ] or [[ ]] header of the file": ("manifest.toml", "chapters = ["),
    "chapter id '../x' may only use a-z, 0-9, '-' and '_'": ("manifest.toml", '"../x",'),
    "year_stated must be true or false (without quotes)": (
        "manifest.toml",
        'year_stated = "no"',
    ),
    "profile 'adoption_level': quick must be true or false, without quotes": (
        "readiness.toml",
        'quick = "yes"',
    ),
}


def test_every_case_says_where_its_message_is_reported():
    assert sorted(WHERE) == sorted(CASES)


@pytest.mark.parametrize("message", list(CASES))
def test_the_documented_broken_pack_gives_exactly_the_documented_message(message, pack_copy):
    location = CASES[message](pack_copy) or pack_copy
    found = check_content(location)
    assert len(found) == 1 and pattern(message).match(found[0].message), found
    where = problem_at(location, pack_copy, *WHERE[message], found[0].message)
    assert found[0] == where
