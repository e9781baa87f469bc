"""Typed preferences over QSettings, with a version so later releases can upgrade them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1


class AppSettings:
    """Every preference the app keeps, with its type and default in one place."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()
        if int(self.store.value("version", 0)) < SETTINGS_VERSION:
            self.store.setValue("version", SETTINGS_VERSION)

    def _text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def language(self) -> str:
        return self._text("content/language")

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("content/language", value)

    def last_chapter(self, pack_id: str) -> str:
        return self._text(f"content/last_chapter/{pack_id}")

    def set_last_chapter(self, pack_id: str, chapter_id: str) -> None:
        self.store.setValue(f"content/last_chapter/{pack_id}", chapter_id)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self.store.setValue("window/splitter", value)

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    @property
    def show_intervals(self) -> bool:
        return self._text("charts/show_intervals", "false") == "true"

    @show_intervals.setter
    def show_intervals(self, value: bool) -> None:
        self.store.setValue("charts/show_intervals", "true" if value else "false")

    @property
    def theme(self) -> str:
        return self._text("window/theme", "light")

    @theme.setter
    def theme(self, value: str) -> None:
        self.store.setValue("window/theme", value)

    def sync(self) -> None:
        self.store.sync()
