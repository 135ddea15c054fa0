"""What the agreements cost, per year and month by month."""

from __future__ import annotations

from portfolio_app.domain.costs import (
    CostOverview,
    annual_totals,
    is_running,
    overview_of_running,
    running_ends,
)
from portfolio_app.domain.deadlines import schedule
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.services.ports import UnitOfWorkFactory
from portfolio_app.services.schedules import running_agreements


class CostService:
    """Annual costs of the running agreements, totals, and the bills of the next months."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def overview(self) -> CostOverview:
        """Annual costs per partner, category and currency, and the next 12 months' bills."""
        today = local_today(self._clock)
        with self._uow_factory() as uow:
            partners = {p.id: p for p in uow.partners.list_all() if p.id is not None}
            agreements = running_agreements(uow)
        return overview_of_running(running_ends(agreements, today), partners, today)

    def annual_for_partner(self, partner_id: PartnerId) -> list[Money]:
        """The partner's running agreements' annual cost, one amount per currency, euro first.

        Raises:
            NotFoundError: No such partner.
        """
        today = local_today(self._clock)
        with self._uow_factory() as uow:
            uow.partners.get(partner_id)
            agreements = uow.agreements.list_for_partner(partner_id)
        amounts = [
            annual
            for agreement in agreements
            if is_running(agreement, schedule(agreement, today))
            and (annual := agreement.annual_cost()) is not None
        ]
        return [Money(amount, currency) for currency, amount in annual_totals(amounts).items()]
