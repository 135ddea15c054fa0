"""Cell values as offices write them: German and ISO dates, notice periods, yes/no, labels.

Every parser takes the trimmed text of one cell, returns ``None`` for a blank cell (a cell
holding only punctuation such as ``-`` counts as blank) and raises
:class:`~portfolio_app.domain.errors.ValidationError` with an ``import.*`` code otherwise.
Amounts live in :mod:`portfolio_app.interchange.amounts`.

Dates: ``31.12.2026``, ``1.2.2026``, ``31.12.26`` (two-digit years 00–68 are 2000–2068,
69–99 are 1969–1999, as in POSIX ``strptime``) and ISO ``2026-12-31``, each optionally
followed by a time. Slashed dates (``12/31/2026``, ``31/12/2026``) are refused because they
are ambiguous. Years outside 1900–2199 are refused, except ``31.12.9999``, which some
business software writes for "open-ended" and is read as no date, like "unbefristet".
"""

from __future__ import annotations

import enum
import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import TypeVar

from portfolio_app.domain.agreement import NoticeAnchor, NoticePeriod, PeriodUnit
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.partner import PartnerCategory
from portfolio_app.domain.text import single_line
from portfolio_app.interchange.wording import fold, label_for, member_for, quoted

E = TypeVar("E", bound=enum.Enum)

NOON = time(12, 0)
"""The time of day given to a note whose row names only a date."""
MAX_VALUE_CHARS = 200
"""Longer cells are no date, time, count or notice period (and would slow the patterns)."""
MIN_YEAR = 1900
MAX_YEAR = 2199
OPEN_ENDED = frozenset(
    fold(word)
    for word in ("unbefristet", "unbegrenzt", "offen", "open-ended", "indefinite", "none")
)

_DATE = re.compile(
    r"(?:(?P<d>\d{1,2})\.\s*(?P<m>\d{1,2})\.\s*(?P<y>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))"
    r"(?:(?:\s+|T|,\s*)(?P<time>.+))?"
)
_TIME = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<min>\d{2})(?::(?P<s>\d{2})(?:[.,]\d{1,9})?)?)?"
    r"\s*(?P<uhr>uhr|h)?\s*(?P<tz>z|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
_COUNT = re.compile(r"(?P<n>\d{1,5})(?:[.,]0+)?\s*(?P<unit>[^\W\d_]*)\.?\s*(?P<rest>.*)", re.S)

_DAYS = frozenset(
    {"t", "tg", "tag", "tage", "tagen", "kalendertag", "kalendertage", "d", "day", "days"}
)
_WEEKS = frozenset({"w", "wo", "woche", "wochen", "week", "weeks", "wk", "wks"})
_MONTHS = frozenset(
    {"m", "mo", "mon", "mt", "mte", "monat", "monate", "monaten", "month", "months", "mth", "mths"}
    | {"kalendermonat", "kalendermonate", "kalendermonaten"}
)
_YEARS = frozenset({"j", "jahr", "jahre", "jahren", "y", "yr", "yrs", "year", "years"})
_EVERY = {
    "monatlich": 1,
    "monthly": 1,
    "quartalsweise": 3,
    "vierteljaehrlich": 3,
    "quarterly": 3,
    "jaehrlich": 12,
    "yearly": 12,
    "annually": 12,
}
_NONE = frozenset({"nein", "no", "keine", "kein", "none", "ohne", "na", "ka", "keineangabe"})
_TRUE = frozenset({"ja", "j", "yes", "y", "x", "1", "wahr", "true", "on"})
_FALSE = frozenset({"nein", "n", "no", "0", "falsch", "false", "off"})
_TICKS = frozenset({"✓", "✔", "☑", "☒", "✗", "✘"})

_ANCHOR_WORDS: tuple[tuple[NoticeAnchor, tuple[str, ...]], ...] = (
    (NoticeAnchor.END_OF_QUARTER, ("quartal", "quarter")),
    (NoticeAnchor.END_OF_TERM, ("vertrag", "laufzeit", "ablauf", "term", "contract")),
    (NoticeAnchor.END_OF_MONTH, ("monat", "month")),
    (NoticeAnchor.ANY_DAY, ("jederzeit", "anyday", "jedentag", "jedemtag", "taeglich", "anytime")),
)


def is_blank(text: str) -> bool:
    """Whether a cell says nothing: empty, white space or only punctuation like ``-``."""
    return not fold(text)


