"""The deadline work on a real SQLite file: new agreement fields, reminder states, reads."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.demo import populate_demo
from portfolio_app.domain.agreement import (
    DEFAULT_REMINDER_DAYS,
    Agreement,
    AgreementStatus,
    BillingPeriod,
    Decision,
    NoticeForm,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.deadlines import DeadlineKind, Urgency
from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.ids import AgreementId, ItemKind, ItemRef, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import CommunicationNote, FollowUp
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.reminders import ReminderState
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.storage.mappers import reminder_days_to_text
from portfolio_app.storage.schema import DEFAULT_REMINDER_TEXT
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.astimezone().date()

FULL = Agreement(
    id=None,
    partner_id=PartnerId(0),
    title="Wartung Kopierer",
    start_date=date(2025, 3, 1),
    minimum_term_months=12,
    renewal_months=12,
    notice_period=NoticePeriod(1, PeriodUnit.MONTHS),
    value=Money.of("249.90"),
    contract_number="V-2025/0815",
    customer_number="K 4711",
    notice_address="Müller GmbH\nKündigungen\nPostfach 12 34\n70173 Stuttgart",
    notice_form=NoticeForm.TEXT,
    deputy="Bea Vertretung",
    reminder_days=(90, 30, 3),
    decision=Decision.SWITCH,
    decision_reasons="Zu teuer.\nService langsam.",
    notice_sent_on=date(2026, 11, 2),
    notice_sent_via="Einschreiben mit Rückschein",
    receipt_confirmed_on=date(2026, 11, 5),
)


def add_partner(services: Services, name: str) -> PartnerId:
    created = services.partners.add_partner(Partner(None, name)).created
    assert created is not None
    return PartnerId(created.id)


def add_agreement(services: Services, agreement: Agreement) -> AgreementId:
    created = services.agreements.add(agreement).created
    assert created is not None
    return AgreementId(created.id)


def test_every_new_agreement_field_survives_a_round_trip(services: Services) -> None:
    partner_id = add_partner(services, "Müller")
    agreement_id = add_agreement(services, dataclasses.replace(FULL, partner_id=partner_id))

    loaded = services.agreements.get(agreement_id)

    assert loaded == dataclasses.replace(FULL, id=agreement_id, partner_id=partner_id)


def test_defaults_and_no_reminders_survive_a_round_trip(services: Services) -> None:
    partner_id = add_partner(services, "Müller")
    plain = Agreement(None, partner_id, "Schlicht")
    silent = Agreement(None, partner_id, "Still", reminder_days=())

    loaded = [services.agreements.get(add_agreement(services, a)) for a in (plain, silent)]

    assert loaded[0] == dataclasses.replace(plain, id=loaded[0].id)
    assert loaded[1].reminder_days == ()


def test_the_schemas_default_reminder_days_are_the_domains() -> None:
    assert reminder_days_to_text(DEFAULT_REMINDER_DAYS) == DEFAULT_REMINDER_TEXT


def test_recorded_actions_are_stored_and_audited(services: Services) -> None:
    partner_id = add_partner(services, "Müller")
    agreement_id = add_agreement(services, Agreement(None, partner_id, "Wartung"))

    services.agreement_actions.record_decision(agreement_id, Decision.CANCEL, "Zu teuer")
    services.agreement_actions.record_termination(
        agreement_id, sent_on=TODAY, sent_via="Fax", receipt_confirmed_on=None
    )

    loaded = services.agreements.get(agreement_id)
    assert (loaded.status, loaded.decision, loaded.notice_sent_on, loaded.notice_sent_via) == (
        AgreementStatus.TERMINATED,
        Decision.CANCEL,
        TODAY,
        "Fax",
    )
    history = services.history.for_partner(partner_id)
    assert [entry.changes[0].field for entry in history[:2]] == ["status", "decision"]


def test_reminder_states_are_stored_and_replaced_by_key(
    session_factory: sessionmaker[Session], services: Services
) -> None:
    partner_id = add_partner(services, "Müller")
    agreement_id = add_agreement(services, Agreement(None, partner_id, "Wartung"))
    key = f"{agreement_id}:2027-01-31"
    done_at = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)

    with SqlUnitOfWork(session_factory) as uow:
        uow.reminder_states.save(ReminderState(key, agreement_id, date(2026, 12, 14)))
        uow.commit()
    with SqlUnitOfWork(session_factory) as uow:
        uow.reminder_states.save(ReminderState(key, agreement_id, None, done_at))
        uow.commit()

    with SqlUnitOfWork(session_factory) as uow:
        found = uow.reminder_states.for_keys([key, "99:2027-01-31"])
        rows = uow.session.execute(text("SELECT count(*) FROM reminder_state")).scalar()
    assert found == {key: ReminderState(key, agreement_id, None, done_at)}
    assert rows == 1


def test_many_keys_are_looked_up_in_chunks(session_factory: sessionmaker[Session]) -> None:
    with SqlUnitOfWork(session_factory) as uow:
        assert uow.reminder_states.for_keys([f"{n}:2027-01-31" for n in range(40_000)]) == {}


def test_reminder_states_go_with_their_purged_agreement(
    session_factory: sessionmaker[Session], services: Services
) -> None:
    partner_id = add_partner(services, "Müller")
    agreement_id = add_agreement(services, Agreement(None, partner_id, "Wartung"))
    key = f"{agreement_id}:2027-01-31"
    with SqlUnitOfWork(session_factory) as uow:
        uow.reminder_states.save(ReminderState(key, agreement_id, date(2026, 12, 14)))
        uow.commit()

    services.agreements.delete(agreement_id)
    services.trash.empty()

    with SqlUnitOfWork(session_factory) as uow:
        assert uow.reminder_states.for_keys([key]) == {}


def test_reminders_are_snoozed_and_done_through_the_service(services: Services) -> None:
    partner_id = add_partner(services, "Müller")
    last_notice_day = TODAY + timedelta(days=20)
    agreement_id = add_agreement(
        services,
        Agreement(
            None,
            partner_id,
            "Wartung",
            start_date=date(2020, 1, 1),
            end_date=last_notice_day + timedelta(days=7),
            renewal_months=12,
            notice_period=NoticePeriod(7, PeriodUnit.DAYS),
        ),
    )
    [reminder] = services.reminders.due()

    services.reminders.snooze(reminder.key, TODAY + timedelta(days=3))
    snoozed = services.reminders.due()
    services.reminders.done(reminder.key)

    assert reminder.key == f"{agreement_id}:{last_notice_day.isoformat()}"
    assert (reminder.stage, reminder.days_left) == (30, 20)
    assert snoozed == []
    assert services.reminders.due() == []


def test_the_portfolio_reads_leave_out_the_trash(
    session_factory: sessionmaker[Session], services: Services
) -> None:
    live, gone = add_partner(services, "Live"), add_partner(services, "Gone")
    kept = add_agreement(services, Agreement(None, live, "Kept"))
    trashed = add_agreement(services, Agreement(None, live, "Trashed"))
    add_agreement(services, Agreement(None, gone, "Of a trashed partner"))
    for status in (GoalStatus.AT_RISK, GoalStatus.ACHIEVED):
        services.goals.add(SharedGoal(None, live, status.value, target_date=TODAY, status=status))
    services.goals.add(SharedGoal(None, live, "Ohne Ziel", status=GoalStatus.PLANNED))
    follow_ups = [
        FollowUp("offen", TODAY),
        FollowUp("erledigt", TODAY, done=True),
        FollowUp("ohne Datum"),
        None,
    ]
    for follow_up in follow_ups:
        services.notes.add(CommunicationNote(None, live, FIXED_NOW, "Notiz", follow_up=follow_up))
    services.agreements.delete(trashed)
    services.partners.delete_partner(gone)

    with SqlUnitOfWork(session_factory) as uow:
        agreements = uow.portfolio.live_agreements()
        goals = uow.portfolio.goals_with_target({GoalStatus.AT_RISK, GoalStatus.PLANNED})
        notes = uow.portfolio.open_follow_ups()

    assert [a.id for a in agreements] == [kept]
    assert [g.title for g in goals] == ["at_risk"]
    assert [n.follow_up.text for n in notes if n.follow_up] == ["offen"]


@contextmanager
def counted_statements(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def add_portfolio(services: Services, first: int, last: int) -> None:
    """Partners ``first`` to ``last - 1``, each with two agreements and a follow-up."""
    for number in range(first, last):
        partner_id = add_partner(services, f"Partner {number}")
        for kind in ("Wartung", "Leasing"):
            add_agreement(
                services,
                Agreement(
                    None,
                    partner_id,
                    kind,
                    start_date=date(2025, 1, 1),
                    minimum_term_months=12,
                    renewal_months=12,
                    notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
                    value=Money.of("100"),
                    billing_period=BillingPeriod.MONTHLY,
                ),
            )
        services.notes.add(
            CommunicationNote(
                None, partner_id, FIXED_NOW, "Termin", follow_up=FollowUp("Anrufen", TODAY)
            )
        )


@pytest.mark.parametrize("call", ["deadlines", "reminders", "costs"])
def test_reads_take_the_same_few_queries_for_2_or_20_partners(
    engine: Engine, services: Services, call: str
) -> None:
    def queries() -> int:
        with counted_statements(engine) as statements:
            if call == "deadlines":
                services.deadlines.upcoming(horizon_days=400)
            elif call == "reminders":
                services.reminders.due()
            else:
                services.costs.overview()
        return len(statements)

    add_portfolio(services, 0, 2)
    few = queries()
    add_portfolio(services, 2, 20)
    many = queries()

    assert few == many <= 8


def test_the_services_bundle_offers_the_deadline_services(services: Services) -> None:
    partner_id = add_partner(services, "Müller")
    agreement_id = add_agreement(services, dataclasses.replace(FULL, partner_id=partner_id))

    upcoming = services.deadlines.upcoming(horizon_days=3650)

    assert {item.ref for item in upcoming} == {ItemRef(ItemKind.AGREEMENT, agreement_id)}
    assert services.costs.annual_for_partner(partner_id) == [Money.of("2998.80")]


@pytest.mark.parametrize("today", [date(2026, 11, 29), date(2027, 3, 1), date(2027, 6, 16)])
def test_the_demo_shows_deadlines_reminders_and_notice_details(
    session_factory: sessionmaker[Session], today: date
) -> None:
    factory = lambda: SqlUnitOfWork(session_factory)  # noqa: E731
    populate_demo(factory, today=today)
    noon = datetime.combine(today, time(12)).astimezone()
    services = build_services(factory, clock=lambda: noon)

    soon = services.deadlines.upcoming(horizon_days=30)
    agreements = [
        agreement
        for partner in services.partners.list_partners()
        if partner.id is not None
        for agreement in services.partners.dossier(partner.id).agreements
    ]

    assert any(item.kind is DeadlineKind.NOTICE and item.deputy for item in soon)
    assert 1 <= sum(item.urgency is Urgency.OVERDUE for item in soon) <= 6
    assert services.reminders.due()
    running = [a for a in agreements if a.status is not AgreementStatus.DRAFT]
    assert all(a.contract_number and a.customer_number for a in running)
    terminated = [a for a in agreements if a.status is AgreementStatus.TERMINATED]
    assert terminated
    assert all(a.notice_sent_on and a.decision is Decision.CANCEL for a in terminated)
    assert any(a.decision is Decision.RENEGOTIATE and a.decision_reasons for a in agreements)
