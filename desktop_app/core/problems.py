"""Problems found in a report pack, reported as ``path:line: message``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a pack, pointing at the file and line to fix."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class PackError(Exception):
    """A pack could not be loaded; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def closest(name: str, known: Iterable[str]) -> str | None:
    """The known name a misspelt ``name`` most likely meant, for "did you mean"; or None.

    difflib is imported here, not at the top: only a pack with a problem needs it, and the
    first paint of a sound pack should not pay for it.
    """
    import difflib

    meant = difflib.get_close_matches(name, list(known), n=1)
    return meant[0] if meant else None
