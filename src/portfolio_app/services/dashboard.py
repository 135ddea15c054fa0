"""The start page's figures: one read of the portfolio, handed to the pure dashboard rules."""

from __future__ import annotations

from decimal import Decimal

from portfolio_app.domain.costs import HOME_CURRENCY
from portfolio_app.domain.dashboard import PortfolioDashboard, build_dashboard
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.services.costs import CostService
from portfolio_app.services.health import HealthService
from portfolio_app.services.ports import HealthRecordsRepository, UnitOfWorkFactory


class DashboardService:
    """Reads what the dashboard needs; writes nothing."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._costs = CostService(uow_factory, clock)
        self._health = HealthService(uow_factory, clock)

    def dashboard(self) -> PortfolioDashboard:
        """The portfolio at a glance, as of today (the clock's local day)."""
        today = local_today(self._clock)
        with self._uow_factory() as uow:
            partners = uow.partners.list_all()
            portfolio = uow.portfolio
            if isinstance(portfolio, HealthRecordsRepository):
                goals: list[SharedGoal] = portfolio.live_goals()
                notes: list[CommunicationNote] = portfolio.live_notes()
            else:
                ids = [p.id for p in partners if p.id is not None]
                goals = [g for pid in ids for g in uow.goals.list_for_partner(pid)]
                notes = [n for pid in ids for n in uow.notes.list_for_partner(pid)]
        overview = self._costs.overview()
        annual: dict[PartnerId, Decimal] = {
            partner_id: money.amount
            for partner_id, _, money in overview.by_partner
            if money.currency == HOME_CURRENCY
        }
        scores = {pid: score.score for pid, score in self._health.all_scores().items()}
        return build_dashboard(partners, notes, goals, annual, scores, today)
