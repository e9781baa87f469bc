"""Safe exports: hostile client names never become formulas or broken files, and a failed
export never leaves a truncated file where the consultant asked for one."""

from __future__ import annotations

import csv
import errno
import os
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.safe_files import (
    NothingWritten,
    atomic_open,
    atomic_path,
    atomic_write_bytes,
    atomic_write_text,
    safe_file_name,
)
from desktop_app.readiness.export import export_checks
from desktop_app.readiness.store import CheckStore

HOSTILE_NAMES = [
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "Acme\x00Corp",
    "Bell\x07 BV",
    "Escape \x1b[31mred",
    "line\nbreak",
    "DEL\x7f and C1\x85",
    "Brouwerij Het Anker",
]
FORMULA_LIKE = {name for name in HOSTILE_NAMES if name.lstrip()[:1] in "=+-@"}
CONTROLS = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]}


def shown(name: str) -> str:
    """What a consultant should see of ``name`` in a spreadsheet: the text, on one line."""
    flat = name.replace("\t", " ").replace("\r", " ").replace("\n", " ").replace("\x85", " ")
    return "".join(c for c in flat if c not in CONTROLS)


@pytest.fixture
def questionnaire(content):
    return content.readiness


@pytest.fixture
def hostile_store(tmp_path, pack) -> CheckStore:
    store = CheckStore(tmp_path / "checks.sqlite")
    for name in HOSTILE_NAMES:
        store.create_check(name, "quick", "nl", pack.id, [name, "IT lead"])
    yield store
    store.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_writes_hostile_names_as_text(hostile_store, questionnaire, pack, tmp_path):
    target = tmp_path / "checks.csv"
    assert export_checks(hostile_store, questionnaire, pack, "nl", target) == len(HOSTILE_NAMES)
    assert target.read_bytes().startswith("\ufeff".encode())  # Excel reads it as UTF-8
    rows = read_csv(target)
    by_client = {row["client"].removeprefix("'"): row for row in rows}
    assert set(by_client) == {shown(name) for name in HOSTILE_NAMES}
    for name in HOSTILE_NAMES:
        row = by_client[shown(name)]
        expected = f"'{shown(name)}" if name in FORMULA_LIKE else shown(name)
        assert row["client"] == expected
        assert row["participants"].startswith("'" if name in FORMULA_LIKE else shown(name)[:1])
    for row in rows:
        for cell in row.values():
            assert not CONTROLS & set(cell), repr(cell)
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), repr(cell)


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_xlsx_writes_hostile_names_as_text_cells_and_never_fails(
    hostile_store, questionnaire, pack, tmp_path
):
    from openpyxl import load_workbook

    target = tmp_path / "checks.xlsx"
    assert export_checks(hostile_store, questionnaire, pack, "en", target) == len(HOSTILE_NAMES)
    assert "<f>" not in sheet_xml(target)  # not a single formula in the file
    sheet = load_workbook(target).active
    header = [cell.value for cell in sheet[1]]
    client = header.index("client") + 1
    cells = {sheet.cell(row, client).value: sheet.cell(row, client) for row in range(2, 16)}
    assert set(cells) == {shown(name) for name in HOSTILE_NAMES}  # exactly as typed
    for name in HOSTILE_NAMES:
        cell = cells[shown(name)]
        assert cell.data_type == "s"
        assert cell.quotePrefix == (name in FORMULA_LIKE)  # Excel keeps it text when edited
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f"


def test_xlsx_and_csv_read_back_with_the_same_columns(hostile_store, questionnaire, pack, tmp_path):
    import pandas as pd

    export_checks(hostile_store, questionnaire, pack, "nl", tmp_path / "a.csv")
    export_checks(hostile_store, questionnaire, pack, "nl", tmp_path / "a.xlsx")
    assert list(pd.read_excel(tmp_path / "a.xlsx").columns) == list(
        pd.read_csv(tmp_path / "a.csv").columns
    )


def break_writer(monkeypatch, owner, method: str) -> None:
    """Make a writer put half a file down and then fail, as on a full disk."""

    def half_then_full(self, path, *args, **kwargs):
        Path(path).write_bytes(b"PK\x03\x04 half a file")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(owner, method, half_then_full)


@pytest.mark.parametrize("name", ["checks.xlsx", "checks.csv"])
def test_a_failed_export_keeps_the_previous_file_and_leaves_no_debris(
    hostile_store, questionnaire, pack, tmp_path, monkeypatch, name
):
    import pandas as pd
    from openpyxl import Workbook

    target = tmp_path / "out" / name
    target.parent.mkdir()
    export_checks(hostile_store, questionnaire, pack, "nl", target)
    before = target.read_bytes()
    break_writer(monkeypatch, Workbook, "save")
    break_writer(monkeypatch, pd.DataFrame, "to_csv")
    with pytest.raises(OSError, match="No space left"):
        export_checks(hostile_store, questionnaire, pack, "nl", target)
    assert target.read_bytes() == before
    assert os.listdir(target.parent) == [name]


