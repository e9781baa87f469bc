"""Interface language the Qt way: compiled Linguist catalogues loaded by a QTranslator.

The interface is written in English; ``resources/translations/desktop_app_<lang>.ts`` holds
each other language, compiled to ``.qm`` by ``make translations``. Switching installs the
new catalogue; Qt then sends every widget a LanguageChange event and they retranslate.

Content languages are whatever a pack declares; the interface exists in Dutch and English
only, so each content language gets the closer of the two (``interface_language``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import resources_dir

SOURCE_LANGUAGE = "en"
INTERFACE_LANGUAGES = ("nl", SOURCE_LANGUAGE)
# Content languages whose readers read Dutch more easily than English: Dutch (also as
# nl-BE), Frisian and Limburgish. Every other content language gets the English interface.
DUTCH_READERS = ("nl", "fy", "li")
CATALOGUE = "desktop_app"


def translations_dir() -> Path:
    """The compiled catalogues: in the source tree or the bundle, else where a wheel put them."""
    bundled = resources_dir() / "translations"
    installed = Path(sys.prefix) / "share" / "desktop-app" / "translations"
    if not any(bundled.glob("*.qm")) and any(installed.glob("*.qm")):
        return installed
    return bundled


def interface_language(content_language: str) -> str:
    """The interface language (Dutch or English) closest to a content language."""
    primary = content_language.replace("_", "-").split("-")[0].lower()
    return "nl" if primary in DUTCH_READERS else SOURCE_LANGUAGE


def use_content_locale(lang: str) -> None:
    """Numbers and dates follow the content language: QLocale() is its locale from now on."""
    QLocale.setDefault(QLocale(lang))


def start_language(
    languages: list[str], default_language: str, wanted: str | None, remembered: str
) -> str:
    """The content language to open a pack in: the one asked for, the one the user last
    chose for this pack, else the pack's own ``default_language``."""
    for lang in (wanted, remembered):
        if lang in languages:
            return lang
    return default_language if default_language in languages else languages[0]


def language_name(code: str) -> str:
    """A language as its speakers name it ('Nederlands', 'Deutsch', 'English'), for menus."""
    locale = QLocale(code)
    native = locale.nativeLanguageName()
    plain = QLocale.languageToString(locale.language())
    if not native or native.endswith(plain):  # 'American English' for a bare 'en'
        return plain or code
    return native[:1].upper() + native[1:]


class Translations:
    """The installed catalogues of the running application."""

    _installed: list[QTranslator] = []
    language = SOURCE_LANGUAGE

    @classmethod
    def set_language(cls, content_language: str) -> bool:
        """The interface for ``content_language`` (Dutch or English, the closer one) for the
        whole app; False when its catalogue is missing."""
        lang = interface_language(content_language)
        app = QCoreApplication.instance()
        if app is None or lang == cls.language:
            return True
        for translator in cls._installed:
            app.removeTranslator(translator)
        cls._installed = []
        cls.language = lang
        if lang == SOURCE_LANGUAGE:
            return True
        ours = QTranslator(app)
        found = ours.load(f"{CATALOGUE}_{lang}", str(translations_dir()))
        qt_own = QTranslator(app)  # Qt's standard dialogs and buttons (OK, Cancel, …)
        if qt_own.load(
            f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_own)
            cls._installed.append(qt_own)
        if found:
            app.installTranslator(ours)
            cls._installed.append(ours)
        return found
