"""Bad input gets a plain message, the bundled report is shown, and no traceback escapes."""

from __future__ import annotations

import logging

import pytest

from desktop_app.resources import bundled_pack
from desktop_app.ui import app as app_module
from desktop_app.ui import messages


def test_broken_pack_is_listed_in_a_dialog_and_the_bundled_report_shown(
    qtbot, pack_copy, settings, monkeypatch
):
    shown = []
    monkeypatch.setattr(
        messages,
        "show_pack_problems",
        lambda parent, where, problems, at_start=False: shown.append(problems),
    )
    (pack_copy / "figures.csv").write_text("figure_id,item_id\n", encoding="utf-8")
    window = app_module.open_window(pack_copy, "nl", None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(shown))
    assert any("missing column(s)" in p.message for p in shown[0])
    assert window.pack.location == bundled_pack()
    assert window.report.reader.toPlainText().strip()


def test_without_a_window_a_broken_pack_is_printed_not_shown(
    qapp, pack_copy, settings, monkeypatch, capsys
):
    """--screenshot and the like: no dialog (nobody could answer it); stderr instead."""
    monkeypatch.setattr(messages, "show_pack_problems", lambda *a, **k: pytest.fail("a dialog"))
    (pack_copy / "figures.csv").write_text("figure_id,item_id\n", encoding="utf-8")
    assert app_module.open_window(pack_copy, None, None, settings, interactive=False) is None
    err = capsys.readouterr().err
    assert f"{pack_copy}/figures.csv:1: missing column(s)" in err
    assert f"1 problem(s) in {pack_copy}; it was not loaded" in err


def test_opening_a_broken_pack_from_the_menu_keeps_the_current_report(
    window, pack_copy, monkeypatch
):
    shown = []
    monkeypatch.setattr(
        "desktop_app.ui.pack_loading.show_pack_problems", lambda *a: shown.append(a)
    )
    (pack_copy / "manifest.toml").write_text("id = \n", encoding="utf-8")
    before = window.pack
    assert window.open_pack(pack_copy) is False
    assert shown and "not valid TOML" in str(shown[0][2][0])
    assert window.pack is before


def test_opening_a_good_pack_from_a_zip(window, pack_copy, tmp_path):
    import shutil

    archive = shutil.make_archive(str(tmp_path / "pack"), "zip", pack_copy)
    assert window.open_pack(archive) is True
    assert str(window.pack.location) == archive


def test_unknown_chapter_is_a_plain_error(settings):
    with pytest.raises(app_module.UnknownChapter, match="choose one of: intro"):
        app_module.open_window(None, "nl", "chapter-9", settings)


def test_unexpected_error_goes_to_the_log_and_a_short_dialog(qapp, tmp_path, monkeypatch, caplog):
    dialogs = []
    monkeypatch.setattr(
        messages, "show_error", lambda parent, text, details="": dialogs.append(text)
    )
    monkeypatch.setattr("sys.excepthook", None)
    messages.install_excepthook(str(tmp_path / "app.log"))
    import sys

    try:
        raise KeyError("boom")
    except KeyError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())
    assert "Traceback" in caplog.text or caplog.records[0].exc_info
    assert dialogs and "boom" in dialogs[0] and str(tmp_path / "app.log") in dialogs[0]
    assert "Traceback" not in dialogs[0]


def test_log_file_is_written_in_the_users_log_folder(qapp):
    from desktop_app.ui.logging_setup import setup_logging

    path = setup_logging()
    logging.getLogger("test").error("written")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path.exists() and "written" in path.read_text(encoding="utf-8")
    assert path.parent.name == "logs"
