"""The slide show: full screen on the chosen screen, driven by PowerPoint's keys and clickers.

The presentation and the presenter view share one SlideShow state; both take the same keys,
so a clicker works whichever window has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QKeyEvent, QPainter, QPixmap, QScreen
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from ...core.model import ReportPack, pick
from ...core.safe_markdown import escape_markdown
from ...presentation.slides import (
    READINESS,
    ChartSource,
    OwnCharts,
    Slide,
    build_slides,
    pack_charts,
    slide_index_for,
)
from ...presentation.slideshow import BLACK, NORMAL, WHITE, SlideShow
from ..theme import themes
from .deck import Deck, LiveResults
from .slide_canvas import SlideCanvas

FORWARD = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_N}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P}
HIDE_CURSOR_AFTER_MS = 2000


class SlideShowController(QObject):
    """Keys to moves; tells every window which slide, build step and screen state to show."""

    changed = Signal()
    finished = Signal()
    overviewRequested = Signal()
    helpRequested = Signal()
    swapRequested = Signal()
    laserToggled = Signal()
    zoomRequested = Signal(float)
    themeRequested = Signal()

    def __init__(
        self,
        pack: ReportPack,
        lang: str,
        start: tuple[str, int] | None = None,
        readiness=None,
        size: QSize | None = None,
        charts: ChartSource | None = None,
        own: OwnCharts | None = None,
    ) -> None:
        super().__init__()
        self.pack, self.lang = pack, lang
        # The readiness workspace whose live results the last slide shows: only with a check
        # open as the show starts, else the slide would ask the room to open one.
        self.readiness = readiness
        has_check = readiness is not None and readiness.session is not None
        # Each chart as the shell shows it now (compared, the client's answers marked).
        self.charts = charts or pack_charts(pack, lang, own.specs if own else ())
        title = self.tr("Readiness check: your results") if has_check else ""
        self.plan: list[Slide] = build_slides(pack, lang, title, self.charts, own)
        self.deck = self._deck(size or QSize(1920, 1080))
        self.state = SlideShow(self.deck.steps())
        self.selected: dict[int, frozenset[str]] = {}  # bars clicked on each slide
        # None: the first slide; else the first slide of that (chapter, section).
        self.state.go(slide_index_for(self.slides, *start) if start else 0)
        if readiness is not None:
            readiness.resultChanged.connect(self._result_changed)

    @property
    def slides(self) -> list[Slide]:
        return self.deck.slides

    @property
    def current(self) -> Slide:
        return self.slides[self.state.index]

    @property
    def following(self) -> Slide | None:
        index = self.state.index + 1
        return self.slides[index] if index < len(self.slides) else None

    def _deck(self, size: QSize) -> Deck:
        return Deck(
            self.pack, self.lang, self.plan, size, self.readiness_content, charts=self.charts
        )

    def use_size(self, size: QSize) -> None:
        """Lay the deck out for the audience screen's size; the show stays where it was."""
        if size == self.deck.size or size.isEmpty():
            return
        place = (self.current.location, self.current.part)
        self.deck = self._deck(size)
        index = next(
            (i for i, s in enumerate(self.slides) if (s.location, s.part) == place),
            slide_index_for(self.slides, *place[0]),
        )
        self.state = SlideShow(self.deck.steps())
        self.state.go(index)
        self.selected = {}
        self.changed.emit()

    def layout(self, index: int | None = None):
        return self.deck.layout(self.state.index if index is None else index)

    def readiness_content(self) -> LiveResults:
        """What the readiness slide shows now, from the workspace's open check."""
        from ..readiness.results import result_charts
        from ..readiness.results_text import ladder_note, position_sentence, score_text

        workspace = self.readiness
        if workspace is None or workspace.session is None:  # the check closed during the show
            return LiveResults(lines=(escape_markdown(self.tr("No readiness check is open.")),))
        session, lang = workspace.session, self.lang
        result, questionnaire = session.result, session.questionnaire
        title = ""
        if result.overall is not None:
            title = self.tr("Your readiness: {score}").format(score=score_text(result))
            stage = questionnaire.stage(result.stage_id)
            title += f" ({pick(stage.title, lang)})" if stage is not None else ""
        lines = [escape_markdown(position_sentence(questionnaire, self.pack, result, lang))]
        if result.priorities:  # what the highlighted bars are, in words
            names = ", ".join(questionnaire.title(p.dimension_id, lang) for p in result.priorities)
            first = self.tr("First to tackle (highlighted):")
            lines.append(f"**{escape_markdown(first)}** {escape_markdown(names)}")
        apart = [d for d in result.dimensions if d.disagreement]
        if apart:  # worth talking about in the room: the participants see it differently
            names = ", ".join(questionnaire.title(d.dimension_id, lang) for d in apart)
            label = self.tr("The participants disagree on:")
            lines.append(f"**{escape_markdown(label)}** {escape_markdown(names)}")
        chart = next(iter(result_charts(questionnaire, self.pack, result, lang)))[0]
        note = ladder_note(questionnaire, lang) if result.position is not None else ""
        return LiveResults(title, tuple(lines), chart, note)

    def _result_changed(self, _result) -> None:
        if self.current.kind == READINESS:
            self.changed.emit()

    def go(self, index: int) -> None:
        self.state.go(index)
        self.changed.emit()

    def toggle_bar(self, row: int) -> None:
        """A click on a bar: highlight it, or take the highlight off again."""
        chart = self.deck.chart(self.current)
        if chart is None or not 0 <= row < len(chart.rows):
            return
        key = chart.rows[row].key
        index = self.state.index
        self.selected[index] = self.selected.get(index, frozenset()) ^ {key}
        self.changed.emit()

    def selection(self, index: int | None = None) -> frozenset[str]:
        return self.selected.get(self.state.index if index is None else index, frozenset())

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a key of the show; False for keys it does not know."""
        key, text, modifiers = event.key(), event.text(), event.modifiers()
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        state = self.state
        if control and key == Qt.Key.Key_L:
            self.laserToggled.emit()
        elif control and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoomRequested.emit(1.25)
        elif control and key == Qt.Key.Key_Minus:
            self.zoomRequested.emit(1 / 1.25)
        elif text.isdigit() and not control:
            state.type_digit(text)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            state.enter()
        elif key in FORWARD:
            state.forward()
        elif key in BACK:
            state.back()
        elif key == Qt.Key.Key_Home:
            state.first()
        elif key == Qt.Key.Key_End:
            state.last()
        elif key == Qt.Key.Key_B or text == ".":
            state.toggle(BLACK)
        elif key == Qt.Key.Key_W or text == ",":
            state.toggle(WHITE)
        elif key == Qt.Key.Key_Escape:
            self.finished.emit()
            return True
        elif key == Qt.Key.Key_O:
            self.overviewRequested.emit()
            return True
        elif key == Qt.Key.Key_F1 or text == "?":
            self.helpRequested.emit()
            return True
        elif key == Qt.Key.Key_X:
            self.swapRequested.emit()
            return True
        elif key == Qt.Key.Key_R and self.slides[-1].kind == READINESS:
            state.last()
        elif key == Qt.Key.Key_T:
            self.themeRequested.emit()
            self.changed.emit()  # the deck lays itself out again in the new colours
            return True
        else:
            return False
        self.changed.emit()
        return True


def laser_cursor() -> QCursor:
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(230, 0, 0, 110))
    painter.drawEllipse(0, 0, 24, 24)
    painter.setBrush(QColor(255, 20, 20))
    painter.drawEllipse(7, 7, 10, 10)
    painter.end()
    return QCursor(pixmap, 12, 12)


class PresentationWindow(QWidget):
    """What the audience sees: the slide, or a black or white screen. Nothing else."""

    def __init__(self, controller: SlideShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        themes().style(self)
        self.controller = controller
        self.laser = False
        self.stack = QStackedWidget(self)
        self.view = SlideCanvas(self, letterbox="#000000")
        self.view.setObjectName("slideCanvas")
        self.view.barClicked.connect(controller.toggle_bar)
        self.blank = QWidget(self)
        self.blank.setAutoFillBackground(True)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.blank)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMouseTracking(True)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(HIDE_CURSOR_AFTER_MS)
        self.idle.timeout.connect(self._hide_cursor)
        controller.changed.connect(self.refresh)
        controller.laserToggled.connect(self.toggle_laser)
        controller.zoomRequested.connect(lambda factor: self.view.set_zoom(self.view.zoom * factor))
        # Mouse moves on the slide show the cursor again. Watched on the show's own surfaces,
        # not app-wide: an application filter in Python ran for every event of the app
        # while a show was on (thousands per key press).
        for surface in (self.view, self.blank):
            surface.setMouseTracking(True)
            surface.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        controller, state = self.controller, self.controller.state
        if state.screen == NORMAL:
            self.view.show_layout(controller.layout(), state.drawn_step(), controller.selection())
            self.stack.setCurrentWidget(self.view)
        else:
            palette = self.blank.palette()
            palette.setColor(
                self.blank.backgroundRole(), QColor("black" if state.screen == BLACK else "white")
            )
            self.blank.setPalette(palette)
            self.stack.setCurrentWidget(self.blank)

    def place_on(self, screen: QScreen) -> None:
        """Full screen on ``screen``: set the screen, then the geometry, then full screen."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.controller.handle_key(event):
            super().keyPressEvent(event)

    def toggle_laser(self) -> None:
        self.laser = not self.laser
        self._show_cursor()

    def _show_cursor(self) -> None:
        self.setCursor(laser_cursor() if self.laser else Qt.CursorShape.ArrowCursor)
        self.idle.start()

    def _hide_cursor(self) -> None:
        if not self.laser:
            self.setCursor(Qt.CursorShape.BlankCursor)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseMove:
            self._show_cursor()
        return False

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self._show_cursor()
        super().mouseMoveEvent(event)


