"""Shared goals, which keep a history of their status and KPI values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from portfolio_app.domain.audit import updated_entry
from portfolio_app.domain.goal import (
    GoalStatus,
    GoalUpdate,
    SharedGoal,
    changes_between,
    progress_entry,
    with_progress,
)
from portfolio_app.domain.ids import GoalId, ItemKind
from portfolio_app.services.changes import Changes
from portfolio_app.services.clock import Clock, local_today
from portfolio_app.services.ports import UnitOfWork, UnitOfWorkFactory
from portfolio_app.services.records import RecordService


class GoalService(RecordService[SharedGoal]):
    """Goals: every add and every change of status or KPI value is recorded in history.

    The goal history is the goal's own story, not an audit record: the audit entry of the
    add or update already covers it. A goal in the trash keeps its history.
    """

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        super().__init__(uow_factory, ItemKind.GOAL, lambda uow: uow.goals, clock)

    def record_progress(
        self,
        goal_id: GoalId,
        on: date,
        *,
        value: Decimal | None = None,
        status: GoalStatus | None = None,
        comment: str = "",
    ) -> Changes:
        """Store a progress update for the day ``on`` and bring the goal up to date.

        The entry keeps its date and comment; the goal's current KPI value and status
        become the update's unless the history holds a newer one (see
        :func:`~portfolio_app.domain.goal.with_progress`). One transaction.

        Raises:
            ValidationError: Nothing to record, a value for a goal without KPI, a day
                after today, or a comment that is too long.
            NotFoundError: No such goal (or it is in the trash).
        """
        today = local_today(self._clock)
        with self._uow_factory() as uow:
            before = uow.goals.get(goal_id)
            update = progress_entry(before, on, today, value=value, status=status, comment=comment)
            history = uow.goal_updates.list_for_goals([goal_id])
            after = with_progress(before, update, history)
            uow.goal_updates.add(update)
            if after != before:
                uow.goals.update(after)
                entry = updated_entry(before, after, self._clock())
                if entry is not None:
                    uow.audit.add(entry)
            uow.commit()
        return Changes.of(ItemKind.GOAL, goal_id, before.partner_id)

    def history(self, goal_id: GoalId) -> list[GoalUpdate]:
        """The goal's history, oldest first (by day, then in the order recorded).

        Raises:
            NotFoundError: No such goal (or it is in the trash).
        """
        with self._uow_factory() as uow:
            uow.goals.get(goal_id)
            return uow.goal_updates.list_for_goals([goal_id])

    def _after_add(self, uow: UnitOfWork, record: SharedGoal, record_id: int) -> None:
        uow.goal_updates.add(
            GoalUpdate(
                id=None,
                goal_id=GoalId(record_id),
                on=local_today(self._clock),
                status=record.status,
                value=record.kpi.current if record.kpi else None,
                created=True,
            )
        )

    def _after_update(self, uow: UnitOfWork, before: SharedGoal, after: SharedGoal) -> None:
        update = changes_between(before, after, local_today(self._clock))
        if update is not None:
            uow.goal_updates.add(update)
