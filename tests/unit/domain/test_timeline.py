"""Timeline items: agreement spans with renewal ticks and notice days, notes, goals."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone

from portfolio_app.domain.agreement import Agreement, AgreementStatus, NoticePeriod, PeriodUnit
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.ids import (
    AgreementId,
    GoalId,
    GoalUpdateId,
    ItemKind,
    ItemRef,
    PartnerId,
)
from portfolio_app.domain.note import Channel
from portfolio_app.domain.timeline import (
    GroupBy,
    MarkKind,
    NoteHeader,
    TimelineLane,
    agreement_items,
    goal_due_item,
    goal_update_item,
    note_item,
    renewal_starts,
)

ACME = PartnerId(1)
TODAY = date(2026, 11, 29)


def leasing(**changes: object) -> Agreement:
    fields: dict[str, object] = {
        "id": AgreementId(7),
        "partner_id": ACME,
        "title": "Leasing Kopierer",
        "start_date": date(2025, 3, 1),
        "minimum_term_months": 24,
        "notice_period": NoticePeriod(3, PeriodUnit.MONTHS),
        "renewal_months": 12,
    }
    fields.update(changes)
    return Agreement(**fields)  # type: ignore[arg-type]


def test_renewal_terms_begin_after_the_minimum_term_and_then_yearly() -> None:
    assert renewal_starts(leasing(), date(2029, 12, 31)) == (
        date(2027, 3, 1),
        date(2028, 3, 1),
        date(2029, 3, 1),
    )


def test_no_renewal_ticks_without_automatic_renewal_or_after_the_end() -> None:
    assert renewal_starts(leasing(renewal_months=None), date(2030, 1, 1)) == ()
    assert renewal_starts(leasing(end_date=date(2028, 6, 30)), date(2030, 1, 1)) == (
        date(2027, 3, 1),
        date(2028, 3, 1),
    )


def test_a_running_agreement_is_an_open_ended_span_with_its_last_notice_day() -> None:
    span, notice = agreement_items(leasing(), date(2027, 12, 31), TODAY)

    assert span.kind is MarkKind.AGREEMENT
    assert span.ref == ItemRef(ItemKind.AGREEMENT, 7)
    assert span.open_ended
    assert span.last_day == date.max
    assert span.renewals == (date(2027, 3, 1),)
    assert notice.kind is MarkKind.NOTICE
    assert notice.start == date(2026, 11, 30)
    assert notice.detail == "2027-02-28"


def test_an_agreement_with_an_end_is_a_closed_span_without_notice_when_expired() -> None:
    items = agreement_items(
        leasing(end_date=date(2026, 2, 28), status=AgreementStatus.EXPIRED, renewal_months=None),
        date(2027, 1, 1),
        TODAY,
    )

    assert [item.kind for item in items] == [MarkKind.AGREEMENT]
    assert not items[0].open_ended
    assert items[0].overlaps(date(2026, 2, 28), date(2026, 3, 31))
    assert not items[0].overlaps(date(2026, 3, 1), date(2026, 3, 31))


def test_a_note_lies_on_its_local_day() -> None:
    header = NoteHeader(3, ACME, datetime(2026, 11, 2, 23, 30, tzinfo=UTC), "Call", Channel.CALL)

    item = note_item(header, timezone(timedelta(hours=1)))

    assert item.start == date(2026, 11, 3)
    assert item.ref == ItemRef(ItemKind.NOTE, 3)
    assert item.detail == "call"


def test_goal_updates_open_the_goal_and_only_open_goals_show_their_target() -> None:
    goal = SharedGoal(GoalId(4), ACME, "Druckkosten senken", target_date=date(2027, 6, 30))
    update = GoalUpdate(GoalUpdateId(9), GoalId(4), date(2026, 5, 1), GoalStatus.AT_RISK)

    assert goal_update_item(goal, update).ref == ItemRef(ItemKind.GOAL, 4)
    assert goal_update_item(goal, update).detail == "at_risk"
    due = goal_due_item(goal)
    assert due is not None
    assert due.start == date(2027, 6, 30)
    assert goal_due_item(SharedGoal(GoalId(5), ACME, "Done", status=GoalStatus.ACHIEVED)) is None


def test_lanes_group_by_category_or_status() -> None:
    lane = TimelineLane(ACME, "Acme", "print", "active")

    assert lane.group_key(GroupBy.CATEGORY) == "print"
    assert lane.group_key(GroupBy.STATUS) == "active"
    assert lane.group_key(GroupBy.NONE) == ""


def test_renewal_ticks_from_a_later_day_match_walking_through_every_term() -> None:
    for start in (date(2015, 1, 1), date(2015, 1, 28), date(2015, 1, 31), date(2016, 2, 29)):
        for months in (1, 3, 12):
            agreement = leasing(start_date=start, minimum_term_months=months * 2)
            agreement = dataclasses.replace(agreement, renewal_months=months)
            every = renewal_starts(agreement, date(2030, 1, 1))
            since = date(2026, 5, 15)

            assert renewal_starts(agreement, date(2030, 1, 1), since) == tuple(
                day for day in every if day >= since
            )
