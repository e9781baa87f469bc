"""The slide show's state, as PowerPoint users expect it, without Qt.

Forward, back, first, last; a typed number then Enter jumps to that slide; black and
white screens toggle and any move ends them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

NORMAL, BLACK, WHITE = "normal", "black", "white"


@dataclass
class SlideShow:
    count: int
    index: int = 0
    screen: str = NORMAL
    typed: str = field(default="")

    def go(self, index: int) -> int:
        self.index = max(0, min(self.count - 1, index))
        self.screen = NORMAL
        self.typed = ""
        return self.index

    def forward(self) -> int:
        return self.go(self.index + 1)

    def back(self) -> int:
        return self.go(self.index - 1)

    def first(self) -> int:
        return self.go(0)

    def last(self) -> int:
        return self.go(self.count - 1)

    def type_digit(self, digit: str) -> None:
        if digit.isdigit() and len(self.typed) < 4:
            self.typed += digit

    def enter(self) -> int:
        """Jump to the typed slide number (1-based); without one, go forward as Enter does."""
        if self.typed:
            return self.go(int(self.typed) - 1)
        return self.forward()

    def toggle(self, screen: str) -> str:
        """Black or white the screen; the same key brings the slide back."""
        self.screen = NORMAL if self.screen == screen else screen
        return self.screen
