"""Every number the bundled pack shows a client is a number of the report.

A consultant's words end up on a client's wall and in a PDF that stays behind. A mistyped or
invented percentage in a chapter, a speaker note, a chart title or caveat, a readiness text,
a manifest text or a bar label must fail the build. Each number written in digits must be

* a value of the pack's figures.csv (derived values included: they are rows of figures.csv
  whose note says so, such as the 67% 'two thirds' and the 32% 'other sectors'),
* the survey's n from manifest.toml (104), or
* one of the few non-figure numbers listed below, each with its reason.

Numbers written as words ('two thirds', 'a quarter') are not figures and need no listing.
The Dutch and English versions of every text must state the same numbers: per chapter
section (text and notes together), per section slide, and per TOML or CSV text.

A section's slide (its '::: slide' block: title and message) is held to more: it is what the
room reads, large, without the prose around it. Each number on it must be a value of
figures.csv or the survey's n (no listed non-figure numbers), and must also be stated in the
section's own text, so a slide never says what its section does not.
"""

from __future__ import annotations

import bisect
import csv
import re
import shutil
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.chapter_text import CHART_LINE, ChapterText, parse_chapter

PACK = Path(__file__).resolve().parent.parent / "data" / "ai-op-de-werkvloer"
LANGUAGES = ("nl", "en")

# Numbers in digits that are not survey figures but may appear anywhere, and why.
NON_FIGURE_NUMBERS = {
    "2024": "year in the names of McKinsey's sources (The State of AI 2024, Superagency 2024)",
    "2025": "year in the name of the ProofHub Workplace Trends Report 2025",
    "100": "the whole, as in 'the percentages do not add up to 100'",
}
# Numbers allowed only in one kind of place: (numbers, place, reason). A place is 'title'
# (any chapter's '# ' line) or '<chapter id> §<section number>'.
PLACED_NUMBERS = (
    ({"1", "2", "3", "4", "5"}, "title", "the report's chapter numbers, in chapter titles"),
    ({"1", "2", "3"}, "why-inspark §2", "the numbered steps of InSpark's three-step approach"),
)

NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Text:
    """One piece of text the app can show, with where it comes from."""

    file: str  # relative to the pack
    line: int
    place: str  # 'obstacles §3', 'obstacles title', 'charts.toml chart[obstacles].caveat', ...
    language: str
    text: str


def normalised(number: str) -> str:
    """'8', '8.0' and '8,0' are the same number; the Dutch decimal comma counts too."""
    return f"{float(number.replace(',', '.')):g}"


def numbers_in(text: str) -> list[str]:
    return [normalised(n) for n in NUMBER.findall(text)]


SLIDE = " slide"  # the place of a section's slide: 'obstacles §1 slide'


# -- reading the pack ----------------------------------------------------------------------
def read_chapters(pack: Path) -> Iterator[tuple[str, str, str, str, ChapterText]]:
    """(chapter id, language, path relative to the pack, source, parsed chapter) per file."""
    manifest = tomllib.loads((pack / "manifest.toml").read_text(encoding="utf-8"))
    for chapter_id in manifest["chapters"]:
        for language in LANGUAGES:
            relative = f"chapters/{language}/{chapter_id}.md"
            source = (pack / relative).read_text(encoding="utf-8")
            chapter, problems = parse_chapter(relative, source)
            assert problems == [], problems
            yield chapter_id, language, relative, source, chapter


def chapter_texts(pack: Path) -> Iterator[Text]:
    """Every line of every chapter, notes included, placed in its section by parse_chapter.

    The lines of a '::: slide' block are left to ``slide_texts``, which holds them to more.
    """
    for chapter_id, language, relative, source, chapter in read_chapters(pack):
        starts = [section.line for section in chapter.sections]
        in_slide = False
        for number, line in enumerate(source.splitlines(), start=1):
            stripped = line.strip()
            if stripped == "::: slide" or (in_slide and stripped == ":::"):
                in_slide = stripped != ":::"
                continue
            if in_slide or CHART_LINE.match(stripped) or stripped.startswith(":::"):
                continue  # a chart placement shows the chart's title, checked in charts.toml
            if number == chapter.title_line:
                where = "title"
            elif not starts or number < starts[0]:
                where = "opening"
            else:
                where = f"§{bisect.bisect_right(starts, number)}"
            yield Text(relative, number, f"{chapter_id} {where}", language, line)


