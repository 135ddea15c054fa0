"""The UI language and the locale used for dates, numbers and money.

English is the source language (no translator). For any other language the app installs
its own ``portfolio_app_<lang>.qm`` (built from resources/translations) and Qt's
``qtbase_<lang>.qm`` (standard buttons and dialogs), and makes a locale of that language
the default so that dates, numbers, money and calendars (first day of the week) match.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FALLBACK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
"""Used when the system reports the "C" locale (no LANG set): day-first dates, 4-digit years."""

SOURCE_LANGUAGE = "en"
"""The language the texts are written in."""

LANGUAGES: dict[str, QLocale] = {
    "en": FALLBACK,
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
}
"""The UI languages, each with the locale used when the system's is of another language."""

TRANSLATIONS_FOLDER = Path(__file__).resolve().parent.parent / "translations"
"""Where the compiled ``portfolio_app_<lang>.qm`` files are (package data)."""


def apply_default_locale(system: QLocale | None = None) -> QLocale:
    """Make the system locale the default, or the fallback if the system has none."""
    chosen = system or QLocale.system()
    if chosen.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        chosen = FALLBACK
    QLocale.setDefault(chosen)
    return chosen


def language_code(locale: QLocale) -> str:
    """The two-letter code of a locale's language ("de" for de_AT, "" for C)."""
    name = locale.name()
    return "" if name == "C" else name.split("_")[0]


def choose_language(
    requested: str | None, preferred: str | None, system: QLocale | None = None
) -> str:
    """The UI language: ``--lang`` wins, then the user's setting, then the system locale.

    Unknown codes are skipped; a system language without a translation gives English.
    """
    for code in (requested, preferred):
        if code in LANGUAGES:
            return str(code)
    code = language_code(system or QLocale.system())
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The formatting locale: the system's if it speaks ``language`` (keeps de_AT, en_US)."""
    chosen = system or QLocale.system()
    if language_code(chosen) == language:
        return chosen
    return LANGUAGES.get(language, FALLBACK)


def install_translators(
    app: QCoreApplication, language: str, folder: Path | None = None
) -> list[QTranslator]:
    """Install the app's and Qt's translations of ``language``; the installed translators.

    Nothing is installed for English, nor for a file that is missing (the texts then stay
    English rather than failing the start). The translators are children of ``app``.
    """
    if language == SOURCE_LANGUAGE:
        return []
    files = [
        (folder or TRANSLATIONS_FOLDER) / f"portfolio_app_{language}.qm",
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        / f"qtbase_{language}.qm",
    ]
    installed = []
    for file in files:
        translator = QTranslator(app)
        if file.is_file() and translator.load(str(file)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests switch languages)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


def setup_language(
    app: QCoreApplication,
    *,
    requested: str | None = None,
    preferred: str | None = None,
    system: QLocale | None = None,
    folder: Path | None = None,
) -> tuple[str, list[QTranslator]]:
    """Choose the UI language, make its locale the default and install its translations.

    ``requested``: the ``--lang`` option; ``preferred``: the setting (``None``: the system).
    Returns the language and the installed translators.
    """
    system = system or QLocale.system()
    language = choose_language(requested, preferred, system)
    QLocale.setDefault(locale_for(language, system))
    return language, install_translators(app, language, folder)
