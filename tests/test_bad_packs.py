"""Every kind of broken pack gets its own plain message pointing at file and line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop_app.core.loader import check_pack, load_pack
from desktop_app.core.problems import PackError


def messages(location: Path) -> list[str]:
    return [str(p) for p in check_pack(location)]


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def only(found: list[str], needle: str) -> str:
    hits = [m for m in found if needle in m]
    assert hits, f"no message containing {needle!r} in {found}"
    return hits[0]


def test_missing_chapter_file(pack_copy):
    (pack_copy / "chapters" / "en" / "obstacles.md").unlink()
    message = only(messages(pack_copy), "chapters/en/obstacles.md is missing")
    assert message.startswith(f"{pack_copy}/manifest.toml:")
    line = int(message.split(":")[1])
    assert '"obstacles"' in (pack_copy / "manifest.toml").read_text().splitlines()[line - 1]


def test_missing_figures_file(pack_copy):
    (pack_copy / "figures.csv").unlink()
    assert f"{pack_copy}/figures.csv:1: file is missing" in messages(pack_copy)


def test_bad_toml_names_the_line(pack_copy):
    replace_in(pack_copy / "charts.toml", 'kind = "bar"', 'kind = "bar')
    message = only(messages(pack_copy), "not valid TOML")
    assert message.startswith(f"{pack_copy}/charts.toml:")
    line = int(message.split(":")[1])
    assert 'kind = "bar' in (pack_copy / "charts.toml").read_text().splitlines()[line - 1]


def test_value_that_is_not_a_number(pack_copy):
    replace_in(pack_copy / "figures.csv", ",59,percent,", ",fifty-nine,percent,")
    message = only(messages(pack_copy), "is not a number")
    line = int(message.split(":")[1])
    assert "fifty-nine" in (pack_copy / "figures.csv").read_text().splitlines()[line - 1]
    assert "nl_obstacles/knowledge" in message


@pytest.mark.parametrize("value", ["101", "-3"])
def test_value_outside_0_to_100(pack_copy, value):
    replace_in(pack_copy / "figures.csv", ",59,percent,", f",{value},percent,")
    only(messages(pack_copy), f"value {value} lies outside 0 to 100")


def test_chart_naming_an_unknown_figure(pack_copy):
    replace_in(pack_copy / "charts.toml", 'figure = "nl_main_reason"', 'figure = "nl_main_reasons"')
    message = only(messages(pack_copy), "unknown figure 'nl_main_reasons'")
    line = int(message.split(":")[1])
    assert "nl_main_reasons" in (pack_copy / "charts.toml").read_text().splitlines()[line - 1]


def test_single_choice_figure_that_does_not_sum_to_100(pack_copy):
    replace_in(pack_copy / "figures.csv", ",34,percent,", ",44,percent,")
    only(messages(pack_copy), "figure 'nl_main_reason' is single choice (chart 'main_reason')")


def test_rounding_is_tolerated_for_single_choice(pack_copy):
    replace_in(pack_copy / "figures.csv", ",34,percent,", ",35,percent,")
    assert not [m for m in messages(pack_copy) if "single choice" in m]


def test_duplicate_figure_row(pack_copy):
    figures = pack_copy / "figures.csv"
    lines = figures.read_text(encoding="utf-8").splitlines()
    figures.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    message = only(messages(pack_copy), "duplicate id nl_adoption_level/strategic_org_wide")
    assert message.startswith(f"{figures}:{len(lines) + 1}:")
    assert "first on line 2" in message


def test_duplicate_chart_id(pack_copy):
    replace_in(pack_copy / "charts.toml", 'id = "main_reason"', 'id = "obstacles"')
    only(messages(pack_copy), "duplicate chart id 'obstacles'")


def test_duplicate_chapter_id(pack_copy):
    replace_in(pack_copy / "manifest.toml", '"why-start",', '"why-start",\n    "why-start",')
    only(messages(pack_copy), "chapter id 'why-start' appears twice")


def test_file_that_is_not_utf8(pack_copy):
    path = pack_copy / "chapters" / "nl" / "intro.md"
    path.write_bytes(path.read_bytes() + "\nCafé\n".encode("latin-1"))
    message = only(messages(pack_copy), "not UTF-8 text")
    assert message.startswith(f"{path}:")
    assert int(message.split(":")[1]) == path.read_bytes().count(b"\n")


def test_file_over_10_mb(pack_copy):
    path = pack_copy / "chapters" / "nl" / "intro.md"
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("x" * (10 * 1024 * 1024 + 1))
    only(messages(pack_copy), "a pack file may be at most 10 MB")


def zip_pack(folder: Path, target: Path, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"pack/{path.relative_to(folder)}")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return target


def test_zip_pack_loads_like_a_folder(pack_copy, tmp_path):
    archive = zip_pack(pack_copy, tmp_path / "report.zip")
    assert check_pack(archive) == []
    assert load_pack(archive).chapter_ids() == load_pack(pack_copy).chapter_ids()


def test_zip_entry_escaping_the_pack(pack_copy, tmp_path):
    archive = zip_pack(pack_copy, tmp_path / "evil.zip", {"../../outside.txt": b"gotcha"})
    message = only(messages(archive), "zip entry points outside the pack")
    assert "../../outside.txt" in message
    from desktop_app.core.source import PackSource

    source = PackSource(archive)
    assert not source.exists("../../outside.txt")  # the entry is not part of the pack
    source.close()


def test_zip_entry_over_10_mb(pack_copy, tmp_path):
    big = {"pack/chapters/nl/intro.md": b"# Intro\n" + b"x" * (10 * 1024 * 1024 + 1)}
    (pack_copy / "chapters" / "nl" / "intro.md").unlink()
    archive = zip_pack(pack_copy, tmp_path / "big.zip", big)
    only(messages(archive), "a pack file may be at most 10 MB")


def test_not_a_zip_at_all(tmp_path):
    bogus = tmp_path / "pack.zip"
    bogus.write_bytes(b"this is not a zip")
    only(messages(bogus), "not a readable .zip file")


def test_no_such_pack(tmp_path):
    assert messages(tmp_path / "nowhere") == [
        f"{tmp_path / 'nowhere'}:1: no such folder or .zip file"
    ]


def test_unknown_chart_in_chapter_text(pack_copy):
    replace_in(
        pack_copy / "chapters" / "en" / "why-start.md",
        "{{chart: main_reason}}",
        "{{chart: main_reasn}}",
    )
    message = only(messages(pack_copy), "unknown chart 'main_reasn'")
    line = int(message.split(":")[1])
    assert (
        "main_reasn" in (pack_copy / "chapters/en/why-start.md").read_text().splitlines()[line - 1]
    )


def test_unclosed_notes_block(pack_copy):
    path = pack_copy / "chapters" / "en" / "intro.md"
    path.write_text(
        path.read_text(encoding="utf-8") + "\n::: notes\nnever closed\n", encoding="utf-8"
    )
    only(messages(pack_copy), "'::: notes' is never closed")


def test_remote_image_is_refused(pack_copy):
    path = pack_copy / "chapters" / "en" / "intro.md"
    path.write_text(
        path.read_text(encoding="utf-8") + "\n![logo](https://example.com/x.png)\n",
        encoding="utf-8",
    )
    only(messages(pack_copy), "images are not shown")


def test_load_pack_raises_with_every_problem(pack_copy):
    (pack_copy / "figures.csv").unlink()
    replace_in(pack_copy / "manifest.toml", "year = 2025", 'year = "2025"')
    with pytest.raises(PackError) as caught:
        load_pack(pack_copy)
    text = str(caught.value)
    assert "figures.csv:1: file is missing" in text
    assert "'year' is missing or not a whole number" in text
    # The missing table is reported once, not again for every chart that needs it.
    assert "unknown figure" not in text and "unknown chart" not in text


def test_languages_with_different_sections(pack_copy):
    path = pack_copy / "chapters" / "en" / "why-start.md"
    path.write_text(
        path.read_text(encoding="utf-8") + "\n## An extra section\n\nText.\n", encoding="utf-8"
    )
    message = only(messages(pack_copy), "'## ' sections but the nl text has")
    assert message.startswith(f"{path}:1:")


def test_problem_line_points_at_the_key_not_a_comment(pack_copy):
    replace_in(pack_copy / "manifest.toml", 'id = "ai-op-de-werkvloer-2025"', "id = 12")
    message = only(messages(pack_copy), "'id' is missing or not text")
    line = int(message.split(":")[1])
    assert (pack_copy / "manifest.toml").read_text().splitlines()[line - 1] == "id = 12"


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        ('highlight = ["knowledge", "data_quality"]', "highlight = 5", "highlight must be a list"),
        (
            'items = ["structural_multi", "strategic_org_wide"]',
            "items = [1]",
            "items must be a list",
        ),
    ],
)
def test_wrongly_typed_values_are_problems_not_crashes(pack_copy, old, new, needle):
    replace_in(pack_copy / "charts.toml", old, new)
    only(messages(pack_copy), needle)


def test_sources_of_the_wrong_type(pack_copy):
    text = (pack_copy / "manifest.toml").read_text(encoding="utf-8")
    start = text.index("[[sources]]")
    (pack_copy / "manifest.toml").write_text(text[:start] + "[misc]\nx = 1\n", encoding="utf-8")
    replace_in(
        pack_copy / "manifest.toml", 'publisher = "InSpark"', 'publisher = "InSpark"\nsources = 1'
    )
    only(messages(pack_copy), "sources must be [[sources]] tables")


def test_chapter_ids_cannot_reach_outside_the_pack(pack_copy):
    replace_in(pack_copy / "manifest.toml", '"intro",', '"../../secret",')
    only(messages(pack_copy), "chapter id '../../secret' may only use")


def test_corrupt_data_inside_a_zip_is_a_problem(pack_copy, tmp_path):
    import zipfile as zf

    archive = tmp_path / "pack.zip"
    with zf.ZipFile(archive, "w", compression=zf.ZIP_DEFLATED) as out:
        for path in sorted(pack_copy.rglob("*")):
            if path.is_file():
                out.write(path, str(path.relative_to(pack_copy)))
    data = bytearray(archive.read_bytes())
    with zf.ZipFile(archive) as reader:
        info = reader.getinfo("figures.csv")
    body = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(body + 10, body + 60):
        data[offset] ^= 0xFF
    archive.write_bytes(bytes(data))
    only(messages(archive), "figures.csv:1: cannot be read")


def test_charts_that_are_not_tables(pack_copy):
    (pack_copy / "charts.toml").write_text('chart = [1, "x"]\n', encoding="utf-8")
    only(messages(pack_copy), "every [[chart]] must be a table of keys")
