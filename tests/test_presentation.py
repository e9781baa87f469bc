"""Presenting: PowerPoint's keys, black and white screens, presenter view, lost screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.presentation.slides import CHART, SECTION, build_slides, slide_index_for
from desktop_app.presentation.slideshow import BLACK, NORMAL, WHITE, SlideShow


def test_slides_follow_the_pack(pack):
    slides = build_slides(pack, "nl")
    assert slides[0].kind == "title" and slides[0].title == pack.title["nl"]
    sections = [s for s in slides if s.kind == SECTION]
    assert len(sections) == sum(len(c.sections("nl")) for c in pack.chapters)
    charted = {s.chart_id for s in slides if s.chart_id}
    placed = {c for ch in pack.chapters for c in ch.text("nl").chart_ids}
    assert charted == placed
    assert all(s.chart_id for s in slides if s.kind == CHART)
    index = slide_index_for(slides, "obstacles", 2)
    assert slides[index].location == ("obstacles", 2)


def test_slideshow_state_machine():
    show = SlideShow([0] * 10)
    assert show.forward() == 1 and show.back() == 0 and show.back() == 0
    assert show.last() == 9 and show.forward() == 9 and show.first() == 0
    show.type_digit("7")
    assert show.enter() == 6
    assert show.toggle(BLACK) == BLACK and show.toggle(BLACK) == NORMAL
    show.toggle(WHITE)
    show.forward()
    assert show.screen == NORMAL


@pytest.fixture
def session(window):
    window.report.navigator.select("intro")
    running = window.present(from_start=True)
    yield running
    if window.session is not None:
        running.finish()


def key(qtbot, widget, k, text=""):
    qtbot.keyClick(widget, k)


@pytest.mark.parametrize(
    "forward",
    [
        Qt.Key.Key_Right,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Space,
        Qt.Key.Key_Return,
        Qt.Key.Key_N,
    ],
)
def test_every_forward_key(session, qtbot, forward):
    shown = session.presentation
    assert shown.objectName() == "presentation" and shown.isFullScreen()
    qtbot.keyClick(shown, forward)
    assert session.controller.state.index == 1
    assert shown.view.layout_.slide is session.controller.slides[1]


@pytest.mark.parametrize(
    "back", [Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P]
)
def test_every_back_key(session, qtbot, back):
    session.controller.go(5)
    qtbot.keyClick(session.presentation, back)
    assert session.controller.state.index == 4


def test_home_end_and_number_enter(session, qtbot):
    shown = session.presentation
    qtbot.keyClick(shown, Qt.Key.Key_End)
    assert session.controller.state.index == len(session.controller.slides) - 1
    qtbot.keyClick(shown, Qt.Key.Key_Home)
    assert session.controller.state.index == 0
    qtbot.keyClicks(shown, "12")
    qtbot.keyClick(shown, Qt.Key.Key_Return)
    assert session.controller.state.index == 11


@pytest.mark.parametrize(
    ("keys", "screen"),
    [
        ((Qt.Key.Key_B,), BLACK),
        ((Qt.Key.Key_Period,), BLACK),
        ((Qt.Key.Key_W,), WHITE),
        ((Qt.Key.Key_Comma,), WHITE),
    ],
)
def test_black_and_white_screens_toggle(session, qtbot, keys, screen):
    shown = session.presentation
    text = {Qt.Key.Key_Period: ".", Qt.Key.Key_Comma: ","}.get(keys[0], "")
    qtbot.keyClick(shown, keys[0]) if not text else qtbot.keyClicks(shown, text)
    assert session.controller.state.screen == screen
    assert shown.stack.currentWidget() is shown.blank
    colour = shown.blank.palette().color(shown.blank.backgroundRole()).name()
    assert colour == ("#000000" if screen == BLACK else "#ffffff")
    qtbot.keyClick(shown, keys[0]) if not text else qtbot.keyClicks(shown, text)
    assert shown.stack.currentWidget() is shown.view


def test_escape_returns_the_main_window_to_the_place_reached(window, session, qtbot):
    target = slide_index_for(session.controller.slides, "obstacles", 1)
    session.controller.go(target)
    qtbot.keyClick(session.presentation, Qt.Key.Key_Escape)
    assert window.session is None
    assert (window.report.chapter_id, window.report.section) == ("obstacles", 1)


def test_present_from_here_starts_at_the_current_section(window):
    window.report.navigator.select("why-start", 1)
    running = window.present(from_start=False)
    assert running.controller.current.location == ("why-start", 1)
    running.finish()


def test_presenter_view_shows_current_next_and_notes(window, pack):
    window.report.navigator.select("obstacles", 1)
    running = window.present(from_start=False, presenter=True)
    view = running.presenter_view
    assert view is not None and view.objectName() == "presenterView"
    controller = running.controller
    assert view.current.layout_.slide is controller.current
    assert view.next.layout_.slide is controller.following
    note = pack.chapter("obstacles").sections("nl")[1].notes[0]
    assert note.split()[0] in view.notes.toPlainText()
    controller.go(controller.state.index + 1)
    assert view.current.layout_.slide is controller.current
    view.set_notes_size(30)
    assert view.notes.document().defaultFont().pointSizeF() == 30
    view.toggle_pause()
    paused = view.stopwatch.elapsed()
    assert view.stopwatch.elapsed() == paused
    view.reset_timer()
    assert view.stopwatch.elapsed() == 0
    # Whole titles in the items (and their tooltips): the view cuts them with an ellipsis.
    for row, slide in enumerate(controller.slides):
        item = view.strip.item(row)
        assert item.text() == f"{row + 1}. {slide.title}" and item.toolTip() == slide.title
    view.strip.setCurrentRow(3)
    view.strip.itemClicked.emit(view.strip.item(3))
    assert controller.state.index == 3
    running.finish()


def test_a_lost_screen_keeps_the_show_running(session, monkeypatch):
    primary = QGuiApplication.primaryScreen()
    session.settings.audience_screen = "Projector"
    session.screen_removed(type("Gone", (), {"name": lambda self: "Projector"})())
    assert session.presentation.isVisible()
    assert session.presentation.screen() is primary
    assert session.settings.audience_screen == ""


def test_plugging_in_a_screen_after_the_show_does_not_restart_it(window, qtbot):
    """Regression: a screenAdded connection outlived the show and brought it back."""
    running = window.present(from_start=True)
    running.finish()
    assert window.session is None
    app = QGuiApplication.instance()
    app.screenAdded.emit(QGuiApplication.primaryScreen())
    assert running.presentation is None and running.presenter_view is None
    shows = [w for w in app.topLevelWidgets() if w.objectName() == "presentation"]
    assert not any(w.isVisible() for w in shows)


def test_zoom_and_laser(session, qtbot):
    shown = session.presentation
    session.controller.go(2)
    before = shown.view.zoom
    qtbot.keyClick(shown, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert shown.view.zoom > before
    qtbot.keyClick(shown, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert shown.view.zoom == pytest.approx(before)
    qtbot.keyClick(shown, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shown.laser
    assert shown.cursor().shape() == Qt.CursorShape.BitmapCursor


def test_overview_and_keys_dialogs(session, monkeypatch):
    from desktop_app.ui.presentation import show

    opened = []
    monkeypatch.setattr(
        show.SlideOverviewDialog, "exec", lambda self: opened.append(self.list.count())
    )
    monkeypatch.setattr(show.KeysDialog, "exec", lambda self: opened.append("keys"))
    session.controller.overviewRequested.emit()
    session.controller.helpRequested.emit()
    assert opened == [len(session.controller.slides), "keys"]


def test_themes_switch_the_app_and_the_charts(window, qtbot):
    from desktop_app.ui import theme

    card = next(iter(window.report.chart_panel.current_cards().values()))
    for name in (theme.DARK, theme.PROJECTOR, theme.LIGHT):
        window.set_theme(name)
        expected = theme.THEMES[name]
        assert window.settings.theme == name
        assert card.plot.backgroundBrush().color().name() == expected.card
        texts = [i for i in card.plot.getPlotItem().items if hasattr(i, "textItem")]
        assert texts[0].textItem.defaultTextColor().name() == expected.text
        colours = {b.color().name().upper() for b in card.plot.bars.opts["brushes"]}
        assert colours <= {
            "#0072B2",
            "#E69F00",
            "#D55E00",
            "#009E73",
            "#CC79A7",
            "#56B4E9",
        }  # Okabe-Ito


def test_a_chapter_opened_after_a_theme_switch_shows_its_charts_in_the_new_theme(window, pack):
    from desktop_app.ui import theme

    report = window.report
    later = charts_built_then_hidden(window, pack)
    window.set_theme(theme.DARK)
    report.open_location(later, 0)
    dark = theme.THEMES[theme.DARK]
    for card in report.chart_panel.current_cards().values():
        assert card.plot.backgroundBrush().color().name() == dark.card
        texts = [i for i in card.plot.getPlotItem().items if hasattr(i, "textItem")]
        assert texts[0].textItem.defaultTextColor().name() == dark.text


def charts_built_then_hidden(window, pack) -> str:
    """A chapter whose charts were drawn and are now on a hidden page: its id."""
    report = window.report
    first = pack.chapters[0].id
    later = next(c.id for c in pack.chapters[1:] if c.text("nl").chart_ids)
    report.open_location(later, 0)
    report.open_location(first, 0)
    return later


def test_a_chapter_opened_after_a_language_switch_labels_its_charts_in_that_language(window, pack):
    report = window.report
    later = charts_built_then_hidden(window, pack)
    report.open_location(later, 0)
    dutch = {
        chart_id: texts_on(card) for chart_id, card in report.chart_panel.current_cards().items()
    }
    report.open_location(pack.chapters[0].id, 0)  # hidden again
    window.set_language("en")
    report.open_location(later, 0)
    for chart_id, card in report.chart_panel.current_cards().items():
        english = texts_on(card)
        assert english != dutch[chart_id]
        first_label = card.data.rows[0].label.split()[0]
        assert any(text.startswith(first_label) for text in english), (first_label, english)


def texts_on(card) -> list[str]:
    items = card.plot.getPlotItem().items
    return [i.textItem.toPlainText() for i in items if hasattr(i, "textItem")]


def test_the_presenter_view_and_dialogs_take_the_theme(window, session, qtbot):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QDialog, QLabel

    from desktop_app.ui import theme

    window.set_theme(theme.DARK)
    dark = theme.THEMES[theme.DARK]
    label = session._presenter().findChild(QLabel, "slideNumber")
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == dark.text
    # The main window, behind the show, follows once the wall has painted.
    qtbot.waitUntil(lambda: window.styleSheet() == session.presentation.styleSheet())
    dialog = QDialog(window)
    dialog.ensurePolished()
    assert dialog.palette().color(QPalette.ColorRole.Window).name() == dark.window
    dialog.deleteLater()


def test_t_cycles_the_theme_during_the_presentation(window, session, qtbot):
    before = window.settings.theme
    qtbot.keyClick(session.presentation, Qt.Key.Key_T)
    assert window.settings.theme != before


def test_t_in_the_show_reaches_the_wall_first_then_every_window(window, session, qtbot):
    """The audience sees the new theme without waiting for the main window behind the show
    (~500 widgets restyled); that follows once the wall has painted, charts included."""
    from desktop_app.ui import theme
    from desktop_app.ui.chart_plot import ChartPlot

    wall, before = session.presentation, window.styleSheet()
    qtbot.keyClick(wall, Qt.Key.Key_T)
    new = theme.THEMES[window.settings.theme]
    assert wall.styleSheet() == theme.style_sheet(new)
    assert window.styleSheet() == before  # not yet: the wall paints first
    qtbot.waitUntil(lambda: window.styleSheet() == wall.styleSheet())
    plots = [p for p in window.findChildren(ChartPlot) if p.isVisible()]
    assert plots and all(p.backgroundBrush().color().name() == new.card for p in plots)


def test_a_show_closed_right_after_t_leaves_the_main_window_in_the_new_theme(
    window, session, qtbot
):
    qtbot.keyClick(session.presentation, Qt.Key.Key_T)
    session.finish()
    qtbot.waitUntil(lambda: window.styleSheet() == theme_sheet(window.settings.theme))


def theme_sheet(name: str) -> str:
    from desktop_app.ui import theme

    return theme.style_sheet(theme.THEMES[name])


def test_cursor_hides_on_the_audience_screen_when_still(session, qtbot):
    shown = session.presentation
    qtbot.mouseMove(shown.view)
    assert shown.cursor().shape() == Qt.CursorShape.ArrowCursor
    shown.idle.timeout.emit()  # as after two seconds without moving
    assert shown.cursor().shape() == Qt.CursorShape.BlankCursor


def test_clicking_a_bar_on_a_slide_highlights_it(session, qtbot):
    controller = session.controller
    controller.go(next(i for i, s in enumerate(controller.slides) if s.chart_id == "obstacles"))
    canvas = session.presentation.view
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.bar_position(0).toPoint())
    assert controller.selection() == {"nl_obstacles/knowledge"}  # the top bar: 59%
    assert canvas.selected == controller.selection()


def test_readiness_results_on_the_wall_follow_the_answers(window, qtbot):
    window.new_check()
    workspace = window.readiness
    running = window.present_readiness()
    view = running.presentation.view
    assert running.controller.current.kind == "readiness"
    workspace.answer("adoption_level", "strategic_org_wide")
    shown = " ".join(t.text for t in view.layout_.texts)
    assert "92%" in shown  # ahead of 11 + 25 + 31 + 25 = 92% of the surveyed organisations
    running.finish()


def test_the_results_slide_leads_with_the_score_and_names_the_priorities(window, qtbot):
    window.new_check()
    workspace = window.readiness
    questionnaire = workspace.questionnaire
    workspace.answer("adoption_level", "loose_initiatives")
    for question in questionnaire.questions_for("quick"):
        workspace.answer(question.id, 1)
    running = window.present_readiness()
    layout = running.presentation.view.layout_
    result = workspace.session.result
    # The score the check's page shows is the slide's title, in the largest type on it.
    title = next(t for t in layout.texts if t.text == layout.slide.title)
    assert workspace.results.score.text() in title.text
    assert title.pixels == max(t.pixels for t in layout.texts)
    # The highlighted bars are explained in words: the priorities by name.
    message = " ".join(layout.slide.message)
    assert result.priorities
    for priority in result.priorities:
        assert questionnaire.title(priority.dimension_id, "nl") in message
    # How the place is ranked: at the foot in small type, not as the chart's caveat.
    from desktop_app.ui.readiness.results_text import ladder_note

    note = ladder_note(questionnaire, "nl")
    foot = [t for t in layout.texts if note in t.text]
    assert note and foot and foot[0].pixels == layout.min_px
    assert foot[0].box.top() > max(t.box.bottom() for t in layout.texts if t not in foot)
    running.finish()


def test_builds_step_forward_and_back():
    show = SlideShow([0, 3, 0])
    assert show.forward() == 1 and show.step == 0  # a new slide starts unbuilt
    show.forward()
    show.forward()
    assert (show.index, show.step) == (1, 2)
    show.back()
    assert (show.index, show.step) == (1, 1)  # back takes a step back
    show.forward()
    show.forward()
    assert (show.index, show.step, show.complete) == (1, 3, True)
    assert show.forward() == 2
    assert show.back() == 1 and show.step == 3  # back into a slide shows it as it was left
    show.go(1)
    assert show.step == 0  # a jump starts the build again


def test_a_build_shows_the_highlighted_bars_last():
    from desktop_app.presentation.slides import build_order

    assert build_order([True, False, True, False]) == [1, 3, 0, 2]


def test_a_slide_without_a_build_is_drawn_whole():
    show = SlideShow([0, 3, 0])
    assert show.drawn_step() is None  # everything: step 0 would be a build with no bar yet
    show.forward()
    assert show.drawn_step() == 0  # a build starts with none of its bars
    assert show.drawn_step(2) is None  # the next slide, as it first appears: whole
    show.forward()
    assert show.drawn_step() == 1 and show.drawn_step(1) == 1


def bar_is_painted(canvas) -> bool:
    """Is the middle of the slide's first bar painted in another colour than the slide?"""
    image = canvas.grab().toImage()
    middle = canvas.bar_position(0).toPoint()
    return image.pixelColor(middle) != image.pixelColor(2, 2)


