"""Dates, moments, numbers and money for display, through QLocale."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

from portfolio_app.domain.money import Money

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}


def to_qdate(value: date) -> QDate:
    """The same day as a ``QDate``."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """The same day as a ``date``."""
    return date(value.year(), value.month(), value.day())


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year (dd.MM.yyyy, M/d/yyyy)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    """Short date in the user's locale with a four-digit year (31.12.2026); "" for ``None``."""
    if value is None:
        return ""
    loc = locale or QLocale()
    return loc.toString(to_qdate(value), short_date_format(loc))


def format_moment(value: datetime, locale: QLocale | None = None) -> str:
    """An aware moment in local time, short format (31.12.2026 14:30)."""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    loc = locale or QLocale()
    time_pattern = loc.timeFormat(QLocale.FormatType.ShortFormat)
    return loc.toString(moment, f"{short_date_format(loc)} {time_pattern}")


def format_month(value: date, locale: QLocale | None = None) -> str:
    """Month and year, e.g. "November 2026" / "November 2026"."""
    return (locale or QLocale()).toString(to_qdate(value), "MMMM yyyy")


def format_money(value: Money | None, locale: QLocale | None = None) -> str:
    """Money with its currency in the user's locale: 1.234,50 €."""
    if value is None:
        return ""
    symbol = _SYMBOLS.get(value.currency, value.currency)
    return (locale or QLocale()).toCurrencyString(float(value.amount), symbol, 2)


def format_decimal(value: Decimal | None, locale: QLocale | None = None) -> str:
    """A number with the locale's separators, without trailing zeros."""
    if value is None:
        return ""
    normalized = value.normalize()
    exponent = normalized.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return (locale or QLocale()).toString(float(value), "f", decimals)


def parse_decimal(text: str, locale: QLocale | None = None) -> Decimal | None:
    """A number typed in the user's locale (1.234,50 or 1234.50); ``None`` if blank.

    Raises:
        ValueError: The text is not a number.
    """
    cleaned = text.strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    loc = locale or QLocale()
    group, point = loc.groupSeparator(), loc.decimalPoint()
    if point in cleaned or group not in cleaned or cleaned.count(group) > 1:
        normalized = cleaned.replace(group, "").replace(point, ".")
    else:
        normalized = (
            cleaned.replace(group, ".")
            if _looks_decimal(cleaned, group)
            else cleaned.replace(group, "")
        )
    try:
        return Decimal(normalized)
    except ArithmeticError as error:
        raise ValueError(text) from error


def _looks_decimal(text: str, separator: str) -> bool:
    """'12.5' in a German locale: a lone separator not followed by exactly 3 digits."""
    return len(text.rsplit(separator, 1)[1]) != 3
