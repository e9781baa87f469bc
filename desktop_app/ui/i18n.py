"""Interface language the Qt way: compiled Linguist catalogues loaded by a QTranslator.

The interface is written in English; ``resources/translations/desktop_app_<lang>.ts`` holds
each other language, compiled to ``.qm`` by ``make translations``. Switching installs the
new catalogue; Qt then sends every widget a LanguageChange event and they retranslate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import resources_dir

SOURCE_LANGUAGE = "en"
FALLBACK_LANGUAGE = "nl"
CATALOGUE = "desktop_app"


def translations_dir():
    return resources_dir() / "translations"


def system_language(available: list[str]) -> str:
    """The system's language when the app has it, else Dutch (the report's own language)."""
    system = QLocale.system().name().split("_")[0]
    if system in available:
        return system
    return FALLBACK_LANGUAGE if FALLBACK_LANGUAGE in available else available[0]


def use_content_locale(lang: str) -> None:
    """Numbers and dates follow the content language: QLocale() is its locale from now on."""
    QLocale.setDefault(QLocale(lang))


def start_language(languages: list[str], wanted: str | None, remembered: str) -> str:
    """The content language to start in: the one asked for, the last one, else the system's."""
    if wanted in languages:
        return wanted
    if remembered in languages:
        return remembered
    return system_language(languages)


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
    def set_language(cls, lang: str) -> bool:
        """Install ``lang`` for the whole interface; False when its catalogue is missing."""
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
