"""figures.csv as spreadsheet programs write it, and plain messages where it cannot be read."""

from __future__ import annotations

import csv
import io

import pytest

from desktop_app.content import check_content, load_content


def rows_of(pack) -> list[list[str]]:
    with open(pack / "figures.csv", encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def save_as_excel(
    pack, separator: str = ";", decimal: str = ",", bom=True, crlf=True, sep_line=False
):
    """figures.csv the way a spreadsheet program in some regional setting writes it."""
    rows = rows_of(pack)
    value = rows[0].index("value")
    for row in rows[1:]:
        row[value] = row[value].replace(".", decimal)
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    text = (f"sep={separator}\r\n" if sep_line else "") + out.getvalue()
    (pack / "figures.csv").write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def figure_values(pack) -> dict[tuple[str, str], float]:
    report = load_content(pack).report
    return {(f.id, i.item_id): i.value for f in report.figures.values() for i in f.items}


@pytest.mark.parametrize(
    "excel",
    [
        {"separator": ";", "decimal": ","},  # Dutch or German Excel
        {"separator": ";", "decimal": ".", "bom": False},
        {"separator": ",", "decimal": ".", "crlf": True},  # English Excel, 'CSV UTF-8'
        {"separator": ";", "decimal": ",", "sep_line": True},  # with Excel's 'sep=;' line
    ],
)
def test_spreadsheet_csv_reads_like_the_original(pack_copy, excel):
    path = pack_copy / "figures.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace(",59,percent,", ",59.25,percent,"), "utf-8"
    )
    expected = figure_values(pack_copy)
    assert expected[("nl_obstacles", "knowledge")] == 59.25
    save_as_excel(pack_copy, **excel)
    assert check_content(pack_copy) == []
    assert figure_values(pack_copy) == expected


def messages(pack) -> list[str]:
    return [str(p) for p in check_content(pack)]


def test_a_decimal_comma_in_a_comma_separated_file_names_the_cause(pack_copy):
    text = (
        (pack_copy / "figures.csv")
        .read_text(encoding="utf-8")
        .replace(",59,percent,", ",59,5,percent,")
    )
    (pack_copy / "figures.csv").write_text(text, encoding="utf-8")
    [message] = messages(pack_copy)
    assert message.endswith(
        "the line has 13 cells but the header names 12 columns; put a cell that contains a comma "
        'between double quotes ("Author, Title of the survey"), and write numbers with a decimal '
        "point (59.5), not a comma"
    )


def test_a_tab_separated_file_is_named_as_such(pack_copy):
    rows = rows_of(pack_copy)
    (pack_copy / "figures.csv").write_text("\n".join("\t".join(r) for r in rows), encoding="utf-8")
    [message] = messages(pack_copy)
    assert message.endswith(
        "the file is separated by tabs (Excel's 'Unicode text'): save it as 'CSV UTF-8 (comma "
        "delimited)'"
    )


def test_column_names_in_capitals_are_pointed_out(pack_copy):
    text = (pack_copy / "figures.csv").read_text(encoding="utf-8")
    (pack_copy / "figures.csv").write_text(
        text.replace("label_en", "Label_EN", 1), encoding="utf-8"
    )
    assert messages(pack_copy) == [
        f"{pack_copy}/figures.csv:1: missing column(s): label_en; the header has 'Label_EN': "
        "write column names in lower case"
    ]


def test_utf16_and_windows_1252_are_named_with_what_to_choose_in_excel(pack_copy):
    text = (pack_copy / "figures.csv").read_text(encoding="utf-8")
    (pack_copy / "figures.csv").write_bytes(text.encode("utf-16"))
    assert messages(pack_copy) == [
        f"{pack_copy}/figures.csv:1: the file is saved as UTF-16 (Excel calls it 'Unicode "
        "Text'); save it as UTF-8 (in Excel: Save As, 'CSV UTF-8')"
    ]
    (pack_copy / "figures.csv").write_bytes(text.encode("cp1252"))
    [message] = messages(pack_copy)
    assert message.endswith("save the file as UTF-8 (in Excel: Save As, 'CSV UTF-8')")


def test_a_thousands_separator_in_n(pack_copy):
    save_as_excel(pack_copy)
    path = pack_copy / "figures.csv"
    path.write_bytes(path.read_bytes().replace(b";59;percent;104;", b";59;percent;1.104;", 1))
    [message] = messages(pack_copy)
    assert message.endswith(
        "nl_obstacles/knowledge: n '1.104' has a thousands separator; write 1104"
    )


def test_plain_csv_stays_strict_about_decimal_commas(pack_copy):
    path = pack_copy / "figures.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace(",59,percent,", ',"59,5",percent,'), "utf-8"
    )
    [message] = messages(pack_copy)
    assert message.endswith("nl_obstacles/knowledge: value '59,5' has a decimal comma; write 59.5")


def test_a_line_break_typed_in_a_cell_becomes_a_space(pack_copy):
    """Excel writes Alt+Enter inside a cell as a quoted cell over two lines; the row is
    whole, so it is a label with a line break, not a quote left open."""
    rows = rows_of(pack_copy)
    label = rows[0].index("label_en")
    row = next(r for r in rows[1:] if r[0] == "nl_obstacles" and r[2] == "knowledge")
    row[label] = "Lack of knowledge\nand expertise"  # Excel keeps a bare LF inside the cell
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    (pack_copy / "figures.csv").write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    assert b'"Lack of knowledge\nand expertise"' in (pack_copy / "figures.csv").read_bytes()
    assert check_content(pack_copy) == []
    items = load_content(pack_copy).report.figures["nl_obstacles"].items
    knowledge = next(i for i in items if i.item_id == "knowledge")
    assert knowledge.label["en"] == "Lack of knowledge and expertise"