def slide_line(source_lines: list[str], start: int, text: str) -> int:
    """The line of a slide block (from its '::: slide' line ``start``) that holds ``text``."""
    for number in range(start, len(source_lines) + 1):
        if text in source_lines[number - 1]:
            return number
    return start


def slide_texts(pack: Path) -> Iterator[Text]:
    """The title and each message line of every section's slide, as parse_chapter reads them."""
    for chapter_id, language, relative, source, chapter in read_chapters(pack):
        lines = source.splitlines()
        for index, section in enumerate(chapter.sections, start=1):
            spec = section.slide
            if spec is None:
                continue
            place = f"{chapter_id} §{index}{SLIDE}"
            for text in ([spec.title] if spec.title else []) + list(spec.message):
                line = slide_line(lines, spec.line, text[:40])
                yield Text(relative, line, place, language, text)


def section_numbers(pack: Path) -> dict[tuple[str, str], set[str]]:
    """The numbers each section's own text states: (language, 'chapter §n') -> numbers."""
    stated = {}
    for chapter_id, language, _relative, _source, chapter in read_chapters(pack):
        for index, section in enumerate(chapter.sections, start=1):
            stated[language, f"{chapter_id} §{index}"] = set(numbers_in(section.markdown))
    return stated


def localised(value, path: str) -> Iterator[tuple[str, str, str]]:
    """(path, language, text) for every {nl: ..., en: ...} text in a TOML value, lists too."""
    if isinstance(value, dict):
        if set(LANGUAGES) <= set(value):
            for language in LANGUAGES:
                text = value[language]
                if isinstance(text, str):
                    yield path, language, text
                elif isinstance(text, list):
                    for index, item in enumerate(text, start=1):
                        yield f"{path}[{index}]", language, str(item)
        for key, item in value.items():
            if key not in LANGUAGES:
                yield from localised(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value, start=1):
            name = item.get("id", index) if isinstance(item, dict) else index
            yield from localised(item, f"{path}[{name}]")


def line_of(source_lines: list[str], text: str) -> int:
    """The line a TOML text is written on (tomllib keeps no line numbers)."""
    needle = text[:40]
    for number, line in enumerate(source_lines, start=1):
        if needle in line:
            return number
    return 1


def toml_texts(pack: Path, name: str) -> Iterator[Text]:
    source = (pack / name).read_text(encoding="utf-8")
    lines = source.splitlines()
    data = tomllib.loads(source)
    for path, language, text in localised(data, ""):
        yield Text(name, line_of(lines, text), f"{name} {path}", language, text)


def label_texts(pack: Path) -> Iterator[Text]:
    with open(pack / "figures.csv", newline="", encoding="utf-8-sig") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            place = f"figures.csv {row['figure_id']}/{row['item_id']}.label"
            for language in LANGUAGES:
                yield Text("figures.csv", number, place, language, row[f"label_{language}"])


def all_texts(pack: Path) -> list[Text]:
    texts = list(chapter_texts(pack)) + list(slide_texts(pack))
    for name in ("charts.toml", "readiness.toml", "manifest.toml"):
        if (pack / name).exists():
            texts += toml_texts(pack, name)
    return texts + list(label_texts(pack))


def figure_numbers(pack: Path) -> set[str]:
    """The values of figures.csv, derived rows included, and the survey's n."""
    with open(pack / "figures.csv", newline="", encoding="utf-8-sig") as handle:
        values = {normalised(row["value"]) for row in csv.DictReader(handle)}
    manifest = tomllib.loads((pack / "manifest.toml").read_text(encoding="utf-8"))
    return values | {normalised(str(manifest["survey"]["n"]))}


# -- the checks ----------------------------------------------------------------------------
def allowed_here(number: str, text: Text) -> bool:
    if text.place.endswith(SLIDE):
        return False  # a slide shows figures only
    if number in NON_FIGURE_NUMBERS:
        return True
    for numbers, place, _reason in PLACED_NUMBERS:
        if number in numbers and (
            text.place == place or (place == "title" and text.place.endswith(" title"))
        ):
            return True
    return False


