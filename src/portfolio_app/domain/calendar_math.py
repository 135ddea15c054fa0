"""Calendar arithmetic for agreement terms and notice periods, the German way.

Terms follow BGB §§ 187(2), 188(2) and 188(3); notice periods are counted backwards from
the day after the end a notice is meant for. Public holidays are not known here (they
differ by federal state); working days are Monday to Friday.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta

from portfolio_app.domain.agreement import NoticePeriod, PeriodUnit

ONE_DAY = timedelta(days=1)
_SATURDAY = 5
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_CACHED_DAYS = 8192
"""Results kept by the pure functions below (term ends, notice days): the schedules of a
whole portfolio ask for the same few thousand days again and again."""


def days_in_month(year: int, month: int) -> int:
    """Number of days of ``month`` (1–12) in ``year`` (Gregorian leap years).

    A table lookup: schedules of a whole portfolio call this hundreds of thousands of
    times, and ``calendar.monthrange`` also computes the weekday of the first.

    Raises:
        ValueError: ``month`` is not 1–12.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"no such month: {month}")
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def add_months(day: date, months: int) -> date:
    """Shift ``day`` by whole ``months`` (may be negative), clamped to the month's last day.

    ``add_months(date(2026, 1, 31), 1)`` is 28.02.2026; ``add_months(date(2027, 3, 1), -3)``
    is 01.12.2026.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def month_end(day: date) -> date:
    """Last day of the month ``day`` lies in."""
    return date(day.year, day.month, days_in_month(day.year, day.month))


def quarter_end(day: date) -> date:
    """Last day of the calendar quarter ``day`` lies in (31.03., 30.06., 30.09., 31.12.)."""
    month = (day.month - 1) // 3 * 3 + 3
    return date(day.year, month, days_in_month(day.year, month))


@functools.lru_cache(maxsize=_CACHED_DAYS)
def term_end(start: date, months: int) -> date:
    """Last day of a term of ``months`` months that begins on ``start`` (BGB § 188).

    The start day counts (§ 187(2)), so the term ends with the day before the day of the last
    month that has the same number as ``start`` (§ 188(2)); when the last month has no such
    day, it ends with that month's last day (§ 188(3)):

    * 01.03.2024 + 24 months → 28.02.2026 (the day before 01.03.2026)
    * 15.01.2026 + 1 month → 14.02.2026
    * 31.01.2026 + 1 month → 28.02.2026 (there is no 31.02.)
    * 30.01.2026 + 1 month → 28.02.2026 (there is no 30.02.)
    * 29.02.2024 + 12 months → 28.02.2025 (there is no 29.02.2025)

    A renewal term starts the day after the previous term's end.

    Raises:
        ValueError: ``months`` is less than 1.
    """
    if months < 1:
        raise ValueError(f"a term has at least one month, got {months}")
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = days_in_month(year, month)
    if start.day > last:
        return date(year, month, last)
    return date(year, month, start.day) - ONE_DAY


@functools.lru_cache(maxsize=_CACHED_DAYS)
def notice_deadline(end: date, notice: NoticePeriod) -> date:
    """Last day a notice must reach the partner so that the agreement ends on ``end``.

    Counted backwards: the day before the date that lies one notice period before the day
    after ``end``. Months are subtracted with clamping to the month's last day, weeks are
    seven days. An end on 31.12. with three months' notice gives 30.09.; an end on 28.02.2027
    gives 30.11.2026 (01.03.2027 − 3 months = 01.12.2026, minus one day). The result is not
    moved off weekends or holidays: § 193 BGB does not extend notice periods.

    Raises:
        ValueError: The notice period is negative.
    """
    if notice.amount < 0:
        raise ValueError(f"negative notice period: {notice}")
    day_after = end + ONE_DAY
    if notice.unit is PeriodUnit.MONTHS:
        return add_months(day_after, -notice.amount) - ONE_DAY
    return day_after - _fixed_length(notice) - ONE_DAY


@functools.lru_cache(maxsize=_CACHED_DAYS)
def earliest_end_for_notice(today: date, notice: NoticePeriod) -> date:
    """First day an agreement can still end on when notice is given on ``today``.

    The smallest ``end`` with ``notice_deadline(end, notice) >= today``; every later day
    qualifies too, because the notice deadline never decreases as the end moves later.

    Raises:
        ValueError: The notice period is negative.
    """
    if notice.amount < 0:
        raise ValueError(f"negative notice period: {notice}")
    if notice.unit is not PeriodUnit.MONTHS:
        return today + _fixed_length(notice)
    # Inverting the clamped month shift can land a few days off; step to the exact day.
    end = add_months(today + ONE_DAY, notice.amount) - ONE_DAY
    while notice_deadline(end, notice) < today:
        end += ONE_DAY
    while notice_deadline(end - ONE_DAY, notice) >= today:
        end -= ONE_DAY
    return end


def subtract_working_days(day: date, working_days: int) -> date:
    """The day ``working_days`` working days (Monday–Friday) before ``day``.

    Only working days are counted; ``day`` itself is not. Three working days before a
    Monday is the Wednesday before; before a Saturday also that week's Wednesday. Zero
    returns ``day`` unchanged, even on a weekend.

    Raises:
        ValueError: ``working_days`` is negative.
    """
    if working_days < 0:
        raise ValueError(f"negative number of working days: {working_days}")
    result = day
    while working_days:
        result -= ONE_DAY
        if result.weekday() < _SATURDAY:
            working_days -= 1
    return result


def _fixed_length(notice: NoticePeriod) -> timedelta:
    if notice.unit is PeriodUnit.WEEKS:
        return timedelta(weeks=notice.amount)
    return timedelta(days=notice.amount)
