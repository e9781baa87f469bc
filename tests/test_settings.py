"""Typed settings: their defaults, their types, and upgrades from what older versions wrote."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.ui.settings import SETTINGS_VERSION, AppSettings


def ini(tmp_path, text: str = "") -> QSettings:
    path = tmp_path / "settings.ini"
    path.write_text(text, encoding="utf-8")
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_defaults_on_a_new_profile(tmp_path):
    settings = AppSettings(ini(tmp_path))
    assert settings.theme == "light" and settings.language == ""
    assert settings.show_intervals is False
    assert settings.geometry is None and settings.audience_screen == ""


def test_values_keep_their_types(tmp_path):
    settings = AppSettings(ini(tmp_path))
    settings.show_intervals = True
    settings.geometry = QByteArray(b"\x01\x02")
    settings.sync()
    again = AppSettings(
        ini_reopened := QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    assert again.show_intervals is True
    assert bytes(again.geometry) == b"\x01\x02"
    assert ini_reopened.value("version") in (SETTINGS_VERSION, str(SETTINGS_VERSION))


def test_a_version_that_is_not_a_whole_number_still_starts(tmp_path):
    """Regression: a settings file with version=2.0 stopped the app from ever starting."""
    for written in ("2.0", "banana", "1e9999"):
        settings = AppSettings(ini(tmp_path, f"[General]\nversion={written}\n"))
        assert settings.theme == "light"


def test_version_1_booleans_written_as_words_are_upgraded(tmp_path):
    settings = AppSettings(ini(tmp_path, "[General]\nversion=1\n[charts]\nshow_intervals=true\n"))
    assert settings.show_intervals is True
    assert settings.store.value("version") in (SETTINGS_VERSION, str(SETTINGS_VERSION))


def test_a_value_of_the_wrong_type_falls_back_to_the_default(tmp_path):
    settings = AppSettings(ini(tmp_path, "[window]\ntheme=@Invalid()\n"))
    assert settings.theme == "light"


def test_a_change_reaches_the_disk_after_a_pause_not_inside_the_key_press(tmp_path, qtbot):
    """The file write ends in an fsync on the UI thread: it must not land in the frame of
    the key press that changed the setting, and must still land without closing the app."""
    from desktop_app.ui import settings as settings_module

    path = tmp_path / "settings.ini"
    settings = AppSettings(ini(tmp_path))
    settings.sync()
    settings.theme = "dark"
    qtbot.wait(50)  # several turns of the event loop, where QSettings alone would write
    assert "dark" not in path.read_text(encoding="utf-8")
    qtbot.waitUntil(
        lambda: "dark" in path.read_text(encoding="utf-8"),
        timeout=settings_module.WRITE_AFTER_MS + 3000,
    )


def test_sync_writes_at_once(tmp_path):
    path = tmp_path / "settings.ini"
    settings = AppSettings(ini(tmp_path))
    settings.theme = "projector"
    settings.sync()
    assert "projector" in path.read_text(encoding="utf-8")
