"""DeadlineService: notice days, ends, renewals, follow-ups and late goals, in one list."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementStatus,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.deadlines import Deadline, DeadlineKind, Urgency
from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.ids import AgreementId, GoalId, ItemKind, ItemRef, NoteId, PartnerId
from portfolio_app.domain.note import CommunicationNote, FollowUp
from portfolio_app.domain.partner import Partner
from portfolio_app.services.deadlines import DeadlineService
from tests.unit.services.fakes import FakeData, FakeUnitOfWork

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 30)
ONE_MONTH = NoticePeriod(1, PeriodUnit.MONTHS)
THREE_MONTHS = NoticePeriod(3, PeriodUnit.MONTHS)
ACME, GLOBEX, GONE = PartnerId(1), PartnerId(2), PartnerId(3)


def agreement(number: int, partner_id: PartnerId, title: str, **fields: object) -> Agreement:
    return Agreement(AgreementId(number), partner_id, title, **fields)  # type: ignore[arg-type]


def renewing(number: int, partner_id: PartnerId, title: str, **fields: object) -> Agreement:
    """Terms 01.03.–28.02., one month's notice: last notice day 31.01.2027."""
    return agreement(
        number,
        partner_id,
        title,
        start_date=date(2025, 3, 1),
        minimum_term_months=12,
        renewal_months=12,
        notice_period=ONE_MONTH,
        **fields,
    )


def note(
    number: int, partner_id: PartnerId, subject: str, follow_up: FollowUp
) -> CommunicationNote:
    return CommunicationNote(NoteId(number), partner_id, NOW, subject, follow_up=follow_up)


def goal(
    number: int, partner_id: PartnerId, title: str, target: date | None, status: GoalStatus
) -> SharedGoal:
    return SharedGoal(GoalId(number), partner_id, title, target_date=target, status=status)


@pytest.fixture
def data() -> FakeData:
    data = FakeData()
    for partner_id, name in ((ACME, "Acme"), (GLOBEX, "Globex"), (GONE, "Gone")):
        data.partners[partner_id] = Partner(partner_id, name)
    return data


@pytest.fixture
def service(data: FakeData) -> DeadlineService:
    return DeadlineService(FakeUnitOfWork(data).factory, lambda: NOW)


def rows(deadlines: list[Deadline]) -> list[tuple[date, DeadlineKind, str, str]]:
    return [(d.day, d.kind, d.partner_name, d.title) for d in deadlines]


def test_an_auto_renewing_agreement_has_a_notice_day_and_a_renewal(
    data: FakeData, service: DeadlineService
) -> None:
    data.agreements[1] = renewing(1, ACME, "Wartung", deputy="Bea Vertretung")

    [notice, renewal] = service.upcoming(horizon_days=120)

    assert notice == Deadline(
        day=date(2027, 1, 31),
        kind=DeadlineKind.NOTICE,
        urgency=Urgency.LATER,
        partner_id=ACME,
        partner_name="Acme",
        title="Wartung",
        ref=ItemRef(ItemKind.AGREEMENT, 1),
        send_by=date(2027, 1, 27),
        deputy="Bea Vertretung",
    )
    assert (renewal.day, renewal.kind, renewal.send_by, renewal.deputy) == (
        date(2027, 3, 1),
        DeadlineKind.RENEWAL,
        None,
        "",
    )


def test_everything_is_listed_by_day_with_overdue_items_first(
    data: FakeData, service: DeadlineService
) -> None:
    data.agreements[1] = renewing(1, ACME, "Wartung")
    data.agreements[2] = agreement(
        2,
        GLOBEX,
        "Leasing",
        start_date=date(2025, 2, 1),
        end_date=date(2027, 1, 31),
        notice_period=THREE_MONTHS,
    )
    data.notes[1] = note(1, ACME, "Jahresgespräch", FollowUp("Angebot prüfen", date(2026, 11, 20)))
    data.goals[1] = goal(1, GLOBEX, "Kosten senken", date(2026, 10, 31), GoalStatus.AT_RISK)

    found = service.upcoming()

    assert rows(found) == [
        (date(2026, 10, 31), DeadlineKind.GOAL_OVERDUE, "Globex", "Kosten senken"),
        (date(2026, 11, 20), DeadlineKind.FOLLOW_UP, "Acme", "Jahresgespräch"),
        (date(2027, 1, 31), DeadlineKind.NOTICE, "Acme", "Wartung"),
        (date(2027, 1, 31), DeadlineKind.AGREEMENT_END, "Globex", "Leasing"),
    ]
    assert [d.urgency for d in found] == [Urgency.OVERDUE] * 2 + [Urgency.LATER] * 2
    assert [d.ref for d in found[:2]] == [ItemRef(ItemKind.GOAL, 1), ItemRef(ItemKind.NOTE, 1)]


