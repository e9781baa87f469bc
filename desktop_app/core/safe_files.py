"""Files the app writes for the user: never half-written, and named safely.

An export is written to a temporary file beside its target and renamed over the target
only when it is complete (``os.replace`` is atomic within one folder). A full disk, a
crash, a locked target or a writer that gives up therefore leaves the file that was there
before, or none, never a truncated one at the chosen path. Writers that want a path of
their own (pandas, openpyxl, QPdfWriter, QImage.save) use ``atomic_path``; the others
``atomic_open`` or ``atomic_write_bytes``/``atomic_write_text``.

``safe_file_name`` turns a client's name into a file name every system accepts.
"""

from __future__ import annotations

import os
import secrets
import stat
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

# Longest part of the target's name kept in a temporary file's name (names are limited
# to 255 bytes) and longest extension kept (writers such as QImage read the format from it).
_TEMPORARY_STEM_CHARS = 40
_EXTENSION_CHARS = 16
WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"]
)
WINDOWS_FORBIDDEN = frozenset('<>:"/\\|?*')
DEFAULT_NAME_BYTES = 120  # leaves room for a prefix and an extension in 255 bytes


class NothingWritten(OSError):
    """The writer finished without writing anything: the target is left as it was."""


def _temporary_beside(target: Path) -> Path:
    """A new, empty file in the target's folder, created with the usual permissions."""
    suffix = target.suffix if len(target.suffix) <= _EXTENSION_CHARS else ""
    stem = target.name[: len(target.name) - len(suffix)][:_TEMPORARY_STEM_CHARS]
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        candidate = target.with_name(f".{stem}.{secrets.token_hex(4)}.partial{suffix}")
        try:
            os.close(os.open(candidate, flags, 0o666))
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(f"no free temporary name beside {target}")


def _flush_to_disk(path: Path) -> None:
    """Make the content durable before the rename makes it visible (power loss, kill -9)."""
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@contextmanager
def atomic_path(target: Path | str, *, allow_empty: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; it replaces ``target`` when the block ends.

    Raise inside the block (or leave the file empty, unless ``allow_empty``) and the
    temporary file is removed and ``target`` is untouched. The temporary file keeps the
    target's extension, so writers that choose a format by extension still work.
    """
    target = Path(target)
    temporary = _temporary_beside(target)
    try:
        yield temporary
        if not allow_empty and temporary.stat().st_size == 0:
            raise NothingWritten(f"nothing was written to {target}")
        with suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        _flush_to_disk(temporary)
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(target.parent)


@contextmanager
def atomic_open(
    target: Path | str, mode: str = "wb", *, encoding: str | None = None, newline: str | None = None
) -> Iterator[IO]:
    """``open(target, mode)`` for writing, with the all-or-nothing rename of ``atomic_path``."""
    if mode not in ("w", "wt", "wb"):
        raise ValueError(f"atomic_open writes a new file; mode {mode!r} is not supported")
    with (
        atomic_path(target, allow_empty=True) as temporary,
        open(temporary, mode, encoding=encoding, newline=newline) as handle,
    ):
        yield handle


def atomic_write_bytes(target: Path | str, data: bytes) -> None:
    with atomic_open(target, "wb") as handle:
        handle.write(data)


def atomic_write_text(target: Path | str, text: str, encoding: str = "utf-8") -> None:
    with atomic_open(target, "w", encoding=encoding, newline="") as handle:
        handle.write(text)


def safe_file_name(text: str, fallback: str = "export", max_bytes: int = DEFAULT_NAME_BYTES) -> str:
    """A file name (without extension) made from ``text``, such as a client's name.

    No NUL or other control or formatting character (a right-to-left override could
    disguise the extension), no path separator or character Windows refuses, no name
    Windows reserves (``CON``, ``LPT1``…), no leading dot (hidden) or dash (read as an
    option), no trailing dot or space (Windows drops them), and at most ``max_bytes`` of
    UTF-8. ``fallback`` when nothing usable is left.
    """
    characters = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if char in WINDOWS_FORBIDDEN:
            characters.append("-")
        elif category.startswith("Z") or char in "\t\n\r\v\f":
            characters.append(" ")
        elif category in ("Cc", "Cf", "Cs"):
            continue
        else:
            characters.append(char)
    name = " ".join("".join(characters).split()).strip(" .-")
    encoded = name.encode("utf-8")
    if len(encoded) > max_bytes:
        name = encoded[:max_bytes].decode("utf-8", errors="ignore").rstrip(" .-")
    if name.split(".")[0].strip().upper() in WINDOWS_RESERVED:
        name = f"_{name}"
    return name or fallback