def unknown_numbers(pack: Path) -> list[str]:
    """'file:line (place, language): N in «text»' for every number that is not allowed."""
    known = figure_numbers(pack)
    found = []
    for text in all_texts(pack):
        for number in numbers_in(text.text):
            if number not in known and not allowed_here(number, text):
                found.append(
                    f"{text.file}:{text.line} ({text.place}, {text.language}): "
                    f"{number} in «{text.text.strip()[:90]}»"
                )
    return found


def slide_numbers_missing_from_their_section(pack: Path) -> list[str]:
    """Numbers a slide states that its section's own text (without notes) does not."""
    stated = section_numbers(pack)
    found = []
    for text in slide_texts(pack):
        section = text.place.removesuffix(SLIDE)
        for number in numbers_in(text.text):
            if number not in stated[text.language, section]:
                found.append(
                    f"{text.file}:{text.line} ({text.place}, {text.language}): "
                    f"{number} in «{text.text.strip()[:90]}» is not in the section's text"
                )
    return found


def language_differences(pack: Path) -> list[str]:
    """Places whose Dutch and English texts state different numbers, with the lines to fix."""
    stated: dict[str, dict[str, set[str]]] = defaultdict(
        lambda: {lang: set() for lang in LANGUAGES}
    )
    texts: dict[str, list[Text]] = defaultdict(list)
    for text in all_texts(pack):
        stated[text.place][text.language] |= set(numbers_in(text.text))
        texts[text.place].append(text)
    differences = []
    for place, by_language in stated.items():
        nl, en = by_language["nl"], by_language["en"]
        if nl == en:
            continue
        where = sorted(
            {f"{t.file}:{t.line}" for t in texts[place] if set(numbers_in(t.text)) & (nl ^ en)}
        )
        differences.append(
            f"{place}: only in nl {sorted(nl - en, key=float)}, "
            f"only in en {sorted(en - nl, key=float)} (at {', '.join(where)})"
        )
    return differences


def test_every_number_in_the_prose_is_a_figure_of_the_report():
    found = unknown_numbers(PACK)
    assert not found, (
        "numbers that are neither a value of figures.csv, the survey's n, nor a listed "
        "non-figure number:\n" + "\n".join(found)
    )


def test_dutch_and_english_state_the_same_numbers():
    differences = language_differences(PACK)
    assert not differences, "nl and en state different numbers:\n" + "\n".join(differences)


def test_the_guard_catches_a_wrong_number_and_a_missing_translation(tmp_path):
    """A test that cannot fail guards nothing: a copy with two real mistakes must be caught."""
    copy = tmp_path / "pack"
    shutil.copytree(PACK, copy)
    chapter = copy / "chapters" / "en" / "obstacles.md"
    text = chapter.read_text(encoding="utf-8").rstrip("\n")
    chapter.write_text(text + "\n\nAbout **58.5%** of them agree.\n", encoding="utf-8")
    wrong_line = len(text.splitlines()) + 2
    last_section = len(parse_chapter("x.md", text)[0].sections)
    charts = copy / "charts.toml"
    text = charts.read_text(encoding="utf-8")
    assert 'caveat.nl = "' in text
    charts.write_text(text.replace('caveat.nl = "', 'caveat.nl = "67%: ', 1), encoding="utf-8")

    assert unknown_numbers(copy) == [
        f"chapters/en/obstacles.md:{wrong_line} (obstacles §{last_section}, en): "
        "58.5 in «About **58.5%** of them agree.»"
    ]
    differences = language_differences(copy)
    assert len(differences) == 2
    assert differences[0] == (
        f"obstacles §{last_section}: only in nl [], only in en ['58.5'] "
        f"(at chapters/en/obstacles.md:{wrong_line})"
    )
    assert differences[1].startswith("charts.toml chart[")
    assert "only in nl ['67'], only in en []" in differences[1]


def test_every_number_on_a_slide_is_stated_in_its_section():
    found = slide_numbers_missing_from_their_section(PACK)
    assert not found, "slides that state more than their section:\n" + "\n".join(found)


