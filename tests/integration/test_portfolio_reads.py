"""The portfolio-wide reads on a real SQLite file equal the plain computations they replace.

The demo portfolio (terminated, expiring, renewing agreements, flagged notes, late goals)
is read through the services, which take shortcuts (running agreements only, one schedule
per agreement, the dashboard's costs and scores from its own records); each result is
compared with the straightforward computation over every live agreement.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.demo import populate_demo
from portfolio_app.domain.agreement import Agreement, AgreementStatus, NoticeAnchor, NoticeForm
from portfolio_app.domain.costs import HOME_CURRENCY, cost_overview
from portfolio_app.domain.dashboard import build_dashboard
from portfolio_app.domain.deadlines import AgreementSchedule, Deadline, has_possible_end, schedule
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.reminders import Reminder, notice_due, reminder_for, reminder_key
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.deadlines import NEXT_DEADLINE_HORIZON_DAYS
from portfolio_app.storage.portfolio_repository import SqlPortfolioRepository
from portfolio_app.storage.unit_of_work import SqlUnitOfWork

DAYS = [date(2026, 11, 29), date(2027, 6, 16)]


def demo(session_factory: sessionmaker[Session], today: date) -> Services:
    factory = lambda: SqlUnitOfWork(session_factory)  # noqa: E731
    populate_demo(factory, today=today)
    noon = datetime.combine(today, time(12)).astimezone()
    services = build_services(factory, clock=lambda: noon)
    partner = services.partners.list_partners()[0]
    assert partner.id is not None
    services.notes.add(
        CommunicationNote(None, partner.id, noon, "Missverständnis", misunderstanding=True)
    )
    return services


def live_agreements(session_factory: sessionmaker[Session]) -> list[Agreement]:
    with SqlUnitOfWork(session_factory) as uow:
        return uow.portfolio.live_agreements()


def names(services: Services) -> dict[PartnerId, str]:
    return {p.id: p.name for p in services.partners.list_partners() if p.id is not None}


@pytest.mark.parametrize("today", DAYS)
def test_running_agreements_are_the_live_running_ones_with_what_schedules_read(
    session_factory: sessionmaker[Session], today: date
) -> None:
    services = demo(session_factory, today)
    every = live_agreements(session_factory)
    services.agreements.delete(every[0].id or 0)
    every = live_agreements(session_factory)
    with session_factory() as session:
        running = SqlPortfolioRepository(session).running_agreements()

    expected = [
        dataclasses.replace(
            agreement,
            document_link="",
            notes="",
            contract_number="",
            customer_number="",
            notice_address="",
            notice_form=NoticeForm.WRITTEN,
            decision=None,
            decision_reasons="",
            notice_sent_via="",
        )
        for agreement in every
        if agreement.status in (AgreementStatus.ACTIVE, AgreementStatus.TERMINATED)
    ]
    assert running == expected
    assert {a.status for a in every} > {a.status for a in running}


def test_running_agreements_with_a_possible_end_are_those_the_domain_names(
    session_factory: sessionmaker[Session],
) -> None:
    services = demo(session_factory, DAYS[0])
    partner = services.partners.list_partners()[0]
    assert partner.id is not None
    base = Agreement(None, partner.id, "Offen", start_date=date(2020, 1, 1))
    for variant in (
        base,
        dataclasses.replace(base, minimum_term_months=12),
        dataclasses.replace(base, start_date=None, minimum_term_months=12),
        dataclasses.replace(base, end_date=date(2030, 1, 1)),
        dataclasses.replace(base, notice_anchor=NoticeAnchor.END_OF_QUARTER),
        dataclasses.replace(base, status=AgreementStatus.TERMINATED),
    ):
        services.agreements.add(variant)
    with session_factory() as session:
        repository = SqlPortfolioRepository(session)
        every = repository.running_agreements()
        with_end = repository.running_agreements(with_possible_end=True)

    assert with_end == [a for a in every if has_possible_end(a)]
    assert len(every) - len(with_end) >= 3


@pytest.mark.parametrize("today", DAYS)
def test_costs_reminders_and_deadlines_equal_every_schedule_computed(
    session_factory: sessionmaker[Session], today: date
) -> None:
    services = demo(session_factory, today)
    every = live_agreements(session_factory)
    partners = {p.id: p for p in services.partners.list_partners() if p.id is not None}
    plans = [(agreement, schedule(agreement, today)) for agreement in every]

    assert services.costs.overview() == cost_overview(plans, partners, today)
    assert services.reminders.due() == plain_reminders(services, session_factory, plans, today)
    next_by_partner: dict[PartnerId, Deadline] = {}
    for item in services.deadlines.upcoming(NEXT_DEADLINE_HORIZON_DAYS):
        next_by_partner.setdefault(item.partner_id, item)
    found = services.deadlines.next_by_partner()
    assert found == next_by_partner
    assert list(found) == list(next_by_partner)


def plain_reminders(
    services: Services,
    session_factory: sessionmaker[Session],
    plans: list[tuple[Agreement, AgreementSchedule]],
    today: date,
) -> list[Reminder]:
    partner_names = names(services)
    candidates = []
    for agreement, plan in plans:
        day = notice_due(agreement, plan)
        if agreement.partner_id in partner_names and agreement.id is not None and day:
            candidates.append((agreement, plan, reminder_key(agreement.id, day)))
    with SqlUnitOfWork(session_factory) as uow:
        states = uow.reminder_states.for_keys([key for _, _, key in candidates])
    found = [
        reminder
        for agreement, plan, key in candidates
        if (
            reminder := reminder_for(
                agreement, partner_names[agreement.partner_id], plan, today, states.get(key)
            )
        )
        is not None
    ]
    return sorted(
        found, key=lambda r: (r.last_notice_day, r.partner_name.casefold(), r.title.casefold())
    )


@pytest.mark.parametrize("today", DAYS)
def test_the_dashboard_equals_one_built_from_the_cost_and_health_services(
    session_factory: sessionmaker[Session], today: date
) -> None:
    services = demo(session_factory, today)
    partners = services.partners.list_partners()
    with SqlUnitOfWork(session_factory) as uow:
        portfolio = uow.portfolio
        assert isinstance(portfolio, SqlPortfolioRepository)
        goals = portfolio.live_goals()
        flagged = portfolio.flagged_notes()
        facts = portfolio.note_facts(today)
    annual = {
        partner_id: money.amount
        for partner_id, _, money in services.costs.overview().by_partner
        if money.currency == HOME_CURRENCY
    }
    scores = {pid: score.score for pid, score in services.health.all_scores().items()}
    last = {pid: f.last_day for pid, f in facts.items() if f.last_day is not None}

    dashboard = services.dashboard.dashboard()

    assert flagged
    assert annual
    assert scores
    assert dashboard == build_dashboard(partners, flagged, last, goals, annual, scores, today)
