"""The Linux build trims Qt's ICU data: the package it writes must read back unchanged,
and it keeps exactly the data a Dutch and English app can reach."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "packaging" / "linux" / "slim_icu.py"
spec = importlib.util.spec_from_file_location("slim_icu", SCRIPT)
slim_icu = importlib.util.module_from_spec(spec)
spec.loader.exec_module(slim_icu)


def icu_header() -> bytes:
    """A common-data header as ICU writes it: size, magic, UDataInfo with format CmnD."""
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\3\0\0\0")
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + info
    return header + bytes(32 - len(header))


def item(text: str, length: int) -> bytes:
    return text.encode().ljust(length, b"\0")


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("nl.res", True),
        ("nl_BE.res", True),
        ("en_001.res", True),
        ("root.res", True),
        ("coll/nl.res", True),
        ("coll/ucadata.icu", True),
        ("zone/tzdbNames.res", True),
        ("supplementalData.res", True),
        ("pool.res", True),
        ("cnvalias.icu", True),
        ("res_index.res", True),
        ("coll/res_index.res", True),
        ("de.res", False),
        ("coll/de_.res", False),
        ("zh_Hant_TW.res", False),
        ("curr/fr_CA.res", False),
        ("brkitr/cjdict.dict", False),
        ("translit/root.res", False),
        ("ibm-943_P15A-2003.cnv", False),
        ("unames.icu", False),
    ],
)
def test_keeps_dutch_english_root_and_shared_data_only(name, kept):
    assert slim_icu.keep_item(name) is kept


def test_a_rebuilt_package_reads_back_item_for_item_and_aligned():
    items = [
        ("icudt73l/a.res", item("first", 35)),
        ("icudt73l/coll/root.res", item("second", 16)),
        ("icudt73l/zz.res", item("third", 7)),
    ]
    package = slim_icu.write_package(icu_header(), items)
    header, read = slim_icu.read_package(package)
    assert header == icu_header()
    assert [name for name, _ in read] == [name for name, _ in items]
    for (_, original), (_, copied) in zip(items, read, strict=True):
        assert copied.startswith(original)  # padding may follow, never precede
    toc = package[len(header) :]
    offsets = [struct.unpack_from("<II", toc, 4 + 8 * i)[1] for i in range(len(items))]
    assert all((len(header) + offset) % 16 == 0 for offset in offsets)


def test_dropping_items_keeps_the_rest_intact():
    items = [(f"icudt73l/{n}", item(n, 20)) for n in ("de.res", "nl.res", "root.res")]
    kept = [(n, i) for n, i in items if slim_icu.keep_item(n.split("/", 1)[1])]
    _, read = slim_icu.read_package(slim_icu.write_package(icu_header(), kept))
    assert [n for n, _ in read] == ["icudt73l/nl.res", "icudt73l/root.res"]
    assert read[0][1].startswith(b"nl.res")


def test_something_that_is_not_icu_data_is_refused():
    with pytest.raises(ValueError, match="not an ICU"):
        slim_icu.read_package(bytes(64))
