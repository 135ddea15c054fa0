"""Property tests: the deadline math against a slow, day-by-day reference written here.

The reference follows the rules literally and independently of the implementation: terms
end when a day-by-day walk has completed the months (BGB § 188), possible ends are found by
walking the calendar one day at a time, and a last notice day is found by walking back from
the end until a notice received that day would still run out in time (forwards, § 188).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementStatus,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.calendar_math import earliest_end_for_notice
from portfolio_app.domain.deadlines import (
    Urgency,
    notice_deadline,
    schedule,
    subtract_working_days,
    term_end,
    urgency,
)
from portfolio_app.domain.ids import PartnerId

DAY = timedelta(days=1)
# Past a 60-month minimum term (or the fixed end), 12 months' notice and a 24-month renewal.
HORIZON = timedelta(days=61 * 31 + 1300)


def walk_limit(agreement: Agreement, today: date) -> date:
    assert agreement.start_date is not None
    return max(today, agreement.start_date, agreement.end_date or today) + HORIZON


MARGIN = 3

# ---- the reference


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def walk_term_end(start: date, months: int) -> date:
    """Walk day by day until ``months`` whole months from ``start`` are complete."""
    day = start + DAY
    while not (
        months_between(start, day) > months
        or (months_between(start, day) == months and day.day >= start.day)
    ):
        day += DAY
    return day - DAY


def period_end(first_day: date, notice: NoticePeriod) -> date:
    """Last day of a notice period that starts on ``first_day`` (forwards, BGB § 188)."""
    if notice.unit is PeriodUnit.DAYS:
        return first_day + timedelta(days=notice.amount - 1)
    if notice.unit is PeriodUnit.WEEKS:
        return first_day + timedelta(days=7 * notice.amount - 1)
    index = first_day.year * 12 + first_day.month - 1 + notice.amount
    year, month = divmod(index, 12)
    if first_day.day <= calendar.monthrange(year, month + 1)[1]:
        return date(year, month + 1, first_day.day) - DAY
    return date(year, month + 2, 1) - DAY if month + 2 <= 12 else date(year + 1, 1, 1) - DAY


def walk_back_notice_day(end: date, notice: NoticePeriod) -> date:
    """Latest receipt day whose notice period (from the next day) runs out by ``end``."""
    day = end
    while period_end(day + DAY, notice) > end:
        day -= DAY
    return day


def walk_back_working_days(day: date, count: int) -> date:
    while count:
        day -= DAY
        if day.isoweekday() <= 5:
            count -= 1
    return day


def is_anchor_day(anchor: NoticeAnchor, day: date) -> bool:
    tomorrow = day + DAY
    if anchor is NoticeAnchor.END_OF_MONTH:
        return tomorrow.day == 1
    if anchor is NoticeAnchor.END_OF_QUARTER:
        return tomorrow.day == 1 and tomorrow.month in (1, 4, 7, 10)
    return True


@dataclass(frozen=True)
class Expected:
    term_start: date | None
    term_end: date | None
    has_renewed: bool
    next_end: date | None
    last_notice_day: date | None
    send_by: date | None
    renews_on: date | None
    renewal_months: int | None
    ended: bool


def reference(agreement: Agreement, today: date) -> Expected:
    start = agreement.start_date
    assert start is not None
    renewal = agreement.renewal_months or 0
    minimum = agreement.minimum_term_months or 0
    minimum_end = walk_term_end(start, minimum) if minimum else None
    first_end = agreement.end_date or minimum_end
    hard = agreement.end_date if not renewal else None

    terms: list[tuple[date, date]] = []
    if first_end is not None:
        terms.append((start, first_end))
        while renewal and terms[-1][1] < walk_limit(agreement, today):
            begin = terms[-1][1] + DAY
            terms.append((begin, walk_term_end(begin, renewal)))

    current = next(
        ((s, e, i) for i, (s, e) in enumerate(terms) if e >= today),
        None,
    )
    if current is not None:
        term_start, current_end, renewals = current[0], current[1], current[2]
    elif first_end is None:
        term_start, current_end, renewals = start, None, 0
    elif hard is not None:
        term_start, current_end, renewals = start, hard, 0
    else:
        term_start, current_end, renewals = first_end + DAY, None, 0

    next_end, notice_day = reference_next_end(agreement, today, terms, hard, minimum_end)
    return Expected(
        term_start=term_start,
        term_end=current_end,
        has_renewed=renewals > 0,
        next_end=next_end,
        last_notice_day=notice_day,
        send_by=None if notice_day is None else walk_back_working_days(notice_day, MARGIN),
        renews_on=current_end + DAY if renewal and current_end is not None else None,
        renewal_months=renewal or None,
        ended=hard is not None and today > hard,
    )


def reference_next_end(
    agreement: Agreement,
    today: date,
    terms: list[tuple[date, date]],
    hard: date | None,
    minimum_end: date | None,
) -> tuple[date | None, date | None]:
    start = agreement.start_date
    assert start is not None
    earliest = minimum_end or start
    term_ends = {end for _, end in terms}
    notice = agreement.notice_period
    day = max(start, today)  # no end before today can be reached
    while day <= walk_limit(agreement, today):
        if hard is not None and day > hard:
            return None, None
        if hard is not None and day == hard:
            return day, None
        if agreement.notice_anchor is NoticeAnchor.END_OF_TERM:
            possible = day in term_ends
        else:
            possible = day >= earliest and is_anchor_day(agreement.notice_anchor, day)
        if possible and notice is None:
            return day, None
        if possible and notice is not None and period_end(today + DAY, notice) <= day:
            return day, walk_back_notice_day(day, notice)
        day += DAY
    return None, None


# ---- strategies

notices = st.one_of(
    st.none(),
    st.builds(NoticePeriod, st.integers(1, 90), st.just(PeriodUnit.DAYS)),
    st.builds(NoticePeriod, st.integers(1, 12), st.just(PeriodUnit.WEEKS)),
    st.builds(NoticePeriod, st.integers(1, 12), st.just(PeriodUnit.MONTHS)),
)
starts = st.dates(date(2000, 1, 1), date(2040, 12, 31))


@st.composite
def agreements_and_todays(draw: st.DrawFn) -> tuple[Agreement, date]:
    start = draw(starts)
    fixed_end = draw(st.none() | st.integers(0, 3650).map(lambda n: start + timedelta(days=n)))
    agreement = Agreement(
        id=None,
        partner_id=PartnerId(1),
        title="Generated",
        start_date=start,
        end_date=fixed_end,
        minimum_term_months=draw(st.integers(0, 60)),
        renewal_months=draw(st.sampled_from([0, 1, 3, 6, 12, 24])),
        notice_period=draw(notices),
        notice_anchor=draw(st.sampled_from(NoticeAnchor)),
    )
    today = start + timedelta(days=draw(st.integers(-400, 3652)))
    return agreement, today


# ---- properties


@settings(max_examples=300, deadline=None)
@given(agreements_and_todays())
def test_schedule_matches_the_day_by_day_reference(case: tuple[Agreement, date]) -> None:
    agreement, today = case

    result = schedule(agreement, today, margin_working_days=MARGIN)

    assert Expected(
        result.term_start,
        result.term_end,
        result.has_renewed,
        result.next_end,
        result.last_notice_day,
        result.send_by,
        result.renews_on,
        result.renewal_months,
        result.ended,
    ) == reference(agreement, today)


@settings(max_examples=200, deadline=None)
@given(agreements_and_todays())
def test_active_schedule_invariants(case: tuple[Agreement, date]) -> None:
    agreement, today = case

    result = schedule(agreement, today)

    if result.next_end is not None:
        assert result.next_end >= today
    if result.last_notice_day is not None:
        assert result.next_end is not None
        assert today <= result.last_notice_day <= result.next_end
        assert result.send_by is not None
        assert result.send_by < result.last_notice_day
        assert result.send_by.isoweekday() <= 5
    if result.term_end is not None and result.term_start is not None:
        assert result.term_start <= result.term_end
    if result.renews_on is not None:
        assert result.term_end is not None
        assert result.renews_on == result.term_end + DAY


@settings(max_examples=100, deadline=None)
@given(agreements_and_todays(), st.none() | st.integers(-200, 400))
def test_terminated_never_asks_for_notice_or_renews(
    case: tuple[Agreement, date], sent_offset: int | None
) -> None:
    agreement, today = case
    sent = None if sent_offset is None else today - timedelta(days=sent_offset)
    terminated = Agreement(
        id=None,
        partner_id=agreement.partner_id,
        title=agreement.title,
        status=AgreementStatus.TERMINATED,
        start_date=agreement.start_date,
        end_date=agreement.end_date,
        minimum_term_months=agreement.minimum_term_months,
        renewal_months=agreement.renewal_months,
        notice_period=agreement.notice_period,
        notice_anchor=agreement.notice_anchor,
        notice_sent_on=sent,
    )

    result = schedule(terminated, today)

    assert (result.last_notice_day, result.send_by, result.renews_on) == (None, None, None)
    assert result.ended == (result.next_end is not None and result.next_end < today)


@settings(max_examples=300, deadline=None)
@given(starts, st.integers(1, 60))
def test_term_end_matches_the_day_by_day_walk(start: date, months: int) -> None:
    assert term_end(start, months) == walk_term_end(start, months)


@settings(max_examples=300, deadline=None)
@given(starts, notices.filter(lambda notice: notice is not None))
def test_notice_deadline_matches_walking_back(end: date, notice: NoticePeriod | None) -> None:
    assert notice is not None
    assert notice_deadline(end, notice) == walk_back_notice_day(end, notice)


@settings(max_examples=300, deadline=None)
@given(starts, notices.filter(lambda notice: notice is not None))
def test_earliest_end_for_notice_is_minimal(today: date, notice: NoticePeriod | None) -> None:
    assert notice is not None

    end = earliest_end_for_notice(today, notice)

    assert notice_deadline(end, notice) >= today
    assert notice_deadline(end - DAY, notice) < today
    assert period_end(today + DAY, notice) <= end


@settings(max_examples=200, deadline=None)
@given(starts, st.integers(0, 30))
def test_subtract_working_days_counts_weekdays_only(day: date, count: int) -> None:
    result = subtract_working_days(day, count)

    between = [result + timedelta(days=n) for n in range((day - result).days)]
    assert sum(1 for d in between if d.isoweekday() <= 5) == count
    if count:
        assert result.isoweekday() <= 5


@given(starts, st.integers(-40, 40))
def test_urgency_thresholds(today: date, offset: int) -> None:
    level = urgency(today + timedelta(days=offset), today)

    expected = Urgency.OVERDUE if offset < 0 else Urgency.SOON if offset <= 14 else Urgency.LATER
    assert level is expected
