"""F1: how to present with this app, and every key."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .safe_text import SafeTextDocument


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("How to present"))
        self.resize(760, 720)
        self.text = QTextBrowser(self)
        self.text.setDocument(SafeTextDocument(self.text))
        self.text.setOpenLinks(False)
        self.text.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def html(self) -> str:
        steps = [
            self.tr("Before the meeting: open the app once on the laptop; it needs no network."),
            self.tr(
                "Connect the projector. With two screens, F5 shows the slides on the projector and the "
                "presenter view on the laptop; X swaps them if they land the wrong way round."
            ),
            self.tr(
                "With one screen (or Windows' duplicate mode), F5 shows the slides full screen; Alt+F5 "
                "opens the presenter view as a window to rehearse."
            ),
            self.tr(
                "Pick a chapter and press Shift+F5 to start from there. A clicker works as in PowerPoint."
            ),
            self.tr(
                "Choose a theme for the room under View › Theme, or press T during the presentation: "
                "Projector is pure black on white for a washed-out beamer."
            ),
            self.tr(
                "A bar chart on a slide builds bar by bar with the forward key, the highlighted bar "
                "last; the presenter view shows the next step. Click a bar on the wall to highlight "
                "it. Charts you made yourself (My charts) come at the end of the show."
            ),
            self.tr(
                "For the readiness check, start a check (Ctrl+N) and press Ctrl+F5: the client sees "
                "their results on the wall while you answer the questions on the laptop."
            ),
            self.tr(
                "After the meeting, File › Export slides… (Ctrl+Shift+E) writes the deck as "
                "PowerPoint, with charts the client can edit, or as PDF."
            ),
        ]
        keys = [
            (
                "F5 / Shift+F5 / Alt+F5",
                self.tr("present from the start / from here / with the presenter view"),
            ),
            ("→ ↓ PgDn Space Enter N", self.tr("next slide, or the next bar of a build")),
            ("← ↑ PgUp Backspace P", self.tr("back one slide or one bar")),
            (self.tr("number, then Enter"), self.tr("go to that slide")),
            ("B . / W ,", self.tr("black / white screen; the same key returns")),
            ("Ctrl+L", self.tr("laser pointer")),
            ("Ctrl+plus / Ctrl+minus", self.tr("zoom into the chart")),
            ("O", self.tr("overview of all slides")),
            ("R", self.tr("the readiness check's live results")),
            ("T", self.tr("light, dark or projector theme")),
            ("Esc", self.tr("end; the main window shows where you were")),
            ("Ctrl+F", self.tr("search the report")),
            ("Ctrl+P / Ctrl+E", self.tr("print / export the current chapter as PDF")),
            ("Ctrl+Shift+E", self.tr("export the slides as PowerPoint or PDF")),
            ("Ctrl+Shift+L", self.tr("switch between Dutch and English")),
            ("Alt+1 / Alt+2 / Alt+3", self.tr("chapter list / text / charts")),
        ]
        return "<h2>%s</h2><ol>%s</ol><h2>%s</h2><table cellpadding='4'>%s</table>" % (
            self.tr("How to present"),
            "".join(f"<li>{step}</li>" for step in steps),
            self.tr("Keys"),
            "".join(f"<tr><td><b>{key}</b></td><td>{what}</td></tr>" for key, what in keys),
        )