def test_a_fixed_end_without_renewal_ends_without_notice(
    data: FakeData, service: DeadlineService
) -> None:
    data.agreements[1] = agreement(
        1,
        ACME,
        "Projekt",
        start_date=date(2025, 2, 1),
        end_date=date(2026, 12, 10),
        notice_period=THREE_MONTHS,
    )

    [end] = service.upcoming()

    assert (end.day, end.kind, end.urgency) == (
        date(2026, 12, 10),
        DeadlineKind.AGREEMENT_END,
        Urgency.SOON,
    )


def test_a_terminated_agreement_only_has_its_end(data: FakeData, service: DeadlineService) -> None:
    data.agreements[1] = renewing(
        1,
        ACME,
        "Wartung",
        status=AgreementStatus.TERMINATED,
        notice_sent_on=date(2026, 11, 1),
    )

    assert rows(service.upcoming()) == [
        (date(2027, 2, 28), DeadlineKind.AGREEMENT_END, "Acme", "Wartung")
    ]


@pytest.mark.parametrize("status", [AgreementStatus.DRAFT, AgreementStatus.EXPIRED])
def test_draft_and_expired_agreements_have_no_deadlines(
    data: FakeData, service: DeadlineService, status: AgreementStatus
) -> None:
    data.agreements[1] = renewing(1, ACME, "Wartung", status=status)

    assert service.upcoming() == []


def test_the_horizon_limits_what_lies_ahead_but_never_what_is_overdue(
    data: FakeData, service: DeadlineService
) -> None:
    data.agreements[1] = renewing(1, ACME, "Wartung")
    data.notes[1] = note(1, ACME, "Alt", FollowUp("Rückruf", date(2025, 1, 2)))
    data.notes[2] = note(2, ACME, "Heute", FollowUp("Rückruf", TODAY))
    data.notes[3] = note(3, ACME, "Bald", FollowUp("Rückruf", date(2026, 12, 30)))

    assert [d.title for d in service.upcoming(horizon_days=0)] == ["Alt", "Heute"]
    assert [d.title for d in service.upcoming(horizon_days=30)] == ["Alt", "Heute", "Bald"]
    assert len(service.upcoming(horizon_days=62)) == 4  # + the notice day 31.01.2027


def test_done_and_undated_follow_ups_and_closed_or_future_goals_are_left_out(
    data: FakeData, service: DeadlineService
) -> None:
    data.notes[1] = note(1, ACME, "Erledigt", FollowUp("x", date(2026, 11, 1), done=True))
    data.notes[2] = note(2, ACME, "Ohne Datum", FollowUp("x"))
    data.goals[1] = goal(1, ACME, "Erreicht", date(2026, 1, 1), GoalStatus.ACHIEVED)
    data.goals[2] = goal(2, ACME, "Verworfen", date(2026, 1, 1), GoalStatus.DROPPED)
    data.goals[3] = goal(3, ACME, "Später", date(2027, 1, 1), GoalStatus.ON_TRACK)
    data.goals[4] = goal(4, ACME, "Heute fällig", TODAY, GoalStatus.PLANNED)
    data.goals[5] = goal(5, ACME, "Ohne Ziel", None, GoalStatus.PLANNED)
    data.goals[6] = goal(6, ACME, "Überfällig", date(2026, 11, 29), GoalStatus.PLANNED)

    assert rows(service.upcoming()) == [
        (date(2026, 11, 29), DeadlineKind.GOAL_OVERDUE, "Acme", "Überfällig")
    ]


