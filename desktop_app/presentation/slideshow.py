"""The slide show's state, as PowerPoint users expect it, without Qt.

Forward, back, first, last; a typed number then Enter jumps to that slide; black and
white screens toggle and any move ends them. A slide with a build shows its bars one per
forward key before the show moves on; back takes a step back, and going back into the
previous slide shows it as it was left, complete.
"""

from __future__ import annotations

from dataclasses import dataclass, field

NORMAL, BLACK, WHITE = "normal", "black", "white"


@dataclass
class SlideShow:
    steps: list[int]  # build steps of each slide (0: the slide has no build)
    index: int = 0
    step: int = 0  # build steps shown on the current slide
    screen: str = NORMAL
    typed: str = field(default="")

    @property
    def count(self) -> int:
        return len(self.steps)

    @property
    def complete(self) -> bool:
        """Every build step of the current slide is shown."""
        return self.step >= self.steps[self.index]

    def drawn_step(self, index: int | None = None) -> int | None:
        """How much of a slide's build to draw: None, all of it, on a slide without a build.

        The current slide (``index`` None) at its step; another slide as it first appears.
        Step 0 of a build shows none of its bars, so a slide without one must not get 0.
        """
        index = self.index if index is None else index
        if not self.steps[index]:
            return None
        return self.step if index == self.index else 0

    def go(self, index: int, step: int = 0) -> int:
        """Jump to slide ``index``; its build starts from the beginning unless ``step`` says."""
        self.index = max(0, min(self.count - 1, index))
        self.step = max(0, min(self.steps[self.index], step))
        self.screen = NORMAL
        self.typed = ""
        return self.index

    def forward(self) -> int:
        if not self.complete:
            return self.go(self.index, self.step + 1)
        if self.index == self.count - 1:  # the end: stay, complete
            return self.go(self.index, self.steps[self.index])
        return self.go(self.index + 1)

    def back(self) -> int:
        if self.step > 0:
            return self.go(self.index, self.step - 1)
        if self.index == 0:
            return self.go(0)
        return self.go(self.index - 1, self.steps[self.index - 1])

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
