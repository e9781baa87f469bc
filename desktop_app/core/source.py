"""Reading the files of a report pack from a folder or a ``.zip``, safely.

Every read goes through here so that the same rules hold for both: the limits of
``limits.py`` (checked from the zip's directory, or a walk of the folder, before any file
is read), text must be UTF-8, and nothing outside the pack is ever read. A zip entry may not
point outside; in a folder no path may pass through a symbolic link (or, on Windows, a
junction) or resolve outside the pack, and only regular files are read, so a link to
``/etc/passwd`` or a FIFO named ``figures.csv`` is refused before it is opened.
"""

from __future__ import annotations

import os
import posixpath
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from .limits import (
    MAX_FILE_BYTES,
    MAX_PACK_BYTES,
    MAX_PACK_FILES,
    MAX_ZIP_DIRECTORY_BYTES,
    megabytes,
)
from .problems import Problem

__all__ = ["MAX_FILE_BYTES", "PackFileError", "PackSource"]

LINK_REFUSED = "a pack may not contain symbolic links; copy the file into the pack"
_ZIP_END = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END = b"PK\x06\x06"
# O_NOFOLLOW on every step of a path, and O_NONBLOCK so a FIFO cannot stall the open
# (not on Windows, which checks each step by path instead).
_CAN_WALK_SAFELY = (
    os.open in os.supports_dir_fd and hasattr(os, "O_NOFOLLOW") and hasattr(os, "O_DIRECTORY")
)


