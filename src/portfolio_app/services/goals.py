"""Shared goals, which keep a history of their status and KPI values."""

from __future__ import annotations

from portfolio_app.domain.goal import GoalUpdate, SharedGoal, changes_between
from portfolio_app.domain.ids import GoalId, ItemKind
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
