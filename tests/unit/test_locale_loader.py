"""Choosing the UI language and its locale; loading the translation files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from portfolio_app.cli import parse_args
from portfolio_app.domain.money import Money
from portfolio_app.settings import Settings
from portfolio_app.ui.formatting import format_date, format_money
from portfolio_app.ui.locale_setup import (
    FALLBACK,
    choose_language,
    install_translators,
    locale_for,
    remove_translators,
    setup_language,
)

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
AUSTRIAN = QLocale(QLocale.Language.German, QLocale.Country.Austria)
AMERICAN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


@pytest.fixture
def restore_locale() -> Iterator[None]:
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


def test_the_system_locale_decides_without_a_setting() -> None:
    assert choose_language(None, None, GERMAN) == "de"
    assert choose_language(None, None, AMERICAN) == "en"


def test_a_system_language_without_translation_or_none_gives_english() -> None:
    assert choose_language(None, None, FRENCH) == "en"
    assert choose_language(None, None, QLocale.c()) == "en"


def test_the_setting_wins_over_the_system() -> None:
    assert choose_language(None, "de", AMERICAN) == "de"
    assert choose_language(None, "en", GERMAN) == "en"


def test_the_command_line_wins_over_the_setting() -> None:
    assert choose_language("en", "de", GERMAN) == "en"
    assert choose_language("de", "en", AMERICAN) == "de"


def test_an_unknown_setting_is_ignored() -> None:
    assert choose_language(None, "xx", GERMAN) == "de"


def test_the_locale_keeps_the_systems_country_when_it_speaks_the_language() -> None:
    assert locale_for("de", AUSTRIAN) == AUSTRIAN
    assert locale_for("de", AMERICAN) == GERMAN
    assert locale_for("en", GERMAN) == FALLBACK
    assert locale_for("en", QLocale.c()) == FALLBACK


def test_german_formats_and_monday_weeks_follow_the_chosen_language(
    qapp: QApplication, restore_locale: None, tmp_path: Path
) -> None:
    _language, translators = setup_language(qapp, preferred="de", system=AMERICAN, folder=tmp_path)
    try:
        assert format_date(date(2026, 12, 31)) == "31.12.2026"
        assert format_money(Money.of("1234.5")).replace("\u00a0", " ") == "1.234,50 €"
        assert QCalendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
    finally:
        remove_translators(qapp, translators)


def test_english_formats_follow_an_american_system(
    qapp: QApplication, restore_locale: None, tmp_path: Path
) -> None:
    language, translators = setup_language(qapp, system=AMERICAN, folder=tmp_path)

    assert (language, translators) == ("en", [])
    assert QLocale() == AMERICAN


def test_a_missing_app_translation_still_loads_qts_own(qapp: QApplication, tmp_path: Path) -> None:
    translators = install_translators(qapp, "de", tmp_path / "empty")
    try:
        assert len(translators) == 1
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_language_setting_persists_and_none_follows_the_system(
    qapp: object, tmp_path: Path
) -> None:
    path = tmp_path / "settings.ini"
    assert Settings(path).language() is None

    Settings(path).set_language("de")
    assert Settings(path).language() == "de"

    Settings(path).set_language(None)
    assert Settings(path).language() is None


def test_lang_option_accepts_de_and_en_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse_args(["--lang", "de"]).lang == "de"
    assert parse_args([]).lang is None
    with pytest.raises(SystemExit) as raised:
        parse_args(["--lang", "fr"])
    assert raised.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err
