"""Reading the files of a report pack from a folder or a ``.zip``, safely.

Every read goes through here so that the same limits hold for both: no file over
``MAX_FILE_BYTES``, text must be UTF-8, and no zip entry may point outside the pack.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from .problems import Problem

MAX_FILE_BYTES = 10 * 1024 * 1024


class PackFileError(Exception):
    """A file of the pack cannot be used; carries the problem to report."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


def _unsafe_entry(name: str) -> bool:
    """True when a zip entry name would land outside the folder it is unpacked to."""
    if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
        return True
    return ".." in PurePosixPath(name).parts


class PackSource:
    """The files of one pack, addressed by paths relative to the pack's root."""

    def __init__(self, location: Path) -> None:
        self.location = Path(location)
        self.problems: list[Problem] = []
        self._zip: zipfile.ZipFile | None = None
        self._zip_root = ""
        self._entries: dict[str, zipfile.ZipInfo] = {}
        if self.location.is_file():
            self._open_zip()
        elif not self.location.is_dir():
            self.problems.append(Problem(str(self.location), 1, "no such folder or .zip file"))

    # -- zip handling -------------------------------------------------------------------
    def _open_zip(self) -> None:
        try:
            archive = zipfile.ZipFile(self.location)
        except (zipfile.BadZipFile, OSError) as exc:
            self.problems.append(
                Problem(str(self.location), 1, f"not a readable .zip file ({exc})")
            )
            return
        self._zip = archive
        names = []
        for info in archive.infolist():
            if _unsafe_entry(info.filename):
                self.problems.append(
                    Problem(
                        f"{self.location}/{info.filename}",
                        1,
                        "zip entry points outside the pack; it is ignored",
                    )
                )
                continue
            if not info.is_dir():
                names.append(info.filename)
                self._entries[info.filename] = info
        # A pack zipped with its folder has every file under one top folder.
        if "manifest.toml" not in self._entries:
            roots = {
                posixpath.dirname(n) for n in names if posixpath.basename(n) == "manifest.toml"
            }
            if len(roots) == 1:
                self._zip_root = roots.pop() + "/"

    # -- public interface ---------------------------------------------------------------
    @property
    def usable(self) -> bool:
        return self.location.is_dir() or self._zip is not None

    def display(self, relative: str) -> str:
        """The path shown to the user for a file of the pack."""
        return f"{self.location}/{relative}"

    def exists(self, relative: str) -> bool:
        if self._zip is not None:
            return self._zip_root + relative in self._entries
        return (self.location / relative).is_file()

    def read_bytes(self, relative: str) -> bytes:
        """The bytes of a file; raises PackFileError if it is missing or too large."""
        shown = self.display(relative)
        if self._zip is not None:
            info = self._entries.get(self._zip_root + relative)
            if info is None:
                raise PackFileError(Problem(shown, 1, "file is missing"))
            size = info.file_size
        else:
            path = self.location / relative
            if not path.is_file():
                raise PackFileError(Problem(shown, 1, "file is missing"))
            size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PackFileError(
                Problem(
                    shown,
                    1,
                    f"file is {size / 1048576:.1f} MB; a pack file may be at most "
                    f"{MAX_FILE_BYTES // 1048576} MB",
                )
            )
        try:
            if self._zip is not None:
                with self._zip.open(info) as handle:
                    # Read one byte past the limit: the size in the zip header can lie.
                    data = handle.read(MAX_FILE_BYTES + 1)
            else:
                data = path.read_bytes()
        except (
            OSError,
            zipfile.BadZipFile,
            RuntimeError,
            EOFError,
            NotImplementedError,
            zlib.error,
        ) as exc:
            raise PackFileError(Problem(shown, 1, f"cannot be read ({exc})")) from exc
        if len(data) > MAX_FILE_BYTES:
            raise PackFileError(Problem(shown, 1, "file is larger than the 10 MB limit"))
        return data

    def read_text(self, relative: str) -> str:
        """The UTF-8 text of a file; a file that is not UTF-8 is a problem, not a crash."""
        data = self.read_bytes(relative)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise PackFileError(
                Problem(
                    self.display(relative),
                    line,
                    f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
                )
            ) from exc
        return text.removeprefix("\ufeff")

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