class PackFileError(Exception):
    """A file of the pack cannot be used; carries the problem to report."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


class _Missing(PackFileError):
    def __init__(self, shown: str) -> None:
        super().__init__(Problem(shown, 1, "file is missing"))


def _unsafe_entry(name: str) -> bool:
    """True when a zip entry name would land outside the folder it is unpacked to."""
    if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
        return True
    return ".." in PurePosixPath(name).parts


def _link_message(shown: str, step: str) -> str:
    if shown.endswith("/" + step):
        return f"is a symbolic link; {LINK_REFUSED}"
    return f"'{step}' is a symbolic link; {LINK_REFUSED}"


def _zip_directory(path: Path) -> tuple[int, int] | None:
    """Entries and size of a zip's directory, read from its end record alone.

    zipfile reads the whole directory into memory when it opens an archive; this look at
    the last bytes of the file says how much that would be before it happens.
    """
    with open(path, "rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        tail = min(size, 22 + 0xFFFF + 20)  # end record, its comment, the zip64 locator
        handle.seek(size - tail)
        data = handle.read(tail)
        at = data.rfind(_ZIP_END)
        if at < 0 or len(data) - at < 22:
            return None
        entries = int.from_bytes(data[at + 10 : at + 12], "little")
        directory = int.from_bytes(data[at + 12 : at + 16], "little")
        locator = data[at - 20 : at] if at >= 20 else b""
        if locator.startswith(_ZIP64_LOCATOR):
            handle.seek(int.from_bytes(locator[8:16], "little"))
            record = handle.read(56)
            if record.startswith(_ZIP64_END) and len(record) == 56:
                entries = int.from_bytes(record[32:40], "little")
                directory = int.from_bytes(record[40:48], "little")
    return entries, directory


class PackSource:
    """The files of one pack, addressed by paths relative to the pack's root."""

    def __init__(self, location: Path) -> None:
        self.location = Path(location)
        self.problems: list[Problem] = []
        self._zip: zipfile.ZipFile | None = None
        self._zip_root = ""
        self._entries: dict[str, zipfile.ZipInfo] = {}
        self._folder_ok = False
        self._bytes_read = 0
        if self.location.is_file():
            self._open_zip()
        elif self.location.is_dir():
            self._folder_ok = self._folder_within_limits()
        else:
            self.problems.append(Problem(str(self.location), 1, "no such folder or .zip file"))

    def _refuse_pack(self, message: str) -> None:
        self.problems.append(Problem(str(self.location), 1, message))

    # -- limits of the whole ---------------------------------------------------------------
    def _folder_within_limits(self) -> bool:
        """Count and size every entry of the folder (links not followed), stopping early."""
        count = total = 0
        pending = [str(self.location)]
        while pending:
            try:
                with os.scandir(pending.pop()) as entries:
                    for entry in entries:
                        count += 1
                        if count > MAX_PACK_FILES:
                            self._refuse_pack(
                                f"the pack folder holds more than {MAX_PACK_FILES:,} files and "
                                f"folders; a pack may hold at most {MAX_PACK_FILES:,}"
                            )
                            return False
                        if entry.is_dir(follow_symlinks=False):
                            pending.append(entry.path)
                        elif entry.is_file(follow_symlinks=False):
                            total += entry.stat(follow_symlinks=False).st_size
            except OSError as error:
                self._refuse_pack(f"the pack folder cannot be read ({error.strerror})")
                return False
        if total > MAX_PACK_BYTES:
            self._refuse_pack(
                f"the pack folder's files add up to {megabytes(total)}; a pack may be at most "
                f"{megabytes(MAX_PACK_BYTES)} in all"
            )
            return False
        return True

    def _zip_within_limits(self) -> bool:
        """The limits, from the file's size and the zip's end record: nothing unpacked yet."""
        size = self.location.stat().st_size
        if size > MAX_PACK_BYTES + MAX_ZIP_DIRECTORY_BYTES:
            self._refuse_pack(
                f"the .zip is {megabytes(size)}; a pack may be at most "
                f"{megabytes(MAX_PACK_BYTES)} in all"
            )
            return False
        directory = _zip_directory(self.location)
        if directory is None:
            return True  # not a zip: zipfile says so in its own words
        entries, directory_bytes = directory
        if entries > MAX_PACK_FILES or directory_bytes > MAX_ZIP_DIRECTORY_BYTES:
            self._refuse_pack(
                f"the .zip holds {entries:,} files and folders; a pack may hold at most "
                f"{MAX_PACK_FILES:,}"
            )
            return False
        return True

    # -- zip handling -------------------------------------------------------------------
    def _open_zip(self) -> None:
        try:
            if not self._zip_within_limits():
                return
            archive = zipfile.ZipFile(self.location)
        except (zipfile.BadZipFile, OSError) as exc:
            self.problems.append(
                Problem(str(self.location), 1, f"not a readable .zip file ({exc})")
            )
            return
        infos = archive.infolist()
        unpacked = sum(info.file_size for info in infos)
        if len(infos) > MAX_PACK_FILES:
            self._refuse_pack(
                f"the .zip holds {len(infos):,} files and folders; a pack may hold at most "
                f"{MAX_PACK_FILES:,}"
            )
        elif unpacked > MAX_PACK_BYTES:
            self._refuse_pack(
                f"the .zip unpacks to {megabytes(unpacked)}; a pack may be at most "
                f"{megabytes(MAX_PACK_BYTES)} in all"
            )
        if len(infos) > MAX_PACK_FILES or unpacked > MAX_PACK_BYTES:
            archive.close()
            return
        self._zip = archive
        names = []
        for info in infos:
            shown = f"{self.location}/{info.filename}"
            if _unsafe_entry(info.filename):
                self.problems.append(
                    Problem(
                        shown,
                        1,
                        "zip entry points outside the pack, so the pack is refused; zip the "
                        "pack folder again, with nothing from outside it",
                    )
                )
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                self.problems.append(Problem(shown, 1, f"is a symbolic link; {LINK_REFUSED}"))
                continue
            if not info.is_dir():
                names.append(info.filename)
                self._entries[info.filename] = info
        # A pack zipped with its folder has every file under one top folder.
        if "manifest.toml" not in self._entries:
            roots = sorted(
                posixpath.dirname(n) for n in names if posixpath.basename(n) == "manifest.toml"
            )
            if len(roots) == 1:
                self._zip_root = roots[0] + "/"
            elif len(roots) > 1:  # which pack is meant? one message, not "missing" per file
                listed = ", ".join(f"{root}/manifest.toml" for root in roots[:3])
                more = f" and {len(roots) - 3} more" if len(roots) > 3 else ""
                self._refuse_pack(
                    f"the .zip holds {len(roots)} packs ({listed}{more}); put exactly one "
                    "pack in a .zip"
                )
                self.close()

    # -- folder handling ----------------------------------------------------------------
    def _parts(self, relative: str) -> list[str]:
        parts = relative.split("/")
        if not relative or any(p in ("", ".", "..") or "\\" in p or ":" in p for p in parts):
            raise PackFileError(
                Problem(self.display(relative), 1, "the path points outside the pack")
            )
        return parts

    def _open_in_folder(self, relative: str) -> int:
        """A descriptor of the regular file ``relative``, reached without following a link."""
        parts = self._parts(relative)
        shown = self.display(relative)
        if not _CAN_WALK_SAFELY:
            return self._open_checked_by_path(relative, parts)
        folder = os.open(self.location, os.O_RDONLY | os.O_DIRECTORY)
        try:
            for index, part in enumerate(parts):
                last = index == len(parts) - 1
                flags = os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
                flags |= os.O_NONBLOCK if last else os.O_DIRECTORY
                try:
                    opened = os.open(part, flags, dir_fd=folder)
                except OSError as error:
                    step = "/".join(parts[: index + 1])
                    raise self._open_error(shown, step, part, folder, error) from error
                os.close(folder)
                folder = opened
            handle, folder = folder, -1
        finally:
            if folder >= 0:
                os.close(folder)
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            os.close(handle)
            raise PackFileError(Problem(shown, 1, "is not a regular file; it is not read"))
        os.set_blocking(handle, True)
        return handle

    @staticmethod
    def _open_error(shown: str, step: str, part: str, folder: int, error: OSError) -> PackFileError:
        """Why ``part`` (the path up to ``step``) could not be opened, in the pack's words."""
        try:
            mode = os.stat(part, dir_fd=folder, follow_symlinks=False).st_mode
        except OSError:
            return _Missing(shown)
        if stat.S_ISLNK(mode):
            return PackFileError(Problem(shown, 1, _link_message(shown, step)))
        if isinstance(error, NotADirectoryError):
            return _Missing(shown)  # a file where a folder of the path should be
        return PackFileError(Problem(shown, 1, f"cannot be read ({error.strerror})"))

    def _open_checked_by_path(self, relative: str, parts: list[str]) -> int:
        """Where descriptors cannot walk a path (Windows): check each step, then open."""
        shown = self.display(relative)
        path = self.location
        for index, part in enumerate(parts):
            path = path / part
            if path.is_symlink() or getattr(path, "is_junction", lambda: False)():
                step = "/".join(parts[: index + 1])
                raise PackFileError(Problem(shown, 1, _link_message(shown, step)))
        try:
            resolved = path.resolve(strict=True)
        except OSError as error:
            raise _Missing(shown) from error
        if not resolved.is_relative_to(self.location.resolve()):
            raise PackFileError(Problem(shown, 1, "the path points outside the pack"))
        if not resolved.is_file():
            raise PackFileError(Problem(shown, 1, "is not a regular file; it is not read"))
        try:
            return os.open(resolved, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError as error:
            raise PackFileError(Problem(shown, 1, f"cannot be read ({error.strerror})")) from error

    # -- public interface ---------------------------------------------------------------
    @property
    def usable(self) -> bool:
        return self._folder_ok or self._zip is not None

    def display(self, relative: str) -> str:
        """The path shown to the user for a file of the pack."""
        return f"{self.location}/{relative}"

    def exists(self, relative: str) -> bool:
        """Whether the pack has an entry there (a link counts: reading it says why not)."""
        if self._zip is not None:
            return self._zip_root + relative in self._entries
        if not self._folder_ok:
            return False
        try:
            os.close(self._open_in_folder(relative))
        except _Missing:
            return False
        except PackFileError:
            return True  # there, but refused: read_bytes reports why
        return True

    def read_bytes(self, relative: str) -> bytes:
        """The bytes of a file; raises PackFileError if it is missing, too large or unsafe."""
        shown = self.display(relative)
        handle = None
        if self._zip is not None:
            info = self._entries.get(self._zip_root + relative)
            if info is None:
                raise _Missing(shown)
            size = info.file_size
        elif self._folder_ok:
            handle = self._open_in_folder(relative)
            size = os.fstat(handle).st_size
        else:
            raise _Missing(shown)
        try:
            self._check_size(shown, size)
            if self._zip is not None:
                with self._zip.open(info) as stream:
                    # Read one byte past the limit: the size in the zip header can lie.
                    data = stream.read(MAX_FILE_BYTES + 1)
            else:
                with os.fdopen(handle, "rb") as stream:
                    handle = None
                    data = stream.read(MAX_FILE_BYTES + 1)
        except (
            OSError,
            zipfile.BadZipFile,
            RuntimeError,
            EOFError,
            NotImplementedError,
            zlib.error,
        ) as exc:
            raise PackFileError(Problem(shown, 1, f"cannot be read ({exc})")) from exc
        finally:
            if handle is not None:
                os.close(handle)
        if len(data) > MAX_FILE_BYTES:
            raise PackFileError(Problem(shown, 1, "file is larger than the 10 MB limit"))
        self._bytes_read += len(data)
        return data

    def _check_size(self, shown: str, size: int) -> None:
        if size > MAX_FILE_BYTES:
            raise PackFileError(
                Problem(
                    shown,
                    1,
                    f"file is {size / 1048576:.1f} MB; a pack file may be at most "
                    f"{MAX_FILE_BYTES // 1048576} MB",
                )
            )
        if self._bytes_read + size > MAX_PACK_BYTES:
            raise PackFileError(
                Problem(
                    shown,
                    1,
                    f"reading this file takes the pack to {megabytes(self._bytes_read + size)}; "
                    f"a pack may be at most {megabytes(MAX_PACK_BYTES)} in all",
                )
            )

    def read_text(self, relative: str) -> str:
        """The UTF-8 text of a file; a file that is not UTF-8 is a problem, not a crash."""
        data = self.read_bytes(relative)
        # Spreadsheet programs offer several encodings; say which one to choose.
        excel = " (in Excel: Save As, 'CSV UTF-8')" if relative.endswith(".csv") else ""
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise PackFileError(
                Problem(
                    self.display(relative),
                    1,
                    f"the file is saved as UTF-16 (Excel calls it 'Unicode Text'); save it as "
                    f"UTF-8{excel}",
                )
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise PackFileError(
                Problem(
                    self.display(relative),
                    line,
                    f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8{excel}",
                )
            ) from exc
        return text.removeprefix("\ufeff")

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
