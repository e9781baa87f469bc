"""The main window as a consultant uses it: navigator, reader, charts, search, language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QTreeView, QWidget

from desktop_app.core.chart_data import chart_data
from desktop_app.ui.settings import AppSettings

from .helpers import needs_pdftotext


def test_main_parts_have_stable_object_names(window):
    assert isinstance(window.findChild(QTreeView, "navigator"), QTreeView)
    assert isinstance(window.findChild(QLineEdit, "searchBox"), QLineEdit)
    assert isinstance(window.findChild(QTextBrowser, "reader"), QTextBrowser)
    assert window.findChild(QWidget, "chartPanel") is window.report.chart_panel
    assert window.findChild(QWidget, "chart:adoption_level") is not None


def test_every_chapter_renders_its_text_and_charts(window, pack, qtbot):
    for lang in ("nl", "en"):
        window.set_language(lang)
        for chapter in pack.chapters:
            window.report.navigator.select(chapter.id)
            text = chapter.text(lang)
            shown = window.report.reader.toPlainText()
            assert text.title in shown
            for section in text.sections:
                assert section.title in shown
            assert not any(note.split("\n")[0] in shown for note in text.notes), "notes leaked"
            cards = window.report.chart_panel.current_cards()
            assert list(cards) == text.chart_ids
            for chart_id, card in cards.items():
                assert card.isVisibleTo(window)
                assert card.objectName() == f"chart:{chart_id}"
                expected = chart_data(pack, pack.charts[chart_id], lang)
                assert card.title.text() == expected.title


def test_navigator_section_scrolls_the_reader(window, pack, qtbot):
    chapter = pack.chapter("obstacles")
    window.report.navigator.select("obstacles", 3)
    assert window.report.section == 3
    cursor_block = window.report.reader.textCursor().block()
    assert cursor_block.text() == chapter.sections("nl")[3].title
    assert window.report.reader.verticalScrollBar().value() > 0
    window.report.navigator.select("obstacles", -1)
    assert window.report.reader.verticalScrollBar().value() == 0


def test_keyboard_moves_through_the_tree(window, qtbot):
    window.report.navigator.select("intro")
    window.report.navigator.tree.setFocus()
    qtbot.keyClick(window.report.navigator.tree, Qt.Key.Key_Down)
    assert window.report.chapter_id == "intro" and window.report.section == 0
    window.window_actions.next_action.trigger()
    assert window.report.chapter_id == "ai-worldwide"
    window.window_actions.previous_action.trigger()
    assert window.report.chapter_id == "intro"


def test_search_finds_words_in_every_chapter_and_jumps(window, qtbot):
    box = window.report.navigator.search_box
    window.window_actions.find_action.trigger()
    qtbot.keyClicks(box, "Rijksmuseum")
    hits = window.report.navigator.hits()
    assert hits and all(h.chapter_id == "why-inspark" for h in hits)
    assert window.report.navigator.results.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.report.chapter_id == "why-inspark"
    marks = window.report.reader.extraSelections()
    assert marks and all(m.cursor.selectedText().lower() == "rijksmuseum" for m in marks)


def test_search_ignores_accents_and_case(window, qtbot):
    qtbot.keyClicks(window.report.navigator.search_box, "EFFICIENT")
    assert window.report.navigator.hits()  # the Dutch text writes 'efficiënt'


def test_search_without_hits_says_so(window, qtbot):
    qtbot.keyClicks(window.report.navigator.search_box, "blockchainquantum")
    assert window.report.navigator.hits() == []
    assert window.report.navigator.result_count.text() == "Geen resultaten"  # the Dutch interface


def test_language_switch_changes_content_and_keeps_place(window, pack, qtbot):
    window.report.navigator.select("why-start", 1)
    window.window_actions.toggle_language_action.trigger()
    assert window.lang == "en"
    assert pack.chapter("why-start").title("en") in window.report.reader.toPlainText()
    assert (window.report.chapter_id, window.report.section) == ("why-start", 1)
    card = window.report.chart_panel.current_cards()["main_reason"]
    assert card.title.text() == "Main reason to use AI"
    assert window.report.navigator.model.item(0).text() == pack.chapters[0].title("en")


def ini_settings(path) -> AppSettings:
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


def test_splitter_language_and_chapter_are_remembered(make_window, tmp_path):
    store = tmp_path / "remember.ini"
    first = make_window(lang=None, settings=ini_settings(store), charts=False)
    first.resize(780, 600)  # fits the offscreen test screen, so the geometry is kept as is
    first.show()
    first.set_language("en")
    first.report.navigator.select("obstacles")
    first.report.setSizes([200, 300, 260])
    sizes = first.report.sizes()
    first.close()

    second = make_window(lang=None, settings=ini_settings(store), charts=False)
    second.show()
    assert second.lang == "en"
    assert second.report.chapter_id == "obstacles"
    assert second.size() == first.size()
    assert second.report.sizes() == sizes


def test_chart_link_in_the_text_focuses_its_chart(window, qtbot):
    window.report.navigator.select("obstacles")
    window.report.reader.chartLinkActivated.emit("obstacles_pilot_phase")
    card = window.report.chart_panel.current_cards()["obstacles_pilot_phase"]
    assert card.plot.hasFocus() or window.focusWidget() is card.plot


def test_interval_toggle_applies_to_every_chart_and_is_remembered(window, qtbot):
    window.window_actions.intervals_action.trigger()
    assert window.settings.show_intervals
    for cards in window.report.chart_panel.cards.values():
        for card in cards.values():
            if card.data.has_intervals:
                assert card.plot.errors.isVisible()


def test_speaker_notes_follow_the_section(window, pack):
    window.window_actions.notes_action.trigger()
    assert window.report.notes_box.isVisible()
    window.report.navigator.select("obstacles", 2)
    note = pack.chapter("obstacles").sections("nl")[2].notes[0]
    assert note.split()[0] in window.report.notes.toPlainText()


def test_chapter_switch_does_not_rebuild_chart_pages(window, pack):
    window.report.navigator.select("obstacles")
    page = window.report.chart_panel.currentWidget()
    window.report.navigator.select("intro")
    window.report.navigator.select("obstacles")
    assert window.report.chart_panel.currentWidget() is page


def test_search_marks_words_whatever_their_accents(window, qtbot):
    qtbot.keyClicks(window.report.navigator.search_box, "efficient")
    qtbot.keyClick(window.report.navigator.search_box, Qt.Key.Key_Return)
    marked = {m.cursor.selectedText().lower() for m in window.report.reader.extraSelections()}
    assert marked and all(text.startswith("effici") for text in marked)
    assert any("ë" in text for text in marked)  # 'efficiënt' in the Dutch text


def test_a_pack_in_one_language_only(window, pack_copy, qtbot):
    manifest = pack_copy / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8")
        .replace('languages = ["nl", "en"]', 'languages = ["en"]')
        .replace('default_language = "nl"', 'default_language = "en"'),
        encoding="utf-8",
    )
    assert window.open_pack(pack_copy), "an English-only pack is valid"
    assert window.lang == "en"
    window.window_actions.toggle_language_action.trigger()  # nothing to switch to; no crash
    assert window.lang == "en"


def test_reopening_a_pack_returns_to_its_last_chapter(window, pack_copy):
    manifest = pack_copy / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            'id = "ai-op-de-werkvloer-2025"', 'id = "another-pack"'
        ),
        encoding="utf-8",
    )
    window.report.navigator.select("obstacles")
    assert window.open_pack(pack_copy)
    window.report.navigator.select("why-start")
    window.window_actions.bundled_action.trigger()  # File › Show the bundled report
    assert window.report.chapter_id == "obstacles"


@needs_pdftotext
def test_export_chapter_writes_a_pdf_with_its_text_and_charts(window, tmp_path):
    import subprocess

    from desktop_app.ui.chapter_export import export_chapter

    window.report.navigator.select("obstacles")
    target = tmp_path / "chapter.pdf"
    assert export_chapter(window.report, target, window)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.count(b"/Subtype /Image") >= 3  # the chapter's three charts
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Obstakels" in text


@needs_pdftotext
def test_an_exported_chapter_has_no_blank_page(window, tmp_path):
    """Each page has more than its number: text, or a chart. (A chart's line took the text's
    145% line height in the page count, and a chapter could end on an empty page.)"""
    import subprocess

    from desktop_app.ui.chapter_export import export_chapter

    window.set_language("en")
    window.report.navigator.select("intro")
    target = tmp_path / "intro.pdf"
    assert export_chapter(window.report, target, window)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    pages = int(next(line for line in info.splitlines() if line.startswith("Pages")).split()[1])
    listing = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True)
    with_images = {int(line.split()[0]) for line in listing.stdout.splitlines()[2:]}
    for page in range(1, pages + 1):
        words = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(target), "-"],
            capture_output=True,
            text=True,
        ).stdout.split()
        assert len(words) > 1 or page in with_images, f"page {page} of {pages} is empty"


def test_a_chapter_exported_in_the_dark_theme_is_printed_for_white_paper(window, qtbot):
    """Headings, links and charts in the light colours, while the window stays dark."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QTextDocument

    from desktop_app.ui.chapter_export import chapter_document
    from desktop_app.ui.theme import LIGHT, THEMES

    paper = THEMES[LIGHT]
    window.set_theme("dark")
    window.report.navigator.select("obstacles")
    qtbot.waitUntil(lambda: bool(window.report.chart_panel.current_cards()), timeout=5000)
    document = chapter_document(window.report, window)
    colours = {"heading": set(), "link": set()}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            look = fragment.charFormat()
            if look.isAnchor():
                colours["link"].add(look.foreground().color().name())
            elif block.blockFormat().headingLevel():
                colours["heading"].add(look.foreground().color().name())
            fragments += 1
        block = block.next()
    assert colours == {"heading": {paper.heading}, "link": {paper.link}}
    for chart_id in window.report.chart_panel.current_cards():
        image = document.resource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"chart-{chart_id}.png")
        )
        assert image.pixelColor(2, 2) == QColor(paper.card)  # a white card, not a dark one
    from desktop_app.ui.theme import current

    assert current().name == "dark"  # the app itself stays in its theme


