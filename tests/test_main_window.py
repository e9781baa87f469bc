"""The main window as a consultant uses it: navigator, reader, charts, search, language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QTreeView, QWidget

from desktop_app.core.chart_data import chart_data
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings


def test_main_parts_have_stable_object_names(window):
    assert isinstance(window.findChild(QTreeView, "navigator"), QTreeView)
    assert isinstance(window.findChild(QLineEdit, "searchBox"), QLineEdit)
    assert isinstance(window.findChild(QTextBrowser, "reader"), QTextBrowser)
    assert window.findChild(QWidget, "chartPanel") is window.chart_panel
    assert window.findChild(QWidget, "chart:adoption_level") is not None


def test_every_chapter_renders_its_text_and_charts(window, pack, qtbot):
    for lang in ("nl", "en"):
        window.set_language(lang)
        for chapter in pack.chapters:
            window.navigator.select(chapter.id)
            text = chapter.text(lang)
            shown = window.reader.toPlainText()
            assert text.title in shown
            for section in text.sections:
                assert section.title in shown
            assert not any(note.split("\n")[0] in shown for note in text.notes), "notes leaked"
            cards = window.chart_panel.current_cards()
            assert list(cards) == text.chart_ids
            for chart_id, card in cards.items():
                assert card.isVisibleTo(window)
                assert card.objectName() == f"chart:{chart_id}"
                expected = chart_data(pack, pack.charts[chart_id], lang)
                assert card.title.text() == expected.title


def test_navigator_section_scrolls_the_reader(window, pack, qtbot):
    chapter = pack.chapter("obstacles")
    window.navigator.select("obstacles", 3)
    assert window.section == 3
    cursor_block = window.reader.textCursor().block()
    assert cursor_block.text() == chapter.sections("nl")[3].title
    assert window.reader.verticalScrollBar().value() > 0
    window.navigator.select("obstacles", -1)
    assert window.reader.verticalScrollBar().value() == 0


def test_keyboard_moves_through_the_tree(window, qtbot):
    window.navigator.select("intro")
    window.navigator.tree.setFocus()
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Down)
    assert window.chapter_id == "intro" and window.section == 0
    window.next_action.trigger()
    assert window.chapter_id == "ai-worldwide"
    window.previous_action.trigger()
    assert window.chapter_id == "intro"


def test_search_finds_words_in_every_chapter_and_jumps(window, qtbot):
    box = window.navigator.search_box
    window.find_action.trigger()
    qtbot.keyClicks(box, "Rijksmuseum")
    hits = window.navigator.hits()
    assert hits and all(h.chapter_id == "why-inspark" for h in hits)
    assert window.navigator.results.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.chapter_id == "why-inspark"
    marks = window.reader.extraSelections()
    assert marks and all(m.cursor.selectedText().lower() == "rijksmuseum" for m in marks)


def test_search_ignores_accents_and_case(window, qtbot):
    qtbot.keyClicks(window.navigator.search_box, "EFFICIENT")
    assert window.navigator.hits()  # the Dutch text writes 'efficiënt'


def test_search_without_hits_says_so(window, qtbot):
    qtbot.keyClicks(window.navigator.search_box, "blockchainquantum")
    assert window.navigator.hits() == []
    assert window.navigator.result_count.text() == "Geen resultaten"  # the Dutch interface


def test_language_switch_changes_content_and_keeps_place(window, pack, qtbot):
    window.navigator.select("why-start", 1)
    window.toggle_language_action.trigger()
    assert window.lang == "en"
    assert pack.chapter("why-start").title("en") in window.reader.toPlainText()
    assert (window.chapter_id, window.section) == ("why-start", 1)
    card = window.chart_panel.current_cards()["main_reason"]
    assert card.title.text() == "Main reason to use AI"
    assert window.navigator.model.item(0).text() == pack.chapters[0].title("en")


def test_splitter_language_and_chapter_are_remembered(qtbot, pack, tmp_path):
    store = str(tmp_path / "remember.ini")
    first = MainWindow(pack, AppSettings(QSettings(store, QSettings.Format.IniFormat)))
    qtbot.addWidget(first)
    first.resize(780, 600)  # fits the offscreen test screen, so the geometry is kept as is
    first.show()
    first.set_language("en")
    first.navigator.select("obstacles")
    first.splitter.setSizes([200, 300, 260])
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(pack, AppSettings(QSettings(store, QSettings.Format.IniFormat)))
    qtbot.addWidget(second)
    second.show()
    assert second.lang == "en"
    assert second.chapter_id == "obstacles"
    assert second.size() == first.size()
    assert second.splitter.sizes() == sizes


def test_chart_link_in_the_text_focuses_its_chart(window, qtbot):
    window.navigator.select("obstacles")
    window.reader.chartLinkActivated.emit("obstacles_pilot_phase")
    card = window.chart_panel.current_cards()["obstacles_pilot_phase"]
    assert card.plot.hasFocus() or window.focusWidget() is card.plot


def test_interval_toggle_applies_to_every_chart_and_is_remembered(window, qtbot):
    window.intervals_action.trigger()
    assert window.settings.show_intervals
    for cards in window.chart_panel.cards.values():
        for card in cards.values():
            if card.data.has_intervals:
                assert card.plot.errors.isVisible()


def test_speaker_notes_follow_the_section(window, pack):
    window.notes_action.trigger()
    assert window.notes_box.isVisible()
    window.navigator.select("obstacles", 2)
    note = pack.chapter("obstacles").sections("nl")[2].notes[0]
    assert note.split()[0] in window.notes.toPlainText()


def test_chapter_switch_does_not_rebuild_chart_pages(window, pack):
    window.navigator.select("obstacles")
    page = window.chart_panel.currentWidget()
    window.navigator.select("intro")
    window.navigator.select("obstacles")
    assert window.chart_panel.currentWidget() is page


def test_search_marks_words_whatever_their_accents(window, qtbot):
    qtbot.keyClicks(window.navigator.search_box, "efficient")
    qtbot.keyClick(window.navigator.search_box, Qt.Key.Key_Return)
    marked = {m.cursor.selectedText().lower() for m in window.reader.extraSelections()}
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
    window.toggle_language_action.trigger()  # nothing to switch to; no crash
    assert window.lang == "en"


def test_reopening_a_pack_returns_to_its_last_chapter(window, pack_copy):
    manifest = pack_copy / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            'id = "ai-op-de-werkvloer-2025"', 'id = "another-pack"'
        ),
        encoding="utf-8",
    )
    window.navigator.select("obstacles")
    assert window.open_pack(pack_copy)
    window.navigator.select("why-start")
    window.open_bundled()
    assert window.chapter_id == "obstacles"


def test_export_chapter_writes_a_pdf_with_its_text_and_charts(window, tmp_path):
    import subprocess

    window.navigator.select("obstacles")
    target = tmp_path / "chapter.pdf"
    assert window.export_chapter(str(target))
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.count(b"/Subtype /Image") >= 3  # the chapter's three charts
    if subprocess.run(["which", "pdftotext"], capture_output=True).returncode == 0:
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True
        ).stdout
        assert "Obstakels" in text


def test_help_lists_the_keys_and_about_names_version_and_licences(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.help import HelpDialog

    dialog = HelpDialog(window)
    text = dialog.text.toPlainText()
    assert "Shift+F5" in text and "Ctrl+L" in text
    dialog.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert "LGPLv3" in shown[0] and "InSpark survey" in shown[0]
    from desktop_app import __version__

    assert __version__ in shown[0]


def test_window_has_an_icon_and_a_name(window):
    from PySide6.QtWidgets import QApplication

    assert not window.windowIcon().isNull()
    assert window.windowIcon().pixmap(64, 64).width() == 64  # the SVG renders
    assert QApplication.applicationName() in window.windowTitle()


def test_toolbar_state_is_remembered(qtbot, pack, tmp_path):
    store = str(tmp_path / "state.ini")
    first = MainWindow(pack, AppSettings(QSettings(store, QSettings.Format.IniFormat)))
    qtbot.addWidget(first)
    first.show()
    first.toolbar.hide()
    first.close()
    second = MainWindow(pack, AppSettings(QSettings(store, QSettings.Format.IniFormat)))
    qtbot.addWidget(second)
    second.show()
    assert not second.toolbar.isVisible()