def test_a_failed_first_export_leaves_no_file_at_all(
    hostile_store, questionnaire, pack, tmp_path, monkeypatch
):
    from openpyxl import Workbook

    break_writer(monkeypatch, Workbook, "save")
    with pytest.raises(OSError):
        export_checks(hostile_store, questionnaire, pack, "nl", tmp_path / "new.xlsx")
    assert not [n for n in os.listdir(tmp_path) if "partial" in n or n == "new.xlsx"]


def test_export_to_a_missing_folder_is_an_error_not_a_crash(
    hostile_store, questionnaire, pack, tmp_path
):
    with pytest.raises(OSError):
        export_checks(hostile_store, questionnaire, pack, "nl", tmp_path / "gone" / "checks.csv")
    assert not (tmp_path / "gone").exists()


# -- atomic writing ------------------------------------------------------------------------
def test_atomic_path_replaces_the_target_only_when_the_block_succeeds(tmp_path):
    target = tmp_path / "slides.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        assert temporary.parent == target.parent  # same folder: the rename is atomic
        assert temporary.suffix == ".pdf"  # writers that pick a format by extension work
        temporary.write_bytes(b"half")
        raise RuntimeError("the writer gave up")
    assert target.read_bytes() == b"old"
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # nothing visible before the end
    assert target.read_bytes() == b"new"
    assert sorted(os.listdir(tmp_path)) == ["slides.pdf"]


def test_a_writer_that_silently_writes_nothing_does_not_replace_the_file(tmp_path):
    target = tmp_path / "chart.png"
    target.write_bytes(b"old picture")
    with pytest.raises(NothingWritten), atomic_path(target):
        pass  # e.g. QImage.save() returned False
    assert target.read_bytes() == b"old picture"
    assert os.listdir(tmp_path) == ["chart.png"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_atomic_writes_keep_the_permissions_of_the_file_they_replace(tmp_path):
    target = tmp_path / "shared.csv"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_atomic_open_and_write_helpers(tmp_path):
    with atomic_open(tmp_path / "a.txt", "w", encoding="utf-8") as handle:
        handle.write("één")
    atomic_write_bytes(tmp_path / "b.bin", b"\0\1")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "één"
    assert (tmp_path / "b.bin").read_bytes() == b"\0\1"
    with pytest.raises(ValueError):
        atomic_open(tmp_path / "c.txt", "a").__enter__()


def test_qt_writers_can_write_through_atomic_path(qapp, tmp_path):
    """The shell's PNG and PDF exports hand the temporary path to Qt's own writers."""
    from PySide6.QtGui import QImage, QPainter, QPdfWriter

    picture = tmp_path / "chart.png"
    with atomic_path(picture) as temporary:
        image = QImage(20, 10, QImage.Format.Format_RGB32)
        image.fill(0xFF0000)
        assert image.save(str(temporary))  # format taken from the kept extension
    assert QImage(str(picture)).size() == image.size()
    document = tmp_path / "chapter.pdf"
    with atomic_path(document) as temporary:
        writer = QPdfWriter(str(temporary))
        painter = QPainter(writer)
        painter.drawText(100, 100, "x")
        painter.end()
    assert document.read_bytes().startswith(b"%PDF-")


# -- file names from client names ----------------------------------------------------------
@pytest.mark.parametrize(
    ("client", "name"),
    [
        ("Brouwerij Het Anker", "Brouwerij Het Anker"),
        ("Acme\x00Corp", "AcmeCorp"),
        ("../../etc/passwd", "etc-passwd"),
        ('a/b\\c:d*e?f"g<h>i|j', "a-b-c-d-e-f-g-h-i-j"),
        ("CON", "_CON"),
        ("lpt1.backup", "_lpt1.backup"),
        ("Client. ", "Client"),
        (".hidden", "hidden"),
        ("-rf", "rf"),
        ("gnp.\u202eexe", "gnp.exe"),  # a right-to-left override would show 'exe.png'
        ("line\nbreak\ttab", "line break tab"),
        ("", "export"),
        ("\x00\x01 . ", "export"),
    ],
)
def test_safe_file_name(client, name):
    assert safe_file_name(client) == name


def test_long_names_are_cut_on_a_character_boundary():
    name = safe_file_name("Gemeente ’s-Hertogenbosch " * 20)
    assert len(name.encode("utf-8")) <= 120
    assert name == name.strip() and "\ufffd" not in name


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_client_name_gives_a_file_that_can_be_created(tmp_path_factory, client):
    name = safe_file_name(client)
    assert name and len(name.encode("utf-8")) <= 120
    assert not set(name) & (CONTROLS | set('<>:"/\\|?*'))
    assert name[0] not in ".- " and name[-1] not in ". "
    folder = tmp_path_factory.mktemp("names")
    atomic_write_text(folder / f"{name}.pdf", "x")
    assert os.listdir(folder) == [f"{name}.pdf"]