class SlideOverviewDialog(QDialog):
    """Every slide by number and title; Enter or a click goes there."""

    def __init__(self, controller: SlideShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideOverview")
        self.setWindowTitle(self.tr("All slides"))
        self.list = QListWidget(self)
        for number, slide in enumerate(controller.slides, start=1):
            self.list.addItem(f"{number}. {slide.title}")
        self.list.setCurrentRow(controller.state.index)
        self.list.itemActivated.connect(lambda _item: self._go(controller))
        self.list.itemClicked.connect(lambda _item: self._go(controller))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.resize(560, 640)

    def _go(self, controller: SlideShowController) -> None:
        controller.go(self.list.currentRow())
        self.accept()


class KeysDialog(QDialog):
    """The keys of the show, as F1 or ? shows them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationKeys")
        self.setWindowTitle(self.tr("Keys during the presentation"))
        rows = [
            (self.tr("Next slide"), "→ ↓ PgDn Space Enter N"),
            (self.tr("Previous slide"), "← ↑ PgUp Backspace P"),
            (self.tr("First / last slide"), "Home / End"),
            (self.tr("Go to slide number"), self.tr("number, then Enter")),
            (self.tr("Black / white screen (again to return)"), "B . / W ,"),
            (self.tr("Laser pointer"), "Ctrl+L"),
            (self.tr("Zoom the chart"), "Ctrl+plus / Ctrl+minus"),
            (self.tr("All slides"), "O"),
            (self.tr("Swap the screens"), "X"),
            (self.tr("Light, dark or projector theme"), "T"),
            (self.tr("The readiness check's live results"), "R"),
            (self.tr("These keys"), "F1 ?"),
            (self.tr("End the presentation"), "Esc"),
        ]
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(
            "<table cellpadding='4'>%s</table>"
            % "".join(f"<tr><td>{a}</td><td><b>{b}</b></td></tr>" for a, b in rows)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label)