def test_help_lists_the_keys_and_about_names_version_and_licences(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.help import HelpDialog

    dialog = HelpDialog(window)
    text = dialog.text.toPlainText()
    assert "Shift+F5" in text and "Ctrl+L" in text
    dialog.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.window_actions.about_action.trigger()
    assert "LGPLv3" in shown[0] and "InSpark survey" in shown[0]
    from desktop_app import __version__

    assert __version__ in shown[0]


def test_window_has_an_icon_and_a_name(window):
    from PySide6.QtWidgets import QApplication

    assert not window.windowIcon().isNull()
    assert window.windowIcon().pixmap(64, 64).width() == 64  # the SVG renders
    assert QApplication.applicationName() in window.windowTitle()


def test_toolbar_state_is_remembered(make_window, tmp_path):
    store = tmp_path / "state.ini"
    first = make_window(settings=ini_settings(store), charts=False)
    first.show()
    first.window_actions.toolbar.hide()
    first.close()
    second = make_window(settings=ini_settings(store), charts=False)
    second.show()
    assert not second.window_actions.toolbar.isVisible()


def test_opening_another_pack_closes_the_check_of_the_old_one(window, pack_copy):
    """Regression: the old pack's readiness workspace and actions stayed after a pack switch."""
    window.new_check()
    old_workspace = window.readiness
    assert old_workspace is not None and window.pages.currentWidget() is old_workspace
    (pack_copy / "readiness.toml").unlink()  # the new pack has no readiness check
    assert window.open_pack(pack_copy)
    assert window.readiness is None
    assert window.pages.currentWidget() is window.report
    assert not window.window_actions.readiness_action.isEnabled()
    assert not window.window_actions.new_check_action.isEnabled()
    window.show_readiness()  # Ctrl+2 does nothing for a pack without a check
    assert window.pages.currentWidget() is window.report


def test_a_new_pack_gets_its_own_readiness_workspace(window, pack_copy, content):
    window.new_check()
    old_workspace = window.readiness
    assert window.open_pack(pack_copy)
    window.show_readiness()
    assert window.readiness is not old_workspace
    assert window.readiness.session is None  # the old check is not open against new questions