def stand_before_a_chart_slide_without_a_build(qtbot, controller, keyboard) -> int:
    """The slide before the first such chart slide, its build (if any) done; that slide's index."""
    target = next(
        i for i, s in enumerate(controller.slides) if s.chart_id and not s.build_steps and i > 0
    )
    controller.go(target - 1)
    for _ in range(controller.slides[target - 1].build_steps):
        qtbot.keyClick(keyboard, Qt.Key.Key_Right)
    return target


def test_a_chart_slide_without_a_build_shows_its_bars_when_reached_by_key(session, qtbot):
    wall = session.presentation
    target = stand_before_a_chart_slide_without_a_build(qtbot, session.controller, wall)
    qtbot.keyClick(wall, Qt.Key.Key_Right)
    assert session.controller.state.index == target
    assert bar_is_painted(wall.view)


def test_the_presenter_sees_a_chart_slide_without_a_build_whole(window, qtbot):
    running = window.present(from_start=True, presenter=True)
    view = running.presenter_view
    target = stand_before_a_chart_slide_without_a_build(qtbot, running.controller, view)
    assert bar_is_painted(view.next)  # what comes next, as the audience will first see it
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert running.controller.state.index == target
    assert bar_is_painted(view.current)
    running.finish()


def test_without_an_open_check_the_show_has_no_results_slide(window, qtbot):
    running = window.present(from_start=True)
    assert all(slide.kind != "readiness" for slide in running.controller.slides)
    running.finish()


