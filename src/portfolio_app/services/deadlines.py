"""Deadlines across the portfolio: notices, ends, renewals, follow-ups, late goals, promises."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from portfolio_app.domain.agreement import Agreement, AgreementStatus
from portfolio_app.domain.costs import ending_day
from portfolio_app.domain.deadlines import (
    DEFAULT_MARGIN_WORKING_DAYS,
    AgreementSchedule,
    Deadline,
    DeadlineKind,
    schedule,
    urgency,
)
from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.promise import Promise, PromiseDirection, PromiseState
from portfolio_app.domain.reminders import notice_due
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.services.ports import UnitOfWorkFactory
from portfolio_app.services.schedules import running_agreements

DEFAULT_HORIZON_DAYS = 90
NEXT_DEADLINE_HORIZON_DAYS = 5 * 366
"""How far :meth:`DeadlineService.next_by_partner` looks ahead."""

OPEN_GOAL_STATUSES = frozenset({GoalStatus.PLANNED, GoalStatus.ON_TRACK, GoalStatus.AT_RISK})
_KIND_ORDER = {kind: index for index, kind in enumerate(DeadlineKind)}


class DeadlineService:
    """What is due when, for every live partner; reads only."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock = system_clock,
        margin_working_days: int = DEFAULT_MARGIN_WORKING_DAYS,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._margin = margin_working_days

    def upcoming(self, horizon_days: int = DEFAULT_HORIZON_DAYS) -> list[Deadline]:
        """Everything due up to ``horizon_days`` days from today, overdue items included.

        Sorted by day, then kind (notice, end, renewal, follow-up, goal, promise), then
        partner.
        """
        return sorted(self._due_until(horizon_days), key=deadline_order)

    def next_by_partner(self) -> dict[PartnerId, Deadline]:
        """Per partner, its earliest item: an overdue one, else the next one to come.

        The first item per partner of :meth:`upcoming` over five years, in that order,
        without sorting every item.
        """
        earliest: dict[PartnerId, tuple[tuple[date, int, str, str, int], Deadline]] = {}
        for item in self._due_until(NEXT_DEADLINE_HORIZON_DAYS):
            key = deadline_order(item)
            known = earliest.get(item.partner_id)
            if known is None or key < known[0]:
                earliest[item.partner_id] = (key, item)
        ordered = sorted(earliest.values(), key=lambda pair: pair[0])
        return {item.partner_id: item for _, item in ordered}

    def _due_until(self, horizon_days: int) -> list[Deadline]:
        """Every item up to ``horizon_days`` days from today, unsorted."""
        today = local_today(self._clock)
        limit = today + timedelta(days=horizon_days)
        with self._uow_factory() as uow:
            names = {p.id: p.name for p in uow.partners.list_all() if p.id is not None}
            agreements = running_agreements(uow, with_possible_end=True)
            goals = uow.portfolio.goals_with_target(OPEN_GOAL_STATUSES)
            notes = uow.portfolio.open_follow_ups()
            promises = uow.portfolio.open_promises()
        found = [
            *self._agreement_deadlines(agreements, names, today),
            *follow_up_deadlines(notes, names, today),
            *goal_deadlines(goals, names, today),
            *_promise_deadlines(promises, names, today),
        ]
        return [item for item in found if item.day <= limit]

    def schedule_for(self, agreement: Agreement) -> AgreementSchedule:
        """The agreement's terms and notice days as of today."""
        return schedule(agreement, local_today(self._clock), margin_working_days=self._margin)

    def _agreement_deadlines(
        self, agreements: Iterable[Agreement], names: Mapping[PartnerId, str], today: date
    ) -> list[Deadline]:
        found: list[Deadline] = []
        for agreement in agreements:
            name = names.get(agreement.partner_id)
            if name is None or agreement.id is None:
                continue
            plan = schedule(agreement, today, margin_working_days=self._margin)
            found.extend(agreement_deadlines(agreement, name, plan, today))
        return found


