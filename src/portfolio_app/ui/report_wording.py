"""How the printed reports write values here: the user's locale and translated wording."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from portfolio_app.domain.health import HealthFactor, HealthFactorKind
from portfolio_app.domain.money import Money
from portfolio_app.interchange.report_html import ReportFormat
from portfolio_app.ui.formatting import format_date, format_decimal, format_moment, format_money
from portfolio_app.ui.labels import category_label, label
from portfolio_app.ui.models.columns import health_band_text

_CONTEXT = "Reports"


def report_format(locale: QLocale | None = None) -> ReportFormat:
    """Dates, money and numbers in ``locale`` (the default one if not given), labels translated."""
    loc = locale or QLocale()

    def day(value: date) -> str:
        return format_date(value, loc)

    def moment(value: datetime) -> str:
        return format_moment(value, loc)

    def money(value: Money) -> str:
        return format_money(value, loc)

    def number(value: Decimal) -> str:
        return format_decimal(value, loc)

    return ReportFormat(
        format_date=day,
        format_moment=moment,
        format_money=money,
        format_number=number,
        label=label,
        category=category_label,
        band=health_band_text,
        factor=factor_text,
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _count(count: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with ``%1`` replaced by the count."""
    return one if count == 1 else many.replace("%1", str(count))


def factor_text(factor: HealthFactor) -> str:
    """A health factor in words, with its numbers ("2 follow-ups overdue")."""
    detail = {key: int(value) for key, value in factor.detail.items() if key != "years"}
    phrase = _PHRASES[factor.kind]
    return phrase(detail, factor.detail)


def _recency(detail: dict[str, int], _raw: dict[str, int | float | str]) -> str:
    if not detail.get("notes"):
        return _tr("Contact: no contact noted yet")
    days, cadence = detail.get("days_since", 0), detail.get("cadence_days", 0)
    return (
        _tr("Contact: last contact %1 days ago, expected every %2 days")
        .replace("%1", str(days))
        .replace("%2", str(cadence))
    )


def _follow_ups(detail: dict[str, int], _raw: dict[str, int | float | str]) -> str:
    overdue = detail.get("overdue", 0)
    return _count(overdue, _tr("Follow-ups: one overdue"), _tr("Follow-ups: %1 overdue"))


def _goals(detail: dict[str, int], _raw: dict[str, int | float | str]) -> str:
    return (
        _tr("Goals: %1 at risk, %2 past their target date, %3 achieved in the last year")
        .replace("%1", str(detail.get("at_risk", 0)))
        .replace("%2", str(detail.get("overdue", 0)))
        .replace("%3", str(detail.get("achieved", 0)))
    )


def _misunderstandings(detail: dict[str, int], _raw: dict[str, int | float | str]) -> str:
    return _tr("Misunderstandings: %1 unresolved").replace("%1", str(detail.get("unresolved", 0)))


def _mood(detail: dict[str, int], _raw: dict[str, int | float | str]) -> str:
    return (
        _tr("Mood of recent notes: %1 good, %2 neutral, %3 tense")
        .replace("%1", str(detail.get("good", 0)))
        .replace("%2", str(detail.get("neutral", 0)))
        .replace("%3", str(detail.get("tense", 0)))
    )


def _length(_detail: dict[str, int], raw: dict[str, int | float | str]) -> str:
    if not raw.get("known"):
        return _tr("Partnership: since when is not known")
    years = int(float(raw.get("years", 0)) + 0.5)
    if years < 1:
        return _tr("Partnership: less than a year")
    return _count(years, _tr("Partnership: 1 year"), _tr("Partnership: %1 years"))


def _promises(detail: dict[str, int], _raw: dict[str, int | float | str]) -> str:
    return _tr("Promises: %1 overdue").replace("%1", str(detail.get("overdue", 0)))


_PHRASES: dict[HealthFactorKind, Callable[[dict[str, int], dict[str, int | float | str]], str]] = {
    HealthFactorKind.CONTACT_RECENCY: _recency,
    HealthFactorKind.FOLLOW_UPS: _follow_ups,
    HealthFactorKind.GOALS: _goals,
    HealthFactorKind.MISUNDERSTANDINGS: _misunderstandings,
    HealthFactorKind.MOOD: _mood,
    HealthFactorKind.PARTNERSHIP_LENGTH: _length,
    HealthFactorKind.PROMISES: _promises,
}
