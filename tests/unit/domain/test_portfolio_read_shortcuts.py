"""The shortcuts of the portfolio-wide reads give what the straightforward rules give.

Costs, reminders and schedules of a whole portfolio skip work that cannot change their
result (schedules of active agreements for costs, every month of the projection, terms
before the current one, the weekday of the first of a month). Each shortcut is compared
here with the plain computation it replaces, on generated agreements.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementStatus,
    BillingPeriod,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.calendar_math import days_in_month
from portfolio_app.domain.costs import (
    HOME_CURRENCY,
    bill_in_month,
    cost_overview,
    ending_day,
    home_annual_by_partner,
    is_running,
    month_projection,
    overview_of_running,
    running_ends,
)
from portfolio_app.domain.deadlines import _Rules, has_possible_end, schedule
from portfolio_app.domain.ids import AgreementId, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.reminders import may_need_notice, notice_due

PARTNERS = {
    PartnerId(1): Partner(PartnerId(1), "Acme", category="IT"),
    PartnerId(2): Partner(PartnerId(2), "beta", category="IT"),
    PartnerId(3): Partner(PartnerId(3), "Gamma", category="Facility"),
}

notices = st.none() | st.builds(NoticePeriod, st.integers(1, 12), st.sampled_from(list(PeriodUnit)))
values = st.none() | st.builds(
    Money,
    st.integers(0, 10**7).map(lambda cents: Decimal(cents).scaleb(-2)),
    st.sampled_from([HOME_CURRENCY, HOME_CURRENCY, "USD"]),
)
optional_days = st.none() | st.dates(date(2015, 1, 1), date(2030, 12, 31))


@st.composite
def portfolios(draw: st.DrawFn) -> tuple[list[Agreement], date]:
    """Agreements of every status (some of a partner not in :data:`PARTNERS`) and a day."""
    today = draw(st.dates(date(2020, 1, 1), date(2028, 12, 31)))
    found = []
    for number in range(draw(st.integers(0, 12))):
        start = draw(st.none() | st.dates(date(2012, 1, 1), date(2030, 12, 31)))
        length = draw(st.none() | st.integers(0, 3650))
        end = None if length is None else (start or today) + timedelta(days=length)
        found.append(
            Agreement(
                id=AgreementId(number + 1),
                partner_id=PartnerId(draw(st.integers(1, 4))),
                title=draw(st.sampled_from(["Lease", "lease", "SLA", "Wartung"])),
                status=draw(st.sampled_from(list(AgreementStatus))),
                start_date=start,
                end_date=end,
                minimum_term_months=draw(st.none() | st.integers(1, 60)),
                notice_period=draw(notices),
                notice_anchor=draw(st.sampled_from(list(NoticeAnchor))),
                renewal_months=draw(st.none() | st.sampled_from([1, 3, 12, 24])),
                value=draw(values),
                billing_period=draw(st.sampled_from(list(BillingPeriod))),
                notice_sent_on=draw(optional_days),
                receipt_confirmed_on=draw(optional_days),
            )
        )
    return found, today


@settings(max_examples=200, deadline=None)
@given(portfolios())
def test_running_ends_equal_the_schedules_verdict(case: tuple[list[Agreement], date]) -> None:
    agreements, today = case
    expected = [
        (agreement, ending_day(agreement, plan))
        for agreement in agreements
        if is_running(agreement, plan := schedule(agreement, today))
    ]

    assert running_ends(agreements, today) == expected


@settings(max_examples=200, deadline=None)
@given(portfolios())
def test_overview_of_running_equals_the_overview_of_every_schedule(
    case: tuple[list[Agreement], date],
) -> None:
    agreements, today = case
    expected = cost_overview(
        [(agreement, schedule(agreement, today)) for agreement in agreements], PARTNERS, today
    )

    assert overview_of_running(running_ends(agreements, today), PARTNERS, today) == expected


@settings(max_examples=200, deadline=None)
@given(portfolios())
def test_home_annual_by_partner_equals_the_overviews_home_amounts(
    case: tuple[list[Agreement], date],
) -> None:
    agreements, today = case
    running = [item for item in running_ends(agreements, today) if item[0].partner_id in PARTNERS]
    overview = overview_of_running(running, PARTNERS, today)

    assert home_annual_by_partner(running) == {
        partner_id: money.amount
        for partner_id, _, money in overview.by_partner
        if money.currency == HOME_CURRENCY
    }


@settings(max_examples=200, deadline=None)
@given(portfolios(), st.integers(1, 30))
def test_month_projection_equals_billing_each_month(
    case: tuple[list[Agreement], date], months: int
) -> None:
    agreements, today = case
    running = [(a, plan) for a in agreements if is_running(a, plan := schedule(a, today))]
    firsts = [
        date(today.year + (today.month - 1 + step) // 12, (today.month - 1 + step) % 12 + 1, 1)
        for step in range(months)
    ]
    currencies = sorted(
        {HOME_CURRENCY} | {a.value.currency for a, _ in running if a.value is not None},
        key=lambda currency: (currency != HOME_CURRENCY, currency),
    )
    expected: list[tuple[date, Money]] = []
    for first in firsts:
        due = dict.fromkeys(currencies, Decimal(0))
        for agreement, plan in running:
            bill = bill_in_month(agreement, ending_day(agreement, plan), first)
            if bill is not None:
                due[bill.currency] += bill.amount
        expected.extend((first, Money(due[currency], currency)) for currency in currencies)

    assert month_projection(running, today, months) == expected


@settings(max_examples=200, deadline=None)
@given(portfolios())
def test_no_notice_is_due_where_may_need_notice_says_so(
    case: tuple[list[Agreement], date],
) -> None:
    agreements, today = case
    for agreement in agreements:
        if not may_need_notice(agreement):
            assert notice_due(agreement, schedule(agreement, today)) is None


@settings(max_examples=300, deadline=None)
@given(portfolios())
def test_the_next_end_searched_from_the_current_term_is_the_same(
    case: tuple[list[Agreement], date],
) -> None:
    agreements, today = case
    for agreement in agreements:
        rules = _Rules.of(agreement)
        start, end, _renewals = rules.current_term(today)
        current = None if end is None else (start, end)

        assert rules.next_end(today, current=current) == rules.next_end(today)


@settings(max_examples=300, deadline=None)
@given(portfolios(), st.integers(-800, 4000))
def test_without_a_possible_end_nothing_is_ever_due(
    case: tuple[list[Agreement], date], offset: int
) -> None:
    agreements, today = case
    day = today + timedelta(days=offset)
    for agreement in agreements:
        if has_possible_end(agreement):
            continue
        plan = schedule(agreement, day)

        assert (plan.next_end, plan.last_notice_day, plan.renews_on) == (None, None, None)
        assert ending_day(agreement, plan) is None
        assert notice_due(agreement, plan) is None


def test_has_possible_end_needs_a_term_only_for_notice_to_the_end_of_term() -> None:
    open_ended = Agreement(None, PartnerId(1), "Open", start_date=date(2020, 1, 1))

    assert not has_possible_end(open_ended)
    assert has_possible_end(replace(open_ended, minimum_term_months=12))
    assert not has_possible_end(replace(open_ended, minimum_term_months=12, start_date=None))
    assert has_possible_end(replace(open_ended, end_date=date(2030, 1, 1)))
    assert has_possible_end(replace(open_ended, notice_anchor=NoticeAnchor.END_OF_MONTH))


def test_days_in_month_equals_the_calendar_module() -> None:
    for year in (*range(1, 30), *range(1890, 2110), 2400, 9999):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1]
    for month in (0, 13):
        with pytest.raises(ValueError, match="no such month"):
            days_in_month(2026, month)