def parse_date(text: str) -> date | None:
    """A day written ``31.12.2026``, ``31.12.26`` or ``2026-12-31`` (a time after it is ignored).

    Raises:
        ValidationError: ``import.date.invalid``.
    """
    parsed = _date_and_time(text)
    return None if parsed is None else parsed[0]


def parse_datetime(
    text: str, zone: tzinfo | None = None, at: time | None = None
) -> datetime | None:
    """A moment: a date with an optional time (else ``at``, else noon).

    Args:
        text: The date cell, e.g. ``31.12.2026 14:30`` or ``2026-12-31T14:30:00+01:00``.
        zone: Time zone of times without an offset; ``None``: this computer's local zone.
        at: The time from a separate time cell; used when ``text`` holds only a date.

    Raises:
        ValidationError: ``import.date.invalid``.
    """
    parsed = _date_and_time(text)
    if parsed is None:
        return None
    day, moment = parsed
    moment = moment or at or NOON
    naive = datetime.combine(day, moment.replace(tzinfo=None))
    if moment.tzinfo is not None:
        return naive.replace(tzinfo=moment.tzinfo)
    if zone is not None:
        return naive.replace(tzinfo=zone)
    try:
        return naive.astimezone()  # this computer's zone, with the offset valid on that day
    except (OverflowError, OSError, ValueError):  # e.g. dates before 1970 on Windows
        return naive.replace(tzinfo=datetime.now().astimezone().tzinfo)


