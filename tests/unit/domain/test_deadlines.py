"""Deadline math: BGB § 188 terms, notice counted backwards, working days, schedules."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementStatus,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.calendar_math import (
    add_months,
    earliest_end_for_notice,
    month_end,
    quarter_end,
)
from portfolio_app.domain.deadlines import (
    AgreementSchedule,
    Deadline,
    DeadlineKind,
    Urgency,
    notice_deadline,
    schedule,
    subtract_working_days,
    term_end,
    urgency,
)
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId

THREE_MONTHS = NoticePeriod(3, PeriodUnit.MONTHS)
SLA = Agreement(
    id=None,
    partner_id=PartnerId(1),
    title="IT SLA",
    start_date=date(2024, 1, 1),
    minimum_term_months=24,
    renewal_months=12,
    notice_period=THREE_MONTHS,
)


def with_(**changes: object) -> Agreement:
    return dataclasses.replace(SLA, **changes)  # type: ignore[arg-type]


# ---- term_end (BGB §§ 187(2), 188(2), 188(3))


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        pytest.param(date(2024, 3, 1), 24, date(2026, 2, 28), id="01.03.2024+24->28.02.2026"),
        pytest.param(date(2026, 1, 31), 1, date(2026, 2, 28), id="31.01.2026+1->28.02.2026"),
        pytest.param(date(2026, 1, 30), 1, date(2026, 2, 28), id="30.01.2026+1->28.02.2026"),
        pytest.param(date(2026, 1, 29), 1, date(2026, 2, 28), id="29.01.2026+1->28.02.2026"),
        pytest.param(date(2028, 1, 30), 1, date(2028, 2, 29), id="30.01.2028+1->29.02.2028"),
        pytest.param(date(2028, 1, 29), 1, date(2028, 2, 28), id="29.01.2028+1->28.02.2028"),
        pytest.param(date(2026, 1, 28), 1, date(2026, 2, 27), id="28.01.2026+1->27.02.2026"),
        pytest.param(date(2024, 2, 29), 12, date(2025, 2, 28), id="29.02.2024+12->28.02.2025"),
        pytest.param(date(2024, 2, 29), 48, date(2028, 2, 28), id="29.02.2024+48->28.02.2028"),
        pytest.param(date(2026, 1, 15), 1, date(2026, 2, 14), id="15.01.2026+1->14.02.2026"),
        pytest.param(date(2026, 1, 1), 12, date(2026, 12, 31), id="01.01.2026+12->31.12.2026"),
        pytest.param(date(2026, 3, 31), 1, date(2026, 4, 30), id="31.03.2026+1->30.04.2026"),
        pytest.param(date(2026, 5, 31), 1, date(2026, 6, 30), id="31.05.2026+1->30.06.2026"),
        pytest.param(date(2026, 8, 31), 3, date(2026, 11, 30), id="31.08.2026+3->30.11.2026"),
        pytest.param(date(2026, 12, 31), 2, date(2027, 2, 28), id="31.12.2026+2->28.02.2027"),
        pytest.param(date(2026, 10, 31), 1, date(2026, 11, 30), id="31.10.2026+1->30.11.2026"),
        pytest.param(date(2026, 11, 30), 1, date(2026, 12, 29), id="30.11.2026+1->29.12.2026"),
        pytest.param(date(2026, 12, 1), 1, date(2026, 12, 31), id="01.12.2026+1->31.12.2026"),
        pytest.param(date(2026, 12, 15), 1200, date(2126, 12, 14), id="15.12.2026+1200"),
    ],
)
def test_term_end(start: date, months: int, expected: date) -> None:
    assert term_end(start, months) == expected


def test_renewal_terms_start_the_day_after_the_previous_end() -> None:
    first = term_end(date(2026, 1, 31), 1)
    second = term_end(first + timedelta(days=1), 1)

    assert (first, second) == (date(2026, 2, 28), date(2026, 3, 31))


@pytest.mark.parametrize("months", [0, -1])
def test_term_end_needs_at_least_one_month(months: int) -> None:
    with pytest.raises(ValueError, match="at least one month"):
        term_end(date(2026, 1, 1), months)


# ---- notice_deadline (backwards from the day after the end)


@pytest.mark.parametrize(
    ("end", "notice", "expected"),
    [
        pytest.param(date(2026, 12, 31), THREE_MONTHS, date(2026, 9, 30), id="31.12.-3M->30.09."),
        pytest.param(
            date(2027, 2, 28), THREE_MONTHS, date(2026, 11, 30), id="28.02.2027-3M->30.11.2026"
        ),
        pytest.param(
            date(2026, 4, 30), THREE_MONTHS, date(2026, 1, 31), id="30.04.2026-3M->31.01.2026"
        ),
        pytest.param(
            date(2026, 3, 31),
            NoticePeriod(1, PeriodUnit.MONTHS),
            date(2026, 2, 28),
            id="31.03.2026-1M->28.02.2026",
        ),
        pytest.param(
            date(2028, 3, 31),
            NoticePeriod(1, PeriodUnit.MONTHS),
            date(2028, 2, 29),
            id="31.03.2028-1M->29.02.2028",
        ),
        pytest.param(
            date(2026, 5, 30), THREE_MONTHS, date(2026, 2, 27), id="30.05.2026-3M->27.02.2026"
        ),
        pytest.param(
            date(2026, 3, 31),
            NoticePeriod(6, PeriodUnit.WEEKS),
            date(2026, 2, 17),
            id="31.03.2026-6W->17.02.2026",
        ),
        pytest.param(
            date(2026, 3, 31),
            NoticePeriod(14, PeriodUnit.DAYS),
            date(2026, 3, 17),
            id="31.03.2026-14D->17.03.2026",
        ),
        pytest.param(
            date(2026, 12, 31),
            NoticePeriod(0, PeriodUnit.DAYS),
            date(2026, 12, 31),
            id="zero notice: the end itself",
        ),
    ],
)
def test_notice_deadline(end: date, notice: NoticePeriod, expected: date) -> None:
    assert notice_deadline(end, notice) == expected


def test_negative_notice_is_rejected() -> None:
    with pytest.raises(ValueError, match="negative notice"):
        notice_deadline(date(2026, 1, 1), NoticePeriod(-1, PeriodUnit.MONTHS))
    with pytest.raises(ValueError, match="negative notice"):
        earliest_end_for_notice(date(2026, 1, 1), NoticePeriod(-1, PeriodUnit.DAYS))


@pytest.mark.parametrize(
    ("today", "notice", "expected"),
    [
        (date(2025, 11, 28), THREE_MONTHS, date(2026, 2, 28)),
        (date(2025, 11, 30), THREE_MONTHS, date(2026, 2, 28)),
        (date(2025, 12, 1), THREE_MONTHS, date(2026, 3, 1)),
        (date(2026, 1, 30), NoticePeriod(1, PeriodUnit.MONTHS), date(2026, 2, 28)),
        (date(2026, 3, 10), NoticePeriod(6, PeriodUnit.WEEKS), date(2026, 4, 21)),
    ],
)
def test_earliest_end_for_notice_is_the_first_end_still_reachable(
    today: date, notice: NoticePeriod, expected: date
) -> None:
    assert earliest_end_for_notice(today, notice) == expected
    assert notice_deadline(expected, notice) >= today
    assert notice_deadline(expected - timedelta(days=1), notice) < today


# ---- small calendar helpers


def test_add_months_clamps_to_the_month_end_both_ways() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2027, 3, 1), -3) == date(2026, 12, 1)
    assert add_months(date(2026, 5, 31), -3) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 15), -13) == date(2024, 12, 15)


def test_month_and_quarter_ends() -> None:
    assert month_end(date(2028, 2, 3)) == date(2028, 2, 29)
    assert quarter_end(date(2026, 1, 1)) == date(2026, 3, 31)
    assert quarter_end(date(2026, 5, 31)) == date(2026, 6, 30)
    assert quarter_end(date(2026, 9, 30)) == date(2026, 9, 30)
    assert quarter_end(date(2026, 10, 1)) == date(2026, 12, 31)


# ---- subtract_working_days


@pytest.mark.parametrize(
    ("day", "working_days", "expected"),
    [
        pytest.param(date(2026, 3, 9), 3, date(2026, 3, 4), id="Mo 09.03.-3->Mi 04.03."),
        pytest.param(date(2026, 3, 12), 3, date(2026, 3, 9), id="Do 12.03.-3->Mo 09.03."),
        pytest.param(date(2026, 3, 14), 3, date(2026, 3, 11), id="Sa 14.03.-3->Mi 11.03."),
        pytest.param(date(2026, 3, 15), 3, date(2026, 3, 11), id="So 15.03.-3->Mi 11.03."),
        pytest.param(date(2026, 3, 15), 1, date(2026, 3, 13), id="So 15.03.-1->Fr 13.03."),
        pytest.param(date(2026, 3, 14), 5, date(2026, 3, 9), id="Sa 14.03.-5->Mo 09.03."),
        pytest.param(date(2026, 3, 11), 10, date(2026, 2, 25), id="Mi 11.03.-10->Mi 25.02."),
        pytest.param(date(2026, 3, 15), 0, date(2026, 3, 15), id="zero keeps a Sunday"),
    ],
)
def test_subtract_working_days(day: date, working_days: int, expected: date) -> None:
    assert subtract_working_days(day, working_days) == expected


def test_negative_working_days_are_rejected() -> None:
    with pytest.raises(ValueError, match="negative number"):
        subtract_working_days(date(2026, 3, 9), -1)


# ---- urgency


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 9), Urgency.OVERDUE),
        (date(2026, 3, 10), Urgency.SOON),
        (date(2026, 3, 24), Urgency.SOON),
        (date(2026, 3, 25), Urgency.LATER),
    ],
)
def test_urgency(day: date, expected: Urgency) -> None:
    assert urgency(day, date(2026, 3, 10)) is expected


# ---- schedule: statuses and missing data


@pytest.mark.parametrize("status", [AgreementStatus.DRAFT, AgreementStatus.EXPIRED])
def test_draft_and_expired_have_nothing_due(status: AgreementStatus) -> None:
    result = schedule(with_(status=status), date(2025, 6, 1))

    assert result == AgreementSchedule(None, None, False, None, None, None, None, None, True)


def test_without_start_end_or_anchor_there_is_no_schedule() -> None:
    bare = Agreement(
        id=None, partner_id=PartnerId(1), title="Handshake", notice_period=THREE_MONTHS
    )

    result = schedule(bare, date(2026, 3, 1))

    assert result == AgreementSchedule(None, None, False, None, None, None, None, None, False)


def test_minimum_term_without_start_date_gives_no_term() -> None:
    result = schedule(with_(start_date=None), date(2026, 3, 1))

    assert (result.term_end, result.next_end, result.renews_on) == (None, None, None)


def test_open_ended_with_anchor_but_no_start_counts_from_today() -> None:
    cleaning = Agreement(
        id=None,
        partner_id=PartnerId(1),
        title="Cleaning",
        notice_period=NoticePeriod(6, PeriodUnit.WEEKS),
        notice_anchor=NoticeAnchor.END_OF_MONTH,
    )

    result = schedule(cleaning, date(2026, 3, 10))

    assert (result.term_start, result.term_end) == (None, None)
    assert (result.next_end, result.last_notice_day) == (date(2026, 4, 30), date(2026, 3, 19))


def test_open_ended_with_end_of_term_anchor_has_no_end() -> None:
    result = schedule(with_(minimum_term_months=None, renewal_months=None), date(2026, 3, 1))

    assert (result.term_start, result.term_end) == (date(2024, 1, 1), None)
    assert (result.next_end, result.last_notice_day, result.ended) == (None, None, False)


def test_zero_minimum_and_renewal_months_count_as_none() -> None:
    zero = schedule(with_(minimum_term_months=0, renewal_months=0), date(2026, 3, 1))
    none = schedule(with_(minimum_term_months=None, renewal_months=None), date(2026, 3, 1))

    assert zero == none


def test_without_notice_period_the_next_end_is_the_next_term_end() -> None:
    result = schedule(with_(notice_period=None), date(2025, 12, 31))

    assert (result.next_end, result.last_notice_day, result.send_by) == (
        date(2025, 12, 31),
        None,
        None,
    )
    assert result.renews_on == date(2026, 1, 1)


def test_margin_is_configurable() -> None:
    today = date(2025, 9, 1)

    assert schedule(SLA, today, margin_working_days=0).send_by == date(2025, 9, 30)
    assert schedule(SLA, today, margin_working_days=10).send_by == date(2025, 9, 16)
    with pytest.raises(ValueError, match="negative delivery margin"):
        schedule(SLA, today, margin_working_days=-1)


def test_before_the_start_the_first_term_is_current() -> None:
    result = schedule(SLA, date(2023, 6, 1))

    assert (result.term_start, result.term_end, result.has_renewed) == (
        date(2024, 1, 1),
        date(2025, 12, 31),
        False,
    )
    assert result.next_end == date(2025, 12, 31)


def test_on_the_term_end_the_term_is_still_current() -> None:
    result = schedule(SLA, date(2025, 12, 31))

    assert (result.term_end, result.has_renewed, result.renews_on) == (
        date(2025, 12, 31),
        False,
        date(2026, 1, 1),
    )
    assert result.next_end == date(2026, 12, 31)


def test_renewal_with_anchor_other_than_end_of_term_only_describes_the_term() -> None:
    quarterly = with_(notice_anchor=NoticeAnchor.END_OF_QUARTER)

    result = schedule(quarterly, date(2026, 2, 1))

    assert (result.term_start, result.term_end, result.has_renewed) == (
        date(2026, 1, 1),
        date(2026, 12, 31),
        True,
    )
    assert (result.next_end, result.last_notice_day) == (date(2026, 6, 30), date(2026, 3, 31))
    assert result.renews_on == date(2027, 1, 1)


def test_fixed_end_reached_is_not_ended_yet_on_the_day() -> None:
    fixed = with_(end_date=date(2026, 6, 30), renewal_months=None)

    on_the_day = schedule(fixed, date(2026, 6, 30))
    next_day = schedule(fixed, date(2026, 7, 1))

    assert (on_the_day.next_end, on_the_day.ended) == (date(2026, 6, 30), False)
    assert (next_day.next_end, next_day.ended) == (None, True)


def test_minimum_term_without_renewal_runs_on_after_its_end() -> None:
    coffee = with_(renewal_months=None)

    result = schedule(coffee, date(2026, 3, 1))

    assert (result.term_start, result.term_end) == (date(2026, 1, 1), None)
    assert (result.next_end, result.ended) == (None, False)


# ---- schedule: terminated agreements


def terminated(**changes: object) -> Agreement:
    return with_(status=AgreementStatus.TERMINATED, **changes)


def test_terminated_uses_the_receipt_day_before_the_sent_day() -> None:
    late = terminated(notice_sent_on=date(2025, 9, 29), receipt_confirmed_on=date(2025, 10, 1))

    result = schedule(late, date(2025, 10, 15))

    assert result.next_end == date(2026, 12, 31)


def test_terminated_without_notice_dates_uses_the_fixed_end() -> None:
    result = schedule(terminated(end_date=date(2025, 12, 31)), date(2026, 3, 1))

    assert (result.next_end, result.ended) == (date(2025, 12, 31), True)


def test_terminated_without_any_date_runs_to_the_next_possible_end() -> None:
    result = schedule(terminated(), date(2025, 11, 1))

    assert (result.next_end, result.ended) == (date(2025, 12, 31), False)
    assert (result.last_notice_day, result.send_by, result.renews_on) == (None, None, None)
    assert result.renewal_months is None


def test_terminated_fixed_term_ends_at_its_end_date() -> None:
    fixed = terminated(
        end_date=date(2026, 6, 30), renewal_months=None, notice_sent_on=date(2026, 1, 5)
    )

    assert schedule(fixed, date(2026, 3, 1)).next_end == date(2026, 6, 30)


def test_terminated_with_late_notice_to_a_single_term_falls_back_to_that_term() -> None:
    once = terminated(renewal_months=None, notice_sent_on=date(2025, 11, 15))

    result = schedule(once, date(2025, 12, 1))

    assert (result.next_end, result.ended) == (date(2025, 12, 31), False)


def test_terminated_open_ended_without_any_end_has_none() -> None:
    result = schedule(terminated(minimum_term_months=None, renewal_months=None), date(2026, 1, 1))

    assert (result.next_end, result.ended) == (None, False)


# ---- Deadline


def test_deadline_is_a_frozen_value_with_notice_extras_defaulted() -> None:
    deadline = Deadline(
        day=date(2026, 9, 30),
        kind=DeadlineKind.NOTICE,
        urgency=Urgency.LATER,
        partner_id=PartnerId(7),
        partner_name="Kopierwerk GmbH",
        title="Copier lease",
        ref=ItemRef(ItemKind.AGREEMENT, 3),
    )

    assert (deadline.send_by, deadline.deputy) == (None, "")
    assert deadline.kind == "notice"
    with pytest.raises(dataclasses.FrozenInstanceError):
        deadline.day = date(2026, 10, 1)  # type: ignore[misc]


def test_deadline_kinds_and_urgencies_have_stable_values() -> None:
    assert [kind.value for kind in DeadlineKind] == [
        "notice",
        "agreement_end",
        "renewal",
        "follow_up",
        "goal_overdue",
        "promise_we_owe",
        "promise_they_owe",
    ]
    assert [level.value for level in Urgency] == ["overdue", "soon", "later"]
