from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from portfolio_app.domain.money import Money
from portfolio_app.ui.formatting import format_date, format_money, parse_decimal
from portfolio_app.ui.locale_setup import FALLBACK, apply_default_locale

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def restore_locale() -> Iterator[None]:
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


def test_a_c_locale_falls_back_to_day_first_english(restore_locale: None) -> None:
    chosen = apply_default_locale(QLocale.c())

    assert chosen == FALLBACK
    assert format_date(date(2026, 12, 31)) == "31/12/2026"


def test_a_real_system_locale_is_kept(restore_locale: None) -> None:
    assert apply_default_locale(GERMAN) == GERMAN
    assert QLocale().language() == QLocale.Language.German


def test_german_dates_have_four_digit_years() -> None:
    assert format_date(date(2026, 12, 31), GERMAN) == "31.12.2026"


def test_german_money_uses_dot_groups_and_decimal_comma() -> None:
    text = format_money(Money.of("1234.5"), GERMAN)

    assert text.replace("\u00a0", " ") == "1.234,50 €"


def test_german_decimal_input_is_understood() -> None:
    assert parse_decimal("1.234,50", GERMAN) == Decimal("1234.50")
    assert parse_decimal("12,5", GERMAN) == Decimal("12.5")


def test_unparsable_numbers_raise_value_error() -> None:
    with pytest.raises(ValueError, match="zwölf"):
        parse_decimal("zwölf", GERMAN)


def test_moments_are_shown_in_local_time_with_a_four_digit_year() -> None:
    from portfolio_app.ui.formatting import format_moment

    text = format_moment(datetime(2026, 3, 1, 12, 0).astimezone(), GERMAN)

    assert text == "01.03.2026 12:00"


def test_every_error_code_raised_anywhere_has_a_sentence() -> None:
    import re
    from pathlib import Path

    import portfolio_app
    from portfolio_app.domain.errors import PortfolioError
    from portfolio_app.ui.messages import error_text

    root = Path(portfolio_app.__file__).parent
    source = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    codes = set(re.findall(r'(?:Error|StorageError)\(\s*"([a-z_]+(?:\.[a-z_]+)+)"', source))
    assert len(codes) > 40

    generic = {
        code for code in codes if error_text(PortfolioError(code)).startswith("That did not")
    }

    assert generic == set()