def test_ctrl_f5_without_an_open_check_opens_the_check_page_not_the_show(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach only the active window
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None  # nothing on the wall asks the room to open a check
    assert window.pages.currentWidget() is window.readiness


def test_a_derived_bar_reads_as_a_bar_from_the_back_of_the_room(session, qtbot):
    """Hatching alone left a derived value nearly empty (in the dark theme, nearly unseen)."""
    from desktop_app.core.model import DERIVED

    controller, wall = session.controller, session.presentation
    checked, backgrounds = 0, set()
    for theme in ("first", "second"):
        for index, slide in enumerate(controller.slides):
            chart = controller.deck.chart(slide) if slide.chart_id else None
            rows = [i for i, r in enumerate(chart.rows) if r.mark == DERIVED] if chart else []
            if not rows:
                continue
            controller.go(index)
            image = wall.view.grab().toImage()
            middle = wall.view.bar_position(rows[0]).toPoint()
            background = image.pixelColor(2, 2)
            backgrounds.add(background.name())
            block = [
                image.pixelColor(middle.x() + dx, middle.y() + dy)
                for dx in range(-20, 21)
                for dy in range(-2, 3)
            ]
            assert sum(c != background for c in block) / len(block) > 0.9, (theme, slide.title)
            checked += 1
        qtbot.keyClick(wall, Qt.Key.Key_T)  # the next theme
    assert checked >= 2 and len(backgrounds) == 2  # in two themes


def test_the_results_slide_names_where_the_participants_disagree(window, qtbot):
    window.new_check()
    workspace = window.readiness
    questionnaire = workspace.questionnaire
    workspace.editor.participantAdded.emit("IT-lead")
    director, it_lead = workspace.check.answers.participants
    for question in questionnaire.questions_for("quick"):
        if question.dimension == "strategy":
            workspace.answer(question.id, 3, participant_id=director.id)
            workspace.answer(question.id, 0, participant_id=it_lead.id)
    running = window.present_readiness()
    message = " ".join(running.presentation.view.layout_.slide.message)
    assert "verschillen van mening" in message
    assert questionnaire.title("strategy", "nl") in message
    running.finish()
