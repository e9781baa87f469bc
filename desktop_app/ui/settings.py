"""Typed preferences over QSettings, with a version and upgrade steps between versions.

Every preference is an :class:`Option` (key, type, default) declared once on
:class:`AppSettings`; nothing else in the app reads or writes raw QSettings keys. When a
later release changes how something is stored, it adds an upgrade step instead of
guessing at old values wherever they are read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings, QTimer

log = logging.getLogger(__name__)
T = TypeVar("T")

SETTINGS_VERSION = 2
WRITE_AFTER_MS = 2000  # settings reach the disk this long after the first change


class DeferredWrites(QObject):
    """Writes a QSettings' changes a moment after the first, not at the next turn of the
    event loop.

    QSettings writes its file (ending in an fsync) on the UI thread as soon as control
    returns to the event loop: inside the frame of the key press that changed a setting,
    which cost a chapter change or a language switch 5-30 ms. Held back two seconds, the
    write lands while the presenter talks, and changes made meanwhile go in the same write.
    Closing the window writes at once (``AppSettings.sync``).
    """

    def __init__(self, store: QSettings) -> None:
        super().__init__(store)
        self.store = store
        self.passing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(WRITE_AFTER_MS)
        self.timer.timeout.connect(self.write)
        store.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.UpdateRequest and not self.passing:
            self.timer.start()  # QSettings asks once until it has written
            return True
        return False

    def write(self) -> None:
        """Let QSettings' own write request through now."""
        self.timer.stop()
        self.passing = True
        try:
            QCoreApplication.sendEvent(self.store, QEvent(QEvent.Type.UpdateRequest))
        finally:
            self.passing = False


class Option(Generic[T]):
    """One preference: its key, its type and what it is before the user chose."""

    def __init__(self, key: str, kind: type, default: T) -> None:
        self.key, self.kind, self.default = key, kind, default

    def __get__(self, settings: AppSettings | None, owner: type) -> T:
        if settings is None:
            return self  # type: ignore[return-value]  # the Option itself, from the class
        return settings.read(self.key, self.kind, self.default)

    def __set__(self, settings: AppSettings, value: T) -> None:
        settings.store.setValue(self.key, value)


class PerPack(Generic[T]):
    """A preference kept for each report pack, by the pack's id: ``settings.x[pack_id]``.

    Packs differ (one is German only, another Dutch and English), so what suits one, such
    as its language, is remembered for that pack alone.
    """

    def __init__(self, key: str, kind: type, default: T) -> None:
        self.key, self.kind, self.default = key, kind, default

    def __get__(self, settings: AppSettings | None, owner: type) -> PerPack[T] | _PackValues[T]:
        if settings is None:
            return self
        return _PackValues(settings, self)


class _PackValues(Generic[T]):
    def __init__(self, settings: AppSettings, option: PerPack[T]) -> None:
        self.settings, self.option = settings, option

    def _key(self, pack_id: str) -> str:
        return f"{self.option.key}/{pack_id}"

    def __getitem__(self, pack_id: str) -> T:
        return self.settings.read(self._key(pack_id), self.option.kind, self.option.default)

    def __setitem__(self, pack_id: str, value: T) -> None:
        self.settings.store.setValue(self._key(pack_id), value)

    def __contains__(self, pack_id: str) -> bool:
        return self.settings.store.contains(self._key(pack_id))


def _version_of(store: QSettings) -> int:
    """The stored settings version; anything unreadable counts as the first version."""
    raw = store.value("version", 0)
    try:
        return int(float(str(raw)))
    except (TypeError, ValueError, OverflowError):
        log.warning("Settings version %r not understood; upgrading from the start", raw)
        return 0


def _booleans_as_values(store: QSettings) -> None:
    """Version 1 kept booleans as the words 'true'/'false'; now they are booleans."""
    for key in ("charts/show_intervals",):
        value = store.value(key)
        if isinstance(value, str):
            store.setValue(key, value.strip().lower() == "true")


# Step N turns version N - 1 into version N.
UPGRADES: dict[int, Callable[[QSettings], None]] = {
    1: lambda _store: None,
    2: _booleans_as_values,
}


class AppSettings:
    """Every preference the app keeps, with its type and default in one place."""

    # The content language last chosen (any pack); each pack's own is pack_language.
    language = Option[str]("content/language", str, "")
    pack_language = PerPack[str]("content/language_of", str, "")
    theme = Option[str]("window/theme", str, "light")
    show_intervals = Option[bool]("charts/show_intervals", bool, False)
    splitter_state = Option[QByteArray | None]("window/splitter", QByteArray, None)
    geometry = Option[QByteArray | None]("window/geometry", QByteArray, None)
    window_state = Option[QByteArray | None]("window/state", QByteArray, None)
    # The screen the audience sees, by name; remembered when the presenter swaps screens.
    audience_screen = Option[str]("presentation/audience_screen", str, "")

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()
        self.writes = DeferredWrites(self.store)
        self.upgrade()

    def upgrade(self) -> None:
        version = _version_of(self.store)
        for step in range(max(version, 0) + 1, SETTINGS_VERSION + 1):
            UPGRADES[step](self.store)
        if version != SETTINGS_VERSION:
            self.store.setValue("version", SETTINGS_VERSION)

    def read(self, key: str, kind: type, default: Any) -> Any:
        """The stored value as ``kind``, or ``default`` when it is missing or unusable."""
        value = self.store.value(key)
        if value is None:
            return default
        if kind is QByteArray:
            return value if isinstance(value, QByteArray) and not value.isEmpty() else default
        if kind is bool:
            if isinstance(value, bool):
                return value
            return str(value).strip().lower() == "true"
        return value if isinstance(value, kind) else default

    def forget(self, option: Option) -> None:
        self.store.remove(option.key)

    def language_of(self, pack_id: str) -> str:
        """The language the user last chose for this pack; '' for a pack never opened.

        Versions before per-pack languages kept one language for every pack: it still
        counts for a pack that was opened then (it has a last chapter).
        """
        if pack_id in self.pack_language:
            return self.pack_language[pack_id]
        return self.language if self.last_chapter(pack_id) else ""

    def last_chapter(self, pack_id: str) -> str:
        value = self.store.value(f"content/last_chapter/{pack_id}", "")
        return value if isinstance(value, str) else ""

    def set_last_chapter(self, pack_id: str, chapter_id: str) -> None:
        self.store.setValue(f"content/last_chapter/{pack_id}", chapter_id)

    def sync(self) -> None:
        """Write every change now (the window closing, a command-line run ending)."""
        self.writes.write()
        self.store.sync()
