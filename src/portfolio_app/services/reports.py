"""What the printed reports show: a partner dossier (and briefing) and a portfolio report.

Reads only. The reports are frozen snapshots as of the clock's local day; turning them into
HTML or PDF is the job of :mod:`portfolio_app.interchange.report_html`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.costs import annual_totals, is_running
from portfolio_app.domain.deadlines import AgreementSchedule, Deadline
from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.health import HealthScore
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.promise import Promise, PromiseState, overdue_count
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.services.costs import CostService
from portfolio_app.services.deadlines import (
    DEFAULT_HORIZON_DAYS,
    DeadlineService,
    agreement_deadlines,
    deadline_order,
    follow_up_deadlines,
    goal_deadlines,
)
from portfolio_app.services.health import HealthService
from portfolio_app.services.partners import PartnerService
from portfolio_app.services.ports import UnitOfWorkFactory
from portfolio_app.services.promises import PromiseService

LAST_NOTES = 10
"""How many of the latest notes a dossier lists."""

PARTNER_HORIZON_DAYS = 365
"""How far ahead a dossier lists the partner's deadlines."""


@dataclass(frozen=True, slots=True)
class AgreementLine:
    """An agreement with its computed deadlines and, while it runs, its annual cost."""

    agreement: Agreement
    schedule: AgreementSchedule
    annual_cost: Money | None


@dataclass(frozen=True, slots=True)
class GoalLine:
    """A goal with its KPI progress (0..1, if measurable) and whether it is past due."""

    goal: SharedGoal
    progress: float | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class DossierReport:
    """Everything a printed partner dossier or a meeting briefing shows.

    ``notes`` are the latest :data:`LAST_NOTES`, newest first; ``note_count`` counts all.
    ``open_follow_ups`` are the notes with a follow-up not done yet, earliest due first.
    ``deadlines`` are the partner's items up to :data:`PARTNER_HORIZON_DAYS` ahead,
    overdue ones included. ``annual_totals`` holds one amount per currency, euro first.
    """

    as_of: date
    partner: Partner
    contacts: tuple[ContactPerson, ...]
    agreements: tuple[AgreementLine, ...]
    annual_totals: tuple[Money, ...]
    goals: tuple[GoalLine, ...]
    notes: tuple[CommunicationNote, ...]
    note_count: int
    open_follow_ups: tuple[CommunicationNote, ...]
    deadlines: tuple[Deadline, ...]
    health: HealthScore
    open_promises: tuple[Promise, ...] = ()
    """Open promises in both directions, by due date (undated last)."""


@dataclass(frozen=True, slots=True)
class PartnerHealthLine:
    """One partner's row in the portfolio report's health table."""

    partner_id: PartnerId
    name: str
    category: str
    health: HealthScore


@dataclass(frozen=True, slots=True)
class PortfolioReport:
    """Costs by category, the deadlines ahead and the partners by health (lowest first).

    ``costs_by_category`` holds one entry per category and currency, euro amounts first,
    largest first; ``cost_totals`` one amount per currency.
    """

    as_of: date
    horizon_days: int
    costs_by_category: tuple[tuple[str, Money], ...]
    cost_totals: tuple[Money, ...]
    deadlines: tuple[Deadline, ...]
    partners_by_health: tuple[PartnerHealthLine, ...]


class ReportService:
    """Gathers the data of the printed reports; reads only."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._clock = clock
        self._partners = PartnerService(uow_factory, clock)
        self._health = HealthService(uow_factory, clock)
        self._costs = CostService(uow_factory, clock)
        self._deadlines = DeadlineService(uow_factory, clock)
        self._promises = PromiseService(uow_factory, clock)

    def dossier(self, partner_id: PartnerId) -> DossierReport:
        """The partner's dossier as of today.

        Raises:
            NotFoundError: No such partner.
        """
        today = local_today(self._clock)
        dossier = self._partners.dossier(partner_id)
        promises = self._promises.for_partner(partner_id)
        partner = dossier.partner
        lines = tuple(self._agreement_line(agreement) for agreement in dossier.agreements)
        running = [line.annual_cost for line in lines if line.annual_cost is not None]
        notes = sorted(dossier.notes, key=lambda note: note.when, reverse=True)
        deadlines = [
            item
            for line in lines
            for item in agreement_deadlines(line.agreement, partner.name, line.schedule, today)
        ]
        names = {partner.id: partner.name} if partner.id is not None else {}
        deadlines += follow_up_deadlines(dossier.notes, names, today)
        deadlines += goal_deadlines(dossier.goals, names, today)
        limit = today + timedelta(days=PARTNER_HORIZON_DAYS)
        return DossierReport(
            as_of=today,
            partner=partner,
            contacts=tuple(sorted(dossier.contacts, key=lambda c: (not c.is_primary, c.name))),
            agreements=lines,
            annual_totals=tuple(
                Money(amount, currency) for currency, amount in annual_totals(running).items()
            ),
            goals=tuple(_goal_line(goal, today) for goal in dossier.goals),
            notes=tuple(notes[:LAST_NOTES]),
            note_count=len(notes),
            open_follow_ups=tuple(
                sorted(
                    (n for n in dossier.notes if n.follow_up and not n.follow_up.done),
                    key=lambda n: (n.follow_up is None or n.follow_up.due is None, _due(n)),
                )
            ),
            deadlines=tuple(sorted((d for d in deadlines if d.day <= limit), key=deadline_order)),
            health=self._health.score(dossier, overdue_count(promises, today)),
            open_promises=tuple(p for p in promises if p.state is PromiseState.OPEN),
        )

    def portfolio(self, horizon_days: int = DEFAULT_HORIZON_DAYS) -> PortfolioReport:
        """Costs by category, deadlines of the next ``horizon_days`` days, health by partner."""
        costs = self._costs.overview()
        scores = self._health.all_scores()
        partners = {p.id: p for p in self._partners.list_partners() if p.id is not None}
        health = [
            PartnerHealthLine(pid, partners[pid].name, partners[pid].category, score)
            for pid, score in scores.items()
            if pid in partners
        ]
        health.sort(key=lambda line: (line.health.score, line.name.casefold()))
        return PortfolioReport(
            as_of=local_today(self._clock),
            horizon_days=horizon_days,
            costs_by_category=tuple(costs.by_category),
            cost_totals=tuple(
                Money(amount, currency) for currency, amount in costs.total_per_year.items()
            ),
            deadlines=tuple(self._deadlines.upcoming(horizon_days)),
            partners_by_health=tuple(health),
        )

    def _agreement_line(self, agreement: Agreement) -> AgreementLine:
        plan = self._deadlines.schedule_for(agreement)
        cost = agreement.annual_cost() if is_running(agreement, plan) else None
        return AgreementLine(agreement, plan, cost)


def _goal_line(goal: SharedGoal, today: date) -> GoalLine:
    overdue = goal.is_overdue(today)
    progress = goal.kpi.progress() if goal.kpi is not None else None
    if progress is None and goal.status is GoalStatus.ACHIEVED and goal.kpi is not None:
        progress = 1.0
    return GoalLine(goal, progress, overdue)


def _due(note: CommunicationNote) -> date:
    follow_up = note.follow_up
    return follow_up.due if follow_up is not None and follow_up.due is not None else date.max
