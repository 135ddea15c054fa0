"""The start page's figures: one read of the portfolio, handed to the pure dashboard rules."""

from __future__ import annotations

from decimal import Decimal

from portfolio_app.domain.costs import HOME_CURRENCY
from portfolio_app.domain.dashboard import (
    PortfolioDashboard,
    build_dashboard,
    last_contact_days,
)
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.services.costs import CostService
from portfolio_app.services.health import HealthService
from portfolio_app.services.ports import (
    HealthRecordsRepository,
    NoteFactsRepository,
    UnitOfWorkFactory,
)


class DashboardService:
    """Reads what the dashboard needs; writes nothing."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._costs = CostService(uow_factory, clock)
        self._health = HealthService(uow_factory, clock)

    def dashboard(self) -> PortfolioDashboard:
        """The portfolio at a glance, as of today (the clock's local day).

        With storage's repositories no note is read but the flagged ones; the newest
        note per partner comes from an aggregate query.
        """
        today = local_today(self._clock)
        with self._uow_factory() as uow:
            partners = uow.partners.list_all()
            portfolio = uow.portfolio
            if isinstance(portfolio, NoteFactsRepository) and isinstance(
                portfolio, HealthRecordsRepository
            ):
                goals: list[SharedGoal] = portfolio.live_goals()
                flagged: list[CommunicationNote] = portfolio.flagged_notes()
                last = {
                    pid: facts.last_day
                    for pid, facts in portfolio.note_facts(today).items()
                    if facts.last_day is not None
                }
            else:
                ids = [p.id for p in partners if p.id is not None]
                goals = [g for pid in ids for g in uow.goals.list_for_partner(pid)]
                flagged = [n for pid in ids for n in uow.notes.list_for_partner(pid)]
                last = last_contact_days(flagged, today)
        overview = self._costs.overview()
        annual: dict[PartnerId, Decimal] = {
            partner_id: money.amount
            for partner_id, _, money in overview.by_partner
            if money.currency == HOME_CURRENCY
        }
        scores = {pid: score.score for pid, score in self._health.all_scores().items()}
        return build_dashboard(partners, flagged, last, goals, annual, scores, today)