def parse_time(text: str) -> time | None:
    """A time of day: ``14:30``, ``14:30:15``, ``14.30 Uhr``, ``14 Uhr``, optionally ``+01:00``.

    Raises:
        ValidationError: ``import.time.invalid``.
    """
    if is_blank(text):
        return None
    match = _TIME.fullmatch(text.strip()) if len(text) <= MAX_VALUE_CHARS else None
    if match is None or (match["min"] is None and match["uhr"] is None):
        raise ValidationError("import.time.invalid", f"{quoted(text)} is not a time of day")
    hour, minute, second = int(match["h"]), int(match["min"] or 0), int(match["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError("import.time.invalid", f"{quoted(text)} is not a time of day")
    return time(hour, minute, second, tzinfo=_offset(match["tz"], text))


def _date_and_time(text: str) -> tuple[date, time | None] | None:
    if is_blank(text) or fold(text) in OPEN_ENDED | _NONE:
        return None
    match = _DATE.fullmatch(text.strip()) if len(text) <= MAX_VALUE_CHARS else None
    if match is None:
        raise ValidationError("import.date.invalid", f"{quoted(text)} is not a date")
    if match["y"] is not None:
        year = int(match["y"])
        if len(match["y"]) == 2:
            year += 2000 if year < 69 else 1900
        numbers = (year, int(match["m"]), int(match["d"]))
    else:
        numbers = (int(match["iy"]), int(match["im"]), int(match["id"]))
    if numbers == (9999, 12, 31):
        return None
    if not MIN_YEAR <= numbers[0] <= MAX_YEAR:
        raise ValidationError(
            "import.date.invalid", f"{quoted(text)}: year not between {MIN_YEAR} and {MAX_YEAR}"
        )
    try:
        day = date(*numbers)
    except ValueError as error:
        raise ValidationError("import.date.invalid", f"{quoted(text)} is not a date") from error
    if match["time"] is None:
        return day, None
    try:
        return day, parse_time(match["time"])
    except ValidationError as error:
        raise ValidationError("import.date.invalid", f"{quoted(text)} is not a date") from error


def _offset(raw: str | None, text: str) -> tzinfo | None:
    if raw is None:
        return None
    if raw.upper() == "Z":
        return UTC
    digits = raw[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 23 or minutes > 59:
        raise ValidationError("import.time.invalid", f"{quoted(text)} has a bad UTC offset")
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if raw.startswith("-") else delta)


def parse_months(text: str) -> int | None:
    """A number of months: ``12``, ``12 Monate``, ``24 months``, ``2 Jahre``, ``jährlich``.

    "nein", "keine", "no" mean none (e.g. no automatic renewal).

    Raises:
        ValidationError: ``import.months.invalid``.
    """
    folded = fold(text)
    if not folded or folded in _NONE:
        return None
    if folded in _EVERY:
        return _EVERY[folded]
    match = _COUNT.fullmatch(text.strip().casefold()) if len(text) <= MAX_VALUE_CHARS else None
    if match is None or match["rest"] or match["unit"] not in _MONTHS | _YEARS | {""}:
        raise ValidationError("import.months.invalid", f"{quoted(text)} is not a number of months")
    count = int(match["n"])
    return count * 12 if match["unit"] in _YEARS else count


def parse_cadence(text: str) -> int | None:
    """How often to be in touch, in days: ``30``, ``30 Tage``, ``6 Wochen``, ``2 months``.

    A bare number counts days; a month counts as 30 days.

    Raises:
        ValidationError: ``import.cadence.invalid``.
    """
    folded = fold(text)
    if not folded or folded in _NONE:
        return None
    match = _COUNT.fullmatch(text.strip().casefold()) if len(text) <= MAX_VALUE_CHARS else None
    if match is None or match["rest"] or match["unit"] not in _DAYS | _WEEKS | _MONTHS | {""}:
        raise ValidationError("import.cadence.invalid", f"{quoted(text)} is not a number of days")
    count = int(match["n"])
    if match["unit"] in _WEEKS:
        return count * 7
    return count * 30 if match["unit"] in _MONTHS else count


def parse_notice(text: str) -> tuple[NoticePeriod, NoticeAnchor | None] | None:
    """A notice period such as ``3 Monate``, ``6 weeks``, ``30 Tage zum Monatsende``.

    A bare number counts months. The anchor, if the cell names one ("zum Quartalsende",
    "to the end of the month", "zum Vertragsende", "end of term", "jederzeit"), comes second.

    Raises:
        ValidationError: ``import.notice.invalid``.
    """
    if is_blank(text) or fold(text) in _NONE:
        return None
    match = _COUNT.fullmatch(text.strip().casefold()) if len(text) <= MAX_VALUE_CHARS else None
    if match is None:
        raise ValidationError("import.notice.invalid", f"{quoted(text)} is not a notice period")
    amount, unit = int(match["n"]), match["unit"]
    if unit in _YEARS:
        amount, period_unit = amount * 12, PeriodUnit.MONTHS
    elif unit in _MONTHS or not unit:
        period_unit = PeriodUnit.MONTHS
    elif unit in _WEEKS:
        period_unit = PeriodUnit.WEEKS
    elif unit in _DAYS:
        period_unit = PeriodUnit.DAYS
    else:  # also "Werktage": working days are not calendar days, so do not guess
        raise ValidationError("import.notice.invalid", f"{quoted(text)}: unknown unit {unit!r}")
    anchor = None
    if not is_blank(match["rest"]):
        anchor = parse_anchor(match["rest"])
    return NoticePeriod(amount, period_unit), anchor


def parse_anchor(text: str) -> NoticeAnchor | None:
    """The day notice is given to, e.g. "zum Quartalsende", "end of month", "end of term".

    Raises:
        ValidationError: ``import.notice.invalid`` if the words name no known anchor.
    """
    folded = fold(text)
    if not folded:
        return None
    for anchor, words in _ANCHOR_WORDS:
        if any(word in folded for word in words):
            return anchor
    raise ValidationError("import.notice.invalid", f"{quoted(text)} names no notice date")


def parse_bool(text: str) -> bool | None:
    """Yes or no: ja/nein, yes/no, x, 1/0, wahr/falsch, true/false, ✓.

    Raises:
        ValidationError: ``import.bool.invalid``.
    """
    if text.strip() in _TICKS:
        return text.strip() not in {"☒", "✗", "✘"}
    folded = fold(text)
    if not folded:
        return None
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValidationError("import.bool.invalid", f"{quoted(text)} is neither yes nor no")


def parse_choice(text: str, enum_type: type[E]) -> E | None:
    """The member of ``enum_type`` named by ``text`` in English or German, case ignored.

    Raises:
        ValidationError: ``import.choice.invalid``.
    """
    if is_blank(text):
        return None
    member = member_for(enum_type, text)
    if member is None:
        choices = ", ".join(label_for(choice) for choice in enum_type)
        raise ValidationError("import.choice.invalid", f"{quoted(text)} is not one of: {choices}")
    return enum_type(member.value)


def parse_category(text: str) -> str:
    """A built-in category's value when ``text`` names one, else the text as typed."""
    member = member_for(PartnerCategory, text) if not is_blank(text) else None
    return member.value if member is not None else single_line(text)
