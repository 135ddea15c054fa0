"""The start page's figures: one read of the portfolio, handed to the pure dashboard rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Protocol

from portfolio_app.domain.costs import HOME_CURRENCY, home_annual_by_partner, running_ends
from portfolio_app.domain.dashboard import (
    PortfolioDashboard,
    build_dashboard,
    last_contact_days,
)
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.services.costs import CostService
from portfolio_app.services.health import HealthService, iter_scores
from portfolio_app.services.ports import (
    HealthRecordsRepository,
    NoteFactsRepository,
    UnitOfWork,
    UnitOfWorkFactory,
)
from portfolio_app.services.schedules import running_agreements


class DashboardService:
    """Reads what the dashboard needs; writes nothing."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._costs = CostService(uow_factory, clock)
        self._health = HealthService(uow_factory, clock)

    def dashboard(self) -> PortfolioDashboard:
        """The portfolio at a glance, as of today (the clock's local day).

        With storage's repositories everything comes from one unit of work, each record
        kind read once: no note is read but the flagged ones, the newest note per partner
        comes from an aggregate query, and the health scores and annual costs are computed
        from the same records (only terminated agreements need their schedule).
        """
        today = local_today(self._clock)
        with self._uow_factory() as uow:
            partners = uow.partners.list_all()
            portfolio = uow.portfolio
            if isinstance(portfolio, NoteFactsRepository) and isinstance(
                portfolio, HealthRecordsRepository
            ):
                return _from_storage(uow, portfolio, partners, today)
            ids = [p.id for p in partners if p.id is not None]
            goals = [g for pid in ids for g in uow.goals.list_for_partner(pid)]
            flagged = [n for pid in ids for n in uow.notes.list_for_partner(pid)]
            last = last_contact_days(flagged, today)
        return self._from_services(partners, flagged, last, goals, today)

    def _from_services(
        self,
        partners: list[Partner],
        notes: list[CommunicationNote],
        last: dict[PartnerId, date],
        goals: list[SharedGoal],
        today: date,
    ) -> PortfolioDashboard:
        """The dashboard with costs and scores from their services.

        For units of work without storage's portfolio-wide reads (the test fakes).
        """
        overview = self._costs.overview()
        annual: dict[PartnerId, Decimal] = {
            partner_id: money.amount
            for partner_id, _, money in overview.by_partner
            if money.currency == HOME_CURRENCY
        }
        scores = {pid: score.score for pid, score in self._health.all_scores().items()}
        return build_dashboard(partners, notes, last, goals, annual, scores, today)


class _StorageReads(NoteFactsRepository, HealthRecordsRepository, Protocol):
    """Storage's portfolio repository: note facts and every health record."""


def _from_storage(
    uow: UnitOfWork, portfolio: _StorageReads, partners: list[Partner], today: date
) -> PortfolioDashboard:
    """The dashboard from one unit of work, each kind of record read once."""
    goals = portfolio.live_goals()
    facts = portfolio.note_facts(today)
    scores = {
        pid: score.score
        for pid, score in iter_scores(
            partners, goals, portfolio.live_goal_updates(), facts, portfolio.live_promises(), today
        )
    }
    ids = {p.id for p in partners if p.id is not None}
    agreements = [a for a in running_agreements(uow) if a.partner_id in ids]
    return build_dashboard(
        partners,
        portfolio.flagged_notes(),
        {pid: f.last_day for pid, f in facts.items() if f.last_day is not None},
        goals,
        home_annual_by_partner(running_ends(agreements, today)),
        scores,
        today,
    )
