"""The agreements the portfolio-wide reads compute schedules for.

The deadline, reminder, cost and dashboard reads all start from the running agreements
(active or terminated: draft and expired ones have nothing due and cost nothing). Storage
hands them over in one lean query; other units of work filter their live agreements.
"""

from __future__ import annotations

from portfolio_app.domain.agreement import Agreement, AgreementStatus
from portfolio_app.domain.deadlines import has_possible_end
from portfolio_app.services.ports import RunningAgreementsRepository, UnitOfWork

RUNNING_STATUSES = frozenset({AgreementStatus.ACTIVE, AgreementStatus.TERMINATED})
"""Agreements in any other status have an ended schedule and cost nothing."""


def running_agreements(uow: UnitOfWork, *, with_possible_end: bool = False) -> list[Agreement]:
    """The live active and terminated agreements of live partners, in storage's order.

    ``with_possible_end``: only those that can have a deadline at all
    (:func:`~portfolio_app.domain.deadlines.has_possible_end`), for the deadline and
    reminder reads; the costs need every running agreement.
    """
    portfolio = uow.portfolio
    if isinstance(portfolio, RunningAgreementsRepository):
        return portfolio.running_agreements(with_possible_end=with_possible_end)
    return [
        a
        for a in portfolio.live_agreements()
        if a.status in RUNNING_STATUSES and (not with_possible_end or has_possible_end(a))
    ]