def test_records_in_the_trash_and_records_of_trashed_partners_are_left_out(
    data: FakeData, service: DeadlineService
) -> None:
    data.agreements[1] = renewing(1, ACME, "Im Papierkorb")
    data.agreements[2] = renewing(2, GONE, "Partner gelöscht")
    data.notes[1] = note(1, GONE, "Partner gelöscht", FollowUp("x", date(2026, 11, 1)))
    data.goals[1] = goal(1, ACME, "Im Papierkorb", date(2026, 1, 1), GoalStatus.AT_RISK)
    data.agreements[3] = renewing(3, GLOBEX, "Bleibt")
    data.trashed[ItemRef(ItemKind.AGREEMENT, 1)] = NOW
    data.trashed[ItemRef(ItemKind.GOAL, 1)] = NOW
    data.trashed[ItemRef(ItemKind.PARTNER, GONE)] = NOW

    assert {d.title for d in service.upcoming(horizon_days=365)} == {"Bleibt"}


def test_items_of_one_day_are_ordered_by_kind_then_partner(
    data: FakeData, service: DeadlineService
) -> None:
    due = date(2026, 12, 5)
    data.goals[1] = goal(1, GLOBEX, "Ziel", date(2026, 11, 1), GoalStatus.AT_RISK)
    data.notes[1] = note(1, GLOBEX, "Globex-Notiz", FollowUp("x", due))
    data.notes[2] = note(2, ACME, "Acme-Notiz", FollowUp("x", due))
    data.agreements[1] = agreement(1, GLOBEX, "Ende", start_date=date(2026, 1, 1), end_date=due)

    assert [(d.kind, d.partner_name) for d in service.upcoming()] == [
        (DeadlineKind.GOAL_OVERDUE, "Globex"),
        (DeadlineKind.AGREEMENT_END, "Globex"),
        (DeadlineKind.FOLLOW_UP, "Acme"),
        (DeadlineKind.FOLLOW_UP, "Globex"),
    ]


def test_next_by_partner_is_each_partners_earliest_item_even_far_ahead(
    data: FakeData, service: DeadlineService
) -> None:
    data.agreements[1] = agreement(
        1,
        ACME,
        "Langläufer",
        start_date=date(2020, 1, 1),
        minimum_term_months=12,
        renewal_months=12,
        notice_period=NoticePeriod(6, PeriodUnit.MONTHS),
    )
    data.agreements[2] = renewing(2, GLOBEX, "Wartung")
    data.notes[1] = note(1, GLOBEX, "Überfällig", FollowUp("x", date(2026, 6, 1)))

    earliest = service.next_by_partner()

    assert {pid: (d.day, d.kind) for pid, d in earliest.items()} == {
        ACME: (date(2027, 1, 1), DeadlineKind.RENEWAL),
        GLOBEX: (date(2026, 6, 1), DeadlineKind.FOLLOW_UP),
    }


def test_a_partner_without_deadlines_is_not_in_next_by_partner(
    data: FakeData, service: DeadlineService
) -> None:
    data.agreements[1] = renewing(1, ACME, "Wartung")

    assert set(service.next_by_partner()) == {ACME}


def test_schedule_for_is_computed_for_today_with_the_margin(data: FakeData) -> None:
    service = DeadlineService(FakeUnitOfWork(data).factory, lambda: NOW, margin_working_days=1)

    plan = service.schedule_for(renewing(1, ACME, "Wartung"))

    assert (plan.next_end, plan.last_notice_day, plan.send_by) == (
        date(2027, 2, 28),
        date(2027, 1, 31),
        date(2027, 1, 29),  # 31.01.2027 is a Sunday: one working day before
    )


def test_reading_deadlines_commits_nothing(data: FakeData) -> None:
    uow = FakeUnitOfWork(data)
    data.agreements[1] = renewing(1, ACME, "Wartung")

    DeadlineService(uow.factory, lambda: NOW).upcoming()

    assert uow.commits == 0
