"""Shrink the ICU data library that Qt brings on Linux (about 31 MB) to what Qt can use.

Qt Core uses ICU for collation, locale-aware case mapping, time-zone names and legacy text
codecs. The data library holds every language of the world, break-iterator dictionaries,
transliterators and hundreds of code pages. The app speaks Dutch and English and reads
only UTF-8, so the data for other languages, the code pages and the parts of ICU that Qt
never calls (break iterators, transliteration, spelled-out numbers, character names) go.
Anything ICU cannot find falls back to its root data, which stays, so a German or French
system still sorts and cases text correctly by the root (Unicode default) rules.

This is ICU's own "data filtering", done on the built package: the ICU common-data format
is a sorted table of contents followed by the items; we copy the kept items into a new
package and link it into a library with the same soname and data symbol. The smoke test
then checks that collation still works.

    python3 packaging/linux/slim_icu.py dist/desktop-app/_internal
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("root", "en", "nl")
# Item folders and files Qt never reads: break iterators, transliteration, rule-based
# number formats, character names, spoof checking, string preparation, code pages.
DROP_FOLDERS = ("brkitr/", "translit/", "rbnf/")
DROP_SUFFIXES = (".cnv", ".cfu", ".spp")
DROP_FILES = ("unames.icu",)
LOCALE_ITEM = re.compile(r"^(?:[a-z]+/)?(?P<locale>[a-z]{2,3}(?:_[A-Za-z0-9]*)*|root)\.res$")
ALIGNMENT = 16


def keep_item(name: str) -> bool:
    """``name`` is an item path inside the package, such as ``coll/nl.res``."""
    if name.startswith(DROP_FOLDERS) or name.endswith(DROP_SUFFIXES) or name in DROP_FILES:
        return False
    match = LOCALE_ITEM.match(name)
    if match is None or name.endswith("res_index.res"):  # pools, indexes, shared data
        return True
    locale = match.group("locale")
    return any(locale == lang or locale.startswith(lang + "_") for lang in KEEP_LANGUAGES)


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split an ICU common-data package into its header and its (name, item) list."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common-data package")
    toc = data[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """Lay out a package as ICU expects: the names in order, every item 16-byte aligned."""
    table_size = 4 + 8 * len(items)
    layout = bytearray(table_size) + b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    struct.pack_into("<I", layout, 0, len(items))
    name_offset = table_size
    for index, (name, item) in enumerate(items):
        layout += bytes(-(len(header) + len(layout)) % ALIGNMENT)
        struct.pack_into("<II", layout, 4 + 8 * index, name_offset, len(layout))
        name_offset += len(name) + 1
        layout += item
    return header + bytes(layout)


def data_symbol(library: Path) -> tuple[str, int, int]:
    """Name, file offset and size of the ``icudtNN_dat`` symbol in the data library."""
    symbols = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in symbols.splitlines():
        address, size, _kind, name = line.split()
        if re.fullmatch(r"icudt\d+_dat", name):
            address_value = int(address, 16)
            return name, section_offset(library, address_value), int(size, 16)
    raise ValueError(f"no ICU data symbol in {library}")


def section_offset(library: Path, address: int) -> int:
    """File offset of a virtual ``address``, from the section that holds it."""
    sections = subprocess.run(
        ["readelf", "-SW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[0].startswith("[") and fields[2] == "PROGBITS":
            start, offset, size = (int(fields[i], 16) for i in (3, 4, 5))
            if start <= address < start + size:
                return address - start + offset
    raise ValueError(f"address {address:#x} is in no section of {library}")


def link_library(package: bytes, symbol: str, soname: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        blob = Path(scratch) / "icudata.dat"
        blob.write_bytes(package)
        source = Path(scratch) / "icudata.S"
        source.write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n"
            f'{symbol}:\n.incbin "{blob}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(
            ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(target), str(source)],
            check=True,
        )


def slim(bundle: Path) -> tuple[int, int]:
    """Replace the bundle's ICU data library in place; returns (old, new) sizes in bytes."""
    libraries = [p for p in bundle.rglob("libicudata.so*") if p.is_file() and not p.is_symlink()]
    if not libraries:
        return 0, 0
    library = libraries[0]
    symbol, offset, size = data_symbol(library)
    original = library.read_bytes()
    header, items = read_package(original[offset : offset + size])
    prefix = items[0][0].split("/", 1)[0] + "/"
    kept = [(name, item) for name, item in items if keep_item(name.removeprefix(prefix))]
    package = write_package(header, kept)
    # The rebuilt package must read back item for item before it replaces the original.
    if read_package(package)[1] != kept:
        raise ValueError("rebuilt ICU package does not read back")
    link_library(package, symbol, library.name, library.with_suffix(".slim"))
    old_size = library.stat().st_size
    library.with_suffix(".slim").replace(library)
    return old_size, library.stat().st_size


def main(argv: list[str]) -> int:
    bundle = Path(argv[1]) if len(argv) > 1 else Path("dist/desktop-app/_internal")
    old, new = slim(bundle)
    if old:
        print(f"ICU data: {old / 1e6:.1f} MB -> {new / 1e6:.1f} MB")
    else:
        print("ICU data: none in the bundle (this Qt does not bring its own ICU)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
