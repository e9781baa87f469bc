"""The presenter's stopwatch: elapsed presenting time that can be paused and reset."""

from __future__ import annotations

import time
from collections.abc import Callable


class Stopwatch:
    """Counts from its start; a pause stops the count until it is resumed."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.started = clock()
        self.paused_at: float | None = None

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    def elapsed(self) -> float:
        end = self.paused_at if self.paused_at is not None else self.clock()
        return end - self.started

    def toggle_pause(self) -> None:
        now = self.clock()
        if self.paused_at is None:
            self.paused_at = now
        else:
            self.started += now - self.paused_at
            self.paused_at = None

    def reset(self) -> None:
        self.started = self.clock()
        if self.paused_at is not None:
            self.paused_at = self.started

    def text(self) -> str:
        """The elapsed time as the presenter reads it: H:MM:SS."""
        seconds = int(self.elapsed())
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