def test_the_guard_catches_a_wrong_number_on_a_slide(tmp_path):
    """A mistyped figure, and a true figure on the wrong slide, must both fail the build."""
    copy = tmp_path / "pack"
    shutil.copytree(PACK, copy)

    def edit(path: Path, old: str, new: str) -> int:
        """Replace ``old`` inside the file's '::: slide' block; returns the line it is on."""
        text = path.read_text(encoding="utf-8")
        start = text.index("::: slide")
        at = text.index(old, start)
        assert at < text.index("\n:::\n", start), f"{old!r} is not in the first slide block"
        path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
        return text.count("\n", 0, at) + 1

    # A figure mistyped in the English slide of 'obstacles' §1: 60 is no figure of the report.
    en = copy / "chapters" / "en" / "obstacles.md"
    en_line = edit(en, "(**59%**)", "(**60%**)")
    # A real figure (a quarter: 25%) on the Dutch slide of the introduction's §1, whose text
    # states only 8% and 11%: a figure of the report, but not this section's.
    nl = copy / "chapters" / "nl" / "intro.md"
    nl_line = edit(nl, "**11%**", "**25%**")
    en_text = en.read_text(encoding="utf-8").splitlines()[en_line - 1]
    nl_text = nl.read_text(encoding="utf-8").splitlines()[nl_line - 1]
    assert "60%" in en_text and "25%" in nl_text

    assert unknown_numbers(copy) == [
        f"chapters/en/obstacles.md:{en_line} (obstacles §1 slide, en): 60 in «{en_text[:90]}»"
    ]
    assert slide_numbers_missing_from_their_section(copy) == [
        f"chapters/nl/intro.md:{nl_line} (intro §1 slide, nl): 25 in «{nl_text[:90]}» "
        "is not in the section's text",
        f"chapters/en/obstacles.md:{en_line} (obstacles §1 slide, en): 60 in «{en_text[:90]}» "
        "is not in the section's text",
    ]
    differences = language_differences(copy)
    assert len(differences) == 2, differences
    assert differences[0].startswith("intro §1 slide: only in nl ['25'], only in en ['11'] ")
    assert f"chapters/nl/intro.md:{nl_line}" in differences[0]
    assert differences[1].startswith("obstacles §1 slide: only in nl ['59'], only in en ['60'] ")
    assert f"chapters/en/obstacles.md:{en_line}" in differences[1]


def test_every_insight_and_caveat_names_a_place_that_exists():
    """Each claim about the survey points at a chapter section or a figure of this pack."""
    manifest = tomllib.loads((PACK / "manifest.toml").read_text(encoding="utf-8"))
    charts = tomllib.loads((PACK / "charts.toml").read_text(encoding="utf-8"))
    readiness = tomllib.loads((PACK / "readiness.toml").read_text(encoding="utf-8"))
    with open(PACK / "figures.csv", newline="", encoding="utf-8-sig") as handle:
        figures = {row["figure_id"] for row in csv.DictReader(handle)}
    sections = {}
    for chapter_id in manifest["chapters"]:
        counts = set()
        for language in LANGUAGES:
            relative = f"chapters/{language}/{chapter_id}.md"
            chapter, _ = parse_chapter(relative, (PACK / relative).read_text(encoding="utf-8"))
            counts.add(len(chapter.sections))
        assert len(counts) == 1, f"{chapter_id}: nl and en have different section counts"
        sections[chapter_id] = counts.pop()

    def problem(reference, what: str) -> str | None:
        if not isinstance(reference, dict):
            return f"{what}: no source"
        if "figure" in reference:
            return None if reference["figure"] in figures else f"{what}: unknown figure"
        chapter, section = reference.get("chapter"), reference.get("section")
        if chapter not in sections:
            return f"{what}: unknown chapter {chapter!r}"
        if not isinstance(section, int) or not 1 <= section <= sections[chapter]:
            return f"{what}: {chapter} has no section {section!r}"
        return None

    problems = []
    for index, insight in enumerate(readiness.get("insight", []), start=1):
        what = f"insight {index} ({insight['text']['en'][:50]}…)"
        if insight.get("kind") not in ("finding", "advice"):
            problems.append(f"{what}: kind must be 'finding' or 'advice'")
        problems.append(problem(insight.get("source"), what))
    for chart in charts["chart"]:
        if "caveat" in chart:
            problems.append(problem(chart.get("caveat_source"), f"chart {chart['id']} caveat"))
    for stage in readiness.get("stage", []):
        if "source" in stage:
            problems.append(problem(stage["source"], f"stage {stage['id']}"))
    problems = [p for p in problems if p]
    assert not problems, "\n".join(problems)