def agreement_deadlines(
    agreement: Agreement, partner_name: str, plan: AgreementSchedule, today: date
) -> list[Deadline]:
    """The notice day, end and renewal of one agreement (nothing once it has ended)."""
    if plan.ended or agreement.id is None:
        return []
    notice_day = notice_due(agreement, plan)
    end = ending_day(agreement, plan)
    if end is not None and end < today:
        end = None
    renewal = plan.renews_on if agreement.status is AgreementStatus.ACTIVE else None
    if notice_day is None and end is None and renewal is None:
        return []  # most agreements of a large portfolio: build nothing for them
    ref = ItemRef(ItemKind.AGREEMENT, agreement.id)

    def item(
        day: date, kind: DeadlineKind, send_by: date | None = None, deputy: str = ""
    ) -> Deadline:
        return Deadline(
            day=day,
            kind=kind,
            urgency=urgency(day, today),
            partner_id=agreement.partner_id,
            partner_name=partner_name,
            title=agreement.title,
            ref=ref,
            send_by=send_by,
            deputy=deputy,
        )

    found: list[Deadline] = []
    if notice_day is not None:
        found.append(
            item(notice_day, DeadlineKind.NOTICE, send_by=plan.send_by, deputy=agreement.deputy)
        )
    if end is not None:
        found.append(item(end, DeadlineKind.AGREEMENT_END))
    if renewal is not None:
        found.append(item(renewal, DeadlineKind.RENEWAL))
    return found


def deadline_order(item: Deadline) -> tuple[date, int, str, str, int]:
    """Sort key: day, kind, partner name, title, record id."""
    return (
        item.day,
        _KIND_ORDER[item.kind],
        item.partner_name.casefold(),
        item.title.casefold(),
        item.ref.id,
    )


def follow_up_deadlines(
    notes: Iterable[CommunicationNote], names: Mapping[PartnerId, str], today: date
) -> list[Deadline]:
    """Open follow-ups with a due date, of the partners in ``names``."""
    found: list[Deadline] = []
    for note in notes:
        name = names.get(note.partner_id)
        follow_up = note.follow_up
        if name is None or note.id is None or follow_up is None or follow_up.done:
            continue
        if follow_up.due is None:
            continue
        found.append(
            Deadline(
                day=follow_up.due,
                kind=DeadlineKind.FOLLOW_UP,
                urgency=urgency(follow_up.due, today),
                partner_id=note.partner_id,
                partner_name=name,
                title=note.subject,
                ref=ItemRef(ItemKind.NOTE, note.id),
            )
        )
    return found


def goal_deadlines(
    goals: Iterable[SharedGoal], names: Mapping[PartnerId, str], today: date
) -> list[Deadline]:
    """Open goals past their target date, of the partners in ``names``."""
    found: list[Deadline] = []
    for goal in goals:
        name = names.get(goal.partner_id)
        target = goal.target_date
        if name is None or goal.id is None or target is None or not goal.is_overdue(today):
            continue
        found.append(
            Deadline(
                day=target,
                kind=DeadlineKind.GOAL_OVERDUE,
                urgency=urgency(target, today),
                partner_id=goal.partner_id,
                partner_name=name,
                title=goal.title,
                ref=ItemRef(ItemKind.GOAL, goal.id),
            )
        )
    return found


def _promise_deadlines(
    promises: Iterable[Promise], names: Mapping[PartnerId, str], today: date
) -> list[Deadline]:
    """Open promises with a due date, by direction."""
    found: list[Deadline] = []
    for promise in promises:
        name = names.get(promise.partner_id)
        due = promise.due
        if name is None or promise.id is None or due is None:
            continue
        if promise.state is not PromiseState.OPEN:
            continue
        kind = (
            DeadlineKind.PROMISE_WE_OWE
            if promise.direction is PromiseDirection.WE_OWE
            else DeadlineKind.PROMISE_THEY_OWE
        )
        found.append(
            Deadline(
                day=due,
                kind=kind,
                urgency=urgency(due, today),
                partner_id=promise.partner_id,
                partner_name=name,
                title=promise.text,
                ref=ItemRef(ItemKind.PROMISE, promise.id),
            )
        )
    return found
